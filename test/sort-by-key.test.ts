// The index sort the optimiser and the payload order creators by: the same
// order as Array.prototype.sort with the comparator it replaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indices, sortByKey } from '../src/core/sort-by-key';

const reference = (key: readonly number[]) => indices(key.length).sort((a, b) => key[a]! - key[b]! || a - b);

describe('sortByKey orders indices by key, ties by index', () => {
  it.each([
    [[], []],
    [[5], [0]],
    [
      [2, 1],
      [1, 0],
    ],
    [
      [1, 1, 1],
      [0, 1, 2],
    ],
    [
      [3, -1, 3, 0, -1],
      [1, 4, 3, 0, 2],
    ],
    [
      [-0, 0, -Infinity, Infinity],
      [2, 0, 1, 3],
    ],
  ])('%j → %j', (key, want) => {
    expect(sortByKey(indices(key.length), key)).toEqual(want);
  });

  it('matches the comparator sort on any keys, with many ties, at any length', () => {
    const keys = fc.oneof(
      fc.array(fc.double({ noNaN: true }), { maxLength: 300 }),
      fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 300 }), // runs of equal keys
    );
    fc.assert(
      fc.property(keys, (key) => {
        expect(sortByKey(indices(key.length), key)).toEqual(reference(key));
      }),
      { numRuns: 2000 },
    );
  });

  // Sorted, reversed, organ-pipe and all-equal inputs: the shapes that make a naive quicksort quadratic.
  it.each([
    ['ascending', (i: number) => i],
    ['descending', (i: number) => -i],
    ['organ pipe', (i: number, n: number) => Math.min(i, n - i)],
    ['all equal', () => 7],
    ['two values', (i: number) => i % 2],
  ])('%s keys of 50,000 sort like the comparator', (_, f) => {
    const n = 50_000;
    const key = Array.from({ length: n }, (_, i) => f(i, n));
    expect(sortByKey(indices(n), key)).toEqual(reference(key));
  });

  it('sorts a subset of indices in place, into a typed array too', () => {
    const key = [9, 4, 7, 1, 8];
    expect(sortByKey([4, 0, 2], key)).toEqual([2, 4, 0]);
    expect(Array.from(sortByKey(Int32Array.from([4, 0, 2, 1]), key))).toEqual([1, 2, 4, 0]);
  });
});

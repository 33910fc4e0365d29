// ACTION_RATE and INTENT_SHARE, the formula forms of the KPI shortlist's
// depth and comment-quality numbers, table-driven as the other functions.

import { describe, expect, it } from 'vitest';
import { callCustom, IMPLEMENTATIONS } from '../src/functions/registry';
import { Locale } from '../src/core/i18n';
import { CUSTOM_FUNCTIONS } from '../src/functions/metadata';

const en = () => 'en' as Locale;
const call = (name: keyof typeof IMPLEMENTATIONS, ...args: unknown[]) => callCustom(name, args, en);

describe('ACTION_RATE', () => {
  // [saves, shares, base, weights, expected]
  const ROWS: [unknown, unknown, unknown, unknown, unknown][] = [
    [120, 30, 5000, undefined, 0.03],
    ['1.2K', '300', '5万', undefined, 0.03],
    [120, '', 5000, undefined, 0.024], // no shares: saves alone
    ['', '', 5000, undefined, ''], // nothing to count
    [120, 30, '', undefined, ''], // no base yet
    [120, 30, 5000, [[2, 1]], 0.054], // saves weigh double
    [[[100], [50]], [[10], [0]], [[1000], [500]], undefined, [[0.11], [0.1]]],
    [[[100], [50]], 0, 1000, undefined, [[0.1], [0.05]]], // a single value broadcast
    // Four weights: a weighted engagement rate over (likes, comments, saves, shares) columns.
    [[[500, 20, 60, 20]], '', 10_000, [[1], [2], [5], [5]], (500 + 40 + 300 + 100) / 10_000],
    [
      [
        [500, 20, 60, 20],
        [100, 0, 0, 0],
      ],
      '',
      [[10_000], [1_000]],
      [[1, 2, 5, 5]],
      [[0.094], [0.1]],
    ],
  ];
  it.each(ROWS)('ACTION_RATE(%j, %j, %j, %j) = %j', (saves, shares, base, weights, expected) => {
    const got = call('ACTION_RATE', saves, shares, base, weights);
    if (Array.isArray(expected)) {
      (expected as number[][]).forEach((row, r) => row.forEach((x, c) => expect((got as number[][])[r]![c]).toBeCloseTo(x, 12)));
    } else if (typeof expected === 'number') expect(got as number).toBeCloseTo(expected, 12);
    else expect(got).toBe(expected);
  });

  const ERRORS: [unknown[], string][] = [
    [[120, 30, 0], 'base: base must be greater than 0'],
    [[120, 30, '12abc'], 'base: "12abc" is not a number'],
    [[-5, 30, 100], 'saves: "-5" is negative'],
    [[120, 30, 100, [[1, 2, 3]]], 'weights must be 4 numbers'],
  ];
  it.each(ERRORS)('refuses %j', (args, message) => expect(() => call('ACTION_RATE', ...args)).toThrow(message));

  it("a bad cell in a range is that cell's #VALUE!, the others compute", () => {
    const got = call('ACTION_RATE', [[1], ['x']], [[1], [1]], [[10], [10]]) as unknown[][];
    expect(got[0]![0]).toBeCloseTo(0.2, 12);
    expect(String(got[1]![0])).toMatch(/^#VALUE! saves: "x" is not a number/);
  });
});

describe('INTENT_SHARE', () => {
  const comments = [['どこで買えますか？'], ['かわいい！'], ['Where can I buy this?'], ['love it'], ['これどこのブランドですか？'], ['']];
  const who = [['@hana'], ['https://www.instagram.com/hana/'], ['kenji'], ['@Kenji'], ['HANA'], ['@hana']];
  it('gives each roster handle the share of its own comments, matched like duplicates', () => {
    expect(call('INTENT_SHARE', comments, who, [['hana'], ['@kenji'], ['@nobody'], ['']])).toEqual([[2 / 3], [0.5], [''], ['']]);
  });
  it('leaves a creator with fewer than min_comments blank', () => {
    expect(call('INTENT_SHARE', comments, who, [['hana'], ['kenji']], 3)).toEqual([[2 / 3], ['']]);
  });
  it('refuses comments and creators of different sizes', () => {
    expect(() => call('INTENT_SHARE', comments, who.slice(1), 'hana')).toThrow('ranges have different sizes');
  });
});

describe('the metadata table documents both', () => {
  it.each(['ACTION_RATE', 'INTENT_SHARE'])('%s', (name) => {
    const meta = CUSTOM_FUNCTIONS.find((f) => f.name === name)!;
    expect(meta.params.length).toBeGreaterThanOrEqual(3);
    expect(meta.ja).not.toBe('');
  });
});

// Hostile input: whatever Sheets can pass, each call returns a result or
// throws an Error whose message names the problem: never an internal error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../src/core/parse';
import { InputError, Locale } from '../src/core/i18n';
import { callCustom } from '../src/functions/registry';
import { CUSTOM_FUNCTIONS } from '../src/functions/metadata';

const INTERNAL = /unexpected problem|予期しない問題|예기치 않은 문제|Cannot read|undefined|is not a function|TypeError/;

// A cell as Sheets hands it to a custom function.
const cell = fc.oneof(
  fc.constant(''),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, 5e-324, 0, -0),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('12.5万', '3.4만', '1.2억', '¥3,000', '₩30,000', '2%', '１２万', '12万万', '=1+1', '<img src=x onerror=alert(1)>', '❤️', 'これどこのブランドですか？', 'seed', 'share', 'score', 'reason', 'label'),
  fc.constant('x'.repeat(50_000)),
);
// Ranges: rectangular, ragged or empty 2-D arrays.
const range = fc.oneof(
  fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
  fc.constant([] as unknown[][]),
  fc.constant([[]] as unknown[][]),
);
const arg = fc.oneof({ weight: 3, arbitrary: cell }, { weight: 2, arbitrary: range }, { weight: 1, arbitrary: fc.constant(undefined) });

function check(run: () => unknown): void {
  let out: unknown;
  try {
    out = run();
  } catch (err) {
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message.length).toBeGreaterThan(0);
    expect((err as Error).message).not.toMatch(INTERNAL);
    return;
  }
  for (const v of Array.isArray(out) ? (out as unknown[][]).flat() : [out]) {
    expect(['string', 'number']).toContain(typeof v);
    if (typeof v === 'string') expect(v).not.toMatch(INTERNAL);
  }
}

describe('parseNumber on hostile values', () => {
  it('returns a finite number or null, or throws an InputError', () => {
    fc.assert(
      fc.property(fc.oneof(cell, fc.anything()), fc.constantFrom('count', 'money', 'rate', 'number' as const), (v, kind) => {
        try {
          const n = parseNumber(v, kind);
          expect(n === null || Number.isFinite(n)).toBe(true);
          if (n !== null && kind !== 'number') expect(n).toBeGreaterThanOrEqual(0);
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
          expect((err as InputError).localized('ja')).not.toMatch(INTERNAL);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f.params.length] as const))('%s on hostile arguments', (name, arity) => {
  it.each(['en', 'ja', 'ko'] as Locale[])('returns or throws a named problem (%s)', (locale) => {
    fc.assert(
      fc.property(fc.array(arg, { minLength: 0, maxLength: arity + 1 }), (args) => {
        check(() => callCustom(name, args, () => locale));
      }),
      { numRuns: 400 },
    );
  });
});

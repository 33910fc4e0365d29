// Hostile input: whatever Sheets can pass, each call returns a result or
// throws an Error whose message names the problem: never an internal error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesSheetCurrency, parseEr, parseNumber, parseNumberGeneral, ParseOptions } from '../src/core/parse';
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
  fc.constantFrom(
    '12.5万',
    '3.4만',
    '1.2억',
    '¥3,000',
    '₩30,000',
    '2%',
    '１２万',
    '12万万',
    '=1+1',
    '<img src=x onerror=alert(1)>',
    '❤️',
    'これどこのブランドですか？',
    'seed',
    'share',
    'score',
    'reason',
    'label',
  ),
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
    if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true); // never Infinity or NaN in a cell
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

// ---- No input yields a number a person would not read from it ----

const KINDS = ['count', 'money', 'rate', 'number'] as const;
const CURRENCIES = ['JPY', 'KRW', 'USD', 'CAD', 'CNY', 'EUR', ''] as const;
// Numbers as people type them: digits (grouped or not), decimals, a currency, a unit, spaces.
const typed = fc
  .record({
    int: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom(0, 1, 10, 1000, 1e6)),
    frac: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9]{1,4}$/)),
    grouped: fc.boolean(),
    prefix: fc.constantFrom('', '', '$', '¥', '₩', '\\', '¥ ', ' '),
    suffix: fc.constantFrom(
      '',
      '',
      '%',
      'K',
      'k',
      'M',
      'B',
      '万',
      '만',
      '千',
      '천',
      '億',
      '억',
      '円',
      '원',
      '人',
      '명',
      '万円',
      '만원',
      '万人',
      ' %',
      ' K',
      'mm',
      'bn',
      '+',
      '万5',
    ),
    space: fc.constantFrom('', ' ', '  '),
  })
  .map(({ int, frac, grouped, prefix, suffix, space }) => {
    const i = grouped ? int.toLocaleString('en-US') : String(int);
    return `${space}${prefix}${i}${frac ? `.${frac}` : ''}${suffix}${space}`;
  });

function outcome(run: () => number | null, opts: ParseOptions): unknown {
  try {
    const n = run();
    return { n, found: opts.found, percent: opts.percent };
  } catch (err) {
    return { refused: (err as InputError).code };
  }
}

describe('the scanner and the general path read alike', () => {
  it('same number, currency and percent, or the same refusal', () => {
    fc.assert(
      fc.property(
        fc.oneof(typed, fc.string({ maxLength: 12 })),
        fc.constantFrom(...KINDS),
        fc.constantFrom(...CURRENCIES),
        (s, kind, currency) => {
          const a: ParseOptions = { currency };
          const b: ParseOptions = { currency };
          expect(outcome(() => parseNumber(s, kind, a), a)).toEqual(outcome(() => parseNumberGeneral(s, kind, b), b));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('what a person reads', () => {
  it('digits with a multiplier are exactly that many units', () => {
    const units: [string, number][] = [
      ['', 0],
      ['K', 3],
      ['M', 6],
      ['B', 9],
      ['万', 4],
      ['만', 4],
      ['千', 3],
      ['億', 8],
      ['억', 8],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.stringMatching(/^[0-9]{0,3}$/),
        fc.constantFrom(...units),
        fc.boolean(),
        (int, frac, [unit, pow], grouped) => {
          const digits = `${int}${frac ? `.${frac}` : ''}`;
          const s = `${grouped ? int.toLocaleString('en-US') : int}${frac ? `.${frac}` : ''}${unit}`;
          expect(parseNumber(s, 'count')).toBe(Number(`${digits}e${pow}`));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a digit-like character (①, ², ㉑, ½, 𝟏…) anywhere makes the value refused, never a number', () => {
    const odd = fc.constantFrom('①', '⑳', '⑴', '⒈', '²', '³', '¹', '⁴', '₂', '㉑', '㊿', '½', '¼', 'Ⅻ', '𝟏', '𝟗', '㌔', '㏠', '㋀');
    fc.assert(
      fc.property(typed, odd, fc.nat(), fc.constantFrom(...KINDS), (s, ch, at, kind) => {
        const i = at % (s.length + 1);
        const v = s.slice(0, i) + ch + s.slice(i);
        expect(() => parseNumber(v, kind, { currency: 'JPY' })).toThrow(InputError);
      }),
      { numRuns: 2000 },
    );
  });

  it("a money value is read only in the spreadsheet's own currency", () => {
    const markers = fc.constantFrom('$', '¥', '₩', '€', '£', 'USD ', 'JPY ', 'KRW ');
    const suffixes = fc.constantFrom('円', '원', 'ドル', ' USD', ' EUR');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.oneof(
          markers.map((m): [string, string] => [m, '']),
          suffixes.map((x): [string, string] => ['', x]),
        ),
        fc.constantFrom(...CURRENCIES.filter((c) => c !== '')),
        (n, [pre, post], sheet) => {
          const v = `${pre}${n.toLocaleString('en-US')}${post}`;
          const marker = (pre || post).trim();
          let read: number | null = null;
          try {
            read = parseNumber(v, 'money', { currency: sheet });
          } catch (err) {
            expect((err as InputError).code).toBe('foreignCurrency');
          }
          if (read !== null) {
            expect(read).toBe(n);
            expect(namesSheetCurrency(marker, sheet)).toBe(true);
          } else expect(namesSheetCurrency(marker, sheet)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('"1万" and a bare number: written in full or refused, never 10,005 for 1万5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.stringMatching(/^[0-9]{1,5}$/), (n, rest) => {
        const v = `${n}万${rest}`;
        const full = rest.length === 3 || rest.length === 4;
        if (full) expect(parseNumber(v, 'count')).toBe(n * 10_000 + Number(rest));
        else expect(() => parseNumber(v, 'count')).toThrow(InputError);
      }),
      { numRuns: 1000 },
    );
  });

  it('an ER is a fraction in 0–1: never a plain number of 1 or more read as hundreds of percent', () => {
    fc.assert(
      fc.property(fc.oneof(cell, typed), fc.boolean(), (v, pp) => {
        let er: number | null;
        try {
          er = parseEr(v, pp);
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
          return;
        }
        if (er === null) return;
        expect(er).toBeGreaterThanOrEqual(0);
        expect(er).toBeLessThanOrEqual(1);
        const plain = typeof v === 'number' || (typeof v === 'string' && !v.includes('%'));
        if (plain && !pp) expect(er).toBeLessThan(1);
      }),
      { numRuns: 3000 },
    );
  });
});

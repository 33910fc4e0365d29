// Money as the output sheet and the messages write it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyOf, formatMoney, groupThousands, toFixed } from '../src/core/currency';

describe('formatMoney writes money as a marketer reads it', () => {
  const yen = currencyOf('ja_JP');
  const won = currencyOf('ko_KR');
  it.each([
    [1234567.8, yen, 0, '¥1,234,568'],
    [1.5, yen, 2, '¥1.50'],
    [2.345, yen, 2, '¥2.35'], // 2.345 is 2.34500000000000019984…: up
    [1.005, yen, 2, '¥1.00'], // 1.005 is 1.00499999999999989342…: down, as toFixed
    [999.995, yen, 2, '¥1,000.00'],
    [-1500, yen, 0, '-¥1,500'],
    [0, won, 0, '₩0'],
    [30000, won, 0, '₩30,000'],
    [0.04, yen, 2, '¥0.04'],
    [12.3456, yen, 4, '¥12.3456'],
    [5e12, yen, 0, '¥5,000,000,000,000'],
  ])('formatMoney(%s, …, %i digits)', (amount, currency, digits, expected) => {
    expect(formatMoney(amount, currency, digits)).toBe(expected);
  });

  it.each([
    ['1', '1'],
    ['999', '999'],
    ['1000', '1,000'],
    ['1234567', '1,234,567'],
  ])('groupThousands(%s)', (digits, expected) => {
    expect(groupThousands(digits)).toBe(expected);
  });
});

describe('toFixed is Number.prototype.toFixed, ties included', () => {
  it('on any non-negative amount and 0–4 digits', () => {
    const amount = fc.oneof(
      fc.double({ min: 0, max: 1e10, noNaN: true }),
      fc.integer({ min: 0, max: 1e9 }).map((k) => k / 1000 + 0.0005), // …5 at the cut
      fc.integer({ min: 0, max: 1e7 }).map((k) => k / 200), // exact halves of cents
    );
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 4 }), (x, d) => toFixed(x, d) === x.toFixed(d)),
      { numRuns: 20_000 },
    );
  });
});

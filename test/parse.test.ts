import { describe, expect, it } from 'vitest';
import { parseNumber } from '../src/core/parse';
import { InputError } from '../src/core/i18n';

// [input, kind, expected]
const READS: [unknown, Parameters<typeof parseNumber>[1], number | null][] = [
  ['12.5万', 'count', 125000],
  ['3.4만', 'count', 34000],
  ['1.2억', 'count', 120000000],
  ['1.2億', 'count', 120000000],
  ['1.1万', 'count', 11000],
  ['15K', 'count', 15000],
  ['15k', 'count', 15000],
  ['1.2M', 'count', 1200000],
  ['2B', 'count', 2000000000],
  ['1,234', 'count', 1234],
  ['１２万', 'count', 120000],
  ['１，２３４', 'count', 1234],
  ['8,500人', 'count', 8500],
  ['3,200명', 'count', 3200],
  ['1億2000万', 'count', 120000000],
  ['1만 5천', 'count', 15000],
  ['10K+', 'count', 10000],
  ['約12万', 'count', 120000],
  [' 42 ', 'count', 42],
  ['¥3,000', 'money', 3000],
  ['￥3,000', 'money', 3000],
  ['3,000円', 'money', 3000],
  ['₩30,000', 'money', 30000],
  ['30,000원', 'money', 30000],
  ['30만원', 'money', 300000],
  ['$12', 'money', 12],
  ['¥1.5', 'money', 1.5],
  ['¥150K', 'money', 150000],
  ['2%', 'rate', 0.02],
  ['3.2%', 'rate', 0.032],
  ['7%', 'rate', 0.07],
  ['２％', 'rate', 0.02],
  ['0.02', 'rate', 0.02],
  [0.02, 'rate', 0.02],
  [125000, 'count', 125000],
  [0, 'count', 0],
  ['-3', 'number', -3],
  ['', 'count', null],
  ['   ', 'count', null],
  [null, 'money', null],
  [undefined, 'rate', null],
];

// [input, kind, part of the message]
const REFUSALS: [unknown, Parameters<typeof parseNumber>[1], string][] = [
  ['12abc', 'count', '"12abc" is not a number'],
  ['1.2.3', 'count', '"1.2.3" is not a number'],
  ['12万万', 'count', 'twice'],
  ['1万2億', 'count', 'out of order'],
  ['1,2345', 'count', 'not a number'],
  ['12,5', 'count', 'not a number'],
  ['-5', 'count', 'negative'],
  [-5, 'count', 'negative'],
  ['-¥300', 'money', 'negative'],
  ['¥3,000', 'count', 'does not belong'],
  ['2%', 'money', 'does not belong'],
  ['8,500人', 'money', 'does not belong'],
  [true, 'count', 'TRUE'],
  [false, 'money', 'FALSE'],
  [new Date('2026-01-02T00:00:00Z'), 'count', 'a date (2026-01-02)'],
  [Number.NaN, 'count', 'not a finite number'],
  [Number.POSITIVE_INFINITY, 'money', 'not a finite number'],
  ['x'.repeat(50000), 'count', '50000 characters'],
  ['万', 'count', 'not a number'],
  ['¥', 'money', 'not a number'],
  ['%', 'rate', 'not a number'],
  [{}, 'count', 'not a number'],
];

describe('parseNumber reads what marketers paste', () => {
  it.each(READS)('%j as %s → %j', (input, kind, expected) => {
    expect(parseNumber(input, kind)).toBe(expected);
  });
});

describe('parseNumber refuses, saying what is wrong', () => {
  it.each(REFUSALS)('%j as %s', (input, kind, message) => {
    let caught: unknown;
    try {
      parseNumber(input, kind);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as Error).message).toContain(message);
  });

  it('says it in Japanese and Korean too', () => {
    try {
      parseNumber('12abc', 'count');
    } catch (err) {
      expect((err as InputError).localized('ja')).toBe('「12abc」は数値として読めません');
      expect((err as InputError).localized('ko')).toContain('숫자로 읽을 수 없습니다');
    }
    expect.assertions(2);
  });
});

describe('parseNumber ignores a note in brackets after the number', () => {
  it.each([
    ['150,000円（税別）', 'money', 150000],
    ['¥150,000 (tax excl.)', 'money', 150000],
    ['3万 (IG)', 'count', 30000],
  ] as const)('%s', (input, kind, expected) => {
    expect(parseNumber(input, kind)).toBe(expected);
  });
  it('but not a number in brackets', () => {
    expect(() => parseNumber('(1,000)', 'money')).toThrow();
  });
});

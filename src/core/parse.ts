// The one parser for every number a marketer pastes: counts (12.5万, 3.4만,
// 1.2M, 8,500人), money (¥3,000, 3,000円, ₩30,000, $12) and rates (2%, 0.02).
// A value is either read exactly or refused with a reason; never guessed.

import { InputError, show } from './i18n';

export type NumberKind = 'count' | 'money' | 'rate' | 'number';

// Multipliers as powers of ten, so "1.1万" is built from the decimal string
// ("1.1e4") and stays exact instead of 1.1 * 10000 = 11000.000000000002.
const MULTIPLIERS: Record<string, number> = {
  千万: 7, 百万: 6, 億: 8, 万: 4, 千: 3, 百: 2,
  천만: 7, 백만: 6, 억: 8, 만: 4, 천: 3, 백: 2,
  k: 3, m: 6, mm: 6, mn: 6, mil: 6, b: 9, bn: 9,
};
const MULTIPLIER_RE = /^(千万|百万|億|万|千|百|천만|백만|억|만|천|백|mil|mm|mn|bn|k|m|b)/i;

const CURRENCY_PREFIX = /^(us\$|jpy|krw|usd|[¥$₩€£])\s*/i;
const CURRENCY_SUFFIX = /\s*(円|원|yen|won|jpy|krw|usd|ドル|달러)$/i;
const PEOPLE_SUFFIX = /\s*(人|名|명|people|followers?|views?|回|件|개)$/i;
const APPROX_PREFIX = /^(約|약|およそ|approx\.?|~|〜)\s*/i;
const NOTE_SUFFIX = /\s*[(\[][^()\[\]0-9]*[)\]]$/;

const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?|^\.\d+/;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

// Longer than any number anyone types: refuse without scanning further.
const MAX_TEXT = 64;

/**
 * Reads a cell value as a number of the given kind.
 * Returns null for blank ('', null, undefined, whitespace).
 * Throws InputError saying what is wrong with the value otherwise.
 */
export function parseNumber(value: unknown, kind: NumberKind = 'number'): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return checkNumber(value, kind, value);
  if (typeof value === 'boolean') throw new InputError('booleanNotNumber', { value: value ? 'TRUE' : 'FALSE' });
  if (value instanceof Date) throw new InputError('dateNotNumber', { value: show(value) });
  if (typeof value === 'bigint') return checkNumber(Number(value), kind, value);
  if (typeof value !== 'string') throw new InputError('notANumber', { value: show(value) });
  if (value.length > MAX_TEXT && value.trim().length > MAX_TEXT) {
    throw new InputError('tooLong', { length: value.length });
  }
  // Plain ASCII ("2%", "3000", "$12") skips Unicode folding: most cells, and the hot path of a 100k-row range.
  const folded = PRINTABLE_ASCII.test(value) ? value : value.normalize('NFKC');
  const text = folded.replace(/[\s\u200b\ufeff]+/g, ' ').trim();
  if (text === '') return null;
  const plain = PLAIN_NUMBER.exec(text);
  if (plain) return checkNumber(Number(text), kind, value);
  return checkNumber(parseText(text, kind, value), kind, value);
}

function checkNumber(n: number, kind: NumberKind, original: unknown): number {
  if (!Number.isFinite(n)) throw new InputError('notFinite', { value: show(original) });
  if (n < 0 && kind !== 'number') throw new InputError('negative', { value: show(original), kind });
  return n === 0 ? 0 : n; // no -0
}

function parseText(text: string, kind: NumberKind, original: string): number {
  let rest = text;
  let unit: string | null = null;

  rest = rest.replace(APPROX_PREFIX, '');
  // A note in brackets after the number, without digits: "150,000円（税別）", "3万 (IG)".
  rest = rest.replace(NOTE_SUFFIX, '');
  let sign = '';
  if (rest.startsWith('-') || rest.startsWith('−')) {
    sign = '-';
    rest = rest.slice(1).trimStart();
  } else if (rest.startsWith('+')) {
    rest = rest.slice(1).trimStart();
  }
  const pre = CURRENCY_PREFIX.exec(rest);
  if (pre) {
    unit = pre[1]!;
    rest = rest.slice(pre[0].length);
  }
  if (rest.startsWith('-') && !sign) {
    sign = '-';
    rest = rest.slice(1);
  }

  // Suffixes: a trailing "+" (as in "10K+"), then currency, people or percent.
  rest = rest.replace(/\s*\+$/, '');
  let percent = false;
  const cur = CURRENCY_SUFFIX.exec(rest);
  if (cur) {
    unit = cur[1]!;
    rest = rest.slice(0, cur.index);
  } else {
    const ppl = PEOPLE_SUFFIX.exec(rest);
    if (ppl) {
      if (kind === 'money' || kind === 'rate') {
        throw new InputError('unitNotAllowed', { value: show(original), unit: ppl[1]!, kind });
      }
      rest = rest.slice(0, ppl.index);
    } else if (rest.endsWith('%')) {
      percent = true;
      rest = rest.slice(0, -1).trimEnd();
    }
  }
  if (unit !== null && (kind === 'count' || kind === 'rate')) {
    throw new InputError('unitNotAllowed', { value: show(original), unit, kind });
  }
  if (percent && (kind === 'count' || kind === 'money')) {
    throw new InputError('unitNotAllowed', { value: show(original), unit: '%', kind });
  }

  // One or more groups of <digits><multiplier>, multipliers strictly
  // decreasing ("1億2000万", "1만 5천"); a bare number is one group.
  let total = 0;
  let lastPow = Infinity;
  let groups = 0;
  while (rest.length > 0) {
    const m = DIGITS.exec(rest);
    if (!m) throw new InputError('notANumber', { value: show(original) });
    const numStr = m[0].replace(/,/g, '');
    rest = rest.slice(m[0].length).trimStart();
    let pow = 0;
    const mm = MULTIPLIER_RE.exec(rest);
    if (mm) {
      pow = MULTIPLIERS[mm[1]!.toLowerCase()] ?? 0;
      rest = rest.slice(mm[0].length).trimStart();
      const again = MULTIPLIER_RE.exec(rest);
      if (again) throw new InputError('doubleMultiplier', { value: show(original), unit: again[1]! });
    }
    if (pow >= lastPow || (groups > 0 && pow === 0 && rest.length > 0)) {
      throw new InputError('doubleMultiplier', { value: show(original), unit: mm ? mm[1]! : numStr });
    }
    total += Number(`${numStr}e${pow}`);
    lastPow = pow;
    groups++;
    if (pow === 0) break;
  }
  if (groups === 0 || rest.length > 0) throw new InputError('notANumber', { value: show(original) });
  // toPrecision trims the binary tail of a division (7% -> 0.07, not 0.07000000000000001).
  if (percent) total = Number((total / 100).toPrecision(15));
  return sign === '-' ? -total : total;
}

/** True when the value is blank the way Sheets passes blanks. */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

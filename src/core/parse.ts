// The one parser for every number a marketer pastes: counts (12.5万, 3.4만,
// 1.2M, 8,500人), money (¥3,000, 3,000円, ₩30,000, $12) and rates (2%, 0.02).
// A value is either read exactly or refused with a reason; never guessed.
//
// Two paths give the same answers: a scanner without regexes or intermediate
// strings for the formats nearly every cell has ("3000", "¥3,000", "12.5万",
// "2%"), and the general path for everything else (full-width text, notes,
// several groups like "1億2000万"). A property test holds them equal.

import { groupThousands } from './currency';
import { InputError, show } from './i18n';

export type NumberKind = 'count' | 'money' | 'rate' | 'number';

export interface ParseOptions {
  /**
   * The spreadsheet's currency code ('JPY', 'KRW', 'USD'…; '' when unknown),
   * or a function asked for it only when a value names a currency or starts
   * with "\" (in Apps Script, finding the locale is a service call).
   */
  currency?: string | (() => string);
  /** Written by the parser: the currency code the value named ('' when none). */
  found?: string;
  /** Written by the parser: whether the value carried a "%". */
  percent?: boolean;
}

// Multipliers as powers of ten, so "1.1万" is built from the decimal string
// ("1.1e4") and stays exact instead of 1.1 * 10000 = 11000.000000000002.
const MULTIPLIERS: Record<string, number> = {
  千万: 7,
  百万: 6,
  億: 8,
  万: 4,
  千: 3,
  百: 2,
  천만: 7,
  백만: 6,
  억: 8,
  만: 4,
  천: 3,
  백: 2,
  k: 3,
  m: 6,
  mm: 6,
  mn: 6,
  mil: 6,
  b: 9,
  bn: 9,
};
const MULTIPLIER_RE = /^(千万|百万|億|万|千|百|천만|백만|억|만|천|백|mil|mm|mn|bn|k|m|b)/i;
const CJK_MULTIPLIER = /^[千百億万천백억만]/;

const CURRENCY_PREFIX = /^(us\$|jpy|krw|usd|eur|gbp|cny|rmb|[¥$₩€£₹\\])\s*/i;
const CURRENCY_SUFFIX = /\s*(円|원|元|yen|won|jpy|krw|usd|eur|gbp|cny|rmb|ドル|달러|ユーロ|유로)$/i;
const PEOPLE_SUFFIX = /\s*(人|名|명|people|followers?|views?|回|件|개)$/i;
const APPROX_PREFIX = /^(約|약|およそ|approx\.?|~|〜)\s*/i;
const NOTE_SUFFIX = /\s*[([][^()[\]0-9]*[)\]]$/;

const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?|^\.\d+/;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

// Characters that width folding (NFKC) would turn into digits although nobody
// reads them as the digits of a number: circled and parenthesised numbers
// (①, ⑴, ㉑), superscripts and subscripts (10²), fractions (½), Roman
// numerals, squared units and dates (㍉, ㏠), mathematical digits (𝟏).
const DIGIT_LIKE =
  /[\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2150-\u218f\u2460-\u24ff\u2776-\u2793\u3200-\u33ff]|\ud835[\udfce-\udfff]|\ud83c[\udd00-\udd0c]/;

// Longer than any number anyone types: refuse without scanning further.
const MAX_TEXT = 64;

// ---- Width folding: NFKC where the runtime has it, our own map where it does not ----

/** Whether this runtime's normalize('NFKC') folds full-width digits (it needs ICU data). Checked once, at load. */
export const NFKC_WORKS: boolean = nfkcWorks();

function nfkcWorks(): boolean {
  try {
    return typeof ''.normalize === 'function' && '１２'.normalize('NFKC') === '12' && 'ｶ'.normalize('NFKC') === 'カ';
  } catch {
    return false;
  }
}

/**
 * Full-width ASCII, the ideographic space and the full-width yen/won signs to
 * their plain forms: what NFKC does to a number, for runtimes without it.
 */
export function foldWidth(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let to = -1;
    if (c >= 0xff01 && c <= 0xff5e) to = c - 0xfee0;
    else if (c === 0x3000) to = 0x20;
    else if (c === 0xffe5)
      to = 0xa5; // ￥
    else if (c === 0xffe6) to = 0x20a9; // ￦
    if (to < 0) continue;
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const ASCII = /^[^\u0080-\uffff]*$/; // only code units below 0x80

/**
 * NFKC, or the width map where this runtime cannot normalise. The one place that folds text for
 * comparison. ASCII is its own NFKC: most handles and comments skip the copy.
 */
export function nfkc(text: string): string {
  if (ASCII.test(text)) return text;
  return NFKC_WORKS ? text.normalize('NFKC') : foldWidth(text);
}

// ---- Currencies ----

// What a marker names. '¥' is yen or yuan and '$' any dollar: they match the
// spreadsheet's currency when it is one of those.
const MARKERS: Record<string, string> = {
  '¥': '¥',
  円: 'JPY',
  yen: 'JPY',
  jpy: 'JPY',
  '₩': 'KRW',
  원: 'KRW',
  won: 'KRW',
  krw: 'KRW',
  $: '$',
  us$: 'USD',
  usd: 'USD',
  ドル: 'USD',
  달러: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  ユーロ: 'EUR',
  유로: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '₹': 'INR',
  元: 'CNY',
  cny: 'CNY',
  rmb: 'CNY',
};
const YEN_SIGN = new Set(['JPY', 'CNY']);
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD']);

function sheetCurrency(opts: ParseOptions | undefined): string {
  const c = opts?.currency;
  return typeof c === 'function' ? c() : (c ?? '');
}

/**
 * The currency code a marker names on this spreadsheet, or an InputError: a
 * currency other than the sheet's is refused (no exchange rate is guessed); a
 * leading "\" is the sheet's own yen or won (Japanese and Korean Excel CSVs
 * store ¥ and ₩ as the byte 0x5C).
 */
// Answers for the last sheet currency asked about: a column of "¥…", "…円" asks the same few questions 100,000 times.
let knownSheet = '';
const known = new Map<string, string>();

function currencyOf(marker: string, opts: ParseOptions | undefined, original: unknown): string {
  const sheet = sheetCurrency(opts);
  if (sheet !== knownSheet) {
    known.clear();
    knownSheet = sheet;
  }
  const hit = known.get(marker);
  if (hit !== undefined) return hit;
  const code = resolveCurrency(marker, sheet, original); // throws for a currency not the sheet's: never remembered
  if (known.size < 64) known.set(marker, code);
  return code;
}

function resolveCurrency(marker: string, sheet: string, original: unknown): string {
  if (marker === '\\') {
    if (sheet === 'JPY' || sheet === 'KRW') return sheet;
    throw new InputError('backslashCurrency', { value: show(original), sheet: sheet || '?' });
  }
  if (namesSheetCurrency(marker, sheet)) return sheet || codeOfMarker(marker);
  throw new InputError('foreignCurrency', { value: show(original), unit: marker, sheet });
}

function codeOfMarker(marker: string): string {
  const named = MARKERS[marker.toLowerCase()] ?? marker;
  return named === '¥' ? 'JPY' : named === '$' ? 'USD' : named;
}

/** Whether a currency marker ("¥", "円", "USD"…) can be the spreadsheet's currency (its code; '' when unknown: any). */
export function namesSheetCurrency(marker: string, sheet: string): boolean {
  if (sheet === '') return true;
  if (marker === '\\') return sheet === 'JPY' || sheet === 'KRW';
  const named = MARKERS[marker.toLowerCase()] ?? marker;
  return named === sheet || (named === '¥' && YEN_SIGN.has(sheet)) || (named === '$' && DOLLARS.has(sheet));
}

// ---- The parser ----

/**
 * Reads a cell value as a number of the given kind.
 * Returns null for blank ('', null, undefined, whitespace).
 * Throws InputError saying what is wrong with the value otherwise.
 */
export function parseNumber(value: unknown, kind: NumberKind = 'number', opts?: ParseOptions): number | null {
  if (opts) {
    opts.found = '';
    opts.percent = false;
  }
  if (typeof value === 'number') return checkNumber(value, kind, value);
  if (typeof value === 'string') {
    const fast = scan(value, kind, opts);
    if (fast !== NOT_SIMPLE) return fast;
    return parseString(value, kind, opts);
  }
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') throw new InputError('booleanNotNumber', { value: value ? 'TRUE' : 'FALSE' });
  if (value instanceof Date) throw new InputError('dateNotNumber', { value: show(value) });
  if (typeof value === 'bigint') return checkNumber(Number(value), kind, value);
  throw new InputError('notANumber', { value: show(value) });
}

/** The general path alone, for the test that holds the two paths equal. */
export function parseNumberGeneral(value: string, kind: NumberKind = 'number', opts?: ParseOptions): number | null {
  if (opts) {
    opts.found = '';
    opts.percent = false;
  }
  return parseString(value, kind, opts);
}

function parseString(value: string, kind: NumberKind, opts: ParseOptions | undefined): number | null {
  if (value.length > MAX_TEXT && value.trim().length > MAX_TEXT) {
    throw new InputError('tooLong', { length: value.length });
  }
  // Plain ASCII ("2%", "3000", "$12") skips Unicode folding.
  let folded = value;
  if (!PRINTABLE_ASCII.test(value)) {
    const odd = DIGIT_LIKE.exec(value);
    if (odd) throw new InputError('notPlainDigit', { value: show(value), char: odd[0] });
    folded = nfkc(value);
  }
  const text = folded.replace(/[\s\u200b\ufeff]+/g, ' ').trim();
  if (text === '') return null;
  if (PLAIN_NUMBER.test(text)) return checkNumber(Number(text), kind, value);
  return checkNumber(parseText(text, kind, value, opts), kind, value);
}

function checkNumber(n: number, kind: NumberKind, original: unknown): number {
  if (!Number.isFinite(n)) throw new InputError('notFinite', { value: show(original) });
  if (n < 0 && kind !== 'number') throw new InputError('negative', { value: show(original), kind });
  return n === 0 ? 0 : n; // no -0
}

function parseText(text: string, kind: NumberKind, original: string, opts: ParseOptions | undefined): number {
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
    if (unit !== null) throw new InputError('notANumber', { value: show(original) }); // "$3,000円"
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
  // decreasing ("1億2000万", "1만 5천"); a bare number is one group, and after
  // 万/千/百 it must be written in full ("1万5000", "1万500": "1万5" could be
  // 15,000 or 10,005, so it is refused).
  let total = 0;
  let lastPow = Infinity;
  let lastCjk = false;
  let groups = 0;
  while (rest.length > 0) {
    const m = DIGITS.exec(rest);
    if (!m) throw new InputError('notANumber', { value: show(original) });
    const numStr = m[0].replace(/,/g, '');
    rest = rest.slice(m[0].length).trimStart();
    let pow = 0;
    let cjk = false;
    const mm = MULTIPLIER_RE.exec(rest);
    if (mm) {
      pow = MULTIPLIERS[mm[1]!.toLowerCase()] ?? 0;
      cjk = CJK_MULTIPLIER.test(mm[1]!);
      rest = rest.slice(mm[0].length).trimStart();
      const again = MULTIPLIER_RE.exec(rest);
      if (again) throw new InputError('doubleMultiplier', { value: show(original), unit: again[1]! });
    }
    if (pow >= lastPow || (groups > 0 && pow === 0 && rest.length > 0)) {
      throw new InputError('doubleMultiplier', { value: show(original), unit: mm ? mm[1]! : numStr });
    }
    if (groups > 0 && pow === 0) checkRemainder(numStr, lastPow, lastCjk, total, original);
    total += Number(`${numStr}e${pow}`);
    lastPow = pow;
    lastCjk = cjk;
    groups++;
    if (pow === 0) break;
  }
  if (groups === 0 || rest.length > 0) throw new InputError('notANumber', { value: show(original) });
  if (unit !== null && kind === 'money') {
    const code = currencyOf(unit, opts, original);
    if (opts) opts.found = code;
  }
  if (percent) {
    if (opts) opts.percent = true;
    // toPrecision trims the binary tail of a division (7% -> 0.07, not 0.07000000000000001).
    total = Number((total / 100).toPrecision(15));
  }
  return sign === '-' ? -total : total;
}

/**
 * A bare number after 万/千/百 is read only when written in full: after 万
 * three or four digits ("1万500" = 10,500, "1万5000" = 15,000), after 千 three,
 * after 百 two. "1万5" (15,000 or 10,005?) and anything after 億, K or M is
 * refused, naming both readings.
 */
function checkRemainder(numStr: string, pow: number, cjk: boolean, total: number, original: string): void {
  const n = numStr.length;
  const ok = cjk && !numStr.includes('.') && (pow === 4 ? n === 3 || n === 4 : pow === 3 ? n === 3 : pow === 2 ? n === 2 : false);
  if (ok) return;
  const rem = Number(numStr);
  const literal = total + rem;
  const digits = numStr.replace('.', '').length;
  const abbreviated = total + Number(`${numStr.replace('.', '')}e${pow - Math.min(digits, pow)}`);
  if (literal === abbreviated || !Number.isFinite(pow)) throw new InputError('notANumber', { value: show(original) });
  throw new InputError('ambiguousRemainder', { value: show(original), literal: grouped(literal), abbreviated: grouped(abbreviated) });
}

/** 1234567.5 → "1,234,567.5": a number in running text. */
export function grouped(n: number): string {
  const [int = '0', frac] = String(n).split('.');
  return groupThousands(int) + (frac ? `.${frac}` : '');
}

// ---- The scanner for the common formats ----

const NOT_SIMPLE = -1; // a sentinel: parsed values are never negative here (a sign goes the general way)
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * [¥ $ ₩ \] digits [,ddd]* [.digits] [% K M B 万 만 千 천 億 억] [円 원 人 명],
 * with spaces around, at most 15 significant digits. Anything else (and every
 * refusal, so the general path words it) returns NOT_SIMPLE.
 */
function scan(s: string, kind: NumberKind, opts: ParseOptions | undefined): number | null {
  const len = s.length;
  if (len > MAX_TEXT) return NOT_SIMPLE;
  let i = 0;
  while (i < len && s.charCodeAt(i) === 0x20) i++;
  if (i === len) return null; // "" or spaces: blank
  let marker = '';
  let c = s.charCodeAt(i);
  if (c === 0x24 || c === 0xa5 || c === 0x20a9 || c === 0x5c || c === 0xffe5 || c === 0xffe6) {
    if (kind === 'count' || kind === 'rate') return NOT_SIMPLE;
    marker = c === 0xffe5 ? '¥' : c === 0xffe6 ? '₩' : s[i]!; // full-width ￥ ￦ as NFKC reads them
    i++;
    while (i < len && s.charCodeAt(i) === 0x20) i++;
  }
  // Digits, with commas only as thousands separators.
  let m = 0;
  let digits = 0; // significant digits in m (leading zeros not counted)
  let frac = 0;
  let group = 0; // digits since the last comma, or -1 before any comma
  let firstGroup = 0;
  let commas = 0;
  let start = i;
  for (; i < len; i++) {
    c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      m = m * 10 + (c - 0x30);
      if (m !== 0) digits++;
      group++;
    } else if (c === 0x2c) {
      if (commas === 0) firstGroup = group;
      else if (group !== 3) return NOT_SIMPLE;
      commas++;
      group = 0;
    } else break;
  }
  if (i === start) return NOT_SIMPLE;
  if (commas > 0 && (group !== 3 || firstGroup < 1 || firstGroup > 3)) return NOT_SIMPLE;
  if (i < len && c === 0x2e) {
    i++;
    start = i;
    for (; i < len; i++) {
      c = s.charCodeAt(i);
      if (c < 0x30 || c > 0x39) break;
      m = m * 10 + (c - 0x30);
      if (m !== 0) digits++;
      frac++;
    }
    if (i === start) return NOT_SIMPLE;
  }
  if (digits > 15) return NOT_SIMPLE;
  while (i < len && s.charCodeAt(i) === 0x20) i++;
  // One multiplier or percent, then one currency or people word.
  let pow = 0;
  let percent = false;
  let people = false;
  if (i < len) {
    c = s.charCodeAt(i);
    if (c === 0x25) percent = true;
    else if (c === 0x6b || c === 0x4b) pow = 3;
    else if (c === 0x6d || c === 0x4d) pow = 6;
    else if (c === 0x62 || c === 0x42) pow = 9;
    else if (c === 0x4e07 || c === 0xb9cc)
      pow = 4; // 万 만
    else if (c === 0x5343 || c === 0xcc9c)
      pow = 3; // 千 천
    else if (c === 0x5104 || c === 0xc5b5) pow = 8; // 億 억
    if (percent || pow > 0) {
      i++;
      // "15 k" is fine, but "1mm", "1bn", "2k5" go the general way.
      if (pow > 0 && i < len && s.charCodeAt(i) !== 0x20 && !isUnitWord(s.charCodeAt(i))) return NOT_SIMPLE;
      while (i < len && s.charCodeAt(i) === 0x20) i++;
    }
  }
  if (i < len && !percent) {
    c = s.charCodeAt(i);
    if (c === 0x5186 || c === 0xc6d0) {
      // 円 원
      if (marker !== '' || kind === 'count' || kind === 'rate') return NOT_SIMPLE;
      marker = s[i]!;
    } else if (c === 0x4eba || c === 0xba85) {
      // 人 명
      if (kind === 'money' || kind === 'rate') return NOT_SIMPLE;
      people = true;
    } else return NOT_SIMPLE;
    i++;
    while (i < len && s.charCodeAt(i) === 0x20) i++;
  }
  if (i < len) return NOT_SIMPLE;
  if (percent && (kind === 'count' || kind === 'money' || marker !== '')) return NOT_SIMPLE;
  if (people && marker !== '') return NOT_SIMPLE;

  let e = pow - frac;
  if (percent) e -= 2;
  let n: number;
  if (e >= 0) n = m * POW10[e]!;
  else if (-e <= 22) n = m / POW10[-e]!;
  else return NOT_SIMPLE;
  if (marker !== '' && kind === 'money') {
    const code = currencyOf(marker, opts, s);
    if (opts) opts.found = code;
  }
  if (opts && percent) opts.percent = true;
  return n === 0 ? 0 : n;
}

// 円 원 人 명 may follow a multiplier without a space: "30万円", "12万人".
function isUnitWord(c: number): boolean {
  return c === 0x5186 || c === 0xc6d0 || c === 0x4eba || c === 0xba85;
}

// ---- ER: one rule everywhere ----

const ER_OPTS: ParseOptions = {};

/**
 * An engagement rate: a fraction (0.041) or a percent ("4.1%"). A plain number
 * of 1 or more is refused (is 4.1 meant as 4.1% or 410%? and 1 as 1% or
 * 100%?), unless the whole column is known to be in percent points, where
 * plain numbers are percent (4.1 = 4.1%). An ER above 100% is refused.
 */
export function parseEr(value: unknown, percentPoints = false): number | null {
  let n = parseNumber(value, 'rate', ER_OPTS);
  if (n === null) return null;
  if (!ER_OPTS.percent) {
    if (percentPoints) n = Number((n / 100).toPrecision(15));
    else if (n >= 1) throw new InputError('erPlainNumber', { value: show(value) });
  }
  if (n > 1) throw new InputError('erAbove100', { value: show(value) });
  return n;
}

/** True when the value is blank the way Sheets passes blanks. */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

// Currency by spreadsheet locale, for number formats and messages.

export interface Currency {
  symbol: string;
  /** ISO 4217 code ('JPY', 'KRW', 'USD'…), '' when the locale names no region we know: what money values are checked against. */
  code: string;
  /** Sheets number format for whole amounts (fees, budget). */
  whole: string;
  /** Sheets number format for per-view amounts (CPV), which live below one unit. */
  perView: string;
}

const BY_REGION: Record<string, string> = {
  JP: 'JPY',
  KR: 'KRW',
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
  TW: 'TWD',
  GB: 'GBP',
  CN: 'CNY',
  IN: 'INR',
  DE: 'EUR',
  FR: 'EUR',
  IT: 'EUR',
  ES: 'EUR',
  NL: 'EUR',
  BE: 'EUR',
  AT: 'EUR',
  IE: 'EUR',
  FI: 'EUR',
  PT: 'EUR',
};
const BY_LANGUAGE: Record<string, string> = { ja: 'JPY', ko: 'KRW' };
const SYMBOLS: Record<string, string> = {
  JPY: '¥',
  KRW: '₩',
  USD: '$',
  CAD: '$',
  AUD: '$',
  NZD: '$',
  SGD: '$',
  HKD: '$',
  TWD: '$',
  GBP: '£',
  CNY: '¥',
  INR: '₹',
  EUR: '€',
};

/** "ja_JP" → ¥, "ko_KR" → ₩, "en_US" → $; unknown → no symbol. */
export function currencyOf(localeTag: string): Currency {
  const [lang = '', region = ''] = localeTag.split(/[-_]/);
  const code = BY_REGION[region.toUpperCase()] ?? BY_LANGUAGE[lang.toLowerCase()] ?? '';
  const symbol = SYMBOLS[code] ?? '';
  const q = symbol ? `"${symbol}"` : '';
  return { symbol, code, whole: `${q}#,##0`, perView: `${q}#,##0.00` };
}

/** "1234567" → "1,234,567": the digits of a whole number, grouped as every locale here writes them. */
export function groupThousands(digits: string): string {
  // most amounts in a big output are CPVs under ¥1,000: no grouping to do
  return digits.length > 3 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : digits;
}

const POW10 = [1, 10, 100, 1000, 10000];

/**
 * x ≥ 0 in units of 10^−digits, rounded as toFixed rounds it, where integer arithmetic says so for sure;
 * −1 near a tie (…5 at the cut: the binary value, not x × 10ⁿ, decides) or where float error reaches the cut.
 * Also a key for texts shared by amounts that print the same.
 */
export function fixedUnits(x: number, digits: number): number {
  const f = POW10[digits];
  if (f === undefined || !(x * f < 1e9)) return -1;
  const scaled = x * f;
  const r = Math.round(scaled);
  return Math.abs(scaled - r) > 0.4999 ? -1 : r;
}

/** x.toFixed(digits) for x ≥ 0: V8's toFixed is most of the cost of a big output's 200,000 "¥2.35 > ¥2.00" details. */
export function toFixed(x: number, digits: number): string {
  const r = fixedUnits(x, digits);
  if (r < 0) return x.toFixed(digits);
  if (digits === 0) return String(r);
  const f = POW10[digits]!;
  const int = Math.floor(r / f);
  const frac = String(r - int * f);
  return `${int}.${'0000'.slice(0, digits - frac.length)}${frac}`;
}

/** 1234567.8 → "¥1,234,568" (whole) or "¥1.50" (digits = 2). */
export function formatMoney(amount: number, currency: Currency, digits = 0): string {
  const fixed = toFixed(Math.abs(amount), digits);
  const dot = fixed.indexOf('.');
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  return `${amount < 0 ? '-' : ''}${currency.symbol}${groupThousands(int)}${dot < 0 ? '' : fixed.slice(dot)}`;
}

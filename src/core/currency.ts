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

/** 1234567.8 → "¥1,234,568" (whole) or "¥1.50" (digits = 2). */
/** "1234567" → "1,234,567": the digits of a whole number, grouped as every locale here writes them. */
export function groupThousands(digits: string): string {
  // most amounts in a big output are CPVs under ¥1,000: no grouping to do
  return digits.length > 3 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : digits;
}

export function formatMoney(amount: number, currency: Currency, digits = 0): string {
  const fixed = Math.abs(amount).toFixed(digits);
  const dot = fixed.indexOf('.');
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  return `${amount < 0 ? '-' : ''}${currency.symbol}${groupThousands(int)}${dot < 0 ? '' : fixed.slice(dot)}`;
}

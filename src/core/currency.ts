// Currency by spreadsheet locale, for number formats and messages.

export interface Currency {
  symbol: string;
  /** Sheets number format for whole amounts (fees, budget). */
  whole: string;
  /** Sheets number format for per-view amounts (CPV), which live below one unit. */
  perView: string;
}

const BY_REGION: Record<string, string> = {
  JP: '¥', KR: '₩', US: '$', CA: '$', AU: '$', NZ: '$', SG: '$', HK: '$', TW: '$', GB: '£', CN: '¥', IN: '₹',
  DE: '€', FR: '€', IT: '€', ES: '€', NL: '€', BE: '€', AT: '€', IE: '€', FI: '€', PT: '€',
};
const BY_LANGUAGE: Record<string, string> = { ja: '¥', ko: '₩' };

/** "ja_JP" → ¥, "ko_KR" → ₩, "en_US" → $; unknown → no symbol. */
export function currencyOf(localeTag: string): Currency {
  const [lang = '', region = ''] = localeTag.split(/[-_]/);
  const symbol = BY_REGION[region.toUpperCase()] ?? BY_LANGUAGE[lang.toLowerCase()] ?? '';
  const q = symbol ? `"${symbol}"` : '';
  return { symbol, whole: `${q}#,##0`, perView: `${q}#,##0.00` };
}

/** 1234567.8 → "¥1,234,568" (whole) or "¥1.50" (digits = 2). */
export function formatMoney(amount: number, currency: Currency, digits = 0): string {
  const fixed = Math.abs(amount).toFixed(digits);
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 ? '-' : ''}${currency.symbol}${grouped}${frac ? `.${frac}` : ''}`;
}

// A small reader for what marketers type into the sidebar ("¥2", "100万",
// "1.2M", "3,000円", "2%"), for the live preview only. The server reads the
// same text again with its own parser (src/core/parse.ts) and is the
// authority: this one only has to be right for what people usually type.

export type InputKind = 'money' | 'count' | 'percent';

const MULT: Record<string, number> = {
  億: 1e8, 万: 1e4, 千: 1e3, 억: 1e8, 만: 1e4, 천: 1e3, k: 1e3, m: 1e6, b: 1e9,
};
const GROUP = /^(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(億|万|千|억|만|천|k|m|b)?/i;

/**
 * Reads typed text as a number. Blank → null; unreadable → NaN.
 * 'percent' fields are in percent points with or without the sign: "2" and
 * "2%" are both 0.02. A '%' in a money or count field is unreadable.
 */
export function readNumber(text: string, kind: InputKind): number | null {
  let s = text.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, '').toLowerCase();
  if (s === '') return null;
  s = s.replace(/^(約|약|~|〜)/, '');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (percent && kind !== 'percent') return NaN;
  if (kind === 'money') {
    s = s.replace(/^(us\$|jpy|krw|usd|[¥$₩€£])/, '').replace(/(円|원|yen|won|jpy|krw|usd)$/, '');
  } else if (kind === 'count') {
    s = s.replace(/(人|名|명|回|件|개)$/, '');
  }
  s = s.replace(/\+$/, '');
  if (s === '' || s.startsWith('-')) return NaN;

  // Groups like "1億2000万" or "1만5천": multipliers strictly decreasing.
  let total = 0;
  let last = Infinity;
  while (s.length > 0) {
    const m = GROUP.exec(s);
    if (!m || m[0] === '' || (m[1] === undefined && m[2] === undefined)) return NaN;
    const mult = m[3] ? MULT[m[3].toLowerCase()]! : 1;
    if (mult >= last) return NaN;
    total += Number(`${(m[1] ?? '0').replace(/,/g, '')}${m[2] ?? ''}`) * mult;
    last = mult;
    s = s.slice(m[0].length);
    if (mult === 1 && s.length > 0) return NaN;
  }
  if (!Number.isFinite(total)) return NaN;
  return kind === 'percent' ? total / 100 : total;
}

/** A fraction as percent-point text for an input: 0.3 → "30", 0.015 → "1.5". */
export function percentText(fraction: number): string {
  return String(Number((fraction * 100).toPrecision(12)));
}

/** Text typed in a percent field, for the server's rate parser: "30" → "30%", "30%" stays. */
export function asPercent(text: string): string {
  const s = text.trim();
  return /[%％]$/.test(s) ? s : `${s}%`;
}

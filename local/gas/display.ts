// getDisplayValues: a small subset of Sheets number formats, enough for the
// formats the add-on sets ("0.00%", "#,##0", "¥#,##0", "yyyy-mm-dd", "0.0x").

import { isDate } from './realm';
import { gasText } from './values';

/** Splits a format into sections on ';' outside quotes. */
function sections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of fmt) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The format with quoted text and escapes replaced by spaces: for finding tokens. */
function unquoted(fmt: string): string {
  return fmt.replace(/"[^"]*"/g, (m) => ' '.repeat(m.length)).replace(/\\./g, '  ');
}

export function isDateFormat(fmt: string): boolean {
  return /[ydhs]|mmm|am\/pm/i.test(unquoted(fmt).replace(/\[[^\]]*\]/g, ''));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Sheets date patterns: m/mm is the month unless it follows h or precedes s. */
export function formatDateSheets(d: Date, fmt: string): string {
  const tokens = /"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|./gi;
  const parts = fmt.match(tokens) ?? [];
  const ampm = parts.some((t) => t.toLowerCase() === 'am/pm');
  let out = '';
  let lastWasHour = false;
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i]!;
    const lower = t.toLowerCase();
    const nextTime =
      parts
        .slice(i + 1)
        .find((p) => /^[a-z]/i.test(p))
        ?.toLowerCase() ?? '';
    const minute = lower.startsWith('m') && lower.length <= 2 && (lastWasHour || nextTime.startsWith('s'));
    const hours = ampm ? d.getHours() % 12 || 12 : d.getHours();
    switch (minute ? `min${lower.length}` : lower) {
      case 'yyyy':
        out += d.getFullYear();
        break;
      case 'yy':
        out += pad(d.getFullYear() % 100);
        break;
      case 'mmmm':
        out += MONTHS[d.getMonth()];
        break;
      case 'mmm':
        out += MONTHS[d.getMonth()]!.slice(0, 3);
        break;
      case 'mm':
        out += pad(d.getMonth() + 1);
        break;
      case 'm':
        out += d.getMonth() + 1;
        break;
      case 'min2':
        out += pad(d.getMinutes());
        break;
      case 'min1':
        out += d.getMinutes();
        break;
      case 'dddd':
        out += DAYS[d.getDay()];
        break;
      case 'ddd':
        out += DAYS[d.getDay()]!.slice(0, 3);
        break;
      case 'dd':
        out += pad(d.getDate());
        break;
      case 'd':
        out += d.getDate();
        break;
      case 'hh':
        out += pad(hours);
        break;
      case 'h':
        out += hours;
        break;
      case 'ss':
        out += pad(d.getSeconds());
        break;
      case 's':
        out += d.getSeconds();
        break;
      case 'am/pm':
        out += d.getHours() < 12 ? 'AM' : 'PM';
        break;
      default:
        out += t.startsWith('"') ? t.slice(1, -1) : t.startsWith('\\') ? t.slice(1) : t;
    }
    if (/^[a-z]/i.test(t)) lastWasHour = lower.startsWith('h');
  }
  return out;
}

/** Number patterns: literals, 0/#/? digits, ',' grouping, '.', '%'. */
export function formatNumberSheets(n: number, fmt: string): string {
  const secs = sections(fmt);
  let sec = secs[0]!;
  let sign = n < 0 ? '-' : '';
  if (n < 0 && secs.length > 1) {
    sec = secs[1]!;
    sign = '';
  } else if (n === 0 && secs.length > 2) sec = secs[2]!;
  if (sec.trim() === '@') return String(n);
  const bare = unquoted(sec);
  const start = bare.search(/[0#?]/);
  if (start < 0) return sec.replace(/"([^"]*)"/g, '$1');
  let end = start;
  while (end < bare.length && /[0#?,.]/.test(bare[end]!)) end++;
  const pattern = bare.slice(start, end);
  const literal = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const prefix = literal(sec.slice(0, start));
  const suffix = literal(sec.slice(end));
  let v = Math.abs(n);
  if (bare.includes('%')) v *= 100;
  const [intPat = '', fracPat = ''] = pattern.split('.');
  const maxFrac = (fracPat.match(/[0#?]/g) ?? []).length;
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  const minInt = (intPat.match(/0/g) ?? []).length;
  let [intStr = '0', fracStr = ''] = v.toFixed(maxFrac).split('.');
  while (fracStr.length > minFrac && fracStr.endsWith('0')) fracStr = fracStr.slice(0, -1);
  intStr = intStr.replace(/^0+/, '').padStart(minInt, '0');
  if (intPat.includes(',')) intStr = intStr.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const num = fracStr ? `${intStr}.${fracStr}` : intStr;
  return `${sign}${prefix}${num}${suffix}`;
}

/** Sheets' automatic format: up to 10 significant digits, no trailing zeros. */
export function formatGeneral(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const a = Math.abs(n);
  if (a !== 0 && (a >= 1e15 || a < 1e-9)) return n.toExponential(2).toUpperCase();
  return String(Number(n.toPrecision(10)));
}

function defaultDateFormat(locale: string, d: Date): string {
  const asia = /^(ja|ko|zh)/i.test(locale);
  const date = asia ? 'yyyy/mm/dd' : /^en_us$/i.test(locale) || locale === 'en' ? 'm/d/yyyy' : 'dd/mm/yyyy';
  const hasTime = d.getHours() !== 0 || d.getMinutes() !== 0 || d.getSeconds() !== 0;
  const onlyTime = d.getFullYear() === 1899 && d.getMonth() === 11 && d.getDate() === 30;
  if (onlyTime) return 'h:mm:ss';
  return hasTime ? `${date} h:mm:ss` : date;
}

/**
 * The text Sheets shows for a value. fmt is the cell's explicit number format
 * (undefined when automatic); typed is the format implied by how a number was
 * entered ("3.2%" → "0.00%").
 */
export function displayValue(v: unknown, fmt: string | undefined, typed: string | undefined, locale: string): string {
  if (v === '' || v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const f = fmt && fmt !== 'General' ? fmt : typed;
  if (isDate(v)) return formatDateSheets(v, f && isDateFormat(f) ? f : defaultDateFormat(locale, v));
  if (typeof v === 'number') {
    if (!f) return formatGeneral(v);
    if (isDateFormat(f)) {
      const days = Math.floor(v);
      return formatDateSheets(new Date(1899, 11, 30 + days, 0, 0, 0, Math.round((v - days) * 86_400_000)), f);
    }
    return formatNumberSheets(v, f);
  }
  return gasText(v);
}

/** Text width in px, roughly, as Sheets draws it: wide (CJK, Hangul, full-width, emoji) characters count double. */
export function textPx(s: string): number {
  let w = 0;
  let n = 0;
  for (const ch of s) {
    if (++n > 60) break;
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f000 && c <= 0x1faff);
    w += wide ? 13 : 7;
  }
  return w;
}

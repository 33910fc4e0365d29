// Cell values crossing between Apps Script's shapes and HyperFormula's.

import { DetailedCellError } from 'hyperformula';
import type { RawCellContent } from 'hyperformula';
import { Realm, isDate } from './realm';

/** What getValues shows for an error, by HyperFormula error type (spill and cycle are #REF! in Sheets). */
export const ERROR_TEXT: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!',
  NAME: '#NAME?',
  VALUE: '#VALUE!',
  NUM: '#NUM!',
  NA: '#N/A',
  CYCLE: '#REF!',
  REF: '#REF!',
  SPILL: '#REF!',
  ERROR: '#ERROR!',
  LIC: '#ERROR!',
};

/**
 * The text of any value the add-on hands the fake where Apps Script wants text:
 * String(v), as Apps Script converts it (an object is "[object Object]" there too).
 */
export function gasText(v: unknown): string {
  return String(v);
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** A serial day number (0 = 1899-12-30, as in Sheets) as a Date at local time. */
export function serialToDate(serial: number, realm: Realm): Date {
  const days = Math.floor(serial);
  const ms = Math.round((serial - days) * DAY_MS);
  return new realm.Date(1899, 11, 30 + days, 0, 0, 0, ms);
}

export function dateToSerial(d: Date): number {
  const day = (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - EPOCH) / DAY_MS;
  const ms = ((d.getHours() * 60 + d.getMinutes()) * 60 + d.getSeconds()) * 1000 + d.getMilliseconds();
  return day + ms / DAY_MS;
}

export const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

/** One computed cell as getValues returns it: '' for blank, error text, Date for date-typed numbers. */
export function gasValue(v: unknown, detailedType: () => string, realm: Realm): unknown {
  if (v === null || v === undefined) return '';
  if (v instanceof DetailedCellError) return ERROR_TEXT[v.type] ?? v.value;
  if (typeof v === 'number') {
    const t = detailedType();
    if (DATE_TYPES.has(t)) return serialToDate(v, realm);
    if (t === 'NUMBER_PERCENT') return typedPercent(v);
  }
  return v;
}

/**
 * HyperFormula reads "1.1%" as 1.1 / 100 = 0.011000000000000001; Sheets reads
 * the decimal 0.011. Rounding to 15 digits gives the decimal back.
 */
export function typedPercent(v: number): number {
  return Number(v.toPrecision(15));
}

/**
 * A value written by setValues, as cell content. '=' starts a formula and a
 * leading apostrophe forces text: HyperFormula reads both like Sheets. Digit
 * grouping ("1,234", "$1,234.50", "12,5%") it does not read, so that is done here.
 */
export function rawContent(v: unknown, currency: readonly string[]): RawCellContent {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (isDate(v)) return new Date(v.getTime()); // HyperFormula tests `instanceof Date` of its own realm
  if (typeof v !== 'string') return gasText(v);
  if (v.startsWith('=') || v.startsWith("'")) return v;
  return groupedNumber(v, currency) ?? v;
}

function groupedNumber(s: string, currency: readonly string[]): number | undefined {
  const m = /^\s*([+-]?)([^\d\s,.+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?\s*(%?)\s*$/.exec(s);
  if (!m) return undefined;
  const [, sign, sym, int, frac = '', pct] = m;
  if (sym && !currency.includes(sym)) return undefined;
  if (sym && pct) return undefined;
  const n = Number(`${sign}${int!.replace(/,/g, '')}${frac}`);
  return pct ? n / 100 : n;
}

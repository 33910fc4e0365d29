// The results sheet the add-on makes from a shortlist: the plan on the left
// (protected with a warning), empty inputs on the right for the actuals.
// A rerun adds the creators that are missing and leaves every row already
// there (and every value typed into it) as it is.

import { Currency } from '../currency';
import { cellText } from '../grid';
import { evalWord, Locale, ROLE_NAMES } from '../i18n';
import { RESULT_FIELDS } from '../roster/headers';
import { asText } from '../shortlist/layout';
import type { ShortlistRow } from '../shortlist/read-layout';
import { creatorKey } from './read';

/** The results sheet's columns, in the order of the one alias table's result fields. */
export const RESULT_COLUMNS = RESULT_FIELDS;
export const RESULTS_WIDTH = RESULT_COLUMNS.length;
/** Columns 1..PLAN_COLUMNS are the plan (protected); the rest are typed by the user. */
export const PLAN_COLUMNS = 7;
/** 1-based columns by what they hold, for formats and validation. */
export const POSTED_COLUMN = RESULT_COLUMNS.indexOf('posted') + 1;
export const NUMBER_INPUTS: readonly number[] = (
  ['actualViews', 'clicks', 'orders', 'revenue', 'actualFee', 'saves', 'shares'] as const
).map((f) => RESULT_COLUMNS.indexOf(f) + 1);
export const RATE_COLUMN = RESULT_COLUMNS.indexOf('intent') + 1;

export function resultsHeader(locale: Locale): string[] {
  return RESULT_COLUMNS.map((f) => evalWord(f, locale));
}

/** One number format per column. */
export function resultsFormats(currency: Currency): string[] {
  const f: Record<(typeof RESULT_COLUMNS)[number], string> = {
    creatorKey: '@',
    handle: '@',
    platform: '@',
    role: '@',
    plannedFee: currency.whole,
    plannedViews: '#,##0',
    plannedCpv: currency.perView,
    posted: '@',
    actualViews: '#,##0',
    clicks: '#,##0',
    orders: '#,##0',
    revenue: currency.whole,
    actualFee: currency.whole,
    saves: '#,##0',
    shares: '#,##0',
    intent: '0.0%',
  };
  return RESULT_COLUMNS.map((c) => f[c]);
}

/** Keys of the creators already on an existing results sheet (column A below the header). */
export function existingKeys(values: readonly (readonly unknown[])[]): Set<string> {
  const keys = new Set<string>();
  for (const line of values.slice(1)) {
    const k = cellText(line[0]).trim();
    if (k) keys.add(k);
  }
  return keys;
}

/** Rows for the shortlist's creators not yet on the sheet, in shortlist order; inputs blank. */
export function newResultRows(chosen: readonly ShortlistRow[], have: ReadonlySet<string>, locale: Locale): (string | number)[][] {
  const out: (string | number)[][] = [];
  const seen = new Set(have);
  for (const c of chosen) {
    const key = creatorKey(c.handle, c.platform);
    if (seen.has(key)) continue;
    seen.add(key);
    const row: (string | number)[] = [
      asText(key),
      asText(c.handle),
      asText(c.platform),
      ROLE_NAMES[c.role][locale],
      c.fee ?? '',
      c.views ?? '',
      c.cpv ?? '',
    ];
    while (row.length < RESULTS_WIDTH) row.push('');
    out.push(row);
  }
  return out;
}

/** The last row with content (1-based), 0 for an empty sheet. */
export function lastFilledRow(values: readonly (readonly unknown[])[]): number {
  for (let r = values.length - 1; r >= 0; r--) if (values[r]!.some((v) => v !== '' && v !== null && v !== undefined)) return r + 1;
  return 0;
}

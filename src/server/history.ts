// The add-on's History sheet: one row per campaign and creator. Written by
// evaluateCampaign (one read, one write); read by the next shortlist.

import { Currency } from '../core/currency';
import { evalWord, Locale } from '../core/i18n';
import { HISTORY_COLUMNS, historyFormats, HistoryRow, historyValues, mergeHistory, parseHistory } from '../core/evaluate/history';
import { checkRoom, findOwn, growRows, markOwn, takenNames } from './own-sheets';
import { NEW_SHEET_CELLS } from '../core/sheet-limits';
import { freeSheetName } from '../core/share/sheet-name';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Past evaluations, oldest first; [] without a History sheet. One read. */
export function readHistory(ss: Spreadsheet): HistoryRow[] {
  const sheet = findOwn(ss, 'history')[0] ?? null;
  return sheet ? parseHistory(sheet.getDataRange().getValues()) : [];
}

/** Adds or updates this evaluation's rows (per campaign and creator); returns the History sheet's name. */
export function writeHistory(ss: Spreadsheet, incoming: readonly HistoryRow[], locale: Locale, currency: Currency): string {
  let sheet: Sheet | null = findOwn(ss, 'history')[0] ?? null;
  const raw = sheet ? sheet.getDataRange().getValues() : [];
  const before = parseHistory(raw);
  if (!sheet) {
    checkRoom(ss, NEW_SHEET_CELLS);
    sheet = ss.insertSheet(freeSheetName(evalWord('historySheet', locale), takenNames(ss)), ss.getSheets().length);
    markOwn(sheet, 'history');
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, HISTORY_COLUMNS.length).setFontWeight('bold');
    sheet.protect().setDescription(evalWord('historyProtected', locale)).setWarningOnly(true);
  }
  const rows = mergeHistory(before, incoming);
  const values = historyValues(rows, locale);
  // A row damaged by hand (no campaign, creator or verdict code) is not carried over: blank its old place rather than leave a stale copy.
  while (values.length < raw.length) values.push(HISTORY_COLUMNS.map(() => ''));
  growRows(sheet, values.length);
  // Merging never drops a row, so this block covers every row History had.
  const range = sheet.getRange(1, 1, values.length, HISTORY_COLUMNS.length);
  range.setValues(values);
  const f = historyFormats(currency);
  range.setNumberFormats(values.map((_, i) => (i === 0 ? f.map(() => '@') : f)));
  return sheet.getName();
}

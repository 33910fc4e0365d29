// Client snapshots and "freeze formulas": values only, so a client without
// the add-on sees numbers, not #NAME?; without the agency's columns (fee,
// CPV, margin); the source sheet is never changed.

import { InputError, SNAPSHOT_WORDS } from '../core/i18n';
import { findHeader, norm, ALIASES } from '../core/roster/headers';
import { asText } from '../core/shortlist/layout';
import { CUSTOM_FUNCTIONS } from '../functions/metadata';
import { withDocumentLock } from './lock';
import { userFacing } from './user-facing';
import { rememberSnapshot } from './store';
import type { FreezeRequest, FreezeResult, SnapshotContext, SnapshotRequest } from '../shared/api';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

// Columns a client should not see unless the agency says otherwise.
const PRIVATE_ALIASES = [...ALIASES.fee.map((a) => a.replace(/^=/, '')), 'cpv', '単価cpv', 'margin', '利益率', '粗利', '마진', '이익률', 'profit'];

/**
 * The columns to hide, by header text. A header that names two columns is
 * refused: hiding the first and leaking the second is the worst outcome.
 */
function hiddenColumns(headers: readonly string[], hide: readonly string[], sheet: string): Set<number> {
  const out = new Set<number>();
  for (const h of hide) {
    const exact = headers.flatMap((x, i) => (x.trim() === h.trim() ? [i] : []));
    const loose = exact.length > 0 ? exact : headers.flatMap((x, i) => (norm(x) !== '' && norm(x) === norm(h) ? [i] : []));
    if (loose.length === 0) throw new InputError('hideColumnNotFound', { header: h, name: sheet });
    if (loose.length > 1) throw new InputError('hideColumnAmbiguous', { header: h, name: sheet, count: loose.length });
    out.add(loose[0]!);
  }
  return out;
}

function headerRowOf(values: unknown[][]): { row: number; headers: string[] } {
  const found = findHeader(values);
  if (found) return { row: found.row, headers: found.headers };
  return { row: 0, headers: (values[0] ?? []).map((h) => String(h ?? '').trim()) };
}

export function getSnapshotContext(sheetName?: string): SnapshotContext {
  return userFacing('getSnapshotContext', (locale) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheets = ss.getSheets().map((s) => s.getName());
    const name = typeof sheetName === 'string' && sheets.includes(sheetName) ? sheetName : ss.getActiveSheet().getName();
    const sheet = ss.getSheetByName(name);
    if (!sheet) return { locale, sheets, sheet: null, headers: [], suggestedHidden: [] };
    const { headers } = headerRowOf(sheet.getDataRange().getValues());
    const privateSet = new Set(PRIVATE_ALIASES);
    const suggestedHidden = headers.filter((h) => h !== '' && (privateSet.has(norm(h)) || /cpv|margin|利益|마진/i.test(h)));
    return { locale, sheets, sheet: name, headers, suggestedHidden };
  });
}

/** A cell as a value that stays what it is when written back: text stays text. */
function frozen(v: unknown): unknown {
  return typeof v === 'string' ? asText(v) : v;
}

function freeName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, base: string): string {
  if (!ss.getSheetByName(base)) return base;
  for (let i = 2; ; i++) if (!ss.getSheetByName(`${base} (${i})`)) return `${base} (${i})`;
}

export function createClientSnapshot(req: SnapshotRequest): { sheet: string } {
  return userFacing('createClientSnapshot', (locale) => {
    // Typed for the sidebar, checked here for any other caller.
    const r = (req ?? {}) as { sourceSheet?: unknown; hideColumns?: unknown; name?: unknown };
    if (typeof r.sourceSheet !== 'string' || r.sourceSheet.trim() === '') throw new InputError('snapshotNoSource', { name: String(r.sourceSheet ?? '') });
    const hide = Array.isArray(r.hideColumns) ? r.hideColumns.filter((h): h is string => typeof h === 'string') : [];
    return withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const src = ss.getSheetByName(r.sourceSheet as string);
      if (!src) throw new InputError('snapshotNoSource', { name: r.sourceSheet as string });
      // One batched read of each kind; the source is only read.
      const range = src.getDataRange();
      const values = range.getValues();
      const formats = range.getNumberFormats();
      const weights = range.getFontWeights();
      const backgrounds = range.getBackgrounds();

      const { headers } = headerRowOf(values);
      const hidden = hiddenColumns(headers, hide, src.getName());
      const keep = headers.length === 0 ? [] : [...Array(Math.max(headers.length, values[0]?.length ?? 0)).keys()].filter((c) => !hidden.has(c));
      const pick = <T>(grid: T[][], f: (x: T) => unknown = (x) => x) => grid.map((row) => keep.map((c) => f(row[c] as T)));

      const stamp = Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm');
      const base = typeof r.name === 'string' && r.name.trim() !== '' ? r.name.trim() : `${src.getName()} ${SNAPSHOT_WORDS.suffix[locale]} ${stamp}`;
      const name = freeName(ss, base.slice(0, 90));
      const out = ss.insertSheet(name, ss.getSheets().length);
      try {
        if (keep.length > 0 && values.length > 0) {
          const target = out.getRange(1, 1, values.length, keep.length);
          target.setValues(pick(values, frozen));
          target.setNumberFormats(pick(formats) as string[][]);
          target.setFontWeights(pick(weights) as GoogleAppsScript.Spreadsheet.FontWeight[][]);
          target.setBackgrounds(pick(backgrounds) as string[][]);
        }
        out.setFrozenRows(src.getFrozenRows());
        out.protect().setDescription(`${SNAPSHOT_WORDS.note[locale]} ${stamp}`).setWarningOnly(true);
      } catch (err) {
        ss.deleteSheet(out);
        throw err;
      }
      rememberSnapshot(name);
      return { sheet: name };
    });
  });
}

const ADDON_FORMULA = new RegExp(`\\b(${CUSTOM_FUNCTIONS.map((f) => f.name).join('|')})\\s*\\(`, 'i');

/**
 * Replaces the add-on's formulas in a range by their current values (the
 * sidebar asks for confirmation first). Only those cells, and the cells their
 * results spill into, are written: other formulas, their spill areas and
 * everything else stay untouched.
 */
export function freezeFormulas(req: FreezeRequest): FreezeResult {
  return userFacing('freezeFormulas', () => {
    const r = (req ?? {}) as { sheet?: unknown; range?: unknown };
    return withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheet: Sheet | null = typeof r.sheet === 'string' && r.sheet !== '' ? ss.getSheetByName(r.sheet) : ss.getActiveSheet();
      if (!sheet) throw new InputError('noSheet', { name: String(r.sheet) });
      let range: GoogleAppsScript.Spreadsheet.Range;
      try {
        range = typeof r.range === 'string' && r.range.trim() !== '' ? sheet.getRange(r.range.trim()) : sheet.getDataRange();
      } catch {
        throw new InputError('badRange', { range: String(r.range), name: sheet.getName() });
      }
      const formulas = range.getFormulas();
      const values = range.getValues();
      const runs = spillRuns(formulas);
      for (const run of runs) {
        const cells = values.slice(run.row, run.row + run.rows).map((line) => [frozen(line[run.col])]);
        range.offset(run.row, run.col, run.rows, 1).setValues(cells);
      }
      return { sheet: sheet.getName(), range: range.getA1Notation(), frozen: runs.length };
    });
  });
}

/**
 * Each add-on formula with the column of cells below it that its result may
 * spill into: down to the next formula in that column or the end of the range.
 * (Our functions spill one column per input column; wider spills keep their
 * first column's values only — see the README.)
 */
function spillRuns(formulas: string[][]): { row: number; col: number; rows: number }[] {
  const runs: { row: number; col: number; rows: number }[] = [];
  const width = formulas[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    for (let i = 0; i < formulas.length; i++) {
      const f = formulas[i]![c];
      if (!f || !ADDON_FORMULA.test(f)) continue;
      let end = i + 1;
      while (end < formulas.length && !formulas[end]![c]) end++;
      runs.push({ row: i, col: c, rows: end - i });
      i = end - 1;
    }
  }
  return runs;
}

// Client snapshots and "freeze formulas": values only, so a client without
// the add-on sees numbers, not #NAME?; without the agency's figures (fee,
// CPV, margin); the source sheet is never changed. The add-on's own sheets
// are shown from their structure, so a hidden figure goes everywhere it is
// carried; a person's own sheet loses the columns named by header.

import { InputError, Locale, format } from '../core/i18n';
import { asText } from '../core/shortlist/layout';
import { headerRowOf, hiddenColumns, hideList, suggestedHidden } from '../core/share/hide';
import { freeSheetName } from '../core/share/sheet-name';
import { cellText } from '../core/grid';
import { ClientView, Grids, Secret, Structure, clientView, matchesStructure, secretsOfHeader } from '../core/share/structure';
import { planFreeze } from '../core/share/freeze';
import { CUSTOM_FUNCTIONS } from '../functions/metadata';
import { withDocumentLock } from './lock';
import { userFacing } from './user-facing';
import { checkRoom, checkSheetName, ensureSize, markOwn, ownKind, ownStructure, takenNames } from './own-sheets';
import { NEW_SHEET_CELLS } from '../core/sheet-limits';
import type { FreezeRequest, FreezeResult, SnapshotContext, SnapshotRequest, SnapshotResult } from '../shared/api';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The structure to build a client view from: the add-on's own sheets that carry one. */
function structureOf(sheet: Sheet): Structure | null {
  const kind = ownKind(sheet);
  if (!kind || kind === 'snapshot') return null;
  const s = ownStructure(sheet);
  // A shortlist always carries its structure: without it (damaged), refuse rather than leak.
  if (!s && kind === 'shortlist') throw new InputError('snapshotOwnChanged', { name: sheet.getName() });
  return s;
}

export function getSnapshotContext(sheetName?: string): SnapshotContext {
  return userFacing('getSnapshotContext', (locale) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheets = ss.getSheets().map((s) => s.getName());
    const name = typeof sheetName === 'string' && sheets.includes(sheetName) ? sheetName : ss.getActiveSheet().getName();
    const sheet = ss.getSheetByName(name);
    if (!sheet) return { locale, sheets, sheet: null, headers: [], suggestedHidden: [], structured: false };
    const values = sheet.getDataRange().getValues();
    let structure: Structure | null = null;
    try {
      structure = structureOf(sheet);
    } catch (err) {
      // A damaged shortlist still opens the tab; creating its snapshot says why it cannot.
      if (!(err instanceof InputError)) throw err;
    }
    if (structure) {
      const first = structure.blocks.find((b) => !b.whole);
      const headers = first ? (values[first.row] ?? []).map((h) => cellText(h).trim()).filter((h) => h !== '') : [];
      const suggested = headers.filter((h) =>
        (secretsOfHeader(structure, values, h)?.secrets ?? []).some((x) => x === 'fee' || x === 'cpv' || x === 'margin'),
      );
      return { locale, sheets, sheet: name, headers, suggestedHidden: suggested, structured: true };
    }
    const { headers } = headerRowOf(values);
    return { locale, sheets, sheet: name, headers, suggestedHidden: suggestedHidden(headers), structured: false };
  });
}

/** A cell as a value that stays what it is when written back: text stays text. */
function frozen(v: unknown): unknown {
  return typeof v === 'string' ? asText(v) : v;
}

/** The view of an add-on sheet: each hidden header becomes the figures its column carries, or a plain column. */
function structuredView(s: Structure, g: Grids, hide: readonly string[], sheet: string): ClientView {
  if (!matchesStructure(s, g.values)) throw new InputError('snapshotOwnChanged', { name: sheet });
  const secrets: Secret[] = [];
  const plain: number[] = [];
  for (const h of hide) {
    const found = secretsOfHeader(s, g.values, h);
    if (!found) throw new InputError('hideColumnNotFound', { header: h, name: sheet });
    if (found.secrets.length > 0) secrets.push(...found.secrets);
    else plain.push(found.col);
  }
  return clientView(s, g, secrets, plain);
}

/** The view of a person's sheet: the named columns go, the rest is copied as it is. */
function plainView(g: Grids, hide: readonly string[], sheet: string): ClientView {
  const { headers } = headerRowOf(g.values);
  const hidden = hiddenColumns(headers, hide, sheet);
  const width = Math.max(headers.length, g.values[0]?.length ?? 0);
  const keep = [...Array(width).keys()].filter((c) => !hidden.has(c));
  const pick = <T>(grid: T[][]) => grid.map((row) => keep.map((c) => row[c] as T));
  const removed = [...hidden].sort((a, b) => a - b).map((c) => headers[c] ?? '');
  return { values: pick(g.values), formats: pick(g.formats), weights: pick(g.weights), backgrounds: pick(g.backgrounds), removed };
}

function snapshotName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, requested: unknown, source: string, locale: Locale): string {
  const taken = takenNames(ss);
  if (typeof requested === 'string' && requested.trim() !== '') {
    const name = requested.trim();
    checkSheetName(name);
    return freeSheetName(name, taken);
  }
  const stamp = Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'MM-dd HHmm');
  return freeSheetName(source, taken, ` ${format('snapshotWord', {}, locale)} ${stamp}`);
}

export function createClientSnapshot(req: SnapshotRequest): SnapshotResult {
  return userFacing('createClientSnapshot', (locale) => {
    // Typed for the sidebar, checked here for any other caller.
    const r = (req ?? {}) as { sourceSheet?: unknown; hideColumns?: unknown; name?: unknown };
    if (typeof r.sourceSheet !== 'string' || r.sourceSheet.trim() === '')
      throw new InputError('snapshotNoSource', { name: cellText(r.sourceSheet) });
    const hide = hideList(r.hideColumns);
    return withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const src = ss.getSheetByName(r.sourceSheet as string);
      if (!src) throw new InputError('snapshotNoSource', { name: r.sourceSheet as string });
      // One batched read of each kind; the source is only read.
      const range = src.getDataRange();
      const grids: Grids = {
        values: range.getValues(),
        formats: range.getNumberFormats(),
        weights: range.getFontWeights(),
        backgrounds: range.getBackgrounds(),
      };
      const structure = structureOf(src);
      const view = structure ? structuredView(structure, grids, hide, src.getName()) : plainView(grids, hide, src.getName());

      const name = snapshotName(ss, r.name, src.getName(), locale);
      const stamp = Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm');
      checkRoom(ss, Math.max(NEW_SHEET_CELLS, view.values.length * (view.values[0]?.length ?? 0)));
      const out = ss.insertSheet(name, ss.getSheets().length);
      try {
        markOwn(out, 'snapshot');
        const rows = view.values.length;
        const cols = view.values[0]?.length ?? 0;
        if (rows > 0 && cols > 0) {
          ensureSize(out, rows, cols, true);
          const target = out.getRange(1, 1, rows, cols);
          target.setValues(view.values.map((row) => row.map(frozen)));
          target.setNumberFormats(view.formats);
          target.setFontWeights(view.weights as GoogleAppsScript.Spreadsheet.FontWeight[][]);
          target.setBackgrounds(view.backgrounds);
        }
        out.setFrozenRows(Math.min(src.getFrozenRows(), Math.max(rows - 1, 0)));
        out
          .protect()
          .setDescription(`${format('snapshotNote', {}, locale)} ${stamp}`)
          .setWarningOnly(true);
      } catch (err) {
        ss.deleteSheet(out);
        throw err;
      }
      return { sheet: name, removed: view.removed };
    }, 'busySnapshot');
  });
}

const OUR_FUNCTIONS = CUSTOM_FUNCTIONS.map((f) => f.name);

/**
 * Replaces the add-on's formulas in a range by their current values (the
 * sidebar asks for confirmation first). Only those cells and the area their
 * results fill are written, in a few batched writes: other formulas, their
 * spill areas and everything else stay untouched.
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
      // Open-ended references ("C2:C") reach the sheet's last row.
      const plan = planFreeze(formulas, values, OUR_FUNCTIONS, sheet.getMaxRows());
      for (const w of plan.writes) {
        const cells = values.slice(w.row, w.row + w.rows).map((line) => line.slice(w.col, w.col + w.cols).map(frozen));
        range.offset(w.row, w.col, w.rows, w.cols).setValues(cells);
      }
      return { sheet: sheet.getName(), range: range.getA1Notation(), frozen: plan.frozen, skipped: plan.skipped };
    }, 'busyFreeze');
  });
}

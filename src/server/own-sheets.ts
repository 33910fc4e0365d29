// The add-on's own sheets, known by identity: developer metadata on the sheet
// (it follows a rename and goes with the sheet), never by name. A sheet
// without our mark is the user's: it is never deleted or overwritten.

import { InputError } from '../core/i18n';
import { grouped } from '../core/parse';
import { CELL_LIMIT } from '../core/sheet-limits';
import { parseStructure, Structure } from '../core/share/structure';
import { sheetNameProblem } from '../core/share/sheet-name';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the add-on writes. Add a kind here when a new feature writes a sheet. */
export const OWN_KINDS = ['shortlist', 'snapshot', 'results', 'evaluation', 'history', 'kpi'] as const;
export type OwnKind = (typeof OWN_KINDS)[number];

const KIND_KEY = 'influencer-roi.kind';
const STRUCTURE_KEY = 'influencer-roi.structure';

function visibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
  // PROJECT: only this add-on's script sees or finds it; other scripts cannot forge or strip our mark.
  return SpreadsheetApp.DeveloperMetadataVisibility.PROJECT;
}

/**
 * Marks a sheet as the add-on's, of a kind; with a structure when the sheet
 * carries confidential figures (the client snapshot builds its view from it).
 * Call it right after insertSheet, before writing.
 */
export function markOwn(sheet: Sheet, kind: OwnKind, structure?: Structure): void {
  for (const m of sheet.getDeveloperMetadata()) if (m.getKey() === KIND_KEY || m.getKey() === STRUCTURE_KEY) m.remove();
  sheet.addDeveloperMetadata(KIND_KEY, kind, visibility());
  if (structure) sheet.addDeveloperMetadata(STRUCTURE_KEY, JSON.stringify(structure), visibility());
}

function metaOf(sheet: Sheet): { kind: OwnKind | null; structure: string | null } {
  let kind: OwnKind | null = null;
  let structure: string | null = null;
  for (const m of sheet.getDeveloperMetadata()) {
    const v = m.getValue();
    if (m.getKey() === KIND_KEY && (OWN_KINDS as readonly string[]).includes(v ?? '')) kind = v as OwnKind;
    if (m.getKey() === STRUCTURE_KEY) structure = v;
  }
  return { kind, structure };
}

/** The kind of an add-on sheet, or null for the user's sheets. */
export function ownKind(sheet: Sheet): OwnKind | null {
  return metaOf(sheet).kind;
}

/** The structure stored with an add-on sheet, or null (none, or damaged). */
export function ownStructure(sheet: Sheet): Structure | null {
  const { kind, structure } = metaOf(sheet);
  if (!kind || structure === null) return null;
  try {
    return parseStructure(JSON.parse(structure));
  } catch {
    return null;
  }
}

/** The add-on's sheets, of one kind or of any, in tab order; one finder call whatever the number of sheets. */
export function findOwn(ss: Spreadsheet, kind?: OwnKind): Sheet[] {
  const ids = new Set<number>();
  for (const m of ss.createDeveloperMetadataFinder().withKey(KIND_KEY).find()) {
    if (kind !== undefined && m.getValue() !== kind) continue;
    if (kind === undefined && !(OWN_KINDS as readonly string[]).includes(m.getValue() ?? '')) continue;
    const sheet = m.getLocation().getSheet();
    if (sheet) ids.add(sheet.getSheetId());
  }
  return ss.getSheets().filter((s) => ids.has(s.getSheetId()));
}

/**
 * The sheet of this name regardless of letter case (Sheets keeps names unique
 * regardless of case), found by a scan so it does not rest on how getSheetByName compares.
 */
export function sheetNamed(ss: Spreadsheet, name: string): Sheet | null {
  const wanted = name.toLowerCase();
  return ss.getSheets().find((s) => s.getName().toLowerCase() === wanted) ?? null;
}

/** A test for names already taken, regardless of case, from one list of the sheets. */
export function takenNames(ss: Spreadsheet): (name: string) => boolean {
  const names = new Set(ss.getSheets().map((s) => s.getName().toLowerCase()));
  return (name) => names.has(name.toLowerCase());
}

/** Refuses a name that is not a valid sheet name in Sheets and in Excel (so a download keeps it). */
export function checkSheetName(name: string): void {
  const p = sheetNameProblem(name);
  if (!p) return;
  if (p.kind === 'tooLong') throw new InputError('sheetNameTooLong', { name, max: p.max });
  if (p.kind === 'badChar') throw new InputError('sheetNameBadChar', { name, char: p.char });
  throw new InputError('sheetNameEmpty');
}

/**
 * The existing sheet an output of this kind may replace, or null when the name
 * is free. A sheet of that name (in any letter case) that is not ours, or ours
 * of another kind (a snapshot is never replaced), is refused.
 */
export function replaceableSheet(ss: Spreadsheet, name: string, kind: OwnKind): Sheet | null {
  const old = sheetNamed(ss, name);
  if (!old) return null;
  if (ownKind(old) !== kind) throw new InputError('outputNotOurs', { name: old.getName() });
  return old;
}

/** Grows a sheet to at least rows × cols before writing (a new sheet is 1,000 × 26; writing outside throws). */
export function ensureSize(sheet: Sheet, rows: number, cols: number, exactCols = false): void {
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  // Columns first: a new sheet's 26 columns cut to what is written before the rows grow, so a big
  // output takes rows × its own width of the spreadsheet's cells, not rows × 26. The room for the
  // final size is the caller's check (checkRoom), made before the sheet was inserted.
  const finalCols = exactCols ? cols : Math.max(cols, maxCols);
  if (finalCols < maxCols) sheet.deleteColumns(finalCols + 1, maxCols - finalCols);
  // Always one row call (a spare row when the sheet is big enough), so the number of
  // writes never depends on the size: the shortlist's all-rows block can pass 1,000 rows.
  sheet.insertRowsAfter(maxRows, Math.max(1, rows - maxRows));
  if (finalCols > maxCols) sheet.insertColumnsAfter(maxCols, finalCols - maxCols);
}

/** Grows a sheet to at least `rows` rows (a no-op when it has them), within Sheets' cell limit. */
export function growRows(sheet: Sheet, rows: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows <= maxRows) return;
  checkRoom(sheet.getParent(), (rows - maxRows) * sheet.getMaxColumns());
  sheet.insertRowsAfter(maxRows, rows - maxRows);
}

export function cellsOf(sheet: Sheet): number {
  return sheet.getMaxRows() * sheet.getMaxColumns();
}

export interface CellUse {
  used: number;
  largest: Sheet | null;
}

/** Every sheet's rows × columns, and the largest sheet (one pass over the sheets). */
export function cellUse(ss: Spreadsheet): CellUse {
  let used = 0;
  let largest: Sheet | null = null;
  let largestCells = 0;
  for (const sh of ss.getSheets()) {
    const c = cellsOf(sh);
    used += c;
    if (c > largestCells) [largest, largestCells] = [sh, c];
  }
  return { used, largest };
}

/**
 * Refuses, before the write, growth that would take the spreadsheet past Sheets' cell limit (Sheets would
 * stop the write halfway with its own error): how many cells the output needs, how many are in use, and the
 * largest sheet, which is where room is usually found (a roster sheet's empty columns count in full).
 */
export function checkRoom(ss: Spreadsheet, adding: number, freeing = 0, use: CellUse = cellUse(ss)): void {
  if (adding <= 0) return;
  const { used, largest } = use;
  if (used - freeing + adding <= CELL_LIMIT) return;
  throw new InputError('cellLimit', {
    need: grouped(adding),
    used: grouped(used),
    limit: grouped(CELL_LIMIT),
    name: largest ? largest.getName() : '',
    rows: grouped(largest ? largest.getMaxRows() : 0),
    cols: largest ? largest.getMaxColumns() : 0,
  });
}

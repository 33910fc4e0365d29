// The state behind the fake services: a HyperFormula engine for cell contents
// and values, plus what HyperFormula does not keep (sheet order, formats,
// frozen rows, charts, protections). Sheets are found by name in the engine,
// because the engine renumbers its sheets when it is rebuilt.

import { CELL_LIMIT, NEW_SHEET_COLS, NEW_SHEET_ROWS } from '../../src/core/sheet-limits';
import { CellValueDetailedType } from 'hyperformula';
import type { HyperFormula, RawCellContent, SimpleCellAddress } from 'hyperformula';
import { Box, boxA1 } from './a1';
import type { FakeChart } from './charts';
import { Counters, countRead, countWrite, createCounters } from './counters';
import { buildEngine, currencySymbols, pluginGeneration } from './engine';
import { Realm, hostRealm, toRealmGrid } from './realm';
import type { FakeProtection } from './protection';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import { gasValue, rawContent } from './values';

/** What Apps Script reports for a cell whose format was never set. */
export const STYLE_DEFAULTS = {
  numberFormat: 'General',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontColor: '#000000',
  fontSize: 10,
  fontFamily: 'Arial',
  background: '#ffffff',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
  note: '',
  dataValidation: null,
} as const satisfies Record<string, unknown>;
export type StyleProp = keyof typeof STYLE_DEFAULTS;

export const DEFAULT_MAX_ROWS = NEW_SHEET_ROWS;
export const DEFAULT_MAX_COLS = NEW_SHEET_COLS;
export const DEFAULT_COLUMN_WIDTH = 100;

export class SheetState {
  /** Per format property, A1 of a cell → value; absent = the default. */
  readonly styles = new Map<StyleProp, Map<string, unknown>>();
  readonly charts: FakeChart[] = [];
  readonly protections: FakeProtection[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;
  deleted = false;
  /** The Sheet object handed out for this sheet (one per sheet, so === works). */
  api: FakeSheet | null = null;

  constructor(
    public name: string,
    readonly gid: number,
    public maxRows: number,
    public maxCols: number,
  ) {}

  style(prop: StyleProp): Map<string, unknown> {
    let m = this.styles.get(prop);
    if (!m) this.styles.set(prop, (m = new Map<string, unknown>()));
    return m;
  }
}

/** One developer metadata entry (see metadata.ts): on a sheet, or on the spreadsheet when sheet is null. */
export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  sheet: SheetState | null;
}

export interface WorkbookOptions {
  locale: string;
  timeZone: string;
  name: string;
  id: string;
}

export class Workbook {
  readonly counters: Counters = createCounters();
  /** Intrinsics of the context running the add-on (see realm.ts). */
  realm: Realm = hostRealm;
  /** Sheets in tab order. */
  readonly sheets: SheetState[] = [];
  active: SheetState;
  activeBox: Box | null = null;
  /** The Spreadsheet object, set by spreadsheet.ts. */
  spreadsheet: FakeSpreadsheet | null = null;
  readonly currency: string[];
  private engine: HyperFormula;
  private generation = pluginGeneration();
  private nextGid = 0;
  /** Developer metadata of the spreadsheet and its sheets (see metadata.ts). */
  readonly metadata: MetadataEntry[] = [];
  nextMetadataId = 1;

  constructor(
    data: Record<string, unknown[][]>,
    readonly opts: WorkbookOptions,
  ) {
    this.currency = currencySymbols(opts.locale);
    const names = Object.keys(data).length > 0 ? Object.keys(data) : ['Sheet1'];
    const contents: Record<string, RawCellContent[][]> = {};
    for (const name of names) contents[name] = (data[name] ?? []).map((r) => r.map((v) => rawContent(v, this.currency)));
    this.engine = buildEngine(contents, opts.locale);
    for (const name of names) {
      const rows = contents[name]!;
      const cols = rows.reduce((m, r) => Math.max(m, r.length), 0);
      this.sheets.push(new SheetState(name, this.nextGid++, Math.max(DEFAULT_MAX_ROWS, rows.length), Math.max(DEFAULT_MAX_COLS, cols)));
    }
    this.active = this.sheets[0]!;
  }

  /** The engine, rebuilt first if custom functions were registered since it was built. */
  get hf(): HyperFormula {
    const g = pluginGeneration();
    if (g !== this.generation) {
      this.generation = g;
      this.engine.rebuildAndRecalculate();
    }
    return this.engine;
  }

  // ---- accounting and realm ----

  read(what: string, s?: SheetState, box?: Box): void {
    countRead(this.counters, label(what, s, box));
  }

  write(what: string, s?: SheetState, box?: Box): void {
    countWrite(this.counters, label(what, s, box));
  }

  /** An Error of the add-on's realm, so `err instanceof Error` holds there. */
  error(message: string): Error {
    return new this.realm.Error(message);
  }

  grid<T>(rows: T[][]): T[][] {
    return toRealmGrid(this.realm, rows);
  }

  list<T>(items: T[]): T[] {
    return this.realm.Array === Array ? items : this.realm.Array.from(items);
  }

  // ---- sheets ----

  /** Sheet names are unique regardless of case, and Sheets finds a sheet by name regardless of case too. */
  sheetByName(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private nameTaken(name: string, except?: SheetState): boolean {
    return this.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
  }

  private checkNewName(name: string, except?: SheetState): void {
    if (this.nameTaken(name, except)) throw this.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (!name.trim()) throw this.error('Sheet names cannot be empty.');
  }

  /** Sheets' limit on cells per spreadsheet (every sheet's rows × columns): growth past it fails, with Sheets' words. */
  checkCells(adding: number): void {
    let used = 0;
    for (const s of this.sheets) used += s.maxRows * s.maxCols;
    if (used + adding > CELL_LIMIT)
      throw this.error(`This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`);
  }

  addSheet(name: string | undefined, index: number | undefined): SheetState {
    let n = this.sheets.length + 1;
    while (name === undefined && this.nameTaken(`Sheet${n}`)) n++;
    const finalName = name ?? `Sheet${n}`;
    this.checkNewName(finalName);
    this.checkCells(DEFAULT_MAX_ROWS * DEFAULT_MAX_COLS);
    this.hf.addSheet(finalName);
    const s = new SheetState(finalName, this.nextGid++, DEFAULT_MAX_ROWS, DEFAULT_MAX_COLS);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, s);
    return s;
  }

  removeSheet(s: SheetState): void {
    this.alive(s);
    if (this.sheets.length === 1) throw this.error("You can't remove all the sheets in a document.");
    this.hf.removeSheet(this.hfId(s));
    this.sheets.splice(this.sheets.indexOf(s), 1);
    s.deleted = true;
    // A sheet's developer metadata goes with it.
    for (let i = this.metadata.length - 1; i >= 0; i--) if (this.metadata[i]!.sheet === s) this.metadata.splice(i, 1);
    if (this.active === s) {
      this.active = this.sheets[0]!;
      this.activeBox = null;
    }
  }

  renameSheet(s: SheetState, name: string): void {
    this.alive(s);
    if (name === s.name) return;
    this.checkNewName(name, s);
    this.hf.renameSheet(this.hfId(s), name);
    s.name = name;
  }

  alive(s: SheetState): void {
    if (s.deleted) throw this.error(`The sheet "${s.name}" was deleted.`);
  }

  hfId(s: SheetState): number {
    this.alive(s);
    const id = this.hf.getSheetId(s.name);
    if (id === undefined) throw this.error(`Sheet ${s.name} not found`);
    return id;
  }

  // ---- cells ----

  private corner(s: SheetState, box: Box): SimpleCellAddress {
    return { sheet: this.hfId(s), row: box.row - 1, col: box.col - 1 };
  }

  private hfRange(s: SheetState, box: Box) {
    const start = this.corner(s, box);
    return { start, end: { sheet: start.sheet, row: start.row + box.numRows - 1, col: start.col + box.numCols - 1 } };
  }

  /** Computed values as getValues returns them (host-realm arrays; Dates of the add-on's realm). */
  values(s: SheetState, box: Box): unknown[][] {
    const hf = this.hf;
    const range = this.hfRange(s, box);
    const { sheet, row: r0, col: c0 } = range.start;
    return hf
      .getRangeValues(range)
      .map((row, r) => row.map((v, c) => gasValue(v, () => hf.getCellValueDetailedType({ sheet, row: r0 + r, col: c0 + c }), this.realm)));
  }

  /** The number format implied by how a number was typed ("3.2%", "$5"), for display. */
  typedFormat(s: SheetState, row: number, col: number): string | undefined {
    const addr = { sheet: this.hfId(s), row: row - 1, col: col - 1 };
    const t = this.hf.getCellValueDetailedType(addr);
    if (t === CellValueDetailedType.NUMBER_PERCENT) return '0.00%';
    if (t === CellValueDetailedType.NUMBER_CURRENCY) {
      const sym = String(this.hf.getCellValueFormat(addr) ?? this.currency[0] ?? '$');
      return ['¥', '￥', '₩'].includes(sym) ? `"${sym}"#,##0` : `"${sym}"#,##0.00`;
    }
    return undefined;
  }

  formulas(s: SheetState, box: Box): string[][] {
    return this.hf.getRangeFormulas(this.hfRange(s, box)).map((row) => row.map((f) => f ?? ''));
  }

  /** Writes values the way setValues does: '=' formulas, apostrophe text, typed parsing. */
  setContents(s: SheetState, box: Box, rows: readonly (readonly unknown[])[]): void {
    // Array.from, not .map: arrays from the add-on's realm would map to arrays of that realm,
    // and HyperFormula tells a 2-D write from a single value with `instanceof Array`.
    const content = Array.from(rows, (r) => Array.from(r, (v) => rawContent(v, this.currency)));
    this.hf.setCellContents(this.corner(s, box), content);
  }

  clearContents(s: SheetState, box: Box): void {
    const empty = Array.from({ length: box.numRows }, () => new Array<null>(box.numCols).fill(null));
    this.hf.setCellContents(this.corner(s, box), empty);
  }

  clearFormats(s: SheetState, box?: Box): void {
    for (const m of s.styles.values()) {
      if (!box) m.clear();
      else for (const key of [...m.keys()]) if (inBox(key, box)) m.delete(key);
    }
  }

  /** [last row, last column] holding content (a value, a formula or a spilled result); 0 when empty. */
  extent(s: SheetState): [number, number] {
    const id = this.hfId(s);
    const values = this.hf.getSheetValues(id);
    const raw = this.hf.getSheetSerialized(id);
    let lastRow = 0;
    let lastCol = 0;
    const scan = (rows: unknown[][]) =>
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === undefined) return;
          lastRow = Math.max(lastRow, r + 1);
          lastCol = Math.max(lastCol, c + 1);
        }),
      );
    scan(values);
    scan(raw);
    return [lastRow, lastCol];
  }
}

function label(what: string, s?: SheetState, box?: Box): string {
  if (!s) return what;
  return box ? `${what} ${s.name}!${boxA1(box)}` : `${what} ${s.name}`;
}

const CELL = /^([A-Z]+)(\d+)$/;

export function inBox(a1: string, box: Box): boolean {
  const m = CELL.exec(a1);
  if (!m) return false;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  return row >= box.row && row < box.row + box.numRows && col >= box.col && col < box.col + box.numCols;
}

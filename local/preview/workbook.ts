// Files ↔ the in-memory spreadsheet: a roster file (CSV/TSV or XLSX) read into
// sheets for createFakeSpreadsheet, and the live workbook exported back as
// XLSX sheets (formulas with their computed values, spilled ranges as array
// formulas, number formats, bold, frozen rows).

import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { CellValueDetailedType, DetailedCellError } from 'hyperformula';
import type { HyperFormula, SimpleCellAddress } from 'hyperformula';
import { cellText } from '../../src/core/grid';
import type { Fake } from '../gas';
import { ERROR_TEXT, typedPercent } from '../gas/values';
import { decodeText, parseCsv } from './csv';
import { sheetsFormulaToHf } from '../hf-plugin';
import { XCell, XFormula, XSheet, XValue, a1, isFormula, parseRange, readXlsx } from './xlsx';

export interface LoadedWorkbook {
  /** A title for the page and the download, e.g. the file name without extension. */
  title: string;
  sheets: XSheet[];
  /** What was read, for the console: "roster.csv (UTF-8 with BOM, 10,001 rows)". */
  description: string;
  /** csv: cells go in as typed (Sheets' import converts numbers and formulas); xlsx: text cells stay text. */
  kind: 'csv' | 'xlsx';
  /** What had to change to open the file without losing anything (a repeated sheet name), for the console. */
  notices?: string[];
}

/** A sheet name Sheets accepts, from a file name. */
function sheetNameFromFile(path: string): string {
  // Control characters (every code unit below U+0020, i.e. outside [ -\uffff]) become spaces.
  const base = basename(path, extname(path)).replace(/[^ -\uffff]/g, ' ').trim();
  return base.slice(0, 100) || 'Sheet1';
}

export function workbookFromCsv(bytes: Uint8Array, path: string, delimiter?: string): LoadedWorkbook {
  const { text, encoding, bom } = decodeText(bytes);
  const rows = parseCsv(text, delimiter ? { delimiter } : {});
  const name = sheetNameFromFile(path);
  const enc = encoding === 'utf-8' ? 'UTF-8' : encoding === 'shift_jis' ? 'Shift_JIS' : encoding.toUpperCase();
  return {
    title: name,
    sheets: [{ name, rows }],
    description: `${basename(path)} (${enc}${bom ? ' with BOM' : ''}, ${rows.length.toLocaleString('en-US')} rows)`,
    kind: 'csv',
  };
}

export function workbookFromXlsx(bytes: Uint8Array, path: string): LoadedWorkbook {
  const notices: string[] = [];
  const sheets = readXlsx(bytes, { notices });
  const list = sheets.map((s) => `${s.name} ${s.rows.length.toLocaleString('en-US')} rows`).join(', ');
  return { title: sheetNameFromFile(path), sheets, description: `${basename(path)} (${list})`, kind: 'xlsx', notices };
}

/** Reads a roster file: .xlsx/.xlsm by content, anything else as delimited text (.tsv: tabs). */
export function loadWorkbookFile(path: string): LoadedWorkbook {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new Error(code === 'ENOENT' ? `No such file: ${path}` : `Cannot read ${path}: ${(err as Error).message}`, { cause: err });
  }
  const ext = extname(path).toLowerCase();
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (ext === '.xls' && !zip) throw new Error(`${basename(path)} is an old binary .xls file: save it as .xlsx or CSV UTF-8.`);
  if (zip || ext === '.xlsx' || ext === '.xlsm') return workbookFromXlsx(bytes, path);
  return workbookFromCsv(bytes, path, ext === '.tsv' ? '\t' : undefined);
}

// ---- into the fake spreadsheet -----------------------------------------------------

export interface FakeInput {
  /**
   * Sheet name → rows, as setValues takes them ('=' formulas, "'" text). A
   * name that an object literal cannot hold as a key (`__proto__`) is under a
   * stand-in key, renamed after the spreadsheet is made (see `renames`).
   */
  sheets: Record<string, unknown[][]>;
  /** [stand-in key, real name]: setName after createFakeSpreadsheet. */
  renames: [string, string][];
  /** Text cells from an XLSX that Sheets' typing rules could turn into numbers: kept as text by fixTextCells. */
  textCells: { sheet: string; row: number; col: number; text: string }[];
  /** Formulas whose text HyperFormula reads differently (C2:C, TRUE): what the user wrote, for the formula bar. */
  typedFormulas: { sheet: string; row: number; col: number; typed: string }[];
}

const MAYBE_NOT_TEXT = /\d|^\s*(true|false)\s*$|^#/i;

/** Keys a plain object would not keep as its own (assigning `__proto__` sets the prototype instead). */
const UNSAFE_KEYS = new Set(['__proto__']);

/** Rows × columns of a new sheet in Sheets, and so of the stand-in. */
const SHEET_ROWS = 1000;
const SHEET_COLS = 26;

/**
 * Sheets for createFakeSpreadsheet. CSV cells go in as typed (Sheets' import
 * converts numbers, dates and formulas too); XLSX text stays text and the
 * cells an array formula's result covers are left for the formula to fill.
 */
export function fakeInput(wb: LoadedWorkbook): FakeInput {
  const fromXlsx = wb.kind === 'xlsx';
  const sheets: Record<string, unknown[][]> = Object.create(null) as Record<string, unknown[][]>;
  const renames: [string, string][] = [];
  const textCells: FakeInput['textCells'] = [];
  const typedFormulas: FakeInput['typedFormulas'] = [];
  const edges = new Map<string, { rows: number; cols: number }>();
  for (const sheet of wb.sheets) {
    const cols = sheet.rows.reduce((m, r) => Math.max(m, r?.length ?? 0), 0);
    edges.set(sheet.name.toLowerCase(), { rows: Math.max(SHEET_ROWS, sheet.rows.length), cols: Math.max(SHEET_COLS, cols) });
  }
  for (const sheet of wb.sheets) {
    const own = edges.get(sheet.name.toLowerCase())!;
    const edge = (name: string | null) => (name === null ? own : (edges.get(name.toLowerCase()) ?? { rows: SHEET_ROWS, cols: SHEET_COLS }));
    const formula = (text: string, r: number, c: number): string => {
      const hf = sheetsFormulaToHf(text, edge);
      if (hf !== text) typedFormulas.push({ sheet: sheet.name, row: r, col: c, typed: text });
      return hf;
    };
    const covered = new Set<string>();
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!isFormula(cell) || !cell.ref) return;
        const box = parseRange(cell.ref);
        if (box) for (let rr = box.r0; rr <= box.r1; rr++) for (let cc = box.c0; cc <= box.c1; cc++) if (rr !== r || cc !== c) covered.add(`${rr},${cc}`);
      }),
    );
    let key = sheet.name;
    if (UNSAFE_KEYS.has(key)) {
      key = `\u0000sheet ${renames.length + 1}`;
      renames.push([key, sheet.name]);
    }
    sheets[key] = Array.from(sheet.rows, (row, r) =>
      Array.from(row ?? [], (cell, c): unknown => {
        if (cell === undefined || cell === null) return null;
        if (isFormula(cell)) return formula(cell.formula, r, c);
        if (covered.has(`${r},${c}`)) return null;
        if (typeof cell === 'object') return cell.error;
        if (typeof cell === 'string' && cell.startsWith('=') && !fromXlsx) return formula(cell, r, c);
        if (typeof cell === 'string' && fromXlsx) {
          if (cell.startsWith('=') || cell.startsWith("'")) return `'${cell}`;
          if (MAYBE_NOT_TEXT.test(cell)) textCells.push({ sheet: sheet.name, row: r, col: c, text: cell });
        }
        return cell;
      }),
    );
  }
  return { sheets, renames, textCells, typedFormulas };
}

// ---- the workbook's currency ------------------------------------------------------------

/** Currency signs a roster's money carries, with the region whose spreadsheet locale uses it. */
const CURRENCY_REGION: [RegExp, string, string][] = [
  [/[¥￥]|円|JPY/, '¥', 'JP'],
  [/₩|원|KRW/, '₩', 'KR'],
  [/US\$|\$|USD/, '$', 'US'],
  [/€|EUR/, '€', 'DE'],
  [/£|GBP/, '£', 'GB'],
];

/** The region for a --currency value: JPY, ¥, yen… */
export function currencyRegion(text: string): string | null {
  const t = text.trim().toUpperCase();
  const words: Record<string, string> = { YEN: 'JP', WON: 'KR', DOLLAR: 'US', EURO: 'DE', POUND: 'GB' };
  if (words[t]) return words[t];
  for (const [re, , region] of CURRENCY_REGION) if (re.test(t)) return region;
  return null;
}

/**
 * The currency the roster's money is in, from the symbols its cells carry
 * (number formats like "¥"#,##0 and text like ¥150,000 or 30,000원): the
 * most frequent one, or null when none is seen.
 */
export function detectCurrency(wb: LoadedWorkbook): { symbol: string; region: string } | null {
  const counts = new Map<string, number>();
  const see = (text: string) => {
    for (const [re, symbol] of CURRENCY_REGION) {
      if (re.test(text)) {
        counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
        return;
      }
    }
  };
  const MONEY_TEXT = /^\s*(?:[¥￥₩$€£]\s*[\d.,]+|[\d.,]+\s*(?:円|원|万円|만원)|[\d.,]+\s*[万만천千億억]\s*(?:円|원))/;
  for (const sheet of wb.sheets) {
    for (const fmt of sheet.numberFormats?.values() ?? []) see(fmt.replace(/\[\$([^-\]]*)[^\]]*\]/g, '$1'));
    for (const row of sheet.rows) for (const cell of row ?? []) if (typeof cell === 'string' && cell.length < 40 && MONEY_TEXT.test(cell)) see(cell);
  }
  let best: string | null = null;
  for (const [symbol, n] of counts) if (best === null || n > counts.get(best)!) best = symbol;
  if (best === null) return null;
  return { symbol: best, region: CURRENCY_REGION.find((c) => c[1] === best)![2] };
}

/**
 * The spreadsheet locale of the preview: the language asked for, in the region
 * of the data's currency (Sheets takes the currency of formats and messages from
 * the spreadsheet locale, and the add-on does too). en_US on a yen roster is en_JP.
 */
export function spreadsheetLocaleFor(language: string, region: string | null): string {
  const [lang = 'ja', own] = language.split(/[-_]/);
  return `${lang}_${region ?? own ?? 'JP'}`;
}

type SheetApi = {
  getRange(row: number, col: number, numRows?: number, numCols?: number): { setNumberFormats(f: string[][]): unknown; setFontWeights(w: (string | null)[][]): unknown };
  setFrozenRows(n: number): unknown;
};
type SpreadsheetApi = { getSheetByName(name: string): SheetApi | null };

export function spreadsheetOf(fake: Fake): SpreadsheetApi {
  return (fake.globals.SpreadsheetApp as { getActiveSpreadsheet(): SpreadsheetApi }).getActiveSpreadsheet();
}

/** Text cells the engine read as something else ("00123", "TRUE", "1,234") become text again. */
export function fixTextCells(fake: Fake, cells: FakeInput['textCells']): void {
  const hf = fake.hf;
  const fix: [SimpleCellAddress, string][] = [];
  for (const t of cells) {
    const sheet = hf.getSheetId(t.sheet);
    if (sheet === undefined) continue;
    const addr = { sheet, row: t.row, col: t.col };
    const v = hf.getCellValue(addr);
    if (typeof v !== 'string' || v !== t.text) fix.push([addr, `'${t.text}`]);
  }
  if (fix.length) hf.batch(() => fix.forEach(([addr, text]) => hf.setCellContents(addr, text)));
}

/** Number formats, bold and frozen rows of an XLSX, through the Sheet API (as the add-on would see them). */
export function applyFormats(fake: Fake, wb: LoadedWorkbook): void {
  const ss = spreadsheetOf(fake);
  for (const s of wb.sheets) {
    const sheet = ss.getSheetByName(s.name);
    if (!sheet) continue;
    if (s.frozenRows) sheet.setFrozenRows(s.frozenRows);
    const styled = (keys: Iterable<string>, value: (k: string) => string) => {
      const cells: [number, number, string][] = [];
      for (const k of keys) {
        const box = parseRange(k);
        if (box) cells.push([box.r0, box.c0, value(k)]);
      }
      if (!cells.length) return null;
      const r0 = Math.min(...cells.map((x) => x[0]));
      const c0 = Math.min(...cells.map((x) => x[1]));
      const r1 = Math.max(...cells.map((x) => x[0]));
      const c1 = Math.max(...cells.map((x) => x[1]));
      const grid: (string | null)[][] = Array.from({ length: r1 - r0 + 1 }, () => new Array<string | null>(c1 - c0 + 1).fill(null));
      for (const [r, c, v] of cells) grid[r - r0]![c - c0] = v;
      return { r0, c0, grid };
    };
    const fmts = s.numberFormats ? styled(s.numberFormats.keys(), (k) => s.numberFormats!.get(k)!) : null;
    if (fmts) sheet.getRange(fmts.r0 + 1, fmts.c0 + 1, fmts.grid.length, fmts.grid[0]!.length).setNumberFormats(fmts.grid.map((r) => r.map((f) => f ?? 'General')));
    const bold = s.bold ? styled(s.bold, () => 'bold') : null;
    if (bold) sheet.getRange(bold.r0 + 1, bold.c0 + 1, bold.grid.length, bold.grid[0]!.length).setFontWeights(bold.grid);
  }
}

// ---- out of the fake spreadsheet --------------------------------------------------------

/** A computed value as XLSX holds it. */
export function xValue(v: unknown): XValue {
  if (v === null || v === undefined) return null;
  if (v instanceof DetailedCellError) return { error: ERROR_TEXT[v.type] ?? v.value };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return cellText(v);
}

/** The number format implied by how a number was typed ("3.2%", "¥3,000", a date). */
export function typedFormat(hf: HyperFormula, addr: SimpleCellAddress): string | undefined {
  const t = hf.getCellValueDetailedType(addr);
  if (t === CellValueDetailedType.NUMBER_PERCENT) return '0.00%';
  if (t === CellValueDetailedType.NUMBER_CURRENCY) {
    const sym = String(hf.getCellValueFormat(addr) ?? '$');
    return ['¥', '￥', '₩'].includes(sym) ? `"${sym}"#,##0` : `"${sym}"#,##0.00`;
  }
  if (t === CellValueDetailedType.NUMBER_DATE) return 'yyyy-mm-dd';
  if (t === CellValueDetailedType.NUMBER_DATETIME) return 'yyyy-mm-dd hh:mm:ss';
  if (t === CellValueDetailedType.NUMBER_TIME) return 'hh:mm:ss';
  return undefined;
}

/** [rows, cols] of an array formula's result at its anchor: the cells after it that belong to an array and hold no formula. */
export function spillSize(hf: HyperFormula, addr: SimpleCellAddress, maxRows: number, maxCols: number): [number, number] {
  const spilled = (row: number, col: number) => {
    const a = { sheet: addr.sheet, row, col };
    return hf.isCellPartOfArray(a) && !hf.doesCellHaveFormula(a);
  };
  let h = 1;
  while (addr.row + h < maxRows && spilled(addr.row + h, addr.col)) h++;
  let w = 1;
  while (addr.col + w < maxCols && spilled(addr.row, addr.col + w)) w++;
  return [h, w];
}

/** The workbook as it is now, for writeXlsx: every sheet in tab order with computed values. */
export function exportWorkbook(fake: Fake): XSheet[] {
  const hf = fake.hf;
  return fake.sheetNames().map((name) => {
    const sheet = hf.getSheetId(name)!;
    const { height, width } = hf.getSheetDimensions(sheet);
    const formats = fake.formats(name);
    const numberFormats = new Map(formats.numberFormats);
    const values = hf.getSheetValues(sheet);
    const formulas = hf.getSheetFormulas(sheet);
    const rows: XCell[][] = [];
    for (let r = 0; r < height; r++) {
      const row: XCell[] = [];
      for (let c = 0; c < width; c++) {
        const v = values[r]?.[c];
        const f = formulas[r]?.[c];
        const addr = { sheet, row: r, col: c };
        if (f) {
          const cell: XFormula = { formula: f, value: xValue(v) };
          if (hf.isCellPartOfArray(addr)) {
            const [h, w] = spillSize(hf, addr, height, width);
            if (h > 1 || w > 1) cell.ref = `${a1(r, c)}:${a1(r + h - 1, c + w - 1)}`;
          }
          row[c] = cell;
        } else if (v !== null && v !== undefined) row[c] = xValue(v);
        if (typeof v === 'number') {
          const typed = typedFormat(hf, addr);
          // "0.7%" is 0.007 typed, not 0.7 / 100 = 0.006999999999999999 (as getValues reads it).
          if (typed === '0.00%' && !f) row[c] = typedPercent(v);
          if (typed && !numberFormats.has(a1(r, c))) numberFormats.set(a1(r, c), typed);
        }
      }
      rows.push(row);
    }
    return { name, rows, numberFormats, bold: new Set(formats.bold), frozenRows: formats.frozenRows };
  });
}

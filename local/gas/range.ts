// Range: a box of cells on one sheet, 1-based like Apps Script.

import { Box, boxA1, cellA1 } from './a1';
import { displayValue } from './display';
import { FakeProtection } from './protection';
import type { FakeSheet } from './sheet';
import type { FakeDataValidation } from './validation';
import { STYLE_DEFAULTS, SheetState, StyleProp, Workbook } from './workbook';

export class FakeRange {
  constructor(
    readonly wb: Workbook,
    readonly state: SheetState,
    readonly box: Box,
  ) {}

  // Format methods, set on the prototype below from STYLE_METHODS; declared here for callers typed against this class.
  declare readonly setNumberFormat: (f: string) => FakeRange;
  declare readonly setNumberFormats: (f: string[][]) => FakeRange;
  declare readonly getNumberFormat: () => string;
  declare readonly getNumberFormats: () => string[][];
  declare readonly setFontWeight: (w: string | null) => FakeRange;
  declare readonly setFontWeights: (w: (string | null)[][]) => FakeRange;
  declare readonly getFontWeight: () => string;
  declare readonly getFontWeights: () => string[][];
  declare readonly setFontStyle: (s: string | null) => FakeRange;
  declare readonly setFontColor: (c: string | null) => FakeRange;
  declare readonly setFontSize: (n: number) => FakeRange;
  declare readonly setFontFamily: (f: string | null) => FakeRange;
  declare readonly setBackground: (c: string | null) => FakeRange;
  declare readonly setBackgrounds: (c: (string | null)[][]) => FakeRange;
  declare readonly getBackground: () => string;
  declare readonly getBackgrounds: () => string[][];
  declare readonly setHorizontalAlignment: (a: string | null) => FakeRange;
  declare readonly setHorizontalAlignments: (a: (string | null)[][]) => FakeRange;
  declare readonly setVerticalAlignment: (a: string | null) => FakeRange;
  declare readonly setWrap: (w: boolean) => FakeRange;
  declare readonly setWraps: (w: boolean[][]) => FakeRange;
  declare readonly getWrap: () => boolean;
  declare readonly setNote: (n: string | null) => FakeRange;
  declare readonly getNote: () => string;
  // The rules are the ones SpreadsheetApp.newDataValidation() builds here; a blank cell has none.
  declare readonly setDataValidation: (rule: FakeDataValidation | null) => FakeRange;
  declare readonly getDataValidation: () => FakeDataValidation | null;

  private r(what: string): void {
    this.wb.alive(this.state);
    this.wb.read(`Range.${what}`, this.state, this.box);
  }

  private w(what: string): void {
    this.wb.alive(this.state);
    this.wb.write(`Range.${what}`, this.state, this.box);
  }

  private cells(): [number, number][] {
    const out: [number, number][] = [];
    for (let r = 0; r < this.box.numRows; r++) for (let c = 0; c < this.box.numCols; c++) out.push([this.box.row + r, this.box.col + c]);
    return out;
  }

  // ---- position ----

  getRow() { return this.box.row; }
  getColumn() { return this.box.col; }
  getRowIndex() { return this.box.row; }
  getLastRow() { return this.box.row + this.box.numRows - 1; }
  getLastColumn() { return this.box.col + this.box.numCols - 1; }
  getNumRows() { return this.box.numRows; }
  getNumColumns() { return this.box.numCols; }
  getHeight() { return this.box.numRows; }
  getWidth() { return this.box.numCols; }
  getA1Notation() { return boxA1(this.box); }
  /** Every range is made by its sheet's object (FakeSheet.of), so state.api is set; no import cycle with sheet.ts. */
  getSheet() { return this.state.api as FakeSheet; }
  getGridId() { return this.state.gid; }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    const b = this.box;
    return this.getSheet().getRange(b.row + rowOffset, b.col + columnOffset, numRows ?? b.numRows, numColumns ?? b.numCols);
  }

  /** A cell of this range, 1-based relative to its corner. */
  getCell(row: number, column: number): FakeRange {
    return this.getSheet().getRange(this.box.row + row - 1, this.box.col + column - 1);
  }

  activate(): FakeRange {
    this.wb.active = this.state;
    this.wb.activeBox = this.box;
    return this;
  }

  // ---- reading ----

  getValues(): unknown[][] {
    this.r('getValues');
    return this.wb.grid(this.wb.values(this.state, this.box));
  }

  getValue(): unknown {
    this.r('getValue');
    return this.wb.values(this.state, { ...this.box, numRows: 1, numCols: 1 })[0]![0];
  }

  getDisplayValues(): string[][] {
    this.r('getDisplayValues');
    return this.wb.grid(this.displayTexts());
  }

  getDisplayValue(): string {
    this.r('getDisplayValue');
    return this.displayTexts({ ...this.box, numRows: 1, numCols: 1 })[0]![0]!;
  }

  /** Display texts without counting a call (for autoResizeColumns). */
  displayTexts(box: Box = this.box): string[][] {
    const values = this.wb.values(this.state, box);
    const formats = this.state.style('numberFormat');
    return values.map((row, r) =>
      row.map((v, c) => {
        const fmt = formats.get(cellA1(box.row + r, box.col + c)) as string | undefined;
        const typed = typeof v === 'number' && !fmt ? this.wb.typedFormat(this.state, box.row + r, box.col + c) : undefined;
        return displayValue(v, fmt, typed, this.wb.opts.locale);
      }),
    );
  }

  getFormulas(): string[][] {
    this.r('getFormulas');
    return this.wb.grid(this.wb.formulas(this.state, this.box));
  }

  getFormula(): string {
    this.r('getFormula');
    return this.wb.formulas(this.state, { ...this.box, numRows: 1, numCols: 1 })[0]![0]!;
  }

  isBlank(): boolean {
    this.r('isBlank');
    const values = this.wb.values(this.state, this.box);
    const formulas = this.wb.formulas(this.state, this.box);
    return values.every((row) => row.every((v) => v === '')) && formulas.every((row) => row.every((f) => f === ''));
  }

  // ---- writing ----

  private checkShape(data: unknown): unknown[][] {
    if (!Array.isArray(data)) throw this.wb.error('The parameters (String) don\'t match the method signature for SpreadsheetApp.Range.setValues.');
    const rows = data as unknown[];
    if (rows.length !== this.box.numRows) {
      throw this.wb.error(`The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.box.numRows}.`);
    }
    for (const row of rows) {
      const n = Array.isArray(row) ? row.length : 1;
      if (n !== this.box.numCols) {
        throw this.wb.error(`The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${this.box.numCols}.`);
      }
    }
    return rows as unknown[][];
  }

  setValues(values: unknown[][]): FakeRange {
    const rows = this.checkShape(values);
    this.w('setValues');
    this.wb.setContents(this.state, this.box, rows);
    return this;
  }

  /** Sets every cell of the range, as Apps Script does. */
  setValue(value: unknown): FakeRange {
    this.w('setValue');
    this.wb.setContents(this.state, this.box, this.fill(value));
    return this;
  }

  setFormulas(formulas: string[][]): FakeRange {
    const rows = this.checkShape(formulas);
    this.w('setFormulas');
    this.wb.setContents(this.state, this.box, rows);
    return this;
  }

  setFormula(formula: string): FakeRange {
    this.w('setFormula');
    this.wb.setContents(this.state, this.box, this.fill(formula));
    return this;
  }

  private fill<T>(v: T): T[][] {
    return Array.from({ length: this.box.numRows }, () => new Array<T>(this.box.numCols).fill(v));
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): FakeRange {
    this.w('clear');
    if (!options?.formatOnly) this.wb.clearContents(this.state, this.box);
    if (!options?.contentsOnly) this.wb.clearFormats(this.state, this.box);
    return this;
  }

  clearContent(): FakeRange {
    this.w('clearContent');
    this.wb.clearContents(this.state, this.box);
    return this;
  }

  clearFormat(): FakeRange {
    this.w('clearFormat');
    this.wb.clearFormats(this.state, this.box);
    return this;
  }

  clearDataValidations(): FakeRange {
    this.w('clearDataValidations');
    for (const [r, c] of this.cells()) this.state.style('dataValidation').delete(cellA1(r, c));
    return this;
  }

  /** Borders, merges: accepted and counted, not kept. */
  setBorder(..._args: unknown[]): FakeRange {
    this.w('setBorder');
    return this;
  }

  merge(): FakeRange {
    this.w('merge');
    return this;
  }

  getMergedRanges(): FakeRange[] {
    return this.wb.list([]);
  }

  protect(): FakeProtection {
    this.w('protect');
    const p = new FakeProtection(this.wb, this.state, 'RANGE', this);
    this.state.protections.push(p);
    return p;
  }

  // ---- formats (set*/get* generated below) ----

  setStyle(prop: StyleProp, method: string, value: unknown): FakeRange {
    this.w(method);
    const m = this.state.style(prop);
    for (const [r, c] of this.cells()) {
      if (value === null || value === undefined || value === STYLE_DEFAULTS[prop]) m.delete(cellA1(r, c));
      else m.set(cellA1(r, c), value);
    }
    return this;
  }

  setStyles(prop: StyleProp, method: string, values: unknown[][]): FakeRange {
    const rows = this.checkShape(values);
    this.w(method);
    const m = this.state.style(prop);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const key = cellA1(this.box.row + r, this.box.col + c);
        if (v === null || v === undefined || v === STYLE_DEFAULTS[prop]) m.delete(key);
        else m.set(key, v);
      }),
    );
    return this;
  }

  getStyles(prop: StyleProp, method: string): unknown[][] {
    this.r(method);
    const m = this.state.style(prop);
    const out = Array.from({ length: this.box.numRows }, (_, r) =>
      Array.from({ length: this.box.numCols }, (_, c) => m.get(cellA1(this.box.row + r, this.box.col + c)) ?? STYLE_DEFAULTS[prop]),
    );
    return this.wb.grid(out);
  }

  getStyle(prop: StyleProp, method: string): unknown {
    this.r(method);
    return this.state.style(prop).get(cellA1(this.box.row, this.box.col)) ?? STYLE_DEFAULTS[prop];
  }
}

/** Format methods: Name → the property they set, e.g. setNumberFormat(s)/getNumberFormat(s). */
const STYLE_METHODS: [string, StyleProp][] = [
  ['NumberFormat', 'numberFormat'],
  ['FontWeight', 'fontWeight'],
  ['FontStyle', 'fontStyle'],
  ['FontColor', 'fontColor'],
  ['FontSize', 'fontSize'],
  ['FontFamily', 'fontFamily'],
  ['Background', 'background'],
  ['HorizontalAlignment', 'horizontalAlignment'],
  ['VerticalAlignment', 'verticalAlignment'],
  ['Wrap', 'wrap'],
  ['Note', 'note'],
  ['DataValidation', 'dataValidation'],
];

const proto = FakeRange.prototype as unknown as Record<string, unknown>;
for (const [name, prop] of STYLE_METHODS) {
  proto[`set${name}`] = function (this: FakeRange, v: unknown) { return this.setStyle(prop, `set${name}`, v); };
  proto[`set${name}s`] = function (this: FakeRange, v: unknown[][]) { return this.setStyles(prop, `set${name}s`, v); };
  proto[`get${name}`] = function (this: FakeRange) { return this.getStyle(prop, `get${name}`); };
  proto[`get${name}s`] = function (this: FakeRange) { return this.getStyles(prop, `get${name}s`); };
}
proto.getWrap = function (this: FakeRange) { return this.getStyle('wrap', 'getWrap'); };

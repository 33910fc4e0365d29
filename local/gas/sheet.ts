// Sheet: one tab. Sizes follow Sheets: a new sheet is 1000 × 26, ranges past
// the edge throw, getLastRow/getLastColumn count cells with content.

import { Box, parseA1, splitSheet } from './a1';
import { FakeChart, FakeChartBuilder } from './charts';
import { FakeMetadataFinder, addMetadata, metadataAt } from './metadata';
import { FakeProtection } from './protection';
import { textPx } from './display';
import { FakeRange } from './range';
import { DEFAULT_COLUMN_WIDTH, SheetState, Workbook } from './workbook';

export class FakeSheet {
  private constructor(
    readonly wb: Workbook,
    readonly state: SheetState,
  ) {}

  /** The one Sheet object of a sheet. */
  static of(wb: Workbook, state: SheetState): FakeSheet {
    if (!state.api) state.api = new FakeSheet(wb, state);
    return state.api;
  }

  private w(what: string, box?: Box): void {
    this.wb.alive(this.state);
    this.wb.write(`Sheet.${what}`, this.state, box);
  }

  // ---- identity ----

  getName() {
    return this.state.name;
  }
  getSheetName() {
    return this.state.name;
  }
  getSheetId() {
    return this.state.gid;
  }
  getIndex() {
    return this.wb.sheets.indexOf(this.state) + 1;
  }
  getParent() {
    return this.wb.spreadsheet;
  }
  getType() {
    return 'GRID';
  }

  setName(name: string): FakeSheet {
    this.w('setName');
    this.wb.renameSheet(this.state, String(name));
    return this;
  }

  activate(): FakeSheet {
    this.wb.alive(this.state);
    this.wb.active = this.state;
    this.wb.activeBox = null;
    return this;
  }

  // ---- developer metadata (kept on the sheet: it follows renames and goes with the sheet) ----

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): FakeSheet {
    this.wb.alive(this.state);
    addMetadata(this.wb, this.state, key, a, b);
    return this;
  }
  getDeveloperMetadata() {
    this.wb.alive(this.state);
    this.wb.read(`Sheet.getDeveloperMetadata ${this.state.name}`);
    return metadataAt(this.wb, this.state);
  }
  createDeveloperMetadataFinder() {
    this.wb.alive(this.state);
    return new FakeMetadataFinder(this.wb, this.state);
  }

  // ---- ranges ----

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    this.wb.alive(this.state);
    if (typeof rowOrA1 === 'string') {
      const [, a1] = splitSheet(rowOrA1);
      const box = parseA1(a1, this.state.maxRows, this.state.maxCols);
      if (!box) throw this.wb.error('Range not found');
      return this.rangeOf(box);
    }
    const box = { row: rowOrA1, col: column ?? NaN, numRows: numRows ?? 1, numCols: numColumns ?? 1 };
    if (!Number.isInteger(box.row) || !Number.isInteger(box.col))
      throw this.wb.error("The parameters don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    return this.rangeOf(box);
  }

  /** A range after the checks Apps Script makes, with its error texts. */
  rangeOf(box: Box): FakeRange {
    if (box.row < 1) throw this.wb.error('The starting row of the range is too small.');
    if (box.col < 1) throw this.wb.error('The starting column of the range is too small.');
    if (box.numRows < 1) throw this.wb.error('The number of rows in the range must be at least 1.');
    if (box.numCols < 1) throw this.wb.error('The number of columns in the range must be at least 1.');
    if (box.row + box.numRows - 1 > this.state.maxRows || box.col + box.numCols - 1 > this.state.maxCols) {
      throw this.wb.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.wb, this.state, box);
  }

  getDataRange(): FakeRange {
    const [rows, cols] = this.wb.extent(this.state);
    return this.rangeOf({ row: 1, col: 1, numRows: Math.max(rows, 1), numCols: Math.max(cols, 1) });
  }

  getSheetValues(row: number, column: number, numRows: number, numColumns: number): unknown[][] {
    const [lastRow, lastCol] = this.wb.extent(this.state);
    const range = this.rangeOf({
      row,
      col: column,
      numRows: numRows === -1 ? lastRow - row + 1 : numRows,
      numCols: numColumns === -1 ? lastCol - column + 1 : numColumns,
    });
    this.wb.read('Sheet.getSheetValues', this.state, range.box);
    return this.wb.grid(this.wb.values(this.state, range.box));
  }

  getActiveRange(): FakeRange {
    const box = this.wb.active === this.state && this.wb.activeBox ? this.wb.activeBox : { row: 1, col: 1, numRows: 1, numCols: 1 };
    return new FakeRange(this.wb, this.state, box);
  }

  getActiveCell(): FakeRange {
    const b = this.getActiveRange().box;
    return new FakeRange(this.wb, this.state, { row: b.row, col: b.col, numRows: 1, numCols: 1 });
  }

  setActiveRange(range: FakeRange): FakeRange {
    return range.activate();
  }

  setActiveSelection(a1: string | FakeRange): FakeRange {
    return (typeof a1 === 'string' ? this.getRange(a1) : a1).activate();
  }

  // ---- size ----

  getLastRow() {
    return this.wb.extent(this.state)[0];
  }
  getLastColumn() {
    return this.wb.extent(this.state)[1];
  }
  getMaxRows() {
    return this.state.maxRows;
  }
  getMaxColumns() {
    return this.state.maxCols;
  }

  appendRow(values: unknown[]): FakeSheet {
    const row = this.wb.extent(this.state)[0] + 1;
    const box = { row, col: 1, numRows: 1, numCols: Math.max(values.length, 1) };
    this.w('appendRow', box);
    this.state.maxRows = Math.max(this.state.maxRows, row);
    this.state.maxCols = Math.max(this.state.maxCols, values.length);
    this.wb.setContents(this.state, box, [values]);
    return this;
  }

  insertRowsAfter(after: number, howMany: number): FakeSheet {
    return this.insertRows(after, howMany, 'insertRowsAfter');
  }
  insertRowAfter(after: number): FakeSheet {
    return this.insertRows(after, 1, 'insertRowAfter');
  }
  insertRowsBefore(before: number, howMany: number): FakeSheet {
    return this.insertRows(before - 1, howMany, 'insertRowsBefore');
  }
  insertRowBefore(before: number): FakeSheet {
    return this.insertRows(before - 1, 1, 'insertRowBefore');
  }
  insertColumnsAfter(after: number, howMany: number): FakeSheet {
    return this.insertColumns(after, howMany, 'insertColumnsAfter');
  }
  insertColumnAfter(after: number): FakeSheet {
    return this.insertColumns(after, 1, 'insertColumnAfter');
  }
  insertColumnsBefore(before: number, howMany: number): FakeSheet {
    return this.insertColumns(before - 1, howMany, 'insertColumnsBefore');
  }

  // Formats are kept by cell address and do not move with inserted or deleted rows.
  private insertRows(after: number, n: number, what: string): FakeSheet {
    this.w(what);
    this.wb.checkCells(n * this.state.maxCols);
    if (after < this.wb.extent(this.state)[0]) this.wb.hf.addRows(this.wb.hfId(this.state), [after, n]);
    this.state.maxRows += n;
    return this;
  }

  private insertColumns(after: number, n: number, what: string): FakeSheet {
    this.w(what);
    this.wb.checkCells(n * this.state.maxRows);
    if (after < this.wb.extent(this.state)[1]) this.wb.hf.addColumns(this.wb.hfId(this.state), [after, n]);
    this.state.maxCols += n;
    return this;
  }

  deleteRows(start: number, howMany: number): FakeSheet {
    this.w('deleteRows');
    if (howMany >= this.state.maxRows) throw this.wb.error("You can't delete all the rows on the sheet.");
    this.wb.hf.removeRows(this.wb.hfId(this.state), [start - 1, howMany]);
    this.state.maxRows -= howMany;
    return this;
  }

  deleteRow(row: number): FakeSheet {
    return this.deleteRows(row, 1);
  }

  deleteColumns(start: number, howMany: number): FakeSheet {
    this.w('deleteColumns');
    if (howMany >= this.state.maxCols) throw this.wb.error("You can't delete all the columns on the sheet.");
    this.wb.hf.removeColumns(this.wb.hfId(this.state), [start - 1, howMany]);
    this.state.maxCols -= howMany;
    return this;
  }

  deleteColumn(column: number): FakeSheet {
    return this.deleteColumns(column, 1);
  }

  // ---- layout ----

  setFrozenRows(n: number) {
    this.w('setFrozenRows');
    this.state.frozenRows = n;
    return this;
  }
  getFrozenRows() {
    return this.state.frozenRows;
  }
  setFrozenColumns(n: number) {
    this.w('setFrozenColumns');
    this.state.frozenColumns = n;
    return this;
  }
  getFrozenColumns() {
    return this.state.frozenColumns;
  }

  setColumnWidth(column: number, width: number) {
    return this.setColumnWidths(column, 1, width, 'setColumnWidth');
  }
  setColumnWidths(start: number, n: number, width: number, what = 'setColumnWidths') {
    this.w(what);
    for (let c = start; c < start + n; c++) this.state.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(column: number) {
    return this.state.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(row: number, height: number) {
    return this.setRowHeights(row, 1, height, 'setRowHeight');
  }
  setRowHeights(start: number, n: number, height: number, what = 'setRowHeights') {
    this.w(what);
    for (let r = start; r < start + n; r++) this.state.rowHeights.set(r, height);
    return this;
  }
  getRowHeight(row: number) {
    return this.state.rowHeights.get(row) ?? 21;
  }

  /** Fits widths to the displayed text (wide characters count double). */
  autoResizeColumns(start: number, n: number) {
    this.w('autoResizeColumns');
    const [rows] = this.wb.extent(this.state);
    if (rows > 0) {
      const texts = new FakeRange(this.wb, this.state, { row: 1, col: start, numRows: rows, numCols: n }).displayTexts();
      for (let c = 0; c < n; c++) {
        const widest = texts.reduce((m, row) => Math.max(m, textPx(row[c] ?? '')), 0);
        this.state.columnWidths.set(start + c, Math.max(DEFAULT_COLUMN_WIDTH, widest + 10));
      }
    }
    return this;
  }
  autoResizeColumn(column: number) {
    return this.autoResizeColumns(column, 1);
  }

  hideColumns(start: number, n = 1) {
    this.w('hideColumns');
    for (let c = start; c < start + n; c++) this.state.hiddenColumns.add(c);
  }
  showColumns(start: number, n = 1) {
    this.w('showColumns');
    for (let c = start; c < start + n; c++) this.state.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(column: number) {
    return this.state.hiddenColumns.has(column);
  }
  hideRows(start: number, n = 1) {
    this.w('hideRows');
    for (let r = start; r < start + n; r++) this.state.hiddenRows.add(r);
  }
  showRows(start: number, n = 1) {
    this.w('showRows');
    for (let r = start; r < start + n; r++) this.state.hiddenRows.delete(r);
  }
  isRowHiddenByUser(row: number) {
    return this.state.hiddenRows.has(row);
  }
  hideSheet() {
    this.w('hideSheet');
    this.state.hidden = true;
    return this;
  }
  showSheet() {
    this.w('showSheet');
    this.state.hidden = false;
    return this;
  }
  isSheetHidden() {
    return this.state.hidden;
  }
  setTabColor(c: string | null) {
    this.w('setTabColor');
    this.state.tabColor = c;
    return this;
  }
  getTabColor() {
    return this.state.tabColor;
  }

  // ---- clearing ----

  private whole(): Box {
    return { row: 1, col: 1, numRows: this.state.maxRows, numCols: this.state.maxCols };
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }) {
    this.w('clear');
    if (!options?.formatOnly) this.wb.hf.clearSheet(this.wb.hfId(this.state));
    if (!options?.contentsOnly) this.wb.clearFormats(this.state);
    return this;
  }
  clearContents() {
    this.w('clearContents');
    this.wb.hf.clearSheet(this.wb.hfId(this.state));
    return this;
  }
  clearFormats() {
    this.w('clearFormats');
    this.wb.clearFormats(this.state, this.whole());
    return this;
  }
  getConditionalFormatRules() {
    return this.wb.list([]);
  }
  setConditionalFormatRules(_rules: unknown[]) {
    this.w('setConditionalFormatRules');
    return this;
  }
  getFilter() {
    return null;
  }

  // ---- charts and protection ----

  newChart(): FakeChartBuilder {
    return new FakeChartBuilder(this.wb, this.state);
  }

  insertChart(chart: FakeChart) {
    this.w('insertChart');
    this.state.charts.push(chart);
  }

  updateChart(chart: FakeChart) {
    this.w('updateChart');
    const i = this.state.charts.findIndex((c) => c.id === chart.id);
    if (i < 0) throw this.wb.error('The chart does not exist on this sheet.');
    this.state.charts[i] = chart;
  }

  removeChart(chart: FakeChart) {
    this.w('removeChart');
    const i = this.state.charts.findIndex((c) => c.id === chart.id);
    if (i >= 0) this.state.charts.splice(i, 1);
  }

  getCharts() {
    return this.wb.list([...this.state.charts]);
  }

  protect(): FakeProtection {
    this.w('protect');
    // A sheet has one sheet protection: protect() returns it if it exists.
    const existing = this.state.protections.find((p) => p.type === 'SHEET');
    if (existing) return existing;
    const p = new FakeProtection(this.wb, this.state, 'SHEET', this);
    this.state.protections.push(p);
    return p;
  }

  getProtections(type: string) {
    return this.wb.list(this.state.protections.filter((p) => p.type === String(type)));
  }
}

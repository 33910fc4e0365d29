// Embedded charts: the builder records what the add-on asks for (type, ranges,
// options, position), as Sheets keeps it; the preview draws it from describe().
// Typed builders (asPieChart() etc.) are this builder with a fixed type, and
// their setters are options under the names Sheets' chart options use.

import { boxA1 } from './a1';
import type { SheetState, Workbook } from './workbook';

interface RangeLike {
  box: { row: number; col: number; numRows: number; numCols: number };
  state: SheetState;
}

export interface ChartSpec {
  type: string;
  /** A1 of each range when it was added (describe() gives them under the sheets' current names). */
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
  mergeStrategy?: string;
  hiddenDimensionStrategy?: string;
  transposeRowsAndColumns?: boolean;
}

/** A chart as recorded: plain data, with each range's sheet by its current name. */
export interface ChartRecord extends Omit<ChartSpec, 'ranges'> {
  id: number;
  /** "Sheet!A1:B4", under the sheet's current name. */
  ranges: string[];
  boxes: { sheet: string; row: number; col: number; numRows: number; numCols: number }[];
  /** The sheet the chart sits on. */
  sheet: string;
}

let nextChartId = 1;

const rangeOf = (r: RangeLike) => `${quoteName(r.state.name)}!${boxA1(r.box)}`;
const quoteName = (n: string) => (/^[A-Za-z_][\w.]*$/.test(n) ? n : `'${n.replace(/'/g, "''")}'`);

export class FakeChart {
  readonly id: number;
  constructor(
    readonly spec: ChartSpec,
    readonly rangeObjects: unknown[],
    private readonly wb: Workbook,
    readonly state: SheetState,
    id?: number,
  ) {
    this.id = id ?? nextChartId++;
  }
  getChartId() {
    return this.id;
  }
  getId() {
    return `chart-${this.id}`;
  }
  getRanges() {
    return this.wb.list([...this.rangeObjects]);
  }
  getOptions() {
    return { get: (k: string) => this.spec.options[k] ?? null };
  }
  getContainerInfo() {
    const p = this.spec.position;
    return { getAnchorRow: () => p.row, getAnchorColumn: () => p.column, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY };
  }
  getChartType() {
    return this.spec.type;
  }
  getNumHeaders() {
    return this.spec.numHeaders;
  }
  getMergeStrategy() {
    return this.spec.mergeStrategy ?? 'MERGE_COLUMNS';
  }
  getHiddenDimensionStrategy() {
    return this.spec.hiddenDimensionStrategy ?? 'IGNORE_BOTH';
  }
  getTransposeRowsAndColumns() {
    return this.spec.transposeRowsAndColumns ?? false;
  }
  modify(): FakeChartBuilder {
    return new FakeChartBuilder(this.wb, this.state, this);
  }

  /** What the chart is, as plain data (for tests and the preview's drawing). */
  describe(): ChartRecord {
    const ranges = this.rangeObjects as RangeLike[];
    return {
      ...structuredClone(this.spec),
      id: this.id,
      sheet: this.state.name,
      ranges: ranges.map(rangeOf),
      boxes: ranges.map((r) => ({ sheet: r.state.name, ...r.box })),
    };
  }
}

export class FakeChartBuilder {
  private readonly spec: ChartSpec;
  private readonly rangeObjects: unknown[];

  constructor(
    private readonly wb: Workbook,
    private readonly state: SheetState,
    private readonly from?: FakeChart,
  ) {
    this.spec = from
      ? structuredClone(from.spec)
      : { type: 'COLUMN', ranges: [], options: {}, position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, numHeaders: -1 };
    this.rangeObjects = from ? [...from.rangeObjects] : [];
  }

  setChartType(t: string) {
    this.spec.type = String(t);
    return this;
  }
  addRange(range: RangeLike) {
    this.rangeObjects.push(range);
    this.spec.ranges.push(rangeOf(range));
    return this;
  }
  removeRange(range: RangeLike) {
    const i = this.rangeObjects.indexOf(range);
    if (i >= 0) {
      this.rangeObjects.splice(i, 1);
      this.spec.ranges.splice(i, 1);
    }
    return this;
  }
  clearRanges() {
    this.rangeObjects.length = 0;
    this.spec.ranges.length = 0;
    return this;
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number) {
    this.spec.position = { row, column, offsetX, offsetY };
    return this;
  }
  setOption(key: string, value: unknown) {
    this.spec.options[key] = structuredClone(value);
    return this;
  }
  setNumHeaders(n: number) {
    this.spec.numHeaders = n;
    return this;
  }
  setMergeStrategy(s: string) {
    this.spec.mergeStrategy = String(s);
    return this;
  }
  setHiddenDimensionStrategy(s: string) {
    this.spec.hiddenDimensionStrategy = String(s);
    return this;
  }
  setTransposeRowsAndColumns(t: boolean) {
    this.spec.transposeRowsAndColumns = t;
    return this;
  }
  asPieChart() {
    return this.setChartType('PIE');
  }
  asBarChart() {
    return this.setChartType('BAR');
  }
  asColumnChart() {
    return this.setChartType('COLUMN');
  }
  asComboChart() {
    return this.setChartType('COMBO');
  }
  asLineChart() {
    return this.setChartType('LINE');
  }
  asScatterChart() {
    return this.setChartType('SCATTER');
  }
  asAreaChart() {
    return this.setChartType('AREA');
  }
  asHistogramChart() {
    return this.setChartType('HISTOGRAM');
  }
  asTableChart() {
    return this.setChartType('TABLE');
  }
  setTitle(t: string) {
    return this.setOption('title', t);
  }
  setTitleTextStyle(s: unknown) {
    return this.setOption('titleTextStyle', s);
  }
  setLegendPosition(p: unknown) {
    return this.setOption('legend.position', String(p));
  }
  setLegendTextStyle(s: unknown) {
    return this.setOption('legend.textStyle', s);
  }
  setColors(c: string[]) {
    return this.setOption('colors', Array.from(c));
  }
  setBackgroundColor(c: string) {
    return this.setOption('backgroundColor', c);
  }
  setDimensions(width: number, height: number) {
    this.setOption('width', width);
    return this.setOption('height', height);
  }
  setXAxisTitle(t: string) {
    return this.setOption('hAxis.title', t);
  }
  setYAxisTitle(t: string) {
    return this.setOption('vAxis.title', t);
  }
  setXAxisRange(min: number, max: number) {
    this.setOption('hAxis.viewWindow.min', min);
    return this.setOption('hAxis.viewWindow.max', max);
  }
  setYAxisRange(min: number, max: number) {
    this.setOption('vAxis.viewWindow.min', min);
    return this.setOption('vAxis.viewWindow.max', max);
  }
  /** The typed builders' setRange(start, end): the value axis' bounds. */
  setRange(min: number, max: number) {
    this.setOption('vAxis.viewWindow.min', min);
    return this.setOption('vAxis.viewWindow.max', max);
  }
  setPointStyle(s: unknown) {
    return this.setOption('pointStyle', String(s));
  }
  setCurveStyle(s: unknown) {
    return this.setOption('curveType', String(s));
  }
  setStacked() {
    return this.setOption('isStacked', true);
  }
  set3D() {
    return this.setOption('is3D', true);
  }
  reverseCategories() {
    return this.setOption('reverseCategories', true);
  }
  useLogScale() {
    return this.setOption('vAxis.logScale', true);
  }
  getChartType() {
    return this.spec.type;
  }
  getRanges() {
    return this.wb.list([...this.rangeObjects]);
  }

  build(): FakeChart {
    return new FakeChart(structuredClone(this.spec), [...this.rangeObjects], this.wb, this.state, this.from?.id);
  }
}

// Embedded charts: the builder records what the add-on asks for; nothing is drawn.

import { boxA1 } from './a1';
import type { SheetState, Workbook } from './workbook';

interface RangeLike {
  box: { row: number; col: number; numRows: number; numCols: number };
  state: SheetState;
}

export interface ChartSpec {
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
  mergeStrategy?: string;
  hiddenDimensionStrategy?: string;
  transposeRowsAndColumns?: boolean;
}

let nextChartId = 1;

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
  getChartId() { return this.id; }
  getId() { return `chart-${this.id}`; }
  getRanges() { return this.wb.list([...this.rangeObjects]); }
  getOptions() { return { get: (k: string) => this.spec.options[k] ?? null }; }
  getContainerInfo() {
    const p = this.spec.position;
    return { getAnchorRow: () => p.row, getAnchorColumn: () => p.column, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY };
  }
  getChartType() { return this.spec.type; }
  modify(): FakeChartBuilder { return new FakeChartBuilder(this.wb, this.state, this); }
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

  setChartType(t: string) { this.spec.type = String(t); return this; }
  addRange(range: RangeLike) {
    this.rangeObjects.push(range);
    this.spec.ranges.push(`${range.state.name}!${boxA1(range.box)}`);
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
  clearRanges() { this.rangeObjects.length = 0; this.spec.ranges.length = 0; return this; }
  setPosition(row: number, column: number, offsetX: number, offsetY: number) {
    this.spec.position = { row, column, offsetX, offsetY };
    return this;
  }
  setOption(key: string, value: unknown) { this.spec.options[key] = value; return this; }
  setNumHeaders(n: number) { this.spec.numHeaders = n; return this; }
  setMergeStrategy(s: string) { this.spec.mergeStrategy = String(s); return this; }
  setHiddenDimensionStrategy(s: string) { this.spec.hiddenDimensionStrategy = String(s); return this; }
  setTransposeRowsAndColumns(t: boolean) { this.spec.transposeRowsAndColumns = t; return this; }
  // Typed builders (asPieChart() etc.) are the same builder with a fixed type; their setters are options.
  asPieChart() { return this.setChartType('PIE'); }
  asBarChart() { return this.setChartType('BAR'); }
  asColumnChart() { return this.setChartType('COLUMN'); }
  asLineChart() { return this.setChartType('LINE'); }
  asScatterChart() { return this.setChartType('SCATTER'); }
  asAreaChart() { return this.setChartType('AREA'); }
  asTableChart() { return this.setChartType('TABLE'); }
  setTitle(t: string) { return this.setOption('title', t); }
  setLegendPosition(p: unknown) { return this.setOption('legend.position', p); }
  setColors(c: string[]) { return this.setOption('colors', c); }
  setXAxisTitle(t: string) { return this.setOption('hAxis.title', t); }
  setYAxisTitle(t: string) { return this.setOption('vAxis.title', t); }
  setStacked() { return this.setOption('isStacked', true); }
  set3D() { return this.setOption('is3D', true); }
  getChartType() { return this.spec.type; }
  getRanges() { return this.wb.list([...this.rangeObjects]); }

  build(): FakeChart {
    return new FakeChart(structuredClone(this.spec), [...this.rangeObjects], this.wb, this.state, this.from?.id);
  }
}

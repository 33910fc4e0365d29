// Writes a finished layout as a sheet: built in full on a new sheet first,
// then swapped in for the old output, so a failure midway leaves the previous
// output as it was. A constant number of calls whatever the size. Only a sheet
// the add-on marked as its own shortlist is ever replaced.

import { Layout, WIDTH } from '../core/shortlist/layout';
import { CELL_LIMIT, NEW_SHEET_CELLS } from '../core/sheet-limits';
import { freeSheetName } from '../core/share/sheet-name';
import type { Structure } from '../core/share/structure';
import { cellsOf, cellUse, checkRoom, checkSheetName, ensureSize, markOwn, OwnKind, replaceableSheet, takenNames } from './own-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Refuses a name that is invalid, or taken (in any letter case) by a sheet that is not our shortlist. */
export function checkOutputName(ss: Spreadsheet, name: string): void {
  checkSheetName(name);
  replaceableSheet(ss, name, 'shortlist');
}

/** A chart the add-on draws over its own sheet: the data block (1-based, header included) and where it sits. */
export interface ChartSpec {
  type: GoogleAppsScript.Charts.ChartType;
  block: { row: number; col: number; numRows: number; numCols: number };
  title: string;
  options?: Record<string, unknown>;
  at: { row: number; col: number };
}

/** A grid the add-on writes as one of its own sheets. */
export interface OwnGrid {
  values: (string | number)[][];
  formats: string[][];
  bold: boolean[][];
  structure?: Structure | undefined;
}

/**
 * Writes `grid` as the add-on's own sheet `name` of `kind`: on a new sheet,
 * grown to fit, swapped in for the old one only when complete. Refuses a name
 * held (in any letter case) by a sheet that is not ours of that kind.
 */
export function writeOwnSheet(
  ss: Spreadsheet,
  name: string,
  kind: OwnKind,
  grid: OwnGrid,
  width: number,
  extra: { chart?: ChartSpec | null; protectNote?: string; maxWidths?: Record<number, number> } = {},
): GoogleAppsScript.Spreadsheet.Sheet {
  checkSheetName(name);
  let old = replaceableSheet(ss, name, kind);
  const rows = grid.values.length;
  const chart = extra.chart ?? null;
  const cols = Math.max(width, chart ? chart.at.col : 0);
  // The new sheet is built beside the old output, so for a moment both count against Sheets' cell limit.
  // When only that moment does not fit, the old output (ours, and replaced anyway) goes first.
  const need = Math.max(NEW_SHEET_CELLS, Math.max(rows, 1001) * cols);
  let at = old ? old.getIndex() : ss.getSheets().length;
  const use = cellUse(ss);
  if (old && use.used + need > CELL_LIMIT) {
    checkRoom(ss, need, cellsOf(old), use);
    at = old.getIndex() - 1;
    ss.deleteSheet(old);
    old = null;
  } else checkRoom(ss, need, 0, use);
  const tmp = ss.insertSheet(freeSheetName(name, takenNames(ss), ' (new)'), at);
  try {
    markOwn(tmp, kind, grid.structure);
    ensureSize(tmp, rows, cols, true);
    const range = tmp.getRange(1, 1, rows, width);
    range.setValues(grid.values);
    range.setNumberFormats(grid.formats);
    // the layout shares one weight row among many lines: convert each distinct row once
    const weights = new Map<boolean[], ('bold' | 'normal')[]>();
    range.setFontWeights(
      grid.bold.map((r) => {
        let w = weights.get(r);
        if (!w) weights.set(r, (w = r.map((b): 'bold' | 'normal' => (b ? 'bold' : 'normal'))));
        return w;
      }),
    );
    tmp.setFrozenRows(1);
    if (chart) {
      const b = chart.block;
      let builder = tmp
        .newChart()
        .setChartType(chart.type)
        .addRange(tmp.getRange(b.row, b.col, b.numRows, b.numCols))
        .setNumHeaders(1)
        .setOption('title', chart.title);
      for (const [k, v] of Object.entries(chart.options ?? {})) builder = builder.setOption(k, v);
      tmp.insertChart(builder.setPosition(chart.at.row, chart.at.col, 0, 0).build());
    }
    tmp.autoResizeColumns(1, width);
    // one write per capped column whatever the widths came to, so the number of writes stays constant
    for (const [col, max] of Object.entries(extra.maxWidths ?? {}))
      tmp.setColumnWidth(Number(col), Math.min(tmp.getColumnWidth(Number(col)), max));
    if (extra.protectNote) tmp.protect().setDescription(extra.protectNote).setWarningOnly(true);
  } catch (err) {
    ss.deleteSheet(tmp);
    throw err;
  }
  if (old) ss.deleteSheet(old);
  tmp.setName(name);
  ss.setActiveSheet(tmp);
  return tmp;
}

export function writeLayout(ss: Spreadsheet, name: string, layout: Layout, chartTitle: string): GoogleAppsScript.Spreadsheet.Sheet {
  return writeOwnSheet(ss, name, 'shortlist', layout, WIDTH, {
    chart: { type: Charts.ChartType.PIE, block: layout.chart, title: chartTitle, at: layout.chartAt },
    maxWidths: layout.maxWidths,
  });
}

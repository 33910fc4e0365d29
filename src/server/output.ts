// Writes a finished layout as a sheet: built in full on a new sheet first,
// then swapped in for the old output, so a failure midway leaves the previous
// output as it was. A constant number of calls whatever the size.

import { InputError } from '../core/i18n';
import { Layout, WIDTH } from '../core/shortlist/layout';
import { ownOutputs, rememberOutput } from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function freeName(ss: Spreadsheet, base: string): string {
  for (let i = 1; ; i++) {
    const name = `${base} (${i})`;
    if (!ss.getSheetByName(name)) return name;
  }
}

/** Refuses to replace a sheet the add-on did not make. */
export function checkOutputName(ss: Spreadsheet, name: string): void {
  if (ss.getSheetByName(name) && !ownOutputs().includes(name)) throw new InputError('outputNotOurs', { name });
}

export function writeLayout(ss: Spreadsheet, name: string, layout: Layout, chartTitle: string): GoogleAppsScript.Spreadsheet.Sheet {
  const old = ss.getSheetByName(name);
  const tmp = ss.insertSheet(freeName(ss, name), old ? old.getIndex() : ss.getSheets().length);
  try {
    const rows = layout.values.length;
    // A new sheet has 1,000 rows; the "all roster rows" block can need more. Always
    // one call (at least one spare row), so the number of writes never depends on the size.
    tmp.insertRowsAfter(tmp.getMaxRows(), Math.max(1, rows - tmp.getMaxRows()));
    const range = tmp.getRange(1, 1, rows, WIDTH);
    range.setValues(layout.values);
    range.setNumberFormats(layout.formats);
    range.setFontWeights(layout.bold.map((r) => r.map((b) => (b ? 'bold' : 'normal'))));
    tmp.setFrozenRows(1);
    const c = layout.chart;
    tmp.insertChart(
      tmp
        .newChart()
        .setChartType(Charts.ChartType.PIE)
        .addRange(tmp.getRange(c.row, c.col, c.numRows, c.numCols))
        .setNumHeaders(1)
        .setOption('title', chartTitle)
        .setPosition(2, WIDTH + 2, 0, 0)
        .build(),
    );
    tmp.autoResizeColumns(1, WIDTH);
  } catch (err) {
    ss.deleteSheet(tmp);
    throw err;
  }
  if (old) ss.deleteSheet(old);
  tmp.setName(name);
  rememberOutput(name);
  ss.setActiveSheet(tmp);
  return tmp;
}

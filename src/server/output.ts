// Writes a finished layout as a sheet: built in full on a new sheet first,
// then swapped in for the old output, so a failure midway leaves the previous
// output as it was. A constant number of calls whatever the size. Only a sheet
// the add-on marked as its own shortlist is ever replaced.

import { Layout, WIDTH } from '../core/shortlist/layout';
import { freeSheetName } from '../core/share/sheet-name';
import { checkSheetName, ensureSize, markOwn, replaceableSheet, takenNames } from './own-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Refuses a name that is invalid, or taken (in any letter case) by a sheet that is not our shortlist. */
export function checkOutputName(ss: Spreadsheet, name: string): void {
  checkSheetName(name);
  replaceableSheet(ss, name, 'shortlist');
}

export function writeLayout(ss: Spreadsheet, name: string, layout: Layout, chartTitle: string): GoogleAppsScript.Spreadsheet.Sheet {
  const old = replaceableSheet(ss, name, 'shortlist');
  const tmp = ss.insertSheet(freeSheetName(name, takenNames(ss), ' (new)'), old ? old.getIndex() : ss.getSheets().length);
  try {
    markOwn(tmp, 'shortlist', layout.structure);
    const rows = layout.values.length;
    // A chart beside the table needs two more columns than the table.
    ensureSize(tmp, rows, WIDTH + 2);
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
  ss.setActiveSheet(tmp);
  return tmp;
}

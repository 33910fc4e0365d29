// The in-memory Sheets stand-in behaves like Apps Script where the add-on relies on it.

import { describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../local/gas';

function setup(
  sheets: Record<string, unknown[][]> = {
    Roster: [
      ['name', 'followers'],
      ['a', 5000],
      ['b', 120000],
    ],
  },
  opts = {},
) {
  const fake = createFakeSpreadsheet(sheets, opts);
  const g = fake.globals;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  return { fake, g, ss };
}

describe('values', () => {
  it('reads numbers as numbers, blanks as empty strings, booleans and text as is', () => {
    const { ss } = setup({
      S: [
        [1, '', true, 'x'],
        [null, 2.5],
      ],
    });
    expect(ss.getRange('S!A1:D2').getValues()).toEqual([
      [1, '', true, 'x'],
      ['', 2.5, '', ''],
    ]);
  });

  it('keeps apostrophe text as text without the apostrophe', () => {
    const { ss, fake } = setup({ S: [] });
    const r = ss.getRange('S!A1:D1');
    r.setValues([["'123", "'=1+1", "'TRUE", "'"]]);
    expect(r.getValues()).toEqual([['123', '=1+1', 'TRUE', '']]);
    expect(r.getFormulas()).toEqual([['', '', '', '']]);
    expect(fake.sheetValues('S')[0]![0]).toBe('123');
  });

  it('turns = strings into live formulas', () => {
    const { ss, fake } = setup({ S: [[2, 3]] });
    ss.getRange('S!C1').setValue('=A1*B1');
    expect(ss.getRange('S!C1').getValue()).toBe(6);
    expect(ss.getRange('S!C1').getFormula()).toBe('=A1*B1');
    ss.getRange('S!A1').setValue(10);
    expect(fake.sheetValues('S')).toEqual([[10, 3, 30]]);
    expect(fake.sheetFormulas('S')).toEqual([[null, null, '=A1*B1']]);
  });

  it('parses typed numbers like Sheets: percent, digit grouping, booleans', () => {
    const { ss } = setup({ S: [] });
    const r = ss.getRange('S!A1:D1');
    r.setValues([['3.2%', '1,234', '$1,234.50', 'true']]);
    expect(r.getValues()).toEqual([[0.032, 1234, 1234.5, true]]);
    expect(r.getDisplayValues()[0]![0]).toBe('3.20%');
  });

  it('returns dates as Date objects and error cells as error text', () => {
    const { ss } = setup({ S: [[new Date(2024, 0, 5), '=1/0', '=DATE(2024,2,1)']] });
    const [d, err, d2] = ss.getRange('S!A1:C1').getValues()[0]!;
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).getFullYear()).toBe(2024);
    expect((d as Date).getDate()).toBe(5);
    expect(err).toBe('#DIV/0!');
    expect((d2 as Date).getMonth()).toBe(1);
  });

  it('setValue fills every cell of the range', () => {
    const { ss } = setup({ S: [] });
    ss.getRange('S!A1:B2').setValue('x');
    expect(ss.getRange('S!A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
  });

  it('refuses data of the wrong size with the Apps Script message', () => {
    const { ss } = setup({ S: [] });
    const r = ss.getRange('S!A1:B2');
    expect(() => r.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => r.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('formats display values with number formats', () => {
    const { ss } = setup({ S: [[0.0325, 1234567.891, 40, new Date(2024, 0, 5)]] });
    ss.getRange('S!A1:D1').setNumberFormats([['0.0%', '#,##0.00', '0.0"x"', 'yyyy-mm-dd']]);
    expect(ss.getRange('S!A1:D1').getDisplayValues()).toEqual([['3.3%', '1,234,567.89', '40.0x', '2024-01-05']]);
    expect(ss.getRange('S!A1:B1').getNumberFormats()).toEqual([['0.0%', '#,##0.00']]);
    expect(ss.getRange('S!E1').getNumberFormat()).toBe('General');
  });
});

describe('ranges and sheets', () => {
  it('bounds getDataRange, getLastRow and getLastColumn by content', () => {
    const { ss } = setup({
      S: [
        ['a', 'b', ''],
        ['c', null, null],
        [null, null, null],
      ],
    });
    const sh = ss.getSheetByName('S')!;
    expect(sh.getLastRow()).toBe(2);
    expect(sh.getLastColumn()).toBe(2);
    expect(sh.getDataRange().getA1Notation()).toBe('A1:B2');
    const empty = ss.insertSheet('Empty');
    expect(empty.getLastRow()).toBe(0);
    expect(empty.getDataRange().getA1Notation()).toBe('A1');
    expect(empty.getMaxRows()).toBe(1000);
    expect(empty.getMaxColumns()).toBe(26);
  });

  it('addresses ranges by row/column and A1, with offsets', () => {
    const { ss } = setup({ S: [] });
    const sh = ss.getSheetByName('S')!;
    const r = sh.getRange(2, 3, 4, 2);
    expect(r.getA1Notation()).toBe('C2:D5');
    expect([r.getRow(), r.getColumn(), r.getLastRow(), r.getLastColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 5, 4, 4, 2]);
    expect(r.offset(1, -1).getA1Notation()).toBe('B3:C6');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('C2');
    expect(sh.getRange('B:B').getA1Notation()).toBe('B1:B1000');
    expect(r.getSheet()).toBe(sh);
    expect(() => sh.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sh.getRange(1, 1, 1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sh.getRange('nonsense')).toThrow('Range not found');
  });

  it('inserts, renames and deletes sheets like Sheets', () => {
    const { ss, fake } = setup();
    const out = ss.insertSheet('Shortlist');
    expect(fake.sheetNames()).toEqual(['Roster', 'Shortlist']);
    expect(ss.getActiveSheet().getName()).toBe('Shortlist');
    expect(() => ss.insertSheet('Roster')).toThrow('A sheet with the name "Roster" already exists. Please enter another name.');
    expect(ss.insertSheet('First', 0).getIndex()).toBe(1);
    expect(ss.insertSheet().getName()).toBe('Sheet4');
    out.setName('Picks');
    expect(ss.getSheetByName('Shortlist')).toBeNull();
    expect(ss.getSheetByName('Picks')).toBe(out);
    expect(() => out.setName('Roster')).toThrow('already exists');
    out.getRange('A1').setValue('=Roster!B2*2');
    expect(out.getRange('A1').getValue()).toBe(10000);
    ss.deleteSheet(out);
    expect(fake.sheetNames()).toEqual(['First', 'Roster', 'Sheet4']);
    expect(ss.getSheetByName('Picks')).toBeNull();
  });

  it('keeps frozen rows, bold, charts and protections', () => {
    const { ss, fake, g } = setup();
    const sh = ss.getSheetByName('Roster')!;
    sh.setFrozenRows(1);
    sh.getRange('A1:B1').setFontWeight('bold');
    sh.getRange('B2:B3').setNumberFormat('#,##0');
    const chart = sh
      .newChart()
      .setChartType(g.Charts.ChartType.PIE)
      .addRange(sh.getRange('A1:B3'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Tiers')
      .build();
    sh.insertChart(chart);
    const p = sh.protect().setDescription('output').setWarningOnly(true);
    const f = fake.formats('Roster');
    expect(f.frozenRows).toBe(1);
    expect([...f.bold]).toEqual(['A1', 'B1']);
    expect(f.numberFormats.get('B3')).toBe('#,##0');
    expect(f.charts).toHaveLength(1);
    expect(sh.getCharts()[0]!.spec).toMatchObject({ type: 'PIE', ranges: ['Roster!A1:B3'], options: { title: 'Tiers' } });
    expect(sh.getProtections(g.SpreadsheetApp.ProtectionType.SHEET)).toEqual([p]);
    expect(p.isWarningOnly()).toBe(true);
    sh.removeChart(chart);
    expect(fake.formats('Roster').charts).toHaveLength(0);
  });
});

describe('sheet names, sizes and developer metadata as in Sheets', () => {
  it('finds and refuses sheet names regardless of letter case', () => {
    const { ss } = setup({ Shortlist: [['x']] });
    expect(ss.getSheetByName('shortlist')).toBe(ss.getSheetByName('Shortlist'));
    expect(ss.getSheetByName('SHORTLIST')!.getName()).toBe('Shortlist');
    expect(() => ss.insertSheet('shortlist')).toThrow('A sheet with the name "shortlist" already exists.');
    const other = ss.insertSheet('Other');
    expect(() => other.setName('SHORTLIST')).toThrow('already exists');
    ss.getSheetByName('Shortlist')!.setName('shortlist'); // a case-only rename of the same sheet is allowed
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['shortlist', 'Other']);
  });

  it('throws on writes outside a new sheet (1,000 × 26) until it is grown', () => {
    const { ss } = setup({ S: [] });
    const sh = ss.insertSheet('Big');
    const cases: [number, number, number, number][] = [
      [1000, 1, 2, 1],
      [1, 26, 1, 2],
      [1001, 1, 1, 1],
    ];
    for (const [row, col, rows, cols] of cases) {
      expect(() => sh.getRange(row, col, rows, cols)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    }
    sh.insertRowsAfter(sh.getMaxRows(), 4000);
    sh.insertColumnsAfter(sh.getMaxColumns(), 14);
    expect([sh.getMaxRows(), sh.getMaxColumns()]).toEqual([5000, 40]);
    const grid = Array.from({ length: 5000 }, (_, r) => Array.from({ length: 40 }, (_, c) => r * 40 + c));
    sh.getRange(1, 1, 5000, 40).setValues(grid);
    expect(sh.getRange(5000, 40).getValue()).toBe(5000 * 40 - 1);
    expect(() => sh.getRange(5001, 1)).toThrow('outside the dimensions');
  });

  it('keeps developer metadata on the sheet: it follows a rename and is deleted with the sheet', () => {
    const { ss, g } = setup({ Roster: [['a']] });
    const mine = ss.insertSheet('Shortlist');
    mine.addDeveloperMetadata('kind', 'shortlist', g.SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    mine.addDeveloperMetadata('tag');
    const md = mine.getDeveloperMetadata();
    expect(md.map((m) => [m.getKey(), m.getValue(), m.getVisibility()])).toEqual([
      ['kind', 'shortlist', 'PROJECT'],
      ['tag', null, 'DOCUMENT'],
    ]);
    expect(md[0]!.getLocation().getSheet()).toBe(mine);
    mine.setName('Renamed');
    const user = ss.insertSheet('Shortlist'); // the user's own sheet, given the old name
    expect(user.getDeveloperMetadata()).toEqual([]);
    const found = ss.createDeveloperMetadataFinder().withKey('kind').find();
    expect(found.map((m) => m.getLocation().getSheet()!.getName())).toEqual(['Renamed']);
    expect(mine.createDeveloperMetadataFinder().withKey('kind').withValue('other').find()).toEqual([]);
    ss.deleteSheet(mine);
    expect(ss.createDeveloperMetadataFinder().withKey('kind').find()).toEqual([]);
    expect(() => md[0]!.getValue()).toThrow();
    expect(ss.getDeveloperMetadata()).toEqual([]);
  });

  it('removes, rewrites and limits metadata at one location', () => {
    const { ss } = setup({ S: [] });
    const sh = ss.getSheetByName('S')!;
    sh.addDeveloperMetadata('a', 'x');
    const m = sh.getDeveloperMetadata()[0]!;
    m.setValue('y');
    expect(sh.getDeveloperMetadata()[0]!.getValue()).toBe('y');
    m.remove();
    expect(sh.getDeveloperMetadata()).toEqual([]);
    expect(() => sh.addDeveloperMetadata('big', 'x'.repeat(30_001))).toThrow('exceeds the limit of 30000 characters');
    expect(sh.getDeveloperMetadata()).toEqual([]);
    expect(() => sh.addDeveloperMetadata('', 'x')).toThrow('key cannot be empty');
  });
});

describe('counters', () => {
  it('counts reads and writes with the range, not metadata calls', () => {
    const { ss, fake } = setup();
    fake.counters.reset();
    const sh = ss.getSheetByName('Roster')!;
    sh.getLastRow();
    sh.getName();
    ss.getSheets();
    const values = sh.getDataRange().getValues();
    sh.getRange(1, 3, values.length, 1).setValues(values.map(() => ['x']));
    sh.getRange('C1').setFontWeight('bold');
    sh.setFrozenRows(1);
    expect(fake.counters.reads).toBe(1);
    expect(fake.counters.writes).toBe(3);
    expect(fake.counters.calls).toEqual([
      'Range.getValues Roster!A1:B3',
      'Range.setValues Roster!C1:C3',
      'Range.setFontWeight Roster!C1',
      'Sheet.setFrozenRows Roster',
    ]);
    fake.counters.reset();
    expect([fake.counters.reads, fake.counters.writes, fake.counters.calls]).toEqual([0, 0, []]);
  });
});

describe('services', () => {
  it('document properties are backed by fake.properties', () => {
    const { g, fake } = setup();
    const props = g.PropertiesService.getDocumentProperties();
    expect(props.getProperty('k')).toBeNull();
    props.setProperty('k', 'v').setProperties({ a: 1, b: 'two' });
    expect(fake.properties.get('a')).toBe('1');
    expect(props.getProperties()).toEqual({ k: 'v', a: '1', b: 'two' });
    props.deleteProperty('k');
    expect(fake.properties.has('k')).toBe(false);
    g.PropertiesService.getUserProperties().setProperty('u', 'x');
    expect(fake.properties.has('u')).toBe(false);
  });

  it('the document lock fails while another run holds it', () => {
    const { g, fake } = setup();
    const lock = g.LockService.getDocumentLock();
    fake.lock.held = true;
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(lock.hasLock()).toBe(false);
    fake.lock.held = false;
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('records menus, sidebars and alerts', () => {
    const { g, fake } = setup();
    fake.htmlFiles.set('Sidebar', '<p>hi</p>');
    const ui = g.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Build shortlist…', 'showShortlistSidebar').addSeparator().addToUi();
    ui.showSidebar(g.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Shortlist'));
    ui.alert('Done');
    expect(fake.ui.menus).toEqual([
      {
        name: 'Add-on',
        items: [
          ['Build shortlist…', 'showShortlistSidebar'],
          ['---', ''],
        ],
      },
    ]);
    expect(fake.ui.sidebars).toEqual([{ title: 'Shortlist', html: '<p>hi</p>' }]);
    expect(fake.ui.alerts).toEqual(['Done']);
    expect(() => g.HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  it('answers locale, time zone and auth mode', () => {
    const { g, ss } = setup({ S: [] }, { locale: 'ja_JP', userLocale: 'ko', timeZone: 'Asia/Tokyo' });
    expect(ss.getSpreadsheetLocale()).toBe('ja_JP');
    expect(g.Session.getActiveUserLocale()).toBe('ko');
    expect(g.Session.getScriptTimeZone()).toBe('Asia/Tokyo');
    expect(g.ScriptApp.AuthMode.NONE).toBe('NONE');
    expect(g.Utilities.formatDate(new Date(Date.UTC(2024, 0, 5, 15, 4, 5)), 'Asia/Tokyo', "yyyy-MM-dd'T'HH:mm:ss")).toBe(
      '2024-01-06T00:04:05',
    );
  });
});

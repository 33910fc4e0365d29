// The preview's XLSX writer and reader (local/preview/xlsx.ts) and the way the
// preview moves a workbook between files and the in-memory spreadsheet
// (local/preview/workbook.ts): a round trip keeps text, numbers, booleans,
// errors, formulas with values, spilled ranges, formats, bold and frozen rows;
// files written by other programs (inline and rich strings with furigana,
// shared formulas, prefixed XML, dates) read as they should.

import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../local/gas';
import { applyFormats, exportWorkbook, fakeInput, fixTextCells, LoadedWorkbook } from '../local/preview/workbook';
import { XCell, XSheet, XLSX_LIMITS, XlsxRefused, a1, colName, decodeOoxmlText, encodeOoxmlText, isFormula, parseA1, readXlsx, shiftFormula, writeXlsx } from '../local/preview/xlsx';
import { XmlError, parseXml } from '../local/preview/xml';
import { HOSTILE_XLSX, lyingZipBomb, xlsxOf, zipBomb } from './support/hostile-xlsx';

const MTIME = new Date('2026-01-01T00:00:00Z');

const TRICKY = [
  'アカウント',
  '계정',
  '<img src=x onerror="alert(1)">',
  'a & b < c > d "e" \'f\'',
  ' leading and trailing ',
  'line 1\nline 2\r\nline 3\rline 4',
  'tab\there',
  'control \u0001\u0008\u001f chars',
  'literal _x0041_ stays',
  '😀 emoji and 𠮷 (outside the BMP)',
  '=HYPERLINK("http://x","y")',
  "'apostrophe",
  '00123',
  'TRUE',
  '1,234',
  '3.2%',
  'long '.repeat(1_000),
];

function sampleSheets(): XSheet[] {
  const rows: XCell[][] = [
    ['name', 'n', 'flag', 'err', 'formula'],
    ...TRICKY.map((t, i): XCell[] => [t, i * 1.5 - 3, i % 2 === 0, i === 0 ? { error: '#DIV/0!' } : null]),
  ];
  rows[1]![4] = { formula: '=B2*2', value: -6 };
  rows[2]![4] = { formula: '=A2&"!"', value: 'アカウント!' };
  rows[3]![4] = { formula: '=1/0', value: { error: '#DIV/0!' } };
  rows[4]![4] = { formula: '=ROI_CPV(2, 3000, 1.5)', value: { error: '#ERROR!' } };
  rows[5]![4] = { formula: '=B2>0', value: false };
  // An array formula spilling over F2:G4, with its cached results.
  rows[1]![5] = { formula: '=ER_TIER(B2:B4, C2:C4)', value: 'nano · within', ref: 'F2:G4' };
  rows[1]![6] = 'x';
  rows[2]![5] = 'mid · within';
  rows[2]![6] = 2;
  rows[3]![5] = 'mega · below';
  rows[3]![6] = true;
  // Sparse: far right and far down.
  rows[40] = [];
  rows[40][27] = 'AB41';
  const numbers: XCell[][] = [[0, -0.5, 1e-7, 1e21, 0.1 + 0.2, 123456789012345, -42, Number.MAX_SAFE_INTEGER]];
  return [
    {
      name: '名簿 & "data"',
      rows,
      numberFormats: new Map([['B2', '0.00%'], ['B3', '"¥"#,##0'], ['B4', '#,##0'], ['F2', 'yyyy/mm/dd']]),
      bold: new Set(['A1', 'B1', 'C1']),
      frozenRows: 1,
    },
    { name: '숫자', rows: numbers },
    { name: 'Empty', rows: [] },
  ];
}

describe('XLSX round trip', () => {
  it('reads back what it wrote: sheets, text, numbers, booleans, errors, formulas, arrays, formats, bold, frozen rows', () => {
    const sheets = sampleSheets();
    const back = readXlsx(writeXlsx(sheets, { mtime: MTIME }));
    expect(back.map((s) => s.name)).toEqual(['名簿 & "data"', '숫자', 'Empty']);
    const [a, b, c] = back;
    // Every cell, as written (nulls are empty cells: absent on the way back).
    const norm = (rows: XCell[][]) => Array.from(rows, (r) => Array.from(r ?? [], (v) => (v === null ? undefined : v)));
    const trim = (rows: XCell[][]) => norm(rows).map((r) => {
      const out = [...r];
      while (out.length && out[out.length - 1] === undefined) out.pop();
      return out;
    });
    const want = trim(sheets[0]!.rows);
    // A formula's error value Excel does not know (#ERROR! with the add-on's message) is kept as its text.
    want[4]![4] = { formula: '=ROI_CPV(2, 3000, 1.5)', value: '#ERROR!' };
    expect(trim(a!.rows)).toEqual(want);
    expect(a!.rows[1]![0]).toBe('アカウント');
    expect(a!.rows[6]![0]).toBe('line 1\nline 2\r\nline 3\rline 4'); // CR survives (XML alone would make it LF)
    expect(a!.rows[8]![0]).toBe('control \u0001\u0008\u001f chars');
    expect(a!.rows[9]![0]).toBe('literal _x0041_ stays');
    expect(a!.rows[1]![5]).toEqual({ formula: '=ER_TIER(B2:B4, C2:C4)', value: 'nano · within', ref: 'F2:G4' });
    expect(a!.rows[40]![27]).toBe('AB41');
    expect(a!.numberFormats).toEqual(new Map([['B2', '0.00%'], ['B3', '"¥"#,##0'], ['B4', '#,##0'], ['F2', 'yyyy/mm/dd']]));
    expect(a!.bold).toEqual(new Set(['A1', 'B1', 'C1']));
    expect(a!.frozenRows).toBe(1);
    expect(b!.rows).toEqual(sheets[1]!.rows); // every double exactly
    expect(c!.rows).toEqual([]);
  });

  it('writes the same bytes for the same workbook (reproducible examples/)', () => {
    const one = writeXlsx(sampleSheets(), { mtime: MTIME });
    const two = writeXlsx(sampleSheets(), { mtime: MTIME });
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
  });

  it('writes a package Excel accepts: parts, content types, relationships, sheet-name rules', () => {
    const files = unzipSync(writeXlsx([{ name: 'a/b:c*?[x]', rows: [['v']] }, { name: "'quoted'", rows: [] }, { name: 'x'.repeat(40), rows: [] }, { name: 'X'.repeat(40), rows: [] }], { mtime: MTIME }));
    expect(Object.keys(files).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml'].sort(),
    );
    const wb = new TextDecoder().decode(files['xl/workbook.xml']);
    expect(wb).toContain('name="a_b_c___x_"');
    expect(wb).toContain('name="quoted"');
    expect(wb).toContain(`name="${'x'.repeat(31)}"`);
    expect(wb).toContain(`name="${'X'.repeat(27)} (2)"`); // names are unique regardless of case
    const types = new TextDecoder().decode(files['[Content_Types].xml']);
    for (let i = 1; i <= 4; i++) expect(types).toContain(`/xl/worksheets/sheet${i}.xml`);
  });

  it('refuses what is not an XLSX, saying so', () => {
    expect(() => readXlsx(strToU8('アカウント,費用\n'))).toThrow(/not a zip/i);
    expect(() => readXlsx(zipSync({ 'hello.txt': strToU8('hi') }))).toThrow(/no workbook/i);
    expect(() => writeXlsx([])).toThrow(/at least one sheet/);
  });
});

describe('XLSX from other programs', () => {
  const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const file = (sheetXml: string, extra: Record<string, string> = {}) =>
    zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${R}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': strToU8(`<x:workbook xmlns:x="${NS}" xmlns:rel="${R}"><x:sheets><x:sheet name="シート1" sheetId="7" rel:id="rIdA"/></x:sheets></x:workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rIdA" Type="${R}/worksheet" Target="/xl/worksheets/data.xml"/>` +
          `<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="strings.xml"/>` +
          `<Relationship Id="rIdT" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
      ),
      'xl/strings.xml': strToU8(
        `<?xml version="1.0"?><sst xmlns="${NS}">` +
          `<si><t>フォロワー数</t><rPh sb="0" eb="5"><t>フォロワースウ</t></rPh><phoneticPr fontId="1"/></si>` +
          `<si><r><rPr><b/></rPr><t>費</t></r><r><t xml:space="preserve">用 </t></r></si>` +
          `<si><t>a_x000D_b &amp; &#x3042;</t></si></sst>`,
      ),
      'xl/styles.xml': strToU8(
        `<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="170" formatCode="#,##0&quot;人&quot;"/></numFmts>` +
          `<fonts count="2"><font/><font><b val="1"/></font></fonts>` +
          `<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="170" fontId="1"/><xf numFmtId="0" fontId="1"/></cellXfs></styleSheet>`,
      ),
      'xl/worksheets/data.xml': strToU8(sheetXml),
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
    });

  it('reads rich text without its furigana, inline strings, shared formulas, dates, styles, prefixed XML and cells without addresses', () => {
    const sheet =
      `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${NS}"><x:sheetViews><x:sheetView><x:pane ySplit="2" state="frozen"/></x:sheetView></x:sheetViews><x:sheetData>` +
      `<x:row r="1"><x:c r="A1" t="s" s="3"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>인라인</x:t></x:is></x:c><x:c r="D1" t="s"><x:v>2</x:v></x:c></x:row>` +
      `<x:row r="2"><x:c r="A2" s="2"><x:v>125000</x:v></x:c><x:c r="B2"><x:f t="shared" ref="B2:B4" si="0">A2*2+$A$2+SUM(A$2:A2)</x:f><x:v>375000</x:v></x:c><x:c r="C2" s="1"><x:v>46023</x:v></x:c><x:c r="D2" t="d"><x:v>2026-01-01T12:00:00</x:v></x:c></x:row>` +
      `<x:row r="3"><x:c r="A3"><x:v>3</x:v></x:c><x:c r="B3"><x:f t="shared" si="0"/><x:v>131</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row>` +
      `<x:row><x:c><x:v>4</x:v></x:c><x:c r="B4"><x:f t="shared" si="0"/></x:c><x:c r="C4"><x:f>_xlfn.XLOOKUP(1,A2:A4,B2:B4)</x:f><x:v>375000</x:v></x:c></x:row>` +
      `</x:sheetData></x:worksheet>`;
    const [s] = readXlsx(file(sheet));
    expect(s!.name).toBe('シート1');
    expect(s!.frozenRows).toBe(2);
    expect(s!.rows[0]).toEqual(['フォロワー数', '費用 ', '인라인', 'a\rb & あ']);
    expect(s!.rows[1]![0]).toBe(125000);
    expect(s!.rows[1]![1]).toEqual({ formula: '=A2*2+$A$2+SUM(A$2:A2)', value: 375000 });
    expect(s!.rows[2]![1]).toEqual({ formula: '=A3*2+$A$2+SUM(A$2:A3)', value: 131 });
    expect(s!.rows[3]![1]).toEqual({ formula: '=A4*2+$A$2+SUM(A$2:A4)', value: null });
    expect(s!.rows[1]![2]).toBe(46023);
    expect(s!.rows[1]![3]).toBe(46023.5); // t="d": the serial day number
    expect(s!.rows[2]!.slice(2)).toEqual([true, { error: '#N/A' }]); // cells without r follow the previous one
    expect(s!.rows[3]![0]).toBe(4); // a row without r follows the previous row
    expect(s!.rows[3]![2]).toEqual({ formula: '=XLOOKUP(1,A2:A4,B2:B4)', value: 375000 });
    expect(s!.numberFormats!.get('A2')).toBe('#,##0"人"');
    expect(s!.numberFormats!.get('C2')).toBe('yyyy-mm-dd');
    expect(s!.bold).toEqual(new Set(['A1', 'A2']));
  });

  it('skips a sheet whose part is missing (a chart sheet), keeps the others', () => {
    const withChart = file(`<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`);
    const files = unzipSync(withChart);
    files['xl/workbook.xml'] = strToU8(`<workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="Chart1" sheetId="1" r:id="rIdX"/><sheet name="Data" sheetId="2" r:id="rIdA"/></sheets></workbook>`);
    expect(readXlsx(zipSync(files)).map((s) => s.name)).toEqual(['Data']);
  });
});

describe('XLSX helpers', () => {
  it('names columns and cells', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16_383].map(colName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect(a1(0, 0)).toBe('A1');
    expect(parseA1('$AB$12')).toEqual([11, 27]);
    expect(parseA1('12')).toBeNull();
  });

  it('escapes what XML cannot hold, and reads it back', () => {
    for (const s of ['a\rb', '\u0000', '_x0041_', '_x005F_', 'plain', '_xZZZZ_']) expect(decodeOoxmlText(encodeOoxmlText(s))).toBe(s);
    expect(encodeOoxmlText('a\rb')).toBe('a_x000D_b');
    expect(encodeOoxmlText('\ud800 lone')).toBe('\ufffd lone');
  });

  it('moves the relative references of a shared formula, not the absolute ones, names or strings', () => {
    expect(shiftFormula('A1+$B$2+C$3+$D4', 2, 1)).toBe('B3+$B$2+D$3+$D6');
    expect(shiftFormula('SUM(A1:B2)*LOG10(A1)', 1, 0)).toBe('SUM(A2:B3)*LOG10(A2)');
    expect(shiftFormula('"A1"&\'Sheet A1\'!A1&Sheet2!B2', 1, 0)).toBe('"A1"&\'Sheet A1\'!A2&Sheet2!B3');
    expect(shiftFormula('A1', -1, 0)).toBe('#REF!');
  });
});

describe('the preview workbook: spreadsheet → XLSX → spreadsheet', () => {
  it('keeps values, formulas, spilled ranges, typed formats, text that looks like numbers, bold and frozen rows', () => {
    const fake = createFakeSpreadsheet(
      {
        Roster: [
          ['アカウント', 'フォロワー数', 'ER', '費用', 'code', 'sum', 'seq'],
          ['@hana', '12.5万', '3.2%', '¥150000', "'00123", '=SUM(1,2)', '=SEQUENCE(3)'],
          ['@minji', 50000, '0.7%', '1,234', "'TRUE", '=B3*2', null],
          [IMG_TEXT, '', '', '', "'=not a formula", '=1/0', null],
        ],
        Settings: [['CVR', '2%']],
      },
      { locale: 'ja_JP' },
    );
    const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName('Roster')!.getRange('A1:G1').setFontWeight('bold');
    ss.getSheetByName('Roster')!.setFrozenRows(1);
    ss.getSheetByName('Roster')!.getRange('B3').setNumberFormat('#,##0');

    const exported = exportWorkbook(fake);
    const roster = exported[0]!;
    expect(roster.rows[1]![6]).toEqual({ formula: '=SEQUENCE(3)', value: 1, ref: 'G2:G4' });
    expect(roster.rows[2]![6]).toBe(2);
    expect(roster.rows[2]![2]).toBe(0.007); // "0.7%" as typed, not 0.006999…
    expect(roster.numberFormats!.get('C2')).toBe('0.00%');
    expect(roster.numberFormats!.get('D2')).toBe('"¥"#,##0');

    const wb: LoadedWorkbook = { title: 't', sheets: readXlsx(writeXlsx(exported)), description: '', kind: 'xlsx' };
    const input = fakeInput(wb);
    expect(input.sheets.Roster![2]![6]).toBeNull(); // a spilled cell is left for its formula
    const again = createFakeSpreadsheet(input.sheets, { locale: 'ja_JP' });
    fixTextCells(again, input.textCells);
    applyFormats(again, wb);
    expect(again.sheetNames()).toEqual(['Roster', 'Settings']);
    expect(again.sheetValues('Roster')).toEqual(fake.sheetValues('Roster'));
    expect(again.sheetFormulas('Roster')).toEqual(fake.sheetFormulas('Roster'));
    expect(again.sheetValues('Settings')).toEqual(fake.sheetValues('Settings'));
    const v = again.sheetValues('Roster');
    expect(v[1]![4]).toBe('00123'); // text stays text
    expect(v[2]![4]).toBe('TRUE');
    expect(v[3]![4]).toBe('=not a formula');
    expect(v[3]![0]).toBe(IMG_TEXT);
    const f = again.formats('Roster');
    expect(f.frozenRows).toBe(1);
    expect([...f.bold].sort()).toEqual(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1']);
    expect(f.numberFormats.get('B3')).toBe('#,##0');
    expect(f.numberFormats.get('C2')).toBe('0.00%');
  });

  it('reads a CSV roster as typed: numbers, percents and formulas convert, as in Sheets import', () => {
    const wb: LoadedWorkbook = { title: 'r', description: '', kind: 'csv', sheets: [{ name: 'r', rows: [['a', 'b'], ['1,234', '3.2%'], ['=1+1', '12.5万']] }] };
    const input = fakeInput(wb);
    expect(input.textCells).toEqual([]);
    const fake = createFakeSpreadsheet(input.sheets, { locale: 'ja_JP' });
    expect(fake.sheetValues('r')).toEqual([['a', 'b'], [1234, 0.032], [2, '12.5万']]);
  });
});

const IMG_TEXT = '<img src=x onerror="window.__xss=1">';

describe('XLSX size', () => {
  it('writes and reads 10,000 rows (the time is in npm run bench)', () => {
    const rows: XCell[][] = [['アカウント', '媒体', 'フォロワー数', '費用', 'ER']];
    for (let i = 0; i < 10_000; i++) rows.push([`@creator_${i}`, i % 2 ? 'TikTok' : 'Instagram', `${(i % 90) + 1}.5万`, 10_000 + i, (i % 9) / 100]);
    const bytes = writeXlsx([{ name: 'Roster', rows }]);
    const [back] = readXlsx(bytes);
    expect(back!.rows).toHaveLength(10_001);
    expect(back!.rows[10_000]).toEqual(rows[10_000]);
    expect(isFormula(back!.rows[1]![0])).toBe(false);
  });
});

describe('XLSX that a careless or hostile sender could hand over (issue 10)', () => {
  // The big ones at their real size are in `npm run bench` (time and peak memory to refuse).
  const cases: { name: string; file: () => Uint8Array; says: RegExp; limits?: Partial<Record<keyof typeof XLSX_LIMITS, number>> }[] = [
    ...HOSTILE_XLSX.filter((c) => !/1 GB|3,000,001|lying/.test(c.name)),
    { name: 'zip bomb lying about its size (20 MB said to be 1 KB)', file: () => lyingZipBomb(20), says: /Sheet Bomb is cut short/ },
    { name: 'zip bomb (300 MB inflated)', file: () => zipBomb(300), says: /inflates to more than 256 MB \(xl\/worksheets\/sheet1\.xml alone declares 300 MB\)/ },
    {
      name: 'more filled cells than the limit',
      file: () => xlsxOf([{ name: 'Big', data: Array.from({ length: 50 }, (_, r) => `<row r="${r + 1}">${'<c><v>1</v></c>'.repeat(30)}</row>`).join('') }]),
      says: /Big: more than 1,000 filled cells \(at Big!\w+\)/,
      limits: { filledCells: 1_000 },
    },
    { name: 'an unquoted attribute', file: () => xlsxOf([{ name: 'Roster', data: '<row r=1><c r="A1"><v>1</v></c></row>' }]), says: /unquoted attribute/ },
  ];
  it.each(cases)('refuses $name, saying why', ({ file, says, limits }) => {
    const bytes = file();
    expect(() => readXlsx(bytes, { limits })).toThrow(XlsxRefused);
    expect(() => readXlsx(bytes, { limits })).toThrow(says);
  });

  it('still reads what is within the limits: the last row and column of the grid', () => {
    const [s, t] = readXlsx(xlsxOf([{ name: 'Down', data: '<row r="1048576"><c r="A1048576"><v>7</v></c></row>' }, { name: 'Across', data: '<row r="2"><c r="XFD2"><v>8</v></c></row>' }]));
    expect(s!.rows).toHaveLength(1_048_576);
    expect(s!.rows[1_048_575]![0]).toBe(7);
    expect(t!.rows[1]![16_383]).toBe(8);
  });

  it('keeps a sheet named __proto__ and both of two sheets with the same name (the second renamed, with a notice)', () => {
    const notices: string[] = [];
    const cell = (t: string) => `<row r="1"><c r="A1" t="inlineStr"><is><t>${t}</t></is></c></row>`;
    const sheets = readXlsx(
      xlsxOf([
        { name: '__proto__', data: cell('proto data') },
        { name: 'Roster', data: cell('first') },
        { name: 'roster', data: cell('second') },
        { name: 'Roster', data: cell('third') },
        { name: 'constructor', data: cell('ctor') },
      ]),
      { notices },
    );
    expect(sheets.map((s) => s.name)).toEqual(['__proto__', 'Roster', 'roster (2)', 'Roster (3)', 'constructor']);
    expect(sheets.map((s) => s.rows[0]![0])).toEqual(['proto data', 'first', 'second', 'third', 'ctor']);
    expect(notices).toEqual([
      'Two sheets are named "roster" (names are unique regardless of case): the second one is shown as "roster (2)".',
      'Two sheets are named "Roster" (names are unique regardless of case): the second one is shown as "Roster (3)".',
    ]);
    // Into the in-memory spreadsheet, every sheet with its data.
    const wb: LoadedWorkbook = { title: 't', description: '', kind: 'xlsx', sheets };
    const input = fakeInput(wb);
    const fake = createFakeSpreadsheet(input.sheets);
    const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
    for (const [key, name] of input.renames) ss.getSheetByName(key)!.setName(name);
    expect(fake.sheetNames()).toEqual(['__proto__', 'Roster', 'roster (2)', 'Roster (3)', 'constructor']);
    expect(fake.sheetNames().map((n) => fake.sheetValues(n)[0]![0])).toEqual(['proto data', 'first', 'second', 'third', 'ctor']);
  });
});

describe('the XML scanner', () => {
  it('reads what the parts hold and refuses what never closes, in one pass', () => {
    const root = parseXml('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><!-- c --><a x="1 > 0" y=\'&lt;\'><b/>t&amp;u<![CDATA[<raw>]]></a>');
    const a = root.children[0] as { name: string; attrs: Record<string, string>; children: unknown[] };
    expect(a.name).toBe('a');
    expect({ ...a.attrs }).toEqual({ x: '1 > 0', y: '<' });
    expect(a.children.slice(1)).toEqual(['t&u', '<raw>']);
    for (const bad of ['<a', '<a x="1>', '<!-- x', '<?pi', '<![CDATA[x', '<a x=1>']) expect(() => parseXml(bad), bad).toThrow(XmlError);
    expect(() => parseXml('<a/>'.repeat(11), { maxElements: 10 })).toThrow(/more than 10 XML elements/);
  });
});

// The built bundle's custom functions evaluated in HyperFormula the way Sheets
// evaluates them: ranges in, spilled arrays out, thrown errors as #ERROR!.

import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DetailedCellError } from 'hyperformula';
import { createFakeSpreadsheet, Fake } from '../local/gas';
import { registerCustomFunctions } from '../local/hf-plugin';
import { BundleGlobals, loadBundle } from '../local/load-bundle';

const COMMENTS = ['これどこのブランドですか？', 'かわいい！', '❤️', '어디서 살 수 있나요?'];

// Columns: A cvr, B aov, C cpv, D followers, E er, F comments; results from H on.
const SHEET: unknown[][] = [
  ['cvr', 'aov', 'cpv', 'followers', 'er', 'comments', '', 'roi', 'tier', 'share', 'single', 'bad'],
  [0.02, 3000, 1.5, 5000, 0.05, COMMENTS[0]],
  [0.01, 5000, 2, 100000, 0.02, COMMENTS[1]],
  ['2%', '$3,000', '$1.5', '1.2M', '0.4%', COMMENTS[2]], // the fake's en_US locale: dollars (yen would be refused)
  [null, null, null, null, null, COMMENTS[3]],
];

let fake: Fake;
let bundle: BundleGlobals;

beforeAll(() => {
  fake = createFakeSpreadsheet({ Sheet1: SHEET });
  bundle = loadBundle(fake.globals);
  registerCustomFunctions(bundle);
  const sh = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
  sh.getRange('H2:L2').setValues([[
    '=ROI_CPV(A2:A4, B2:B4, C2:C4)',
    '=ER_TIER(D2:D4, E2:E4)',
    '=COMMENT_INTENT(F2:F5, "share")',
    '=ROI_CPV(0.02, 3000, 1.5)',
    '=ROI_CPV(2, 3000, 1.5)',
  ]]);
});

const cell = (a1: string) => {
  const { hf } = fake;
  return hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId('Sheet1')!)!);
};

describe('custom functions in HyperFormula', () => {
  it('evaluates a single call to a scalar', () => {
    expect(cell('K2')).toBeCloseTo(40, 10);
  });

  it('spills range results down the rows, like Sheets', () => {
    const v = fake.sheetValues('Sheet1');
    expect((v[1]![7] as number)).toBeCloseTo(40, 10);
    expect((v[2]![7] as number)).toBeCloseTo(25, 10);
    expect((v[3]![7] as number)).toBeCloseTo(40, 10);
    expect(v.slice(1, 4).map((r) => r[8])).toEqual(['nano · within', 'mid · within', 'mega · below']);
    expect(fake.sheetFormulas('Sheet1')[2]![7]).toBeNull(); // spilled cells hold no formula
  });

  it('gives a scalar (no spill) for COMMENT_INTENT share', () => {
    const v = fake.sheetValues('Sheet1');
    expect(v[1]![9]).toBe(0.5);
    expect(v[2]![9]).toBe('');
  });

  it('shows a thrown error as #ERROR! with its message', () => {
    const err = cell('L2');
    expect(err).toBeInstanceOf(DetailedCellError);
    expect((err as DetailedCellError).value).toBe('#ERROR!');
    expect((err as DetailedCellError).message).toMatch(/above 100%/);
    expect(fake.sheetValues('Sheet1')[1]![11]).toBe('#ERROR!');
  });

  it('recomputes when an input changes, and reads through getValues', () => {
    const sh = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    sh.getRange('C2').setValue(3);
    expect(sh.getRange('H2').getValue()).toBeCloseTo(20, 10);
    sh.getRange('C2').setValue(1.5);
  });

  it('passes arguments as Sheets does: ranges as 2-D arrays, cells as values, omitted args absent', () => {
    const seen: unknown[][] = [];
    registerCustomFunctions({
      ARGS_PROBE: (...args: unknown[]) => {
        seen.push(args);
        return args.length;
      },
    });
    const probe = createFakeSpreadsheet({ S: [[1, '', true, 'x']] });
    const sh = probe.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S')!;
    sh.getRange('A3').setValue('=ARGS_PROBE(A1:D1, A1, A1:A1, B1)');
    sh.getRange('A4').setValue('=ARGS_PROBE(A1)');
    expect(sh.getRange('A3:A4').getValues()).toEqual([[4], [1]]);
    expect(seen).toContainEqual([[[1, '', true, 'x']], 1, [[1]], '']);
    expect(seen).toContainEqual([1]);
  });

  it('trades dates, errors and arrays with the bundle in its own realm', () => {
    const sh = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    sh.getRange('M2:N2').setValues([[new Date(2024, 0, 5), '=ROI_CPV(M2, 3000, 1.5)']]);
    expect((cell('N2') as DetailedCellError).message).toMatch(/a date \(2024-01-05\)/);
    const isDate: unknown = vm.runInContext("SpreadsheetApp.getActiveSpreadsheet().getRange('Sheet1!M2').getValue() instanceof Date", bundle);
    expect(isDate).toBe(true);
    const isError: unknown = vm.runInContext("(() => { try { SpreadsheetApp.getActiveSpreadsheet().insertSheet('Sheet1'); } catch (e) { return e instanceof Error; } })()", bundle);
    expect(isError).toBe(true);
    vm.runInContext("SpreadsheetApp.getActiveSpreadsheet().getRange('Sheet1!P2:Q3').setValues([[1, '=P2*2'], ['1.1%', 'x']])", bundle);
    expect(fake.sheetValues('Sheet1').slice(1, 3).map((r) => r.slice(15, 17))).toEqual([[1, 2], [0.011, 'x']]);
  });

  it('spills like Sheets: a collision shows #REF!, registering again swaps the implementation', () => {
    registerCustomFunctions({ PAIR: () => [[1], [2]] });
    const f = createFakeSpreadsheet({ S: [['=PAIR()'], [null], ['=PAIR()'], ['blocker']] });
    expect(f.sheetValues('S')).toEqual([[1], [2], ['#REF!'], ['blocker']]);
    registerCustomFunctions({ PAIR: () => [[3], [4]] });
    const g = createFakeSpreadsheet({ S: [['=PAIR()']] });
    expect(g.sheetValues('S')).toEqual([[3], [4]]);
  });

  it('runs the bundle with only the Apps Script globals', () => {
    expect(typeof bundle.ROI_CPV).toBe('function');
    expect(bundle.require).toBeUndefined();
    expect(bundle.process).toBeUndefined();
    bundle.onOpen();
    expect(fake.ui.menus.at(-1)!.items[0]![1]).toBe('showShortlistSidebar');
  });
});

// Client snapshots and freeze-formulas against the in-memory spreadsheet.
import { describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../local/gas';
import { loadBundle } from '../local/load-bundle';
import { registerCustomFunctions } from '../local/hf-plugin';

const SOURCE = [
  ['アカウント', 'フォロワー数', '費用', 'CPV', '利益率', 'ER判定', 'ROI'],
  ["'=HYPERLINK(\"http://x\",\"y\")", 120000, 150000, 1.5, 0.3, '=ER_TIER(B2, 0.02)', '=ROI_CPV(0.02, 3000, D2)'],
  ['@micro', 34000, 45000, 1.5, 0.3, '=ER_TIER(B3, 0.05)', '=ROI_CPV(0.02, 3000, D3)'],
];

function setup() {
  const fake = createFakeSpreadsheet({ Roster: SOURCE }, { locale: 'ja_JP', timeZone: 'Asia/Tokyo' });
  const gas = loadBundle(fake.globals);
  registerCustomFunctions(gas as Record<string, (...a: unknown[]) => unknown>);
  return { fake, gas };
}

describe('createClientSnapshot', () => {
  it('writes a dated values-only copy without the hidden columns, protected with a warning; the source is unchanged', () => {
    const { fake, gas } = setup();
    const before = JSON.stringify(fake.sheetFormulas('Roster'));
    const { sheet } = gas.createClientSnapshot({ sourceSheet: 'Roster', hideColumns: ['費用', 'CPV', '利益率'] });
    expect(sheet).toMatch(/^Roster スナップショット \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(fake.sheetValues(sheet)).toEqual([
      ['アカウント', 'フォロワー数', 'ER判定', 'ROI'],
      ['=HYPERLINK("http://x","y")', 120000, 'mid · within', 40],
      ['@micro', 34000, 'micro · within', 40],
    ]);
    expect(fake.sheetFormulas(sheet).flat().filter(Boolean)).toEqual([]);
    expect(fake.formats(sheet).protections.length).toBe(1);
    expect(JSON.stringify(fake.sheetFormulas('Roster'))).toBe(before);
  });

  it('suggests hiding fee, CPV and margin', () => {
    const { gas } = setup();
    expect(gas.getSnapshotContext('Roster').suggestedHidden).toEqual(['費用', 'CPV', '利益率']);
  });

  it('refuses a missing sheet or an unknown column and writes nothing', () => {
    const { fake, gas } = setup();
    expect(() => gas.createClientSnapshot({ sourceSheet: 'Nope' })).toThrow('「Nope」がありません');
    expect(() => gas.createClientSnapshot({ sourceSheet: 'Roster', hideColumns: ['金額'] })).toThrow('「金額」');
    expect(() => gas.createClientSnapshot(null)).toThrow();
    expect(fake.sheetNames()).toEqual(['Roster']);
  });
});

describe('freezeFormulas', () => {
  it("replaces the add-on's formulas by their values and keeps other formulas", () => {
    const fake = createFakeSpreadsheet({ S: [['=ROI_CPV(0.02, 3000, 1.5)', '=1+1', "'=text", 'plain']] }, { locale: 'en_US' });
    const gas = loadBundle(fake.globals);
    registerCustomFunctions(gas as Record<string, (...a: unknown[]) => unknown>);
    const r = gas.freezeFormulas({ sheet: 'S' });
    expect(r).toEqual({ sheet: 'S', range: 'A1:D1', frozen: 1 });
    expect(fake.sheetFormulas('S')).toEqual([[null, '=1+1', null, null]]);
    expect(fake.sheetValues('S')).toEqual([[40, 2, '=text', 'plain']]);
  });

  it('freezes a spilled result whole and leaves other formulas and their cells alone', () => {
    const fake = createFakeSpreadsheet(
      { S: [['f', 'er', 'tier', 'sum'], [5000, 0.05, '=ER_TIER(A2:A4, B2:B4)', '=A2+A3'], [34000, 0.04, '', ''], ['1.2M', 0.004, '', 'note']] },
      { locale: 'en_US' },
    );
    const gas = loadBundle(fake.globals);
    registerCustomFunctions(gas as Record<string, (...a: unknown[]) => unknown>);
    expect(gas.freezeFormulas({ sheet: 'S' }).frozen).toBe(1);
    expect(fake.sheetFormulas('S').map((r) => r[2])).toEqual([null, null, null, null]);
    expect(fake.sheetValues('S').map((r) => r[2])).toEqual(['tier', 'nano · within', 'micro · within', 'mega · below']);
    expect(fake.sheetFormulas('S')[1]![3]).toBe('=A2+A3');
  });

  it('refuses a range it cannot read, in the user language', () => {
    const fake = createFakeSpreadsheet({ S: [['a']] }, { locale: 'ja_JP' });
    const gas = loadBundle(fake.globals);
    expect(() => gas.freezeFormulas({ sheet: 'S', range: 'ZZZ' })).toThrow('「ZZZ」は「S」の範囲として読めません');
  });
});

// The add-on knows its own sheets by the mark on them (developer metadata),
// never by name; every other sheet is the user's and is never deleted or
// overwritten. Big outputs fit; names stay valid in Sheets and Excel.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../local/gas';
import { loadBundle } from '../local/load-bundle';
import { generateRoster } from '../local/sample-roster';

beforeAll(() => {
  if (!existsSync('dist/Code.js')) execSync('node scripts/build.mjs', { stdio: 'inherit' });
});

const ROSTER = [
  ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用', 'エンゲージメント率'],
  ['@mega_a', 'Instagram', '120万', '80万', '¥1,200,000', '1.1%'],
  ['@micro_c', 'Instagram', '3.4万', '3万', '¥45,000', '5%'],
  ['@nano_e', 'TikTok', '5000', '6000', '¥6,000', '7%'],
  ['@pricey', 'Instagram', '200万', '50万', '¥1,250,000', '1%'], // CPV 2.5: a near miss
];
const BASE = { rosterSheet: 'Roster', cpvCap: 2, budget: 2_000_000 };

function setup(sheets: Record<string, unknown[][]> = { Roster: ROSTER }, locale = 'en_US') {
  // A yen roster lives in a yen spreadsheet (a ¥ fee in a dollar sheet is refused); the person's language varies.
  const fake = createFakeSpreadsheet(sheets, { locale: 'ja_JP', userLocale: locale });
  const gas = loadBundle(fake.globals);
  const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { fake, gas, ss };
}

describe('own sheets by identity, not by name', () => {
  it('a renamed output stays ours; a user sheet given the old name is never overwritten', () => {
    const { fake, gas, ss } = setup();
    gas.runShortlist(BASE);
    ss.getSheetByName('Shortlist')!.setName('Shortlist Oct');
    ss.insertSheet('Shortlist').getRange('A1').setValue('my notes');
    expect(() => gas.runShortlist(BASE)).toThrow('"Shortlist" already exists and was not made by this add-on');
    expect(fake.sheetValues('Shortlist')).toEqual([['my notes']]);
    expect(fake.sheetNames()).toEqual(['Roster', 'Shortlist Oct', 'Shortlist']);
    // The renamed output is still known as ours: not offered as a roster, listed as an output.
    expect(gas.getShortlistContext().outputs).toEqual(['Shortlist Oct']);
    // Writing into the renamed output again replaces it, in place.
    gas.runShortlist({ ...BASE, outputSheet: 'Shortlist Oct' });
    expect(fake.sheetNames()).toEqual(['Roster', 'Shortlist Oct', 'Shortlist']);
  });

  it("after its output is deleted, a user sheet of that name is the user's", () => {
    const { fake, gas, ss } = setup();
    gas.runShortlist(BASE);
    ss.deleteSheet(ss.getSheetByName('Shortlist')!);
    ss.insertSheet('Shortlist').getRange('A1').setValue('client list');
    expect(() => gas.runShortlist(BASE)).toThrow('was not made by this add-on');
    expect(fake.sheetValues('Shortlist')).toEqual([['client list']]);
  });

  it('names differing only in case are one sheet: no stray sheet, and a user sheet stays refused', () => {
    const { fake, gas } = setup();
    gas.runShortlist(BASE);
    gas.runShortlist({ ...BASE, outputSheet: 'shortlist' });
    expect(fake.sheetNames()).toEqual(['Roster', 'shortlist']);

    const user = setup({ Roster: ROSTER, shortlist: [['mine']] });
    for (let i = 0; i < 2; i++)
      expect(() => user.gas.runShortlist(BASE)).toThrow('"shortlist" already exists and was not made by this add-on');
    expect(user.fake.sheetNames()).toEqual(['Roster', 'shortlist']);
    expect(user.fake.sheetValues('shortlist')).toEqual([['mine']]);
  });

  it('does not rest on how getSheetByName compares case: still no stray sheet with an exact-match lookup', () => {
    const user = setup({ Roster: ROSTER, shortlist: [['mine']] });
    type Ss = typeof user.ss;
    const proto = Object.getPrototypeOf(user.ss) as { getSheetByName: (this: Ss, n: string) => unknown };
    const original = proto.getSheetByName;
    proto.getSheetByName = function (this: Ss, n: string) {
      return this.getSheets().find((s) => s.getName() === n) ?? null;
    };
    try {
      expect(() => user.gas.runShortlist(BASE)).toThrow('"shortlist" already exists and was not made by this add-on');
    } finally {
      proto.getSheetByName = original;
    }
    expect(user.fake.sheetNames()).toEqual(['Roster', 'shortlist']);
  });

  it('never replaces a client snapshot with a shortlist, nor a shortlist with a snapshot', () => {
    const { fake, gas } = setup();
    const { sheet } = gas.createClientSnapshot({ sourceSheet: 'Roster', hideColumns: ['費用'], name: 'Client view' });
    expect(() => gas.runShortlist({ ...BASE, outputSheet: sheet })).toThrow('was not made by this add-on');
    gas.runShortlist(BASE);
    expect(gas.createClientSnapshot({ sourceSheet: 'Roster', name: 'Shortlist' }).sheet).toBe('Shortlist (2)');
    expect(fake.sheetNames()).toEqual(['Roster', 'Client view', 'Shortlist', 'Shortlist (2)']);
  });

  // [output sheet name, message part]
  const NAMES: [string, string][] = [
    ['Q3:picks', 'contains :'],
    ['a/b', 'contains /'],
    ['[draft]', 'contains ['],
    ["'quoted'", "contains '"],
    ['x'.repeat(32), 'longer than 31 characters'],
  ];
  it.each(NAMES)('refuses the output name %j, which Excel cannot keep, and writes nothing', (name, message) => {
    const { fake, gas } = setup();
    expect(() => gas.runShortlist({ ...BASE, outputSheet: name })).toThrow(message);
    expect(fake.sheetNames()).toEqual(['Roster']);
  });

  it('names snapshots within 31 characters and without : (valid in XLSX)', () => {
    for (const locale of ['en_US', 'ja_JP', 'ko_KR']) {
      const { gas } = setup({ 'A very long roster sheet name!': ROSTER }, locale);
      const a = gas.createClientSnapshot({ sourceSheet: 'A very long roster sheet name!' }).sheet;
      const b = gas.createClientSnapshot({ sourceSheet: 'A very long roster sheet name!' }).sheet;
      for (const n of [a, b]) {
        expect(n.length).toBeLessThanOrEqual(31);
        expect(n).not.toMatch(/[:\\/?*[\]]/);
      }
      expect(b).toMatch(/ \(2\)$/);
    }
  });
});

describe('big sheets', () => {
  it('writes a shortlist of about 2,000 creators (more rows than a new sheet has)', () => {
    const { fake, gas } = setup({ Roster: generateRoster(2500, 7) });
    const r = gas.runShortlist({ rosterSheet: 'Roster', cpvCap: 1000, budget: 1e12 });
    expect(r.selected.length).toBeGreaterThan(1500);
    const out = fake.sheetValues('Shortlist');
    expect(out.length).toBeGreaterThan(1000);
    expect(
      out
        .slice(1, r.selected.length + 1)
        .map((row) => row[1])
        .sort(),
    ).toEqual(r.selected.map((c) => c.handle).sort());
  });

  it('snapshots a 5,000 × 40 sheet whole', () => {
    const grid = Array.from({ length: 5000 }, (_, r) => Array.from({ length: 40 }, (_, c) => (r === 0 ? `col ${c + 1}` : r * 40 + c)));
    grid[0]![3] = 'Fee';
    const { fake, gas } = setup({ Big: grid });
    const { sheet, removed } = gas.createClientSnapshot({ sourceSheet: 'Big', hideColumns: ['Fee'] });
    const out = fake.sheetValues(sheet);
    expect([out.length, out[0]!.length]).toEqual([5000, 39]);
    expect(out[4999]![38]).toBe(4999 * 40 + 39);
    expect(out[0]).not.toContain('Fee');
    expect(removed).toEqual(['Fee']);
  });
});

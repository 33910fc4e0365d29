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

describe("Sheets' 10,000,000-cell limit", () => {
  // A spreadsheet near the limit without holding ten million values: a sheet's rows grow without data.
  function nearlyFull(free: number) {
    const t = setup({ Roster: ROSTER, Archive: [['old data']] });
    const archive = t.ss.getSheetByName('Archive')!;
    const other = t.ss.getSheets().reduce((a, sh) => a + sh.getMaxRows() * sh.getMaxColumns(), 0) - 1000 * 26;
    archive.insertRowsAfter(1000, Math.floor((10_000_000 - other - free) / 26) - 1000);
    return t;
  }
  const used = (ss: ReturnType<typeof setup>['ss']) => ss.getSheets().reduce((a, sh) => a + sh.getMaxRows() * sh.getMaxColumns(), 0);

  it('the shortlist sheet is as wide as what it holds, chart included: a 2,500-row roster takes rows × 16 cells, not × 26', () => {
    const { ss, gas } = setup({ Roster: generateRoster(2500, 7) });
    gas.runShortlist({ rosterSheet: 'Roster', cpvCap: 2, budget: 5_000_000 });
    const out = ss.getSheetByName('Shortlist')!;
    expect(out.getMaxColumns()).toBe(16);
    const chart = out.getCharts()[0]!.getContainerInfo();
    expect(chart.getAnchorColumn()).toBeLessThanOrEqual(16);
  });

  it("the all-rows block's long reasons and details do not widen the chosen table's columns", () => {
    const { ss, gas } = setup({
      Roster: [...ROSTER, ['@bad_fee', 'Instagram', '2万', '1万', '¥1万5千と交通費（要相談、別途見積もり）', '3%']],
    });
    gas.runShortlist(BASE);
    const out = ss.getSheetByName('Shortlist')!;
    expect(out.getColumnWidth(5)).toBeLessThanOrEqual(200);
    expect(out.getColumnWidth(6)).toBe(240); // the unreadable cell's message would make it wider
    expect(out.getColumnWidth(2)).toBeGreaterThan(100); // other columns still fit their text
  });

  it('refuses before writing, in the user’s language, naming the largest sheet; the roster and its neighbours untouched, no stray sheet', () => {
    const { fake, gas, ss } = nearlyFull(10_000);
    const before = fake.sheetNames();
    const roster = fake.sheetValues('Roster');
    expect(() => gas.runShortlist(BASE)).toThrow(
      /needs [\d,]+ more cells.*uses [\d,]+ of the 10,000,000 cells.*"Archive", is [\d,]+ rows × 26 columns/,
    );
    expect(fake.sheetNames()).toEqual(before);
    expect(fake.sheetValues('Roster')).toEqual(roster);
    expect(fake.sheetValues('Archive')).toEqual([['old data']]);
    expect(used(ss)).toBeLessThanOrEqual(10_000_000);
    const ja = createFakeSpreadsheet({ Roster: ROSTER }, { locale: 'ja_JP', userLocale: 'ja_JP' });
    ja.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Roster')!.insertRowsAfter(1000, 383_000);
    expect(() => loadBundle(ja.globals).runShortlist(BASE)).toThrow(/上限10,000,000セル.*「Roster」は384,000行×26列/);
  });

  it('a results sheet that would not fit is refused before it is inserted', () => {
    const { fake, gas, ss } = setup({ Roster: ROSTER, Archive: [['old data']] });
    gas.runShortlist(BASE);
    ss.getSheetByName('Archive')!.insertRowsAfter(1000, Math.floor((10_000_000 - used(ss) - 10_000) / 26));
    const before = fake.sheetNames();
    expect(() => gas.createResultsSheet({ campaign: 'K' })).toThrow(/needs 26,000 more cells/);
    expect(fake.sheetNames()).toEqual(before);
  });

  it('when the old output and the new one only fit one at a time, the old output (ours) goes first', () => {
    const { fake, gas, ss } = setup({ Roster: ROSTER, Archive: [['old data']] });
    gas.runShortlist(BASE);
    const old = ss.getSheetByName('Shortlist')!.getMaxRows() * 16;
    // room for one shortlist and a new sheet's 26,000 cells, not for two shortlists side by side
    const archive = ss.getSheetByName('Archive')!;
    archive.insertRowsAfter(1000, Math.floor((10_000_000 - used(ss) - 20_000) / 26));
    const free = 10_000_000 - used(ss);
    expect(free).toBeLessThan(26_000); // a new sheet beside the old output does not fit
    expect(free + old).toBeGreaterThanOrEqual(26_000); // in its place, it does
    const r = gas.runShortlist(BASE);
    expect(r.selected.length).toBeGreaterThan(0);
    expect(fake.sheetNames()).toEqual(['Roster', 'Archive', 'Shortlist']);
    expect(fake.sheetValues('Archive')).toEqual([['old data']]);
  });
});

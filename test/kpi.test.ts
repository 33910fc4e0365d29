// The KPI shortlist (issue 12) end to end: the built bundle in node:vm over
// the in-memory spreadsheet. Objectives, the comments sheet, must-include and
// exclude, the blended CPV limit, the ER table, and a status for every row.

import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../local/gas';
import { loadBundle } from '../local/load-bundle';
import { generateRoster } from '../local/sample-roster';
import { COMMENT_PLAN, KPI_ROSTER, KPI_SETTINGS, kpiComments } from './support/kpi-roster';
import { allRows as statusLines, planShortlist } from '../src/core/shortlist/plan';
import { currencyOf } from '../src/core/currency';
import { handleKey } from '../src/core/roster/keys';
import { presetFromRows } from '../src/core/tiers';

beforeAll(() => {
  if (!existsSync('dist/Code.js')) execSync('node scripts/build.mjs', { stdio: 'inherit' });
});

function setup(sheets: Record<string, unknown[][]> = { Roster: KPI_ROSTER, Comments: kpiComments() }, locale = 'en_JP') {
  const fake = createFakeSpreadsheet(sheets, { locale });
  return { fake, gas: loadBundle(fake.globals) };
}
const handles = (r: { selected: { handle: string }[] }) => r.selected.map((c) => c.handle).sort();
const COMMENTS = { sheet: 'Comments' };

/** The "all roster rows" block of the output: [row, handle, platform, status, reason, detail, …]. */
function allRows(fake: ReturnType<typeof setup>['fake'], at: number): unknown[][] {
  const out = fake.sheetValues('Shortlist');
  const body: unknown[][] = [];
  for (let i = at + 1; i < out.length && out[i]![0] !== ''; i++) body.push(out[i]!);
  return body;
}

describe('objectives: each KPI picks its own team (the README example)', () => {
  // [objective, extra settings, chosen, objective total]
  const CASES: [string, Record<string, unknown>, string[], number][] = [
    ['views', {}, ['@micro_save', '@reach_big'], 200_000],
    ['actions', {}, ['@mid_mix', '@micro_buy', '@micro_save'].sort(), 3300],
    ['intent', { commentsSheet: COMMENTS }, ['@mid_mix', '@micro_buy', '@nano_chat'].sort(), 40_000 * 0.25 + 45_000 / 30 + 100_000 * 0.05],
    ['revenue', { cvr: '1%', aov: 3000 }, ['@micro_save', '@reach_big'], 200_000 * 0.01 * 3000],
  ];
  it.each(CASES)('%s', (objective, extra, chosen, total) => {
    const { gas } = setup();
    const r = gas.runShortlist({ ...KPI_SETTINGS, objective, ...extra });
    expect(handles(r)).toEqual(chosen);
    expect(r.objective).toBe(objective);
    expect(r.value).toBeCloseTo(total, 6);
    expect(r.proven).toBe(true);
  });

  it('reports the objective total next to views, spend and blended CPV, and says optimal', () => {
    const { fake, gas } = setup();
    gas.runShortlist({ ...KPI_SETTINGS, objective: 'actions' });
    const out = fake.sheetValues('Shortlist');
    const label = (text: string) => out.find((row) => row[0] === text)?.[1];
    expect(label('Objective (KPI)')).toBe('Actions (saves + shares)');
    expect(label('Total objective value')).toBe(3300);
    expect(label('Total expected views')).toBe(190_000);
    expect(label('Spend')).toBe(300_000);
    expect(label('Blended CPV')).toBeCloseTo(300_000 / 190_000, 9);
    expect(label('Optimality')).toBe('optimal (proven)');
  });
});

describe('the comments sheet', () => {
  it("is read once, and each creator's share equals COMMENT_INTENT's share over their comments", () => {
    const { fake, gas } = setup();
    fake.counters.reset();
    gas.runShortlist({ ...KPI_SETTINGS, objective: 'intent', commentsSheet: COMMENTS });
    const reads = fake.counters.calls.filter((c: string) => /get(Values|DisplayValues|Formulas)/.test(c) && c.includes('Comments'));
    expect(reads.length).toBe(1);

    const out = fake.sheetValues('Shortlist');
    const comments = kpiComments().slice(1);
    for (const [handle] of COMMENT_PLAN.slice(0, 5)) {
      const own = comments.filter((r) => handleKey(String(r[0])) === handleKey(handle)).map((r) => [r[1]]);
      const expected = gas.COMMENT_INTENT(own, 'share');
      const line = out.slice(1, 4).find((row) => typeof row[1] === 'string' && handleKey(row[1]) === handleKey(handle));
      if (line) expect(line[13]).toBeCloseTo(expected as number, 12);
      // INTENT_SHARE, the formula form, gives the same number.
      expect(
        (
          gas.INTENT_SHARE(
            comments.map((r) => [r[1]]),
            comments.map((r) => [r[0]]),
            [[handle.replace(/^https.*com\/|\/$/g, '')]],
          ) as number[][]
        )[0]![0],
      ).toBeCloseTo(expected as number, 12);
    }
  });

  it('marks a creator with under 10 comments as estimated (the pooled share)', () => {
    const { fake, gas } = setup();
    gas.runShortlist({ ...KPI_SETTINGS, cpvCap: 6, budget: 2_000_000, objective: 'intent', commentsSheet: COMMENTS });
    const out = fake.sheetValues('Shortlist');
    const formats = fake.formats('Shortlist').numberFormats;
    const row = out.findIndex((r) => r[1] === '@pricey');
    expect(row).toBeGreaterThan(0);
    expect(formats.get(`M${row + 1}`)).toContain('(est.)');
  });

  it('says which columns it needs when it cannot find them', () => {
    const { gas } = setup({
      Roster: KPI_ROSTER,
      Comments: [
        ['x', 'y'],
        ['a', 'b'],
      ],
    });
    expect(() => gas.runShortlist({ ...KPI_SETTINGS, objective: 'intent', commentsSheet: COMMENTS })).toThrow(
      'needs a creator column and a comment column',
    );
  });
});

describe('actions without data', () => {
  const roster = KPI_ROSTER.map((r, i) => (i === 2 ? [...r.slice(0, 6), '', '', '', ''] : r)); // @micro_save: no saves/shares
  it('are left out with a reason by default, or valued at the tier median when asked', () => {
    const a = setup({ Roster: roster });
    const r = a.gas.runShortlist({ ...KPI_SETTINGS, objective: 'actions' });
    expect(r.excluded.noActions).toBe(1);
    expect(handles(r)).not.toContain('@micro_save');
    const b = setup({ Roster: roster });
    const r2 = b.gas.runShortlist({ ...KPI_SETTINGS, objective: 'actions', missingActions: 'tierMedian' });
    expect(r2.excluded.noActions).toBeUndefined();
    // Micro tier: only @micro_buy has data, 300 actions per 40,000 views; @micro_save has 50,000 views.
    const line = allRows(b.fake, r2.allRowsAt).find((x) => x[1] === '@micro_save')!;
    expect(line[3]).not.toBe('Excluded');
    expect(line[8]).toBeCloseTo(50_000 * (300 / 40_000), 9);
  });
});

describe('must-include and exclude', () => {
  it('chooses a must-include above the cap, marked so, and counts it in the budget', () => {
    const { fake, gas } = setup();
    const r = gas.runShortlist({ ...KPI_SETTINGS, budget: 700_000, mustInclude: ['https://www.instagram.com/pricey/'] });
    expect(handles(r)).toContain('@pricey');
    expect(r.spend).toBeLessThanOrEqual(700_000);
    const line = fake.sheetValues('Shortlist').find((row) => row[1] === '@pricey')!;
    expect(line[0]).toBe('Reach · must-include (over the cap)');
  });

  it('excludes by handle in the settings and by a mark in the NG column, saying which cell', () => {
    const roster = KPI_ROSTER.map((r, i) => (i === 1 ? [...r.slice(0, 9), 'NG'] : r));
    const { fake, gas } = setup({ Roster: roster });
    const r = gas.runShortlist({ ...KPI_SETTINGS, exclude: ['micro_save'] });
    expect(handles(r)).not.toContain('@reach_big');
    expect(handles(r)).not.toContain('@micro_save');
    expect(r.excluded.userExcluded).toBe(2);
    const rows = allRows(fake, r.allRowsAt);
    expect(rows.find((x) => x[1] === '@reach_big')!.slice(3, 6)).toEqual(['Excluded', 'Excluded by you', 'J2']);
    expect(rows.find((x) => x[1] === '@micro_save')!.slice(3, 6)).toEqual(['Excluded', 'Excluded by you', 'in your exclude list']);
  });

  it('a 確定 mark makes a creator must-include', () => {
    const roster = KPI_ROSTER.map((r, i) => (i === 4 ? [...r.slice(0, 8), '○', ''] : r));
    const { gas } = setup({ Roster: roster });
    const r = gas.runShortlist(KPI_SETTINGS);
    expect(r.selected.find((c: { handle: string }) => c.handle === '@nano_chat')?.mustInclude).toBe(true);
  });

  it('says so when the must-include creators alone break the budget', () => {
    const { fake, gas } = setup();
    fake.counters.reset();
    expect(() => gas.runShortlist({ ...KPI_SETTINGS, mustInclude: ['@pricey'] })).toThrow(
      'must-include creators alone cost ¥500,000, more than the budget of ¥300,000',
    );
    expect(fake.counters.writes).toBe(0);
  });
});

describe('constraints', () => {
  it('keeps the blended CPV under its limit', () => {
    const { gas } = setup();
    const free = gas.runShortlist(KPI_SETTINGS);
    expect(free.blendedCpv).toBeGreaterThan(1.45);
    const r = gas.runShortlist({ ...KPI_SETTINGS, blendedCpvMax: 1.45 });
    expect(r.blendedCpv).toBeLessThanOrEqual(1.45 + 1e-12);
  });

  it('measures the reach window as a share of the money spent', () => {
    const { fake, gas } = setup();
    const r = gas.runShortlist({ ...KPI_SETTINGS, reachShare: { min: '30%', max: '70%' } });
    expect(r.reachSpend / r.spend).toBeGreaterThanOrEqual(0.3 - 1e-12);
    expect(r.reachSpend / r.spend).toBeLessThanOrEqual(0.7 + 1e-12);
    const out = fake.sheetValues('Shortlist');
    const reach = out.find((row) => row[0] === 'Reach' && typeof row[1] === 'number')!;
    expect(reach[3]).toBeCloseTo(r.reachSpend / r.spend, 12); // of spend
    expect(reach[4]).toBeCloseTo(r.reachSpend / 300_000, 12); // of budget
  });

  it('uses the ER table of a sheet range, as ER_TIER does', () => {
    const table = [
      ['min', 'tier', 'low', 'high'],
      [0, 'small', '5.5%', '9%'],
      [100_000, 'big', '1%', '3%'],
    ];
    const { fake, gas } = setup({ Roster: KPI_ROSTER, Settings: table });
    const r = gas.runShortlist({ ...KPI_SETTINGS, erFloor: true, erPreset: { sheet: 'Settings', range: 'A1:D3' } });
    // Under that table only @nano_chat (6%) among the small ones passes the ER floor.
    expect(r.excluded.erBelow).toBe(2);
    const verdicts = fake.sheetValues('Shortlist').slice(1, 1 + r.selected.length);
    for (const row of verdicts) {
      const [tier, verdict] = String(gas.ER_TIER(row[4], row[8], table)).split(' · ');
      expect([row[3], row[9]]).toEqual([tier, verdict]);
    }
  });
  it('names the tier of a custom table with hundreds of tiers, the last ones too', () => {
    // 300 tiers of 1,000 followers each: more than a byte of tier codes holds.
    const preset = presetFromRows(Array.from({ length: 300 }, (_, t) => [t * 1000, `t${t}`, '1%', '20%']));
    const roster = [
      ['Handle', 'Followers', 'Views', 'Fee', 'ER'],
      ['@low', 500, 4000, 4000, '5%'],
      ['@mid', 256_500, 40_000, 40_000, '5%'],
      ['@top', 299_999, 50_000, 50_000, '0.5%'],
    ];
    const limits = { cpvCap: 2, budget: 1_000_000, reachShare: { min: 0, max: 1 }, minEmpathy: 0, erFloor: true, viewRate: null };
    const plan = planShortlist(roster, 'Roster', { ...limits, preset }, currencyOf('ja_JP'));
    expect(plan.chosen.map((c) => [c.handle, c.tier, c.verdict])).toEqual([
      ['@low', 't0', 'within'],
      ['@mid', 't256', 'within'],
    ]);
    expect(statusLines(plan).find((r) => r.handle === '@top')).toMatchObject({ why: 'erBelow', detail: 't299 0.5% < 1%' });
  });
});

describe('every roster row accounted for', () => {
  // [sheet row, handle, status, why, detail]: the reading's refusals merged with the selection's rows, in sheet order.
  const MIXED: unknown[][] = [
    ['handle', 'platform', 'followers', 'views', 'fee', 'ER', '除外'],
    ['@a', 'IG', 50_000, 40_000, 40_000, 0.05, ''],
    ['@b', 'IG', 50_000, 40_000, '要見積', 0.05, ''],
    ['@a', 'IG', 50_000, 40_000, 40_000, 0.05, ''],
    ['@c', 'IG', 50_000, 10_000, 90_000, 0.05, ''],
    ['@d', 'IG', 50_000, 40_000, 40_000, 0.05, 'x'],
    ['@e', 'IG', 50_000, 40_000, '', 0.05, ''],
    ['@a', 'TikTok', 200_000, 150_000, 150_000, 0.02, ''],
    ['@f', 'IG', 50_000, 40_000, 39_000, 0.001, ''],
    ['@g', 'IG', 50_000, 3_000_000, 2_000_000, 0.05, ''],
  ];
  const EXPECTED: [number, string, string, string, string][] = [
    [2, '@a', 'chosen', '', ''],
    [3, '@b', 'excluded', 'unreadable', 'E3'],
    [4, '@a', 'excluded', 'duplicate', '@a'],
    [5, '@c', 'excluded', 'overCap', ''],
    [6, '@d', 'excluded', 'userExcluded', 'G6'],
    [7, '@e', 'excluded', 'noFee', ''],
    [8, '@a', 'chosen', '', ''],
    [9, '@f', 'excluded', 'erBelow', 'micro 0.1% < 3%'],
    [10, '@g', 'notChosen', 'budget', ''],
  ];
  it('one status per row in sheet order, with its reason and detail, counted once', () => {
    const plan = planShortlist(
      MIXED,
      'Roster',
      { cpvCap: 2, budget: 1_000_000, reachShare: { min: 0, max: 1 }, minEmpathy: 0, erFloor: true, viewRate: null },
      currencyOf('ja_JP'),
    );
    const lines = statusLines(plan);
    expect(lines.map((l) => [l.row, l.handle, l.status, l.why, l.detail])).toEqual(EXPECTED);
    expect(plan.statusCounts).toEqual({ chosen: 2, excluded: 6, notChosen: 1 });
    expect(plan.excludedCounts).toEqual({ duplicate: 1, unreadable: 1, noFee: 1, overCap: 1, erBelow: 1, userExcluded: 1 });
    expect(lines[1]!.error?.localized('en')).toMatch(/要見積/);
  });

  it('one row per roster row, exactly one status each, with the roster row number', () => {
    const roster = generateRoster(400, 9);
    const { fake, gas } = setup({ Roster: roster });
    const r = gas.runShortlist({ rosterSheet: 'Roster', cpvCap: 2, budget: 2_000_000, reachShare: { min: '20%', max: '60%' } });
    const rows = allRows(fake, r.allRowsAt);
    const dataRows = roster.slice(1).filter((row) => row.some((v) => v !== '')).length;
    expect(rows.length).toBe(dataRows);
    expect(new Set(rows.map((x) => x[0])).size).toBe(dataRows);
    expect(rows.map((x) => x[0])).toEqual([...rows.map((x) => x[0])].sort((a, b) => (a as number) - (b as number)));
    const statuses = new Set(rows.map((x) => x[3]));
    for (const s of statuses) expect(['Chosen', 'Chosen (must-include)', 'Excluded', 'Eligible, not chosen']).toContain(s);
    expect(rows.filter((x) => x[3] === 'Chosen').length).toBe(r.selected.length);
    expect(r.statusCounts.chosen + r.statusCounts.excluded + r.statusCounts.notChosen).toBe(dataRows);
    // Every excluded or left-out row says why.
    for (const x of rows) if (x[3] !== 'Chosen') expect(x[4]).not.toBe('');
    expect(rows.some((x) => x[4] === 'Budget: the fee does not fit what is left' || String(x[4]).startsWith('Lower value per yen'))).toBe(
      true,
    );
    const unreadable = rows.find((x) => x[4] === 'Unreadable value')!;
    expect(String(unreadable[5])).toMatch(/^[A-Z]+\d+: /); // the cell and the parser's reason
  });

  it('one roster read and the same number of writes for 100 and 3,000 rows, with every option on', () => {
    const writes = [100, 3000].map((n) => {
      const roster = generateRoster(n, 5);
      const { fake, gas } = setup({
        Roster: roster,
        Comments: [
          ['handle', 'comment'],
          [roster[1]![0], 'どこで買えますか？'],
        ],
      });
      fake.counters.reset();
      gas.runShortlist({
        rosterSheet: 'Roster',
        cpvCap: 2,
        budget: n * 10_000,
        objective: 'intent',
        commentsSheet: COMMENTS,
        mustInclude: [String(roster[2]![0])],
        exclude: [String(roster[3]![0])],
      });
      const reads = fake.counters.calls.filter((c: string) => /get(Values|DisplayValues|Formulas)/.test(c) && c.includes('Roster'));
      expect(reads.length).toBe(1);
      return fake.counters.writes;
    });
    expect(writes[0]).toBe(writes[1]);
  });
});

describe('the measured-CVR hook', () => {
  it("values a creator by their own measured CVR before the campaign's", () => {
    const base = {
      cpvCap: 2,
      budget: 300_000,
      reachShare: { min: 0, max: 1 },
      minEmpathy: 0,
      erFloor: false,
      viewRate: null,
      objective: 'revenue' as const,
      cvr: 0.01,
      aov: 3000,
    };
    const plain = planShortlist(KPI_ROSTER, 'Roster', base, currencyOf('ja_JP'));
    expect(plain.chosen.map((c) => c.handle).sort()).toEqual(['@micro_save', '@reach_big']);
    const measured = planShortlist(
      KPI_ROSTER,
      'Roster',
      { ...base, measuredCvr: new Map([[handleKey('@nano_chat'), 0.05]]) },
      currencyOf('ja_JP'),
    );
    expect(measured.chosen.map((c) => c.handle)).toContain('@nano_chat');
    expect(measured.value).toBeCloseTo(
      measured.chosen.reduce((s, c) => s + c.views * (c.handle === '@nano_chat' ? 0.05 : 0.01) * 3000, 0),
      6,
    );
  });
});

// History feeds the next plan (issue 13), on the built bundle in node:vm over
// the in-memory spreadsheet: a campaign is evaluated, then the next
// runShortlist reads History once and leaves out "do not rebook", uses the
// measured CVR for revenue and, when asked, the median of measured views.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../local/gas';
import { loadBundle } from '../local/load-bundle';

beforeAll(() => {
  if (!existsSync('dist/Code.js')) execSync('node scripts/build.mjs', { stdio: 'inherit' });
});

type Values = (string | number)[][];
const handles = (r: { selected: { handle: string }[] }) => r.selected.map((c) => c.handle).sort();

function setup(sheets: Record<string, Values>, userLocale = 'ja_JP') {
  const fake = createFakeSpreadsheet(sheets, { locale: 'ja_JP', userLocale });
  const gas = loadBundle(fake.globals);
  return { fake, gas };
}

/** The "all roster rows" block of the output: [row, handle, platform, status, reason, detail, …]. */
function allRows(fake: ReturnType<typeof setup>['fake'], at: number, sheet = 'Shortlist'): unknown[][] {
  const out = fake.sheetValues(sheet);
  const body: unknown[][] = [];
  for (let i = at + 1; i < out.length && out[i]![0] !== ''; i++) body.push(out[i]!);
  return body;
}

// Cap ¥2 and a budget for all four: only History can keep one out.
const ROSTER: Values = [
  ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用', 'エンゲージメント率'],
  ['@keep_a', 'Instagram', '3万', '3万', '¥30,000', '5%'], // CPV 1
  ['@keep_b', 'TikTok', '2万', '2万', '¥30,000', '5%'], // CPV 1.5
  ['@flop_c', 'Instagram', '4万', '4万', '¥40,000', '5%'], // CPV 1 in the roster; measured CPV 4.44 → do not rebook
  ['@new_d', 'Instagram', '1万', '1万', '¥10,000', '5%'], // no History
];
// A results sheet kept by the team (headers the alias table knows): one campaign's actuals.
const RESULTS: Values = [
  ['アカウント', '媒体', '費用', '実績再生数', '注文数', '売上'],
  ['@keep_a', 'Instagram', 30_000, 30_000, 30, 90_000], // CPV 1, ROAS 3 → rebook
  ['@keep_b', 'TikTok', 30_000, 20_000, 20, 60_000], // CPV 1.5, ROAS 2 → rebook
  ['@flop_c', 'Instagram', 40_000, 9_000, 1, 3_000], // CPV 4.44, ROAS 0.075 → do not rebook
];
const SETTINGS = { rosterSheet: 'Roster', cpvCap: 2, budget: 1_000_000 };

function evaluated(userLocale = 'ja_JP') {
  const s = setup({ Roster: ROSTER, 実績: RESULTS }, userLocale);
  const e = s.gas.evaluateCampaign({ resultsSheet: '実績', cpvCap: 2, campaign: 'K社 BF' });
  expect(e.historySheet).toBe(userLocale === 'ja_JP' ? '履歴' : 'History');
  return s;
}

describe('the next runShortlist after an evaluation', () => {
  it('without History (none yet) chooses all four', () => {
    const { gas } = setup({ Roster: ROSTER });
    expect(handles(gas.runShortlist(SETTINGS))).toEqual(['@flop_c', '@keep_a', '@keep_b', '@new_d']);
  });

  it('leaves out the creator last judged "do not rebook", saying so and naming the campaign (History on by default)', () => {
    const { fake, gas } = evaluated();
    const r = gas.runShortlist(SETTINGS);
    expect(handles(r)).toEqual(['@keep_a', '@keep_b', '@new_d']);
    expect(r.excluded).toEqual({ lastVerdict: 1 });
    const line = allRows(fake, r.allRowsAt).find((x) => x[1] === '@flop_c')!;
    expect(line.slice(3, 6)).toEqual(['除外', '前回の評価：再起用しない', 'K社 BF']);
    // The exclusion counts say it too.
    expect(fake.sheetValues('Shortlist').some((row) => row[0] === '前回の評価：再起用しない' && row[1] === 1)).toBe(true);
  });

  it('in English: the reason in the person\'s language', () => {
    const { fake, gas } = evaluated('en_US');
    const r = gas.runShortlist(SETTINGS);
    const line = allRows(fake, r.allRowsAt).find((x) => x[1] === '@flop_c')!;
    expect(line.slice(3, 5)).toEqual(['Excluded', 'Last verdict: do not rebook']);
  });

  it('chooses a must-included "do not rebook" creator', () => {
    const { gas } = evaluated();
    const r = gas.runShortlist({ ...SETTINGS, mustInclude: ['@flop_c'] });
    expect(handles(r)).toEqual(['@flop_c', '@keep_a', '@keep_b', '@new_d']);
    expect(r.excluded).toEqual({});
    expect(r.selected.find((c: { handle: string }) => c.handle === '@flop_c')?.mustInclude).toBe(true);
  });

  it('ignores History when useHistory is false: no exclusion, no History columns', () => {
    const { fake, gas } = evaluated();
    const r = gas.runShortlist({ ...SETTINGS, useHistory: false });
    expect(handles(r)).toEqual(['@flop_c', '@keep_a', '@keep_b', '@new_d']);
    expect(fake.sheetValues('Shortlist')[0]).not.toContain('前回の評価');
  });

  it('shows each chosen creator\'s last verdict and measured CPV; a creator without History has them blank', () => {
    const { fake, gas } = evaluated();
    gas.runShortlist({ ...SETTINGS, mustInclude: ['@flop_c'] });
    const out = fake.sheetValues('Shortlist');
    const head = out[0]!;
    const verdictAt = head.indexOf('前回の評価');
    const cpvAt = head.indexOf('実測CPV');
    expect([verdictAt, cpvAt]).toEqual([14, 15]);
    const row = (h: string) => out.find((r) => r[1] === h)!;
    expect([row('@keep_a')[verdictAt], row('@keep_a')[cpvAt]]).toEqual(['再起用', 1]);
    expect([row('@keep_b')[verdictAt], row('@keep_b')[cpvAt]]).toEqual(['再起用', 1.5]);
    expect(row('@flop_c')[verdictAt]).toBe('再起用しない');
    expect(row('@flop_c')[cpvAt]).toBeCloseTo(40_000 / 9_000, 12);
    expect([row('@new_d')[verdictAt], row('@new_d')[cpvAt]]).toEqual(['', '']);
  });

  it('keeps the measured CPV out of a client snapshot, like CPV', () => {
    const { fake, gas } = evaluated();
    gas.runShortlist({ ...SETTINGS, mustInclude: ['@flop_c'] });
    const ctx = gas.getSnapshotContext('Shortlist');
    expect(ctx.structured).toBe(true);
    const snap = gas.createClientSnapshot({ sourceSheet: 'Shortlist', hideColumns: ['費用', 'CPV'] });
    expect(snap.removed).toContain('実測CPV');
    const shown = fake.sheetValues(snap.sheet);
    expect(shown[0]).toContain('前回の評価');
    expect(shown[0]).not.toContain('実測CPV');
    // The measured CPV (fee 40,000 ÷ 9,000 views) appears nowhere.
    expect(shown.flat().filter((v) => typeof v === 'number' && Math.abs(v - 40_000 / 9_000) < 1e-9)).toEqual([]);
    expect(JSON.stringify(shown)).not.toContain('4.44');
  });

  it('tells the sidebar that History exists, and carries it in the pre-simulation payload', () => {
    const before = setup({ Roster: ROSTER });
    expect(before.gas.getShortlistContext('Roster').hasHistory).toBe(false);
    const { gas } = evaluated();
    const ctx = gas.getShortlistContext('Roster');
    expect(ctx.hasHistory).toBe(true);
    const at = ctx.presim.rows.key.indexOf('@flop_c');
    expect(ctx.presim.rows.flags[at]! & 8).toBe(8);
    expect(ctx.presim.rows.histCvr[at]).toBeCloseTo(1 / 9_000, 12);
    expect(ctx.presim.rows.histViews[at]).toBe(9_000);
    expect(ctx.presim.rows.histCvr[ctx.presim.rows.key.indexOf('@new_d')]).toBe(-1);
  });
});

// Revenue: one budget slot, two creators. By the campaign's CVR the cheaper-CPV one wins;
// by what each one measured, the other.
const REV_ROSTER: Values = [
  ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用', 'エンゲージメント率'],
  ['@alpha', 'Instagram', '10万', '10万', '¥100,000', '3%'], // CPV 1
  ['@beta', 'Instagram', '8万', '8万', '¥100,000', '3%'], // CPV 1.25
];
const REV_RESULTS: Values = [
  ['アカウント', '媒体', '費用', '実績再生数', '注文数', '売上'],
  ['@alpha', 'Instagram', 100_000, 100_000, 100, 300_000], // CVR 0.1 %, ROAS 3 → rebook
  ['@beta', 'Instagram', 100_000, 300_000, 1500, 4_500_000], // CVR 0.5 %, ROAS 45 → rebook; measured views 300,000
];
const REV = { rosterSheet: 'Roster', cpvCap: 2, budget: 100_000, objective: 'revenue' as const, cvr: '1%', aov: 3000 };

function revEvaluated() {
  const s = setup({ Roster: REV_ROSTER, 実績: REV_RESULTS });
  s.gas.evaluateCampaign({ resultsSheet: '実績', cpvCap: 2, campaign: 'spring' });
  return s;
}

describe('revenue uses the measured CVR; views may use the measured median', () => {
  it('by the campaign\'s CVR alone, @alpha (more views for the fee)', () => {
    const { gas } = setup({ Roster: REV_ROSTER });
    const r = gas.runShortlist(REV);
    expect(handles(r)).toEqual(['@alpha']);
    expect(r.value).toBeCloseTo(100_000 * 0.01 * 3000, 6);
  });

  it('with History, @beta: 80,000 views × its measured 0.5 % beat 100,000 × 0.1 %', () => {
    const { gas } = revEvaluated();
    const r = gas.runShortlist(REV);
    expect(handles(r)).toEqual(['@beta']);
    expect(r.value).toBeCloseTo(80_000 * 0.005 * 3000, 6);
    // Off: back to the campaign's CVR.
    expect(handles(gas.runShortlist({ ...REV, useHistory: false }))).toEqual(['@alpha']);
  });

  const views: ['roster' | 'median', string, number][] = [
    ['roster', '@alpha', 100_000],
    ['median', '@beta', 300_000],
  ];
  it.each(views)('historyViews %s: the views objective chooses %s with %d views', (historyViews, who, want) => {
    const { fake, gas } = revEvaluated();
    const r = gas.runShortlist({ rosterSheet: 'Roster', cpvCap: 2, budget: 100_000, historyViews });
    expect(handles(r)).toEqual([who]);
    expect(r.views).toBe(want);
    const formats = fake.formats('Shortlist').numberFormats;
    const at = fake.sheetValues('Shortlist').findIndex((row) => row[1] === who) + 1;
    if (historyViews === 'median') expect(formats.get(`F${at}`)).toContain('実測');
    else expect(formats.get(`F${at}`) ?? '').not.toContain('実測');
  });

  it('refuses an unknown views choice in the user\'s language', () => {
    const { gas } = revEvaluated();
    expect(() => gas.runShortlist({ ...REV, historyViews: 'mean' as never })).toThrow();
  });
});

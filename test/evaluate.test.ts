// The evaluation cycle as the sidebar drives it, on the built bundle in
// node:vm over the in-memory spreadsheet: shortlist → results sheet →
// actuals typed in → evaluateCampaign → evaluation sheet and History.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../local/gas';
import type { FakeProtection } from '../local/gas/protection';
import { FakeRange } from '../local/gas/range';
import { loadBundle } from '../local/load-bundle';
import type { EvaluatedCreator, EvaluationSummary } from '../src/shared/api';

beforeAll(() => {
  if (!existsSync('dist/Code.js')) execSync('node scripts/build.mjs', { stdio: 'inherit' });
});

const ROSTER = [
  ['アカウント', '媒体', 'フォロワー数', '平均再生数', '費用', 'エンゲージメント率'],
  ['@mega_a', 'Instagram', '120万', '80万', '¥1,200,000', '1.1%'], // reach, CPV 1.5
  ['@mid_b', 'TikTok', '25万', '20万', '¥300,000', '2.2%'], // reach, CPV 1.5
  ['@micro_c', 'Instagram', '3.4万', '3万', '¥45,000', '5%'], // empathy, CPV 1.5
  ['@micro_d', 'Instagram', '8,500人', '9000', '9,000円', '6%'], // empathy, CPV 1
  ['@nano_e', 'TikTok', '5000', '6000', '¥6,000', '7%'], // empathy, CPV 1
  ["'=HYPERLINK(\"http://evil.example\",\"x\")", 'Instagram', '2万', '2万', '¥20,000', '4%'], // empathy, CPV 1
  ['@pricey', 'Instagram', '200万', '50万', '¥3,000,000', '1%'], // over the cap: not chosen
];
const EVIL = '=HYPERLINK("http://evil.example","x")';

// Columns of the results sheet: A key, B handle, C platform, D role, E planned fee, F planned views, G planned CPV,
// H posted, I actual views, J clicks, K orders, L revenue, M actual fee, N saves, O shares, P intent share.
// One designed outcome per row of the decision table (cap ¥2, target ROAS 1).
const ACTUALS: Record<string, (string | number)[]> = {
  // H posted, I views, J clicks, K orders, L revenue, M actual fee, N saves, O shares
  '@mega_a': ['はい', 1_000_000, 20_000, 600, 1_800_000, '', '', ''], // CPV 1.2, ROAS 1.5 → rebook
  '@mid_b': ['はい', 100_000, 3_000, 150, 450_000, '', '', ''], // CPV 3, ROAS 1.5 → lower fee: 2 × 100,000
  '@micro_c': ['はい', 40_000, 800, 3, 9_000, '', 600, 200], // CPV 1.125, ROAS 0.2, 2% actions → with changes + flag
  '@micro_d': ['はい', 3_000, 30, 1, 2_000, '', '', ''], // CPV 3, ROAS 0.22 → do not rebook
  '@nano_e': ['いいえ', '', '', '', '', '', '', ''], // not posted
  [EVIL]: ['はい', '', '', '', '', '', '', ''], // no actual views: no data
};

/** A yen spreadsheet (the roster's fees are in ¥); the person's own language decides the words. */
function setup(userLocale = 'ja_JP') {
  const fake = createFakeSpreadsheet({ Roster: ROSTER }, { locale: 'ja_JP', userLocale });
  const gas = loadBundle(fake.globals);
  const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
  gas.runShortlist({ rosterSheet: 'Roster', cpvCap: 2, budget: 2_000_000 });
  return { fake, gas, ss };
}

/** Types the actuals into the results sheet like a user: one range per row, by handle. */
function typeActuals(fake: ReturnType<typeof setup>['fake'], ss: ReturnType<typeof setup>['ss'], sheet: string, actuals = ACTUALS): void {
  const values = fake.sheetValues(sheet);
  values.forEach((row, i) => {
    const a = actuals[String(row[1])];
    if (a) ss.getSheetByName(sheet)!.getRange(i + 1, 8, 1, a.length).setValues([a]);
  });
}

/** What a protection covers: a range's A1, or a whole sheet's name. */
const protectedA1 = (p: FakeProtection) => {
  const r = p.getRange();
  return r instanceof FakeRange ? r.getA1Notation() : r.getName();
};

const byHandle = (summary: EvaluationSummary): Record<string, EvaluatedCreator> => Object.fromEntries(summary.rows.map((r) => [r.handle, r]));

describe('createResultsSheet', () => {
  it('writes one row per chosen creator: the plan, empty validated inputs, the plan protected with a warning', () => {
    const { fake, gas, ss } = setup();
    const r = gas.createResultsSheet({ campaign: 'K社 BF' });
    expect(JSON.parse(JSON.stringify(r))).toEqual({ sheet: '成果', campaign: 'K社 BF', added: 6, kept: 0 });

    const v = fake.sheetValues('成果');
    expect(v[0]).toEqual(['クリエイターキー', 'アカウント', '媒体', '役割', '想定費用', '想定再生数', '想定CPV', '投稿済み', '実績再生数', 'クリック数', '注文数', '売上', '実費用', '保存数', 'シェア数', '購入意向率']);
    expect(v.length).toBe(7);
    const mid = v.find((row) => row[1] === '@mid_b')!;
    expect(mid.slice(0, 7)).toEqual(['tiktok:@mid_b', '@mid_b', 'TikTok', '拡散（リーチ）', 300_000, 200_000, 1.5]);
    expect(mid.slice(7).every((x) => x === '')).toBe(true);
    // A handle that looks like a formula stays text.
    expect(v.some((row) => row[1] === EVIL)).toBe(true);
    expect(fake.sheetFormulas('成果').flat().filter(Boolean)).toEqual([]);

    const sheet = ss.getSheetByName('成果')!;
    expect(sheet.getRange('I2').getDataValidation()?.getCriteriaType()).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
    expect(sheet.getRange('I2').getDataValidation()?.getCriteriaValues()).toEqual([0]);
    expect(sheet.getRange('I2').getDataValidation()?.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('H7').getDataValidation()?.getCriteriaValues()[0]).toEqual(['はい', 'いいえ']);
    expect(sheet.getRange('P3').getDataValidation()?.accepts(1.5)).toBe(false);
    expect(sheet.getRange('L3').getDataValidation()?.accepts(-1)).toBe(false);
    expect(sheet.getRange('A2').getDataValidation()).toBeNull();
    expect(fake.formats('成果').numberFormats.get('E2')).toBe('"¥"#,##0');
    expect(fake.formats('成果').numberFormats.get('G2')).toBe('"¥"#,##0.00');
    const prot = fake.formats('成果').protections;
    expect(prot.length).toBe(1);
    expect(prot[0]?.isWarningOnly()).toBe(true);
    expect(prot.map(protectedA1)).toEqual(['A1:G7']);
    expect(fake.formats('成果').frozenRows).toBe(1);
  });

  it('on a rerun keeps every filled cell and adds only the missing creators', () => {
    const { fake, gas, ss } = setup();
    gas.createResultsSheet({ campaign: 'K社 BF' });
    typeActuals(fake, ss, '成果');
    ss.getSheetByName('成果')!.getRange('E2').setValue(999); // even an edited plan cell is left alone
    const before = fake.sheetValues('成果');

    const again = gas.createResultsSheet({});
    expect(again.added).toBe(0);
    expect(again.kept).toBe(6);
    expect(again.campaign).toBe('K社 BF'); // remembered for the sheet
    expect(fake.sheetValues('成果')).toEqual(before);

    // A bigger shortlist: the new creator is appended below, nothing above is written again.
    const roster2 = [...ROSTER, ['@new_f', 'Instagram', '9000', '8000', '¥8,000', '5%']];
    ss.getSheetByName('Roster')!.getRange(1, 1, roster2.length, 6).setValues(roster2.map((r) => [...r]));
    gas.runShortlist({ rosterSheet: 'Roster', cpvCap: 2, budget: 2_000_000 });
    fake.counters.reset();
    const third = gas.createResultsSheet({});
    expect(third.added).toBe(1);
    const after = fake.sheetValues('成果');
    expect(after.slice(0, 7)).toEqual(before);
    expect(after[7]!.slice(0, 2)).toEqual(['instagram:@new_f', '@new_f']);
    const valueWrites = fake.counters.calls.filter((c) => c.startsWith('Range.setValues'));
    expect(valueWrites).toEqual(['Range.setValues 成果!A8:P8']);
    expect(fake.formats('成果').protections.map(protectedA1)).toEqual(['A1:G8']);
  });

  it('refuses to write over a sheet it did not make, and says when there is no shortlist', () => {
    const fake = createFakeSpreadsheet({ Roster: ROSTER, 成果: [['my own notes']] }, { locale: 'ja_JP' });
    const gas = loadBundle(fake.globals);
    expect(() => gas.createResultsSheet({})).toThrow('ショートリストがありません');
    gas.runShortlist({ rosterSheet: 'Roster', cpvCap: 2, budget: 2_000_000 });
    expect(() => gas.createResultsSheet({})).toThrow('「成果」というシートは既にあり');
    expect(fake.sheetValues('成果')).toEqual([['my own notes']]);
    expect(() => gas.createResultsSheet({ shortlistSheet: 'Roster', name: 'R2' })).toThrow('ショートリストではありません');
  });
});

describe('evaluateCampaign', () => {
  function evaluated(locale = 'ja_JP') {
    const s = setup(locale);
    const sheet = s.gas.createResultsSheet({ campaign: 'K社 BF' }).sheet;
    typeActuals(s.fake, s.ss, sheet);
    return { ...s, sheet };
  }

  it('gives each verdict of the decision table, with the reason and the fee to negotiate', () => {
    const { gas, sheet } = evaluated();
    const r = gas.evaluateCampaign({ resultsSheet: sheet, cpvCap: 2 });
    const v = byHandle(r);
    expect(v['@mega_a']?.verdict).toBe('rebook');
    expect(v['@mid_b']?.verdict).toBe('rebookLowerFee');
    expect(v['@mid_b']?.targetFee).toBe(200_000);
    expect(v['@mid_b']?.reason).toContain('¥200,000');
    expect(v['@micro_c']?.verdict).toBe('rebookWithChanges');
    expect(v['@micro_c']?.reason).toContain('再生は回ったけどCVは？');
    expect(v['@micro_c']?.flagged).toBe(true);
    expect(v['@micro_c']?.reason).toContain('エンゲージメントは高いけど、費用対効果は？');
    expect(v['@micro_d']?.verdict).toBe('doNotRebook');
    expect(v['@nano_e']?.verdict).toBe('notPosted');
    expect(v[EVIL]?.verdict).toBe('noData');
    expect(v[EVIL]?.reason).toContain('実績再生数');
    expect(r.counts).toEqual({ rebook: 1, rebookLowerFee: 1, rebookWithChanges: 1, doNotRebook: 1, notPosted: 1, noData: 1 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r); // plain JSON: no Date, no Infinity
  });

  it('totals: spend of those who posted, blended CPV against the cap and the plan, missing data counted, not zero', () => {
    const { gas, sheet } = evaluated();
    const r = gas.evaluateCampaign({ resultsSheet: sheet, cpvCap: 2 });
    // Spend: everyone but the creator who did not post (6,000).
    expect(r.spend).toBe(1_200_000 + 300_000 + 45_000 + 9_000 + 20_000);
    // Blended CPV over the creators with views: (1,200,000 + 300,000 + 45,000 + 9,000) / 1,143,000.
    expect(r.blendedCpv).toBeCloseTo(1_554_000 / 1_143_000, 9);
    expect(r.plannedBlendedCpv).toBeCloseTo(1_580_000 / 1_065_000, 9);
    expect(r.views).toBe(1_143_000);
    expect(r.orders).toBe(754);
    expect(r.revenue).toBe(2_261_000);
    expect(r.roas).toBeCloseTo(2_261_000 / 1_554_000, 9);
    expect(r.missing).toBe(1);
    expect(r.cap).toBe(2);
  });

  it('writes the evaluation sheet with the verdicts, totals and a CPV chart, reading the results once', () => {
    const { fake, gas, sheet } = evaluated();
    fake.counters.reset();
    const r = gas.evaluateCampaign({ resultsSheet: sheet, cpvCap: '¥2', cvr: '2%', aov: 3000 });
    const reads = fake.counters.calls.filter((c) => /get(Values|DisplayValues|Formulas)/.test(c) && c.includes(`${sheet}!`));
    expect(reads.length).toBe(1);
    expect(r.evaluationSheet).toBe('成果評価 (K社 BF)');
    expect(fake.sheetNames()).toContain('成果評価 (K社 BF)');
    expect(fake.sheetNames()).toContain('履歴');
    const v = fake.sheetValues('成果評価 (K社 BF)');
    expect(v[0]!.slice(0, 5)).toEqual(['アカウント', '媒体', '役割', '判定', '理由']);
    const row = (h: string) => v.find((x) => x[0] === h)!;
    expect(row('@mega_a')[3]).toBe('再起用');
    expect(row('@mid_b')[3]).toBe('費用を下げて再起用');
    expect(row('@mid_b')[19]).toBe(200_000); // fee to negotiate
    expect(row('@mega_a')[10]).toBeCloseTo(1.2, 9); // actual CPV
    expect(row('@mega_a')[8]).toBeCloseTo(1.25, 9); // views vs plan
    expect(row('@mega_a')[12]).toBeCloseTo(0.0006, 9); // CVR = orders ÷ views
    expect(row('@mega_a')[13]).toBeCloseTo(0.03, 9); // CVR = orders ÷ clicks
    expect(row('@mega_a')[14]).toBe(3000); // AOV = revenue ÷ orders
    expect(row('@mega_a')[15]).toBeCloseTo(1.5, 9); // ROI_CPV on the actuals
    expect(row('@mega_a')[16]).toBeCloseTo(40, 9); // planned ROI: 2% × 3,000 ÷ 1.5
    expect(row(EVIL)[7]).toBe('データなし');
    const label = (l: string) => v.find((x) => x[0] === l)?.[1];
    expect(label('データ未入力の人数')).toBe(1);
    expect(label('CPV上限')).toBe(2);
    const charts = fake.formats('成果評価 (K社 BF)').charts;
    expect(charts.length).toBe(1);
    expect(charts[0]?.spec.type).toBe('COMBO');
    expect(charts[0]?.spec.ranges[0]).toMatch(/!A35:D39$/); // handle, planned CPV, actual CPV, cap for the 4 creators with views
    expect(fake.sheetFormulas('成果評価 (K社 BF)').flat().filter(Boolean)).toEqual([]);
  });

  it('refuses to evaluate its own evaluation or History sheet as if they were results', () => {
    const { gas, sheet } = evaluated('en_US');
    const r = gas.evaluateCampaign({ resultsSheet: sheet, cpvCap: 2 });
    expect(() => gas.evaluateCampaign({ resultsSheet: r.evaluationSheet, cpvCap: 2 })).toThrow('is a sheet the add-on wrote');
    expect(() => gas.evaluateCampaign({ resultsSheet: r.historySheet, cpvCap: 2 })).toThrow('not results');
  });

  it('writes a constant number of times whatever the number of creators, and rebuilds its own sheet on a rerun', () => {
    const runs = [5, 400, 1200].map((n) => {
      const rows: unknown[][] = [['アカウント', '媒体', '費用', '実績再生数', '注文数', '売上']];
      for (let i = 0; i < n; i++) rows.push([`@c${i}`, 'Instagram', 10_000 + i, 8_000 + i * 3, i % 7, (i % 5) * 9_000]);
      const fake = createFakeSpreadsheet({ 実績: rows }, { locale: 'ja_JP' });
      const gas = loadBundle(fake.globals);
      gas.evaluateCampaign({ resultsSheet: '実績', cpvCap: 2, campaign: 'A' });
      fake.counters.reset();
      const r = gas.evaluateCampaign({ resultsSheet: '実績', cpvCap: 2, campaign: 'A' });
      expect(r.creators).toBe(n);
      expect(fake.sheetNames().filter((s) => s.startsWith('成果評価'))).toEqual(['成果評価 (A)']);
      return fake.counters.calls.filter((c) => !/^(Range|Sheet)\.get/.test(c) && !c.includes('getValues'));
    });
    const writes = runs.map((calls) => calls.filter((c) => !c.startsWith('Sheet.insertRowsAfter')));
    expect(writes[0]!.length).toBe(writes[1]!.length);
    expect(writes[0]!.length).toBe(writes[2]!.length);
    // Past Sheets' 1,000 rows a new sheet is made larger, once per sheet.
    expect(runs[2]!.length - writes[2]!.length).toBeLessThanOrEqual(2);
  });

  it('reads any sheet whose headers the alias table knows, and names an unreadable cell instead of guessing', () => {
    const rows = [
      ['K社 BF 実績'],
      ['Handle', 'Platform', 'Fee', 'Actual views', 'Conversions', 'Revenue', 'Posted'],
      ['@a', 'IG', '$3,000', '2K', 40, '$6,000', 'yes'], // CPV $1.50, ROAS 2
      ['@yen', 'IG', '¥300,000', '20万', 40, 600_000, 'yes'], // yen in a dollar sheet: refused, never converted
      ['@b', 'TikTok', '100000', '12abc', 5, 10_000, ''],
      ['@c', 'TikTok', '100000', '', '', '', 'no'],
      ['合計', '', '500000', '', '', '', ''],
    ];
    const fake = createFakeSpreadsheet({ Results: rows }, { locale: 'en_US' });
    const gas = loadBundle(fake.globals);
    const before = JSON.stringify(fake.sheetValues('Results'));
    const r = gas.evaluateCampaign({ resultsSheet: 'Results', cpvCap: 2, minRoas: 1.5 });
    const v = byHandle(r);
    expect(r.creators).toBe(4); // the totals line is not a creator
    expect(v['@yen']?.verdict).toBe('noData');
    expect(v['@yen']?.reason).toContain('C4');
    expect(v['@yen']?.reason).toContain('USD');
    expect(v['@a']?.verdict).toBe('rebook'); // CPV 1.5, ROAS 2 ≥ 1.5
    expect(v['@b']?.verdict).toBe('noData');
    expect(v['@b']?.reason).toContain('D5');
    expect(v['@b']?.reason).toContain('"12abc" is not a number');
    expect(v['@c']?.verdict).toBe('notPosted');
    expect(r.evaluationSheet).toBe('Evaluation (Results)');
    expect(JSON.stringify(fake.sheetValues('Results'))).toBe(before); // the user's sheet untouched
  });

  it('says what is wrong: no cap, no such sheet, no results header, a bad option', () => {
    const fake = createFakeSpreadsheet({ Roster: ROSTER, Notes: [['a', 'b']] }, { locale: 'en_US' });
    const gas = loadBundle(fake.globals);
    expect(() => gas.evaluateCampaign({ resultsSheet: 'Nope', cpvCap: 2 })).toThrow('there is no sheet named "Nope"');
    expect(() => gas.evaluateCampaign({ resultsSheet: 'Notes', cpvCap: 2 })).toThrow('no results header found');
    expect(() => gas.evaluateCampaign({ resultsSheet: 'Roster', cpvCap: 'two' })).toThrow('cpvCap: "two" is not a number');
    expect(() => gas.evaluateCampaign({ resultsSheet: 'Roster', cpvCap: 2, margin: 3 })).toThrow('margin must be between 0 and 1');
    expect(fake.sheetNames()).toEqual(['Roster', 'Notes']);
  });

  it.each([
    ['ko_KR', '성과', '재기용', '성과 평가 (K社 BF)'],
    ['en_US', 'Results', 'Rebook', 'Evaluation (K社 BF)'],
  ])('reads back its own results sheet in %s', (locale, results, rebook, evaluation) => {
    const { gas, sheet, fake } = evaluated(locale);
    expect(sheet).toBe(results);
    const r = gas.evaluateCampaign({ resultsSheet: sheet, cpvCap: 2 });
    expect(r.counts).toEqual({ rebook: 1, rebookLowerFee: 1, rebookWithChanges: 1, doNotRebook: 1, notPosted: 1, noData: 1 });
    expect(r.evaluationSheet).toBe(evaluation);
    expect(fake.sheetValues(evaluation).find((row) => row[0] === '@mega_a')![3]).toBe(rebook);
  });

  it('uses the saved CPV cap of the shortlist when none is given', () => {
    const { gas, sheet } = evaluated('en_US');
    const r = gas.evaluateCampaign({ resultsSheet: sheet });
    expect(r.cap).toBe(2);
  });
});

describe('History', () => {
  it('holds one row per campaign and creator: a second evaluation updates, another campaign appends', () => {
    const { fake, gas, ss } = setup();
    const sheet = gas.createResultsSheet({ campaign: 'K社 BF' }).sheet;
    typeActuals(fake, ss, sheet);
    gas.evaluateCampaign({ resultsSheet: sheet, cpvCap: 2 });
    const first = fake.sheetValues('履歴');
    expect(first.length).toBe(7);
    expect(first[0]).toEqual(['キャンペーン', '日付', 'クリエイターキー', 'アカウント', '媒体', '役割', '費用', '実績再生数', '実績CPV', 'CVR', 'ROAS', '判定', '判定コード']);
    const mega = first.find((r) => r[3] === '@mega_a')!;
    expect(mega[0]).toBe('K社 BF');
    expect(typeof mega[1]).toBe('string');
    expect(mega[1]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(mega.slice(6)).toEqual([1_200_000, 1_000_000, 1.2, 0.0006, 1.5, '再起用', 'rebook']);

    // The marketer corrects a number and evaluates again: the rows are updated, not duplicated.
    ss.getSheetByName(sheet)!.getRange(fake.sheetValues(sheet).findIndex((r) => r[1] === '@micro_d') + 1, 12).setValue(30_000);
    gas.evaluateCampaign({ resultsSheet: sheet, cpvCap: 2 });
    const second = fake.sheetValues('履歴');
    expect(second.length).toBe(7);
    expect(second.find((r) => r[3] === '@micro_d')![12]).toBe('rebookLowerFee');

    // Another campaign appends its own rows.
    gas.evaluateCampaign({ resultsSheet: sheet, cpvCap: 2, campaign: 'K社 春' });
    const third = fake.sheetValues('履歴');
    expect(third.length).toBe(13);
    expect(new Set(third.slice(1).map((r) => JSON.stringify([r[0], r[2]]))).size).toBe(12);
  });

  it('is found by identity: a user sheet named 履歴 is not overwritten', () => {
    const fake = createFakeSpreadsheet({ 履歴: [['my diary']], 実績: [['アカウント', '費用', '実績再生数', '売上'], ['@a', 100, 100, 100]] }, { locale: 'ja_JP' });
    const gas = loadBundle(fake.globals);
    const r = gas.evaluateCampaign({ resultsSheet: '実績', cpvCap: 2 });
    expect(r.historySheet).toBe('履歴 (2)');
    expect(fake.sheetValues('履歴')).toEqual([['my diary']]);
    gas.evaluateCampaign({ resultsSheet: '実績', cpvCap: 2 });
    expect(fake.sheetValues('履歴 (2)').length).toBe(2);
  });
});

describe('client snapshot of the evaluation sheet', () => {
  it('suggests hiding the fees and CPVs, like any other sheet', () => {
    const fake = createFakeSpreadsheet({ Roster: ROSTER }, { locale: 'ja_JP' });
    const gas = loadBundle(fake.globals);
    gas.runShortlist({ rosterSheet: 'Roster', cpvCap: 2, budget: 2_000_000 });
    const sheet = gas.createResultsSheet({ campaign: 'K社 BF' }).sheet;
    const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
    typeActuals(fake, ss, sheet);
    const r = gas.evaluateCampaign({ resultsSheet: sheet, cpvCap: 2 });
    const ctx = gas.getSnapshotContext(r.evaluationSheet);
    expect(ctx.structured).toBe(true);
    expect([...ctx.suggestedHidden]).toEqual(expect.arrayContaining(['理由', '費用', '想定CPV', '実績CPV', 'CPV 実績/想定', 'ROAS', '交渉する費用']));

    // The client's copy: no fee, no CPV anywhere — columns, totals rows, reasons quoting them.
    const snap = gas.createClientSnapshot({ sourceSheet: r.evaluationSheet, hideColumns: [...ctx.suggestedHidden] });
    const shown = fake.sheetValues(snap.sheet);
    const text = JSON.stringify(shown);
    expect(shown[0]).toContain('判定');
    expect(shown[0]).not.toContain('費用');
    expect(text).not.toContain('¥200,000');
    expect(text).not.toContain('費用合計');
    expect(text).not.toContain('実績の全体CPV');
    expect(text).toContain('再起用');
    expect(text).toContain('実績再生数合計');
  });
});

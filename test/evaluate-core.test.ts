// The evaluation cycle's pure pieces: the decision table, the results header
// aliases, reading a shortlist layout back, the History index.
import { describe, expect, it } from 'vitest';
import { decide, targetRoas, VerdictInput } from '../src/core/evaluate/verdict';
import { creatorKey, parsePosted, readResults } from '../src/core/evaluate/read';
import { evaluate } from '../src/core/evaluate/evaluate';
import { historyIndex, historyOf, HistoryRow, measuredCvrByHandle, mergeHistory, parseHistory, historyValues } from '../src/core/evaluate/history';
import { mapResultHeaderRow } from '../src/core/roster/headers';
import { buildLayout } from '../src/core/shortlist/layout';
import { planShortlist } from '../src/core/shortlist/plan';
import { readShortlistLayout } from '../src/core/shortlist/read-layout';
import { currencyOf } from '../src/core/currency';

describe('the decision table', () => {
  const base: VerdictInput = { posted: true, fee: 300_000, actualViews: 200_000, revenue: 450_000, cap: 2, minRoas: 1 };
  // [case, changes, verdict, target fee]
  const ROWS: [string, Partial<VerdictInput>, string, number | null][] = [
    ['within the cap, sold', {}, 'rebook', null],
    ['exactly at the cap and the target', { actualViews: 150_000, revenue: 300_000 }, 'rebook', null],
    ['over the cap, sold: negotiate cap × views', { actualViews: 100_000 }, 'rebookLowerFee', 200_000],
    ['within the cap, did not sell', { revenue: 100_000 }, 'rebookWithChanges', null],
    ['over the cap, did not sell', { actualViews: 100_000, revenue: 100_000 }, 'doNotRebook', null],
    ['zero views: CPV over any cap', { actualViews: 0, revenue: 0 }, 'doNotRebook', null],
    ['zero revenue is a measured zero', { revenue: 0 }, 'rebookWithChanges', null],
    ['not posted, whatever the numbers', { posted: false }, 'notPosted', null],
    ['blank views: no data', { actualViews: null }, 'noData', null],
    ['blank revenue: no data', { revenue: null }, 'noData', null],
    ['blank fee: no data', { fee: null }, 'noData', null],
    ['a higher target', { minRoas: 2 }, 'rebookWithChanges', null],
  ];
  it.each(ROWS)('%s', (_, change, verdict, fee) => {
    const d = decide({ ...base, ...change });
    expect(d.verdict).toBe(verdict);
    expect(d.targetFee).toBe(fee);
  });

  it('lists what is missing, and flags high actions with a low return', () => {
    expect(decide({ ...base, actualViews: null, revenue: null }).missing).toEqual(['actualViews', 'revenue']);
    expect(decide({ ...base, revenue: 100_000, actionRate: 0.02 }).engagementFlag).toBe(true);
    expect(decide({ ...base, revenue: 100_000, actionRate: 0.005 }).engagementFlag).toBe(false);
    expect(decide({ ...base, actionRate: 0.05 }).engagementFlag).toBe(false); // it sold: no flag
  });

  it('targets ROAS 1 by default, 1 ÷ margin with a margin, the given target otherwise', () => {
    expect(targetRoas(null, null)).toBe(1);
    expect(targetRoas(undefined, 0.25)).toBe(4);
    expect(targetRoas(1.5, 0.25)).toBe(1.5);
  });
});

describe('results headers', () => {
  // [headers, expected field → column]
  const ROWS: [string[], Record<string, number>][] = [
    [['アカウント', '媒体', '想定再生数', '実績再生数', '注文数', '売上'], { handle: 0, platform: 1, plannedViews: 2, actualViews: 3, orders: 4, revenue: 5 }],
    [['계정', '플랫폼', '비용', '실제 조회수', '구매수', '매출'], { handle: 0, platform: 1, plannedFee: 2, actualViews: 3, orders: 4, revenue: 5 }],
    [['Handle', 'Fee', 'Actual fee', 'Views', 'CV', 'Revenue', 'Clicks', 'Posted'], { handle: 0, plannedFee: 1, actualFee: 2, actualViews: 3, orders: 4, revenue: 5, clicks: 6, posted: 7 }],
    [['インフルエンサー', '実再生数', '購入数', '売上金額', 'クリック', '投稿済み'], { handle: 0, actualViews: 1, orders: 2, revenue: 3, clicks: 4, posted: 5 }],
    [['Handle', 'CVR', 'ROAS', 'actual views'], { handle: 0, actualViews: 3 }],
  ];
  it.each(ROWS)('%j', (headers, expected) => {
    expect(mapResultHeaderRow(headers)).toEqual(expected);
  });

  it('reads posted as yes/no in three languages, refusing anything else', () => {
    for (const y of ['はい', 'yes', '예', 'TRUE', '済', '○']) expect(parsePosted(y)).toBe(true);
    for (const n of ['いいえ', 'no', '아니요', '未投稿', '×']) expect(parsePosted(n)).toBe(false);
    expect(parsePosted('')).toBeNull();
    expect(() => parsePosted('maybe')).toThrow('"maybe" is not yes or no');
  });

  it('keeps a blank as no data, never as zero', () => {
    const read = readResults([['Handle', 'Fee', 'Actual views', 'Revenue'], ['@a', 100, '', 0]])!;
    expect(read.rows[0]!.numbers).toEqual({ plannedFee: 100, revenue: 0 });
    const e = evaluate(read.rows, { cap: 2, minRoas: 1 });
    expect(e.creators[0]!.verdict).toBe('noData');
    expect(e.totals.missingViews).toBe(1);
    expect(e.totals.blendedCpv).toBeNull();
  });

  it('keys a creator the way the shortlist dedupes', () => {
    expect(creatorKey('@Hana', 'IG')).toBe('instagram:@hana');
    expect(creatorKey('https://www.instagram.com/hana/', 'インスタ')).toBe('instagram:@hana');
  });
});

describe('reading a shortlist layout back', () => {
  const roster = [
    ['Handle', 'Platform', 'Followers', 'Avg views', 'Fee'],
    ['@big', 'Instagram', 500_000, 300_000, 450_000],
    ['@small', 'TikTok', 20_000, 30_000, 30_000],
    ['@pricey', 'TikTok', 20_000, 3_000, 30_000],
  ];
  it.each(['ja', 'ko', 'en'] as const)('gives the chosen creators of a %s layout', (locale) => {
    const currency = currencyOf('ja_JP');
    const plan = planShortlist(roster, 'R', { cpvCap: 2, budget: 1_000_000, reachShare: { min: 0, max: 1 }, minEmpathy: 0, erFloor: false, viewRate: null }, currency);
    const layout = buildLayout(plan, { locale, currency, budget: 1_000_000, cpvCap: 2 });
    // What getValues returns: the apostrophe that keeps text as text is not part of the value.
    const values = layout.values.map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v)));
    const rows = readShortlistLayout(values)!;
    expect(rows.map((r) => [r.handle, r.platform, r.role, r.fee, r.views, r.cpv])).toEqual([
      ['@big', 'Instagram', 'reach', 450_000, 300_000, 1.5],
      ['@small', 'TikTok', 'empathy', 30_000, 30_000, 1],
    ]);
  });
  it('is null for a sheet that is not a shortlist', () => {
    expect(readShortlistLayout(roster)).toBeNull();
    expect(readShortlistLayout([])).toBeNull();
  });
});

describe('History', () => {
  const row = (campaign: string, date: string, key: string, verdict: HistoryRow['verdict'], fee: number | null, views: number | null, cvr: number | null): HistoryRow => ({
    campaign, date, creatorKey: key, handle: key, platform: 'instagram', role: 'empathy', fee, actualViews: views, cpv: fee !== null && views ? fee / views : null, cvr, roas: null, verdict,
  });

  it('merges per campaign and creator: updates in place, appends the new', () => {
    const a = [row('BF', '2026-11-01', 'a', 'rebook', 100, 100, 0.01), row('BF', '2026-11-01', 'b', 'rebook', 100, 100, 0.01)];
    const merged = mergeHistory(a, [row('BF', '2026-11-02', 'b', 'doNotRebook', 100, 10, 0), row('Spring', '2027-03-01', 'a', 'rebook', 100, 100, 0.01)]);
    expect(merged.map((r) => `${r.campaign}|${r.creatorKey}|${r.verdict}`)).toEqual(['BF|a|rebook', 'BF|b|doNotRebook', 'Spring|a|rebook']);
  });

  it('indexes the last verdict, measured CPV and CVR (views-weighted) and the median views', () => {
    const index = historyIndex([
      row('Spring', '2027-03-01', 'a', 'doNotRebook', 300, 100, 0),
      row('BF', '2026-11-01', 'a', 'rebook', 100, 200, 0.02),
      row('Summer', '2027-07-01', 'a', 'notPosted', null, null, null), // no verdict: the last judged one stands
      row('BF', '2026-11-01', 'b', 'noData', 100, null, null),
    ]);
    const a = index.get('a')!;
    expect(a.lastVerdict).toBe('doNotRebook');
    expect(a.measuredCpv).toBeCloseTo(400 / 300, 9);
    expect(a.measuredCvr).toBeCloseTo((0.02 * 200) / 300, 9);
    expect(a.medianViews).toBe(150);
    expect(a.campaigns).toEqual(['BF', 'Spring', 'Summer']);
    expect(index.get('b')).toEqual({ lastVerdict: null, measuredCpv: null, measuredCvr: null, medianViews: null, campaigns: ['BF'] });
  });

  it('round-trips through the sheet values, in any language', () => {
    const rows = [row('BF', '2026-11-01', 'instagram:@a', 'rebookLowerFee', 100, 100, 0.01)];
    for (const locale of ['ja', 'ko', 'en'] as const) {
      const values = historyValues(rows, locale).map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v)));
      expect(parseHistory(values)).toEqual(rows);
    }
  });
});

describe('History for the next shortlist', () => {
  const rows: HistoryRow[] = [
    { campaign: 'BF', date: '2026-11-01', creatorKey: 'instagram:@hana', handle: '@hana', platform: 'Instagram', role: 'reach', fee: 300, actualViews: 100, cpv: 3, cvr: 0, roas: 0.1, verdict: 'doNotRebook' },
    { campaign: 'BF', date: '2026-11-01', creatorKey: 'tiktok:@ken', handle: '@ken', platform: 'TikTok', role: 'empathy', fee: 100, actualViews: 100, cpv: 1, cvr: 0.01, roas: 2, verdict: 'rebook' },
  ];
  const index = historyIndex(rows);
  // [handle, platform as typed in the next roster, must-included, excluded, last verdict]
  const CASES: [string, string, boolean, boolean, string | null][] = [
    ['https://www.instagram.com/hana/', 'IG', false, true, 'doNotRebook'],
    ['@Hana', 'インスタ', true, false, 'doNotRebook'],
    ['@ken', 'tiktok', false, false, 'rebook'],
    ['@new', 'TikTok', false, false, null],
  ];
  it.each(CASES)('%s on %s (must %s): excluded %s, last verdict %s', (handle, platform, must, excluded, last) => {
    const h = historyOf(index, handle, platform);
    // The shortlist leaves out exactly these (select.ts, tested in history.test.ts): last verdict 'do not rebook', not must-included.
    expect(!must && h?.lastVerdict === 'doNotRebook').toBe(excluded);
    expect(h?.lastVerdict ?? null).toBe(last);
  });
});

describe('measured CVR for the revenue objective', () => {
  it('is views-weighted per handle across campaigns and platforms', () => {
    const r = (key: string, views: number | null, cvr: number | null): HistoryRow => ({ campaign: 'c', date: '2026-01-01', creatorKey: key, handle: key, platform: '', role: '', fee: 1, actualViews: views, cpv: null, cvr, roas: null, verdict: 'rebook' });
    const m = measuredCvrByHandle([r('instagram:@hana', 100, 0.01), r('tiktok:@hana', 300, 0.03), r('tiktok:@ken', null, 0.5), r(':@solo', 10, 0.1)]);
    expect(m.get('@hana')).toBeCloseTo(0.025, 9);
    expect(m.has('@ken')).toBe(false);
    expect(m.get('@solo')).toBeCloseTo(0.1, 9);
  });
});

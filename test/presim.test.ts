// The sidebar's pure parts: its number reading (the one parser), the live
// pre-simulation (the same selection Run makes), the compact payload, the
// histogram and the form ↔ settings mapping.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asPercent, cpvQuantile, cpvsOf, histogram, livePresim, LiveSettings, percentText, readField, FieldKind } from '../sidebar/presim';
import { buildSettings, DEFAULT_FORM, formFromSettings, FormValues, splitRange } from '../sidebar/form';
import { parseSettings } from '../src/server/settings';
import { currencyOf } from '../src/core/currency';
import { generateRoster } from '../local/sample-roster';
import { allRows, planShortlist, readForPlan, resolveColumns } from '../src/core/shortlist/plan';
import { planRows } from '../src/core/shortlist/rows';
import { buildPayload, payloadCovers } from '../src/core/shortlist/payload';
import { emptyRows, PlanRows, reasonAt } from '../src/core/shortlist/select';
import { HistoryLookup } from '../src/core/shortlist/rows';
import { HistoryRow, historyLookup } from '../src/core/evaluate/history';
import { creatorKey } from '../src/core/evaluate/read';

describe('readField: the sidebar reads with the one parser', () => {
  const cases: [string, FieldKind, number | null][] = [
    ['', 'money', null],
    ['   ', 'count', null],
    ['2', 'money', 2],
    ['¥2', 'money', 2],
    ['￥２', 'money', 2],
    ['¥150,000', 'money', 150_000],
    ['3,000円', 'money', 3000],
    ['₩30,000', 'money', 30_000],
    ['100万', 'money', 1_000_000],
    ['1億2000万', 'money', 120_000_000],
    ['1000만', 'money', 10_000_000],
    ['12.5万', 'count', 125_000],
    ['1.2M', 'count', 1_200_000],
    ['8,500人', 'count', 8500],
    ['約5万', 'count', 50_000],
    ['2%', 'percent', 0.02],
    ['2', 'percent', 0.02],
    ['30', 'percent', 0.3],
    // Read by Run and, now, by the sidebar too (the second reader called these unreadable).
    ['1천만원', 'money', 10_000_000],
    ['5百万', 'money', 5_000_000],
    ['2千万円', 'money', 20_000_000],
    ['50万円（税込）', 'money', 500_000],
    ['2.5mn', 'count', 2_500_000],
    ['1bn', 'count', 1e9],
  ];
  it.each(cases)('%j as %s → %j', (text, kind, want) => {
    const r = readField(text, kind, 'en');
    expect(r.error).toBeNull();
    if (want === null) expect(r.value).toBeNull();
    else expect(r.value).toBeCloseTo(want, 9);
  });

  const refused: [string, FieldKind, string][] = [
    ['abc', 'money', '"abc" is not a number'],
    ['5%', 'count', '"5%": "%" does not belong in a count'],
    ['-3', 'money', '"-3" is negative'],
    ['1万2億', 'money', 'twice or out of order'],
  ];
  it.each(refused)("%j as %s: the parser's own reason", (text, kind, reason) => {
    expect(readField(text, kind, 'en')).toEqual({ value: null, error: expect.stringContaining(reason) as unknown });
    expect(readField(text, kind, 'ja').error).not.toContain('not a number');
  });

  // The same function on both sides: over generated marketer-style text, the
  // sidebar's reading and the server's (through the settings schema) agree.
  const token = fc.constantFrom(
    '1',
    '2',
    '5',
    '0',
    '12',
    '3.4',
    ',',
    '.',
    '000',
    '万',
    '만',
    '千',
    '천',
    '億',
    '억',
    'k',
    'M',
    'mn',
    '¥',
    '￥',
    '₩',
    '円',
    '원',
    '%',
    ' ',
    '約',
    '(税込)',
    '１',
    '-',
    'x',
  );
  const text = fc.array(token, { minLength: 1, maxLength: 6 }).map((t) => t.join(''));
  it('agrees with the server on every generated input (money, count, percent)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const side = readField(t, 'money', 'en');
        const server = safe(() => parseSettings({ rosterSheet: 'R', cpvCap: 1, budget: t }).budget);
        if (side.value === 0) return; // read alike; the schema then asks for > 0
        expect(side.value === null ? 'refused' : side.value).toEqual(server === null ? 'refused' : server);
        const pct = readField(t, 'percent', 'en');
        const sent = safe(
          () => parseSettings({ rosterSheet: 'R', cpvCap: 1, budget: 1, reachShare: { min: asPercent(t), max: '100%' } }).reachShare.min,
        );
        if (pct.value === null || pct.value <= 1)
          expect(pct.value === null ? 'refused' : pct.value).toEqual(sent === null ? 'refused' : sent);
        const cnt = readField(t, 'count', 'en');
        const minE = safe(() => parseSettings({ rosterSheet: 'R', cpvCap: 1, budget: 1, minEmpathy: t }).minEmpathy);
        if (cnt.value !== null && Number.isInteger(cnt.value) && cnt.value <= 100_000) expect(cnt.value).toBe(minE);
      }),
      { numRuns: 400, seed: 12 },
    );
  });
});

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

describe('percent text', () => {
  const cases: [number, string][] = [
    [0, '0'],
    [0.3, '30'],
    [1, '100'],
    [0.015, '1.5'],
    [0.07, '7'],
  ];
  it.each(cases)('%d → %s', (f, t) => expect(percentText(f)).toBe(t));
  const sent: [string, string][] = [
    ['30', '30%'],
    [' 30 ', '30%'],
    ['30%', '30%'],
    ['30％', '30％'],
  ];
  it.each(sent)('%j is sent as %j', (typed, want) => expect(asPercent(typed)).toBe(want));
});

// ---- the live selection is Run's selection ---------------------------------

const YEN = currencyOf('ja_JP');

function rosterRows(values: unknown[][], history: HistoryLookup | null = null): PlanRows {
  const { header, map } = resolveColumns(values, 'Roster');
  return planRows(readForPlan(values, header, map), null, history);
}

/** A History for a generated roster: every 7th creator last judged "do not rebook", every 3rd with a measured CVR and views. */
function generatedHistory(roster: (string | number)[][]): HistoryLookup {
  const rows: HistoryRow[] = [];
  roster.slice(1).forEach((r, i) => {
    if (i % 3 !== 0 && i % 7 !== 0) return;
    rows.push({
      campaign: 'spring',
      date: '2026-04-01',
      creatorKey: creatorKey(String(r[0]), String(r[1])),
      handle: String(r[0]),
      platform: String(r[1]),
      role: '',
      fee: 100_000,
      actualViews: 20_000 + 1_000 * i,
      cpv: 100_000 / (20_000 + 1_000 * i),
      cvr: i % 3 === 0 ? 0.001 * ((i % 5) + 1) : null,
      roas: null,
      verdict: i % 7 === 0 ? 'doNotRebook' : 'rebook',
    });
  });
  return historyLookup(rows);
}

function live(o: Partial<LiveSettings> & { cpvCap: number; budget: number }): LiveSettings {
  return {
    reachShare: { min: 0, max: 1 },
    minEmpathy: 0,
    erFloor: false,
    viewRate: null,
    objective: 'views',
    missingActions: 'exclude',
    mustInclude: [],
    exclude: [],
    erPreset: 'seed',
    customTiers: null,
    pooledIntent: null,
    useHistory: false,
    historyViews: 'roster',
    ...o,
  };
}

describe('livePresim', () => {
  it('chooses exactly what Run chooses, under generated settings (History on and off)', () => {
    const roster = generateRoster(300, 4);
    const history = generatedHistory(roster);
    // History travels in the payload whatever the box says; the selection applies it or not, as Run does.
    const payload = buildPayload(rosterRows(roster, history));
    fc.assert(
      fc.property(
        fc.record({
          cpvCap: fc.constantFrom(1, 1.5, 2, 3),
          budget: fc.integer({ min: 200, max: 3000 }).map((k) => k * 1000),
          min: fc.constantFrom(0, 0.2, 0.4),
          width: fc.constantFrom(0.3, 0.6, 1),
          minEmpathy: fc.integer({ min: 0, max: 3 }),
          erFloor: fc.boolean(),
          viewRate: fc.constantFrom(null, 0.3),
          must: fc.constantFrom([], [String(roster[5]![0])]),
          out: fc.constantFrom([], [String(roster[7]![0]), String(roster[9]![0])]),
          blended: fc.constantFrom(undefined, 1.2),
          useHistory: fc.boolean(),
          historyViews: fc.constantFrom('roster' as const, 'median' as const),
          revenue: fc.boolean(),
        }),
        (g) => {
          const s = live({
            cpvCap: g.cpvCap,
            budget: g.budget,
            reachShare: { min: g.min, max: Math.min(1, g.min + g.width) },
            minEmpathy: g.minEmpathy,
            erFloor: g.erFloor,
            viewRate: g.viewRate,
            mustInclude: [...g.must],
            exclude: [...g.out],
            blendedCpvMax: g.blended,
            useHistory: g.useHistory,
            historyViews: g.historyViews,
            ...(g.revenue ? { objective: 'revenue' as const, cvr: 0.002, aov: 5000 } : {}),
          });
          const side = livePresim(payload, s, YEN, 'en');
          const o = { ...s, history };
          const run = safe(() => planShortlist(roster, 'Roster', o, YEN));
          const runError = run
            ? null
            : (() => {
                try {
                  planShortlist(roster, 'Roster', o, YEN);
                } catch (e) {
                  return (e as Error).message;
                }
                return null;
              })();
          if (!side.ok) {
            expect(runError).not.toBeNull();
            return;
          }
          expect(side.exact).toBe(true);
          expect(run).not.toBeNull();
          expect(side.selection.chosen.map((i) => payload.rows.row[i])).toEqual(run!.chosen.map((c) => c.row).sort((a, b) => a - b));
          expect(side.selection.totalValue).toBe(run!.value);
        },
      ),
      { numRuns: 40, seed: 3 },
    );
  });

  it('applies History the same way on both sides: "do not rebook" left out, median views, measured CVR', () => {
    const roster = generateRoster(300, 4);
    const history = generatedHistory(roster);
    const payload = buildPayload(rosterRows(roster, history));
    const s = live({ cpvCap: 3, budget: 2_000_000, objective: 'revenue', cvr: 0.002, aov: 5000, useHistory: true, historyViews: 'median' });
    const side = livePresim(payload, s, YEN, 'en');
    const run = planShortlist(roster, 'Roster', { ...s, history }, YEN);
    if (!side.ok) throw new Error(side.message);
    const lastVerdict = allRows(run)
      .filter((r) => r.why === 'lastVerdict')
      .map((r) => r.row);
    expect(lastVerdict.length).toBeGreaterThan(10);
    expect(payload.rows.row.filter((_, i) => reasonAt(side.selection, i) === 'lastVerdict')).toEqual(lastVerdict);
    expect(run.chosen.some((c) => c.viewsMeasured)).toBe(true);
    expect(side.selection.chosen.map((i) => payload.rows.row[i])).toEqual(run.chosen.map((c) => c.row).sort((a, b) => a - b));
    expect(side.selection.totalValue).toBe(run.value);
    // Off: nobody is left out for History, and the same on both sides.
    const off = planShortlist(roster, 'Roster', { ...s, useHistory: false, history }, YEN);
    expect(allRows(off).some((r) => r.why === 'lastVerdict')).toBe(false);
    expect(off.value).not.toBe(run.value);
  });

  it("says the parser's problem in the user's language when nothing can be chosen", () => {
    const payload = buildPayload(rosterRows(generateRoster(50, 1)));
    const r = livePresim(payload, live({ cpvCap: 0.01, budget: 1e6 }), YEN, 'ja');
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('条件を満たすクリエイターがいません') as unknown });
  });
});

describe('buildPayload', () => {
  const rows = emptyRows();
  // CPVs 1..10, one row without views.
  for (let i = 1; i <= 10; i++) {
    rows.row.push(i + 1);
    rows.fee.push(i * 1000);
    rows.views.push(1000);
    rows.followers.push(5000);
    rows.er.push(-1);
    rows.actions.push(-1);
    rows.intent.push(-1);
    rows.intentCount.push(0);
    rows.flags.push(i === 9 ? 1 : 0);
    rows.key.push(`c${i}`);
    rows.histCvr.push(-1);
    rows.histViews.push(0);
  }
  rows.row.push(12);
  rows.fee.push(500);
  rows.views.push(0);
  rows.followers.push(5000);
  rows.er.push(-1);
  rows.actions.push(-1);
  rows.intent.push(-1);
  rows.intentCount.push(0);
  rows.flags.push(0);
  rows.key.push('noviews');
  rows.histCvr.push(-1);
  rows.histViews.push(0);

  it('keeps everything when it fits', () => {
    const p = buildPayload(rows);
    expect(p).toMatchObject({ total: 11, omittedFrom: null, omitted: 0 });
    expect(p.rows.fee.length).toBe(11);
  });
  it('keeps the cheapest CPVs, every must-include mark and the rows without views; knows up to where it is complete', () => {
    const p = buildPayload(rows, 5);
    // no-views row and the must mark (CPV 9) first, then CPV 1, 2, 3.
    expect(p.rows.key).toEqual(['c1', 'c2', 'c3', 'c9', 'noviews']);
    expect(p.omittedFrom).toBe(4);
    expect(p.omitted).toBe(6);
    expect(payloadCovers(p, 3.9)).toBe(true);
    expect(payloadCovers(p, 4)).toBe(false);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });
});

describe('cpvQuantile and histogram', () => {
  const sorted = (xs: number[]) => Float64Array.from(xs).sort();
  const values = sorted(Array.from({ length: 100 }, (_, i) => i + 1));
  const q: [number, number][] = [
    [0, 1],
    [0.5, 50],
    [0.95, 95],
    [1, 100],
  ];
  it.each(q)('q=%d → %d', (x, want) => expect(cpvQuantile(values, x)).toBe(want));
  it('is NaN for no rows', () => expect(cpvQuantile(sorted([]), 0.5)).toBeNaN());

  const cpvs = Array.from({ length: 100 }, (_, i) => (i + 1) / 10);
  const cases: [string, number | null, number][] = [
    ['no cap: up to the 95th percentile', null, 9.5],
    ['cap 2: at most 3 × cap', 2, 6],
    ['cap 5: the 95th percentile lies between', 5, 9.5],
    ['cap 9: at least 1.25 × cap', 9, 11.25],
  ];
  it.each(cases)('%s', (_name, cap, hi) => {
    const h = histogram(sorted(cpvs), cap, 30);
    expect(h.hi).toBeCloseTo(hi, 9);
    expect(h.bins.reduce((s, b) => s + b.within + b.over, 0)).toBe(100);
    expect(h.overflow).toBe(cpvs.filter((x) => x > h.hi).length);
    expect(h.bins.reduce((s, b) => s + b.within, 0)).toBe(cap === null ? 100 : cpvs.filter((x) => x <= cap).length);
  });
  it('bins by value, the tail in the last bin', () => {
    const h = histogram(sorted([0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 7, 100]), 2, 5);
    expect(h.hi).toBe(6);
    expect(h.bins.map((b) => b.within + b.over)).toEqual([1, 1, 2, 1, 3]);
    expect(h.bins.map((b) => b.within)).toEqual([1, 1, 0, 0, 0]);
  });
  it('estimates views from followers × view rate for the rows without', () => {
    const p = buildPayload(
      rosterRows([
        ['handle', 'followers', 'views', 'fee'],
        ['a', 10_000, '', 3000],
        ['b', 10_000, 1000, 1000],
      ]),
    );
    expect(Array.from(cpvsOf(p, null))).toEqual([1]);
    expect(Array.from(cpvsOf(p, 0.1))).toEqual([1, 3]);
  });
});

describe('form ↔ settings', () => {
  const form = (v: Partial<FormValues>): FormValues => ({ ...DEFAULT_FORM, rosterSheet: 'Roster', ...v, columns: v.columns ?? {} });
  const cases: [string, Partial<FormValues>, Record<string, unknown>][] = [
    [
      'as typed',
      { cpvCap: '¥2', budget: '100万' },
      {
        rosterSheet: 'Roster',
        cpvCap: '¥2',
        budget: '100万',
        erFloor: false,
        reachShare: { min: '0%', max: '100%' },
        minEmpathy: '0',
        outputSheet: 'Shortlist',
      },
    ],
    [
      'percent fields carry %',
      { cpvCap: '2', budget: '1', reachMin: '30', reachMax: '70%', viewRate: '10', cvr: '2.5', aov: '¥3,000' },
      { reachShare: { min: '30%', max: '70%' }, viewRate: '10%', cvr: '2.5%', aov: '¥3,000' },
    ],
    [
      'blanks are left out',
      { cpvCap: '2', budget: '1', reachMin: '', reachMax: '', minEmpathy: ' ', outputSheet: '' },
      { reachShare: undefined, minEmpathy: undefined, outputSheet: undefined, viewRate: undefined },
    ],
    ['columns as header texts', { cpvCap: '2', budget: '1', columns: { fee: '費用', er: '' } }, { columns: { fee: '費用', er: '' } }],
    ['ER floor', { cpvCap: '2', budget: '1', erFloor: true }, { erFloor: true }],
  ];
  it.each(cases)('%s', (_name, v, want) => {
    const s = buildSettings(form(v)) as Record<string, unknown>;
    for (const [k, value] of Object.entries(want)) expect(s[k], k).toEqual(value);
  });

  // What the sidebar sends must mean to the server what the marketer typed.
  const parsed: [Partial<FormValues>, Record<string, unknown>][] = [
    [
      { cpvCap: '¥2', budget: '100万' },
      { cpvCap: 2, budget: 1_000_000, reachShare: { min: 0, max: 1 }, minEmpathy: 0, outputSheet: 'Shortlist' },
    ],
    [
      { cpvCap: '1.5', budget: '¥1,000,000', reachMin: '30', reachMax: '70', minEmpathy: '5', viewRate: '10', cvr: '2%', aov: '3000' },
      { cpvCap: 1.5, budget: 1e6, reachShare: { min: 0.3, max: 0.7 }, minEmpathy: 5, viewRate: 0.1, cvr: 0.02, aov: 3000 },
    ],
  ];
  it.each(parsed)('the server reads %j as meant', (v, want) => {
    expect(parseSettings(buildSettings(form(v)))).toMatchObject(want);
  });

  it('prefills from saved settings (rates as fractions back to percent points)', () => {
    const v = formFromSettings({
      rosterSheet: 'R',
      cpvCap: 2,
      budget: 1_000_000,
      reachShare: { min: 0.3, max: 0.7 },
      minEmpathy: 3,
      erFloor: true,
      viewRate: 0.1,
      cvr: 0.025,
      aov: 3000,
      outputSheet: 'Out',
    });
    expect(v).toMatchObject({
      rosterSheet: 'R',
      cpvCap: '2',
      budget: '1,000,000',
      reachMin: '30',
      reachMax: '70',
      minEmpathy: '3',
      erFloor: true,
      viewRate: '10',
      cvr: '2.5',
      aov: '3,000',
      outputSheet: 'Out',
    });
    // And a round trip gives the same settings.
    expect(parseSettings(buildSettings(v))).toMatchObject({
      cpvCap: 2,
      budget: 1e6,
      reachShare: { min: 0.3, max: 0.7 },
      viewRate: 0.1,
      cvr: 0.025,
      aov: 3000,
    });
  });
  it('sends the KPI choices', () => {
    const s = buildSettings(
      form({
        cpvCap: '2',
        budget: '1',
        objective: 'intent',
        commentsSheet: 'Comments',
        mustInclude: '@a\nhttps://www.instagram.com/b/',
        exclude: '@c, @d',
        blendedCpvMax: '1.5',
        erPreset: 'range',
        erRange: "'My ER'!A2:D6",
      }),
    );
    expect(parseSettings(s)).toMatchObject({
      objective: 'intent',
      commentsSheet: { sheet: 'Comments' },
      mustInclude: ['@a', 'https://www.instagram.com/b/'],
      exclude: ['@c', '@d'],
      blendedCpvMax: 1.5,
      erPreset: { sheet: 'My ER', range: 'A2:D6' },
    });
    expect(formFromSettings(parseSettings(s))).toMatchObject({
      objective: 'intent',
      commentsSheet: 'Comments',
      erPreset: 'range',
      erRange: "'My ER'!A2:D6",
      exclude: '@c\n@d',
    });
    expect(splitRange('Settings!A2:D6')).toEqual({ sheet: 'Settings', range: 'A2:D6' });
    expect(splitRange('A2:D6')).toBeNull();
  });
  const historyChoices: [Partial<FormValues>, Record<string, unknown>][] = [
    [{}, { useHistory: true, historyViews: 'roster' }],
    [{ historyViews: 'median' }, { useHistory: true, historyViews: 'median' }],
    [
      { useHistory: false, historyViews: 'median' },
      { useHistory: false, historyViews: 'roster' },
    ],
  ];
  it.each(historyChoices)('sends the History choices %j as %j, and reads them back', (v, want) => {
    const s = parseSettings(buildSettings(form({ cpvCap: '2', budget: '1', ...v })));
    expect(s).toMatchObject(want);
    expect(formFromSettings(s)).toMatchObject(want);
  });
  it('keeps defaults without saved settings', () => {
    expect(formFromSettings(null)).toEqual(DEFAULT_FORM);
    expect(formFromSettings({ rosterSheet: 'R', cpvCap: 2, budget: 5 })).toMatchObject({
      reachMin: '0',
      reachMax: '100',
      outputSheet: 'Shortlist',
      erFloor: false,
    });
  });
});

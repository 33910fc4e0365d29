// The sidebar's pure parts: the client-side number reader, the pre-simulation
// (cap count, greedy budget fill, histogram) and the form ↔ settings mapping.

import { describe, expect, it } from 'vitest';
import type { Presim } from '../src/shared/api';
import { asPercent, percentText, readNumber, InputKind } from '../sidebar/numbers';
import { cpvQuantile, histogram, prepare, simulate, SimOptions } from '../sidebar/presim';
import { buildSettings, DEFAULT_FORM, formFromSettings, FormValues } from '../sidebar/form';
import { parseSettings } from '../src/server/settings';
import { parseNumber } from '../src/core/parse';

describe('readNumber', () => {
  const cases: [string, InputKind, number | null][] = [
    ['', 'money', null],
    ['   ', 'count', null],
    ['2', 'money', 2],
    ['¥2', 'money', 2],
    ['￥２', 'money', 2],
    ['1.5', 'money', 1.5],
    ['¥150,000', 'money', 150_000],
    ['3,000円', 'money', 3000],
    ['₩30,000', 'money', 30_000],
    ['30,000원', 'money', 30_000],
    ['100万', 'money', 1_000_000],
    ['１００万', 'money', 1_000_000],
    ['1億2000万', 'money', 120_000_000],
    ['1000만', 'money', 10_000_000],
    ['1만5천', 'count', 15_000],
    ['12.5万', 'count', 125_000],
    ['3.4만', 'count', 34_000],
    ['1.2M', 'count', 1_200_000],
    ['10K', 'count', 10_000],
    ['10k+', 'count', 10_000],
    ['8,500人', 'count', 8500],
    ['約5万', 'count', 50_000],
    ['2%', 'percent', 0.02],
    ['2', 'percent', 0.02],
    ['1.5 %', 'percent', 0.015],
    ['30', 'percent', 0.3],
    ['.5', 'money', 0.5],
  ];
  it.each(cases)('%j as %s → %j', (text, kind, want) => {
    const got = readNumber(text, kind);
    if (want === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(want, 9);
  });

  const unreadable: [string, InputKind][] = [
    ['abc', 'money'],
    ['2%', 'money'],
    ['5%', 'count'],
    ['-3', 'money'],
    ['1万2億', 'money'],
    ['1,2,3', 'money'],
    ['2円3', 'money'],
    ['¥', 'money'],
    ['万', 'count'],
    ['1..2', 'money'],
  ];
  it.each(unreadable)('%j as %s is unreadable (NaN)', (text, kind) => {
    expect(readNumber(text, kind)).toBeNaN();
  });

  // Where both read a value, the preview must agree with the server's parser.
  const agree: [string, 'money' | 'count'][] = [
    ['¥2', 'money'], ['100万', 'money'], ['¥150,000', 'money'], ['12.5万', 'count'], ['1.2M', 'count'], ['3.4만', 'count'], ['1億2000万', 'money'],
  ];
  it.each(agree)('%j agrees with the server parser', (text, kind) => {
    expect(readNumber(text, kind)).toBeCloseTo(parseNumber(text, kind)!, 6);
  });
});

describe('percent text', () => {
  const cases: [number, string][] = [[0, '0'], [0.3, '30'], [1, '100'], [0.015, '1.5'], [0.07, '7']];
  it.each(cases)('%d → %s', (f, text) => expect(percentText(f)).toBe(text));
  const sent: [string, string][] = [['30', '30%'], [' 30 ', '30%'], ['30%', '30%'], ['30％', '30％']];
  it.each(sent)('%j is sent as %j', (typed, want) => expect(asPercent(typed)).toBe(want));
});

// A roster of six: [fee, views, followers, erBelow]. CPVs: a=1, b=2, c=0.5, d=4, e=(no views), f=1.5
const ROWS: [number, number, number, number][] = [
  [100_000, 100_000, 200_000, 0], // a: cpv 1, reach
  [200_000, 100_000, 50_000, 1], // b: cpv 2, empathy, ER below
  [50_000, 100_000, 30_000, 0], // c: cpv 0.5, empathy
  [400_000, 100_000, 1_000_000, 0], // d: cpv 4, reach
  [80_000, 0, 40_000, 0], // e: no views
  [150_000, 100_000, 120_000, 1], // f: cpv 1.5, reach, ER below
];
const PRESIM: Presim = {
  fee: ROWS.map((r) => r[0]),
  views: ROWS.map((r) => r[1]),
  followers: ROWS.map((r) => r[2]),
  erBelow: ROWS.map((r) => r[3]),
};

describe('prepare', () => {
  it('orders rows with views by CPV and counts those without', () => {
    const p = prepare(PRESIM, null);
    expect(Array.from(p.order)).toEqual([2, 0, 5, 1, 3]);
    expect(p.noViews).toBe(1);
    expect(Number.isNaN(p.cpv[4])).toBe(true);
  });
  it('estimates missing views from followers × view rate', () => {
    const p = prepare(PRESIM, 0.1); // e: 40,000 × 10% = 4,000 views → cpv 20
    expect(p.noViews).toBe(0);
    expect(p.views[4]).toBe(4000);
    expect(p.cpv[4]).toBe(20);
    expect(Array.from(p.order)).toEqual([2, 0, 5, 1, 3, 4]);
  });
  it('handles an empty roster', () => {
    const p = prepare({ fee: [], views: [], followers: [], erBelow: [] }, null);
    expect(p.order.length).toBe(0);
    expect(simulate(p, { cap: 2, budget: 100, erFloor: false })).toMatchObject({ total: 0, passCap: 0, estimate: { count: 0, cpv: 0 } });
  });
});

describe('simulate', () => {
  const p = prepare(PRESIM, null);
  const cases: [string, SimOptions, { passCap: number | null; passBoth: number | null; count?: number; spend?: number; views?: number; reach?: number; empathy?: number }][] = [
    ['no cap', { cap: null, budget: 1e6, erFloor: false }, { passCap: null, passBoth: null }],
    ['unreadable cap', { cap: NaN, budget: 1e6, erFloor: false }, { passCap: null, passBoth: null }],
    ['zero cap', { cap: 0, budget: 1e6, erFloor: false }, { passCap: null, passBoth: null }],
    ['cap 2 counts the one exactly at the cap', { cap: 2, budget: null, erFloor: false }, { passCap: 4, passBoth: 4 }],
    ['cap 2, ER floor', { cap: 2, budget: null, erFloor: true }, { passCap: 4, passBoth: 2 }],
    ['cap 2, budget for all', { cap: 2, budget: 1e6, erFloor: false }, { passCap: 4, passBoth: 4, count: 4, spend: 500_000, views: 400_000, reach: 2, empathy: 2 }],
    // Greedy by CPV: c (50k), a (100k), f (150k) = 300k; b (200k) does not fit 350k.
    ['cap 2, budget 350k', { cap: 2, budget: 350_000, erFloor: false }, { passCap: 4, passBoth: 4, count: 3, spend: 300_000, views: 300_000, reach: 2, empathy: 1 }],
    // Skips what does not fit and keeps going: c (50k) then b? no — a (100k) over 120k-50k; f, b too big.
    ['cap 2, budget 120k', { cap: 2, budget: 120_000, erFloor: false }, { passCap: 4, passBoth: 4, count: 1, spend: 50_000, views: 100_000 }],
    ['cap 2, budget below every fee', { cap: 2, budget: 10_000, erFloor: false }, { passCap: 4, passBoth: 4, count: 0, spend: 0, views: 0 }],
    ['cap 2, ER floor, budget for all', { cap: 2, budget: 1e6, erFloor: true }, { passCap: 4, passBoth: 2, count: 2, spend: 150_000, views: 200_000, reach: 1, empathy: 1 }],
    ['cap 0.4 passes nobody', { cap: 0.4, budget: 1e6, erFloor: false }, { passCap: 0, passBoth: 0, count: 0 }],
    ['cap 10 passes everyone with views', { cap: 10, budget: null, erFloor: false }, { passCap: 5, passBoth: 5 }],
  ];
  it.each(cases)('%s', (_name, o, want) => {
    const s = simulate(p, o);
    expect(s.total).toBe(5);
    expect(s.noViews).toBe(1);
    expect(s.passCap).toBe(want.passCap);
    expect(s.passBoth).toBe(want.passBoth);
    if (want.count === undefined) {
      if (o.budget === null || want.passCap === null) expect(s.estimate).toBeNull();
      return;
    }
    const e = s.estimate!;
    expect(e.count).toBe(want.count);
    if (want.spend !== undefined) expect(e.spend).toBe(want.spend);
    if (want.views !== undefined) expect(e.views).toBe(want.views);
    if (want.reach !== undefined) expect(e.reach).toBe(want.reach);
    if (want.empathy !== undefined) expect(e.empathy).toBe(want.empathy);
    expect(e.cpv).toBe(e.views > 0 ? e.spend / e.views : 0);
    expect(e.spend).toBeLessThanOrEqual(o.budget!);
  });

  it('accepts a CPV a float hair above the cap, as the server does', () => {
    const q = prepare({ fee: [3], views: [1.5], followers: [10], erBelow: [0] }, null); // 3 / 1.5 = 2 exactly
    const r = prepare({ fee: [0.3], views: [0.1], followers: [10], erBelow: [0] }, null); // 2.9999999999999996
    expect(simulate(q, { cap: 2, budget: null, erFloor: false }).passCap).toBe(1);
    expect(simulate(r, { cap: 3, budget: null, erFloor: false }).passCap).toBe(1);
  });
});

describe('cpvQuantile', () => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1); // cpv 1..100
  const p = prepare({ fee: values, views: values.map(() => 1), followers: values.map(() => 1), erBelow: values.map(() => 0) }, null);
  const cases: [number, number][] = [[0, 1], [0.5, 50], [0.95, 95], [1, 100]];
  it.each(cases)('q=%d → %d', (q, want) => expect(cpvQuantile(p, q)).toBe(want));
  it('is NaN for no rows', () => expect(cpvQuantile(prepare({ fee: [], views: [], followers: [], erBelow: [] }, null), 0.5)).toBeNaN());
});

describe('histogram', () => {
  const cpvs = Array.from({ length: 100 }, (_, i) => (i + 1) / 10); // 0.1 .. 10
  const p = prepare({ fee: cpvs, views: cpvs.map(() => 1), followers: cpvs.map(() => 1), erBelow: cpvs.map(() => 0) }, null);
  const cases: [string, number | null, number][] = [
    ['no cap: up to the 95th percentile', null, 9.5],
    ['cap 2: at most 3 × cap', 2, 6],
    ['cap 5: the 95th percentile lies between', 5, 9.5],
    ['cap 9: at least 1.25 × cap', 9, 11.25],
  ];
  it.each(cases)('%s', (_name, cap, hi) => {
    const h = histogram(p, cap, 30);
    expect(h.hi).toBeCloseTo(hi, 9);
    expect(h.bins).toHaveLength(30);
    const total = h.bins.reduce((s, b) => s + b.within + b.over, 0);
    expect(total).toBe(100); // every CPV is in a bin; the overflow sits in the last
    expect(h.overflow).toBe(cpvs.filter((x) => x > h.hi).length);
    const within = h.bins.reduce((s, b) => s + b.within, 0);
    expect(within).toBe(cap === null ? 100 : cpvs.filter((x) => x <= cap).length);
    expect(h.cap).toBe(cap);
    expect(h.max).toBe(Math.max(...h.bins.map((b) => b.within + b.over)));
  });
  it('bins by value, the tail in the last bin', () => {
    const xs = [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 7, 100];
    const q = prepare({ fee: xs, views: xs.map(() => 1), followers: xs.map(() => 1), erBelow: xs.map(() => 0) }, null);
    const h = histogram(q, 2, 5); // p95 = 100, capped at 3 × cap = 6: bins of 1.2
    expect(h.hi).toBe(6);
    expect(h.bins.map((b) => b.within + b.over)).toEqual([1, 1, 2, 1, 3]);
    expect(h.bins.map((b) => b.within)).toEqual([1, 1, 0, 0, 0]);
    expect(h.overflow).toBe(2);
  });
  it('is all zero and sane for an empty roster', () => {
    const h = histogram(prepare({ fee: [], views: [], followers: [], erBelow: [] }, null), null);
    expect(h.hi).toBe(1);
    expect(h.max).toBe(0);
  });
});

describe('form ↔ settings', () => {
  const form = (v: Partial<FormValues>): FormValues => ({ ...DEFAULT_FORM, rosterSheet: 'Roster', ...v, columns: v.columns ?? {} });
  const cases: [string, Partial<FormValues>, Record<string, unknown>][] = [
    ['as typed', { cpvCap: '¥2', budget: '100万' }, { rosterSheet: 'Roster', cpvCap: '¥2', budget: '100万', erFloor: false, reachShare: { min: '0%', max: '100%' }, minEmpathy: '0', outputSheet: 'Shortlist' }],
    ['percent fields carry %', { cpvCap: '2', budget: '1', reachMin: '30', reachMax: '70%', viewRate: '10', cvr: '2.5', aov: '¥3,000' }, { reachShare: { min: '30%', max: '70%' }, viewRate: '10%', cvr: '2.5%', aov: '¥3,000' }],
    ['blanks are left out', { cpvCap: '2', budget: '1', reachMin: '', reachMax: '', minEmpathy: ' ', outputSheet: '' }, { reachShare: undefined, minEmpathy: undefined, outputSheet: undefined, viewRate: undefined }],
    ['columns as header texts', { cpvCap: '2', budget: '1', columns: { fee: '費用', er: '' } }, { columns: { fee: '費用', er: '' } }],
    ['ER floor', { cpvCap: '2', budget: '1', erFloor: true }, { erFloor: true }],
  ];
  it.each(cases)('%s', (_name, v, want) => {
    const s = buildSettings(form(v)) as Record<string, unknown>;
    for (const [k, value] of Object.entries(want)) expect(s[k], k).toEqual(value);
  });

  // What the sidebar sends must mean to the server what the marketer typed.
  const parsed: [Partial<FormValues>, Record<string, unknown>][] = [
    [{ cpvCap: '¥2', budget: '100万' }, { cpvCap: 2, budget: 1_000_000, reachShare: { min: 0, max: 1 }, minEmpathy: 0, outputSheet: 'Shortlist' }],
    [{ cpvCap: '1.5', budget: '¥1,000,000', reachMin: '30', reachMax: '70', minEmpathy: '5', viewRate: '10', cvr: '2%', aov: '3000' }, { cpvCap: 1.5, budget: 1e6, reachShare: { min: 0.3, max: 0.7 }, minEmpathy: 5, viewRate: 0.1, cvr: 0.02, aov: 3000 }],
  ];
  it.each(parsed)('the server reads %j as meant', (v, want) => {
    expect(parseSettings(buildSettings(form(v)))).toMatchObject(want);
  });

  it('prefills from saved settings (rates as fractions back to percent points)', () => {
    const v = formFromSettings({ rosterSheet: 'R', cpvCap: 2, budget: 1_000_000, reachShare: { min: 0.3, max: 0.7 }, minEmpathy: 3, erFloor: true, viewRate: 0.1, cvr: 0.025, aov: 3000, outputSheet: 'Out' });
    expect(v).toMatchObject({ rosterSheet: 'R', cpvCap: '2', budget: '1,000,000', reachMin: '30', reachMax: '70', minEmpathy: '3', erFloor: true, viewRate: '10', cvr: '2.5', aov: '3,000', outputSheet: 'Out' });
    // And a round trip gives the same settings.
    expect(parseSettings(buildSettings(v))).toMatchObject({ cpvCap: 2, budget: 1e6, reachShare: { min: 0.3, max: 0.7 }, viewRate: 0.1, cvr: 0.025, aov: 3000 });
  });
  it('keeps defaults without saved settings', () => {
    expect(formFromSettings(null)).toEqual(DEFAULT_FORM);
    expect(formFromSettings({ rosterSheet: 'R', cpvCap: 2, budget: 5 })).toMatchObject({ reachMin: '0', reachMax: '100', outputSheet: 'Shortlist', erFloor: false });
  });
});

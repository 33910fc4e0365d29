// The live pre-simulation, computed in the browser from ctx.presim (fetched
// once): who passes the CPV cap (and the ER floor), what a quick greedy fill
// of the budget would give, and a CPV histogram. Pure functions, no DOM.
// The server's run is the exact optimum; this is a preview.

import type { Presim } from '../src/shared/api';

/** Followers at or above this make a creator "reach" (拡散); below, "empathy" (共感). As the server's REACH_MIN_FOLLOWERS. */
export const REACH_MIN_FOLLOWERS = 100_000;
/** As the server's cap check: a hair of tolerance for float division. */
const CAP_TOLERANCE = 1 + 1e-12;

/** The roster with views settled for one view rate, ordered by CPV. Rebuilt only when the view rate changes. */
export interface Prepared {
  /** CPV per row; NaN when the row has no views. */
  cpv: Float64Array;
  views: Float64Array;
  fee: readonly number[];
  followers: readonly number[];
  erBelow: readonly number[];
  /** Rows with views, cheapest CPV first (ties: input order). */
  order: Uint32Array;
  /** Rows without views even after the view rate. */
  noViews: number;
}

export function prepare(p: Presim, viewRate: number | null): Prepared {
  const n = p.fee.length;
  const cpv = new Float64Array(n);
  const views = new Float64Array(n);
  const withViews: number[] = [];
  for (let i = 0; i < n; i++) {
    let v = p.views[i] ?? 0;
    const followers = p.followers[i] ?? 0;
    if (!(v > 0) && viewRate !== null && viewRate > 0 && followers > 0) v = followers * viewRate;
    const fee = p.fee[i] ?? 0;
    views[i] = v > 0 ? v : 0;
    if (v > 0 && fee > 0) {
      cpv[i] = fee / v;
      withViews.push(i);
    } else {
      cpv[i] = NaN;
    }
  }
  withViews.sort((a, b) => cpv[a]! - cpv[b]! || a - b);
  return { cpv, views, fee: p.fee, followers: p.followers, erBelow: p.erBelow, order: Uint32Array.from(withViews), noViews: n - withViews.length };
}

export interface Estimate {
  count: number;
  spend: number;
  views: number;
  /** spend ÷ views; 0 when nothing is chosen. */
  cpv: number;
  reach: number;
  empathy: number;
  reachSpend: number;
}

export interface Simulation {
  /** Rows with fee and views. */
  total: number;
  noViews: number;
  /** Within the cap; null without a valid cap. */
  passCap: number | null;
  /** Within the cap and not below the ER band (equals passCap when the floor is off). */
  passBoth: number | null;
  /** Greedy by CPV within the budget among those passing; null without a valid cap or budget. */
  estimate: Estimate | null;
}

export interface SimOptions {
  cap: number | null;
  budget: number | null;
  erFloor: boolean;
}

const valid = (x: number | null): x is number => x !== null && Number.isFinite(x) && x > 0;

export function simulate(prep: Prepared, o: SimOptions): Simulation {
  const total = prep.order.length;
  const out: Simulation = { total, noViews: prep.noViews, passCap: null, passBoth: null, estimate: null };
  if (!valid(o.cap)) return out;
  const limit = o.cap * CAP_TOLERANCE;
  let passCap = 0;
  let passBoth = 0;
  const budget = valid(o.budget) ? o.budget : null;
  const est: Estimate = { count: 0, spend: 0, views: 0, cpv: 0, reach: 0, empathy: 0, reachSpend: 0 };
  for (let k = 0; k < total; k++) {
    const i = prep.order[k]!;
    if (prep.cpv[i]! > limit) break; // ordered by CPV: the rest are over too
    passCap++;
    if (o.erFloor && prep.erBelow[i] === 1) continue;
    passBoth++;
    const fee = prep.fee[i]!;
    if (budget !== null && est.spend + fee <= budget) {
      est.spend += fee;
      est.views += prep.views[i]!;
      est.count++;
      if ((prep.followers[i] ?? 0) >= REACH_MIN_FOLLOWERS) {
        est.reach++;
        est.reachSpend += fee;
      } else {
        est.empathy++;
      }
    }
  }
  out.passCap = passCap;
  out.passBoth = passBoth;
  if (budget !== null) {
    est.cpv = est.views > 0 ? est.spend / est.views : 0;
    out.estimate = est;
  }
  return out;
}

/** The q-quantile (0..1) of the CPVs, nearest rank; NaN when there are none. */
export function cpvQuantile(prep: Prepared, q: number): number {
  const n = prep.order.length;
  if (n === 0) return NaN;
  const k = Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1));
  return prep.cpv[prep.order[k]!]!;
}

export interface Bin {
  /** Creators in the bin within the cap. */
  within: number;
  /** Creators in the bin over the cap. */
  over: number;
}

export interface Histogram {
  /** The range shown is [0, hi]; CPVs above hi are counted in the last bin. */
  hi: number;
  bins: Bin[];
  /** How many CPVs were above hi (included in the last bin). */
  overflow: number;
  /** The cap, when valid. */
  cap: number | null;
  max: number;
}

/**
 * CPVs in `count` bins from 0 to hi. hi is the 95th percentile, but at least
 * 1.25 × cap (so the cap line is inside) and at most 3 × cap (so a long tail
 * does not squash the part that matters).
 */
export function histogram(prep: Prepared, cap: number | null, count = 30): Histogram {
  const p95 = cpvQuantile(prep, 0.95);
  const c = valid(cap) ? cap : null;
  let hi = Number.isFinite(p95) ? p95 : 0;
  if (c !== null) hi = Math.min(Math.max(hi, c * 1.25), c * 3);
  if (!(hi > 0)) hi = c ?? 1;
  const bins: Bin[] = Array.from({ length: count }, () => ({ within: 0, over: 0 }));
  let overflow = 0;
  const limit = c === null ? Infinity : c * CAP_TOLERANCE;
  for (const i of prep.order) {
    const x = prep.cpv[i]!;
    if (x > hi) overflow++;
    const b = Math.min(count - 1, Math.floor((x / hi) * count));
    const bin = bins[b]!;
    if (x > limit) bin.over++;
    else bin.within++;
  }
  const max = bins.reduce((m, b) => Math.max(m, b.within + b.over), 0);
  return { hi, bins, overflow, cap: c, max };
}

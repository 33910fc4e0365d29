// LP relaxation of the shortlist problem, solved through its dual.
//
//   max Σ v·x  s.t.  Σ f·x ≤ B  [π],  reachMin ≤ Σ_reach f·x ≤ reachMax  [α, β],
//                    Σ_empathy x ≥ k  [γ],  0 ≤ x ≤ 1
//
// For any π, α, β, γ ≥ 0 the Lagrangian gives an upper bound. Writing the reach
// threshold t = π − α + β, a reach creator is worth its fee iff v/f > t and an
// empathy creator iff v − π·f + γ > 0. For a fixed π the best t is π clamped
// into [t at reachMax, t at reachMin] (the reach-only LP thresholds) and the
// best γ makes the k-th best empathy reduced cost zero, so the dual is a convex
// function of π alone; its minimum is where the LP "greedy spend" crosses B,
// found by bisection. Every π yields a valid bound, so precision only affects
// speed, never correctness.
import { kthLargest } from './select';
import type { Limits, Pool } from './pool';

export interface Multipliers {
  /** budget price: views per yen */
  pi: number;
  /** reach threshold in views per yen */
  t: number;
  /** bonus per empathy creator, in views */
  gamma: number;
  /** LP upper bound on total views */
  upper: number;
  /** LP reduced cost: how much the bound drops if the item's LP choice is flipped */
  reduced: Float64Array;
}

export function lagrangeMultipliers(pool: Pool, lim: Limits): Multipliers {
  const { fee, views, reach } = pool;
  const B = lim.budget;
  const k = lim.minEmpathy;
  const rMin = lim.reachMin;
  const rMax = lim.reachMax;

  // Reach creators by efficiency: prefix sums give reach spend/value at any threshold in O(log n).
  const reachIds: number[] = [];
  const empIds: number[] = [];
  for (let i = 0; i < pool.n; i++) (reach[i] ? reachIds : empIds).push(i);
  reachIds.sort((a, b) => views[b]! / fee[b]! - views[a]! / fee[a]! || a - b);
  const nR = reachIds.length;
  const effR = new Float64Array(nR);
  const rf = new Float64Array(nR + 1);
  const rv = new Float64Array(nR + 1);
  reachIds.forEach((id, s) => {
    effR[s] = views[id]! / fee[id]!;
    rf[s + 1] = rf[s]! + fee[id]!;
    rv[s + 1] = rv[s]! + views[id]!;
  });
  const totalReach = rf[nR]!;
  // Largest s with rf[s] < x (strict) or ≤ x.
  const lastBelow = (x: number, strict: boolean): number => {
    let lo = 0;
    let hi = nR;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (strict ? rf[mid]! < x : rf[mid]! <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const tAtMin = rMin > 0 && nR > 0 ? effR[Math.min(nR - 1, lastBelow(rMin, true))]! : Infinity;
  const tAtMax = rMax < totalReach && nR > 0 ? effR[lastBelow(rMax, false)]! : -Infinity;
  const reachThreshold = (pi: number) => Math.min(tAtMin, Math.max(tAtMax, pi));
  const countAbove = (t: number): number => {
    let lo = 0;
    let hi = nR;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (effR[mid]! > t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const reachSpend = (pi: number): number => (pi < tAtMax ? rMax : pi > tAtMin ? rMin : rf[countAbove(pi)]!);

  const nE = empIds.length;
  const eFee = new Float64Array(nE);
  const eViews = new Float64Array(nE);
  empIds.forEach((id, s) => {
    eFee[s] = fee[id]!;
    eViews[s] = views[id]!;
  });
  const scratch = new Float64Array(nE);
  // γ and empathy LP spend at price π: all positive reduced costs, or the k best if fewer.
  const empathyAt = (pi: number): { gamma: number; spend: number } => {
    let pos = 0;
    let spend = 0;
    for (let s = 0; s < nE; s++) {
      if (eViews[s]! - pi * eFee[s]! > 0) {
        pos++;
        spend += eFee[s]!;
      }
    }
    if (pos >= k) return { gamma: 0, spend };
    for (let s = 0; s < nE; s++) scratch[s] = eViews[s]! - pi * eFee[s]!;
    const theta = kthLargest(scratch, nE, k);
    spend = 0;
    let taken = 0;
    for (let s = 0; s < nE; s++) {
      if (eViews[s]! - pi * eFee[s]! > theta) {
        spend += eFee[s]!;
        taken++;
      }
    }
    for (let s = 0; s < nE && taken < k; s++) {
      if (eViews[s]! - pi * eFee[s]! === theta) {
        spend += eFee[s]!;
        taken++;
      }
    }
    return { gamma: Math.max(0, -theta), spend };
  };

  const dual = (pi: number) => {
    const t = reachThreshold(pi);
    const s = countAbove(t);
    const rSel = t > pi ? rMax : t < pi ? rMin : 0;
    let value = pi * B + rv[s]! - t * rf[s]! + (t - pi) * rSel;
    const { gamma } = empathyAt(pi);
    value -= gamma * k;
    for (let e = 0; e < nE; e++) {
      const c = eViews[e]! - pi * eFee[e]! + gamma;
      if (c > 0) value += c;
    }
    return { value, t, gamma };
  };

  // Bisection on the price where LP spend drops to the budget.
  const spendAt = (pi: number) => reachSpend(pi) + empathyAt(pi).spend;
  let pi = 0;
  if (spendAt(0) > B + lim.eps) {
    let maxEff = 0;
    for (let i = 0; i < pool.n; i++) maxEff = Math.max(maxEff, views[i]! / fee[i]!);
    let lo = 0;
    let hi = maxEff > 0 ? maxEff : 1;
    for (let g = 0; g < 200 && spendAt(hi) > B + lim.eps; g++) {
      lo = hi;
      hi *= 2;
    }
    for (let it = 0; it < 100 && hi - lo > 1e-15 * hi; it++) {
      const mid = 0.5 * (lo + hi);
      if (spendAt(mid) > B + lim.eps) lo = mid;
      else hi = mid;
    }
    pi = dual(lo).value < dual(hi).value ? lo : hi;
  }
  const { value, t, gamma } = dual(pi);
  const reduced = new Float64Array(pool.n);
  for (let i = 0; i < pool.n; i++) {
    reduced[i] = reach[i] ? views[i]! - t * fee[i]! : views[i]! - pi * fee[i]! + gamma;
  }
  return { pi, t, gamma, upper: value, reduced };
}

// Bound-based variable fixing (Martello–Toth style): if forcing an item in, or
// out, drops the LP bound to the incumbent, no better selection makes that
// choice, so the item is fixed the other way. The LP here is the one the
// search uses (budget and reach window exact, empathy minimum priced), re-solved
// in O(log n) per item, so on real rosters all but a thin band of items around
// the LP price are settled before the search starts.
import { minBound, type LpTracker } from './lp-tracker';
import type { Limits, Pool } from './pool';

export const FREE = -1;

/**
 * Per pool id: 1 = must be chosen, 0 = must be left out, FREE = undecided,
 * for any selection with at least `floor` views (ties stay free: a cheaper tie wins).
 * `trackers` (see priceTrackers) cover the whole pool and are left as found.
 */
export function fixByBounds(pool: Pool, lim: Limits, trackers: readonly LpTracker[], floor: number): Int8Array {
  const { fee, views, reach } = pool;
  const k = lim.minEmpathy;
  const cap = lim.budget + lim.eps;
  const rLo = Math.max(0, lim.reachMin - lim.eps);
  const rHi = lim.reachMax + lim.eps;
  // LP of all other items given the money and empathy count still needed.
  const rest = (money: number, lo: number, hi: number, need: number) => minBound(trackers, money, lo, hi, need);
  const status = new Int8Array(pool.n).fill(FREE);
  for (let i = 0; i < pool.n; i++) {
    for (const tr of trackers) tr.remove(i);
    const f = fee[i]!;
    const r = reach[i] ? f : 0;
    const fits = f <= cap && r <= rHi;
    const withIt = fits ? views[i]! + rest(cap - f, Math.max(0, rLo - r), rHi - r, k - (reach[i] ? 0 : 1)) : -Infinity;
    if (withIt < floor) status[i] = 0;
    else if (rest(cap, rLo, rHi, k) < floor) status[i] = 1;
    for (const tr of trackers) tr.restore(i);
  }
  return status;
}

// Improving an incumbent before the exact search, which prunes against it: a
// better start mostly saves the time the search would spend finding it.
// polish: adds and 1-for-1 swaps. regroup: re-solve one group (reach or
// empathy) exactly for the money the other leaves, which also finds the
// many-for-one exchanges (e.g. five cheap empathy creators for four better
// ones) that swaps cannot.
import { branchAndBound } from './branch-and-bound';
import { tally, type Limits, type Pool } from './pool';

/** Improves `ids` in place by adds and 1-for-1 swaps among `candidates`; returns true if it changed. */
export function polish(pool: Pool, lim: Limits, ids: number[], candidates: readonly number[], tolViews: number, maxPasses = 4): boolean {
  const { fee, views, reach } = pool;
  const { eps } = lim;
  const chosen = new Uint8Array(pool.n);
  let spend = 0;
  let reachSpend = 0;
  let count = 0;
  for (const i of ids) {
    chosen[i] = 1;
    spend += fee[i]!;
    if (reach[i]) reachSpend += fee[i]!;
    else count++;
  }
  let changed = false;
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    // Adds, best views first (views only grow, the reach floor and count only get easier).
    const outs = candidates.filter((j) => !chosen[j]).sort((a, b) => views[b]! - views[a]! || a - b);
    for (const j of outs) {
      const f = fee[j]!;
      if (views[j]! > 0 && spend + f <= lim.budget + eps && (!reach[j] || reachSpend + f <= lim.reachMax + eps)) {
        chosen[j] = 1;
        spend += f;
        if (reach[j]) reachSpend += f;
        else count++;
        improved = true;
      }
    }
    // Swaps: for each chosen candidate, the best feasible replacement.
    const ins = candidates.filter((i) => chosen[i]);
    const rest = candidates.filter((j) => !chosen[j]);
    for (const i of ins) {
      let bestJ = -1;
      let bestGain = tolViews;
      const s0 = spend - fee[i]!;
      const r0 = reach[i] ? reachSpend - fee[i]! : reachSpend;
      const m0 = reach[i] ? count : count - 1;
      for (const j of rest) {
        if (chosen[j]) continue;
        const gain = views[j]! - views[i]!;
        if (gain <= bestGain) continue;
        const f = fee[j]!;
        if (s0 + f > lim.budget + eps) continue;
        const r = reach[j] ? r0 + f : r0;
        if (r < lim.reachMin - eps || r > lim.reachMax + eps) continue;
        if ((reach[j] ? m0 : m0 + 1) < lim.minEmpathy) continue;
        bestJ = j;
        bestGain = gain;
      }
      if (bestJ >= 0) {
        chosen[i] = 0;
        chosen[bestJ] = 1;
        spend = s0 + fee[bestJ]!;
        reachSpend = reach[bestJ] ? r0 + fee[bestJ]! : r0;
        count = reach[bestJ] ? m0 : m0 + 1;
        improved = true;
      }
    }
    if (!improved) break;
    changed = true;
  }
  if (changed) {
    ids.length = 0;
    for (let i = 0; i < pool.n; i++) if (chosen[i]) ids.push(i);
  }
  return changed;
}

/**
 * Re-optimises one group at a time: the empathy creators exactly for the money
 * the chosen reach creators leave, then the reach creators for the money the
 * empathy ones leave (each a one-group knapsack, far easier than the joint
 * problem), among `candidates` plus what is chosen. Returns the better
 * selection, or null.
 */
export function regroup(
  pool: Pool,
  lim: Limits,
  gamma: number,
  ids: readonly number[],
  candidates: readonly number[],
  tolViews: number,
  nodeLimit: number,
): number[] | null {
  let cur = ids.slice();
  let changed = false;
  for (const group of [0, 1, 0]) {
    const keep = cur.filter((i) => pool.reach[i] !== group); // the other group stays as is
    const kept = tally(pool, keep);
    const mine = new Set(cur.filter((i) => pool.reach[i] === group));
    for (const j of candidates) if (pool.reach[j] === group) mine.add(j);
    const now = tally(pool, cur);
    const res = branchAndBound(
      {
        pool,
        gamma,
        free: Array.from(mine),
        budget: lim.budget - kept.spend,
        reachMin: lim.reachMin - kept.reachSpend,
        reachMax: lim.reachMax - kept.reachSpend,
        minEmpathy: lim.minEmpathy - kept.empathy,
        eps: lim.eps,
        tolViews,
      },
      { views: now.views - kept.views, spend: now.spend - kept.spend },
      nodeLimit,
    );
    if (res.best) {
      cur = keep.concat(res.best.picks);
      changed = true;
    }
  }
  return changed ? cur : null;
}

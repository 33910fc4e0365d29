// Depth-first branch and bound (include first, items in profit-per-yen order,
// so the greedy selection is the first leaf).
//
// Node bound: views chosen so far + the LP of the undecided items under the
// remaining budget and reach window (exact, see lp-tracker.ts), with the
// empathy creators still needed priced at γ each. Any γ ≥ 0 gives a valid
// bound, so a spread of prices around the root LP's is tracked and the
// smallest bound used (γ = 0 is exact once the minimum is met). The reach
// window itself is never priced: a priced window leaves the bound blind to a
// full reach cap, and the search then enumerates reach combinations.
// Iterative with per-depth state arrays: no recursion limit, no float drift.
import { minBound, priceTrackers } from './lp-tracker';
import type { Pool } from './pool';

const TIE_NODES = 100_000;

export interface SubProblem {
  pool: Pool;
  /** empathy price of the root LP (views per empathy creator) */
  gamma: number;
  /** pool ids still undecided */
  free: ArrayLike<number>;
  /** limits left after the fixed-in items (reachMin/minEmpathy may be ≤ 0) */
  budget: number;
  reachMin: number;
  reachMax: number;
  minEmpathy: number;
  eps: number;
  tolViews: number;
}

export interface Found {
  /** views and spend of the free picks only */
  views: number;
  spend: number;
  /** pool ids */
  picks: number[];
}

export interface SearchResult {
  best: Found | null;
  /** false when the node limit stopped the search */
  complete: boolean;
  nodes: number;
}

/** Best free selection strictly better than `incumbent` (more views, or equal views for less money). */
export function branchAndBound(p: SubProblem, incumbent: { views: number; spend: number } | null, nodeLimit: number): SearchResult {
  const { fee, views: poolViews, reach } = p.pool;
  const gamma = p.gamma;
  const order = Array.from(p.free);
  const key = new Float64Array(fee.length);
  for (const i of order) key[i] = (poolViews[i]! + (reach[i] ? 0 : gamma)) / fee[i]!;
  order.sort((a, b) => key[b]! - key[a]! || a - b);
  const N = order.length;
  const f = new Float64Array(N);
  const v = new Float64Array(N);
  const isReach = new Uint8Array(N);
  for (let j = 0; j < N; j++) {
    const id = order[j]!;
    f[j] = fee[id]!;
    v[j] = poolViews[id]!;
    isReach[j] = reach[id]!;
  }
  // What is still available from position j on: reach-minimum and empathy-count cut-offs.
  const sufReach = new Float64Array(N + 1);
  const sufEmp = new Int32Array(N + 1);
  for (let j = N - 1; j >= 0; j--) {
    sufReach[j] = sufReach[j + 1]! + (isReach[j] ? f[j]! : 0);
    sufEmp[j] = sufEmp[j + 1]! + (isReach[j] ? 0 : 1);
  }
  const trackers = priceTrackers(f, v, isReach, gamma, p.minEmpathy);
  const T = trackers.length;

  const { eps, tolViews, reachMin, reachMax, minEmpathy, budget } = p;
  const capAt = new Float64Array(N + 1);
  const vAt = new Float64Array(N + 1);
  const rAt = new Float64Array(N + 1);
  const mAt = new Int32Array(N + 1);
  const choice = new Int8Array(N); // 1 = include branch active (exclude pending), 2 = exclude branch active
  const picked = new Uint8Array(N);
  capAt[0] = budget;

  let bestViews = incumbent ? incumbent.views : -Infinity;
  let bestSpend = incumbent ? incumbent.spend : Infinity;
  let bestPicks: number[] | null = null;
  let nodes = 0;
  let tieNodes = 0;
  let complete = true;
  let j = 0;

  search: for (;;) {
    if (++nodes > nodeLimit) {
      complete = false;
      break;
    }
    const cap = capAt[j]!;
    const r = rAt[j]!;
    const m = mAt[j]!;
    const views = vAt[j]!;
    if (cap >= -eps && r >= reachMin - eps && r <= reachMax + eps && m >= minEmpathy) {
      const spend = budget - cap;
      if (views > bestViews + tolViews || (views >= bestViews - tolViews && spend < bestSpend - eps)) {
        bestViews = views;
        bestSpend = spend;
        bestPicks = [];
        for (let q = 0; q < j; q++) if (picked[q]) bestPicks.push(order[q]!);
      }
    }
    if (j < N && r + sufReach[j]! >= reachMin - eps && m + sufEmp[j]! >= minEmpathy) {
      const c = cap + eps;
      const rLo = Math.max(0, reachMin - r - eps);
      const rHi = Math.min(reachMax - r + eps, c);
      const ub = views + minBound(trackers, c, rLo, rHi, minEmpathy - m, bestViews - tolViews - views);
      // Equal-views subtrees are only worth a look for a cheaper tie, and only
      // up to a node budget (duplicate creators make ties combinatorial).
      if (ub > bestViews + tolViews || (ub >= bestViews - tolViews && budget - cap < bestSpend - eps && ++tieNodes <= TIE_NODES)) {
        for (let t = 0; t < T; t++) trackers[t]!.remove(j);
        const fj = f[j]!;
        if (fj <= c && (!isReach[j] || r + fj <= reachMax + eps)) {
          choice[j] = 1;
          include(j);
        } else {
          choice[j] = 2;
          exclude(j);
        }
        j++;
        continue;
      }
    }
    // Backtrack to the deepest include branch and take its exclude branch.
    for (;;) {
      j--;
      if (j < 0) break search;
      if (choice[j] === 1) {
        choice[j] = 2;
        exclude(j);
        j++;
        continue search;
      }
      for (let t = 0; t < T; t++) trackers[t]!.restore(j);
    }
  }

  function include(d: number): void {
    const fd = f[d]!;
    picked[d] = 1;
    capAt[d + 1] = capAt[d]! - fd;
    vAt[d + 1] = vAt[d]! + v[d]!;
    rAt[d + 1] = isReach[d] ? rAt[d]! + fd : rAt[d]!;
    mAt[d + 1] = isReach[d] ? mAt[d]! : mAt[d]! + 1;
  }

  function exclude(d: number): void {
    picked[d] = 0;
    capAt[d + 1] = capAt[d]!;
    vAt[d + 1] = vAt[d]!;
    rAt[d + 1] = rAt[d]!;
    mAt[d + 1] = mAt[d]!;
  }

  const best = bestPicks ? { views: bestViews, spend: bestSpend, picks: bestPicks } : null;
  return { best, complete, nodes };
}

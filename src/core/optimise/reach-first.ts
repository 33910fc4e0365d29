// Two-level search for narrow reach windows: branch on reach creators only,
// and complete every reach set whose spend lands in the window with the best
// empathy selection for the money left (EmpathyOracle, which remembers).
//
// Why: when reach fees are large next to the window, the LP lands in it with a
// fraction of a creator, its bound stays loose until the reach set is settled,
// and a search that interleaves empathy decisions multiplies them by every
// reach combination. Here each reach set costs one (usually remembered) lookup.
import { type Found, type SearchResult, type SubProblem } from './branch-and-bound';
import { EmpathyOracle } from './empathy-oracle';
import { minBound, priceTrackers } from './lp-tracker';

export function reachFirstSearch(p: SubProblem, incumbent: { views: number; spend: number } | null, nodeLimit: number): SearchResult {
  const { fee, views: poolViews, reach } = p.pool;
  const { eps, tolViews, reachMin, reachMax, minEmpathy, budget, gamma } = p;
  const reachIds: number[] = [];
  const empIds: number[] = [];
  for (let k = 0; k < p.free.length; k++) {
    const id = p.free[k]!;
    (reach[id] ? reachIds : empIds).push(id);
  }
  reachIds.sort((a, b) => poolViews[b]! / fee[b]! - poolViews[a]! / fee[a]! || a - b);
  const N = reachIds.length;
  // Local items: reach creators (positions 0..N-1, branched on), then empathy (always undecided).
  const all = reachIds.concat(empIds);
  const f = new Float64Array(all.length);
  const v = new Float64Array(all.length);
  const isReach = new Uint8Array(all.length);
  all.forEach((id, k) => {
    f[k] = fee[id]!;
    v[k] = poolViews[id]!;
    isReach[k] = reach[id]!;
  });
  const sufReach = new Float64Array(N + 1);
  for (let j = N - 1; j >= 0; j--) sufReach[j] = sufReach[j + 1]! + f[j]!;
  const trackers = priceTrackers(f, v, isReach, gamma, minEmpathy);
  const oracle = new EmpathyOracle(p.pool, empIds, minEmpathy, gamma, eps, tolViews);

  const capAt = new Float64Array(N + 1);
  const vAt = new Float64Array(N + 1);
  const rAt = new Float64Array(N + 1);
  const choice = new Int8Array(N);
  capAt[0] = budget;
  let bestViews = incumbent ? incumbent.views : -Infinity;
  let bestSpend = incumbent ? incumbent.spend : Infinity;
  let bestPicks: number[] | null = null;
  let nodes = 0;
  let complete = true;
  let j = 0;

  search: for (;;) {
    if (++nodes + oracle.nodes > nodeLimit) {
      complete = false;
      break;
    }
    const cap = capAt[j]!;
    const r = rAt[j]!;
    const views = vAt[j]!;
    if (cap >= -eps && r >= reachMin - eps && r <= reachMax + eps) {
      const rest = oracle.query(cap, bestViews - views, Math.max(1, nodeLimit - nodes - oracle.nodes));
      if (rest) record(views + rest.views, budget - cap + rest.spend, rest);
    }
    if (j < N && r + sufReach[j]! >= reachMin - eps) {
      const c = cap + eps;
      const rLo = Math.max(0, reachMin - r - eps);
      const rHi = Math.min(reachMax - r + eps, c);
      if (views + minBound(trackers, c, rLo, rHi, minEmpathy, bestViews + tolViews - views) > bestViews + tolViews) {
        for (const tr of trackers) tr.remove(j);
        const fj = f[j]!;
        if (fj <= c && r + fj <= reachMax + eps) {
          choice[j] = 1;
          capAt[j + 1] = cap - fj;
          vAt[j + 1] = views + v[j]!;
          rAt[j + 1] = r + fj;
        } else {
          choice[j] = 2;
          copyState(j);
        }
        j++;
        continue;
      }
    }
    for (;;) {
      j--;
      if (j < 0) break search;
      if (choice[j] === 1) {
        choice[j] = 2;
        copyState(j);
        j++;
        continue search;
      }
      for (const tr of trackers) tr.restore(j);
    }
  }

  function copyState(d: number): void {
    capAt[d + 1] = capAt[d]!;
    vAt[d + 1] = vAt[d]!;
    rAt[d + 1] = rAt[d]!;
  }

  function record(total: number, spend: number, rest: Found): void {
    if (total > bestViews + tolViews || (total >= bestViews - tolViews && spend < bestSpend - eps)) {
      bestViews = total;
      bestSpend = spend;
      bestPicks = rest.picks.slice();
      for (let q = 0; q < j; q++) if (choice[q] === 1) bestPicks.push(reachIds[q]!);
    }
  }

  const best = bestPicks ? { views: bestViews, spend: bestSpend, picks: bestPicks } : null;
  return { best, complete: complete && oracle.complete, nodes: nodes + oracle.nodes };
}

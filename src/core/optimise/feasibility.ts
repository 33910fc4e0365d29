// Why a brief cannot be met, checked constraint by constraint (so the message
// names the one to relax), and otherwise one feasible selection to start from.
import { subsetSumInWindow } from './subset-sum';
import type { Limits, Pool } from './pool';
import type { Infeasible } from './types';

const SUBSET_NODES = 1_000_000;

export type Feasibility = { ok: false; infeasible: Infeasible } | { ok: true; seed: number[] };

/**
 * @param need the caller's minEmpathy (for messages); lim.minEmpathy is what
 *   remains after zero-fee empathy creators, of which there are `freeEmpathy`.
 */
export function checkFeasibility(pool: Pool, lim: Limits, need: number, freeEmpathy: number): Feasibility {
  const { eps, budget, reachMin } = lim;
  const k = lim.minEmpathy;
  const reachIds: number[] = [];
  const empIds: number[] = [];
  for (let i = 0; i < pool.n; i++) (pool.reach[i] ? reachIds : empIds).push(i);

  if (k > empIds.length) return fail({ constraint: 'minEmpathy', need, available: empIds.length + freeEmpathy });
  empIds.sort((a, b) => pool.fee[a]! - pool.fee[b]! || a - b);
  const cheapestIds = empIds.slice(0, Math.max(0, k));
  let cheapest = 0;
  for (const i of cheapestIds) cheapest += pool.fee[i]!;
  if (cheapest > budget + eps) return fail({ constraint: 'minEmpathyBudget', need, cheapestCost: cheapest, budget });
  if (reachMin <= eps) return { ok: true, seed: cheapestIds };

  const cap = Math.min(lim.reachMax, budget);
  const reachable = subsetSumInWindow(pool, reachIds, reachMin, cap, eps, SUBSET_NODES);
  if (reachable.sum < reachMin - eps) return fail({ constraint: 'reachMin', reachMin, maxReachSpend: reachable.sum });
  if (cheapest > budget - reachMin + eps) {
    return fail({ constraint: 'minEmpathyBudget', need, cheapestCost: cheapest, budget: budget - reachMin });
  }
  const room = Math.min(cap, budget - cheapest);
  const fit = reachable.sum <= room + eps ? reachable : subsetSumInWindow(pool, reachIds, reachMin, room, eps, SUBSET_NODES);
  if (fit.sum < reachMin - eps) {
    const detail =
      `reach spend must be at least ${money(reachMin)}, and the ${k} cheapest empathy creators cost ${money(cheapest)}, ` +
      `leaving at most ${money(room)} of the ${money(budget)} budget for reach; ` +
      `no set of reach creators costs between ${money(reachMin)} and ${money(room)} (closest: ${money(fit.sum)})`;
    return fail({ constraint: 'combined', detail });
  }
  return { ok: true, seed: [...fit.picks, ...cheapestIds] };
}

/** Adds creators with views, by views per yen, while budget and reach cap allow (keeps feasibility). */
export function fillGreedy(pool: Pool, lim: Limits, seed: readonly number[]): number[] {
  const taken = new Uint8Array(pool.n);
  let spend = 0;
  let reach = 0;
  for (const i of seed) {
    taken[i] = 1;
    spend += pool.fee[i]!;
    if (pool.reach[i]) reach += pool.fee[i]!;
  }
  const order = Array.from({ length: pool.n }, (_, i) => i);
  order.sort((a, b) => pool.views[b]! / pool.fee[b]! - pool.views[a]! / pool.fee[a]! || a - b);
  const out = seed.slice();
  for (const i of order) {
    const f = pool.fee[i]!;
    if (taken[i] || !(pool.views[i]! > 0) || spend + f > lim.budget + lim.eps) continue;
    if (pool.reach[i] && reach + f > lim.reachMax + lim.eps) continue;
    taken[i] = 1;
    out.push(i);
    spend += f;
    if (pool.reach[i]) reach += f;
  }
  return out;
}

function fail(infeasible: Infeasible): Feasibility {
  return { ok: false, infeasible };
}

function money(x: number): string {
  return String(Math.round(x * 100) / 100);
}

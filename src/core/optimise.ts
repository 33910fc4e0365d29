// Exact shortlist optimiser: choose creators maximising total expected views
// under a budget, a reach-spend window and a minimum number of empathy
// creators (0/1 knapsack with side constraints). Pure TypeScript, no globals.
//
// 1. Feasibility, constraint by constraint, and one feasible selection.
// 2. LP relaxation via its Lagrangian dual (optimise/lagrangian.ts): the upper
//    bound, the price γ of the empathy minimum, and each item's reduced cost.
// 3. A near-optimal incumbent: search a core of the least certain items with
//    the rest at their LP choice, then polish (optimise/local-search.ts).
// 4. Every item whose flip would drop the LP bound below the incumbent is
//    fixed (optimise/reduce.ts); branch and bound over the rest proves
//    optimality (optimise/branch-and-bound.ts, optimise/reach-first.ts) or
//    stops at the node limit, in which case views / upperBound still
//    certifies how close the result is.
import { branchAndBound } from './optimise/branch-and-bound';
import { checkFeasibility, fillGreedy } from './optimise/feasibility';
import { lagrangeMultipliers, type Multipliers } from './optimise/lagrangian';
import { polish, regroup } from './optimise/local-search';
import { priceTrackers } from './optimise/lp-tracker';
import { isFeasible, tally, type Limits, type Pool, type Tally } from './optimise/pool';
import { reachFirstSearch } from './optimise/reach-first';
import { FREE, fixByBounds } from './optimise/reduce';
import type { Candidate, Constraints, OptimiseOptions, OptimiseResult } from './optimise/types';

export type { Candidate, Constraints, Infeasible, OptimiseOptions, OptimiseResult } from './optimise/types';

const DEFAULT_NODE_LIMIT = 10_000_000;
/** stage-1 searches: each core search and each group re-solve gets this share of nodeLimit */
const CORE_SHARE = 0.003;
const REGROUP_SHARE = 0.02;
const CORE_START = 256;
const CORE_MAX = 4096;
const POLISH_SIZE = 1024;
type Strategy = 'ratio' | 'reachFirst';
// Stage-2 rounds: [search, share of the node limit] (the last takes what is left).
const PLAIN_ROUNDS: [Strategy, number][] = [['ratio', 0.2], ['ratio', 0.3], ['ratio', 1]];
const WINDOW_ROUNDS: [Strategy, number][] = [['reachFirst', 0.1], ['ratio', 0.4], ['reachFirst', 0.2], ['ratio', 1]];

interface Selection {
  ids: number[];
  t: Tally;
}

export function optimise(candidates: readonly Candidate[], c: Constraints, options: OptimiseOptions = {}): OptimiseResult {
  validate(candidates, c);
  const nodeLimit = Math.max(0, Math.floor(options.nodeLimit ?? DEFAULT_NODE_LIMIT));
  const budget = c.budget;
  const eps = 1e-9 * Math.max(1, budget);

  // Zero-fee creators cost nothing and only add views (and empathy count).
  const zeroFee: number[] = [];
  const paid: number[] = [];
  let freeEmpathy = 0;
  candidates.forEach((x, i) => {
    if (x.fee > 0) paid.push(i);
    else {
      zeroFee.push(i);
      if (x.role === 'empathy') freeEmpathy++;
    }
  });
  const pool = buildPool(candidates, paid);
  const need = Math.max(0, Math.ceil(c.minEmpathy));
  const lim: Limits = {
    budget,
    reachMin: Math.max(0, c.reachMin),
    reachMax: Math.min(Math.max(0, c.reachMax), budget),
    minEmpathy: Math.max(0, need - freeEmpathy),
    eps,
  };

  const feasible = checkFeasibility(pool, lim, need, freeEmpathy);
  if (!feasible.ok) return feasible;
  const seed = fillGreedy(pool, lim, feasible.seed);
  let best: Selection = { ids: seed, t: tally(pool, seed) };
  let exact = true;
  let upper = best.t.views;

  if (pool.n > 0) {
    let totalReach = 0;
    for (let i = 0; i < pool.n; i++) if (pool.reach[i]) totalReach += pool.fee[i]!;
    const lp: Limits = { ...lim, reachMax: Math.min(lim.reachMax, totalReach) };
    const mult = lagrangeMultipliers(pool, lp);
    upper = mult.upper;
    const tolViews = 1e-9 * Math.max(1, mult.upper);
    const solve = (free: number[], fixedIn: number[], limit: number, how: Strategy) =>
      searchRest(pool, lp, mult, tolViews, free, fixedIn, best, limit, how);

    // Stage 1: a near-optimal incumbent. Search a core of the least certain
    // items with the rest at their LP choice, then polish (adds and swaps) and
    // re-solve each group for the money the other leaves.
    if (mult.upper - best.t.views > tolViews) {
      const byDoubt = Array.from({ length: pool.n }, (_, i) => i);
      byDoubt.sort((a, b) => Math.abs(mult.reduced[a]!) - Math.abs(mult.reduced[b]!) || a - b);
      for (let size = CORE_START; ; size *= 4) {
        const core = byDoubt.slice(0, size);
        const fixedIn = byDoubt.slice(size).filter((i) => mult.reduced[i]! > 0);
        const found = solve(core, fixedIn, Math.ceil(nodeLimit * CORE_SHARE), 'ratio').found;
        if (found) {
          best = found;
          break;
        }
        if (size >= pool.n || size >= CORE_MAX) break;
      }
      const near = byDoubt.slice(0, POLISH_SIZE);
      const adopt = (ids: number[] | null) => {
        const t = ids && tally(pool, ids);
        if (ids && t && isFeasible(t, lp) && t.views > best.t.views + tolViews) best = { ids, t };
      };
      const ids = best.ids.slice();
      if (polish(pool, lp, ids, near, tolViews)) adopt(ids);
      adopt(regroup(pool, lp, mult.gamma, best.ids, near, tolViews, Math.ceil(nodeLimit * REGROUP_SHARE)));
    }

    // Stage 2: fix what the bounds decide against the incumbent, search the
    // rest, in rounds: each round re-fixes with the best incumbent so far. With
    // a reach window the rounds alternate between the reach-first search
    // (optimise/reach-first.ts: wins on narrow windows) and the single-order
    // search (wins on everything else); either one finishing proves optimality.
    const poolTrackers = priceTrackers(pool.fee, pool.views, pool.reach, mult.gamma, lp.minEmpathy);
    const hasWindow = lp.reachMin > eps || lp.reachMax < Math.min(budget, totalReach) - eps;
    const rounds = hasWindow ? WINDOW_ROUNDS : PLAIN_ROUNDS;
    exact = mult.upper - best.t.views <= tolViews; // proven already if it meets the LP bound
    let nodesLeft = nodeLimit;
    for (let round = 0; round < rounds.length && nodesLeft > 0; round++) {
      const [how, share] = rounds[round]!;
      const status = fixByBounds(pool, lp, poolTrackers, best.t.views - tolViews);
      const free: number[] = [];
      const fixedIn: number[] = [];
      for (let i = 0; i < pool.n; i++) {
        if (status[i] === FREE) free.push(i);
        else if (status[i] === 1) fixedIn.push(i);
      }
      const limit = round === rounds.length - 1 ? nodesLeft : Math.min(nodesLeft, Math.ceil(nodeLimit * share));
      const r = solve(free, fixedIn, limit, how);
      nodesLeft -= r.nodes;
      if (r.found) best = r.found;
      exact = r.complete || mult.upper - best.t.views <= tolViews;
      if (r.complete) break;
    }
  }

  const chosen = zeroFee.concat(best.ids.map((i) => pool.index[i]!)).sort((a, b) => a - b);
  let spend = 0;
  let views = 0;
  let reachSpend = 0;
  let empathyCount = 0;
  for (const i of chosen) {
    const x = candidates[i]!;
    spend += x.fee;
    views += x.views;
    if (x.role === 'reach') reachSpend += x.fee;
    else empathyCount++;
  }
  const upperBound = exact ? views : Math.max(views, upper + (views - best.t.views));
  return { ok: true, chosen, spend, views, reachSpend, empathyCount, exact, upperBound };
}

/** Branch and bound over `free` with `fixedIn` chosen; returns a selection only if it beats `incumbent`. */
function searchRest(
  pool: Pool,
  lim: Limits,
  mult: Multipliers,
  tolViews: number,
  free: number[],
  fixedIn: number[],
  incumbent: Selection,
  nodeLimit: number,
  how: Strategy,
): { found: Selection | null; complete: boolean; nodes: number } {
  const fx = tally(pool, fixedIn);
  const res = (how === 'reachFirst' ? reachFirstSearch : branchAndBound)(
    {
      pool,
      gamma: mult.gamma,
      free,
      budget: lim.budget - fx.spend,
      reachMin: lim.reachMin - fx.reachSpend,
      reachMax: lim.reachMax - fx.reachSpend,
      minEmpathy: lim.minEmpathy - fx.empathy,
      eps: lim.eps,
      tolViews,
    },
    { views: incumbent.t.views - fx.views, spend: incumbent.t.spend - fx.spend },
    nodeLimit,
  );
  if (!res.best) return { found: null, complete: res.complete, nodes: res.nodes };
  const ids = fixedIn.concat(res.best.picks);
  const t = tally(pool, ids);
  // Re-add from scratch: the search's running sums must not decide feasibility alone.
  const better = t.views > incumbent.t.views + tolViews || (t.views >= incumbent.t.views - tolViews && t.spend < incumbent.t.spend);
  return { found: isFeasible(t, lim) && better ? { ids, t } : null, complete: res.complete, nodes: res.nodes };
}

function buildPool(candidates: readonly Candidate[], paid: number[]): Pool {
  const n = paid.length;
  const pool: Pool = { n, fee: new Float64Array(n), views: new Float64Array(n), reach: new Uint8Array(n), index: Int32Array.from(paid) };
  paid.forEach((i, k) => {
    const x = candidates[i]!;
    pool.fee[k] = x.fee;
    pool.views[k] = x.views;
    pool.reach[k] = x.role === 'reach' ? 1 : 0;
  });
  return pool;
}

function validate(candidates: readonly Candidate[], c: Constraints): void {
  candidates.forEach((x, i) => {
    if (!(Number.isFinite(x.fee) && x.fee >= 0 && Number.isFinite(x.views) && x.views >= 0)) {
      throw new RangeError(`candidate ${i}: fee and views must be finite and ≥ 0 (fee ${x.fee}, views ${x.views})`);
    }
    if (x.role !== 'reach' && x.role !== 'empathy') throw new RangeError(`candidate ${i}: unknown role ${String(x.role)}`);
  });
  if (!(Number.isFinite(c.budget) && c.budget >= 0)) throw new RangeError(`budget must be finite and ≥ 0 (got ${c.budget})`);
  if (Number.isNaN(c.reachMin) || c.reachMin === Infinity) throw new RangeError(`reachMin must be a number (got ${c.reachMin})`);
  if (Number.isNaN(c.reachMax)) throw new RangeError('reachMax must be a number');
  if (!Number.isFinite(c.minEmpathy) && c.minEmpathy !== -Infinity) throw new RangeError(`minEmpathy must be finite (got ${c.minEmpathy})`);
}

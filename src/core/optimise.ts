// Exact shortlist optimiser: choose creators maximising a total value (views,
// actions, intent signals, revenue: any additive per-creator value) under a
// budget, a reach-share window of the money spent, a blended-CPV limit, a
// minimum number of empathy creators, must-includes and exclusions. A 0/1
// knapsack with a few side rows; pure TypeScript, no globals. docs/optimiser.md
// has the model, the bounds and how to add a constraint.
//
// 1. Presolve (optimise/model.ts): must-includes and zero-fee creators taken,
//    money in whole sen where the fees allow it, the budget rounded down to the
//    fees' common unit, every side constraint a row Σ a·x ≤ rhs.
// 2. Quick proofs of infeasibility (counts and cheapest costs).
// 3. Prices for the side rows (optimise/lagrangian.ts): a proven upper bound.
// 4. One depth-first branch and bound (optimise/search.ts): optimal when it
//    finishes; otherwise the best found and the bound of the open nodes.
import { dpIncumbent } from './optimise/dp';
import { balanceShare, construct, polish } from './optimise/incumbent';
import {
  buildModel,
  limitsOf,
  moneyScale,
  restrict,
  satisfies,
  totals,
  type Limits,
  type Model,
  type RowName,
  type Scale,
} from './optimise/model';
import { fractionalKnapsack, knapsack, price, profits } from './optimise/lagrangian';
import { search, type Incumbent } from './optimise/search';
import { meetWindow } from './optimise/window';
import { TUNING } from './optimise/tuning';
import { indices, sortByKey } from './sort-by-key';
import type { Candidate, Constraints, Infeasible, OptimiseOptions, OptimiseResult } from './optimise/types';

export type { Candidate, Constraints, Infeasible, OptimiseOptions, OptimiseResult } from './optimise/types';
export { TUNING } from './optimise/tuning';

export function optimise(candidates: readonly Candidate[], c: Constraints, options: OptimiseOptions = {}): OptimiseResult {
  validate(candidates, c);
  const nodeLimit = Math.max(0, Math.floor(options.nodeLimit ?? TUNING.nodeLimit));
  const lim = limitsOf(c);
  const scale = moneyScale(candidates);
  const quick = quickInfeasible(candidates, lim, scale);
  if (quick) return { ok: false, infeasible: quick };

  const m = buildModel(candidates, lim, scale);
  const run = solve(m, nodeLimit);
  if (!run.best) {
    if (!run.complete) return { ok: false, notFound: { bound: m.takenValue + run.bound } };
    return { ok: false, infeasible: explain(candidates, lim, scale, nodeLimit) };
  }
  const chosen = m.taken.concat(run.best.picks.map((i) => m.index[i]!)).sort((a, b) => a - b);
  if (!satisfies(candidates, chosen, lim, scale)) throw new Error('optimiser: the search accepted a selection that breaks a constraint');
  const t = totals(candidates, chosen);
  const proven = run.complete;
  const bound = proven ? t.value : Math.max(t.value, m.takenValue + run.bound);
  return {
    ok: true,
    chosen,
    spend: t.spend,
    value: t.value,
    views: t.views,
    reachSpend: t.reachSpend,
    empathyCount: t.empathy,
    proven,
    bound,
  };
}

interface Run {
  best: Incumbent | null;
  complete: boolean;
  /** ceiling on the free items' value */
  bound: number;
}

/**
 * Prices; a constructed and polished incumbent; items whose reduced cost
 * proves their LP choice fixed (flipping one would drop the bound below the
 * incumbent); then the search over the rest. Without an incumbent, the search
 * over everything.
 */
function solve(m: Model, nodeLimit: number): Run {
  const { lambda, bound: L } = price(m);
  const n = m.n;
  const p = profits(m, lambda, new Float64Array(n));
  const lp = knapsack(n);
  fractionalKnapsack(m, p, lp);
  const { x } = lp;
  // By profit per yen, highest first (0 / 0, a fee that rounds to no unit at all, sorts as 0).
  const ratio = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = p[i]! / m.fee[i]!;
    ratio[i] = r === r ? -r : 0;
  }
  const order = sortByKey(indices(n), ratio);
  // budget price π: the LP's critical ratio (any π ≥ 0 gives a valid dual bound)
  let pi = 0;
  for (let i = 0; i < n; i++) if (x[i]! > 0 && x[i]! < 1) pi = p[i]! / m.fee[i]!;
  if (pi === 0) for (let i = 0; i < n; i++) if (x[i] === 0 && p[i]! > 0) pi = Math.max(pi, p[i]! / m.fee[i]!);
  const rc = new Float64Array(n);
  const doubt = new Float64Array(n);
  for (let i = 0; i < n; i++) doubt[i] = Math.abs((rc[i] = p[i]! - pi * m.fee[i]!));
  const byDoubt = sortByKey(indices(n), doubt);

  const shares = m.rows
    .filter((r, k) => lambda[k]! > 0 && (r.name === 'reachMin' || r.name === 'reachMax'))
    .map((r) => (r.name === 'reachMin' ? m.share.min : m.share.max));
  let inc: Incumbent | null = n > 0 ? construct(m, order, x, shares) : null;
  if (!inc && n > 0) inc = balanceShare(m, order);
  if (n > 0) {
    // a narrow window: toggles found by meet in the middle land it exactly
    const w = meetWindow(m, order, x, shares, byDoubt.slice(0, TUNING.polishItems));
    if (w && (!inc || w.value > inc.value)) inc = w;
  }
  if (n > 0 && n <= TUNING.dpMaxItems) {
    const dp = dpIncumbent(m, lambda);
    if (dp?.exact) return { best: dp, complete: true, bound: dp.value }; // the exact optimum over fee units
    if (dp && (!inc || dp.value > inc.value)) inc = dp;
  } else if (n > 0 && !inc) {
    // the DP over the least certain items, the rest at their LP choice (an incumbent only)
    const core = byDoubt.slice(0, TUNING.dpMaxItems);
    const inCore = new Uint8Array(n);
    for (const i of core) inCore[i] = 1;
    const rest = byDoubt.slice(TUNING.dpMaxItems).filter((i) => rc[i]! > 0 && inCore[i] === 0);
    const sub = restrict(m, core, rest);
    const dp = sub.budget >= 0 ? dpIncumbent(sub, lambda) : null;
    if (dp) {
      const value = dp.value + sub.takenValue - m.takenValue;
      inc = { value, spend: dp.spend + m.budget - sub.budget, picks: rest.concat(dp.picks.map((k) => core[k]!)) };
    }
  }
  if (!inc) {
    const r = search(m, lambda, null, nodeLimit);
    return { best: r.found, complete: r.complete, bound: Math.min(L, r.bound) };
  }
  let Lpi = pi * (m.budget + m.budgetTol);
  for (let i = 0; i < n; i++) if (rc[i]! > 0) Lpi += rc[i]!;
  m.rows.forEach((r, k) => (Lpi += lambda[k]! * (r.rhs + r.tol)));
  inc = polish(m, inc, byDoubt.slice(0, TUNING.polishItems));
  const tolV = TUNING.valueTol * Math.max(1, Lpi);
  /** items the incumbent leaves undecided (the rest fixed at their LP choice) and the exact DP over them, if it fits */
  const fixAt = (best: Incumbent, dpBelow: number) => {
    const slack = Lpi - best.value + tolV;
    const free: number[] = [];
    const fixedIn: number[] = [];
    for (let i = 0; i < n; i++) {
      if (Math.abs(rc[i]!) <= slack) free.push(i);
      else if (rc[i]! > 0) fixedIn.push(i);
    }
    const sub = restrict(m, free, fixedIn);
    const fixedValue = sub.takenValue - m.takenValue;
    const fixedSpend = m.budget - sub.budget;
    const lift = (f: Incumbent): Incumbent => ({
      value: f.value + fixedValue,
      spend: f.spend + fixedSpend,
      picks: fixedIn.concat(f.picks.map((k) => free[k]!)),
    });
    // what the fixing leaves often fits the exact DP over fee units: the proven optimum without a search
    const dp = sub.n > 0 && sub.n < dpBelow ? dpIncumbent(sub, lambda, true) : null;
    let exact: Run | null = null;
    if (dp?.exact) {
      const found = lift(dp);
      const better = found.value > best.value || (found.value === best.value && found.spend < best.spend);
      exact = { best: better ? found : best, complete: true, bound: Math.max(found.value, best.value) };
    }
    return { free, sub, fixedValue, fixedSpend, lift, exact };
  };
  let fix = fixAt(inc, Infinity);
  if (fix.exact) return fix.exact;
  // a better incumbent fixes more items; the DP is worth another try only on a smaller set
  inc = regroup(m, inc, Math.ceil(nodeLimit * TUNING.regroupShare));
  fix = fixAt(inc, fix.free.length);
  if (fix.exact) return fix.exact;
  const { sub, fixedValue, fixedSpend } = fix;
  const r = search(sub, lambda, { value: inc.value - fixedValue, spend: inc.spend - fixedSpend, picks: [] }, nodeLimit);
  const best: Incumbent = r.found ? fix.lift(r.found) : inc;
  // any selection breaking a fixing is worth less than the incumbent, so the optimum is the best of the two
  const bound = r.complete ? best.value : Math.min(L, Lpi, Math.max(best.value, fixedValue + r.bound));
  return { best, complete: r.complete, bound };
}

/**
 * Re-solves one role group at a time exactly (within a node share) for what the
 * other group leaves: many-for-many exchanges inside a group that 1-for-1
 * swaps cannot find, with the reach share kept by the rows themselves.
 */
function regroup(m: Model, inc: Incumbent, nodes: number): Incumbent {
  for (const g of [0, 1, 0]) {
    const chosen = new Uint8Array(m.n);
    for (const i of inc.picks) chosen[i] = 1;
    const free: number[] = [];
    const fixedIn: number[] = [];
    for (let i = 0; i < m.n; i++) {
      if (m.reach[i] === g) free.push(i);
      else if (chosen[i]) fixedIn.push(i);
    }
    const sub = restrict(m, free, fixedIn);
    const fixedValue = sub.takenValue - m.takenValue;
    const fixedSpend = m.budget - sub.budget;
    const r = search(sub, price(sub).lambda, { value: inc.value - fixedValue, spend: inc.spend - fixedSpend, picks: [] }, nodes);
    if (r.found)
      inc = {
        value: r.found.value + fixedValue,
        spend: r.found.spend + fixedSpend,
        picks: fixedIn.concat(r.found.picks.map((k) => free[k]!)),
      };
  }
  return inc;
}

/** Proofs that need no search: counts, the must-includes' own spend, the cheapest empathy creators. */
function quickInfeasible(candidates: readonly Candidate[], lim: Limits, s: Scale): Infeasible | null {
  const fixedIn: number[] = [];
  let empathy = 0;
  for (let i = 0; i < candidates.length; i++) {
    const x = candidates[i]!;
    if (x.fixed === 'in') fixedIn.push(i);
    if (x.role === 'empathy' && x.fixed !== 'out') empathy++;
  }
  if (empathy < lim.minEmpathy) return { constraint: 'minEmpathy', need: lim.minEmpathy, available: empathy };
  const fx = totals(candidates, fixedIn);
  if (!satisfies(candidates, fixedIn, lim, s, new Set(['budget']))) return { constraint: 'fixed', breaks: 'budget', ...fixedTotals(fx) };
  const still = lim.minEmpathy - fx.empathy;
  if (still > 0) {
    const cheapest = cheapestEmpathy(candidates, still);
    if (!satisfies(candidates, fixedIn.concat(cheapest), lim, s, new Set(['budget']))) {
      const cheapestCost = totals(candidates, cheapest).spend;
      return { constraint: 'minEmpathyBudget', need: lim.minEmpathy, cheapestCost, budget: lim.budget - fx.spend };
    }
  }
  return null;
}

/** The k cheapest free empathy creators, by fee then index: the k-th fee found by a numeric sort, no sort of indices. */
function cheapestEmpathy(candidates: readonly Candidate[], k: number): number[] {
  const free: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const x = candidates[i]!;
    if (x.role === 'empathy' && x.fixed === undefined) free.push(i);
  }
  const byFee = (a: number, b: number) => candidates[a]!.fee - candidates[b]!.fee || a - b;
  if (free.length <= k) return free.sort(byFee);
  const fees = new Float64Array(free.length);
  for (let q = 0; q < free.length; q++) fees[q] = candidates[free[q]!]!.fee;
  fees.sort();
  const kth = fees[k - 1]!;
  const below = free.filter((i) => candidates[i]!.fee < kth);
  const at = free.filter((i) => candidates[i]!.fee === kth).slice(0, k - below.length);
  return below.sort(byFee).concat(at);
}

function fixedTotals(t: ReturnType<typeof totals>) {
  return { count: t.count, spend: t.spend, reachSpend: t.reachSpend, views: t.views };
}

/**
 * The full model is proven infeasible: find the constraint to name by proving
 * smaller models infeasible too (each proof is a complete search; a model the
 * search cannot settle within the limit is not blamed).
 */
function explain(candidates: readonly Candidate[], lim: Limits, s: Scale, nodeLimit: number): Infeasible {
  const hasFixed = candidates.some((x) => x.fixed === 'in');
  const provenInfeasible = (rows: RowName[]): boolean => {
    const m = buildModel(candidates, lim, s, new Set(rows));
    const r = solve(m, nodeLimit);
    return !r.best && r.complete;
  };
  const fx = totals(
    candidates,
    candidates.flatMap((x, i) => (x.fixed === 'in' ? [i] : [])),
  );
  const share: RowName[] = ['reachMin', 'reachMax'];
  if (hasFixed && lim.min + (1 - lim.max) > 0 && provenInfeasible(share))
    return { constraint: 'fixed', breaks: 'reachShare', ...fixedTotals(fx) };
  if (hasFixed && Number.isFinite(lim.cpvMax) && provenInfeasible(['blendedCpv']))
    return { constraint: 'fixed', breaks: 'blendedCpv', ...fixedTotals(fx) };
  if (provenInfeasible([...share, 'minEmpathy']))
    return { constraint: 'reachShare', min: lim.min, max: lim.max, minEmpathy: lim.minEmpathy };
  if (Number.isFinite(lim.cpvMax) && provenInfeasible(['blendedCpv', 'minEmpathy']))
    return { constraint: 'blendedCpv', max: lim.cpvMax, minEmpathy: lim.minEmpathy };
  const parts = [`budget ${money(lim.budget)}`];
  if (lim.min > 0 || lim.max < 1) parts.push(`reach share ${pct(lim.min)}–${pct(lim.max)} of spend`);
  if (Number.isFinite(lim.cpvMax)) parts.push(`blended CPV ≤ ${money(lim.cpvMax)}`);
  if (lim.minEmpathy > 0) parts.push(`at least ${lim.minEmpathy} empathy creators`);
  if (hasFixed) parts.push(`${fx.count} must-include creators costing ${money(fx.spend)}`);
  return { constraint: 'combined', detail: parts.join(', ') };
}

function money(x: number): string {
  return String(Math.round(x * 100) / 100);
}

function pct(x: number): string {
  return `${Math.round(x * 10000) / 100}%`;
}

function validate(candidates: readonly Candidate[], c: Constraints): void {
  const numberOk = (v: number) => typeof v === 'number' && v >= 0 && v < Infinity; // finite and ≥ 0 (NaN fails both)
  candidates.forEach((x, i) => {
    if (!(numberOk(x.fee) && numberOk(x.value) && numberOk(x.views)))
      for (const k of ['fee', 'value', 'views'] as const) {
        if (!numberOk(x[k])) throw new RangeError(`candidate ${i}: ${k} must be finite and ≥ 0 (got ${x[k]})`);
      }
    if (x.role !== 'reach' && x.role !== 'empathy') throw new RangeError(`candidate ${i}: unknown role ${String(x.role)}`);
    if (x.fixed !== undefined && x.fixed !== 'in' && x.fixed !== 'out') throw new RangeError(`candidate ${i}: fixed must be 'in' or 'out'`);
  });
  if (!(Number.isFinite(c.budget) && c.budget >= 0)) throw new RangeError(`budget must be finite and ≥ 0 (got ${c.budget})`);
  if (c.reachShare) {
    const { min, max } = c.reachShare;
    if (!(min >= 0 && min <= 1 && max >= min)) throw new RangeError(`reachShare must have 0 ≤ min ≤ max (got ${min}..${max})`);
  }
  if (!(Number.isFinite(c.minEmpathy) || c.minEmpathy === -Infinity))
    throw new RangeError(`minEmpathy must be finite (got ${c.minEmpathy})`);
  if (c.blendedCpvMax !== undefined && !(c.blendedCpvMax >= 0)) throw new RangeError(`blendedCpvMax must be ≥ 0 (got ${c.blendedCpvMax})`);
}

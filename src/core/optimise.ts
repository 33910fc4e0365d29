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
import { buildModel, limitsOf, moneyScale, satisfies, totals, type Limits, type Model, type RowName, type Scale } from './optimise/model';
import { price } from './optimise/lagrangian';
import { search, type Incumbent } from './optimise/search';
import { TUNING } from './optimise/tuning';
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
  return { ok: true, chosen, spend: t.spend, value: t.value, views: t.views, reachSpend: t.reachSpend, empathyCount: t.empathy, proven, bound };
}

interface Run {
  best: Incumbent | null;
  complete: boolean;
  /** ceiling on the free items' value */
  bound: number;
}

/** Prices, then the search; the bound is the tighter of the Lagrangian one and the open nodes'. */
function solve(m: Model, nodeLimit: number): Run {
  const prices = price(m, -Infinity);
  const r = search(m, prices.lambda, null, nodeLimit);
  return { best: r.found, complete: r.complete, bound: Math.min(prices.bound, r.bound) };
}

/** Proofs that need no search: counts, the must-includes' own spend, the cheapest empathy creators. */
function quickInfeasible(candidates: readonly Candidate[], lim: Limits, s: Scale): Infeasible | null {
  const fixedIn = candidates.flatMap((x, i) => (x.fixed === 'in' ? [i] : []));
  const empathy = candidates.filter((x) => x.role === 'empathy' && x.fixed !== 'out');
  if (empathy.length < lim.minEmpathy) return { constraint: 'minEmpathy', need: lim.minEmpathy, available: empathy.length };
  const fx = totals(candidates, fixedIn);
  if (!satisfies(candidates, fixedIn, lim, s, new Set(['budget']))) return { constraint: 'fixed', breaks: 'budget', ...fixedTotals(fx) };
  const still = lim.minEmpathy - fx.empathy;
  if (still > 0) {
    const cheapest = candidates
      .flatMap((x, i) => (x.role === 'empathy' && x.fixed === undefined ? [i] : []))
      .sort((a, b) => candidates[a]!.fee - candidates[b]!.fee || a - b)
      .slice(0, still);
    if (!satisfies(candidates, fixedIn.concat(cheapest), lim, s, new Set(['budget']))) {
      const cheapestCost = totals(candidates, cheapest).spend;
      return { constraint: 'minEmpathyBudget', need: lim.minEmpathy, cheapestCost, budget: lim.budget - fx.spend };
    }
  }
  return null;
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
  const fx = totals(candidates, candidates.flatMap((x, i) => (x.fixed === 'in' ? [i] : [])));
  const share: RowName[] = ['reachMin', 'reachMax'];
  if (hasFixed && lim.min + (1 - lim.max) > 0 && provenInfeasible(share)) return { constraint: 'fixed', breaks: 'reachShare', ...fixedTotals(fx) };
  if (hasFixed && Number.isFinite(lim.cpvMax) && provenInfeasible(['blendedCpv'])) return { constraint: 'fixed', breaks: 'blendedCpv', ...fixedTotals(fx) };
  if (provenInfeasible([...share, 'minEmpathy'])) return { constraint: 'reachShare', min: lim.min, max: lim.max, minEmpathy: lim.minEmpathy };
  if (Number.isFinite(lim.cpvMax) && provenInfeasible(['blendedCpv', 'minEmpathy'])) return { constraint: 'blendedCpv', max: lim.cpvMax, minEmpathy: lim.minEmpathy };
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
  candidates.forEach((x, i) => {
    for (const k of ['fee', 'value', 'views'] as const) {
      if (!(Number.isFinite(x[k]) && x[k] >= 0)) throw new RangeError(`candidate ${i}: ${k} must be finite and ≥ 0 (got ${x[k]})`);
    }
    if (x.role !== 'reach' && x.role !== 'empathy') throw new RangeError(`candidate ${i}: unknown role ${String(x.role)}`);
    if (x.fixed !== undefined && x.fixed !== 'in' && x.fixed !== 'out') throw new RangeError(`candidate ${i}: fixed must be 'in' or 'out'`);
  });
  if (!(Number.isFinite(c.budget) && c.budget >= 0)) throw new RangeError(`budget must be finite and ≥ 0 (got ${c.budget})`);
  if (c.reachShare) {
    const { min, max } = c.reachShare;
    if (!(min >= 0 && min <= 1 && max >= min)) throw new RangeError(`reachShare must have 0 ≤ min ≤ max (got ${min}..${max})`);
  }
  if (!(Number.isFinite(c.minEmpathy) || c.minEmpathy === -Infinity)) throw new RangeError(`minEmpathy must be finite (got ${c.minEmpathy})`);
  if (c.blendedCpvMax !== undefined && !(c.blendedCpvMax >= 0)) throw new RangeError(`blendedCpvMax must be ≥ 0 (got ${c.blendedCpvMax})`);
}

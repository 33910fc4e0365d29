// Seeded, reproducible rosters for the optimiser tests and the benchmark.
// Fees are log-normal (8k … 3M yen), views follow fee through a noisy CPV
// (yen per view), so views/fee varies only moderately: a weakly correlated
// knapsack, which is what real rosters look like and what makes greedy lose.
import type { Candidate, Constraints } from '../../src/core/optimise';

/** mulberry32: tiny deterministic PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normalFrom(rand: () => number): () => number {
  return () => {
    const u = 1 - rand(); // (0, 1]: keeps log finite
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
}

/**
 * n eligible creators. Bigger creators are more often 'reach' and slightly
 * cheaper per view, so an unconstrained optimum overspends on reach and
 * under-picks empathy: the side constraints then bind. `cpvSpread` (σ of log
 * CPV, default 0.3) sets how closely views track fee.
 */
export function generateCandidates(n: number, seed: number, opts: { cpvSpread?: number } = {}): Candidate[] {
  const spread = opts.cpvSpread ?? 0.3; // σ of log CPV; smaller = views track fee more closely = harder
  const rand = mulberry32(seed);
  const normal = normalFrom(rand);
  const out: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    const raw = Math.exp(Math.log(120_000) + 1.0 * normal());
    const clamped = Math.min(3_000_000, Math.max(8_000, raw));
    // Most quotes are round thousands; some are converted currency with cents.
    const fee = rand() < 0.3 ? Math.round(clamped * 100) / 100 : Math.max(8_000, Math.round(clamped / 1000) * 1000);
    const reachP = 1 / (1 + Math.exp(-1.5 * (Math.log(fee) - Math.log(250_000))));
    const role = rand() < reachP ? 'reach' : 'empathy';
    const cpv = Math.exp(Math.log(role === 'reach' ? 2.5 : 3.5) + spread * normal());
    const views = Math.max(100, Math.round(fee / cpv));
    out.push({ fee, value: views, views, role });
  }
  return out;
}

export interface ConstraintSpec {
  /** budget as a share of the sum of all fees (tight: 0.02 … 0.10) */
  budgetShare: number;
  /** reach spend window as shares of the money spent; omitted = unconstrained */
  reachShare?: readonly [number, number];
  /** minimum empathy creators; 'binding' = well above what the views-optimum picks */
  minEmpathy?: number | 'binding';
  blendedCpvMax?: number;
}

/** Constraints from a spec; the budget is rounded to whole yen. */
export function tightConstraints(candidates: readonly Candidate[], spec: ConstraintSpec): Constraints {
  let total = 0;
  for (const c of candidates) total += c.fee;
  const budget = Math.round(total * spec.budgetShare);
  const [min, max] = spec.reachShare ?? [0, 1];
  let minEmpathy = 0;
  if (spec.minEmpathy === 'binding') minEmpathy = bindingEmpathyCount(candidates, budget * (1 - min));
  else if (spec.minEmpathy !== undefined) minEmpathy = spec.minEmpathy;
  const c: Constraints = { budget, minEmpathy };
  if (spec.reachShare) c.reachShare = { min, max };
  if (spec.blendedCpvMax !== undefined) c.blendedCpvMax = spec.blendedCpvMax;
  return c;
}

/** A random tight spec (seeded): budget 2–10 %, reach window and/or empathy minimum half the time each. */
export function pickTightConstraints(candidates: readonly Candidate[], seed: number): Constraints {
  const rand = mulberry32(seed ^ 0x5bd1e995);
  const budgetShare = 0.02 + 0.08 * rand();
  const withReach = rand() < 0.5;
  const withEmpathy = rand() < 0.5;
  const lo = 0.2 + 0.3 * rand();
  const spec: ConstraintSpec = { budgetShare };
  if (withReach) spec.reachShare = [lo, lo + 0.05 + 0.2 * rand()];
  if (withEmpathy) spec.minEmpathy = 'binding';
  return tightConstraints(candidates, spec);
}

// 1.5× the empathy count a views-per-yen greedy picks, capped so the cheapest
// ones still fit in half of `money`: binding but feasible.
function bindingEmpathyCount(candidates: readonly Candidate[], money: number): number {
  const order = candidates.map((_, i) => i).sort((a, b) => eff(candidates, b) - eff(candidates, a) || a - b);
  let left = money;
  let picked = 0;
  for (const i of order) {
    const c = candidates[i]!;
    if (c.fee <= left) {
      left -= c.fee;
      if (c.role === 'empathy') picked++;
    }
  }
  const fees = candidates
    .filter((c) => c.role === 'empathy')
    .map((c) => c.fee)
    .sort((a, b) => a - b);
  let affordable = 0;
  let spent = 0;
  for (const f of fees) {
    if (spent + f > money / 2) break;
    spent += f;
    affordable++;
  }
  return Math.min(affordable, Math.ceil(picked * 1.5) + 1);
}

function eff(candidates: readonly Candidate[], i: number): number {
  const c = candidates[i]!;
  return c.value / c.fee;
}

export const OBJECTIVES = ['views', 'actions', 'intent', 'revenue'] as const;
export type Objective = (typeof OBJECTIVES)[number];

/**
 * A roster valued by one of the KPI objectives (issue 12), with must-includes,
 * exclusions, a blended-CPV limit and the spend-share window:
 * views; actions = saves + shares; intent = views × purchase-intent share;
 * revenue = views × CVR × AOV.
 */
export function objectiveInstance(objective: Objective, n: number, seed: number): { cands: Candidate[]; c: Constraints } {
  const base = generateCandidates(n, seed);
  const rand = mulberry32(seed ^ 0x2545f491);
  const cands = base.map((x): Candidate => {
    const saves = Math.round(x.views * 0.01 * (0.3 + 2 * rand()));
    const shares = Math.round(x.views * 0.004 * (0.3 + 2 * rand()));
    const intent = 0.02 + 0.2 * rand();
    const cvr = 0.005 + 0.03 * rand();
    const aov = 2000 + Math.round(8000 * rand());
    const value =
      objective === 'views'
        ? x.views
        : objective === 'actions'
          ? saves + shares
          : objective === 'intent'
            ? x.views * intent
            : x.views * cvr * aov;
    const y: Candidate = { ...x, value: Math.round(value * 100) / 100 };
    const u = rand();
    if (u < 0.01) y.fixed = 'in';
    else if (u < 0.05) y.fixed = 'out';
    return y;
  });
  // must-includes the budget can carry: at most a fifth of it
  const c = tightConstraints(cands, { budgetShare: 0.04, reachShare: [0.3, 0.6], minEmpathy: 'binding' });
  let fixedSpend = 0;
  for (const x of cands) {
    if (x.fixed !== 'in') continue;
    if (fixedSpend + x.fee > c.budget / 5) delete x.fixed;
    else fixedSpend += x.fee;
  }
  // a blended CPV limit a little under the unconstrained optimum's (≈ 2.9 for these rosters)
  c.blendedCpvMax = 2.7;
  return { cands, c };
}

// Instance families known to be hard for knapsack branch and bound (Pisinger's
// classes, subset sum, symmetry, narrow and planted windows), as shortlist
// rosters: fees in round thousands of yen unless the family says otherwise.
// Seeded and reproducible; used by test/optimise.test.ts and bench/optimiser.ts.
import type { Candidate, Constraints } from '../../src/core/optimise';
import { mulberry32 } from './generate-candidates';

export interface Instance {
  cands: Candidate[];
  c: Constraints;
  /** a feasible selection built independently of the optimiser, when the family plants one */
  planted?: number[];
}

type Rand = () => number;
const thousands = (r: Rand, lo = 10, hi = 1000) => 1000 * (lo + Math.floor(r() * (hi - lo + 1)));
const role = (r: Rand, pReach = 0.4): Candidate['role'] => (r() < pReach ? 'reach' : 'empathy');
const item = (fee: number, value: number, r: Candidate['role']): Candidate => ({ fee, value, views: value, role: r });
const totalFee = (xs: readonly Candidate[]) => xs.reduce((s, x) => s + x.fee, 0);
/** budget as a share of all fees, rounded to whole yen (odd on purpose: not a multiple of the fee unit) */
const budgetOf = (xs: readonly Candidate[], share: number) => Math.round(totalFee(xs) * share) + 357;

function correlated(n: number, seed: number, valueOf: (fee: number, r: Rand, avg: number) => number): Candidate[] {
  const r = mulberry32(seed);
  const out: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    const fee = thousands(r);
    out.push(item(fee, Math.max(1, Math.round(valueOf(fee, r, 505_000))), role(r)));
  }
  return out;
}

export const FAMILIES: Record<string, (n: number, seed: number) => Instance> = {
  weak(n, seed) {
    const cands = correlated(n, seed, (f, r, avg) => f / 3 + (r() * 2 - 1) * (avg / 30));
    return { cands, c: { budget: budgetOf(cands, 0.05), minEmpathy: 0, reachShare: { min: 0.2, max: 0.6 } } };
  },
  strong(n, seed) {
    const cands = correlated(n, seed, (f, _r, avg) => f / 3 + avg / 30);
    return { cands, c: { budget: budgetOf(cands, 0.05), minEmpathy: 0 } };
  },
  inverseStrong(n, seed) {
    // value first, fee = 3·value + a constant: the dearest creators are the best per yen
    const r = mulberry32(seed);
    const cands: Candidate[] = [];
    for (let i = 0; i < n; i++) {
      const v = 3_000 + Math.floor(r() * 330_000);
      cands.push(item(1000 * Math.round((3 * v + 50_000) / 1000), v, role(r)));
    }
    return { cands, c: { budget: budgetOf(cands, 0.05), minEmpathy: 0 } };
  },
  cpv1pct(n, seed) {
    const cands = correlated(n, seed, (f, r) => (f / 3) * (1 + (r() * 2 - 1) * 0.01));
    return { cands, c: { budget: budgetOf(cands, 0.05), minEmpathy: 0 } };
  },
  cpv01pct(n, seed) {
    const cands = correlated(n, seed, (f, r) => (f / 3) * (1 + (r() * 2 - 1) * 0.001));
    return { cands, c: { budget: budgetOf(cands, 0.05), minEmpathy: 0 } };
  },
  subsetSum(n, seed) {
    const cands = correlated(n, seed, (f) => f / 1000);
    const r = mulberry32(seed ^ 0xabc);
    let budget = 0;
    for (const x of cands) if (r() < 0.05) budget += x.fee; // a subset hits it exactly
    return { cands, c: { budget, minEmpathy: 0 } };
  },
  subsetSumSlack(n, seed) {
    const inst = FAMILIES.subsetSum!(n, seed);
    return { cands: inst.cands, c: { ...inst.c, budget: inst.c.budget + 700 } };
  },
  identicalOdd(n, seed) {
    const r = mulberry32(seed);
    const cands = Array.from({ length: n }, () => (r() < 0.5 ? item(37_000, 12_345, 'reach') : item(41_000, 13_500, 'empathy')));
    return {
      cands,
      c: { budget: 37_000 * Math.floor(n / 10) + 17_001, minEmpathy: Math.floor(n / 40), reachShare: { min: 0.3, max: 0.7 } },
    };
  },
  nearDuplicates(n, seed) {
    // twenty templates, each copied with views ±0.5 % (as if pasted twice with updated stats)
    const r = mulberry32(seed);
    const templates = Array.from({ length: 20 }, () => {
      const fee = thousands(r, 50, 800);
      return { fee, v: (fee / 3) * (0.9 + 0.2 * r()), role: role(r) };
    });
    const cands = Array.from({ length: n }, () => {
      const t = templates[Math.floor(r() * templates.length)]!;
      return item(t.fee, Math.round(t.v * (1 + (r() * 2 - 1) * 0.005)), t.role);
    });
    return { cands, c: { budget: budgetOf(cands, 0.04), minEmpathy: Math.ceil(n / 100) } };
  },
  narrowWindow(n, seed) {
    const cands = correlated(n, seed, (f, r, avg) => f / 3 + (r() * 2 - 1) * (avg / 30));
    return { cands, c: { budget: budgetOf(cands, 0.04), minEmpathy: Math.ceil(n / 200), reachShare: { min: 0.4, max: 0.401 } } };
  },
  zeroWidthWindow(n, seed) {
    const cands = correlated(n, seed, (f, r, avg) => f / 3 + (r() * 2 - 1) * (avg / 30));
    return { cands, c: { budget: budgetOf(cands, 0.04), minEmpathy: 0, reachShare: { min: 0.45, max: 0.45 } } };
  },
  plantedWindow(n, seed) {
    // fees in yen and sen; twenty reach and ten empathy creators whose fees make the share exact
    const r = mulberry32(seed);
    const sen = () => Math.round((10_000 + r() * 990_000) * 100) / 100;
    const cands: Candidate[] = [];
    for (let i = 0; i < n; i++) {
      const fee = r() < 0.5 ? sen() : thousands(r);
      cands.push(item(fee, Math.max(1, Math.round((fee / 3) * (0.8 + 0.4 * r()))), role(r)));
    }
    const planted: number[] = [];
    const slots = new Set<number>();
    while (slots.size < Math.min(30, n)) slots.add(Math.floor(r() * n));
    let reach = 0;
    let spend = 0;
    [...slots].forEach((i, k) => {
      const x = cands[i]!;
      x.role = k < 20 ? 'reach' : 'empathy';
      x.fee = sen();
      planted.push(i);
      spend = Math.round((spend + x.fee) * 100) / 100;
      if (x.role === 'reach') reach = Math.round((reach + x.fee) * 100) / 100;
    });
    const share = reach / spend;
    return {
      cands,
      c: { budget: Math.max(spend, Math.round(totalFee(cands) * 0.02)), minEmpathy: 0, reachShare: { min: share, max: share } },
      planted: planted.sort((a, b) => a - b),
    };
  },
  empathyAtMax(n, seed) {
    const cands = correlated(n, seed, (f, r, avg) => f / 3 + (r() * 2 - 1) * (avg / 30));
    const budget = budgetOf(cands, 0.03);
    const fees = cands
      .filter((x) => x.role === 'empathy')
      .map((x) => x.fee)
      .sort((a, b) => a - b);
    let k = 0;
    for (let s = 0; k < fees.length && s + fees[k]! <= budget; k++) s += fees[k]!;
    return { cands, c: { budget, minEmpathy: k } }; // every affordable empathy count: only the cheapest sets qualify
  },
  empathyNearMax(n, seed) {
    const inst = FAMILIES.empathyAtMax!(n, seed);
    return { ...inst, c: { ...inst.c, minEmpathy: Math.max(0, inst.c.minEmpathy - 2) } };
  },
  mustExcludeCpv(n, seed) {
    const r = mulberry32(seed);
    const cands: Candidate[] = [];
    for (let i = 0; i < n; i++) {
      const fee = thousands(r);
      const views = Math.round(fee / (1.5 + 2 * r()));
      const x: Candidate = { fee, value: Math.round(views * (0.5 + r())), views, role: role(r) };
      const u = r();
      if (u < 0.01) x.fixed = 'in';
      else if (u < 0.06) x.fixed = 'out';
      cands.push(x);
    }
    return {
      cands,
      c: { budget: budgetOf(cands, 0.05), minEmpathy: Math.ceil(n / 100), reachShare: { min: 0.3, max: 0.6 }, blendedCpvMax: 2.1 },
    };
  },
};

export const FAMILY_NAMES = Object.keys(FAMILIES);

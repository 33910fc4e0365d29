// The model the search sees, after presolve: must-includes and zero-fee creators
// taken, exclusions and unaffordable creators dropped, money scaled to integers
// where the fees allow it (yen or sen), the budget rounded down to the fees'
// common unit, and every side constraint as one linear row Σ a·x ≤ rhs.
//
//   max Σ value·x   s.t.  Σ fee·x ≤ budget
//                         min·Σfee − Σreach fee ≤ 0        (reachMin)
//                         Σreach fee − max·Σfee ≤ 0        (reachMax)
//                         Σfee − cpvMax·Σviews ≤ 0         (blendedCpv)
//                         −#empathy ≤ −minEmpathy          (minEmpathy)
import { TUNING } from './tuning';
import type { Candidate, Constraints } from './types';

export type RowName = 'reachMin' | 'reachMax' | 'blendedCpv' | 'minEmpathy';

export interface Row {
  name: RowName;
  /** per free item */
  a: Float64Array;
  /** what the free items may still add (the must-includes' share already taken off) */
  rhs: number;
  /** absolute slack: a selection with Σ a·x ≤ rhs + tol is feasible */
  tol: number;
}

export interface Model {
  /** free items */
  n: number;
  index: Int32Array;
  fee: Float64Array;
  value: Float64Array;
  /** 1 = reach, 0 = empathy */
  reach: Uint8Array;
  /** money budget left for free items, in scaled units, rounded down to `unit` */
  budget: number;
  /** slack on the budget (0 when money is integral) */
  budgetTol: number;
  /** common divisor of the scaled fees (1 when they are not integral) */
  unit: number;
  integral: boolean;
  /** the reach-share window */
  share: { min: number; max: number };
  rows: Row[];
  /** candidate indices taken before the search (must-includes and zero-fee creators) */
  taken: number[];
  /** their total value */
  takenValue: number;
}

export interface Scale {
  /** money × factor = scaled money */
  factor: number;
  integral: boolean;
}

/** Scale money to whole sen (×100) when every fee and the budget allow it, else leave it. */
export function moneyScale(candidates: readonly Candidate[]): Scale {
  for (const factor of [1, 100]) {
    let ok = true;
    for (const x of candidates) {
      if (x.fixed === 'out') continue;
      const s = x.fee * factor;
      if (Math.abs(s - Math.round(s)) > 1e-7 * Math.max(1, s) || s > 2 ** 46) {
        ok = false;
        break;
      }
    }
    if (ok) return { factor, integral: true };
  }
  return { factor: 1, integral: false };
}

export function scaledFee(fee: number, s: Scale): number {
  return s.integral ? Math.round(fee * s.factor) : fee;
}

export function scaledBudget(budget: number, s: Scale): number {
  if (!s.integral) return budget;
  // floor, but a budget that is a whole number of units up to float noise stays whole
  return Math.floor(budget * s.factor * (1 + 1e-12) + 1e-9);
}

/** Totals of a set of candidates, in candidate money (not scaled). */
export interface Totals {
  spend: number;
  value: number;
  views: number;
  reachSpend: number;
  empathy: number;
  count: number;
}

export function totals(candidates: readonly Candidate[], ids: Iterable<number>): Totals {
  const t: Totals = { spend: 0, value: 0, views: 0, reachSpend: 0, empathy: 0, count: 0 };
  for (const i of ids) {
    const x = candidates[i]!;
    t.spend += x.fee;
    t.value += x.value;
    t.views += x.views;
    if (x.role === 'reach') t.reachSpend += x.fee;
    else t.empathy++;
    t.count++;
  }
  return t;
}

export interface Limits {
  budget: number;
  min: number;
  max: number;
  cpvMax: number;
  minEmpathy: number;
}

export function limitsOf(c: Constraints): Limits {
  return {
    budget: c.budget,
    min: c.reachShare?.min ?? 0,
    max: Math.min(1, c.reachShare?.max ?? 1),
    cpvMax: c.blendedCpvMax ?? Infinity,
    minEmpathy: Math.max(0, Math.ceil(c.minEmpathy)),
  };
}

/**
 * The one feasibility check of a whole selection, from scaled integer sums where
 * money is integral. Each slack only ever accepts what exact arithmetic accepts
 * (or misses it by less than a billionth of the budget).
 */
export function satisfies(
  candidates: readonly Candidate[],
  ids: Iterable<number>,
  lim: Limits,
  s: Scale,
  only?: ReadonlySet<RowName | 'budget'>,
): boolean {
  let spend = 0;
  let reach = 0;
  let views = 0;
  let emp = 0;
  for (const i of ids) {
    const x = candidates[i]!;
    const f = scaledFee(x.fee, s);
    spend += f;
    views += x.views;
    if (x.role === 'reach') reach += f;
    else emp++;
  }
  const B = scaledBudget(lim.budget, s);
  const tol = TUNING.moneyTol * Math.max(1, B); // the same slack as the search's rows
  const on = (r: RowName | 'budget') => !only || only.has(r);
  if (on('budget') && spend > B + (s.integral ? 0 : tol)) return false;
  if (on('reachMin') && lim.min * spend - reach > tol) return false;
  if (on('reachMax') && reach - lim.max * spend > tol) return false;
  if (on('blendedCpv') && Number.isFinite(lim.cpvMax) && spend - lim.cpvMax * s.factor * views > tol) return false;
  if (on('minEmpathy') && emp < lim.minEmpathy) return false;
  return true;
}

/**
 * Builds the search model. `rows` selects which side constraints to keep (all
 * by default), so a proof of infeasibility can be narrowed to one constraint.
 */
export function buildModel(candidates: readonly Candidate[], lim: Limits, s: Scale, rows?: ReadonlySet<RowName>): Model {
  const keep = (r: RowName) => !rows || rows.has(r);
  const taken: number[] = [];
  const free: number[] = [];
  let takenValue = 0;
  candidates.forEach((x, i) => {
    if (x.fixed === 'out') return;
    if (x.fixed === 'in' || x.fee === 0) {
      taken.push(i);
      takenValue += x.value;
    } else free.push(i);
  });
  let tSpend = 0;
  let tReach = 0;
  let tViews = 0;
  let tEmp = 0;
  for (const i of taken) {
    const x = candidates[i]!;
    const f = scaledFee(x.fee, s);
    tSpend += f;
    tViews += x.views;
    if (x.role === 'reach') tReach += f;
    else tEmp++;
  }
  const budget0 = scaledBudget(lim.budget, s) - tSpend;
  // Creators who cannot fit next to the must-includes never enter the search.
  const affordable = free.filter(
    (i) => scaledFee(candidates[i]!.fee, s) <= budget0 + (s.integral ? 0 : TUNING.moneyTol * Math.max(1, budget0)),
  );
  const n = affordable.length;
  const m: Model = {
    n,
    index: Int32Array.from(affordable),
    fee: new Float64Array(n),
    value: new Float64Array(n),
    reach: new Uint8Array(n),
    budget: budget0,
    budgetTol: 0,
    unit: 1,
    integral: s.integral,
    share: { min: lim.min, max: lim.max },
    rows: [],
    taken,
    takenValue,
  };
  let unit = 0;
  affordable.forEach((i, k) => {
    const x = candidates[i]!;
    m.fee[k] = scaledFee(x.fee, s);
    m.value[k] = x.value;
    m.reach[k] = x.role === 'reach' ? 1 : 0;
    if (s.integral) unit = gcd(unit, m.fee[k]);
  });
  if (s.integral && unit > 0) {
    m.unit = unit;
    m.budget = Math.floor(budget0 / unit) * unit; // every selection's spend is a multiple of the unit
  } else if (!s.integral) m.budgetTol = TUNING.moneyTol * Math.max(1, budget0);
  const scaleB = Math.max(1, scaledBudget(lim.budget, s));
  const moneyTol = TUNING.moneyTol * scaleB;
  const row = (name: RowName, coef: (x: Candidate, f: number) => number, used: number) => {
    const a = new Float64Array(n);
    affordable.forEach((i, k) => (a[k] = coef(candidates[i]!, m.fee[k]!)));
    m.rows.push({ name, a, rhs: -used, tol: name === 'minEmpathy' ? 0 : moneyTol });
  };
  const isR = (x: Candidate) => (x.role === 'reach' ? 1 : 0);
  if (keep('reachMin') && lim.min > 0) row('reachMin', (x, f) => lim.min * f - isR(x) * f, lim.min * tSpend - tReach);
  if (keep('reachMax') && lim.max < 1) row('reachMax', (x, f) => isR(x) * f - lim.max * f, tReach - lim.max * tSpend);
  if (keep('blendedCpv') && Number.isFinite(lim.cpvMax)) {
    const c = lim.cpvMax * s.factor;
    row('blendedCpv', (x, f) => f - c * x.views, tSpend - c * tViews);
  }
  if (keep('minEmpathy') && lim.minEmpathy > tEmp) row('minEmpathy', (x) => (x.role === 'empathy' ? -1 : 0), lim.minEmpathy - tEmp);
  return m;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * The model with `fixedIn` chosen and only `free` left undecided (model item
 * indices): budget and rows reduced by what the fixed items use.
 */
/**
 * src at each index, in a new array of src's kind. A loop: TypedArray.from with a map function
 * goes through the iterator protocol, 17× slower over 50,000 items.
 */
export function gather<A extends Float64Array | Int32Array | Uint8Array>(src: A, at: ArrayLike<number>): A {
  const out = new (src.constructor as new (n: number) => A)(at.length);
  for (let q = 0; q < at.length; q++) out[q] = src[at[q]!]!;
  return out;
}

export function restrict(m: Model, free: readonly number[], fixedIn: readonly number[]): Model {
  const pick = (src: Float64Array) => gather(src, free);
  let spend = 0;
  let value = 0;
  for (const i of fixedIn) {
    spend += m.fee[i]!;
    value += m.value[i]!;
  }
  return {
    ...m,
    n: free.length,
    index: gather(m.index, free),
    fee: pick(m.fee),
    value: pick(m.value),
    reach: gather(m.reach, free),
    budget: m.budget - spend,
    rows: m.rows.map((r) => {
      let used = 0;
      for (const i of fixedIn) used += r.a[i]!;
      return { ...r, a: pick(r.a), rhs: r.rhs - used };
    }),
    taken: m.taken.concat(fixedIn.map((i) => m.index[i]!)),
    takenValue: m.takenValue + value,
  };
}

/** Sum of each row's excess over its rhs (0 = every row holds), in units of the row's scale. */
export function violation(m: Model, use: (k: number) => number): number {
  let v = 0;
  m.rows.forEach((r, k) => {
    const ex = use(k) - r.rhs - r.tol;
    if (ex > 0) v += ex / (r.name === 'minEmpathy' ? 1 : Math.max(1, m.budget));
  });
  return v;
}

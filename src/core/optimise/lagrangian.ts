// Upper bound by Lagrangian relaxation: the side rows are priced (λ ≥ 0), the
// budget stays a constraint, and the rest is a fractional knapsack:
//
//   L(λ) = Σ_k λ_k·rhs_k + max { Σ (value − Σ_k λ_k·a_k)·x : Σ fee·x ≤ budget, 0 ≤ x ≤ 1 }
//
// Every λ ≥ 0 gives a valid bound on the 0/1 optimum (and min over λ equals the
// LP relaxation), so the subgradient search below only affects how tight the
// bound is, never correctness.
import type { Model } from './model';
import { TUNING } from './tuning';

export interface Prices {
  /** per row of the model */
  lambda: Float64Array;
  /** L(λ) for these prices: a proven ceiling on the free items' value */
  bound: number;
}

/** Fractional knapsack of `profit` under the budget; fills x (0..1) and returns its value. */
export function fractionalKnapsack(m: Model, profit: Float64Array, x: Float64Array, work: Int32Array, ratio: Float64Array): number {
  const { fee, n } = m;
  const cap = m.budget + m.budgetTol;
  let k = 0;
  let totalF = 0;
  let totalP = 0;
  x.fill(0);
  for (let i = 0; i < n; i++) {
    if (profit[i]! > 0) {
      work[k++] = i;
      ratio[i] = profit[i]! / fee[i]!;
      totalF += fee[i]!;
      totalP += profit[i]!;
    }
  }
  if (totalF <= cap) {
    for (let q = 0; q < k; q++) x[work[q]!] = 1;
    return totalP;
  }
  // Weighted quickselect on the ratio: take whole blocks above the pivot while they fit.
  let lo = 0;
  let hi = k;
  let left = cap;
  let value = 0;
  while (lo < hi) {
    const pivot = ratio[work[lo + ((hi - lo) >> 1)]!]!;
    // three-way partition: [lo, gt) > pivot, [gt, lt) == pivot, [lt, hi) < pivot
    let gt = lo;
    let lt = hi;
    let q = lo;
    while (q < lt) {
      const r = ratio[work[q]!]!;
      if (r > pivot) {
        const t = work[q]!;
        work[q] = work[gt]!;
        work[gt] = t;
        gt++;
        q++;
      } else if (r < pivot) {
        lt--;
        const t = work[q]!;
        work[q] = work[lt]!;
        work[lt] = t;
      } else q++;
    }
    let fAbove = 0;
    for (let t = lo; t < gt; t++) fAbove += fee[work[t]!]!;
    if (fAbove > left) {
      hi = gt;
      continue;
    }
    for (let t = lo; t < gt; t++) {
      x[work[t]!] = 1;
      value += profit[work[t]!]!;
    }
    left -= fAbove;
    for (let t = gt; t < lt; t++) {
      const i = work[t]!;
      if (fee[i]! <= left) {
        x[i] = 1;
        value += profit[i]!;
        left -= fee[i]!;
      } else {
        x[i] = left / fee[i]!;
        value += x[i]! * profit[i]!;
        return value;
      }
    }
    lo = lt;
  }
  return value;
}

/** Profit of each item under prices λ. */
export function profits(m: Model, lambda: Float64Array, out: Float64Array): Float64Array {
  out.set(m.value);
  m.rows.forEach((row, k) => {
    const l = lambda[k]!;
    if (l !== 0) for (let i = 0; i < m.n; i++) out[i] = out[i]! - l * row.a[i]!;
  });
  return out;
}

/** L(λ) */
export function lagrangeBound(m: Model, lambda: Float64Array): number {
  const p = profits(m, lambda, new Float64Array(m.n));
  let v = fractionalKnapsack(m, p, new Float64Array(m.n), new Int32Array(m.n), new Float64Array(m.n));
  m.rows.forEach((row, k) => (v += lambda[k]! * (row.rhs + row.tol)));
  return v;
}

/**
 * Prices by a projected subgradient method with Polyak steps towards `target`
 * (the best known value, or a guess under the bound); keeps the best λ seen.
 */
export function price(m: Model, target: number): Prices {
  const K = m.rows.length;
  const lambda = new Float64Array(K);
  const n = m.n;
  const p = new Float64Array(n);
  const x = new Float64Array(n);
  const work = new Int32Array(n);
  const ratio = new Float64Array(n);
  const evalAt = (l: Float64Array): { L: number; g: Float64Array } => {
    profits(m, l, p);
    let L = fractionalKnapsack(m, p, x, work, ratio);
    const g = new Float64Array(K);
    m.rows.forEach((row, k) => {
      L += l[k]! * (row.rhs + row.tol);
      let s = 0;
      for (let i = 0; i < n; i++) if (x[i]! > 0) s += row.a[i]! * x[i]!;
      g[k] = row.rhs + row.tol - s; // dL/dλ_k
    });
    return { L, g };
  };
  let cur = evalAt(lambda);
  const best = { lambda: lambda.slice(), bound: cur.L };
  if (K === 0) return best;
  // Rows differ in scale (money vs counts): step in each row's own scale.
  const scale = m.rows.map((row) => {
    let s = 0;
    for (let i = 0; i < n; i++) s = Math.max(s, Math.abs(row.a[i]!));
    return s > 0 ? s : 1;
  });
  let alpha = 1;
  let stall = 0;
  for (let it = 0; it < TUNING.lagrangeIterations; it++) {
    let norm = 0;
    for (let k = 0; k < K; k++) norm += (cur.g[k]! / scale[k]!) ** 2;
    if (norm === 0) break; // every relaxed row holds with equality or λ = 0 where slack: L is the LP optimum
    const gap = Math.max(cur.L - target, 1e-6 * Math.max(1, Math.abs(cur.L)));
    const step = (alpha * gap) / norm;
    let moved = false;
    for (let k = 0; k < K; k++) {
      const next = Math.max(0, lambda[k]! - (step * cur.g[k]!) / scale[k]! ** 2);
      if (next !== lambda[k]) moved = true;
      lambda[k] = next;
    }
    if (!moved) break;
    cur = evalAt(lambda);
    if (cur.L < best.bound - 1e-12 * Math.abs(best.bound)) {
      best.bound = cur.L;
      best.lambda = lambda.slice();
      stall = 0;
    } else if (++stall >= 4) {
      alpha /= 2;
      stall = 0;
      lambda.set(best.lambda);
      cur = evalAt(lambda);
      if (alpha < 1e-4) break;
    }
  }
  return best;
}

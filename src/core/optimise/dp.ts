// Dynamic programme over money units. The reach share couples the two role
// groups only through their spends R and E, so each group gets an exact-spend
// DP (best value spending exactly c units), and the pair (R, E) is chosen over
// every split the budget and the window allow (a range-maximum per R). Where
// the fees are whole multiples of the unit this is the exact optimum of the
// budget and the window; other rows (empathy count, blended CPV) are priced
// by their Lagrange multipliers, over a spread of prices, and each answer is
// kept only if it meets every row. Where the table would be too big the unit
// is coarsened (fees rounded up, so every answer still fits the budget) and
// the answer is only an incumbent.
import type { Model } from './model';
import { profits } from './lagrangian';
import { violation } from './model';
import { TUNING } from './tuning';

export interface DpPick {
  picks: number[];
  value: number;
  spend: number;
  /** the optimum of the whole model (exact unit, no priced row) */
  exact: boolean;
}

/**
 * Exact-spend DP over one group: best[c] (−∞ if no subset spends exactly c
 * units), counting members up to `K` (best[c] then needs at least K of them),
 * and a backtracker.
 */
function exactSpend(items: readonly number[], w: Int32Array, profit: Float64Array, C: number, K = 0) {
  const W = C + 1;
  const best = new Float64Array((K + 1) * W).fill(-Infinity);
  best[0] = 0;
  const words = (C + 32) >>> 5;
  // per item and level: taken from the level below; at the top level also: taken from the top level itself
  const take = new Uint32Array(items.length * (K + 1) * words);
  const stay = new Uint32Array(K > 0 ? items.length * words : 0);
  const set = (a: Uint32Array, at: number, c: number) => (a[at + (c >>> 5)] = a[at + (c >>> 5)]! | (1 << (c & 31)));
  const has = (a: Uint32Array, at: number, c: number) => (a[at + (c >>> 5)]! & (1 << (c & 31))) !== 0;
  let reach = 0;
  items.forEach((i, q) => {
    const wi = w[i]!;
    const p = profit[i]!;
    reach = Math.min(C, reach + wi);
    if (K === 0) {
      // No count: one level, the plain 0/1 knapsack step (most of the big roster's DP time).
      const at = q * words;
      for (let c = reach; c >= wi; c--) {
        const v = best[c - wi]! + p;
        if (v > best[c]!) {
          best[c] = v;
          take[at + (c >>> 5)] = take[at + (c >>> 5)]! | (1 << (c & 31));
        }
      }
      return;
    }
    for (let j = K; j >= 0; j--) {
      const from = j === 0 ? 0 : j - 1; // level 0 only without a count (K = 0)
      if (K > 0 && j === 0) break;
      const dst = j * W;
      const src = from * W;
      const at = (q * (K + 1) + j) * words;
      for (let c = reach; c >= wi; c--) {
        if (K > 0 && j === K) {
          const v2 = best[dst + c - wi]! + p; // already at the top level
          if (v2 > best[dst + c]!) {
            best[dst + c] = v2;
            set(stay, q * words, c);
          }
        }
        const v = best[src + c - wi]! + p;
        if (v > best[dst + c]!) {
          best[dst + c] = v;
          set(take, at, c);
          if (K > 0 && j === K) {
            const s0 = q * words + (c >>> 5);
            stay[s0] = stay[s0]! & ~(1 << (c & 31));
          }
        }
      }
    }
  });
  const top = best.subarray(K * W, (K + 1) * W);
  const picks = (c: number): number[] => {
    const out: number[] = [];
    let j = K;
    for (let q = items.length - 1; q >= 0 && (c > 0 || j > 0); q--) {
      const i = items[q]!;
      if (K > 0 && j === K && has(stay, q * words, c)) {
        out.push(i);
        c -= w[i]!;
      } else if (has(take, (q * (K + 1) + j) * words, c)) {
        out.push(i);
        c -= w[i]!;
        if (K > 0) j--;
      }
    }
    return out;
  };
  return { best: top, picks };
}

/** Sparse table for range maximum (ties: smallest index). */
function rangeMax(a: Float64Array): (lo: number, hi: number) => number {
  const n = a.length;
  const first = new Int32Array(n);
  for (let i = 0; i < n; i++) first[i] = i;
  const levels: Int32Array[] = [first];
  for (let k = 1; 1 << k <= n; k++) {
    const prev = levels[k - 1]!;
    const cur = new Int32Array(n - (1 << k) + 1);
    for (let i = 0; i < cur.length; i++) {
      const x = prev[i]!;
      const y = prev[i + (1 << (k - 1))]!;
      cur[i] = a[y]! > a[x]! ? y : x;
    }
    levels.push(cur);
  }
  return (lo, hi) => {
    const k = 31 - Math.clz32(hi - lo + 1);
    const x = levels[k]![lo]!;
    const y = levels[k]![hi - (1 << k) + 1]!;
    return a[y]! > a[x]! ? y : x;
  };
}

function solveSplit(m: Model, profit: Float64Array, unit: number, need: number): { picks: number[] } | null {
  const C = Math.floor((m.budget + m.budgetTol) / unit);
  const w = new Int32Array(m.n);
  const groups: number[][] = [[], []];
  for (let i = 0; i < m.n; i++) {
    w[i] = Math.max(1, Math.ceil(m.fee[i]! / unit - 1e-9));
    if (w[i]! <= C) groups[m.reach[i]!]!.push(i); // zero-value creators too: the window may need them
  }
  const emp = exactSpend(groups[0]!, w, profit, C, need);
  const rch = exactSpend(groups[1]!, w, profit, C);
  const query = rangeMax(emp.best);
  const { min, max } = m.share;
  // the window rows as they stand (the must-includes' share is in their rhs), in units, with their own slack
  const rowMin = m.rows.find((r) => r.name === 'reachMin');
  const rowMax = m.rows.find((r) => r.name === 'reachMax');
  const capMin = rowMin ? (rowMin.rhs + rowMin.tol) / unit : Infinity; // min·E − (1−min)·R ≤ capMin
  const capMax = rowMax ? (rowMax.rhs + rowMax.tol) / unit : Infinity; // (1−max)·R − max·E ≤ capMax
  let bestV = -Infinity;
  let bestR = -1;
  let bestE = -1;
  for (let R = 0; R <= C; R++) {
    const vr = rch.best[R]!;
    if (vr === -Infinity) continue;
    let lo = 0;
    if (rowMax) {
      const need = (1 - max) * R - capMax; // max·E ≥ need
      if (max <= 0) lo = need > 0 ? Infinity : 0;
      else lo = Math.max(0, Math.ceil(need / max - 1e-9));
    }
    let hi = C - R;
    if (rowMin) hi = Math.min(hi, Math.floor((capMin + (1 - min) * R) / min + 1e-9));
    if (lo > hi) continue;
    const e = query(lo, hi);
    const v = vr + emp.best[e]!;
    if (v > bestV || (v === bestV && R + e < bestR + bestE)) {
      bestV = v;
      bestR = R;
      bestE = e;
    }
  }
  if (bestR < 0 || bestV === -Infinity) return null;
  return { picks: rch.picks(bestR).concat(emp.picks(bestE)) };
}

/** Empathy creators the DP must count (0 when the count row is absent or too big to track). */
function countK(m: Model): number {
  const row = m.rows.find((r) => r.name === 'minEmpathy');
  const need = row ? Math.max(0, Math.ceil(-row.rhs - row.tol)) : 0;
  return need <= TUNING.dpCountMax ? need : 0;
}

/** Table cells one split DP takes at a unit: the empathy group once per count level, the reach group once. */
function splitCells(m: Model, unit: number, need: number): number {
  let reach = 0;
  for (let i = 0; i < m.n; i++) reach += m.reach[i]!;
  return ((1 + need) * (m.n - reach) + reach) * (m.budget / unit);
}

/**
 * The DP's best selection that meets every row, over a spread of prices for the priced non-window rows; null if none.
 * With `exactOnly`, it runs only where its answer is the proven optimum (the fees' own unit, no priced row).
 */
export function dpIncumbent(m: Model, lambda: Float64Array, exactOnly = false): DpPick | null {
  const need = countK(m);
  const countRow = m.rows.findIndex((r) => r.name === 'minEmpathy');
  // An unpriced count usually holds by itself: without its levels the table is (1 + need)× smaller, and an
  // answer that meets the count anyway is the same optimum. Only when it does not are the levels needed.
  if (need > 0 && !(lambda[countRow]! > 0)) {
    const free = splitDp(m, lambda, 0, true);
    if (free?.exact) return free;
  }
  return splitDp(m, lambda, need, exactOnly);
}

function splitDp(m: Model, lambda: Float64Array, need: number, exactOnly: boolean): DpPick | null {
  const exactRow = (name: string) => name === 'reachMin' || name === 'reachMax' || (name === 'minEmpathy' && need > 0);
  const other = m.rows.map((r, k) => (exactRow(r.name) ? -1 : k)).filter((k) => k >= 0);
  const priced = other.find((k) => lambda[k]! > 0);
  const steps = priced === undefined ? [1] : TUNING.dpPriceSteps;
  let unit = m.unit > 0 ? m.unit : 1;
  const integralUnit = m.integral;
  if (exactOnly && (priced !== undefined || !integralUnit || splitCells(m, unit, need) > TUNING.dpExactCells)) return null;
  while (!exactOnly && splitCells(m, unit, need) > TUNING.dpCells / steps.length) unit *= 10;
  if (!(m.budget / unit >= 1)) return null;
  const exactUnit = integralUnit && unit === m.unit;
  const l = lambda.slice();
  m.rows.forEach((r, k) => {
    if (exactRow(r.name)) l[k] = 0; // the DP keeps the window (and a small count) itself
  });
  const p = new Float64Array(m.n);
  let best: DpPick | null = null;
  for (const s of steps) {
    if (priced !== undefined) l[priced] = lambda[priced]! * s;
    const r = solveSplit(m, profits(m, l, p), unit, need);
    if (!r) continue;
    let value = 0;
    let spend = 0;
    for (const i of r.picks) {
      value += m.value[i]!;
      spend += m.fee[i]!;
    }
    const ok = spend <= m.budget + m.budgetTol && violation(m, (k) => r.picks.reduce((a, i) => a + m.rows[k]!.a[i]!, 0)) === 0;
    if (ok && (!best || value > best.value || (value === best.value && spend < best.spend))) {
      // with no row priced the DP solved the relaxation without those rows exactly: meeting them, it is optimal
      best = { picks: r.picks, value, spend, exact: exactUnit && priced === undefined };
    }
  }
  return best;
}

// The one depth-first branch and bound. Items are ordered by Lagrangian profit
// per unit of fee (value − λ·a over fee), so the free items at depth j are the
// suffix j…N−1 and the node bound is a binary search in prefix sums:
//
//   ub = value so far + Σ_k λ_k·(residual rhs_k) + fractional knapsack of the suffix
//
// valid for any λ ≥ 0. A node is also cut when some row can no longer be met by
// the suffix: its most negative possible contribution is at least
// max(Σ negative a over the suffix, (most negative a/fee) × money left).
// Identical creators are adjacent in the order and chosen as a prefix of their
// group (x_j ≤ x_{j−1}), which removes their symmetry without losing any optimum.
// Iterative with per-depth state: no recursion limit, no running-sum drift.
import type { Model } from './model';
import { profits } from './lagrangian';
import { TUNING } from './tuning';

export interface Incumbent {
  /** value and spend of the free picks only (model units) */
  value: number;
  spend: number;
  /** model item indices */
  picks: number[];
}

export interface SearchResult {
  /** a selection strictly better than the incumbent passed in (more value, or equal value for less money) */
  found: Incumbent | null;
  /** the whole tree was searched: the best of incumbent and found is optimal (or none exists) */
  complete: boolean;
  /** proven ceiling on the free items' value (max of the best found and every open node) */
  bound: number;
  nodes: number;
}

export function search(m: Model, lambda: Float64Array, incumbent: Incumbent | null, nodeLimit: number): SearchResult {
  const N = m.n;
  const K = m.rows.length;
  const profit = profits(m, lambda, new Float64Array(N));
  const ratio = new Float64Array(N);
  for (let i = 0; i < N; i++) ratio[i] = profit[i]! / m.fee[i]!;
  const order = Array.from({ length: N }, (_, i) => i);
  const rows = m.rows;
  order.sort((a, b) => {
    const pa = profit[a]! > 0 ? 1 : 0;
    const pb = profit[b]! > 0 ? 1 : 0;
    if (pa !== pb) return pb - pa;
    if (ratio[a] !== ratio[b]) return ratio[b]! - ratio[a]!;
    if (m.fee[a] !== m.fee[b]) return m.fee[a]! - m.fee[b]!;
    if (m.value[a] !== m.value[b]) return m.value[b]! - m.value[a]!;
    for (const r of rows) if (r.a[a] !== r.a[b]) return r.a[a]! - r.a[b]!;
    return a - b;
  });
  const f = new Float64Array(N);
  const v = new Float64Array(N);
  const A = new Float64Array(K * N);
  const same = new Uint8Array(N);
  let nPos = 0;
  for (let j = 0; j < N; j++) {
    const i = order[j]!;
    f[j] = m.fee[i]!;
    v[j] = m.value[i]!;
    for (let k = 0; k < K; k++) A[k * N + j] = rows[k]!.a[i]!;
    if (profit[i]! > 0) nPos = j + 1;
    if (j > 0) {
      const h = order[j - 1]!;
      let eq = m.fee[h] === m.fee[i] && m.value[h] === m.value[i];
      for (let k = 0; eq && k < K; k++) eq = rows[k]!.a[h] === rows[k]!.a[i];
      same[j] = eq ? 1 : 0;
    }
  }
  // Prefix sums of fee and profit over the positive-profit positions (the bound's greedy order).
  const F = new Float64Array(nPos + 1);
  const P = new Float64Array(nPos + 1);
  for (let j = 0; j < nPos; j++) {
    F[j + 1] = F[j]! + f[j]!;
    P[j + 1] = P[j]! + profit[order[j]!]!;
  }
  const pr = new Float64Array(N);
  for (let j = 0; j < N; j++) pr[j] = profit[order[j]!]!;
  // Per row: suffix sums of negative coefficients, and the most negative coefficient per unit of fee.
  const minSuf = new Float64Array(K * (N + 1));
  const minRatio = new Float64Array(K);
  const tol = new Float64Array(K);
  const lam = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    tol[k] = rows[k]!.tol;
    lam[k] = lambda[k]!;
    let mr = 0;
    for (let j = N - 1; j >= 0; j--) {
      const a = A[k * N + j]!;
      minSuf[k * (N + 1) + j] = minSuf[k * (N + 1) + j + 1]! + (a < 0 ? a : 0);
      if (a / f[j]! < mr) mr = a / f[j]!;
    }
    minRatio[k] = mr;
  }

  // The empathy-count row: at most as many members as the cheapest undecided ones that fit in the money left
  // (a Fenwick tree over the members by fee, items leave it as the search decides them).
  const countRow = rows.findIndex((r) => r.name === 'minEmpathy');
  const cheap = countRow >= 0 ? new CheapestCount(f, (j) => A[countRow * N + j]! < 0) : null;
  const budgetTol = m.budgetTol;
  const tolV = TUNING.valueTol * Math.max(1, P[nPos]!, incumbent ? incumbent.value : 0);
  const epsMoney = m.integral ? 0.5 : budgetTol;
  const capAt = new Float64Array(N + 1);
  const valAt = new Float64Array(N + 1);
  const resAt = new Float64Array(K * (N + 1)); // [d * K + k]
  const choice = new Int8Array(N); // 1: include taken, exclude pending; 3: exclude taken, include pending; 2: done
  const picked = new Uint8Array(N);
  capAt[0] = m.budget;
  for (let k = 0; k < K; k++) resAt[k] = rows[k]!.rhs;

  let bestV = incumbent ? incumbent.value : -Infinity;
  let bestS = incumbent ? incumbent.spend : Infinity;
  let bestPicks: number[] | null = null;
  let nodes = 0;
  let tieNodes = 0;
  let complete = true;

  /** bound of the node at depth d (its state already written), or -Infinity if it cannot be feasible */
  const nodeBound = (d: number): number => {
    const cap = capAt[d]! + budgetTol;
    if (cap < 0) return -Infinity;
    let ub = valAt[d]!;
    for (let k = 0; k < K; k++) {
      const res = resAt[d * K + k]! + tol[k]!;
      let reachable = Math.max(minSuf[k * (N + 1) + d]!, minRatio[k]! * cap);
      if (k === countRow) reachable = Math.max(reachable, -cheap!.affordable(cap));
      if (reachable > res) return -Infinity;
      ub += lam[k]! * res;
    }
    if (d < nPos) {
      // largest t with F[t] − F[d] ≤ cap
      const lim = F[d]! + cap;
      let lo = d;
      let hi = nPos;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (F[mid]! <= lim) lo = mid;
        else hi = mid - 1;
      }
      ub += P[lo]! - P[d]!;
      if (lo < nPos) ub += (lim - F[lo]!) * (pr[lo]! / f[lo]!);
    }
    return ub;
  };
  const setChild = (d: number, inc: boolean) => {
    picked[d] = inc ? 1 : 0;
    const b = d * K;
    const c = b + K;
    if (inc) {
      capAt[d + 1] = capAt[d]! - f[d]!;
      valAt[d + 1] = valAt[d]! + v[d]!;
      for (let k = 0; k < K; k++) resAt[c + k] = resAt[b + k]! - A[k * N + d]!;
    } else {
      capAt[d + 1] = capAt[d]!;
      valAt[d + 1] = valAt[d]!;
      for (let k = 0; k < K; k++) resAt[c + k] = resAt[b + k]!;
    }
  };
  const canInclude = (d: number) => f[d]! <= capAt[d]! + budgetTol && !(same[d] && !picked[d - 1]);

  let j = 0;
  search: for (;;) {
    if (++nodes > nodeLimit) {
      complete = false;
      break;
    }
    // a feasible selection?
    if (capAt[j]! >= -budgetTol) {
      let ok = true;
      for (let k = 0; ok && k < K; k++) ok = resAt[j * K + k]! >= -tol[k]!;
      const val = valAt[j]!;
      const spend = m.budget - capAt[j]!;
      if (ok && (val > bestV + tolV || (val >= bestV - tolV && spend < bestS - epsMoney))) {
        bestV = val;
        bestS = spend;
        bestPicks = [];
        for (let q = 0; q < j; q++) if (picked[q]) bestPicks.push(order[q]!);
      }
    }
    if (j < N) {
      const ub = nodeBound(j);
      const spend = m.budget - capAt[j]!;
      if (ub > bestV + tolV || (ub > -Infinity && ub >= bestV - tolV && spend < bestS - epsMoney && ++tieNodes <= TUNING.tieNodes)) {
        cheap?.remove(j);
        if (!canInclude(j)) {
          choice[j] = 2;
          setChild(j, false);
        } else if (pr[j]! > 0) {
          choice[j] = 1;
          setChild(j, true);
        } else {
          choice[j] = 3;
          setChild(j, false);
        }
        j++;
        continue;
      }
    }
    for (;;) {
      j--;
      if (j < 0) break search;
      const c = choice[j];
      if (c === 1 || c === 3) {
        choice[j] = 2;
        setChild(j, c === 3);
        j++;
        continue search;
      }
      cheap?.restore(j);
    }
  }

  let bound = bestV;
  if (!complete) {
    // open nodes: the current one and every pending second branch above it
    bound = Math.max(bound, nodeBound(j));
    for (let d = j - 1; d >= 0; d--) {
      if (d + 1 <= j - 1) cheap?.restore(d + 1); // the child of d sees items d+1… undecided
      const c = choice[d];
      if (c !== 1 && c !== 3) continue;
      const keep = picked[d]!;
      setChild(d, c === 3);
      bound = Math.max(bound, nodeBound(d + 1));
      setChild(d, keep === 1);
    }
  }
  const found = bestPicks ? { value: bestV, spend: bestS, picks: bestPicks } : null;
  return { found, complete, bound, nodes };
}

/** Members of a count row by fee: how many of the cheapest undecided ones fit in an amount. */
class CheapestCount {
  private readonly pos: Int32Array;
  private readonly cnt: Int32Array;
  private readonly sum: Float64Array;
  private readonly size: number;
  private readonly top: number;
  constructor(
    private readonly fee: Float64Array,
    member: (j: number) => boolean,
  ) {
    const ids: number[] = [];
    for (let j = 0; j < fee.length; j++) if (member(j)) ids.push(j);
    ids.sort((a, b) => fee[a]! - fee[b]! || a - b);
    this.size = ids.length;
    let top = 1;
    while (top * 2 <= this.size) top *= 2;
    this.top = top;
    this.pos = new Int32Array(fee.length).fill(-1);
    this.cnt = new Int32Array(this.size + 1);
    this.sum = new Float64Array(this.size + 1);
    ids.forEach((j, q) => {
      this.pos[j] = q + 1;
      this.update(q + 1, 1, fee[j]!);
    });
  }
  private update(p: number, c: number, s: number): void {
    for (; p <= this.size; p += p & -p) {
      this.cnt[p] = this.cnt[p]! + c;
      this.sum[p] = this.sum[p]! + s;
    }
  }
  remove(j: number): void {
    const p = this.pos[j]!;
    if (p > 0) this.update(p, -1, -this.fee[j]!);
  }
  restore(j: number): void {
    const p = this.pos[j]!;
    if (p > 0) this.update(p, 1, this.fee[j]!);
  }
  affordable(cap: number): number {
    let at = 0;
    let spent = 0;
    let count = 0;
    for (let step = this.top; step > 0; step >>= 1) {
      const nx = at + step;
      if (nx <= this.size && spent + this.sum[nx]! <= cap) {
        at = nx;
        spent += this.sum[nx]!;
        count += this.cnt[nx]!;
      }
    }
    return count;
  }
}

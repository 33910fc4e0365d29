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
// group (x_j ≤ x_{j−1}), which removes their symmetry without losing any optimum;
// excluding one jumps past the rest of its group, so a group costs one node per count.
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
  const cheap = countRow >= 0 ? new CheapestCount(f, (j) => A[countRow * N + j]! < 0, same) : null;
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
  // Excluding d excludes the rest of its run of identical creators: the exclude child jumps to runEnd[d].
  const runEnd = new Int32Array(N);
  for (let d = N - 1; d >= 0; d--) runEnd[d] = d + 1 < N && same[d + 1] ? runEnd[d + 1]! : d + 1;
  const parent = new Int32Array(N + 1);
  // Dominance among near-duplicates: of creators with the same fee and the same coefficient in every row,
  // the more valuable one (earlier in the order) is taken first. pred[d]: the last member of the previous
  // group in d's class (d−1 inside a group of identical creators); d is taken only if pred[d] is.
  const pred = new Int32Array(N).fill(-1);
  const lastOfClass = new Map<string, number>();
  for (let d = 0; d < N; d++) {
    if (same[d]) {
      pred[d] = d - 1;
      continue;
    }
    let key = String(f[d]);
    for (let k = 0; k < K; k++) key += `|${A[k * N + d]}`;
    const p = lastOfClass.get(key);
    if (p !== undefined && v[p]! >= v[d]!) pred[d] = p;
    lastOfClass.set(key, runEnd[d]! - 1);
  }
  /** writes the child's state and returns its depth */
  const setChild = (d: number, inc: boolean): number => {
    picked[d] = inc ? 1 : 0;
    const c = inc ? d + 1 : runEnd[d]!;
    const b = d * K;
    const cb = c * K;
    if (inc) {
      capAt[c] = capAt[d]! - f[d]!;
      valAt[c] = valAt[d]! + v[d]!;
      for (let k = 0; k < K; k++) resAt[cb + k] = resAt[b + k]! - A[k * N + d]!;
    } else {
      capAt[c] = capAt[d]!;
      valAt[c] = valAt[d]!;
      for (let k = 0; k < K; k++) resAt[cb + k] = resAt[b + k]!;
    }
    if (!inc) picked[c - 1] = 0; // the group's last member, skipped by the jump, is out (pred reads it)
    parent[c] = d;
    return c;
  };
  // the rest of d's run leaves (or re-enters) the count row's undecided set with an exclude jump
  const tailOut = (d: number) => runEnd[d]! > d + 1 && cheap?.remove(d + 1, runEnd[d]! - d - 1);
  const tailIn = (d: number) => runEnd[d]! > d + 1 && cheap?.restore(d + 1, runEnd[d]! - d - 1);
  const canInclude = (d: number) => f[d]! <= capAt[d]! + budgetTol && !(pred[d]! >= 0 && !picked[pred[d]!]);

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
        for (let c = j; c > 0;) {
          const d = parent[c]!;
          if (picked[d]) bestPicks.push(order[d]!);
          c = d;
        }
      }
    }
    if (j < N) {
      const ub = nodeBound(j);
      const spend = m.budget - capAt[j]!;
      if (ub > bestV + tolV || (ub > -Infinity && ub >= bestV - tolV && spend < bestS - epsMoney && ++tieNodes <= TUNING.tieNodes)) {
        cheap?.remove(j, 1);
        let c: number;
        if (!canInclude(j)) {
          choice[j] = 2;
          c = setChild(j, false);
          tailOut(j);
        } else if (pr[j]! > 0) {
          choice[j] = 1;
          c = setChild(j, true);
        } else {
          choice[j] = 3;
          c = setChild(j, false);
          tailOut(j);
        }
        j = c;
        continue;
      }
    }
    for (;;) {
      if (j === 0) break search;
      const d = parent[j]!;
      const c = choice[d];
      if (c === 1 || c === 3) {
        choice[d] = 2;
        if (c === 3) tailIn(d);
        j = setChild(d, c === 3);
        if (c === 1) tailOut(d);
        continue search;
      }
      if (!picked[d]) tailIn(d);
      cheap?.restore(d, 1);
      j = d;
    }
  }

  let bound = bestV;
  if (!complete) {
    // open nodes: the current one and every pending second branch above it (deepest first, undoing as we rise)
    bound = Math.max(bound, nodeBound(j));
    const path: number[] = [];
    for (let c = j; c > 0; c = parent[c]!) path.push(parent[c]!);
    for (const d of path) {
      const c = choice[d];
      const keep = picked[d]!;
      if (c === 1 || c === 3) {
        if (keep) tailOut(d);
        else tailIn(d);
        bound = Math.max(bound, nodeBound(setChild(d, !keep)));
        if (keep) tailIn(d);
        else tailOut(d);
        picked[d] = keep;
      }
      if (!keep) tailIn(d);
      cheap?.restore(d, 1);
    }
  }
  const found = bestPicks ? { value: bestV, spend: bestS, picks: bestPicks } : null;
  return { found, complete, bound, nodes };
}

/**
 * Members of a count row by fee: how many of the cheapest undecided ones fit in
 * an amount. A run of identical creators shares one slot (its live count), so
 * an exclude jump removes the run's rest in one update.
 */
class CheapestCount {
  private readonly pos: Int32Array;
  private readonly cnt: Int32Array;
  private readonly sum: Float64Array;
  private readonly live: Int32Array;
  private readonly slotFee: Float64Array;
  private readonly size: number;
  private readonly top: number;
  constructor(
    private readonly fee: Float64Array,
    member: (j: number) => boolean,
    same: Uint8Array,
  ) {
    const heads: number[] = [];
    for (let j = 0; j < fee.length; j++) if (member(j) && !same[j]) heads.push(j);
    heads.sort((a, b) => fee[a]! - fee[b]! || a - b);
    this.size = heads.length;
    let top = 1;
    while (top * 2 <= this.size) top *= 2;
    this.top = top;
    this.pos = new Int32Array(fee.length).fill(-1);
    this.cnt = new Int32Array(this.size + 1);
    this.sum = new Float64Array(this.size + 1);
    this.live = new Int32Array(this.size + 1);
    this.slotFee = new Float64Array(this.size + 1);
    heads.forEach((j, q) => {
      this.pos[j] = q + 1;
      this.slotFee[q + 1] = fee[j]!;
    });
    for (let j = 0; j < fee.length; j++) {
      if (!member(j)) continue;
      if (same[j]) this.pos[j] = this.pos[j - 1]!; // a run is adjacent and shares its head's slot
      this.update(this.pos[j]!, 1, fee[j]!);
    }
  }
  private update(p: number, c: number, s: number): void {
    this.live[p] = this.live[p]! + c;
    for (; p <= this.size; p += p & -p) {
      this.cnt[p] = this.cnt[p]! + c;
      this.sum[p] = this.sum[p]! + s;
    }
  }
  /** items j … j+c−1 (one run) are decided */
  remove(j: number, c: number): void {
    const p = this.pos[j]!;
    if (p > 0) this.update(p, -c, -c * this.fee[j]!);
  }
  restore(j: number, c: number): void {
    const p = this.pos[j]!;
    if (p > 0) this.update(p, c, c * this.fee[j]!);
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
    // the next slot in part (rounded up: a count too high only weakens the cut)
    if (at < this.size && cap > spent)
      count += Math.min(this.live[at + 1]!, Math.floor(((cap - spent) / this.slotFee[at + 1]!) * (1 + 1e-12) + 1e-9));
    return count;
  }
}

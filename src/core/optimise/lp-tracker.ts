// LP bound over a changing set of undecided items, for one empathy price γ.
//
// Items sit in Fenwick trees in descending profit/fee order (profit = views,
// plus γ for empathy creators), one tree pair per group. Removing or restoring
// an item and computing the bound are O(log n), so the bound does not depend on
// the order in which the search decides items.
//
// The LP: max Σ profit·x over the present items, Σ fee·x ≤ cap, reach spend in
// [rLo, rHi], 0 ≤ x ≤ 1. The budget and reach window are nested capacities, so
// value(r) = reachFill(r) + empathyFill(cap − r) is concave in the reach spend
// r and maximal at the merged greedy's reach spend; clamping that into the
// window gives the constrained optimum.

export class LpTracker {
  private readonly size: number;
  private readonly top: number;
  /** position (1-based) of each local item in this tracker's order */
  private readonly pos: Int32Array;
  private readonly ratioAt: Float64Array;
  private readonly reachAt: Uint8Array;
  private readonly feeOf: Float64Array;
  private readonly profitOf: Float64Array;
  private readonly reachOf: Uint8Array;
  // Fenwick trees: reach fee/profit, empathy fee/profit
  private readonly rf: Float64Array;
  private readonly rp: Float64Array;
  private readonly ef: Float64Array;
  private readonly ep: Float64Array;

  /** fee, views, reach are per local item; all items start present. */
  constructor(fee: Float64Array, views: Float64Array, reach: Uint8Array, readonly gamma: number) {
    const n = fee.length;
    this.size = n;
    let top = 1;
    while (top * 2 <= n) top *= 2;
    this.top = top;
    this.feeOf = fee;
    this.reachOf = reach;
    this.profitOf = new Float64Array(n);
    for (let i = 0; i < n; i++) this.profitOf[i] = views[i]! + (reach[i] ? 0 : gamma);
    const ratio = new Float64Array(n);
    for (let i = 0; i < n; i++) ratio[i] = this.profitOf[i]! / fee[i]!;
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => ratio[b]! - ratio[a]! || a - b);
    this.pos = new Int32Array(n);
    this.ratioAt = new Float64Array(n + 2);
    this.reachAt = new Uint8Array(n + 2);
    this.rf = new Float64Array(n + 1);
    this.rp = new Float64Array(n + 1);
    this.ef = new Float64Array(n + 1);
    this.ep = new Float64Array(n + 1);
    order.forEach((i, k) => {
      const p = k + 1;
      this.pos[i] = p;
      this.ratioAt[p] = ratio[i]!;
      this.reachAt[p] = reach[i]!;
      // linear-time Fenwick build: direct slot, then push to parent below
      if (reach[i]) {
        this.rf[p] = fee[i]!;
        this.rp[p] = this.profitOf[i]!;
      } else {
        this.ef[p] = fee[i]!;
        this.ep[p] = this.profitOf[i]!;
      }
    });
    for (let p = 1; p <= n; p++) {
      const parent = p + (p & -p);
      if (parent <= n) {
        this.rf[parent] = this.rf[parent]! + this.rf[p]!;
        this.rp[parent] = this.rp[parent]! + this.rp[p]!;
        this.ef[parent] = this.ef[parent]! + this.ef[p]!;
        this.ep[parent] = this.ep[parent]! + this.ep[p]!;
      }
    }
  }

  remove(i: number): void {
    this.update(i, -1);
  }

  restore(i: number): void {
    this.update(i, 1);
  }

  private update(i: number, sign: number): void {
    const df = sign * this.feeOf[i]!;
    const dp = sign * this.profitOf[i]!;
    const f = this.reachOf[i] ? this.rf : this.ef;
    const pr = this.reachOf[i] ? this.rp : this.ep;
    for (let p = this.pos[i]!; p <= this.size; p += p & -p) {
      f[p] = f[p]! + df;
      pr[p] = pr[p]! + dp;
    }
  }

  /** LP value over present items; -Infinity if over budget or the window is empty. */
  bound(cap: number, rLo: number, rHi: number): number {
    if (rHi > cap) rHi = cap;
    if (cap < 0 || rHi < rLo) return -Infinity;
    if (cap === 0) return 0;
    // Merged greedy: largest prefix (in ratio order) whose fees fit.
    const { rf, rp, ef, ep, size } = this;
    let at = 0;
    let fee = 0;
    let value = 0;
    let reach = 0;
    for (let step = this.top; step > 0; step >>= 1) {
      const nx = at + step;
      if (nx <= size) {
        const f = fee + rf[nx]! + ef[nx]!;
        if (f <= cap) {
          at = nx;
          fee = f;
          value += rp[nx]! + ep[nx]!;
          reach += rf[nx]!;
        }
      }
    }
    if (at < size) {
      const frac = cap - fee;
      value += frac * this.ratioAt[at + 1]!;
      if (this.reachAt[at + 1]) reach += frac;
    }
    if (reach >= rLo && reach <= rHi) return value;
    const r = reach < rLo ? rLo : rHi;
    return this.fill(rf, rp, r) + this.fill(ef, ep, cap - r);
  }

  // Fractional knapsack of one group's present items with capacity cap.
  private fill(f: Float64Array, pr: Float64Array, cap: number): number {
    if (cap <= 0) return 0;
    let at = 0;
    let fee = 0;
    let value = 0;
    for (let step = this.top; step > 0; step >>= 1) {
      const nx = at + step;
      if (nx <= this.size && fee + f[nx]! <= cap) {
        at = nx;
        fee += f[nx]!;
        value += pr[nx]!;
      }
    }
    // positions after `at` up to the next item of this group are absent from
    // this group's tree, so `at + 1` is that next item
    return at < this.size ? value + (cap - fee) * this.ratioAt[at + 1]! : value;
  }
}

/**
 * Empathy prices tried, as multiples of the root LP's γ. Every γ ≥ 0 gives a
 * valid bound and the best one drifts from the root's as the search fixes
 * items (fewer empathy slots left, or less money per slot), so a spread of
 * prices keeps the bound close to the exact LP; nearest first for early exit.
 */
const GAMMA_GRID = [1, 1.25, 0.8, 1.6, 0.6, 2, 0.4, 3, 0.2, 0];
// Every tracker costs time at every step; on big sets the LP is already tight.
const GAMMA_GRID_LARGE = [1, 1.25, 0.8, 0];
const LARGE = 5000;

/** One tracker per empathy price (just γ = 0 when the minimum does not bind). */
export function priceTrackers(fee: Float64Array, views: Float64Array, reach: Uint8Array, gamma: number, minEmpathy: number): LpTracker[] {
  if (!(gamma > 0 && minEmpathy > 0)) return [new LpTracker(fee, views, reach, 0)];
  return (fee.length > LARGE ? GAMMA_GRID_LARGE : GAMMA_GRID).map((m) => new LpTracker(fee, views, reach, m * gamma));
}

/**
 * Smallest bound over the price trackers, for `need` more empathy creators;
 * stops early once one is ≤ `enough` (the caller only needs to know it prunes).
 */
export function minBound(trackers: readonly LpTracker[], cap: number, rLo: number, rHi: number, need: number, enough = -Infinity): number {
  let best = Infinity;
  for (let t = 0; t < trackers.length; t++) {
    const tr = trackers[t]!;
    if (tr.gamma > 0 && need <= 0) continue;
    const b = tr.bound(cap, rLo, rHi) - tr.gamma * Math.max(0, need);
    if (b < best) {
      best = b;
      if (b <= enough) break;
    }
  }
  return best;
}

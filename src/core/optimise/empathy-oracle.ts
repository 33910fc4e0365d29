// Best empathy selection for a given amount of money, remembered.
//
// Once the reach creators are settled, what remains is a knapsack over the
// empathy creators: max views with spend ≤ e and at least k of them. Its value
// E*(e) is a non-decreasing step function of e, so every solved query teaches a
// whole interval: a best selection costing s for money e is also the best for
// any money in [s, e]; a proof that nothing beats x with money e caps E* at x
// for any smaller amount. Queries are answered from these facts when possible,
// then from the LP bound, and only then by branch and bound.
import { branchAndBound, type Found } from './branch-and-bound';
import { minBound, priceTrackers, type LpTracker } from './lp-tracker';
import type { Pool } from './pool';

interface Exact {
  lo: number;
  hi: number;
  found: Found;
}

export class EmpathyOracle {
  /** branch-and-bound nodes spent so far */
  nodes = 0;
  /** false once a query was cut short by its node limit */
  complete = true;
  private readonly exact: Exact[] = []; // disjoint, sorted by lo
  private readonly caps: { at: number; ub: number }[] = []; // sorted by at; E*(e) ≤ ub for e ≤ at
  private readonly lps: LpTracker[];

  constructor(
    private readonly pool: Pool,
    private readonly ids: number[],
    private readonly minEmpathy: number,
    private readonly gamma: number,
    private readonly eps: number,
    private readonly tolViews: number,
  ) {
    const fee = new Float64Array(ids.length);
    const views = new Float64Array(ids.length);
    ids.forEach((id, k) => {
      fee[k] = pool.fee[id]!;
      views[k] = pool.views[id]!;
    });
    const none = new Uint8Array(ids.length);
    this.lps = priceTrackers(fee, views, none, gamma, minEmpathy);
  }

  /**
   * The best selection with spend ≤ money if it has more than `floor` views
   * (or equal views, as the search breaks ties by spend); null if there is none.
   */
  query(money: number, floor: number, nodeLimit: number): Found | null {
    const hit = this.exactAt(money);
    if (hit) return hit.found.views >= floor - this.tolViews ? hit.found : null;
    if (this.ceilingAt(money) < floor - this.tolViews) return null;
    const lp = minBound(this.lps, money + this.eps, 0, 0, this.minEmpathy);
    if (lp < floor - this.tolViews) {
      this.addCeiling(money, lp);
      return null;
    }
    const res = branchAndBound(
      {
        pool: this.pool,
        gamma: this.gamma,
        free: this.ids,
        budget: money,
        reachMin: 0,
        reachMax: 0,
        minEmpathy: this.minEmpathy,
        eps: this.eps,
        tolViews: this.tolViews,
      },
      { views: floor, spend: Infinity },
      nodeLimit,
    );
    this.nodes += res.nodes;
    if (!res.complete) {
      this.complete = false;
      return res.best;
    }
    if (res.best) this.addExact({ lo: res.best.spend, hi: money, found: res.best });
    else this.addCeiling(money, floor);
    return res.best;
  }

  private exactAt(money: number): Exact | null {
    const xs = this.exact;
    let lo = 0;
    let hi = xs.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid]!.lo <= money + this.eps) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const x = at >= 0 ? xs[at]! : null;
    return x && x.hi >= money - this.eps ? x : null;
  }

  private ceilingAt(money: number): number {
    let ub = Infinity;
    for (let i = this.caps.length - 1; i >= 0 && this.caps[i]!.at >= money - this.eps; i--) ub = Math.min(ub, this.caps[i]!.ub);
    return ub;
  }

  private addCeiling(at: number, ub: number): void {
    const k = this.caps.findIndex((c) => c.at > at);
    this.caps.splice(k < 0 ? this.caps.length : k, 0, { at, ub });
  }

  private addExact(x: Exact): void {
    this.addCeiling(x.hi, x.found.views);
    // Overlapping facts describe the same step of E*: keep their union.
    const xs = this.exact;
    for (let i = xs.length - 1; i >= 0; i--) {
      const y = xs[i]!;
      if (y.hi >= x.lo - this.eps && y.lo <= x.hi + this.eps) {
        x = { lo: Math.min(x.lo, y.lo), hi: Math.max(x.hi, y.hi), found: y.found.spend <= x.found.spend ? y.found : x.found };
        xs.splice(i, 1);
      }
    }
    const k = xs.findIndex((y) => y.lo > x.lo);
    xs.splice(k < 0 ? xs.length : k, 0, x);
  }
}

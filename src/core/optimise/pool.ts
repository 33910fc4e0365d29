// Creators with a positive fee, as parallel typed arrays (the hot loops touch
// nothing else). Zero-fee creators never compete for budget and stay outside.

export interface Pool {
  n: number;
  fee: Float64Array;
  views: Float64Array;
  /** 1 = reach, 0 = empathy */
  reach: Uint8Array;
  /** index into the caller's candidate list */
  index: Int32Array;
}

/** Residual limits after the zero-fee picks; reachMax already capped by budget and total reach fees. */
export interface Limits {
  budget: number;
  reachMin: number;
  reachMax: number;
  minEmpathy: number;
  /** absolute slack on money comparisons (a selection costing exactly the budget fits) */
  eps: number;
}

/** Totals of a selection of pool ids. */
export interface Tally {
  spend: number;
  views: number;
  reachSpend: number;
  empathy: number;
}

export function tally(pool: Pool, ids: ArrayLike<number>): Tally {
  let spend = 0;
  let views = 0;
  let reachSpend = 0;
  let empathy = 0;
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    spend += pool.fee[i]!;
    views += pool.views[i]!;
    if (pool.reach[i]) reachSpend += pool.fee[i]!;
    else empathy++;
  }
  return { spend, views, reachSpend, empathy };
}

export function isFeasible(t: Tally, lim: Limits): boolean {
  return (
    t.spend <= lim.budget + lim.eps &&
    t.reachSpend >= lim.reachMin - lim.eps &&
    t.reachSpend <= lim.reachMax + lim.eps &&
    t.empathy >= lim.minEmpathy
  );
}

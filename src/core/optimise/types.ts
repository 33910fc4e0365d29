// Public shapes of the shortlist optimiser (re-exported by ../optimise.ts).

export interface Candidate {
  /** ≥ 0, money */
  fee: number;
  /** ≥ 0, the objective's per-creator value (views, actions, intent signals, revenue) */
  value: number;
  /** ≥ 0, for the blended-CPV limit */
  views: number;
  role: 'reach' | 'empathy';
  /** must-include (chosen whatever it costs, counted in every constraint) / excluded */
  fixed?: 'in' | 'out';
}

export interface Constraints {
  budget: number;
  /** reach fee as a share of the money actually spent: min·Σfee ≤ Σ reach fee ≤ max·Σfee (default 0..1) */
  reachShare?: { min: number; max: number };
  /** at least this many empathy creators chosen */
  minEmpathy: number;
  /** blended CPV limit: Σfee ≤ blendedCpvMax · Σviews */
  blendedCpvMax?: number;
}

export type Infeasible =
  /** fewer empathy creators (not excluded) than needed */
  | { constraint: 'minEmpathy'; need: number; available: number }
  /** the cheapest empathy creators still needed cost more than the `budget` the must-includes leave */
  | { constraint: 'minEmpathyBudget'; need: number; cheapestCost: number; budget: number }
  /** no selection within the budget, with the empathy minimum and must-includes, has a reach share in [min, max] */
  | { constraint: 'reachShare'; min: number; max: number; minEmpathy: number }
  /** no selection within the budget, with the empathy minimum and must-includes, has a blended CPV ≤ max */
  | { constraint: 'blendedCpv'; max: number; minEmpathy: number }
  /** the must-include creators alone break `breaks` (their own totals given) */
  | { constraint: 'fixed'; breaks: 'budget' | 'reachShare' | 'blendedCpv'; count: number; spend: number; reachSpend: number; views: number }
  /** each constraint alone can be met, not all together */
  | { constraint: 'combined'; detail: string };

export type OptimiseResult =
  | {
      ok: true;
      /** indices into candidates, ascending */
      chosen: number[];
      spend: number;
      value: number;
      views: number;
      reachSpend: number;
      empathyCount: number;
      /** optimality proven (false only when a search limit was hit) */
      proven: boolean;
      /** proven ceiling on value; equals value when proven — value/bound certifies quality */
      bound: number;
    }
  /** infeasibility proven exactly */
  | { ok: false; infeasible: Infeasible }
  /** a search limit was hit before any feasible selection was found; nothing is proven */
  | { ok: false; notFound: { bound: number } };

export interface OptimiseOptions {
  /** Search node budget (default: TUNING.nodeLimit). Deterministic, unlike a time limit. */
  nodeLimit?: number;
}

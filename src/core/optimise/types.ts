// Public shapes of the shortlist optimiser (re-exported by ../optimise.ts).

export interface Candidate {
  fee: number;
  views: number;
  role: 'reach' | 'empathy';
}

export interface Constraints {
  budget: number;
  /** money that must go to 'reach' creators at least … */
  reachMin: number;
  /** … and at most (may be ≥ budget, or Infinity, for no cap) */
  reachMax: number;
  minEmpathy: number;
}

export type Infeasible =
  /** fewer eligible empathy creators than needed */
  | { constraint: 'minEmpathy'; need: number; available: number }
  /**
   * the `need` cheapest empathy creators cost more than `budget`; when they fit
   * the whole budget but not what reachMin leaves, `budget` is budget − reachMin
   */
  | { constraint: 'minEmpathyBudget'; need: number; cheapestCost: number; budget: number }
  /** no subset of reach creators spends ≥ reachMin within min(reachMax, budget) */
  | { constraint: 'reachMin'; reachMin: number; maxReachSpend: number }
  /** each alone is satisfiable, but not together */
  | { constraint: 'combined'; detail: string };

export type OptimiseResult =
  | {
      ok: true;
      /** indices into candidates, ascending */
      chosen: number[];
      spend: number;
      views: number;
      reachSpend: number;
      empathyCount: number;
      /** optimality proven (false only when a search limit was hit) */
      exact: boolean;
      /** proven ceiling on views (LP bound); equals views when exact — views/upperBound certifies quality */
      upperBound: number;
    }
  | { ok: false; infeasible: Infeasible };

export interface OptimiseOptions {
  /**
   * Branch-and-bound node budget of the exact search (default 10,000,000,
   * about a second in Node on the hardest 50k rosters); the incumbent
   * heuristics get 0.3–2 % of it per search. Deterministic, unlike a time limit.
   */
  nodeLimit?: number;
}

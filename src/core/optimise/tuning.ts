// Every tuning constant of the optimiser, in one table (docs/optimiser.md says what each one trades).
export const TUNING = {
  /** total depth-first nodes over all searches of one call (about a second on the hardest rosters) */
  nodeLimit: 4_000_000,
  /** equal-value subtrees are searched for a cheaper tie only up to this many nodes */
  tieNodes: 100_000,
  /** subgradient iterations for the Lagrangian multipliers of the side constraints */
  lagrangeIterations: 120,
  /** single moves the constructive heuristic may make to repair a broken row */
  repairMoves: 200,
  /** how many of the best-ranked items each repair move considers */
  repairScan: 4096,
  /** items nearest the LP's price that the 1-for-1 swap polish looks at */
  polishItems: 512,
  /** residual-moving rounds of the share-window balancer, and chosen creators it tries to swap per round */
  balanceRounds: 20,
  balanceSwaps: 2000,
  /** share of nodeLimit each of the three one-group re-solves of the incumbent may use */
  regroupShare: 0.02,
  /** DP table cells (items × money units) for all incumbent DPs together; the unit coarsens to fit */
  dpCells: 120_000_000,
  /**
   * table cells for the exact DP over what reduced-cost fixing leaves (a proof, so worth a bigger table: at most
   * about 37 MB of choice bits; 300M proves the zero-width window at 5,000 creators, where 200M stopped short)
   */
  dpExactCells: 300_000_000,
  /** the DP incumbent runs below this many free items (above, the LP rounding is already within 0.01 %) */
  dpMaxItems: 3_000,
  /** the DP counts empathy creators exactly up to this minimum (each level costs a table) */
  dpCountMax: 12,
  /** multiples of the first priced row's price the DP incumbent tries */
  dpPriceSteps: [1, 0.84, 1.19, 0.71, 1.41, 0.59, 1.68, 0.5, 2, 0.35, 2.8, 0.25, 4, 0],
  /** the window search (optimise/window.ts) runs when the reach-share window is at most this wide */
  windowMaxWidth: 0.01,
  /** its base selection may miss the window by this share of the budget, which the toggles then repair */
  windowWiden: 0.002,
  /** toggles in each half of its meet in the middle (2^half subsets per half) */
  windowPoolHalf: 17,
  /** pairs of subsets it checks at most */
  windowScan: 2_000_000,
  /** relative slack on money comparisons: accepts what exact arithmetic accepts, never refuses it */
  moneyTol: 1e-9,
  /** relative tolerance on value when comparing selections */
  valueTol: 1e-9,
} as const;

// Every tuning constant of the optimiser, in one table (docs/optimiser.md says what each one trades).
export const TUNING = {
  /** total depth-first nodes over all searches of one call (about a second on the hardest rosters) */
  nodeLimit: 4_000_000,
  /** equal-value subtrees are searched for a cheaper tie only up to this many nodes */
  tieNodes: 100_000,
  /** subgradient iterations for the Lagrangian multipliers of the side constraints */
  lagrangeIterations: 120,
  /** the DP over fee units runs when items × capacity units stays below this */
  dpCells: 60_000_000,
  /** relative slack on money comparisons: accepts what exact arithmetic accepts, never refuses it */
  moneyTol: 1e-9,
  /** relative tolerance on value when comparing selections */
  valueTol: 1e-9,
} as const;

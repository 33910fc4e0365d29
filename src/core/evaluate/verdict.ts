// The one decision table of the evaluation cycle: plan against actuals → who
// to book again. Used by evaluateCampaign (per creator) and by
// =CAMPAIGN_VERDICT (per cell), so the sheet and the formula cannot disagree.
//
// Rows are tried in order; the first that matches decides.
//
// | # | when                                               | verdict               |
// |---|----------------------------------------------------|-----------------------|
// | 1 | posted = no                                        | notPosted             |
// | 2 | fee, actual views or revenue blank (not zero)      | noData                |
// | 3 | CPV ≤ cap and ROAS ≥ target                        | rebook                |
// | 4 | CPV > cap and ROAS ≥ target                        | rebookLowerFee: negotiate cap × actual views |
// | 5 | CPV ≤ cap and ROAS < target                        | rebookWithChanges (再生は回ったけどCVは？) |
// | 6 | CPV > cap and ROAS < target                        | doNotRebook           |
//
// CPV = fee ÷ actual views (0 views: CPV is over any cap); ROAS = revenue ÷ fee;
// the target ROAS defaults to 1 (revenue covers the fee), or 1 ÷ margin when a
// margin is given (gross profit covers the fee).
// Flag, beside the verdict: actions (saves + shares) per view at or above
// ACTION_RATE_HIGH while ROAS is below the target — エンゲージメントは高いけど、費用対効果は？

export const VERDICTS = ['rebook', 'rebookLowerFee', 'rebookWithChanges', 'doNotRebook', 'notPosted', 'noData'] as const;
export type VerdictCode = (typeof VERDICTS)[number];

/** Saves + shares per view from which engagement counts as high (1 in 100 viewers saved or shared). */
export const ACTION_RATE_HIGH = 0.01;

export type MissingField = 'fee' | 'actualViews' | 'revenue';

export interface VerdictInput {
  /** true, false, or null when the posted column is blank or absent. */
  posted: boolean | null;
  fee: number | null;
  actualViews: number | null;
  revenue: number | null;
  cap: number;
  minRoas: number;
  /** (saves + shares) ÷ actual views, when known. */
  actionRate?: number | null;
}

export interface VerdictResult {
  verdict: VerdictCode;
  cpv: number | null; // null without views or fee; Infinity with 0 views
  roas: number | null;
  /** For rebookLowerFee: the fee that would have met the cap, cap × actual views. */
  targetFee: number | null;
  missing: MissingField[];
  /** High actions per view, ROAS below the target. */
  engagementFlag: boolean;
}

export function targetRoas(minRoas: number | null | undefined, margin: number | null | undefined): number {
  if (minRoas !== null && minRoas !== undefined) return minRoas;
  return margin ? 1 / margin : 1;
}

export function decide(i: VerdictInput): VerdictResult {
  const base: VerdictResult = { verdict: 'noData', cpv: null, roas: null, targetFee: null, missing: [], engagementFlag: false };
  if (i.posted === false) return { ...base, verdict: 'notPosted' };
  const missing: MissingField[] = [];
  if (i.fee === null) missing.push('fee');
  if (i.actualViews === null) missing.push('actualViews');
  if (i.revenue === null) missing.push('revenue');
  const cpv = i.fee !== null && i.actualViews !== null ? (i.actualViews > 0 ? i.fee / i.actualViews : Infinity) : null;
  const roas = i.fee !== null && i.revenue !== null && i.fee > 0 ? i.revenue / i.fee : i.fee === 0 && i.revenue !== null ? Infinity : null;
  if (missing.length > 0) return { ...base, cpv, roas, missing };
  const withinCap = cpv! <= i.cap;
  const sold = roas! >= i.minRoas;
  const verdict: VerdictCode = withinCap ? (sold ? 'rebook' : 'rebookWithChanges') : sold ? 'rebookLowerFee' : 'doNotRebook';
  return {
    verdict,
    cpv,
    roas,
    targetFee: verdict === 'rebookLowerFee' ? i.cap * i.actualViews! : null,
    missing: [],
    engagementFlag: !sold && i.actionRate !== null && i.actionRate !== undefined && i.actionRate >= ACTION_RATE_HIGH,
  };
}

/** Whether a verdict means "book this creator again" in some form. */
export function rebooks(v: VerdictCode): boolean {
  return v === 'rebook' || v === 'rebookLowerFee' || v === 'rebookWithChanges';
}

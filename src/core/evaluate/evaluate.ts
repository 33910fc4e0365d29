// Per-creator metrics and campaign totals on the rows of a results sheet.
// Pure: the adapter reads the sheet once, calls evaluate(), writes once.

import { roiOf } from '../metrics';
import { decide, MissingField, VERDICTS, VerdictCode } from './verdict';
import type { ResultRow } from './read';

export interface EvaluateOptions {
  cap: number;
  minRoas: number;
  margin?: number | null;
  /** Planned CVR and AOV, for the planned ROI (ROI_CPV on the planned CPV). */
  cvr?: number | null;
  aov?: number | null;
}

export interface CreatorEval {
  row: ResultRow;
  verdict: VerdictCode;
  missing: MissingField[];
  fee: number | null; // actual fee when given, else the planned fee
  plannedFee: number | null;
  plannedViews: number | null;
  actualViews: number | null;
  plannedCpv: number | null;
  actualCpv: number | null;
  viewsRatio: number | null;
  cpvRatio: number | null;
  cvrViews: number | null;
  cvrClicks: number | null;
  aov: number | null;
  /** ROI_CPV on the actuals: (CVR × AOV) ÷ CPV, or profit ROI with a margin. */
  roi: number | null;
  plannedRoi: number | null;
  roas: number | null;
  actionRate: number | null;
  targetFee: number | null;
  engagementFlag: boolean;
}

export interface Totals {
  creators: number;
  spend: number; // fees of the creators who posted (or whose posting is not recorded as "no")
  views: number;
  orders: number;
  revenue: number;
  /** Spend ÷ views over the creators with both. */
  blendedCpv: number | null;
  /** The plan's blended CPV: planned fees ÷ planned views over every creator with both. */
  plannedBlendedCpv: number | null;
  cap: number;
  roas: number | null; // revenue ÷ fees over the creators with both
  counts: Record<VerdictCode, number>;
  /** Creators without a verdict for want of data, and which data. */
  missing: number;
  missingViews: number;
  missingRevenue: number;
  flagged: number;
}

export interface Evaluation {
  creators: CreatorEval[];
  totals: Totals;
  options: EvaluateOptions;
}

const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || a === undefined || b === null || b === undefined || b === 0 ? null : a / b;
const finite = (x: number | null): number | null => (x === null || !Number.isFinite(x) ? null : x);

export function evaluateRow(row: ResultRow, o: EvaluateOptions): CreatorEval {
  const n = row.numbers;
  // An unreadable cell is no data for its field, and the reason says which cell.
  const fee = n.actualFee ?? n.plannedFee ?? null;
  const views = n.actualViews ?? null;
  const revenue = n.revenue ?? null;
  const plannedCpv = n.plannedCpv ?? ratio(n.plannedFee, n.plannedViews);
  const actions = n.saves !== undefined || n.shares !== undefined ? (n.saves ?? 0) + (n.shares ?? 0) : null;
  const actionRate = ratio(actions, views);
  const d = decide({
    posted: row.posted === false ? false : views !== null && views > 0 ? true : row.posted,
    fee,
    actualViews: views,
    revenue,
    cap: o.cap,
    minRoas: o.minRoas,
    actionRate,
  });
  const actualCpv = finite(d.cpv);
  const cvrViews = ratio(n.orders, views);
  const aov = ratio(revenue, n.orders);
  const margin = o.margin ?? null;
  // ROI_CPV on the actuals: revenue per view (= CVR × AOV) over CPV; with no orders column, revenue per view directly.
  const revenuePerView = ratio(revenue, views);
  const roi =
    revenuePerView !== null && actualCpv !== null && actualCpv > 0
      ? cvrViews !== null && aov !== null
        ? roiOf(cvrViews, aov, actualCpv, margin)
        : roiOf(revenuePerView, 1, actualCpv, margin)
      : null;
  const plannedRoi =
    o.cvr != null && o.aov != null && plannedCpv !== null && plannedCpv > 0 ? roiOf(o.cvr, o.aov, plannedCpv, margin) : null;
  return {
    row,
    verdict: d.verdict,
    missing: d.missing,
    fee,
    plannedFee: n.plannedFee ?? null,
    plannedViews: n.plannedViews ?? null,
    actualViews: views,
    plannedCpv,
    actualCpv,
    viewsRatio: ratio(views, n.plannedViews),
    cpvRatio: ratio(actualCpv, plannedCpv),
    cvrViews,
    cvrClicks: ratio(n.orders, n.clicks),
    aov,
    roi,
    plannedRoi,
    roas: finite(d.roas),
    actionRate,
    targetFee: d.targetFee,
    engagementFlag: d.engagementFlag,
  };
}

export function evaluate(rows: readonly ResultRow[], o: EvaluateOptions): Evaluation {
  const creators = rows.map((r) => evaluateRow(r, o));
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<VerdictCode, number>;
  let spend = 0,
    views = 0,
    orders = 0,
    revenue = 0;
  let cpvFee = 0,
    cpvViews = 0,
    roasFee = 0,
    roasRevenue = 0,
    planFee = 0,
    planViews = 0;
  let missingViews = 0,
    missingRevenue = 0,
    flagged = 0;
  for (const c of creators) {
    counts[c.verdict]++;
    if (c.engagementFlag) flagged++;
    if (c.plannedFee !== null && c.plannedViews !== null && c.plannedViews > 0) {
      planFee += c.plannedFee;
      planViews += c.plannedViews;
    }
    if (c.verdict === 'notPosted') continue;
    if (c.missing.includes('actualViews')) missingViews++;
    if (c.missing.includes('revenue')) missingRevenue++;
    if (c.fee !== null) spend += c.fee;
    if (c.actualViews !== null) views += c.actualViews;
    if (c.row.numbers.orders !== undefined) orders += c.row.numbers.orders;
    if (c.row.numbers.revenue !== undefined) revenue += c.row.numbers.revenue;
    if (c.fee !== null && c.actualViews !== null) {
      cpvFee += c.fee;
      cpvViews += c.actualViews;
    }
    if (c.fee !== null && c.row.numbers.revenue !== undefined) {
      roasFee += c.fee;
      roasRevenue += c.row.numbers.revenue;
    }
  }
  return {
    creators,
    options: o,
    totals: {
      creators: creators.length,
      spend,
      views,
      orders,
      revenue,
      blendedCpv: cpvViews > 0 ? cpvFee / cpvViews : null,
      plannedBlendedCpv: planViews > 0 ? planFee / planViews : null,
      cap: o.cap,
      roas: roasFee > 0 ? roasRevenue / roasFee : null,
      counts,
      missing: counts.noData,
      missingViews,
      missingRevenue,
      flagged,
    },
  };
}

// The seed's money arithmetic: CPV and ROI = (CVR × AOV) / CPV.

/** Cost per view: fee ÷ expected views. */
export function cpvOf(fee: number, views: number): number {
  return fee / views;
}

/**
 * Revenue per view over cost per view (a ROAS multiple; 1 = break-even on
 * revenue). With a margin, profit ROI = (CVR × AOV × margin − CPV) / CPV.
 */
export function roiOf(cvr: number, aov: number, cpv: number, margin: number | null = null): number {
  const revenuePerView = cvr * aov;
  if (margin === null) return revenuePerView / cpv;
  return (revenuePerView * margin - cpv) / cpv;
}

// The sidebar's payload: the rows the live pre-simulation selects from, in
// the same compact per-column form the server selects from. Rows are kept
// cheapest CPV first up to a limit (plus every must-include mark and every
// row without views, which a view rate may bring in), so a 250,000-row
// roster sends what any sensible cap needs in well under 2 MB; the sidebar
// knows up to which CPV the rows are complete and says "estimate" beyond.

import { FLAG_MUST, PayloadRows, PlanRows } from './select';
import { CAP_TOLERANCE } from '../roster/read';
import { sortByKey } from '../sort-by-key';

/** The most rows the sidebar receives (and solves as the user types). */
export const PAYLOAD_ROWS = 20_000;
const QUANTILES = 200;

export interface Payload {
  rows: PayloadRows;
  /** readable rows in the roster */
  total: number;
  /** the lowest CPV of a row left out: every row below it is in `rows` (null when no row is left out) */
  omittedFrom: number | null;
  /** rows with views left out (none when completeUpTo is null) */
  omitted: number;
  /** CPV quantiles of all rows with views (for the histogram of a large roster) */
  cpvQuantiles: number[];
}

export function buildPayload(all: PlanRows, limit = PAYLOAD_ROWS): Payload {
  const n = all.fee.length;
  const withViews: number[] = [];
  const cpv = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (all.views[i]! > 0) {
      cpv[i] = all.fee[i]! / all.views[i]!;
      withViews.push(i);
    }
  }
  sortByKey(withViews, cpv);
  const quantiles: number[] = [];
  if (withViews.length > 0) {
    for (let q = 1; q <= QUANTILES; q++)
      quantiles.push(cpv[withViews[Math.min(withViews.length - 1, Math.ceil((q / QUANTILES) * withViews.length) - 1)]!]!);
  }
  const keep = new Uint8Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (!(all.views[i]! > 0) || all.flags[i]! & FLAG_MUST) {
      keep[i] = 1;
      kept++;
    }
  }
  let k = 0;
  for (; k < withViews.length && kept < limit; k++) {
    const i = withViews[k]!;
    if (!keep[i]) {
      keep[i] = 1;
      kept++;
    }
  }
  // Rows with the same CPV as the last kept one go together, so "complete up to" is exact.
  while (k < withViews.length && k > 0 && cpv[withViews[k]!] === cpv[withViews[k - 1]!]) keep[withViews[k++]!] = 1;
  const omittedFrom = k < withViews.length ? cpv[withViews[k]!]! : Infinity;
  let omitted = 0;
  for (let j = k; j < withViews.length; j++) if (!keep[withViews[j]!]) omitted++;
  const at: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) at.push(i);
  // Column by column, as plain arrays (JSON carries them; the server's columns are typed arrays).
  const pick = <T>(col: ArrayLike<T>): T[] => at.map((i) => col[i]!);
  const rows: PayloadRows = {
    row: pick(all.row),
    fee: pick(all.fee),
    views: pick(all.views),
    followers: pick(all.followers),
    er: pick(all.er),
    actions: pick(all.actions),
    intent: pick(all.intent),
    intentCount: pick(all.intentCount),
    flags: pick(all.flags),
    key: pick(all.key),
    histCvr: pick(all.histCvr),
    histViews: pick(all.histViews),
  };
  return {
    rows,
    total: n,
    omittedFrom: omitted === 0 ? null : omittedFrom,
    omitted,
    cpvQuantiles: quantiles,
  };
}

/** Whether the selection over the payload is the selection over the whole roster for this cap. */
export function payloadCovers(p: Payload, cap: number): boolean {
  return p.omittedFrom === null || cap * CAP_TOLERANCE < p.omittedFrom;
}

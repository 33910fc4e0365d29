// The roster's columns to the compact per-column rows the selection works
// on, with the comments sheet's per-creator shares and History merged in.

import { CommentShares, shareOf } from '../comments/shares';
import { RosterColumns } from '../roster/read';
import type { VerdictCode } from '../evaluate/verdict';
import { FLAG_INTENT_ESTIMATED, FLAG_LAST_NO_REBOOK, PlanRows, PlanRowsOf } from './select';

/** What History measured for one roster creator (src/core/evaluate/history.ts: historyOf over historyIndex). */
export interface PastOf {
  lastVerdict: VerdictCode | null;
  measuredCpv: number | null;
  measuredCvr: number | null;
  medianViews: number | null;
  /** campaign names, oldest first */
  campaigns: string[];
}
export type HistoryLookup = (handle: string, platform: string) => PastOf | null;

/**
 * The selection's rows. The columns read from the roster are shared, not
 * copied (a big roster has 250,000 rows); only what comments and History add
 * is new.
 */
export function planRows(cols: RosterColumns, comments?: CommentShares | null, history?: HistoryLookup | null): PlanRows {
  const n = cols.row.length;
  const rows: PlanRowsOf<Float64Array> = {
    row: cols.row,
    fee: cols.fee,
    views: cols.views,
    followers: cols.followers,
    er: cols.er,
    actions: actionsOf(cols),
    intent: cols.intent ? cols.intent.map((x) => (x === x ? x : -1)) : new Float64Array(n).fill(-1),
    intentCount: new Float64Array(n),
    // The roster's marks are the first flag bits (FLAG_MUST, FLAG_EXCLUDE).
    flags: comments || history ? cols.marks.slice() : cols.marks,
    key: cols.key,
    histCvr: new Float64Array(n).fill(-1),
    histViews: new Float64Array(n),
  };
  if (comments) for (let i = 0; i < n; i++) mergeComments(rows, i, comments);
  // History goes into the rows (the sidebar's payload too); the selection applies it only with useHistory.
  if (history)
    for (let i = 0; i < n; i++) {
      const past = history(cols.handle[i]!, cols.platform[i]!);
      if (!past) continue;
      if (past.lastVerdict === 'doNotRebook') rows.flags[i]! |= FLAG_LAST_NO_REBOOK;
      rows.histCvr[i] = past.measuredCvr ?? -1;
      rows.histViews[i] = past.medianViews ?? 0;
    }
  return rows;
}

/** saves + shares + sends where any is readable; -1: none. */
function actionsOf(cols: RosterColumns): Float64Array {
  const out = new Float64Array(cols.row.length).fill(-1);
  for (const part of [cols.saves, cols.shares, cols.sends]) {
    if (!part) continue;
    for (let i = 0; i < out.length; i++) {
      const x = part[i]!;
      if (x === x) out[i] = (out[i]! < 0 ? 0 : out[i]!) + x;
    }
  }
  return out;
}

/** A creator's own comments decide; with too few, the roster's column, else the pooled share (estimated). */
function mergeComments(rows: PlanRowsOf<Float64Array>, i: number, comments: CommentShares): void {
  const key = rows.key[i]!;
  const s = key === '' ? null : shareOf(comments, key);
  if (!s) return;
  if (!s.estimated || rows.intent[i]! < 0) {
    rows.intent[i] = s.share;
    if (s.estimated) rows.flags[i]! |= FLAG_INTENT_ESTIMATED;
  }
  rows.intentCount[i] = s.count;
}

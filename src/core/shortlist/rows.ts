// The roster's columns to the compact per-column rows the selection works
// on, with the comments sheet's per-creator shares and History merged in.

import { CommentShares, shareOf } from '../comments/shares';
import { RosterColumns } from '../roster/read';
import type { VerdictCode } from '../evaluate/verdict';
import { FLAG_INTENT_ESTIMATED, FLAG_LAST_NO_REBOOK, PlanRows } from './select';

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

/** The columns planRows fills in: its own arrays, so they can be written. */
interface Added {
  actions: Float64Array;
  intent: Float64Array;
  intentCount: Float64Array;
  flags: Uint8Array;
  histCvr: Float64Array;
  histViews: Float64Array;
}

/**
 * The selection's rows. The columns read from the roster are shared, not
 * copied (a big roster has 250,000 rows); only what comments and History add
 * is new. A column the roster, the comments and History have no data for is
 * one shared array of "none" (-1) or of zeros, read and never written: each
 * column of a big roster is 2 MB, and that memory is what sets the collector off.
 */
export function planRows(cols: RosterColumns, comments?: CommentShares | null, history?: HistoryLookup | null): PlanRows {
  const n = cols.row.length;
  let none: Float64Array | null = null;
  let zeros: Float64Array | null = null;
  const noData = () => (none ??= new Float64Array(n).fill(-1));
  const zero = () => (zeros ??= new Float64Array(n));
  const added: Added = {
    actions: cols.saves || cols.shares || cols.sends ? actionsOf(cols) : noData(),
    intent: cols.intent ? cols.intent.map((x) => (x === x ? x : -1)) : comments ? new Float64Array(n).fill(-1) : noData(),
    intentCount: comments ? new Float64Array(n) : zero(),
    // The roster's marks are the first flag bits (FLAG_MUST, FLAG_EXCLUDE).
    flags: comments || history ? cols.marks.slice() : cols.marks,
    histCvr: history ? new Float64Array(n).fill(-1) : noData(),
    histViews: history ? new Float64Array(n) : zero(),
  };
  if (comments) for (let i = 0; i < n; i++) mergeComments(added, cols.key, i, comments);
  // History goes into the rows (the sidebar's payload too); the selection applies it only with useHistory.
  if (history)
    for (let i = 0; i < n; i++) {
      const past = history(cols.handle[i]!, cols.platform[i]!);
      if (!past) continue;
      if (past.lastVerdict === 'doNotRebook') added.flags[i]! |= FLAG_LAST_NO_REBOOK;
      added.histCvr[i] = past.measuredCvr ?? -1;
      added.histViews[i] = past.medianViews ?? 0;
    }
  return { row: cols.row, fee: cols.fee, views: cols.views, followers: cols.followers, er: cols.er, key: cols.key, ...added };
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
function mergeComments(rows: Added, keys: readonly string[], i: number, comments: CommentShares): void {
  const key = keys[i]!;
  const s = key === '' ? null : shareOf(comments, key);
  if (!s) return;
  if (!s.estimated || rows.intent[i]! < 0) {
    rows.intent[i] = s.share;
    if (s.estimated) rows.flags[i]! |= FLAG_INTENT_ESTIMATED;
  }
  rows.intentCount[i] = s.count;
}

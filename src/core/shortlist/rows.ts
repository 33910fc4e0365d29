// The roster as read (creators) to the compact per-column rows the selection
// works on, with the comments sheet's per-creator shares merged in.

import { CommentShares, shareOf } from '../comments/shares';
import { Creator, RosterRead, RuleOptions } from '../roster/read';
import { Preset } from '../tiers';
import type { VerdictCode } from '../evaluate/verdict';
import { emptyRows, FLAG_EXCLUDE, FLAG_INTENT_ESTIMATED, FLAG_LAST_NO_REBOOK, FLAG_MUST, PlanRows } from './select';

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
 * The rules readRoster applies while reading, for rows the selection judges
 * later: no cap and no floor (the selection applies them, live in the
 * sidebar), and a placeholder view rate so a row without views keeps its
 * other values — its views go back to 0 in planRows.
 */
export function readRules(preset?: Preset, currency?: string): RuleOptions {
  return { cpvCap: Infinity, erFloor: false, viewRate: 1, ...(preset ? { preset } : {}), ...(currency ? { currency } : {}) };
}

export function planRows(
  read: RosterRead,
  comments?: CommentShares | null,
  history?: HistoryLookup | null,
): { rows: PlanRows; creators: Creator[] } {
  const rows = emptyRows();
  for (const c of read.creators) pushCreator(rows, c, comments ?? null, history ?? null);
  return { rows, creators: read.creators };
}

function pushCreator(rows: PlanRows, c: Creator, comments: CommentShares | null, history: HistoryLookup | null): void {
  const key = c.key;
  rows.row.push(c.row);
  rows.fee.push(c.fee);
  rows.views.push(c.viewsEstimated ? 0 : c.views);
  rows.followers.push(c.followers);
  rows.er.push(c.er ?? -1);
  // saves + shares + sends where any is readable; -1: none
  let actions = -1;
  for (const x of [c.saves, c.shares, c.sends]) if (typeof x === 'number') actions = (actions < 0 ? 0 : actions) + x;
  rows.actions.push(actions);
  let flags = (c.mustCell ? FLAG_MUST : 0) | (c.excludeCell ? FLAG_EXCLUDE : 0);
  let intent = typeof c.intent === 'number' ? c.intent : -1;
  let count = 0;
  if (comments) {
    const s = key === '' ? null : shareOf(comments, key);
    // A creator's own comments decide; with too few, the roster's column, else the pooled share (estimated).
    if (s && (!s.estimated || intent < 0)) {
      intent = s.share;
      count = s.count;
      if (s.estimated) flags |= FLAG_INTENT_ESTIMATED;
    } else if (s) {
      count = s.count;
    }
  }
  // History goes into the rows (the sidebar's payload too); the selection applies it only with useHistory.
  const past = history ? history(c.handle, c.platform) : null;
  if (past?.lastVerdict === 'doNotRebook') flags |= FLAG_LAST_NO_REBOOK;
  rows.histCvr.push(past?.measuredCvr ?? -1);
  rows.histViews.push(past?.medianViews ?? 0);
  rows.intent.push(intent);
  rows.intentCount.push(count);
  rows.flags.push(flags);
  rows.key.push(key);
}

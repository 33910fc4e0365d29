// The roster as read (creators) to the compact per-column rows the selection
// works on, with the comments sheet's per-creator shares merged in.

import { CommentShares, shareOf } from '../comments/shares';
import { Creator, RosterRead, RuleOptions } from '../roster/read';
import { Preset } from '../tiers';
import type { VerdictCode } from '../evaluate/verdict';
import { FLAG_EXCLUDE, FLAG_INTENT_ESTIMATED, FLAG_LAST_NO_REBOOK, FLAG_MUST, PlanRows } from './select';

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
  const list = read.creators;
  const n = list.length;
  // Sized once and filled by index: a big roster has 250,000 creators × 12 columns.
  const num = () => new Array<number>(n).fill(0);
  const rows: PlanRows = {
    row: num(),
    fee: num(),
    views: num(),
    followers: num(),
    er: num(),
    actions: num(),
    intent: num(),
    intentCount: num(),
    flags: num(),
    key: new Array<string>(n).fill(''),
    histCvr: num(),
    histViews: num(),
  };
  for (let i = 0; i < n; i++) setCreator(rows, i, list[i]!, comments ?? null, history ?? null);
  return { rows, creators: list };
}

function setCreator(rows: PlanRows, i: number, c: Creator, comments: CommentShares | null, history: HistoryLookup | null): void {
  const key = c.key;
  rows.row[i] = c.row;
  rows.fee[i] = c.fee;
  rows.views[i] = c.viewsEstimated ? 0 : c.views;
  rows.followers[i] = c.followers;
  rows.er[i] = c.er ?? -1;
  // saves + shares + sends where any is readable; -1: none
  let actions = -1;
  for (const x of [c.saves, c.shares, c.sends]) if (typeof x === 'number') actions = (actions < 0 ? 0 : actions) + x;
  rows.actions[i] = actions;
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
  rows.histCvr[i] = past?.measuredCvr ?? -1;
  rows.histViews[i] = past?.medianViews ?? 0;
  rows.intent[i] = intent;
  rows.intentCount[i] = count;
  rows.flags[i] = flags;
  rows.key[i] = key;
}

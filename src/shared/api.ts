// What crosses google.script.run, as JSON-safe types: no Date, no class, no
// undefined inside arrays. The sidebar's typed RPC is built from ServerApi;
// src/server/api.ts implements it (`satisfies ServerApi`). Arguments are the
// wire types users' text can reach (numbers as `number | string`); the server
// still validates them at runtime.

import type { Field } from '../core/roster/headers';
import type { Locale } from '../core/i18n';
import type { Reason, Role } from '../core/roster/read';
import type { NumberInput, ShortlistSettingsInput } from './settings';
import type { Payload } from '../core/shortlist/payload';
import type { Objective } from '../core/shortlist/objective';
import type { Tier } from '../core/tiers';
import type { VerdictCode } from '../core/evaluate/verdict';
import type { Totals } from '../core/evaluate/evaluate';

export type { Field, Locale, NumberInput, Objective, Payload, Reason, Role, ShortlistSettingsInput, Tier, VerdictCode };

export interface SelectedCreator {
  row: number;
  handle: string;
  platform: string;
  role: Role;
  tier: string;
  followers: number;
  views: number;
  fee: number;
  cpv: number;
  value: number;
  mustInclude: boolean;
}

export interface ShortlistResult {
  selected: SelectedCreator[];
  spend: number;
  views: number;
  blendedCpv: number;
  excluded: Partial<Record<Reason, number>>;
  outputSheet: string;
  reachSpend: number;
  empathySpend: number;
  budget: number;
  objective: Objective;
  /** the objective's total */
  value: number;
  /** optimality proven; otherwise value ≤ bound */
  proven: boolean;
  bound: number;
  /** 1-based row of the "all roster rows" section on the output sheet */
  allRowsAt: number;
  /** rows of the roster, each with exactly one status */
  statusCounts: { chosen: number; excluded: number; notChosen: number };
}

/** The comments sheet as read for the sidebar (the 'intent' objective). */
export interface CommentsInfo {
  sheet: string;
  comments: number;
  creators: number;
  /** creators with fewer than MIN_COMMENTS comments (their share is estimated) */
  estimated: number;
  /** a problem reading it, in the user's language */
  problem: string | null;
}

/** What getShortlistContext reads besides the roster: the comments sheet and the ER table. */
export interface ContextOptions {
  commentsSheet?: { sheet: string; handle?: string; comment?: string } | null;
  erPreset?: 'seed' | 'instagram' | 'tiktok' | { sheet: string; range: string };
}

export interface HeaderInfo {
  row: number; // 1-based sheet row of the header
  headers: string[];
  columns: Partial<Record<Field, string>>; // field → header text as detected (or as saved)
}

export interface ShortlistContext {
  locale: Locale;
  currencySymbol: string;
  sheets: string[];
  /** Sheets this add-on wrote (shortlists, client snapshots): not offered as rosters. */
  outputs: string[];
  rosterSheet: string | null;
  header: HeaderInfo | null;
  headerProblem: string | null; // why no header was found, in the user's language
  settings: ShortlistSettingsInput | null; // saved settings, if any
  /** the rows the live pre-simulation selects from (src/core/shortlist/payload.ts) */
  presim: Payload;
  /** the pooled purchase-intent share of the comments sheet, if one was read */
  pooledIntent: number | null;
  comments: CommentsInfo | null;
  /** the custom ER table read from a range, when the settings name one */
  customTiers: Tier[] | null;
  erPresetProblem: string | null;
  unreadableRows: number;
  /** the add-on's History sheet exists: the sidebar offers "use history" (on by default) */
  hasHistory: boolean;
  /** Saved settings that did not validate and were ignored, said in the user's language; null when none. */
  settingsIgnored: string | null;
}

export interface SnapshotRequest {
  sourceSheet: string;
  hideColumns?: string[];
  name?: string;
}

export interface SnapshotContext {
  locale: Locale;
  sheets: string[];
  sheet: string | null;
  headers: string[];
  /** Columns a client should not see by default: fee, CPV, margin. */
  suggestedHidden: string[];
  /** The add-on's own sheet, whose client view is built from its structure (hiding a figure removes it everywhere). */
  structured: boolean;
}

export interface SnapshotResult {
  sheet: string;
  /** What the snapshot left out, in the sheet's own words (column headers, row labels). */
  removed: string[];
}

export interface FreezeResult {
  sheet: string;
  range: string;
  frozen: number;
  /** The add-on's formulas left as formulas: their result area could not be told from the formula, or it was blocked. */
  skipped: number;
}

export interface FreezeRequest {
  sheet?: string;
  range?: string; // A1; the sheet's data range when absent
}

export interface ResultsRequest {
  /** The Shortlist sheet to start from; default the latest shortlist. */
  shortlistSheet?: string;
  /** The results sheet's name; default 成果 / 성과 / Results. */
  name?: string;
  campaign?: string;
}

export interface ResultsCreated {
  sheet: string;
  campaign: string;
  /** Creators written by this call (a rerun adds only the missing ones). */
  added: number;
  /** Creators already on the sheet, left as they were. */
  kept: number;
}

export interface EvaluateRequest {
  resultsSheet: string;
  /** Numbers, or text as typed ("2", "¥2", "30%"). */
  cpvCap?: number | string;
  cvr?: number | string;
  aov?: number | string;
  margin?: number | string;
  minRoas?: number | string;
  campaign?: string;
}

export interface EvaluatedCreator {
  handle: string;
  platform: string;
  verdict: VerdictCode;
  verdictName: string;
  reason: string;
  actualCpv: number | null;
  roas: number | null;
  targetFee: number | null;
  flagged: boolean;
}

/** The campaign's totals as evaluated (src/core/evaluate), with the sheets involved; JSON-safe as they are. */
export interface EvaluationSummary extends Omit<Totals, 'missingViews' | 'missingRevenue'> {
  campaign: string;
  resultsSheet: string;
  evaluationSheet: string;
  historySheet: string;
  minRoas: number;
  rows: EvaluatedCreator[];
}

export interface ResultsContext {
  locale: Locale;
  currencySymbol: string;
  sheets: string[];
  /** The latest shortlist output, if any. */
  shortlistSheet: string | null;
  /** The add-on's results sheets, newest last. */
  resultsSheets: string[];
  /** The CPV cap of the saved shortlist settings. */
  cpvCap: number | null;
}

/** The functions the sidebar may call. The server implements exactly this. */
export interface ServerApi {
  getShortlistContext(rosterSheet?: string, options?: ContextOptions): ShortlistContext;
  runShortlist(settings: ShortlistSettingsInput): ShortlistResult;
  getSnapshotContext(sheet?: string): SnapshotContext;
  createClientSnapshot(request: SnapshotRequest): SnapshotResult;
  freezeFormulas(request: FreezeRequest): FreezeResult;
  getResultsContext(): ResultsContext;
  createResultsSheet(request: ResultsRequest): ResultsCreated;
  evaluateCampaign(request: EvaluateRequest): EvaluationSummary;
  openSheet(name: string): { sheet: string };
}

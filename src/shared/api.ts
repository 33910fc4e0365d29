// What crosses google.script.run, as JSON-safe types: no Date, no class, no
// undefined inside arrays. The sidebar's typed RPC is built from ServerApi;
// src/server/api.ts implements it (`satisfies ServerApi`). Arguments are the
// wire types users' text can reach (numbers as `number | string`); the server
// still validates them at runtime.

import type { Field } from '../core/roster/headers';
import type { Locale } from '../core/i18n';
import type { Reason, Role } from '../core/roster/read';
import type { NumberInput, ShortlistSettingsInput } from './settings';
import type { VerdictCode } from '../core/evaluate/verdict';

export type { Field, Locale, NumberInput, Reason, Role, ShortlistSettingsInput, VerdictCode };

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
}

export interface ShortlistResult {
  selected: SelectedCreator[];
  spend: number;
  views: number;
  blendedCpv: number;
  excluded: Partial<Record<Reason, number>>;
  outputSheet: string;
  reachSpend: number;
  budget: number;
}

/**
 * The roster's readable rows for the sidebar's pre-simulation, parsed on the
 * server once, column by column to keep the payload small for 250k rows.
 */
export interface Presim {
  fee: number[];
  views: number[]; // 0 when missing (the sidebar may estimate it from followers × view rate)
  followers: number[];
  erBelow: number[]; // 1 when the ER is below its tier's band (default preset)
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
  presim: Presim;
  unreadableRows: number;
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

export interface EvaluationSummary {
  campaign: string;
  resultsSheet: string;
  evaluationSheet: string;
  historySheet: string;
  creators: number;
  counts: Record<VerdictCode, number>;
  /** Creators without a verdict for want of data (blank is not zero). */
  missing: number;
  flagged: number;
  spend: number;
  views: number;
  orders: number;
  revenue: number;
  blendedCpv: number | null;
  plannedBlendedCpv: number | null;
  cap: number;
  minRoas: number;
  roas: number | null;
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
  getShortlistContext(rosterSheet?: string): ShortlistContext;
  runShortlist(settings: ShortlistSettingsInput): ShortlistResult;
  getSnapshotContext(sheet?: string): SnapshotContext;
  createClientSnapshot(request: SnapshotRequest): SnapshotResult;
  freezeFormulas(request: FreezeRequest): FreezeResult;
  getResultsContext(): ResultsContext;
  createResultsSheet(request: ResultsRequest): ResultsCreated;
  evaluateCampaign(request: EvaluateRequest): EvaluationSummary;
  openSheet(name: string): { sheet: string };
}

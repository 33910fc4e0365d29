// Roster rows to columns and creators: parse each value once with the shared
// parser, apply the seed's rules (CPV cap, ER floor, roles) and give every
// row that cannot be chosen a reason. The shortlist reads the columns; one
// creator object is made only where one is asked for.

import { cellText } from '../grid';
import { InputError, show } from '../i18n';
import { isBlank, namesSheetCurrency, nfkc, parseEr, parseNumber, NumberKind, ParseOptions } from '../parse';
import { cpvOf } from '../metrics';
import { DEFAULT_PRESET, erColumnInPercentPoints, Preset, Tier, tierOf, Verdict, verdictOf } from '../tiers';
import { ColumnMap, columnLetter, Field, headerUnitOf, saysPercent } from './headers';
import { handleKey, platformKey } from './keys';

export const REACH_MIN_FOLLOWERS = 100_000;
/** A hair of tolerance so ¥2.000000001 from float division is not "over ¥2" (the server's and the sidebar's cap check). */
export const CAP_TOLERANCE = 1 + 1e-12;
export type Role = 'reach' | 'empathy';

export interface Creator {
  row: number; // 1-based sheet row
  handle: string;
  platform: string;
  followers: number;
  views: number;
  viewsEstimated: boolean;
  fee: number;
  cpv: number;
  er: number | null;
  tier: string;
  verdict: Verdict | null;
  role: Role;
  /** handleKey(handle): the creator key, computed once while deduplicating */
  key: string;
  /** Per-post saves, shares and sends where the roster has them (null: no readable value). */
  saves?: number | null;
  shares?: number | null;
  sends?: number | null;
  /** Purchase-intent comment share from the roster's intent column (0–1), null without one. */
  intent?: number | null;
  /** Cell address of a mark in the roster's must-include / exclude column ('' when none). */
  mustCell?: string;
  excludeCell?: string;
}

export const REASONS = [
  'duplicate',
  'unreadable',
  'noFee',
  'noViews',
  'noFollowers',
  'overCap',
  'erBelow',
  'userExcluded',
  'noActions',
  'lastVerdict',
] as const;
export type Reason = (typeof REASONS)[number];

export interface Exclusion {
  row: number;
  handle: string;
  platform: string;
  reason: Reason;
  detail: string; // cell address, the CPV over the cap, the ER below the band…
  error?: InputError; // for unreadable cells: what was wrong, to be said in the user's language
  cpv?: number;
  er?: number;
  fee?: number;
  followers?: number;
  /** How far from passing, for "closest to passing": CPV ÷ cap, or band low ÷ ER. */
  gap?: number;
}

export interface RuleOptions {
  cpvCap: number;
  erFloor: boolean;
  viewRate: number | null;
  /** The ER table for tiers and verdicts (default: the seed's), as ER_TIER's preset. */
  preset?: Preset;
  /** The spreadsheet's currency code ('JPY'…; '' or absent when unknown): a fee in another currency is refused. */
  currency?: string;
}

export interface RosterRead {
  creators: Creator[]; // rows parsed, before the cap and ER floor
  eligible: Creator[];
  excluded: Exclusion[];
  dataRows: number;
}

function text(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  return cellText(v).trim();
}
const INTERACTIONS = ['likes', 'comments', 'saves', 'shares'] as const;

// A totals line under the data ("合計", "Total", "합계") is not a creator.
const TOTAL_ROW = /^(合計|小計|総計|計|total|subtotal|sum|grand total|합계|소계|총계)$/i;
const isTotalRow = (handle: string): boolean => handle.length <= 11 && handle.charCodeAt(0) !== 0x40 && TOTAL_ROW.test(nfkc(handle));
const BARE_DIGITS = /^[\d.,\s]+$/;

/** A cell that cannot be read: its address and what was wrong. */
class UnreadableCell extends Error {
  readonly address: string;
  readonly error: InputError;
  constructor(address: string, error: InputError) {
    const v8 = Error as { stackTraceLimit?: number }; // V8's, as in InputError
    const limit = v8.stackTraceLimit;
    v8.stackTraceLimit = 0; // a user's bad cell, not a bug: no stack to capture
    super(`${address}: ${error.message}`);
    v8.stackTraceLimit = limit;
    this.address = address;
    this.error = error;
  }
}

/** One column's reading: where it is and how its plain numbers scale. */
interface Column {
  col: number; // -1 when absent
  factor: number; // the header's unit
}

function columnOf(map: ColumnMap, headers: readonly unknown[], f: Field, currency: string): Column {
  const col = map[f];
  if (col === undefined) return { col: -1, factor: 1 };
  if (f !== 'fee' && f !== 'views' && f !== 'followers') return { col, factor: 1 };
  const unit = headerUnitOf(headers[col]);
  if (f === 'fee' && unit.currency !== '' && !namesSheetCurrency(unit.currency, currency)) {
    throw new InputError('headerForeignCurrency', { header: show(headers[col]), unit: unit.currency, sheet: currency });
  }
  return { col, factor: unit.factor };
}

function readCell(cells: readonly unknown[], c: Column, kind: NumberKind, row: number, opts: ParseOptions): number | null {
  if (c.col < 0) return null;
  let v = cells[c.col];
  try {
    if (c.factor !== 1) {
      // Plain numbers under a header with a unit ("フォロワー数（万人）") are in that unit;
      // bare digits typed as text take it too; "12万" keeps its own.
      if (typeof v === 'number') v = v * c.factor;
      else if (typeof v === 'string' && BARE_DIGITS.test(nfkc(v))) v = (parseNumber(v, 'number') ?? 0) * c.factor;
    }
    return parseNumber(v, kind, opts);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    throw new UnreadableCell(`${columnLetter(c.col)}${row}`, err);
  }
}

function readErCell(cells: readonly unknown[], col: number, percentPoints: boolean, row: number): number | null {
  if (col < 0) return null;
  try {
    return parseEr(cells[col], percentPoints);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    throw new UnreadableCell(`${columnLetter(col)}${row}`, err);
  }
}

/**
 * Without an ER column, the ER from the interaction columns there are:
 * (likes + comments + saves + shares) per follower. Optional columns never
 * exclude a row: an unreadable one is left out of the sum.
 */
function erFromInteractions(cells: readonly unknown[], cols: readonly number[], followers: number): number | null {
  let sum = 0;
  let any = false;
  for (const col of cols) {
    try {
      const n = parseNumber(cells[col], 'count');
      if (n !== null) {
        sum += n;
        any = true;
      }
    } catch {
      // left out
    }
  }
  return any ? sum / followers : null;
}

function isBlankRow(cells: readonly unknown[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) return false;
  return true;
}

/**
 * The roster's readable rows, one array per column: what the selection and
 * the output read, with no object per row (a big roster has 250,000). Rows
 * that cannot be read (duplicates, unreadable cells, no fee, no views or
 * followers) are in `excluded`, in row order, with their reason.
 */
export interface RosterColumns {
  /** 1-based sheet row (a sheet has at most 10 million) */
  row: Int32Array;
  handle: string[];
  platform: string[];
  /** handleKey(handle) */
  key: string[];
  fee: Float64Array;
  /** 0: none (the row has followers, so a view rate may estimate them) */
  views: Float64Array;
  followers: Float64Array;
  /** fraction; -1: none */
  er: Float64Array;
  /** per-post saves, shares, sends and the intent share; null: no such column; NaN: blank or unreadable */
  saves: Float64Array | null;
  shares: Float64Array | null;
  sends: Float64Array | null;
  intent: Float64Array | null;
  /** MARK_MUST | MARK_EXCLUDE: a planner's mark in the must-include / exclude column */
  marks: Uint8Array;
  /** the mark columns (-1: none), for the marks' cell addresses */
  mustCol: number;
  excludeCol: number;
  excluded: Exclusion[];
  dataRows: number;
}

export const MARK_MUST = 1;
export const MARK_EXCLUDE = 2;

export interface ReadOptions {
  /** The spreadsheet's currency code ('JPY'…; '' or absent when unknown): a fee in another currency is refused. */
  currency?: string | undefined;
}

const OPTIONAL = ['saves', 'shares', 'sends', 'intent'] as const;

/**
 * Reads data rows (values below the header row) into columns.
 * firstRow is the 1-based sheet row of values[0], for cell addresses.
 */
export function readColumns(
  values: readonly (readonly unknown[])[],
  map: ColumnMap,
  headers: readonly unknown[],
  firstRow: number,
  o: ReadOptions = {},
): RosterColumns {
  const currency = o.currency ?? '';
  // Typed columns sized for every row and cut to the readable ones: no growth, nothing for the collector to trace,
  // and no wider than their values need (their memory is what makes the collector run, 250,000 rows at a time).
  const size = values.length;
  const column = () => new Float64Array(size);
  const optional = (f: (typeof OPTIONAL)[number]) => (map[f] === undefined ? null : column());
  const row = new Int32Array(size);
  const fees = column();
  const viewsCol = column();
  const followersCol = column();
  const ers = column();
  const marks = new Uint8Array(size);
  const saves = optional('saves');
  const shares = optional('shares');
  const sends = optional('sends');
  const intent = optional('intent');
  // The text columns too are sized once and cut: 250,000 pushes would copy each array as it grows.
  const handles = new Array<string>(size);
  const platforms = new Array<string>(size);
  const keys = new Array<string>(size);
  const excluded: Exclusion[] = [];
  let dataRows = 0;
  let n = 0;
  const seen = new Map<string, Set<string>>(); // platform key → handle keys: no key string built per row
  const seenTyped = new Map<string, Set<string>>(); // the same sets by the platform as typed: one lookup a row
  const erCol = map.er ?? -1;
  // The column rule ER_TIER shares: plain numbers are percent points when the header says % or most are above 1.
  const percentPoints = erCol >= 0 && erColumnInPercentPoints(values, saysPercent(headers[erCol]), erCol);
  const fee = columnOf(map, headers, 'fee', currency);
  const views = columnOf(map, headers, 'views', currency);
  const followers = columnOf(map, headers, 'followers', currency);
  const handleCol = map.handle ?? -1;
  const platformCol = map.platform ?? -1;
  const mustCol = map.must ?? -1;
  const excludeCol = map.exclude ?? -1;
  const interactionCols = INTERACTIONS.filter((f) => map[f] !== undefined).map((f) => map[f]!);
  const money: ParseOptions = { currency };
  // Most rows repeat the row before's platform: its set of handles, without a lookup.
  let lastPlatform: string | null = null;
  let handlesSeen = new Set<string>();

  for (let i = 0; i < values.length; i++) {
    const cells = values[i]!;
    const handle = handleCol < 0 ? '' : text(cells[handleCol]);
    if (handle === '' && isBlankRow(cells)) continue;
    const at = firstRow + i;
    const platform = platformCol < 0 ? '' : text(cells[platformCol]);
    if (handle !== '' && isTotalRow(handle)) continue;
    dataRows++;

    const key = handleKey(handle);
    if (handle !== '') {
      if (platform !== lastPlatform) {
        let set = seenTyped.get(platform);
        if (!set) {
          const pk = platformKey(platform);
          set = seen.get(pk);
          if (!set) seen.set(pk, (set = new Set()));
          seenTyped.set(platform, set);
        }
        handlesSeen = set;
        lastPlatform = platform;
      }
      const before = handlesSeen.size;
      handlesSeen.add(key);
      if (handlesSeen.size === before) {
        excluded.push({ row: at, handle, platform, reason: 'duplicate', detail: handle });
        continue;
      }
    }

    let f: number | null, v: number | null, fo: number | null, er: number | null;
    try {
      f = readCell(cells, fee, 'money', at, money);
      v = readCell(cells, views, 'count', at, money);
      fo = readCell(cells, followers, 'count', at, money);
      er = readErCell(cells, erCol, percentPoints, at);
    } catch (err) {
      if (!(err instanceof UnreadableCell)) throw err;
      excluded.push({ row: at, handle, platform, reason: 'unreadable', detail: err.address, error: err.error });
      continue;
    }

    if (f === null || f <= 0) {
      excluded.push({ row: at, handle, platform, reason: 'noFee', detail: f === null ? '' : show(f) });
      continue;
    }
    // No views: a view rate may estimate them from the followers, so the row is kept where it has some.
    const noViews = v === null || v <= 0;
    if (noViews && !(fo !== null && fo > 0)) {
      const e: Exclusion = { row: at, handle, platform, reason: 'noViews', detail: '', fee: f };
      if (fo !== null) e.followers = fo;
      excluded.push(e);
      continue;
    }
    if (fo === null) {
      excluded.push({ row: at, handle, platform, reason: 'noFollowers', detail: '' });
      continue;
    }
    if (er === null && fo > 0 && interactionCols.length > 0) er = erFromInteractions(cells, interactionCols, fo);

    row[n] = at;
    handles[n] = handle;
    platforms[n] = platform;
    keys[n] = key;
    fees[n] = f;
    viewsCol[n] = noViews ? 0 : v!;
    followersCol[n] = fo;
    ers[n] = er ?? -1;
    // Optional KPI columns: an unreadable one is no data, never a wrong number.
    if (saves) saves[n] = optionalNumber(cells[map.saves!], 'count');
    if (shares) shares[n] = optionalNumber(cells[map.shares!], 'count');
    if (sends) sends[n] = optionalNumber(cells[map.sends!], 'count');
    if (intent) intent[n] = optionalNumber(cells[map.intent!], 'rate');
    marks[n] = (mustCol >= 0 && isMark(cells[mustCol]) ? MARK_MUST : 0) | (excludeCol >= 0 && isMark(cells[excludeCol]) ? MARK_EXCLUDE : 0);
    n++;
  }
  const cut = <A extends Float64Array | Int32Array | Uint8Array>(c: A) => c.subarray(0, n) as A;
  handles.length = platforms.length = keys.length = n;
  return {
    row: cut(row),
    handle: handles,
    platform: platforms,
    key: keys,
    fee: cut(fees),
    views: cut(viewsCol),
    followers: cut(followersCol),
    er: cut(ers),
    saves: saves && cut(saves),
    shares: shares && cut(shares),
    sends: sends && cut(sends),
    intent: intent && cut(intent),
    marks: cut(marks),
    mustCol,
    excludeCol,
    excluded,
    dataRows,
  };
}

function optionalNumber(v: unknown, kind: NumberKind): number {
  try {
    return parseNumber(v, kind) ?? NaN;
  } catch {
    return NaN;
  }
}

const orNull = (x: number): number | null => (x === x ? x : null);

/** The creator in columns' row i, with its tier, verdict, role and CPV (views as read: 0 when none). */
export function creatorAt(c: RosterColumns, i: number, preset: Preset = DEFAULT_PRESET): Creator {
  const followers = c.followers[i]!;
  const er = c.er[i]! >= 0 ? c.er[i]! : null;
  let tier: Tier;
  try {
    tier = tierOf(followers, preset);
  } catch (err) {
    // Below the smallest tier of a custom table: not a tier of its own.
    if (!(err instanceof InputError)) throw err;
    tier = { min: 0, name: '', low: 0, high: Infinity };
  }
  const row = c.row[i]!;
  const creator: Creator = {
    row,
    handle: c.handle[i]!,
    platform: c.platform[i]!,
    followers,
    views: c.views[i]!,
    viewsEstimated: false,
    fee: c.fee[i]!,
    cpv: cpvOf(c.fee[i]!, c.views[i]!),
    er,
    tier: tier.name,
    verdict: er === null ? null : verdictOf(er, tier),
    role: followers >= REACH_MIN_FOLLOWERS ? 'reach' : 'empathy',
    key: c.key[i]!,
  };
  for (const f of OPTIONAL) {
    const col = c[f];
    if (col) creator[f] = orNull(col[i]!);
  }
  if (c.marks[i]! & MARK_MUST) creator.mustCell = `${columnLetter(c.mustCol)}${row}`;
  if (c.marks[i]! & MARK_EXCLUDE) creator.excludeCell = `${columnLetter(c.excludeCol)}${row}`;
  return creator;
}

/**
 * Reads data rows (values below the header row) as creators with the rules
 * applied: the CPV cap, the ER floor and the view rate.
 * firstRow is the 1-based sheet row of values[0], for cell addresses.
 */
export function readRoster(
  values: readonly (readonly unknown[])[],
  map: ColumnMap,
  headers: readonly unknown[],
  firstRow: number,
  rules: RuleOptions,
): RosterRead {
  const cols = readColumns(values, map, headers, firstRow, { currency: rules.currency });
  const creators: Creator[] = [];
  const eligible: Creator[] = [];
  const excluded: Exclusion[] = [];
  const read = cols.excluded;
  let e = 0;
  // The reading's exclusions and the rules' come in row order: a merge, no sort.
  for (let i = 0; i < cols.row.length; i++) {
    const creator = creatorAt(cols, i, rules.preset);
    while (e < read.length && read[e]!.row < creator.row) excluded.push(read[e++]!);
    if (creator.views <= 0) {
      const estimate = rules.viewRate === null ? 0 : creator.followers * rules.viewRate;
      if (!(estimate > 0)) {
        excluded.push({ ...who(creator), reason: 'noViews', detail: '', fee: creator.fee, followers: creator.followers });
        continue;
      }
      creator.views = estimate;
      creator.viewsEstimated = true;
      creator.cpv = cpvOf(creator.fee, creator.views);
    }
    creators.push(creator);
    const verdict = checkRules(creator, rules);
    if (verdict) excluded.push(verdict);
    else eligible.push(creator);
  }
  while (e < read.length) excluded.push(read[e++]!);
  return { creators, eligible, excluded, dataRows: cols.dataRows };
}

const who = (c: Creator) => ({ row: c.row, handle: c.handle, platform: c.platform });

/** The cap and the ER floor; null when the creator passes. */
export function checkRules(c: Creator, rules: RuleOptions): Exclusion | null {
  // A hair of tolerance so ¥2.000000001 from float division is not "over ¥2".
  if (c.cpv > rules.cpvCap * CAP_TOLERANCE) {
    return {
      row: c.row,
      handle: c.handle,
      platform: c.platform,
      cpv: c.cpv,
      reason: 'overCap',
      detail: String(round(c.cpv, 4)),
      gap: c.cpv / rules.cpvCap,
    };
  }
  if (rules.erFloor && c.er !== null && c.verdict === 'below') {
    const band = tierByName(c.tier, rules.preset ?? DEFAULT_PRESET);
    return {
      row: c.row,
      handle: c.handle,
      platform: c.platform,
      cpv: c.cpv,
      er: c.er,
      reason: 'erBelow',
      detail: `${c.tier} ${round(c.er * 100, 2)}% < ${round(band.low * 100, 2)}%`,
      gap: band.low / Math.max(c.er, 1e-9),
    };
  }
  return null;
}

/** A planner's mark in a 確定/除外 column: anything but blank, FALSE, 0, "no", "-", "×". */
export function isMark(v: unknown): boolean {
  if (isBlank(v) || v === false || v === 0) return false;
  const s = String(v).normalize('NFKC').trim().toLowerCase();
  return !/^(false|0|no|n|-|—|×|いいえ|아니오|なし|없음)$/.test(s);
}

function tierByName(name: string, preset: Preset): Tier {
  for (const t of preset.tiers) if (t.name === name) return t;
  throw new Error(`no tier ${name}`);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

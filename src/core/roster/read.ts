// Roster rows to creators: parse each value once with the shared parser,
// apply the seed's rules (CPV cap, ER floor, roles) and give every row that
// cannot be chosen a reason.

import { cellText } from '../grid';
import { InputError, show } from '../i18n';
import { isBlank, namesSheetCurrency, nfkc, parseEr, parseNumber, NumberKind, ParseOptions } from '../parse';
import { cpvOf } from '../metrics';
import { DEFAULT_PRESET, erColumnInPercentPoints, Preset, Tier, tierOf, Verdict, verdictOf } from '../tiers';
import { ColumnMap, columnLetter, Field, headerUnitOf, saysPercent } from './headers';

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
const ASCII = /^[^\u0080-\uffff]*$/; // only code units below 0x80

// Platform names as typed: "IG", "インスタ", "인스타그램" are one platform.
const PLATFORM_SYNONYMS: [RegExp, string][] = [
  [/^(ig|insta|instagram|インスタ|インスタグラム|인스타|인스타그램)$/, 'instagram'],
  [/^(tt|tiktok|ティックトック|ティクトク|틱톡)$/, 'tiktok'],
  [/^(yt|youtube|ユーチューブ|유튜브|youtubeshorts|shorts)$/, 'youtube'],
  [/^(x|twitter|ツイッター|트위터)$/, 'x'],
];

const URL_RE = /^(?:https?:\/\/)?(?:www\.|m\.|mobile\.|vm\.|vt\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(\/[^?#\s]*)?(\?[^#\s]*)?/i;
// Instagram paths that name a post, not a person.
const IG_POSTS = new Set(['p', 'reel', 'reels', 'tv', 'explore', 'stories']);

/**
 * The same creator however the handle was pasted: "@Name", "name",
 * "https://www.instagram.com/name/", "youtube.com/@name" key on the name.
 * A URL keys on the part that names the creator: YouTube /channel/UC… (case
 * kept: channel IDs are case-sensitive), /c/…, /user/… and /@… are kept
 * apart; TikTok /@name/video/… is @name; X /name/status/… is name. A URL that
 * names no creator (an Instagram /reel/ or /p/, a YouTube video, a TikTok
 * short link) keys on the whole URL, so distinct creators are never merged.
 */
export function handleKey(handle: string): string {
  const h = (ASCII.test(handle) ? handle : nfkc(handle)).trim();
  if (h.indexOf('/') < 0) return withAt(lowerCased(h));
  const url = URL_RE.exec(h);
  if (!url) return withAt(h.toLowerCase());
  const host = url[1]!.toLowerCase();
  const parts = (url[2] ?? '').split('/').filter((p) => p !== '');
  const whole = `${host}${parts.length ? `/${parts.join('/')}` : ''}${url[3] ?? ''}`; // case kept: post and video IDs are case-sensitive
  const first = parts[0] ?? '';
  const lower = first.toLowerCase();
  if (/(^|\.)instagram\.com$/.test(host)) {
    if (lower === 'stories' && parts[1]) return withAt(parts[1].toLowerCase());
    if (IG_POSTS.has(lower) || first === '') return whole;
    return withAt(lower);
  }
  if (/(^|\.)tiktok\.com$/.test(host)) return first.startsWith('@') ? lower : whole;
  if (/(^|\.)youtube\.com$/.test(host)) {
    if (first.startsWith('@')) return lower;
    if (lower === 'channel' && parts[1]) return `youtube/channel/${parts[1]}`;
    if ((lower === 'c' || lower === 'user') && parts[1]) return `youtube/${lower}/${parts[1].toLowerCase()}`;
    return whole; // /watch, /shorts/…: a video
  }
  if (/(^|\.)(x|twitter)\.com$/.test(host)) return first === '' ? whole : withAt(lower);
  return whole.toLowerCase();
}

// Keys are "@name": a handle typed with its "@" (most are) is its own key, no new string per row.
/** toLowerCase allocates a new string even when nothing changes: most handles are lower-case already. */
function lowerCased(h: string): string {
  for (let i = 0; i < h.length; i++) {
    const c = h.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c > 0x7f) return h.toLowerCase();
  }
  return h;
}

const withAt = (h: string): string => (h.charCodeAt(0) === 0x40 ? h : `@${h}`);

const platformKeys = new Map<string, string>();

export function platformKey(platform: string): string {
  const known = platformKeys.get(platform);
  if (known !== undefined) return known;
  let p = (ASCII.test(platform) ? platform : nfkc(platform)).toLowerCase().replace(/[\s_\-・.]/g, '');
  for (const [re, name] of PLATFORM_SYNONYMS) {
    if (re.test(p)) {
      p = name;
      break;
    }
  }
  if (platformKeys.size < 1000) platformKeys.set(platform, p);
  return p;
}

const INTERACTIONS = ['likes', 'comments', 'saves', 'shares'] as const;

// A totals line under the data ("合計", "Total", "합계") is not a creator.
const TOTAL_ROW = /^(合計|小計|総計|計|total|subtotal|sum|grand total|합계|소계|총계)$/i;
const isTotalRow = (handle: string): boolean =>
  handle.length <= 11 && handle.charCodeAt(0) !== 0x40 && TOTAL_ROW.test(ASCII.test(handle) ? handle : nfkc(handle));
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
      else if (typeof v === 'string' && BARE_DIGITS.test(ASCII.test(v) ? v : nfkc(v))) v = (parseNumber(v, 'number') ?? 0) * c.factor;
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
 * Reads data rows (values below the header row).
 * firstRow is the 1-based sheet row of values[0], for cell addresses.
 */
export function readRoster(
  values: readonly (readonly unknown[])[],
  map: ColumnMap,
  headers: readonly unknown[],
  firstRow: number,
  rules: RuleOptions,
): RosterRead {
  const creators: Creator[] = [];
  const eligible: Creator[] = [];
  const excluded: Exclusion[] = [];
  const seen = new Map<string, Set<string>>(); // platform key → handle keys: no key string built per row
  const currency = rules.currency ?? '';
  const erCol = map.er ?? -1;
  // The column rule ER_TIER shares: plain numbers are percent points when the header says % or most are above 1.
  const percentPoints = erCol >= 0 && erColumnInPercentPoints(columnCells(values, erCol), saysPercent(headers[erCol]));
  const feeCol = columnOf(map, headers, 'fee', currency);
  const viewsCol = columnOf(map, headers, 'views', currency);
  const followersCol = columnOf(map, headers, 'followers', currency);
  const handleCol = map.handle ?? -1;
  const platformCol = map.platform ?? -1;
  const interactionCols = INTERACTIONS.filter((f) => map[f] !== undefined).map((f) => map[f]!);
  const money: ParseOptions = { currency };
  let dataRows = 0;

  for (let i = 0; i < values.length; i++) {
    const cells = values[i]!;
    if (isBlankRow(cells)) continue;
    const row = firstRow + i;
    const handle = handleCol < 0 ? '' : text(cells[handleCol]);
    const platform = platformCol < 0 ? '' : text(cells[platformCol]);
    if (handle !== '' && isTotalRow(handle)) continue;
    dataRows++;

    const key = handleKey(handle);
    if (handle !== '') {
      const pk = platformKey(platform);
      let handles = seen.get(pk);
      if (!handles) seen.set(pk, (handles = new Set()));
      if (handles.has(key)) {
        excluded.push({ row, handle, platform, reason: 'duplicate', detail: handle });
        continue;
      }
      handles.add(key);
    }

    let fee: number | null, views: number | null, followers: number | null, er: number | null;
    try {
      fee = readCell(cells, feeCol, 'money', row, money);
      views = readCell(cells, viewsCol, 'count', row, money);
      followers = readCell(cells, followersCol, 'count', row, money);
      er = readErCell(cells, erCol, percentPoints, row);
    } catch (err) {
      if (!(err instanceof UnreadableCell)) throw err;
      excluded.push({ row, handle, platform, reason: 'unreadable', detail: err.address, error: err.error });
      continue;
    }

    if (er === null && followers !== null && followers > 0 && interactionCols.length > 0)
      er = erFromInteractions(cells, interactionCols, followers);

    if (fee === null || fee <= 0) {
      excluded.push({ row, handle, platform, reason: 'noFee', detail: fee === null ? '' : show(fee) });
      continue;
    }
    let viewsEstimated = false;
    if ((views === null || views <= 0) && rules.viewRate !== null && followers !== null && followers > 0) {
      views = followers * rules.viewRate;
      viewsEstimated = true;
    }
    if (views === null || views <= 0) {
      const e: Exclusion = { row, handle, platform, reason: 'noViews', detail: '', fee };
      if (followers !== null) e.followers = followers;
      excluded.push(e);
      continue;
    }
    if (followers === null) {
      excluded.push({ row, handle, platform, reason: 'noFollowers', detail: '' });
      continue;
    }

    const preset = rules.preset ?? DEFAULT_PRESET;
    let tier: Tier;
    try {
      tier = tierOf(followers, preset);
    } catch (err) {
      // Below the smallest tier of a custom table: not a tier of its own.
      if (!(err instanceof InputError)) throw err;
      tier = { min: 0, name: '', low: 0, high: Infinity };
    }
    const creator: Creator = {
      row,
      handle,
      platform,
      followers,
      views,
      viewsEstimated,
      fee,
      cpv: cpvOf(fee, views),
      er,
      tier: tier.name,
      verdict: er === null ? null : verdictOf(er, tier),
      role: followers >= REACH_MIN_FOLLOWERS ? 'reach' : 'empathy',
      key,
    };
    // Optional KPI columns: an unreadable one is no data, never a wrong number.
    for (const f of ['saves', 'shares', 'sends', 'intent'] as const) {
      if (map[f] === undefined) continue;
      try {
        creator[f] = parseNumber(cells[map[f]], f === 'intent' ? 'rate' : 'count');
      } catch {
        creator[f] = null;
      }
    }
    if (map.must !== undefined && isMark(cells[map.must])) creator.mustCell = `${columnLetter(map.must)}${row}`;
    if (map.exclude !== undefined && isMark(cells[map.exclude])) creator.excludeCell = `${columnLetter(map.exclude)}${row}`;
    creators.push(creator);
    // The rules here, in row order, so the exclusions need no sort afterwards.
    const verdict = checkRules(creator, rules);
    if (verdict) excluded.push(verdict);
    else eligible.push(creator);
  }
  return { creators, eligible, excluded, dataRows };
}

function columnCells(values: readonly (readonly unknown[])[], col: number): unknown[] {
  const out = new Array<unknown>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]![col];
  return out;
}

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

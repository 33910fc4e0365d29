// Roster rows to creators: parse each value once with the shared parser,
// apply the seed's rules (CPV cap, ER floor, roles) and give every row that
// cannot be chosen a reason.

import { InputError, show } from '../i18n';
import { isBlank, parseNumber, NumberKind } from '../parse';
import { cpvOf } from '../metrics';
import { DEFAULT_PRESET, erTier, Preset, Verdict } from '../tiers';
import { ColumnMap, columnLetter, Field, headerUnit, saysPercent } from './headers';

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

export const REASONS = ['duplicate', 'unreadable', 'noFee', 'noViews', 'noFollowers', 'overCap', 'erBelow', 'userExcluded', 'noActions'] as const;
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
}

export interface RosterRead {
  creators: Creator[]; // rows parsed, before the cap and ER floor
  eligible: Creator[];
  excluded: Exclusion[];
  dataRows: number;
}

/** Plain numbers in an ER column are percent points when the header says % or the column's median is above 100%. */
function erScale(values: readonly (readonly unknown[])[], col: number | undefined, header: unknown): number {
  if (col === undefined) return 1;
  const nums: number[] = [];
  for (const r of values) {
    const v = r[col];
    if (typeof v === 'number' && Number.isFinite(v)) nums.push(v);
  }
  if (nums.length === 0) return 1;
  nums.sort((a, b) => a - b);
  const median = nums[Math.floor(nums.length / 2)]!;
  const threshold = saysPercent(header) ? 0.2 : 1;
  return median > threshold ? 0.01 : 1;
}

const text = (v: unknown): string => (isBlank(v) ? '' : String(v).trim());

// Platform names as typed: "IG", "インスタ", "인스타그램" are one platform.
const PLATFORM_SYNONYMS: [RegExp, string][] = [
  [/^(ig|insta|instagram|インスタ|インスタグラム|인스타|인스타그램)$/, 'instagram'],
  [/^(tt|tiktok|ティックトック|ティクトク|틱톡)$/, 'tiktok'],
  [/^(yt|youtube|ユーチューブ|유튜브|youtubeshorts|shorts)$/, 'youtube'],
  [/^(x|twitter|ツイッター|트위터)$/, 'x'],
];

/** The same creator however the handle was pasted: "@Name", "name", "https://www.instagram.com/name/". */
export function handleKey(handle: string): string {
  const h = handle.normalize('NFKC').trim().toLowerCase();
  const url = /^(?:https?:\/\/)?(?:www\.|m\.)?[a-z0-9.-]+\.[a-z]{2,}\/(?:@)?([^/?#\s]+)/.exec(h);
  return (url ? url[1]! : h).replace(/^@/, '');
}

export function platformKey(platform: string): string {
  const p = platform.normalize('NFKC').toLowerCase().replace(/[\s_\-・.]/g, '');
  for (const [re, name] of PLATFORM_SYNONYMS) if (re.test(p)) return name;
  return p;
}

const dedupeKey = (handle: string, platform: string): string => `${handleKey(handle)}\u0000${platformKey(platform)}`;

const INTERACTIONS = ['likes', 'comments', 'saves', 'shares'] as const;

// A totals line under the data ("合計", "Total", "합계") is not a creator.
const TOTAL_ROW = /^(合計|小計|総計|計|total|subtotal|sum|grand total|합계|소계|총계)$/i;

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
  const excluded: Exclusion[] = [];
  const seen = new Set<string>();
  const scale = erScale(values, map.er, map.er === undefined ? '' : headers[map.er]);
  // Plain numbers under a header with a unit ("フォロワー数（万人）") are in that unit.
  const unit = (f: Field): number => (map[f] === undefined ? 1 : headerUnit(headers[map[f]!]));
  const units = { followers: unit('followers'), views: unit('views'), fee: unit('fee') };
  let dataRows = 0;

  values.forEach((cells, i) => {
    if (cells.every(isBlank)) return;
    dataRows++;
    const row = firstRow + i;
    const cell = (f: Field): unknown => (map[f] === undefined ? '' : cells[map[f]!]);
    const handle = text(cell('handle'));
    const platform = text(cell('platform'));
    if (TOTAL_ROW.test(handle.normalize('NFKC'))) {
      dataRows--;
      return;
    }
    const exclude = (reason: Reason, detail: string, extra: Partial<Exclusion> = {}): void => {
      excluded.push({ row, handle, platform, reason, detail, ...extra });
    };

    if (handle !== '') {
      const key = dedupeKey(handle, platform);
      if (seen.has(key)) return exclude('duplicate', handle);
      seen.add(key);
    }

    /**
     * Without an ER column, the ER from the interaction columns there are:
     * (likes + comments + saves + shares) per follower. Optional columns never
     * exclude a row: an unreadable one is left out of the sum.
     */
    const erFromInteractions = (followers: number): number | null => {
      let sum = 0;
      let any = false;
      for (const f of INTERACTIONS) {
        if (map[f] === undefined) continue;
        try {
          const n = parseNumber(cell(f), 'count');
          if (n !== null) {
            sum += n;
            any = true;
          }
        } catch {
          // left out
        }
      }
      return any ? sum / followers : null;
    };

    const read = (f: Field, kind: NumberKind, v: unknown = cell(f)): number | null => {
      try {
        return parseNumber(v, kind);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        throw new UnreadableCell(`${columnLetter(map[f]!)}${row}`, err);
      }
    };

    let fee: number | null, views: number | null, followers: number | null, er: number | null;
    try {
      const scaled = (f: 'fee' | 'views' | 'followers'): unknown => {
        const v = cell(f);
        if (units[f] === 1) return v;
        if (typeof v === 'number') return v * units[f];
        // Bare digits typed as text take the header's unit too; "12万" keeps its own.
        if (typeof v === 'string' && /^[\d.,\s]+$/.test(v.normalize('NFKC'))) return (read(f, 'number', v) ?? 0) * units[f];
        return v;
      };
      fee = read('fee', 'money', scaled('fee'));
      views = read('views', 'count', scaled('views'));
      followers = read('followers', 'count', scaled('followers'));
      const erCell = cell('er');
      er = read('er', 'rate', typeof erCell === 'number' ? erCell * scale : erCell);
    } catch (err) {
      if (err instanceof UnreadableCell) return exclude('unreadable', err.address, { error: err.error });
      throw err;
    }

    if (er === null && followers !== null && followers > 0) er = erFromInteractions(followers);

    if (fee === null || fee <= 0) return exclude('noFee', fee === null ? '' : show(fee));
    let viewsEstimated = false;
    if ((views === null || views <= 0) && rules.viewRate !== null && followers !== null && followers > 0) {
      views = followers * rules.viewRate;
      viewsEstimated = true;
    }
    if (views === null || views <= 0) return exclude('noViews', '', { fee, ...(followers === null ? {} : { followers }) });
    if (followers === null) return exclude('noFollowers', '');

    const { tier, verdict } = erTier(followers, er ?? 0, rules.preset ?? DEFAULT_PRESET);
    const creator: Creator = {
      row, handle, platform, followers, views, viewsEstimated, fee,
      cpv: cpvOf(fee, views),
      er,
      tier,
      verdict: er === null ? null : verdict,
      role: followers >= REACH_MIN_FOLLOWERS ? 'reach' : 'empathy',
    };
    // Optional KPI columns: an unreadable one is no data, never a wrong number.
    for (const f of ['saves', 'shares', 'sends', 'intent'] as const) {
      if (map[f] === undefined) continue;
      try {
        creator[f] = parseNumber(cell(f), f === 'intent' ? 'rate' : 'count');
      } catch {
        creator[f] = null;
      }
    }
    if (map.must !== undefined && isMark(cell('must'))) creator.mustCell = `${columnLetter(map.must)}${row}`;
    if (map.exclude !== undefined && isMark(cell('exclude'))) creator.excludeCell = `${columnLetter(map.exclude)}${row}`;
    creators.push(creator);
  });

  const eligible: Creator[] = [];
  for (const c of creators) {
    const verdict = checkRules(c, rules);
    if (verdict) excluded.push(verdict);
    else eligible.push(c);
  }
  excluded.sort((a, b) => a.row - b.row);
  return { creators, eligible, excluded, dataRows };
}

/** The cap and the ER floor; null when the creator passes. */
export function checkRules(c: Creator, rules: RuleOptions): Exclusion | null {
  const base = { row: c.row, handle: c.handle, platform: c.platform, cpv: c.cpv };
  // A hair of tolerance so ¥2.000000001 from float division is not "over ¥2".
  if (c.cpv > rules.cpvCap * CAP_TOLERANCE) {
    return { ...base, reason: 'overCap', detail: String(round(c.cpv, 4)), gap: c.cpv / rules.cpvCap };
  }
  if (rules.erFloor && c.er !== null && c.verdict === 'below') {
    const band = (rules.preset ?? DEFAULT_PRESET).tiers.find((t) => t.name === c.tier)!;
    return { ...base, er: c.er, reason: 'erBelow', detail: `${c.tier} ${round(c.er * 100, 2)}% < ${round(band.low * 100, 2)}%`, gap: band.low / Math.max(c.er, 1e-9) };
  }
  return null;
}

/** A planner's mark in a 確定/除外 column: anything but blank, FALSE, 0, "no", "-", "×". */
export function isMark(v: unknown): boolean {
  if (isBlank(v) || v === false || v === 0) return false;
  const s = String(v).normalize('NFKC').trim().toLowerCase();
  return !/^(false|0|no|n|-|—|×|いいえ|아니오|なし|없음)$/.test(s);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

class UnreadableCell extends Error {
  readonly address: string;
  readonly error: InputError;
  constructor(address: string, error: InputError) {
    super(`${address}: ${error.message}`);
    this.address = address;
    this.error = error;
  }
}

// Follower tiers and the ER band each tier is judged against.
// A preset is a list of tiers sorted by their minimum follower count; a
// creator falls in the last tier whose minimum they reach.

import { InputError, WrappedError, show } from './i18n';
import { parseEr, parseNumber, isBlank } from './parse';

export type Verdict = 'below' | 'within' | 'above';

export interface Tier {
  min: number; // inclusive minimum follower count
  name: string;
  low: number; // ER band, fractions, inclusive
  high: number;
}

export interface Preset {
  id: string;
  tiers: Tier[];
  source: string;
}

// The seed whitepaper (Featuring × FLAG, 2026): micro/nano (≤ 10万) 3–8%,
// mid (10万–100万) 1–3%, mega (100万+) about 1%, read as 0.5–1.5%.
const SEED: Preset = {
  id: 'seed',
  source: 'Featuring × FLAG whitepaper (2026): ER by follower zone',
  tiers: [
    { min: 0, name: 'nano', low: 0.03, high: 0.08 },
    { min: 10_000, name: 'micro', low: 0.03, high: 0.08 },
    { min: 100_000, name: 'mid', low: 0.01, high: 0.03 },
    { min: 1_000_000, name: 'mega', low: 0.005, high: 0.015 },
  ],
};

// Untapper, "Influencer Marketing Benchmarks & KPIs (2026)": the "average ER"
// column of its Instagram and TikTok tables (five tiers, Later × Fohr cut-offs
// but mid-tier from 50K). Below the column is "below", above it "above".
const INSTAGRAM: Preset = {
  id: 'instagram',
  source: 'Untapper, Influencer Marketing Benchmarks & KPIs (2026), Instagram',
  tiers: [
    { min: 0, name: 'nano', low: 0.03, high: 0.05 },
    { min: 10_000, name: 'micro', low: 0.02, high: 0.035 },
    { min: 50_000, name: 'mid', low: 0.015, high: 0.025 },
    { min: 500_000, name: 'macro', low: 0.01, high: 0.018 },
    { min: 1_000_000, name: 'mega', low: 0.007, high: 0.012 },
  ],
};

const TIKTOK: Preset = {
  id: 'tiktok',
  source: 'Untapper, Influencer Marketing Benchmarks & KPIs (2026), TikTok (ER by views)',
  tiers: [
    { min: 0, name: 'nano', low: 0.06, high: 0.1 },
    { min: 10_000, name: 'micro', low: 0.04, high: 0.07 },
    { min: 50_000, name: 'mid', low: 0.03, high: 0.05 },
    { min: 500_000, name: 'macro', low: 0.02, high: 0.035 },
    { min: 1_000_000, name: 'mega', low: 0.01, high: 0.02 },
  ],
};

export const PRESETS: Record<string, Preset> = { seed: SEED, instagram: INSTAGRAM, tiktok: TIKTOK };
export const DEFAULT_PRESET = SEED;
export const PRESET_NAMES = Object.keys(PRESETS);

const PLAIN_TEXT_NUMBER = /^\s*\d+(?:\.\d+)?\s*$/;

/**
 * The rule for a whole column (or range) of ERs, shared by the roster reader
 * and ER_TIER: its plain numbers are percent points (3.2 = 3.2%) when their
 * median is above 1, or above 0.2 under a header that says "%". Values written
 * with "%" count as themselves either way. `col` reads the column col of rows
 * of cells (the roster), without copying it out.
 */
export function erColumnInPercentPoints(cells: readonly unknown[], headerSaysPercent?: boolean): boolean;
export function erColumnInPercentPoints(rows: readonly (readonly unknown[])[], headerSaysPercent: boolean, col: number): boolean;
export function erColumnInPercentPoints(cells: readonly unknown[], headerSaysPercent = false, col = -1): boolean {
  // median > t ⟺ at least n − ⌊n/2⌋ of the n numbers are above t: one count, no sort.
  const t = headerSaysPercent ? 0.2 : 1;
  let n = 0;
  let above = 0;
  for (let i = 0; i < cells.length; i++) {
    const v = col < 0 ? cells[i] : (cells[i] as readonly unknown[])[col];
    let x: number;
    if (typeof v === 'number') x = v;
    else if (typeof v === 'string' && endsInDigitOrSpace(v) && PLAIN_TEXT_NUMBER.test(v)) x = Number(v);
    else continue;
    if (x !== x || x === Infinity || x === -Infinity) continue;
    n++;
    if (x > t) above++;
  }
  return n > 0 && above >= n - Math.floor(n / 2);
}

/** "3.2%" needs no regex to be told it is not a plain number (half a roster's ER cells); beyond ASCII, the regex decides. */
function endsInDigitOrSpace(v: string): boolean {
  const c = v.charCodeAt(v.length - 1);
  return (c >= 0x30 && c <= 0x39) || c <= 0x20 || c > 0x7f;
}

/** Looks a preset up by name (case-insensitive; blank = default). */
export function presetByName(name: unknown): Preset {
  if (isBlank(name)) return DEFAULT_PRESET;
  const key = String(name).trim().toLowerCase();
  const found = PRESETS[key];
  if (!found) throw new InputError('unknownPreset', { value: show(name), names: PRESET_NAMES.join(', ') });
  return found;
}

/**
 * Builds a custom preset from rows of (min followers, tier name, low ER, high ER),
 * as a team keeps it in a Settings sheet. Blank rows are skipped; a header row
 * (non-numeric first cell on the first row) is skipped too.
 */
export function presetFromRows(rows: readonly (readonly unknown[])[]): Preset {
  const tiers: Tier[] = [];
  rows.forEach((row, i) => {
    if (row.every(isBlank)) return;
    if (row.length < 4) throw new InputError('presetNeedsRows');
    const [minCell, nameCell, lowCell, highCell] = row;
    if (i === 0 && typeof minCell === 'string' && !/\d/.test(minCell)) return; // header row
    try {
      const min = parseNumber(minCell, 'count');
      // The one ER rule: "3" is neither 3% nor 300% here; it is refused with the hint to write 3% or 0.03.
      const low = parseEr(lowCell);
      const high = parseEr(highCell);
      const name = isBlank(nameCell) ? '' : String(nameCell).trim();
      if (min === null || low === null || high === null) throw new InputError('presetNeedsRows');
      if (name === '') throw new InputError('presetNoTier');
      if (low > high) throw new InputError('presetBandOrder', { low: show(lowCell), high: show(highCell) });
      const prev = tiers[tiers.length - 1];
      if (prev && min <= prev.min) throw new InputError('presetFollowersOrder');
      tiers.push({ min, name, low, high });
    } catch (err) {
      if (err instanceof InputError && err.code !== 'presetNeedsRows') {
        throw new WrappedError('badPresetRow', { row: i + 1 }, err); // said whole in the user's language
      }
      throw err;
    }
  });
  if (tiers.length === 0) throw new InputError('presetNeedsRows');
  return { id: 'custom', tiers, source: 'custom range' };
}

/** Reads the preset argument of ER_TIER: a name, or a range holding a custom table. */
export function resolvePreset(arg: unknown): Preset {
  if (Array.isArray(arg)) {
    const rows = arg as unknown[][];
    if (rows.length === 1 && rows[0]!.length === 1) return presetByName(rows[0]![0]);
    return presetFromRows(rows);
  }
  return presetByName(arg);
}

export function tierOf(followers: number, preset: Preset = DEFAULT_PRESET): Tier {
  let found: Tier | undefined;
  for (const t of preset.tiers) {
    if (followers >= t.min) found = t;
    else break;
  }
  if (!found) throw new InputError('belowSmallestTier', { value: followers });
  return found;
}

export function verdictOf(er: number, tier: Tier): Verdict {
  // Rounded to 1e-12 so 3% typed as "3%" is within a 0.03 band edge.
  const x = Math.round(er * 1e12) / 1e12;
  if (x < tier.low) return 'below';
  if (x > tier.high) return 'above';
  return 'within';
}

export function erTier(followers: number, er: number, preset: Preset = DEFAULT_PRESET): { tier: string; verdict: Verdict } {
  const tier = tierOf(followers, preset);
  return { tier: tier.name, verdict: verdictOf(er, tier) };
}

// The live pre-simulation, in the browser, from ctx.presim (fetched once):
// the exact selection under every current setting, computed by the same
// core function Run uses (src/core/shortlist/select.ts) on the same rows,
// so what it shows is what Run writes. Numbers typed in the form are read
// by the one parser (src/core/parse.ts). Pure functions, no DOM.

import { InputError, Locale } from '../src/core/i18n';
import { parseNumber } from '../src/core/parse';
import { Currency } from '../src/core/currency';
import { CAP_TOLERANCE } from '../src/core/roster/read';
import { PRESETS, Preset, Tier } from '../src/core/tiers';
import { payloadCovers, Payload } from '../src/core/shortlist/payload';
import { CampaignLimits, selectShortlist, Selection, SelectOptions } from '../src/core/shortlist/select';
import type { Objective } from '../src/core/shortlist/objective';

export type FieldKind = 'money' | 'count' | 'percent';

/** Typed text read as the server reads it: blank → null; unreadable → the parser's own reason, in the user's language. */
export function readField(text: string, kind: FieldKind, locale: Locale): { value: number | null; error: string | null } {
  const t = text.trim();
  if (t === '') return { value: null, error: null };
  try {
    const value = kind === 'percent' ? parseNumber(asPercent(t), 'rate') : parseNumber(t, kind);
    return { value, error: null };
  } catch (err) {
    if (err instanceof InputError) return { value: null, error: err.localized(locale) };
    throw err;
  }
}

/** A fraction as percent-point text for an input: 0.3 → "30", 0.015 → "1.5". */
export function percentText(fraction: number): string {
  return String(Number((fraction * 100).toPrecision(12)));
}

/** Text typed in a percent field, for the rate parser: "30" → "30%", "30%" stays. */
export function asPercent(text: string): string {
  const s = text.trim();
  return /[%％]$/.test(s) ? s : `${s}%`;
}

/** Above this many rows the selection is not recomputed exactly on every keystroke. */
export const LIVE_EXACT_ROWS = 5_000;
/** The search budget of an estimate on a large roster (Run uses the full one). */
const ESTIMATE_NODES = 200_000;

export interface LiveSettings extends CampaignLimits {
  objective: Objective;
  missingActions: 'exclude' | 'tierMedian';
  cvr?: number | undefined;
  aov?: number | undefined;
  mustInclude: string[];
  exclude: string[];
  blendedCpvMax?: number | undefined;
  erPreset: string;
  customTiers: Tier[] | null;
  pooledIntent: number | null;
  /** History's effects, as Run applies them (the payload carries History's columns) */
  useHistory: boolean;
  historyViews: 'roster' | 'median';
}

export type Live = { ok: true; exact: boolean; selection: Selection } | { ok: false; exact: boolean; message: string };

export function presetFor(s: Pick<LiveSettings, 'erPreset' | 'customTiers'>): Preset {
  if (s.erPreset === 'range' && s.customTiers) return { id: 'custom', tiers: s.customTiers, source: 'custom range' };
  return PRESETS[s.erPreset] ?? PRESETS.seed!;
}

/** The selection Run would make (exact), or on a roster too large for that as you type, an estimate said as such. */
export function livePresim(p: Payload, s: LiveSettings, currency: Currency, locale: Locale): Live {
  const exact = p.rows.fee.length <= LIVE_EXACT_ROWS && payloadCovers(p, s.cpvCap);
  const o: SelectOptions = {
    ...s,
    preset: presetFor(s),
    ...(exact ? {} : { nodeLimit: ESTIMATE_NODES }),
  };
  try {
    const selection = selectShortlist(p.rows, o, currency);
    // A typed must-include not among the rows sent may be among those left out.
    return { ok: true, exact: exact && (p.omittedFrom === null || selection.mustNotFound.length === 0), selection };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, exact, message: err.localized(locale) };
    throw err;
  }
}

/** The roster's CPVs for the histogram: the rows sent, with views from the view rate where there are none. */
export function cpvsOf(p: Payload, viewRate: number | null): Float64Array {
  const out: number[] = [];
  const r = p.rows;
  for (let i = 0; i < r.fee.length; i++) {
    let v = r.views[i]!;
    if (!(v > 0) && viewRate !== null && viewRate > 0 && r.followers[i]! > 0) v = r.followers[i]! * viewRate;
    if (v > 0 && r.fee[i]! > 0) out.push(r.fee[i]! / v);
  }
  return Float64Array.from(out).sort();
}

/** The q-quantile (0..1) of sorted CPVs, nearest rank; NaN when there are none. */
export function cpvQuantile(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  return sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))]!;
}

export interface Bin {
  /** Creators in the bin within the cap. */
  within: number;
  /** Creators in the bin over the cap. */
  over: number;
}

export interface Histogram {
  /** The range shown is [0, hi]; CPVs above hi are counted in the last bin. */
  hi: number;
  bins: Bin[];
  /** How many CPVs were above hi (included in the last bin). */
  overflow: number;
  /** The cap, when valid. */
  cap: number | null;
  max: number;
}

const valid = (x: number | null): x is number => x !== null && Number.isFinite(x) && x > 0;

/**
 * CPVs in `count` bins from 0 to hi. hi is the 95th percentile, but at least
 * 1.25 × cap (so the cap line is inside) and at most 3 × cap (so a long tail
 * does not squash the part that matters).
 */
export function histogram(sorted: Float64Array, cap: number | null, count = 30): Histogram {
  const p95 = cpvQuantile(sorted, 0.95);
  const c = valid(cap) ? cap : null;
  let hi = Number.isFinite(p95) ? p95 : 0;
  if (c !== null) hi = Math.min(Math.max(hi, c * 1.25), c * 3);
  if (!(hi > 0)) hi = c ?? 1;
  const bins: Bin[] = Array.from({ length: count }, () => ({ within: 0, over: 0 }));
  let overflow = 0;
  const limit = c === null ? Infinity : c * CAP_TOLERANCE;
  for (const x of sorted) {
    if (x > hi) overflow++;
    const bin = bins[Math.min(count - 1, Math.floor((x / hi) * count))]!;
    if (x > limit) bin.over++;
    else bin.within++;
  }
  const max = bins.reduce((m, b) => Math.max(m, b.within + b.over), 0);
  return { hi, bins, overflow, cap: c, max };
}

/** A must-include or exclude list as typed: one per line or separated by commas. */
export function listOf(text: string): string[] {
  return text
    .split(/[\n,、，;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

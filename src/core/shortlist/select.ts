// The selection itself, on compact per-column rows: the rules (CPV cap, ER
// floor, must-include / exclude), the objective's value per creator, the
// exact optimiser, and a status for every row. The server's Run and the
// sidebar's live pre-simulation both call this one function on the same
// columns, so the pre-simulation is the answer, not a preview of it.

import { InputError } from '../i18n';
import { Currency, formatMoney } from '../currency';
import { cpvOf } from '../metrics';
import { optimise } from '../optimise';
import type { Candidate, Constraints, Infeasible } from '../optimise';
import { handleKey } from '../roster/keys';
import { CAP_TOLERANCE, MARK_EXCLUDE, MARK_MUST, REACH_MIN_FOLLOWERS, Role } from '../roster/read';
import { DEFAULT_PRESET, Preset, tierOf, Verdict, verdictOf } from '../tiers';
import { ObjectiveInputs, valuer } from './objective';

/**
 * The roster's readable rows, one array per column: what the server selects
 * from (typed arrays, as read) and what the sidebar receives (PayloadRows:
 * plain arrays, as JSON carries them).
 */
export interface PlanRowsOf<C extends ArrayLike<number>> {
  /** 1-based roster row */
  row: C;
  fee: C;
  /** 0: none (estimated from followers × view rate when one is set) */
  views: C;
  followers: C;
  /** fraction; -1: none */
  er: C;
  /** per-post saves + shares + sends; -1: no data */
  actions: C;
  /** purchase-intent comment share 0–1; -1: none */
  intent: C;
  /** comments behind the share (0 when it came from the roster's column) */
  intentCount: C;
  /** bit 1: must-include mark in the roster; 2: exclude mark; 4: intent share estimated */
  flags: C;
  /** the creator key (handleKey), for must/exclude lists typed by the user */
  key: string[];
  /** History (past evaluations): the measured CVR (orders ÷ views), -1: none */
  histCvr: C;
  /** History: the median measured views, 0: none */
  histViews: C;
}
export type PlanRows = PlanRowsOf<ArrayLike<number>>;
export type PayloadRows = PlanRowsOf<number[]>;

// The roster's own marks are the first two bits.
export const FLAG_MUST = MARK_MUST;
export const FLAG_EXCLUDE = MARK_EXCLUDE;
export const FLAG_INTENT_ESTIMATED = 4;
/** History: the last verdict was "do not rebook" */
export const FLAG_LAST_NO_REBOOK = 8;

export const roleAt = (s: Selection, i: number): Role => (s.reach[i] ? 'reach' : 'empathy');
export const reasonAt = (s: Selection, i: number): RowReason | null => ROW_REASONS[s.reason[i]!]!;
export const keptOutAt = (s: Selection, i: number): KeptOut | null => KEPT_OUT[s.keptOut[i]!]!;
export const verdictAt = (s: Selection, i: number): Verdict | null => VERDICTS[s.verdict[i]!]!;

export function emptyRows(): PayloadRows {
  return {
    row: [],
    fee: [],
    views: [],
    followers: [],
    er: [],
    actions: [],
    intent: [],
    intentCount: [],
    flags: [],
    key: [],
    histCvr: [],
    histViews: [],
  };
}

/** The campaign's limits, as the sidebar, the plan and the selection all take them. */
export interface CampaignLimits {
  cpvCap: number;
  budget: number;
  /** reach fee as a share of the money spent */
  reachShare: { min: number; max: number };
  minEmpathy: number;
  erFloor: boolean;
  viewRate: number | null;
}

export interface SelectOptions extends ObjectiveInputs, CampaignLimits {
  mustInclude: readonly string[];
  exclude: readonly string[];
  blendedCpvMax?: number | undefined;
  preset?: Preset | undefined;
  /** History's effects (the columns hist*, FLAG_LAST_NO_REBOOK): off ignores them */
  useHistory?: boolean | undefined;
  /** with useHistory: the roster's views, or the median of the creator's measured views where History has them */
  historyViews?: 'roster' | 'median' | undefined;
  /** optimiser node budget; the same on both sides gives the same answer */
  nodeLimit?: number | undefined;
}

// The per-row reason, kept-out and verdict arrays hold codes into these tables (0: none): a byte
// a row, which the collector never traces, instead of a pointer a row on a 250,000-row roster.
export const ROW_REASONS = [null, 'overCap', 'erBelow', 'userExcluded', 'noActions', 'noViews', 'lastVerdict'] as const;
export const KEPT_OUT = [null, 'budget', 'reachWindow', 'blendedCpv', 'lowerValue'] as const;
export const VERDICTS = [null, 'below', 'within', 'above'] as const;
export type RowReason = NonNullable<(typeof ROW_REASONS)[number]>;
export type KeptOut = NonNullable<(typeof KEPT_OUT)[number]>;
const code = <T>(table: readonly (T | null)[]) => new Map(table.map((x, i) => [x, i] as const));
const REASON_CODE = code(ROW_REASONS);
const KEPT_OUT_CODE = code(KEPT_OUT);
const VERDICT_CODE = code(VERDICTS);
const BELOW = VERDICT_CODE.get('below')!;

/** 0 chosen, 1 chosen as a must-include, 2 excluded (reason), 3 eligible but not chosen (keptOut) */
export const CHOSEN = 0;
export const CHOSEN_MUST = 1;
export const EXCLUDED = 2;
export const NOT_CHOSEN = 3;

export interface Selection {
  /** indices into the rows, ascending */
  chosen: number[];
  status: Uint8Array;
  /** for EXCLUDED rows: a code into ROW_REASONS */
  reason: Uint8Array;
  /** for NOT_CHOSEN rows: a code into KEPT_OUT */
  keptOut: Uint8Array;
  /** exclusion detail by row, where there is one: 'mark' or 'list' for userExcluded, the band for erBelow */
  detail: Map<number, string>;
  value: Float64Array;
  valueEstimated: Uint8Array;
  /** the views selected on (the rows' own column, shared, when no estimate can change them: read only) */
  views: Float64Array;
  viewsEstimated: Uint8Array;
  /** 1: the views are the median of History's measured views */
  viewsMeasured: Uint8Array;
  cpv: Float64Array;
  /** 1: the reach role (followers ≥ REACH_MIN_FOLLOWERS), 0: empathy */
  reach: Uint8Array;
  /** a code into tierNames: 0 below the smallest tier of a custom table, i + 1 the preset's tier i */
  tier: Uint8Array | Uint16Array | Uint32Array;
  tierNames: readonly string[];
  /** a code into VERDICTS (0: no ER) */
  verdict: Uint8Array;
  /** must-include rows above the cap or below the ER floor */
  mustOverride: Uint8Array;
  spend: number;
  totalViews: number;
  totalValue: number;
  reachSpend: number;
  empathySpend: number;
  proven: boolean;
  bound: number;
  passCap: number;
  eligible: number;
  /** candidates without saves/shares data (the 'actions' objective) */
  missingActions: number;
  /** user-typed must-include entries that match no readable row */
  mustNotFound: string[];
}

/**
 * The views the selection works with: the roster's own column where nothing can change them (no view
 * rate, no History medians), shared rather than copied (2 MB at 250,000 rows); otherwise a copy to fill.
 */
function ownViews(views: ArrayLike<number>, o: SelectOptions): Float64Array {
  const estimates = (o.viewRate !== null && o.viewRate > 0) || (o.useHistory === true && o.historyViews === 'median');
  return !estimates && views instanceof Float64Array ? views : new Float64Array(views.length);
}

/** 1 where the flag is set (a loop: Uint8Array.from with a map function goes through the iterator). */
function flagged(flags: ArrayLike<number>, flag: number): Uint8Array {
  const out = new Uint8Array(flags.length);
  for (let i = 0; i < flags.length; i++) out[i] = flags[i]! & flag ? 1 : 0;
  return out;
}

function splitList(list: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const item of list)
    for (const part of item.split(/[\n,、，;]+/)) {
      const k = handleKey(part);
      if (k !== '') keys.add(k);
    }
  return keys;
}

const NO_CURRENCY: Currency = { code: '', symbol: '', whole: '#,##0', perView: '#,##0.00' };
const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;

export function selectShortlist(rows: PlanRows, o: SelectOptions, currency: Currency = NO_CURRENCY): Selection {
  const n = rows.fee.length;
  const preset = o.preset ?? DEFAULT_PRESET;
  const must = splitList(o.mustInclude);
  const out = splitList(o.exclude);
  const s: Selection = {
    chosen: [],
    status: new Uint8Array(n),
    reason: new Uint8Array(n),
    keptOut: new Uint8Array(n),
    detail: new Map(),
    value: new Float64Array(n),
    valueEstimated: new Uint8Array(n),
    views: ownViews(rows.views, o),
    viewsEstimated: new Uint8Array(n),
    viewsMeasured: new Uint8Array(n),
    cpv: new Float64Array(n),
    reach: new Uint8Array(n),
    // a byte a row, wider only for a custom table of hundreds of tiers
    tier: preset.tiers.length < 0xff ? new Uint8Array(n) : preset.tiers.length < 0xffff ? new Uint16Array(n) : new Uint32Array(n),
    tierNames: ['', ...preset.tiers.map((t) => t.name)],
    verdict: new Uint8Array(n),
    mustOverride: new Uint8Array(n),
    spend: 0,
    totalViews: 0,
    totalValue: 0,
    reachSpend: 0,
    empathySpend: 0,
    proven: true,
    bound: 0,
    passCap: 0,
    eligible: 0,
    missingActions: 0,
    mustNotFound: [],
  };
  const exclude = (i: number, reason: RowReason, detail = ''): void => {
    s.status[i] = EXCLUDED;
    s.reason[i] = REASON_CODE.get(reason)!;
    if (detail !== '') s.detail.set(i, detail);
  };
  // The tier of each follower count: the preset's tiers in order, as tierOf finds them.
  const tiers = preset.tiers;
  const smallest = tiers.length > 0 ? tiers[0]!.min : Infinity;
  const foundMust = new Set<string>();
  const candidates: number[] = [];
  const isMust = new Uint8Array(n);
  const history = o.useHistory === true;
  for (let i = 0; i < n; i++) {
    const followers = rows.followers[i]!;
    let views = rows.views[i]!;
    if (history && o.historyViews === 'median' && rows.histViews[i]! > 0) {
      views = rows.histViews[i]!;
      s.viewsMeasured[i] = 1;
    } else if (!(views > 0) && o.viewRate !== null && o.viewRate > 0 && followers > 0) {
      views = followers * o.viewRate;
      s.viewsEstimated[i] = 1;
    }
    if (s.views !== rows.views) s.views[i] = views;
    s.reach[i] = followers >= REACH_MIN_FOLLOWERS ? 1 : 0;
    const er = rows.er[i]!;
    // Below the smallest tier of a custom table: no tier, no verdict (tierOf would refuse it).
    if (followers >= smallest) {
      const t = tierOf(followers, preset);
      s.tier[i] = tiers.indexOf(t) + 1;
      if (er >= 0) s.verdict[i] = VERDICT_CODE.get(verdictOf(er, t))!;
    }
    const key = rows.key[i]!;
    const flags = rows.flags[i]!;
    if (flags & FLAG_EXCLUDE || out.has(key)) {
      exclude(i, 'userExcluded', flags & FLAG_EXCLUDE ? 'mark' : 'list');
      continue;
    }
    const m = (flags & FLAG_MUST) !== 0 || must.has(key);
    if (must.has(key)) foundMust.add(key);
    if (history && !m && flags & FLAG_LAST_NO_REBOOK) {
      exclude(i, 'lastVerdict');
      continue;
    }
    if (!(views > 0)) {
      exclude(i, 'noViews');
      continue;
    }
    s.cpv[i] = cpvOf(rows.fee[i]!, views);
    const over = s.cpv[i]! > o.cpvCap * CAP_TOLERANCE;
    if (!over) s.passCap++;
    const low = o.erFloor && s.verdict[i] === BELOW;
    if (!m && over) {
      exclude(i, 'overCap'); // the CPV is in s.cpv: no text per row (a big roster has ~150,000 of these)
      continue;
    }
    if (!m && low) {
      const band = tiers[s.tier[i]! - 1]!;
      exclude(i, 'erBelow', `${band.name} ${round(er * 100, 2)}% < ${round(band.low * 100, 2)}%`);
      continue;
    }
    if (m && (over || low)) s.mustOverride[i] = 1;
    isMust[i] = m ? 1 : 0;
    candidates.push(i);
  }
  for (const k of must) if (!foundMust.has(k)) s.mustNotFound.push(k);

  // The objective's value of each candidate; 'actions' may leave some out.
  const v = valuer(
    {
      views: s.views,
      actions: rows.actions,
      intent: rows.intent,
      intentEstimated: flagged(rows.flags, FLAG_INTENT_ESTIMATED),
      tier: s.tier,
      key: rows.key,
      ...(history ? { measuredCvr: rows.histCvr } : {}),
    },
    candidates,
    o,
  );
  const pool: number[] = [];
  for (const i of candidates) {
    const r = v.value(i);
    if ('missing' in r) {
      s.missingActions++;
      if (!isMust[i]) {
        exclude(i, 'noActions');
        continue;
      }
      s.value[i] = 0; // a must-include without data is still chosen, adding nothing
    } else {
      s.value[i] = r.value;
      s.valueEstimated[i] = r.estimated ? 1 : 0;
      if (o.objective === 'actions' && r.estimated) s.missingActions++;
    }
    pool.push(i);
  }
  s.eligible = pool.length;
  if (pool.length === 0) {
    let lowest = Infinity;
    for (let i = 0; i < n; i++) if (s.views[i]! > 0) lowest = Math.min(lowest, s.cpv[i]!);
    throw new InputError('noneEligible', {
      count: n,
      lowest: Number.isFinite(lowest) ? formatMoney(lowest, currency, 2) : '—',
      cap: formatMoney(o.cpvCap, currency, 2),
    });
  }

  const cands: Candidate[] = pool.map((i) => ({
    fee: rows.fee[i]!,
    value: s.value[i]!,
    views: s.views[i]!,
    role: roleAt(s, i),
    ...(isMust[i] ? { fixed: 'in' as const } : {}),
  }));
  const c: Constraints = { budget: o.budget, minEmpathy: o.minEmpathy };
  if (o.reachShare.min > 0 || o.reachShare.max < 1) c.reachShare = { min: o.reachShare.min, max: o.reachShare.max };
  if (o.blendedCpvMax !== undefined) c.blendedCpvMax = o.blendedCpvMax;
  const r = optimise(cands, c, o.nodeLimit === undefined ? {} : { nodeLimit: o.nodeLimit });
  if (!r.ok) {
    if ('infeasible' in r) throw infeasibleError(r.infeasible, o, currency);
    throw new InputError('optimiserNotFound');
  }
  s.proven = r.proven;
  s.bound = r.bound;
  const chosenSet = new Uint8Array(n);
  for (const k of r.chosen) {
    const i = pool[k]!;
    chosenSet[i] = 1;
    s.chosen.push(i);
    s.status[i] = isMust[i] ? CHOSEN_MUST : CHOSEN;
    s.spend += rows.fee[i]!;
    s.totalViews += s.views[i]!;
    s.totalValue += s.value[i]!;
    if (s.reach[i]) s.reachSpend += rows.fee[i]!;
    else s.empathySpend += rows.fee[i]!;
  }
  s.chosen.sort((a, b) => a - b);
  if (s.chosen.length === 0) {
    // Nobody chosen without a proof: the search stopped, which is not "nothing fits the budget".
    if (!s.proven) throw new InputError('optimiserNotFound');
    const cheapest = pool.reduce((m, i) => Math.min(m, rows.fee[i]!), Infinity);
    throw new InputError('nothingFits', { budget: formatMoney(o.budget, currency), cheapest: formatMoney(cheapest, currency) });
  }

  // What kept each eligible creator out, against the selection as it stands.
  let lowestRatio = Infinity;
  for (const i of s.chosen) if (!isMust[i] && rows.fee[i]! > 0) lowestRatio = Math.min(lowestRatio, s.value[i]! / rows.fee[i]!);
  const left = o.budget - s.spend;
  const eps = 1e-9 * Math.max(1, o.budget);
  for (const i of pool) {
    if (chosenSet[i]) continue;
    s.status[i] = NOT_CHOSEN;
    const fee = rows.fee[i]!;
    const ratio = fee > 0 ? s.value[i]! / fee : Infinity;
    let why: KeptOut;
    if (fee > left + eps) why = ratio < lowestRatio ? 'lowerValue' : 'budget';
    else {
      const spend = s.spend + fee;
      const reach = s.reachSpend + (s.reach[i] ? fee : 0);
      if (reach < o.reachShare.min * spend - eps || reach > o.reachShare.max * spend + eps) why = 'reachWindow';
      else if (o.blendedCpvMax !== undefined && spend > o.blendedCpvMax * (s.totalViews + s.views[i]!) + eps) why = 'blendedCpv';
      else why = 'lowerValue';
    }
    s.keptOut[i] = KEPT_OUT_CODE.get(why)!;
  }
  return s;
}

function infeasibleError(inf: Infeasible, o: SelectOptions, currency: Currency): InputError {
  const money = (x: number) => formatMoney(x, currency);
  const pct = (x: number) => `${round(x * 100, 2)}%`;
  switch (inf.constraint) {
    case 'minEmpathy':
      return new InputError('infeasibleMinEmpathy', { need: inf.need, available: inf.available });
    case 'minEmpathyBudget':
      return new InputError('infeasibleMinEmpathyBudget', { need: inf.need, cost: money(inf.cheapestCost), budget: money(inf.budget) });
    case 'reachShare':
      return new InputError('infeasibleReachShare', { min: pct(inf.min), max: pct(inf.max), need: inf.minEmpathy });
    case 'blendedCpv':
      return new InputError('infeasibleBlendedCpv', { max: formatMoney(inf.max, currency, 2), need: inf.minEmpathy });
    case 'fixed': {
      // The must-include creators alone break this constraint: say which.
      const p = { count: inf.count, spend: money(inf.spend), reach: money(inf.reachSpend), views: Math.round(inf.views) };
      if (inf.breaks === 'budget') return new InputError('infeasibleFixedBudget', { ...p, budget: money(o.budget) });
      if (inf.breaks === 'reachShare')
        return new InputError('infeasibleFixedReachShare', { ...p, min: pct(o.reachShare.min), max: pct(o.reachShare.max) });
      return new InputError('infeasibleFixedBlendedCpv', { ...p, max: formatMoney(o.blendedCpvMax ?? 0, currency, 2) });
    }
    case 'combined':
      return new InputError('infeasibleCombined', { detail: inf.detail });
  }
}

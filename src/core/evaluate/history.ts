// The History sheet: one row per campaign and creator, appended or updated by
// each evaluation (never duplicated), and its index for the next shortlist.
//
// How the next plan uses it (runShortlist's `useHistory`, on by default when
// findOwn(ss, 'history') finds a History sheet): the server reads History once
// and passes historyLookup(rows) to the plan; planRows puts each creator's
// past into the compact rows (flag "do not rebook", measured CVR, median
// views), so Run and the sidebar's pre-simulation apply it in the same
// selectShortlist: 'lastVerdict' exclusion unless must-included, measured CVR
// for 'revenue', median views with historyViews 'median'. The output sheet
// shows the last verdict and measured CPV (src/core/shortlist/layout.ts).

import { Currency } from '../currency';
import { cellText } from '../grid';
import { evalWord, Locale, VERDICT_NAMES } from '../i18n';
import type { Role } from '../roster/read';
import { asText } from '../shortlist/layout';
import { ROLE_NAMES } from '../i18n';
import type { HistoryLookup } from '../shortlist/rows';
import { handleKey } from '../roster/keys';
import { creatorKey, handleOfKey, roleOf } from './read';
import { VERDICTS, VerdictCode } from './verdict';
import type { Evaluation } from './evaluate';

export const HISTORY_COLUMNS = [
  'campaign',
  'date',
  'creatorKey',
  'handle',
  'platform',
  'role',
  'fee',
  'actualViews',
  'cpv',
  'cvr',
  'roas',
  'verdict',
  'verdictCode',
] as const;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

export interface HistoryRow {
  campaign: string;
  date: string; // yyyy-mm-dd, text: never a Date (it crosses google.script.run)
  creatorKey: string;
  handle: string;
  platform: string;
  role: Role | '';
  fee: number | null;
  actualViews: number | null;
  cpv: number | null;
  cvr: number | null;
  roas: number | null;
  verdict: VerdictCode;
}

/** The History rows one evaluation contributes. */
export function historyRowsOf(e: Evaluation, campaign: string, date: string): HistoryRow[] {
  return e.creators.map((c) => ({
    campaign,
    date,
    creatorKey: c.row.key,
    handle: c.row.handle,
    platform: c.row.platform,
    role: c.row.role ?? '',
    fee: c.fee,
    actualViews: c.actualViews,
    cpv: c.actualCpv,
    cvr: c.cvrViews,
    roas: c.roas,
    verdict: c.verdict,
  }));
}

const keyOf = (r: Pick<HistoryRow, 'campaign' | 'creatorKey'>) => `${r.campaign.trim().toLowerCase()}\u0000${r.creatorKey}`;

/** Existing rows updated in place (same campaign and creator), the others appended in order. */
export function mergeHistory(existing: readonly HistoryRow[], incoming: readonly HistoryRow[]): HistoryRow[] {
  const out = [...existing];
  const at = new Map<string, number>();
  out.forEach((r, i) => at.set(keyOf(r), i));
  for (const r of incoming) {
    const i = at.get(keyOf(r));
    if (i === undefined) {
      at.set(keyOf(r), out.length);
      out.push(r);
    } else out[i] = r;
  }
  return out;
}

export interface CreatorHistory {
  /** Verdict of the latest campaign that gave one (not "not posted"/"no data"); null if none did. */
  lastVerdict: VerdictCode | null;
  /** Measured over every campaign with data: total fee ÷ total actual views. */
  measuredCpv: number | null;
  /** Orders ÷ views, views-weighted over the campaigns that measured it. */
  measuredCvr: number | null;
  medianViews: number | null;
  /** Campaign names, oldest first. */
  campaigns: string[];
}

const JUDGED = new Set<VerdictCode>(['rebook', 'rebookLowerFee', 'rebookWithChanges', 'doNotRebook']);

/** Per creator key, what past evaluations measured. Rows are in History order (oldest first); a later date wins. */
export function historyIndex(rows: readonly HistoryRow[]): Map<string, CreatorHistory> {
  const by = new Map<string, HistoryRow[]>();
  for (const r of rows) {
    if (!r.creatorKey) continue;
    const list = by.get(r.creatorKey) ?? [];
    list.push(r);
    by.set(r.creatorKey, list);
  }
  const out = new Map<string, CreatorHistory>();
  for (const [key, list] of by) {
    // Stable by date: same-day rows keep their History order.
    const sorted = list
      .map((r, i) => ({ r, i }))
      .sort((a, b) => (a.r.date < b.r.date ? -1 : a.r.date > b.r.date ? 1 : a.i - b.i))
      .map((x) => x.r);
    const judged = sorted.filter((r) => JUDGED.has(r.verdict));
    let fee = 0,
      views = 0,
      cvrViews = 0,
      orders = 0;
    const allViews: number[] = [];
    for (const r of sorted) {
      if (r.actualViews === null) continue;
      allViews.push(r.actualViews);
      if (r.fee !== null && r.actualViews > 0) {
        fee += r.fee;
        views += r.actualViews;
      }
      if (r.cvr !== null && r.actualViews > 0) {
        cvrViews += r.actualViews;
        orders += r.cvr * r.actualViews;
      }
    }
    out.set(key, {
      lastVerdict: judged.length ? judged[judged.length - 1]!.verdict : null,
      measuredCpv: views > 0 ? fee / views : null,
      measuredCvr: cvrViews > 0 ? orders / cvrViews : null,
      medianViews: median(allViews),
      campaigns: [...new Set(sorted.map((r) => r.campaign))],
    });
  }
  return out;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** History sheet values (header row first) to rows; rows without a campaign, creator or known verdict code are skipped. */
export function parseHistory(values: readonly (readonly unknown[])[]): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (const line of values.slice(1)) {
    const get = (c: HistoryColumn) => line[HISTORY_COLUMNS.indexOf(c)];
    const code = cellText(get('verdictCode')).trim() as VerdictCode;
    const campaign = cellText(get('campaign')).trim();
    const creatorKey = cellText(get('creatorKey')).trim();
    if (!campaign || !creatorKey || !(VERDICTS as readonly string[]).includes(code)) continue;
    const role = roleOf(get('role'));
    const date = get('date');
    rows.push({
      campaign,
      date: typeof date === 'number' ? String(date) : cellText(date).trim(),
      creatorKey,
      handle: cellText(get('handle')),
      platform: cellText(get('platform')),
      role: role ?? '',
      fee: num(get('fee')),
      actualViews: num(get('actualViews')),
      cpv: num(get('cpv')),
      cvr: num(get('cvr')),
      roas: num(get('roas')),
      verdict: code,
    });
  }
  return rows;
}

/** The History sheet's values: a header row in the user's language, then one row per campaign and creator. */
export function historyValues(rows: readonly HistoryRow[], locale: Locale): (string | number)[][] {
  const head: Record<HistoryColumn, string> = {
    campaign: evalWord('campaign', locale),
    date: evalWord('date', locale),
    creatorKey: evalWord('creatorKey', locale),
    handle: evalWord('handle', locale),
    platform: evalWord('platform', locale),
    role: evalWord('role', locale),
    fee: evalWord('fee', locale),
    actualViews: evalWord('actualViews', locale),
    cpv: evalWord('actualCpv', locale),
    cvr: evalWord('cvr', locale),
    roas: evalWord('roas', locale),
    verdict: evalWord('verdict', locale),
    verdictCode: evalWord('verdictCode', locale),
  };
  const n = (x: number | null) => (x === null ? '' : x);
  return [
    HISTORY_COLUMNS.map((c) => head[c]),
    ...rows.map((r) => [
      asText(r.campaign),
      asText(r.date),
      asText(r.creatorKey),
      asText(r.handle),
      asText(r.platform),
      r.role ? ROLE_NAMES[r.role][locale] : '',
      n(r.fee),
      n(r.actualViews),
      n(r.cpv),
      n(r.cvr),
      n(r.roas),
      VERDICT_NAMES[r.verdict][locale],
      r.verdict,
    ]),
  ];
}

export function historyFormats(currency: Currency): string[] {
  return ['@', '@', '@', '@', '@', '@', currency.whole, '#,##0', currency.perView, '0.00%', '0.00', '@', '@'];
}

/** A roster creator's past, looked up by the shortlist's own dedupe key (handle and platform as pasted). */
export function historyOf(index: ReadonlyMap<string, CreatorHistory>, handle: string, platform: string): CreatorHistory | null {
  return index.get(creatorKey(handle, platform)) ?? null;
}

/**
 * Measured CVR per handle key (handleKey(handle), without the platform), the
 * shape of PlanOptions.measuredCvr on the `kpi` branch. A handle measured on
 * two platforms gets the views-weighted CVR of both.
 */
export function measuredCvrByHandle(rows: readonly HistoryRow[]): Map<string, number> {
  const acc = new Map<string, { orders: number; views: number }>();
  for (const r of rows) {
    if (r.cvr === null || r.actualViews === null || r.actualViews <= 0) continue;
    const handle = handleOfKey(r.creatorKey);
    const a = acc.get(handle) ?? { orders: 0, views: 0 };
    a.orders += r.cvr * r.actualViews;
    a.views += r.actualViews;
    acc.set(handle, a);
  }
  return new Map([...acc].map(([k, a]) => [k, a.orders / a.views]));
}

/**
 * The next shortlist's view of History (planRows' lookup): per roster creator,
 * its own history on that platform; a CVR measured only on another platform
 * of the same handle stands in where this one has none.
 */
export function historyLookup(rows: readonly HistoryRow[]): HistoryLookup {
  const index = historyIndex(rows);
  const byHandle = measuredCvrByHandle(rows);
  return (handle, platform) => {
    const h = historyOf(index, handle, platform);
    const cvr = h?.measuredCvr ?? byHandle.get(handleKey(handle)) ?? null;
    if (!h && cvr === null) return null;
    return {
      lastVerdict: h?.lastVerdict ?? null,
      measuredCpv: h?.measuredCpv ?? null,
      measuredCvr: cvr,
      medianViews: h?.medianViews ?? null,
      campaigns: h?.campaigns ?? [],
    };
  };
}

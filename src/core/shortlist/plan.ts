// The shortlist, start to end, on values already read from the sheet:
// find the header, read the rows, then select (src/core/shortlist/select.ts,
// the same function the sidebar's pre-simulation runs) and account for every
// roster row. Refusals are InputErrors; nothing here touches a sheet.

import { InputError, WrappedError } from '../i18n';
import { Currency } from '../currency';
import { CommentShares } from '../comments/shares';
import { columnByHeader, columnLetter, ColumnMap, Field, findHeader, HeaderFound } from '../roster/headers';
import { Creator, creatorAt, Reason, REASONS, readColumns, RosterColumns } from '../roster/read';
import { Preset } from '../tiers';
import { Objective } from './objective';
import { HistoryLookup, PastOf, planRows } from './rows';
import {
  CampaignLimits,
  CHOSEN_MUST,
  EXCLUDED,
  KeptOut,
  keptOutAt,
  NOT_CHOSEN,
  PlanRows,
  reasonAt,
  selectShortlist,
  Selection,
  verdictAt,
} from './select';

export interface PlanOptions extends CampaignLimits {
  columns?: Partial<Record<Field, string>> | undefined;
  objective?: Objective;
  missingActions?: 'exclude' | 'tierMedian';
  cvr?: number | undefined;
  aov?: number | undefined;
  mustInclude?: readonly string[];
  exclude?: readonly string[];
  blendedCpvMax?: number | undefined;
  preset?: Preset | undefined;
  /** the comments sheet's per-creator shares, for the 'intent' objective */
  comments?: CommentShares | null;
  /**
   * A creator's own measured CVR (key: handleKey of the handle), e.g. from the
   * evaluation of past campaigns: the 'revenue' objective uses it before the
   * campaign's CVR. The hook for the evaluation cycle.
   */
  measuredCvr?: ReadonlyMap<string, number>;
  /** History, as read by the server (src/core/evaluate/history.ts historyLookup); null: no History sheet */
  history?: HistoryLookup | null;
  /** apply History: leave out "do not rebook", measured CVR for 'revenue', and historyViews */
  useHistory?: boolean;
  historyViews?: 'roster' | 'median';
  nodeLimit?: number;
}

export type RowStatusKind = 'chosen' | 'chosenMust' | 'excluded' | 'notChosen';

/** One line per roster row: exactly one status. */
export interface RowStatus {
  row: number;
  handle: string;
  platform: string;
  status: RowStatusKind;
  /** excluded: the Reason; not chosen: what kept it out */
  why: Reason | KeptOut | '';
  detail: string;
  error: InputError | undefined;
  fee: number | undefined;
  cpv: number | undefined;
  value: number | undefined;
}

export interface ChosenCreator extends Creator {
  value: number;
  valueEstimated: boolean;
  mustInclude: boolean;
  /** a must-include above the cap or below the ER floor */
  mustOverride: boolean;
  intentShare: number | null;
  intentCount: number;
  /** what past evaluations measured (with useHistory), else null */
  past: PastOf | null;
  /** the views are the median of History's measured views */
  viewsMeasured: boolean;
}

export interface Plan {
  header: HeaderFound;
  map: ColumnMap;
  roster: RosterColumns;
  rows: PlanRows;
  selection: Selection;
  objective: Objective;
  chosen: ChosenCreator[];
  spend: number;
  views: number;
  value: number;
  blendedCpv: number;
  reachSpend: number;
  empathySpend: number;
  proven: boolean;
  bound: number;
  excludedCounts: Partial<Record<Reason, number>>;
  /** roster rows by status (chosen includes the must-includes) */
  statusCounts: Record<'chosen' | 'excluded' | 'notChosen', number>;
  /** History was applied (useHistory with a History sheet): the output shows last verdict and measured CPV */
  historyUsed: boolean;
  /** the History applied, for the statuses' details (null: none) */
  history: HistoryLookup | null;
}

/** The header row and the column mapping, with the user's choices applied. */
export function resolveColumns(
  values: readonly (readonly unknown[])[],
  sheetName: string,
  columns: PlanOptions['columns'] = {},
): { header: HeaderFound; map: ColumnMap } {
  const found = findHeader(values);
  if (!found) throw new InputError('noHeader', { name: sheetName });
  const map: ColumnMap = { ...found.map };
  for (const [field, headerText] of Object.entries(columns) as [Field, string | undefined][]) {
    if (headerText === undefined) continue;
    if (headerText.trim() === '') {
      delete map[field]; // the user said: no such column
      continue;
    }
    const col = columnByHeader(found.headers, headerText);
    if (col < 0) throw new InputError('columnNotFound', { header: headerText, field, name: sheetName });
    for (const f of Object.keys(map) as Field[]) if (map[f] === col) delete map[f];
    map[field] = col;
  }
  return { header: found, map };
}

/** Reads the roster rows below the header once, into columns, for the selection (no cap or floor applied yet). */
export function readForPlan(
  values: readonly (readonly unknown[])[],
  header: HeaderFound,
  map: ColumnMap,
  currency?: string,
): RosterColumns {
  return readColumns(values.slice(header.row + 1), map, header.headers, header.row + 2, { currency });
}

export function planShortlist(values: readonly (readonly unknown[])[], sheetName: string, o: PlanOptions, currency: Currency): Plan {
  const { header, map } = resolveColumns(values, sheetName, o.columns);
  if (map.fee === undefined) throw new InputError('missingColumn', { field: 'fee', name: sheetName });
  if (map.followers === undefined) throw new InputError('missingColumn', { field: 'followers', name: sheetName });
  if (map.views === undefined && o.viewRate === null) throw new InputError('missingColumn', { field: 'views', name: sheetName });

  const roster = readForPlan(values, header, map, currency.code);
  if (roster.dataRows === 0) throw new InputError('noDataRows', { name: sheetName });
  // Nobody readable at all: say why, with the first unreadable cell, not only "no creator passes".
  const unreadable = roster.excluded.filter((e) => e.reason === 'unreadable');
  if (roster.row.length === 0 && unreadable.length === roster.dataRows && unreadable[0]?.error) {
    const first = unreadable[0];
    throw new WrappedError(
      'noneReadable',
      { count: roster.dataRows, name: sheetName, row: first.row },
      new WrappedError('argument', { name: first.detail }, first.error!),
    );
  }
  const history = o.useHistory ? (o.history ?? null) : null;
  const rows = planRows(roster, o.comments, history);
  const objective = o.objective ?? 'views';
  const pooled = o.comments && o.comments.pooled.count > 0 ? o.comments.pooled.intent / o.comments.pooled.count : null;
  const sel = selectShortlist(
    rows,
    {
      cpvCap: o.cpvCap,
      budget: o.budget,
      reachShare: o.reachShare,
      minEmpathy: o.minEmpathy,
      erFloor: o.erFloor,
      viewRate: o.viewRate,
      objective,
      missingActions: o.missingActions ?? 'exclude',
      cvr: o.cvr,
      aov: o.aov,
      measuredCvr: o.measuredCvr,
      pooledIntent: pooled,
      mustInclude: o.mustInclude ?? [],
      exclude: o.exclude ?? [],
      blendedCpvMax: o.blendedCpvMax,
      preset: o.preset,
      nodeLimit: o.nodeLimit,
      useHistory: history !== null,
      historyViews: o.historyViews ?? 'roster',
    },
    currency,
  );
  return assemble(header, map, roster, rows, sel, objective, history, o.preset);
}

function assemble(
  header: HeaderFound,
  map: ColumnMap,
  roster: RosterColumns,
  rows: PlanRows,
  sel: Selection,
  objective: Objective,
  history: HistoryLookup | null,
  preset: Preset | undefined,
): Plan {
  const chosen: ChosenCreator[] = sel.chosen.map((i) => {
    const c = creatorAt(roster, i, preset);
    return {
      ...c,
      views: sel.views[i]!,
      viewsEstimated: sel.viewsEstimated[i] === 1,
      cpv: sel.cpv[i]!,
      tier: sel.tierNames[sel.tier[i]!]!,
      verdict: verdictAt(sel, i),
      value: sel.value[i]!,
      valueEstimated: sel.valueEstimated[i] === 1,
      mustInclude: sel.status[i] === CHOSEN_MUST,
      mustOverride: sel.mustOverride[i] === 1,
      intentShare: rows.intent[i]! >= 0 ? rows.intent[i]! : null,
      intentCount: rows.intentCount[i]!,
      past: history ? history(c.handle, c.platform) : null,
      viewsMeasured: sel.viewsMeasured[i] === 1,
    };
  });

  // Counts only: the statuses themselves are read in row order by eachStatus, with no object per row.
  const counts: Partial<Record<Reason, number>> = {};
  for (const x of roster.excluded) counts[x.reason] = (counts[x.reason] ?? 0) + 1;
  const statusCounts = { chosen: 0, excluded: roster.excluded.length, notChosen: 0 };
  for (let i = 0; i < sel.status.length; i++) {
    const st = sel.status[i]!;
    if (st === EXCLUDED) {
      const reason = reasonAt(sel, i)!;
      counts[reason] = (counts[reason] ?? 0) + 1;
      statusCounts.excluded++;
    } else if (st === NOT_CHOSEN) statusCounts.notChosen++;
    else statusCounts.chosen++;
  }
  return {
    header,
    map,
    roster,
    rows,
    selection: sel,
    objective,
    chosen,
    spend: sel.spend,
    views: sel.totalViews,
    value: sel.totalValue,
    blendedCpv: sel.totalViews > 0 ? sel.spend / sel.totalViews : 0,
    reachSpend: sel.reachSpend,
    empathySpend: sel.empathySpend,
    proven: sel.proven,
    bound: sel.bound,
    excludedCounts: Object.fromEntries(REASONS.filter((r) => counts[r]).map((r) => [r, counts[r]!])),
    statusCounts,
    historyUsed: history !== null,
    history,
  };
}

/**
 * Every roster row's status, in row order: the reading's exclusions merged with the selection's
 * rows. One line object is filled and handed to `visit` for each row (a big roster has 250,000):
 * copy it to keep it.
 */
export function eachStatus(plan: Plan, visit: (line: Readonly<RowStatus>) => void): void {
  const { roster: cols, selection: sel, history } = plan;
  const excluded = cols.excluded;
  const line: RowStatus = {
    row: 0,
    handle: '',
    platform: '',
    status: 'excluded',
    why: '',
    detail: '',
    error: undefined,
    fee: undefined,
    cpv: undefined,
    value: undefined,
  };
  const put = (
    row: number,
    handle: string,
    platform: string,
    status: RowStatusKind,
    why: RowStatus['why'],
    detail: string,
    error: InputError | undefined,
    fee: number | undefined,
    cpv: number | undefined,
    value: number | undefined,
  ): void => {
    line.row = row;
    line.handle = handle;
    line.platform = platform;
    line.status = status;
    line.why = why;
    line.detail = detail;
    line.error = error;
    line.fee = fee;
    line.cpv = cpv;
    line.value = value;
    visit(line);
  };
  let e = 0;
  const flushBefore = (row: number): void => {
    while (e < excluded.length && excluded[e]!.row < row) {
      const x = excluded[e++]!;
      put(x.row, x.handle, x.platform, 'excluded', x.reason, x.detail, x.error, x.fee, undefined, undefined);
    }
  };
  for (let i = 0; i < cols.row.length; i++) {
    flushBefore(cols.row[i]!);
    const st = sel.status[i]!;
    const cpv = sel.views[i]! > 0 ? sel.cpv[i]! : undefined;
    const value = sel.views[i]! > 0 ? sel.value[i]! : undefined;
    let status: RowStatusKind;
    let why: RowStatus['why'] = '';
    let detail = '';
    if (st === EXCLUDED) {
      const reason = reasonAt(sel, i)!;
      status = 'excluded';
      why = reason;
      // lastVerdict: the campaign that judged it (the verdict's words are the layout's).
      detail =
        reason === 'userExcluded'
          ? sel.detail.get(i) === 'mark'
            ? `${columnLetter(cols.excludeCol)}${cols.row[i]!}`
            : 'list'
          : reason === 'lastVerdict'
            ? lastCampaign(history?.(cols.handle[i]!, cols.platform[i]!) ?? null)
            : reason === 'erBelow'
              ? (sel.detail.get(i) ?? '')
              : ''; // over the cap: the layout words the CPV; no views, no actions: nothing to add
    } else if (st === NOT_CHOSEN) {
      status = 'notChosen';
      why = keptOutAt(sel, i)!;
    } else {
      status = st === CHOSEN_MUST ? 'chosenMust' : 'chosen';
      if (sel.mustOverride[i]) detail = 'override';
    }
    put(cols.row[i]!, cols.handle[i]!, cols.platform[i]!, status, why, detail, undefined, cols.fee[i], cpv, value);
  }
  flushBefore(Infinity);
}

/** Every roster row's status as its own object, in row order (for small rosters and tests; eachStatus streams). */
export function allRows(plan: Plan): RowStatus[] {
  const out: RowStatus[] = [];
  eachStatus(plan, (line) => out.push({ ...line }));
  return out;
}

function lastCampaign(p: PastOf | null): string {
  return p && p.campaigns.length > 0 ? p.campaigns[p.campaigns.length - 1]! : '';
}

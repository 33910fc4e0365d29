// The shortlist, start to end, on values already read from the sheet:
// find the header, read the rows, apply the cap, then choose the optimal mix.
// Refusals are InputErrors; nothing here touches a sheet.

import { InputError, WrappedError } from '../i18n';
import { Currency, formatMoney } from '../currency';
import { columnByHeader, ColumnMap, Field, findHeader, HeaderFound } from '../roster/headers';
import { Creator, Reason, REASONS, readRoster, RosterRead } from '../roster/read';
import { optimise } from '../optimise';

export interface PlanOptions {
  cpvCap: number;
  budget: number;
  reachShare: { min: number; max: number };
  minEmpathy: number;
  erFloor: boolean;
  viewRate: number | null;
  columns?: Partial<Record<Field, string>>;
}

export interface Plan {
  header: HeaderFound;
  map: ColumnMap;
  roster: RosterRead;
  chosen: Creator[];
  spend: number;
  views: number;
  blendedCpv: number;
  reachSpend: number;
  /** the selection is proven optimal; otherwise `bound` is a proven ceiling on its views */
  proven: boolean;
  bound: number;
  excludedCounts: Partial<Record<Reason, number>>;
}

/** The header row and the column mapping, with the user's choices applied. */
export function resolveColumns(values: readonly (readonly unknown[])[], sheetName: string, columns: PlanOptions['columns'] = {}): { header: HeaderFound; map: ColumnMap } {
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

export function planShortlist(values: readonly (readonly unknown[])[], sheetName: string, o: PlanOptions, currency: Currency): Plan {
  const { header, map } = resolveColumns(values, sheetName, o.columns);
  if (map.fee === undefined) throw new InputError('missingColumn', { field: 'fee', name: sheetName });
  if (map.followers === undefined) throw new InputError('missingColumn', { field: 'followers', name: sheetName });
  if (map.views === undefined && o.viewRate === null) throw new InputError('missingColumn', { field: 'views', name: sheetName });

  const rows = values.slice(header.row + 1);
  const roster = readRoster(rows, map, header.headers, header.row + 2, { cpvCap: o.cpvCap, erFloor: o.erFloor, viewRate: o.viewRate, currency: currency.code });
  if (roster.dataRows === 0) throw new InputError('noDataRows', { name: sheetName });

  const excludedCounts: Partial<Record<Reason, number>> = {};
  for (const e of roster.excluded) excludedCounts[e.reason] = (excludedCounts[e.reason] ?? 0) + 1;

  // Nobody readable at all: say why, with the first unreadable cell, not only "no creator passes".
  const unreadable = roster.excluded.filter((e) => e.reason === 'unreadable');
  if (roster.creators.length === 0 && unreadable.length === roster.dataRows && unreadable[0]?.error) {
    const first = unreadable[0];
    throw new WrappedError('noneReadable', { count: roster.dataRows, name: sheetName, row: first.row }, new WrappedError('argument', { name: first.detail }, first.error!));
  }

  if (roster.eligible.length === 0) {
    const lowest = roster.creators.reduce((m, c) => Math.min(m, c.cpv), Infinity);
    throw new InputError('noneEligible', {
      count: roster.dataRows,
      lowest: Number.isFinite(lowest) ? formatMoney(lowest, currency, 2) : '—',
      cap: formatMoney(o.cpvCap, currency, 2),
    });
  }

  const result = optimise(
    roster.eligible.map((c) => ({ fee: c.fee, value: c.views, views: c.views, role: c.role })),
    // reachShare: a share of the money actually spent (issue 12)
    { budget: o.budget, reachShare: o.reachShare, minEmpathy: o.minEmpathy },
  );
  if (!result.ok) throw 'notFound' in result ? new InputError('optimiserNotFound') : infeasibleError(result.infeasible, currency, o.budget, o.reachShare);

  const chosen = result.chosen.map((i) => roster.eligible[i]!);
  if (chosen.length === 0) {
    // nothing chosen and not proven best: the search stopped before finding a selection that meets the window
    if (!result.proven) throw new InputError('optimiserNotFound');
    const cheapest = roster.eligible.reduce((m, c) => Math.min(m, c.fee), Infinity);
    throw new InputError('nothingFits', { budget: formatMoney(o.budget, currency), cheapest: formatMoney(cheapest, currency) });
  }
  const spend = chosen.reduce((s, c) => s + c.fee, 0);
  const views = chosen.reduce((s, c) => s + c.views, 0);
  const reachSpend = chosen.filter((c) => c.role === 'reach').reduce((s, c) => s + c.fee, 0);
  return {
    header, map, roster, chosen, spend, views, reachSpend, proven: result.proven, bound: result.bound,
    blendedCpv: views > 0 ? spend / views : 0,
    excludedCounts: Object.fromEntries(REASONS.filter((r) => excludedCounts[r]).map((r) => [r, excludedCounts[r]!])),
  };
}

type Infeasible = Extract<ReturnType<typeof optimise>, { infeasible: unknown }>['infeasible'];

function infeasibleError(inf: Infeasible, currency: Currency, budget = 0, reachShare = { min: 0, max: 1 }, blendedCpvMax?: number): InputError {
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const money = (n: number) => formatMoney(n, currency);
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
      const p = { count: inf.count, spend: money(inf.spend), reach: money(inf.reachSpend), views: Math.round(inf.views) };
      if (inf.breaks === 'budget') return new InputError('infeasibleFixedBudget', { ...p, budget: money(budget) });
      if (inf.breaks === 'reachShare') return new InputError('infeasibleFixedReachShare', { ...p, min: pct(reachShare.min), max: pct(reachShare.max) });
      return new InputError('infeasibleFixedBlendedCpv', { ...p, max: formatMoney(blendedCpvMax ?? 0, currency, 2) });
    }
    case 'combined':
      return new InputError('infeasibleCombined', { detail: inf.detail });
  }
}

// The evaluation sheet as parallel grids (values, formats, bold), written in
// a constant number of calls: the verdict per creator with its reason, the
// campaign totals, the verdict counts and the chart's data.

import { Currency, formatMoney } from '../currency';
import { evalWord, EvalWord, Locale, VERDICT_NAMES, VERDICT_REASONS } from '../i18n';
import { asText } from '../shortlist/layout';
import { Secret, Structure, StructureBuilder } from '../share/structure';
import { ROLE_NAMES } from '../i18n';
import type { CreatorEval, Evaluation } from './evaluate';
import { VERDICTS } from './verdict';

const COLUMNS = [
  'handle',
  'platform',
  'role',
  'verdict',
  'reason',
  'fee',
  'plannedViews',
  'actualViews',
  'viewsRatio',
  'plannedCpv',
  'actualCpv',
  'cpvRatio',
  'cvrViews',
  'cvrClicks',
  'aov',
  'roi',
  'plannedRoi',
  'roas',
  'actionRate',
  'targetFee',
  'flag',
] as const satisfies readonly EvalWord[];
export const EVAL_WIDTH = COLUMNS.length;

export interface EvalLayout {
  values: (string | number)[][];
  formats: string[][];
  bold: boolean[][];
  /** 1-based block (header included) of handle, planned CPV, actual CPV, cap; null without any actual CPV. */
  chart: { row: number; col: number; numRows: number; numCols: number } | null;
  creatorRows: number;
  /** Which confidential figures each block carries, for the client snapshot (see core/share/structure.ts). */
  structure: Structure;
}

const PCT = '0.0%';
const RATIO = '0.00';
const NUM = '#,##0';
const TEXT = '@';

const two = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

/** The reason in the user's language, with the numbers that decided. */
export function reasonText(c: CreatorEval, e: Evaluation, locale: Locale, currency: Currency): string {
  const money2 = (n: number | null) => (n === null ? '—' : formatMoney(n, currency, 2));
  const p = {
    cpv: c.actualCpv === null && c.actualViews === 0 ? '∞' : money2(c.actualCpv),
    cap: money2(e.options.cap),
    roas: c.roas === null ? '—' : two(c.roas),
    min: two(e.options.minRoas),
    fee: c.targetFee === null ? '—' : formatMoney(c.targetFee, currency),
    rate: c.actionRate === null ? '—' : `${(c.actionRate * 100).toFixed(1)}%`,
    missing: '',
  };
  if (c.verdict === 'noData') {
    const names = c.missing.map((m) => evalWord(m === 'fee' ? 'plannedFee' : m, locale));
    p.missing = names.join(locale === 'en' ? ', ' : '・');
  }
  let text = VERDICT_REASONS[c.verdict][locale].replace(/\{(\w+)\}/g, (m, k: string) => (k in p ? p[k as keyof typeof p] : m));
  for (const pr of c.row.problems)
    text += ` · ${evalWord('unreadableCell', locale, { cell: pr.cell, problem: pr.error.localized(locale) })}`;
  return text;
}

export function flagText(c: CreatorEval, e: Evaluation, locale: Locale): string {
  if (!c.engagementFlag) return '';
  return VERDICT_REASONS.engagementFlag[locale]
    .replace('{rate}', c.actionRate === null ? '—' : `${(c.actionRate * 100).toFixed(1)}%`)
    .replace('{roas}', c.roas === null ? '—' : two(c.roas))
    .replace('{min}', two(e.options.minRoas));
}

export function buildEvaluationLayout(e: Evaluation, o: { locale: Locale; currency: Currency; campaign: string }): EvalLayout {
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const bold: boolean[][] = [];
  const w = (k: EvalWord) => evalWord(k, o.locale);
  const money = o.currency.whole;
  const perView = o.currency.perView;
  const push = (cells: (string | number)[], fmts: string[] = [], isBold = false): void => {
    const row = cells.concat(new Array(EVAL_WIDTH - cells.length).fill(''));
    values.push(row);
    formats.push(row.map((v, i) => fmts[i] ?? (typeof v === 'number' ? '#,##0.##' : TEXT)));
    bold.push(row.map(() => isBold));
  };
  const blank = () => push([]);
  const t = e.totals;
  const tags = new StructureBuilder(EVAL_WIDTH);
  const block = (first: string, carries: Partial<Record<number, Secret[]>> = {}, whole = false) =>
    tags.start(values.length, first, carries, whole);
  // A label/value row of the totals, as its own block so hiding its figure removes the row.
  const total = (label: string, value: string | number, fmt: string, secrets: Secret[] = []) => {
    block(label, secrets.length ? { 1: secrets } : {}, true);
    push([label, value], [TEXT, fmt]);
  };

  // 1. One row per creator. Revenue is shown, so ROAS (revenue ÷ fee) gives the fee away; the reasons quote CPVs and fees.
  const roiSecrets: Secret[] = e.options.margin ? ['roi', 'margin'] : ['roi'];
  block(w('handle'), {
    4: ['cpv', 'fee'],
    5: ['fee'],
    9: ['cpv'],
    10: ['cpv'],
    11: ['cpv'],
    15: roiSecrets,
    16: roiSecrets,
    17: ['fee'],
    19: ['fee', 'cpv'],
    20: ['fee'],
  });
  push(
    COLUMNS.map((c) => (c === 'roi' && e.options.margin ? w('profitRoi') : w(c))),
    [],
    true,
  );
  for (const c of e.creators) {
    const none = c.verdict === 'noData' ? w('noData') : '';
    const v = (x: number | null): string | number => (x === null ? none : x);
    push(
      [
        asText(c.row.handle),
        asText(c.row.platform),
        c.row.role ? ROLE_NAMES[c.row.role][o.locale] : '',
        VERDICT_NAMES[c.verdict][o.locale],
        reasonText(c, e, o.locale, o.currency),
        c.verdict === 'notPosted' ? '' : v(c.fee),
        c.plannedViews ?? '',
        c.verdict === 'notPosted' ? '' : v(c.actualViews),
        c.viewsRatio ?? '',
        c.plannedCpv ?? '',
        c.verdict === 'notPosted' ? '' : v(c.actualCpv),
        c.cpvRatio ?? '',
        c.cvrViews ?? '',
        c.cvrClicks ?? '',
        c.aov ?? '',
        v(c.roi),
        c.plannedRoi ?? '',
        v(c.roas),
        c.actionRate ?? '',
        c.targetFee ?? '',
        flagText(c, e, o.locale),
      ],
      [
        TEXT,
        TEXT,
        TEXT,
        TEXT,
        TEXT,
        money,
        NUM,
        NUM,
        PCT,
        perView,
        perView,
        PCT,
        '0.00%',
        '0.00%',
        money,
        RATIO,
        RATIO,
        RATIO,
        '0.00%',
        money,
        TEXT,
      ],
    );
  }
  const creatorRows = e.creators.length;
  blank();

  // 2. Campaign totals.
  const orNone = (x: number | null): string | number => (x === null ? w('noData') : x);
  block(w('totals'), {}, true);
  push([w('totals'), asText(o.campaign)], [], true);
  total(w('creators'), t.creators, '0');
  total(w('spend'), t.spend, money, ['fee']);
  total(w('totalViews'), t.views, NUM);
  total(w('blendedCpv'), orNone(t.blendedCpv), perView, ['cpv']);
  total(w('cap'), t.cap, perView, ['cpv']);
  total(w('vsCap'), t.blendedCpv === null ? w('noData') : t.blendedCpv / t.cap, PCT, ['cpv']);
  total(w('plannedBlendedCpv'), orNone(t.plannedBlendedCpv), perView, ['cpv']);
  total(w('vsPlan'), t.blendedCpv === null || !t.plannedBlendedCpv ? w('noData') : t.blendedCpv / t.plannedBlendedCpv, PCT, ['cpv']);
  total(w('totalOrders'), t.orders, NUM);
  total(w('totalRevenue'), t.revenue, money);
  total(w('roas'), orNone(t.roas), RATIO, ['fee']);
  total(w('minRoas'), e.options.minRoas, RATIO);
  total(w('missing'), t.missing, '0');
  total(w('missingViews'), t.missingViews, '0');
  total(w('missingRevenue'), t.missingRevenue, '0');
  blank();

  // 3. Verdict counts.
  block(w('byVerdict'));
  push([w('byVerdict'), w('count'), w('share')], [], true);
  for (const v of VERDICTS) push([VERDICT_NAMES[v][o.locale], t.counts[v], t.creators ? t.counts[v] / t.creators : 0], [TEXT, '0', PCT]);
  push([w('flag'), t.flagged, t.creators ? t.flagged / t.creators : 0], [TEXT, '0', PCT]);
  blank();

  // 4. The chart's data: planned vs actual CPV per creator, and the cap as a line.
  const measured = e.creators.filter((c) => c.actualCpv !== null);
  let chart: EvalLayout['chart'] = null;
  if (measured.length > 0) {
    const row = values.length + 1;
    block(w('handle'), { 1: ['cpv'], 2: ['cpv'], 3: ['cpv'] });
    push([w('handle'), w('plannedCpv'), w('actualCpv'), w('cap')], [], true);
    for (const c of measured) push([asText(c.row.handle), c.plannedCpv ?? '', c.actualCpv!, t.cap], [TEXT, perView, perView, perView]);
    chart = { row, col: 1, numRows: measured.length + 1, numCols: 4 };
  }
  return { values, formats, bold, chart, creatorRows, structure: tags.finish(values.length) };
}

// The output sheet as three parallel grids (values, number formats, bold),
// so the adapter writes it in a constant number of batched calls whatever
// the roster size: the chosen creators, the totals (the objective's total
// next to views, spend and blended CPV, and whether the selection is proven
// optimal), spend by role, the exclusion counts, and every roster row with
// exactly one status.

import { KEPT_OUT_WORDS, Locale, OBJECTIVE_WORDS, shortlistWord, STATUS_WORDS, VERDICT_NAMES } from '../i18n';
import { Currency, fixedUnits, formatMoney } from '../currency';
import { eachStatus, Plan, RowStatus } from './plan';
import { REASON_NAMES, ROLE_NAMES, word, Word } from '../i18n';
import { REASONS } from '../roster/read';
import { SmallestK } from '../top-k';
import { Structure, StructureBuilder } from '../share/structure';

export const WIDTH = 16;
const CLOSEST = 10;

export interface Layout {
  values: (string | number)[][];
  formats: string[][];
  bold: boolean[][];
  /** 1-based block of the spend-by-role table (role, spend), header included: the chart's data. */
  chart: { row: number; col: number; numRows: number; numCols: number };
  /**
   * 1-based cell the chart sits on: beside the totals, right of every block below them (they use at
   * most 9 columns), so the sheet needs no columns beyond WIDTH — a big output's cells count against
   * Sheets' limit per spreadsheet.
   */
  chartAt: { row: number; col: number };
  /**
   * Widest a column may be after fitting (1-based column → px): the all-rows block's reason and detail
   * texts would otherwise widen columns 5 and 6 for the chosen table above them (followers, views).
   */
  maxWidths: Record<number, number>;
  selectedRows: number;
  /** 1-based row of the "all roster rows" section's title */
  allRowsAt: number;
  /** Which confidential figures each block carries: the client snapshot's view is built from it (see core/share/structure.ts). */
  structure?: Structure;
}

/**
 * Text from the roster, written so Sheets keeps it as text: the leading
 * apostrophe is Sheets' own "this is text" mark (not shown, not stored), so
 * "=HYPERLINK(...)", "+81…", "-x-" or "@user" never become formulas, and
 * "1e5" or "2024-01-01" never become numbers or dates.
 */
export function asText(s: string): string {
  return s === '' ? '' : `'${s}`;
}

const NUM = '#,##0';
const PLAIN = '#,##0.##';
const PCT = '0.00%';
const TEXT = '@';

export interface LayoutOptions {
  locale: Locale;
  currency: Currency;
  budget: number;
  cpvCap: number;
  cvr?: number | undefined;
  aov?: number | undefined;
  reachShare?: { min: number; max: number } | undefined;
}

export function buildLayout(plan: Plan, o: LayoutOptions): Layout {
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const bold: boolean[][] = [];
  const w = (k: Word) => word(k, o.locale);
  const money = o.currency.whole;
  const perView = o.currency.perView;
  const valueFormat = plan.objective === 'revenue' ? money : NUM;

  const push = (cells: (string | number)[], fmts: string[] = [], isBold = false): void => {
    const row = cells.concat(new Array(WIDTH - cells.length).fill(''));
    values.push(row);
    formats.push(row.map((v, i) => fmts[i] ?? (typeof v === 'number' ? PLAIN : v === '' ? PLAIN : TEXT)));
    bold.push(row.map(() => isBold));
  };
  const blank = () => push([]);
  // Structure tags: a block starts at the next row pushed; columns are 0-based.
  const tags = new StructureBuilder(WIDTH);
  const block = (first: string, carries: Parameters<StructureBuilder['start']>[2] = {}, whole = false) =>
    tags.start(values.length, first, carries, whole);

  // Chosen creators, reach first then by CPV, as a marketer reads a plan.
  // With History: each creator's last verdict and measured CPV (confidential like CPV) in columns 15–16.
  const hist = plan.historyUsed;
  block(w('role'), {
    6: ['fee'],
    7: ['cpv'],
    10: ['roi'],
    ...(plan.objective === 'revenue' ? { 12: ['roi'] as ['roi'] } : {}),
    ...(hist ? { 15: ['cpv'] as ['cpv'] } : {}),
  });
  push(
    [
      w('role'),
      w('handle'),
      w('platform'),
      w('tier'),
      w('followers'),
      w('views'),
      w('fee'),
      w('cpv'),
      w('er'),
      w('verdict'),
      w('roi'),
      w('row'),
      w('value'),
      w('intentShare'),
      ...(hist ? [w('lastVerdict'), w('measuredCpv')] : []),
    ],
    [],
    true,
  );
  const chosen = [...plan.chosen].sort((a, b) => (a.role === b.role ? a.cpv - b.cpv : a.role === 'reach' ? -1 : 1));
  const roiOn = o.cvr !== undefined && o.aov !== undefined;
  const est = `"${w('estimated')}"`;
  for (const c of chosen) {
    const role = ROLE_NAMES[c.role][o.locale] + (c.mustInclude ? ` · ${w(c.mustOverride ? 'mustOverCap' : 'mustMark')}` : '');
    push(
      [
        role,
        asText(c.handle),
        asText(c.platform),
        c.tier,
        c.followers,
        c.views,
        c.fee,
        c.cpv,
        c.er ?? '',
        c.verdict ?? '',
        roiOn ? (o.cvr! * o.aov!) / c.cpv : '',
        c.row,
        c.value,
        c.intentShare === null ? '' : c.intentShare,
        ...(hist ? [c.past?.lastVerdict ? VERDICT_NAMES[c.past.lastVerdict][o.locale] : '', c.past?.measuredCpv ?? ''] : []),
      ],
      // Estimates (and History's measured views) say so in their format, not in a note.
      [
        TEXT,
        TEXT,
        TEXT,
        TEXT,
        NUM,
        c.viewsEstimated ? `${NUM}${est}` : c.viewsMeasured ? `${NUM}" (${w('measured')})"` : NUM,
        money,
        perView,
        PCT,
        TEXT,
        '0.00',
        '0',
        c.valueEstimated ? `${valueFormat}${est}` : valueFormat,
        c.intentShare === null ? PLAIN : `0.0%" (${c.intentCount})"`,
        TEXT,
        perView,
      ],
    );
  }
  const selectedRows = chosen.length;
  blank();

  // Totals: the objective's total next to views, spend and blended CPV.
  const chartAt = { row: values.length + 1, col: 10 };
  block(w('totals'), {}, true);
  push([w('totals')], [], true);
  push([w('objective'), OBJECTIVE_WORDS[plan.objective][o.locale]], [TEXT, TEXT]);
  if (plan.objective !== 'views') {
    block(w('totalValue'), plan.objective === 'revenue' ? { 1: ['roi'] } : {}, true);
    push([w('totalValue'), plan.value], [TEXT, valueFormat]);
  }
  block(w('totalViews'), {}, true);
  push([w('totalViews'), plan.views], [TEXT, NUM]);
  push([w('budget'), o.budget], [TEXT, money]);
  block(w('spend'), { 1: ['fee'] }, true);
  push([w('spend'), plan.spend], [TEXT, money]);
  push([w('remaining'), o.budget - plan.spend], [TEXT, money]);
  block(w('blendedCpv'), { 1: ['cpv'] }, true);
  push([w('blendedCpv'), plan.blendedCpv], [TEXT, perView]);
  push([w('cap'), o.cpvCap], [TEXT, perView]);
  block(w('optimality'), {}, true);
  push([w('optimality'), optimality(plan, o.locale)], [TEXT, TEXT]);
  blank();

  // Spend by role, against the spend (the reach window's measure) and the budget.
  const chartRow = values.length + 1;
  block(w('spendByRole'), { 1: ['fee'], 3: ['fee'], 4: ['fee'] });
  push([w('spendByRole'), w('spend'), w('creators'), w('share'), w('shareOfBudget')], [], true);
  for (const role of ['reach', 'empathy'] as const) {
    const spend = role === 'reach' ? plan.reachSpend : plan.empathySpend;
    const n = plan.chosen.filter((c) => c.role === role).length;
    push(
      [ROLE_NAMES[role][o.locale], spend, n, plan.spend > 0 ? spend / plan.spend : 0, o.budget > 0 ? spend / o.budget : 0],
      [TEXT, money, '0', PCT, PCT],
    );
  }
  blank();

  // Why the others were left out: counts, then the rows closest to passing.
  block(w('excluded'));
  push([w('excluded'), w('count')], [], true);
  for (const r of REASONS) {
    const n = plan.excludedCounts[r];
    if (n) push([REASON_NAMES[r][o.locale], n], [TEXT, '0']);
  }
  const details = detailWriter(o);
  const near = closestToPassing(plan);
  if (near.length > 0) {
    blank();
    block(w('closest'), { 4: ['cpv'], 5: ['cpv'] });
    push([w('closest'), w('handle'), w('platform'), w('reason'), w('cpv'), w('detail'), w('row')], [], true);
    for (const e of near)
      push(
        ['', asText(e.handle), asText(e.platform), REASON_NAMES.overCap[o.locale], e.cpv!, details(e), e.row],
        [TEXT, TEXT, TEXT, TEXT, perView, TEXT, '0'],
      );
  }
  blank();

  // Every roster row, exactly one status: filter this block in Sheets.
  const allRowsAt = values.length + 1;
  block(w('allRows'), { 5: ['cpv'], 6: ['fee'], 7: ['cpv'], ...(plan.objective === 'revenue' ? { 8: ['roi'] as ['roi'] } : {}) });
  push([w('allRows')], [], true);
  push([w('row'), w('handle'), w('platform'), w('status'), w('reason'), w('detail'), w('fee'), w('cpv'), w('value')], [], true);
  // 250,000 rows here on a big roster: each row's cells directly, and one shared format and weight row.
  const allFormats = ['0', TEXT, TEXT, TEXT, TEXT, TEXT, money, perView, valueFormat, ...new Array<string>(WIDTH - 9).fill(PLAIN)];
  const plainWeight = new Array<boolean>(WIDTH).fill(false);
  const statusWords = { chosen: '', chosenMust: '', excluded: '', notChosen: '' };
  for (const k of Object.keys(statusWords) as (keyof typeof statusWords)[]) statusWords[k] = STATUS_WORDS[k][o.locale];
  const platforms = new Map<string, string>(); // a roster has a few platforms: one text each
  const why = whyWords(o.locale);
  eachStatus(plan, (r) => {
    let platform = platforms.get(r.platform);
    if (platform === undefined) platforms.set(r.platform, (platform = asText(r.platform)));
    // WIDTH (16) cells, as one literal: a big roster has 250,000 of these rows.
    // prettier-ignore
    values.push([
      r.row, asText(r.handle), platform, statusWords[r.status], r.why === '' ? '' : r.status === 'notChosen' ? why.keptOut.get(r.why)! : why.reason.get(r.why)!, details(r),
      r.fee ?? '', r.cpv ?? '', r.value ?? '', '', '', '', '', '', '', '',
    ]);
    formats.push(allFormats);
    bold.push(plainWeight);
  });

  return {
    values,
    formats,
    bold,
    chart: { row: chartRow, col: 1, numRows: 3, numCols: 2 },
    chartAt,
    maxWidths: { 5: 200, 6: 240 },
    selectedRows,
    allRowsAt,
    structure: tags.finish(values.length),
  };
}

function optimality(plan: Plan, locale: Locale): string {
  if (plan.proven || plan.bound <= plan.value) return shortlistWord('optimal', locale);
  const gap = plan.bound > 0 ? (plan.bound - plan.value) / plan.bound : 0;
  return shortlistWord('withinGap', locale, { gap: `${(Math.ceil(gap * 10000) / 100).toFixed(2)}%` });
}

/** What kept a row out, in the user's language: looked up once per locale, not per row. */
function whyWords(locale: Locale): { reason: Map<string, string>; keptOut: Map<string, string> } {
  const words = <K extends string>(table: Record<K, Record<Locale, string>>) =>
    new Map((Object.keys(table) as K[]).map((k) => [k as string, table[k][locale]] as const));
  return { reason: words(REASON_NAMES), keptOut: words(KEPT_OUT_WORDS) };
}

/** Over the cap by the least: the ten rows closest to passing (a linear pass keeps the top ten). */
export function closestToPassing(plan: Plan, n = CLOSEST): RowStatus[] {
  const near = new SmallestK<Readonly<RowStatus>>(n, (a, b) => a.cpv! < b.cpv! || (a.cpv === b.cpv && a.row < b.row));
  eachStatus(plan, (r) => {
    if (r.why === 'overCap' && r.cpv !== undefined && near.admits(r)) near.add({ ...r });
  });
  return near.items();
}

/**
 * A row's detail, for many rows: the cap's text once, and each "¥2.35 > ¥2.00" once per CPV in
 * cents (a big roster has 200,000 rows over the cap, at a few thousand distinct CPVs).
 */
function detailWriter(o: Pick<LayoutOptions, 'locale' | 'currency' | 'cpvCap'>): (r: RowStatus) => string {
  const cap = ` > ${formatMoney(o.cpvCap, o.currency, 2)}`;
  const overCap = new Map<number, string>();
  const overCapText = (cpv: number): string => {
    const cents = fixedUnits(cpv, 2);
    if (cents < 0) return formatMoney(cpv, o.currency, 2) + cap; // near a tie: its own text
    let text = overCap.get(cents);
    if (text === undefined) {
      text = formatMoney(cpv, o.currency, 2) + cap;
      if (overCap.size < 100_000) overCap.set(cents, text);
    }
    return text;
  };
  return (r) => {
    if (r.error) return asText(`${r.detail}: ${r.error.localized(o.locale)}`);
    if (r.why === 'overCap' && r.cpv !== undefined) return overCapText(r.cpv);
    if (r.why === 'userExcluded') return r.detail === 'list' ? shortlistWord('excludedByList', o.locale) : asText(r.detail);
    if (r.detail === 'override') return shortlistWord('mustOverCap', o.locale);
    return r.detail === '' ? '' : asText(r.detail);
  };
}

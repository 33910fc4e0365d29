// The output sheet as three parallel grids (values, number formats, bold),
// so the adapter writes it in a constant number of batched calls whatever
// the roster size.

import { smallestK } from '../top-k';
import { Locale } from '../i18n';
import { Currency, formatMoney } from '../currency';
import { Exclusion, REASONS } from '../roster/read';
import { Plan } from './plan';
import { REASON_NAMES, ROLE_NAMES, word, Word } from './labels';
import { Structure, StructureBuilder } from '../share/structure';

export const WIDTH = 12;
const CLOSEST = 10;

export interface Layout {
  values: (string | number)[][];
  formats: string[][];
  bold: boolean[][];
  /** 1-based block of the spend-by-role table (role, spend), header included: the chart's data. */
  chart: { row: number; col: number; numRows: number; numCols: number };
  selectedRows: number;
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
}

export function buildLayout(plan: Plan, o: LayoutOptions): Layout {
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const bold: boolean[][] = [];
  const w = (k: Word) => word(k, o.locale);
  const money = o.currency.whole;
  const perView = o.currency.perView;

  const push = (cells: (string | number)[], fmts: string[] = [], isBold = false): void => {
    const row = cells.concat(new Array(WIDTH - cells.length).fill(''));
    values.push(row);
    formats.push(row.map((v, i) => fmts[i] ?? (typeof v === 'number' ? PLAIN : v === '' ? PLAIN : TEXT)));
    bold.push(row.map(() => isBold));
  };
  const blank = () => push([]);
  // Structure tags: a block starts at the next row pushed; columns are 0-based.
  const tags = new StructureBuilder(WIDTH);
  const block = (first: string, carries: Parameters<StructureBuilder['start']>[2] = {}, whole = false) => tags.start(values.length, first, carries, whole);

  // Chosen creators, reach first then by CPV, as a marketer reads a plan.
  block(w('role'), { 6: ['fee'], 7: ['cpv'], 10: ['roi'] });
  push([w('role'), w('handle'), w('platform'), w('tier'), w('followers'), w('views'), w('fee'), w('cpv'), w('er'), w('verdict'), w('roi'), w('row')], [], true);
  const chosen = [...plan.chosen].sort((a, b) => (a.role === b.role ? a.cpv - b.cpv : a.role === 'reach' ? -1 : 1));
  const roiOn = o.cvr !== undefined && o.aov !== undefined;
  for (const c of chosen) {
    push(
      [
        ROLE_NAMES[c.role][o.locale], asText(c.handle), asText(c.platform), c.tier, c.followers,
        c.views, c.fee, c.cpv, c.er ?? '', c.verdict ?? '',
        roiOn ? (o.cvr! * o.aov!) / c.cpv : '', c.row,
      ],
      // Views from followers × view rate say so in their format, not in a note.
      [TEXT, TEXT, TEXT, TEXT, NUM, c.viewsEstimated ? `${NUM}"${w('estimated')}"` : NUM, money, perView, PCT, TEXT, '0.00', '0'],
    );
  }
  const selectedRows = chosen.length;
  blank();

  // Totals.
  block(w('totals'), {}, true);
  push([w('totals')], [], true);
  push([w('budget'), o.budget], [TEXT, money]);
  block(w('spend'), { 1: ['fee'] }, true);
  push([w('spend'), plan.spend], [TEXT, money]);
  push([w('remaining'), o.budget - plan.spend], [TEXT, money]);
  block(w('totalViews'), {}, true);
  push([w('totalViews'), plan.views], [TEXT, NUM]);
  block(w('blendedCpv'), { 1: ['cpv'] }, true);
  push([w('blendedCpv'), plan.blendedCpv], [TEXT, perView]);
  push([w('cap'), o.cpvCap], [TEXT, perView]);
  blank();

  // Spend by role: the chart's data (role, spend) in the first two columns.
  const chartRow = values.length + 1;
  block(w('spendByRole'), { 1: ['fee'], 3: ['fee'] });
  push([w('spendByRole'), w('spend'), w('creators'), w('share')], [], true);
  for (const role of ['reach', 'empathy'] as const) {
    const mine = plan.chosen.filter((c) => c.role === role);
    const spend = mine.reduce((s, c) => s + c.fee, 0);
    push([ROLE_NAMES[role][o.locale], spend, mine.length, plan.spend > 0 ? spend / plan.spend : 0], [TEXT, money, '0', PCT]);
  }
  blank();

  // Why the others were left out: counts, then the rows closest to passing.
  block(w('excluded'));
  push([w('excluded'), w('count')], [], true);
  for (const r of REASONS) {
    const n = plan.excludedCounts[r];
    if (n) push([REASON_NAMES[r][o.locale], n], [TEXT, '0']);
  }
  const near = closestToPassing(plan.roster.excluded);
  if (near.length > 0) {
    blank();
    block(w('closest'), { 4: ['cpv'], 6: ['cpv'] });
    push([w('closest'), w('handle'), w('platform'), w('reason'), w('cpv'), w('er'), w('detail'), w('row')], [], true);
    for (const e of near) {
      push(['', asText(e.handle), asText(e.platform), REASON_NAMES[e.reason][o.locale], e.cpv ?? '', e.er ?? '', exclusionDetail(e, o), e.row], [TEXT, TEXT, TEXT, TEXT, perView, PCT, TEXT, '0']);
    }
  }

  return { values, formats, bold, chart: { row: chartRow, col: 1, numRows: 3, numCols: 2 }, selectedRows, structure: tags.finish(values.length) };
}

/** Over the cap or under the ER band by the least, in that order of closeness. */
export function closestToPassing(excluded: readonly Exclusion[], n = CLOSEST): Exclusion[] {
  // One pass for the top n, not a sort of every exclusion (about 200,000 on a big roster).
  return smallestK(excluded, n, (a, b) => a.gap! < b.gap! || (a.gap === b.gap && a.row < b.row), (e) => e.gap !== undefined);
}

export function exclusionDetail(e: Exclusion, o: Pick<LayoutOptions, 'locale' | 'currency' | 'cpvCap'>): string {
  if (e.error) return asText(`${e.detail}: ${e.error.localized(o.locale)}`);
  if (e.reason === 'overCap' && e.cpv !== undefined) return `${formatMoney(e.cpv, o.currency, 2)} > ${formatMoney(o.cpvCap, o.currency, 2)}`;
  return e.detail === '' ? '' : asText(e.detail);
}

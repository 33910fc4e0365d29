// evaluateCampaign: read the results sheet once, judge every creator by the
// one decision table (src/core/evaluate/verdict.ts), rebuild the add-on's
// evaluation sheet (on a new sheet, swapped in when complete) and add the
// campaign to History. A constant number of writes whatever the size.

import { Currency } from '../core/currency';
import { spreadsheetCurrency } from './locale';
import { ArgError, evalWord, InputError, Locale, show, VERDICT_NAMES } from '../core/i18n';
import { parseNumber, NumberKind, ParseOptions } from '../core/parse';
import { evaluate, Evaluation } from '../core/evaluate/evaluate';
import { historyRowsOf } from '../core/evaluate/history';
import { buildEvaluationLayout, EVAL_WIDTH, flagText, reasonText } from '../core/evaluate/layout';
import { readResults } from '../core/evaluate/read';
import { targetRoas } from '../core/evaluate/verdict';
import { writeHistory } from './history';
import { withDocumentLock } from './lock';
import { ownKind } from './own-sheets';
import { writeOwnSheet } from './output';
import { fitSheetName } from '../core/share/sheet-name';
import { campaignOf, today } from './results';
import { loadSettings } from './store';
import { userFacing } from './user-facing';
import type { EvaluationSummary } from '../shared/api';

function option(req: Record<string, unknown>, name: string, kind: NumberKind, check?: (n: number) => InputError | null): number | null {
  const opts: ParseOptions | undefined = kind === 'money' ? { currency: () => spreadsheetCurrency().code } : undefined;
  const v = req[name];
  if (v === undefined || v === null || v === '') return null;
  let n: number | null;
  try {
    n = parseNumber(v, kind, opts);
  } catch (err) {
    if (err instanceof InputError) throw new ArgError(name, err);
    throw err;
  }
  const problem = n === null ? null : (check?.(n) ?? null);
  if (problem) throw new ArgError(name, problem);
  return n;
}

const positive = (label: string, v: unknown) => (n: number) =>
  n > 0 ? null : new InputError('mustBePositive', { name: label, value: show(v) });
const fraction = (label: string, v: unknown) => (n: number) =>
  n <= 1 ? null : new InputError('rateAboveOne', { name: label, value: show(v) });

export function evaluationName(campaign: string, locale: Locale): string {
  // Valid in Sheets and Excel (≤ 31 characters, no : / ? * [ ] or backslash): a long campaign name is shortened.
  return fitSheetName(`${evalWord('evaluationSheet', locale)} (${campaign}`, ')');
}

export function evaluateCampaign(raw: unknown): EvaluationSummary {
  return userFacing('evaluateCampaign', (locale) => {
    const req = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const resultsName = typeof req.resultsSheet === 'string' ? req.resultsSheet.trim() : '';
    const cpvCap = option(req, 'cpvCap', 'money', positive('CPV', req.cpvCap));
    const cvr = option(req, 'cvr', 'rate', fraction('CVR', req.cvr));
    const aov = option(req, 'aov', 'money');
    const margin = option(req, 'margin', 'rate', (n) =>
      n > 0 && n <= 1 ? null : new InputError('marginRange', { value: show(req.margin) }),
    );
    const minRoas = option(req, 'minRoas', 'number');
    return withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const source = resultsName ? ss.getSheetByName(resultsName) : null;
      if (!source) throw new InputError('noSheet', { name: resultsName });
      const kind = ownKind(source);
      if (kind !== null && kind !== 'results') throw new InputError('notResultsSheet', { name: resultsName });
      const currency = spreadsheetCurrency();
      const read = readResults(source.getDataRange().getValues(), currency.code); // the one read of the results
      if (!read) throw new InputError('noResultsHeader', { name: resultsName });
      if (read.rows.length === 0) throw new InputError('noResultsRows', { name: resultsName });
      const savedCap = loadSettings().settings?.cpvCap;
      const cap = cpvCap ?? (typeof savedCap === 'number' && savedCap > 0 ? savedCap : null);
      if (cap === null) throw new InputError('needCap');

      const e = evaluate(read.rows, { cap, minRoas: targetRoas(minRoas, margin), margin, cvr, aov });
      const campaign = (typeof req.campaign === 'string' && req.campaign.trim()) || campaignOf(source) || resultsName;
      const name = evaluationName(campaign, locale);
      // Built in full on a new sheet, then swapped in: a failure leaves the previous evaluation.
      const layout = buildEvaluationLayout(e, { locale, currency, campaign });
      const chart = layout.chart && {
        type: Charts.ChartType.COMBO,
        block: layout.chart,
        title: evalWord('chartTitle', locale),
        options: { seriesType: 'bars', series: { 2: { type: 'line' } } },
        at: { row: layout.creatorRows + 3, col: 4 },
      };
      const sheet = writeOwnSheet(ss, name, 'evaluation', layout, EVAL_WIDTH, {
        chart,
        protectNote: evalWord('evaluationProtected', locale),
      });
      const historySheet = writeHistory(ss, historyRowsOf(e, campaign, today(ss)), locale, currency);
      ss.setActiveSheet(sheet);
      return summaryOf(e, { campaign, resultsSheet: source.getName(), evaluationSheet: name, historySheet }, locale, currency);
    });
  });
}

function summaryOf(
  e: Evaluation,
  names: Pick<EvaluationSummary, 'campaign' | 'resultsSheet' | 'evaluationSheet' | 'historySheet'>,
  locale: Locale,
  currency: Currency,
): EvaluationSummary {
  const t = e.totals;
  return {
    ...names,
    creators: t.creators,
    counts: t.counts,
    missing: t.missing,
    flagged: t.flagged,
    spend: t.spend,
    views: t.views,
    orders: t.orders,
    revenue: t.revenue,
    blendedCpv: t.blendedCpv,
    plannedBlendedCpv: t.plannedBlendedCpv,
    cap: t.cap,
    minRoas: e.options.minRoas,
    roas: t.roas,
    rows: e.creators.map((c) => ({
      handle: c.row.handle,
      platform: c.row.platform,
      verdict: c.verdict,
      verdictName: VERDICT_NAMES[c.verdict][locale],
      reason: [reasonText(c, e, locale, currency), flagText(c, e, locale)].filter(Boolean).join(' / '),
      actualCpv: c.actualCpv,
      roas: c.roas,
      targetFee: c.targetFee,
      flagged: c.engagementFlag,
    })),
  };
}

// The Results tab (成果 / 성과): after the campaign, a results sheet from the
// latest shortlist, then the evaluation — who to book again — with the
// summary and the verdict counts. Every text from the sheet or the server
// goes in as text (see dom.ts), never as HTML.

import type { EvaluationSummary, Locale, ResultsContext, VerdictCode } from '../src/shared/api';
import { evalWord, EvalWord, VERDICT_NAMES } from '../src/core/i18n';
import { el, replace, select } from './dom';
import { intlTag } from '../src/core/i18n';
import { server } from './rpc';

export interface ResultsPanel {
  /** The tab was opened: load (again) so new shortlists and sheets show. */
  show(): void;
  relabel(): void;
}

const VERDICT_ORDER: readonly VerdictCode[] = ['rebook', 'rebookLowerFee', 'rebookWithChanges', 'doNotRebook', 'notPosted', 'noData'];

export function createResultsPanel(container: HTMLElement, locale: () => Locale): ResultsPanel {
  const W = (k: EvalWord, p?: Record<string, string | number>) => evalWord(k, locale(), p);
  let ctx: ResultsContext | null = null;
  let summary: EvaluationSummary | null = null;
  let created: string | null = null;
  let busy = false;
  let seq = 0;
  // What the user typed, kept across renders.
  const typed = { shortlist: '', campaign: '', sheet: '', cap: '', roas: '', margin: '' };
  const error = el('div', { class: 'error', role: 'alert', 'data-testid': 'results-error', hidden: true });

  const num = (n: number, digits = 0) =>
    new Intl.NumberFormat(intlTag(locale()), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  const money = (n: number | null, digits = 0) => (n === null ? W('noData') : `${ctx?.currencySymbol ?? ''}${num(n, digits)}`);

  function showError(message: string | null): void {
    error.hidden = message === null;
    error.textContent = message ?? '';
  }

  async function load(): Promise<void> {
    const mine = ++seq;
    if (!ctx) replace(container, el('p', { class: 'muted' }, '…'), error);
    try {
      const c = await server.getResultsContext();
      if (mine !== seq) return;
      ctx = c;
      if (!c.sheets.includes(typed.shortlist)) typed.shortlist = c.shortlistSheet ?? '';
      // The add-on's newest results sheet, else a sheet named like results (a team's own, or the sample's).
      if (!c.sheets.includes(typed.sheet))
        typed.sheet = c.resultsSheets[c.resultsSheets.length - 1] ?? c.sheets.find((s) => /成果|実績|result|성과|실적/i.test(s)) ?? '';
      if (typed.cap === '' && c.cpvCap !== null) typed.cap = String(c.cpvCap);
      render();
    } catch (err) {
      if (mine === seq) showError(err instanceof Error ? err.message : String(err));
    }
  }

  function input(id: string, value: string, placeholder = ''): HTMLInputElement {
    const i = el('input', {
      type: 'text',
      id,
      'data-testid': id,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder,
      inputmode: 'decimal',
    });
    i.value = value;
    return i;
  }
  const field = (id: string, label: string, control: HTMLElement) =>
    el('div', { class: 'field' }, el('label', { for: id }, label), control);

  function render(): void {
    if (!ctx) return;
    const c = ctx;
    // Create
    const shortlist = select(
      { id: 'results-shortlist', 'data-testid': 'results-shortlist' },
      c.sheets.map((s) => [s, s] as const),
      typed.shortlist,
    );
    if (!typed.shortlist) shortlist.selectedIndex = -1;
    shortlist.addEventListener('change', () => (typed.shortlist = shortlist.value));
    const campaign = input('results-campaign', typed.campaign);
    campaign.addEventListener('input', () => (typed.campaign = campaign.value));
    const create = el('button', { type: 'button', class: 'secondary', 'data-testid': 'results-create' }, W('createResults'));
    create.disabled = busy || !typed.shortlist;
    create.addEventListener('click', () => void run('create'));
    const createdBox = el(
      'div',
      { class: 'share-result', 'data-testid': 'results-created', 'aria-live': 'polite', hidden: created === null },
      created === null ? '' : W('resultsCreated', { sheet: created }),
    );

    // Evaluate: the add-on's results sheets first, then any other sheet (a team's own results).
    const own = new Set(c.resultsSheets);
    const options = [...c.resultsSheets, ...c.sheets.filter((s) => !own.has(s))].map((s) => [s, s] as const);
    const sheet = select({ id: 'results-sheet', 'data-testid': 'results-sheet' }, options, typed.sheet);
    if (!typed.sheet) sheet.selectedIndex = -1;
    sheet.addEventListener('change', () => {
      typed.sheet = sheet.value;
      evaluate.disabled = busy || !typed.sheet;
    });
    const cap = input('results-cap', typed.cap, '2');
    cap.addEventListener('input', () => (typed.cap = cap.value));
    const roas = input('results-roas', typed.roas, '1');
    roas.addEventListener('input', () => (typed.roas = roas.value));
    const margin = input('results-margin', typed.margin, '30%');
    margin.addEventListener('input', () => (typed.margin = margin.value));
    const evaluate = el('button', { type: 'button', class: 'primary', 'data-testid': 'results-evaluate' }, W('evaluate'));
    evaluate.disabled = busy || !typed.sheet;
    evaluate.addEventListener('click', () => void run('evaluate'));

    replace(
      container,
      el(
        'section',
        { class: 'share-section' },
        el('h2', {}, W('resultsTitle')),
        el('p', { class: 'hint lead-hint' }, W('resultsLead')),
        field('results-shortlist', W('fromShortlist'), shortlist),
        field('results-campaign', W('campaignName'), campaign),
        el('div', { class: 'actions' }, create),
        createdBox,
      ),
      el(
        'section',
        { class: 'share-section' },
        options.length === 0 ? el('p', { class: 'hint' }, W('noResultsSheets')) : null,
        field('results-sheet', W('resultsToEvaluate'), sheet),
        field('results-cap', W('cap'), cap),
        field('results-roas', W('targetRoas'), roas),
        field('results-margin', W('marginLabel'), margin),
        el('div', { class: 'actions' }, evaluate),
        summary ? summaryBox(summary) : null,
      ),
      error,
    );
  }

  function summaryBox(s: EvaluationSummary): HTMLElement {
    const open = el('button', { type: 'button', class: 'secondary', 'data-testid': 'results-open' }, W('openEvaluation'));
    open.addEventListener('click', () => {
      showError(null);
      server.openSheet(s.evaluationSheet).catch((err: unknown) => showError(err instanceof Error ? err.message : String(err)));
    });
    const counts = el('dl', { 'data-testid': 'results-counts' });
    for (const v of VERDICT_ORDER) {
      if (s.counts[v] === 0) continue;
      counts.append(el('dt', {}, VERDICT_NAMES[v][locale()]), el('dd', { 'data-verdict': v }, num(s.counts[v])));
    }
    if (s.flagged > 0) counts.append(el('dt', {}, W('flag')), el('dd', { 'data-verdict': 'flag' }, num(s.flagged)));
    return el(
      'div',
      { class: 'result', 'data-testid': 'results-summary', 'aria-live': 'polite' },
      el('div', { class: 'done' }, s.evaluationSheet),
      el(
        'p',
        {},
        W('summaryLine', {
          n: num(s.creators),
          spend: money(s.spend),
          cpv: money(s.blendedCpv, 2),
          cap: money(s.cap, 2),
          roas: s.roas === null ? W('noData') : num(s.roas, 2),
        }),
      ),
      s.missing > 0 ? el('p', { class: 'hint', 'data-testid': 'results-missing' }, W('missingLine', { n: num(s.missing) })) : null,
      counts,
      el('div', { class: 'actions' }, open),
    );
  }

  async function run(what: 'create' | 'evaluate'): Promise<void> {
    if (busy) return;
    busy = true;
    showError(null);
    render();
    try {
      if (what === 'create') {
        const r = await server.createResultsSheet({
          shortlistSheet: typed.shortlist,
          ...(typed.campaign.trim() ? { campaign: typed.campaign.trim() } : {}),
        });
        created = r.sheet;
        typed.sheet = r.sheet;
      } else {
        const opt = (v: string) => (v.trim() === '' ? {} : undefined);
        summary = await server.evaluateCampaign({
          resultsSheet: typed.sheet,
          ...(opt(typed.cap) ?? { cpvCap: typed.cap.trim() }),
          ...(opt(typed.roas) ?? { minRoas: typed.roas.trim() }),
          ...(opt(typed.margin) ?? { margin: typed.margin.trim() }),
        });
      }
      busy = false;
      await load();
    } catch (err) {
      busy = false;
      render();
      showError(err instanceof Error ? err.message : String(err));
    }
  }

  return {
    show: () => void load(),
    relabel: () => render(),
  };
}

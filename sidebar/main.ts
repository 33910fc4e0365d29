// The sidebar: two tabs. Shortlist: pick the roster and its columns, set the
// CPV cap and the budget, watch the pre-simulation, run. Share with a client:
// see share.ts. Plain DOM; every text from the sheet goes in as text (see
// dom.ts), never as HTML.

import type { Field, Locale, ShortlistContext, ShortlistResult } from '../src/shared/api';
import { FIELDS } from '../src/core/roster/headers';
import { REASONS } from '../src/core/roster/read';
import { append, el, replace, select } from './dom';
import { buildSettings, DEFAULT_FORM, formFromSettings, FormValues } from './form';
import { browserLocale, FIELD_LABELS, intlTag, Label, list as listText, REASON_LABELS, t as label, LabelArgs } from './i18n';
import { readNumber } from './numbers';
import { histogram, prepare, Prepared, simulate } from './presim';
import { histogramSvg } from './chart';
import { server } from './rpc';
import { createSharePanel } from './share';
import { createResultsPanel } from './results';
import { evalWord } from '../src/core/i18n';

/** Columns that change what the preview computes. */
const PRESIM_FIELDS: readonly Field[] = ['fee', 'views', 'followers', 'er'];
const SHOWN_SELECTED = 100;

interface State {
  ctx: ShortlistContext | null;
  locale: Locale;
  values: FormValues;
  /** Fields whose column the user picked in this roster. */
  touched: Set<Field>;
  prepared: { viewRate: number | null; prep: Prepared } | null;
  running: boolean;
  loadSeq: number;
}

const state: State = {
  ctx: null,
  locale: browserLocale(),
  values: { ...DEFAULT_FORM, columns: {} },
  touched: new Set(),
  prepared: null,
  running: false,
  loadSeq: 0,
};

const L = <K extends Label>(key: K, ...params: LabelArgs<K>): string => label(state.locale, key, ...params);

// ---- Formatting -------------------------------------------------------------

function numberText(n: number, digits = 0): string {
  return new Intl.NumberFormat(intlTag(state.locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}
function money(n: number, digits = 0): string {
  return `${state.ctx?.currencySymbol ?? ''}${numberText(n, digits)}`;
}
const cpvText = (n: number): string => money(n, 2);
function compact(n: number): string {
  return new Intl.NumberFormat(intlTag(state.locale), { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}
const percentOf = (part: number, whole: number): string => (whole > 0 ? `${numberText((part / whole) * 100, 0)}%` : '—');

// ---- Elements kept between renders -----------------------------------------

const app = document.getElementById('app') ?? document.body.appendChild(el('main', { id: 'app' }));

// ---- Tabs -------------------------------------------------------------------

type Tab = 'shortlist' | 'share' | 'results';
const TABS: readonly Tab[] = ['shortlist', 'share', 'results'];
const TAB_LABEL: Record<Exclude<Tab, 'results'>, Label> = { shortlist: 'tabShortlist', share: 'tabShare' };
const tabLabel = (tab: Tab): string => (tab === 'results' ? evalWord('tabResults', state.locale) : L(TAB_LABEL[tab]));
const panels: Record<Tab, HTMLElement> = {
  shortlist: el('div', { id: 'panel-shortlist', role: 'tabpanel', 'aria-labelledby': 'tab-shortlist', 'data-testid': 'panel-shortlist' }),
  share: el('div', { id: 'panel-share', role: 'tabpanel', 'aria-labelledby': 'tab-share', 'data-testid': 'panel-share', hidden: true }),
  results: el('div', { id: 'panel-results', role: 'tabpanel', 'aria-labelledby': 'tab-results', 'data-testid': 'panel-results', hidden: true }),
};
const tabButtons = {} as Record<Tab, HTMLButtonElement>;
let currentTab: Tab = 'shortlist';
const share = createSharePanel(panels.share, () => state.locale);
const results = createResultsPanel(panels.results, () => state.locale);

function buildTabs(): HTMLElement {
  const bar = el('div', { class: 'tabs', role: 'tablist' });
  for (const tab of TABS) {
    const b = el('button', { type: 'button', role: 'tab', id: `tab-${tab}`, 'aria-controls': `panel-${tab}`, 'data-testid': `tab-${tab}` }, tabLabel(tab));
    b.addEventListener('click', () => selectTab(tab));
    b.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      e.preventDefault();
      const next = TABS[(TABS.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
      selectTab(next);
      tabButtons[next].focus();
    });
    tabButtons[tab] = b;
    bar.appendChild(b);
  }
  return bar;
}

function selectTab(tab: Tab): void {
  currentTab = tab;
  for (const t of TABS) {
    const on = t === tab;
    tabButtons[t].setAttribute('aria-selected', String(on));
    tabButtons[t].tabIndex = on ? 0 : -1;
    panels[t].hidden = !on;
  }
  if (tab === 'share') share.show();
  if (tab === 'results') results.show();
}

/** Labels that live outside a panel's render, after the language is known. */
function relabelTabs(): void {
  for (const t of TABS) tabButtons[t].textContent = tabLabel(t);
  share.relabel();
  results.relabel();
}

replace(app, buildTabs(), panels.shortlist, panels.share, panels.results);
selectTab(currentTab);

interface Ui {
  fieldset: HTMLFieldSetElement;
  inputs: Record<'cpvCap' | 'budget' | 'reachMin' | 'reachMax' | 'minEmpathy' | 'viewRate' | 'cvr' | 'aov' | 'outputSheet', HTMLInputElement>;
  erFloor: HTMLInputElement;
  roster: HTMLSelectElement;
  presim: HTMLElement;
  columnsNote: HTMLElement;
  runButton: HTMLButtonElement;
  runText: HTMLElement;
  error: HTMLElement;
  result: HTMLElement;
}
let ui: Ui | null = null;

// ---- Loading the context ----------------------------------------------------

async function load(rosterSheet?: string): Promise<void> {
  const seq = ++state.loadSeq;
  const hadFocus = ui !== null && document.activeElement === ui.roster;
  if (ui) {
    readValues();
    ui.fieldset.disabled = true;
    ui.runButton.disabled = true;
    ui.runText.textContent = L('loading');
  } else {
    replace(panels.shortlist, el('p', { class: 'muted', 'data-testid': 'loading' }, L('loading')), errorBox());
  }
  try {
    const ctx = rosterSheet === undefined ? await server.getShortlistContext() : await server.getShortlistContext(rosterSheet);
    if (seq !== state.loadSeq) return; // a newer request is on its way
    const first = state.ctx === null;
    const relabel = ctx.locale !== state.locale;
    state.ctx = ctx;
    state.locale = ctx.locale;
    state.prepared = null;
    state.touched = new Set();
    if (first) state.values = formFromSettings(ctx.settings, state.values);
    state.values.rosterSheet = ctx.rosterSheet ?? '';
    state.values.columns = { ...(ctx.header?.columns ?? {}) };
    document.documentElement.lang = ctx.locale;
    if (relabel) relabelTabs();
    render();
    if (hadFocus) ui?.roster.focus();
  } catch (err) {
    if (seq !== state.loadSeq) return;
    if (ui) {
      ui.roster.value = state.ctx?.rosterSheet ?? '';
      ui.fieldset.disabled = false;
      ui.runButton.disabled = !canRun();
      ui.runText.textContent = L('run');
    }
    showError(messageOf(err));
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

// ---- Rendering --------------------------------------------------------------

function errorBox(): HTMLElement {
  return el('div', { class: 'error', role: 'alert', 'data-testid': 'error', hidden: true });
}

function textInput(key: keyof Ui['inputs'], attrs: Record<string, string> = {}): HTMLInputElement {
  const input = el('input', { type: 'text', id: `in-${key}`, autocomplete: 'off', spellcheck: 'false', ...attrs });
  input.value = state.values[key];
  return input;
}

function field(forId: string, text: string, control: HTMLElement, hint?: string): HTMLElement {
  return el('div', { class: 'field' }, el('label', { for: forId }, text), control, hint ? el('div', { class: 'hint' }, hint) : null);
}

function render(): void {
  const ctx = state.ctx!;
  document.title = L('title');
  const unit = (key: Label): string => (ctx.currencySymbol ? L('withUnit', { label: L(key), unit: ctx.currencySymbol }) : L(key));
  const inputs: Ui['inputs'] = {
    cpvCap: textInput('cpvCap', { 'data-testid': 'cpv-cap', placeholder: L('cpvCapHint'), inputmode: 'decimal' }),
    budget: textInput('budget', { 'data-testid': 'budget', placeholder: L('budgetHint') }),
    reachMin: textInput('reachMin', { 'data-testid': 'reach-min', inputmode: 'decimal', 'aria-label': `${L('reachShare')} ${L('min')}` }),
    reachMax: textInput('reachMax', { 'data-testid': 'reach-max', inputmode: 'decimal', 'aria-label': `${L('reachShare')} ${L('max')}` }),
    minEmpathy: textInput('minEmpathy', { 'data-testid': 'min-empathy', inputmode: 'numeric' }),
    viewRate: textInput('viewRate', { 'data-testid': 'view-rate', inputmode: 'decimal', placeholder: L('optional') }),
    cvr: textInput('cvr', { 'data-testid': 'cvr', inputmode: 'decimal', placeholder: L('optional') }),
    aov: textInput('aov', { 'data-testid': 'aov', placeholder: L('optional') }),
    outputSheet: textInput('outputSheet', { 'data-testid': 'output-sheet' }),
  };
  const erFloor = el('input', { type: 'checkbox', id: 'in-erFloor', 'data-testid': 'er-floor' });
  erFloor.checked = state.values.erFloor;

  // The add-on's own output sheets are no rosters (unless one is chosen already).
  const outputs = new Set(ctx.outputs ?? []);
  const sheetOptions = ctx.sheets.filter((s) => !outputs.has(s) || s === ctx.rosterSheet).map((s) => [s, s] as const);
  const roster = select({ id: 'in-roster', 'data-testid': 'roster-sheet' }, sheetOptions, ctx.rosterSheet ?? '');
  if (ctx.rosterSheet === null) roster.selectedIndex = -1;
  roster.addEventListener('change', () => void load(roster.value));
  const reload = el('button', { type: 'button', class: 'icon', title: L('reload'), 'aria-label': L('reload'), 'data-testid': 'reload' }, '↻');
  reload.addEventListener('click', () => void load(roster.value || undefined));

  const presim = el('section', { class: 'presim', 'data-testid': 'presim', 'aria-live': 'polite' });
  const columnsNote = el('div', { class: 'note', hidden: true }, L('columnsChanged'));
  const runText = el('span', {}, L('run'));
  const runButton = el('button', { type: 'submit', class: 'primary', 'data-testid': 'run' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), runText);
  const error = errorBox();
  const result = el('section', { class: 'result', 'data-testid': 'result', 'aria-live': 'polite', hidden: true });

  const fieldset = el(
    'fieldset',
    {},
    el('section', {}, field('in-roster', L('rosterSheet'), el('div', { class: 'row' }, roster, reload)), rosterNotice(ctx), columnsSection(ctx), columnsNote),
    el(
      'section',
      {},
      el('h2', {}, L('rules')),
      el('div', { class: 'pair' }, field('in-cpvCap', unit('cpvCap'), inputs.cpvCap), field('in-budget', unit('budget'), inputs.budget)),
      el('label', { class: 'check' }, erFloor, el('span', {}, L('erFloor'))),
    ),
    presim,
    el(
      'section',
      {},
      el('h2', {}, L('mix')),
      el('div', { class: 'field' }, el('label', { for: 'in-reachMin' }, L('reachShare')), el('div', { class: 'range' }, inputs.reachMin, el('span', {}, '–'), inputs.reachMax)),
      el('div', { class: 'hint' }, L('reachHint')),
      field('in-minEmpathy', L('minEmpathy'), inputs.minEmpathy),
    ),
    el(
      'details',
      { class: 'more' },
      el('summary', {}, L('more')),
      field('in-viewRate', L('viewRate'), inputs.viewRate, L('viewRateHint')),
      el('div', { class: 'pair' }, field('in-cvr', L('cvr'), inputs.cvr), field('in-aov', unit('aov'), inputs.aov)),
      field('in-outputSheet', L('outputSheet'), inputs.outputSheet),
    ),
  );
  const form = el('form', { novalidate: true }, fieldset, el('div', { class: 'actions' }, runButton), error, result);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });

  ui = { fieldset, inputs, erFloor, roster, presim, columnsNote, runButton, runText, error, result };
  for (const key of ['cpvCap', 'budget', 'viewRate'] as const) inputs[key].addEventListener('input', schedulePresim);
  erFloor.addEventListener('change', schedulePresim);
  inputs.viewRate.addEventListener('input', updateColumnWarnings);

  replace(panels.shortlist, el('h1', {}, L('title')), el('p', { class: 'lead' }, L('lead')), form);
  runButton.disabled = !canRun();
  updatePresim();
  updateColumnWarnings();
}

function canRun(): boolean {
  const ctx = state.ctx;
  return !!ctx && ctx.rosterSheet !== null && ctx.header !== null && !state.running;
}

function rosterNotice(ctx: ShortlistContext): HTMLElement | null {
  if (ctx.rosterSheet === null) return el('div', { class: 'warn', 'data-testid': 'header-problem' }, L('noRoster'));
  if (ctx.headerProblem) return el('div', { class: 'warn', 'data-testid': 'header-problem' }, ctx.headerProblem);
  if (ctx.settingsIgnored) return el('div', { class: 'hint', 'data-testid': 'settings-ignored' }, ctx.settingsIgnored);
  if (ctx.unreadableRows > 0) return el('div', { class: 'hint' }, L('unreadableRows', { n: ctx.unreadableRows }));
  return null;
}

let missingBox: HTMLElement | null = null;
let columnsDetails: HTMLDetailsElement | null = null;

function columnsSection(ctx: ShortlistContext): HTMLElement | null {
  missingBox = null;
  columnsDetails = null;
  const header = ctx.header;
  if (!header) return null;
  const none = L('none');
  const detected = L('detected');
  const grid = el('div', { class: 'columns', 'data-testid': 'columns' });
  for (const f of FIELDS) {
    const auto = header.columns[f];
    const options: (readonly [string, string])[] = [['', none]];
    header.headers.forEach((h) => {
      if (h !== '' && !options.some(([v]) => v === h)) options.push([h, h === auto ? `${h}（${detected}）` : h]);
    });
    const s = select({ id: `col-${f}`, 'data-testid': `column-${f}`, 'data-detected': auto ?? '' }, options, state.values.columns[f] ?? '');
    s.addEventListener('change', () => {
      state.touched.add(f);
      if (s.value === '') state.values.columns[f] = '';
      else state.values.columns[f] = s.value;
      updateColumnWarnings();
    });
    append(grid, el('label', { for: `col-${f}` }, FIELD_LABELS[f][state.locale]), s);
  }
  const found = FIELDS.filter((f) => header.columns[f] !== undefined).length;
  missingBox = el('div', { class: 'warn', hidden: true, 'data-testid': 'missing-columns' });
  columnsDetails = el(
    'details',
    { class: 'columns-box' },
    el('summary', {}, `${L('columns')}: `, el('span', { class: 'muted' }, L('columnsSummary', { found, all: FIELDS.length, row: header.row }))),
    grid,
  );
  return el('div', {}, missingBox, columnsDetails);
}

function updateColumnWarnings(): void {
  if (!ui || !state.ctx?.header) return;
  const cols = state.values.columns;
  const has = (f: Field): boolean => !!cols[f];
  const missing: Field[] = [];
  if (!has('fee')) missing.push('fee');
  if (!has('followers')) missing.push('followers');
  if (!has('views') && ui.inputs.viewRate.value.trim() === '') missing.push('views');
  if (missingBox) {
    missingBox.hidden = missing.length === 0;
    missingBox.textContent = L('missingRequired', { fields: listText(missing.map((f) => FIELD_LABELS[f][state.locale]), state.locale) });
  }
  if (missing.length > 0 && columnsDetails) columnsDetails.open = true;
  const detected = state.ctx.header.columns;
  ui.columnsNote.hidden = !PRESIM_FIELDS.some((f) => state.touched.has(f) && (cols[f] || undefined) !== detected[f]);
}

// ---- Pre-simulation ---------------------------------------------------------

let presimTimer: ReturnType<typeof setTimeout> | null = null;
function schedulePresim(): void {
  if (presimTimer !== null) clearTimeout(presimTimer);
  presimTimer = setTimeout(() => {
    presimTimer = null;
    updatePresim();
  }, 60);
}

function updatePresim(): void {
  if (!ui || !state.ctx) return;
  const box = ui.presim;
  const ctx = state.ctx;
  if (ctx.header === null) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  const heading = el('h2', {}, L('presim'));
  const capText = ui.inputs.cpvCap.value;
  const budgetText = ui.inputs.budget.value;
  const rateText = ui.inputs.viewRate.value;
  const cap = readNumber(capText, 'money');
  const budget = readNumber(budgetText, 'money');
  const rate = readNumber(rateText, 'percent');
  const viewRate = rate !== null && Number.isFinite(rate) && rate > 0 ? rate : null;

  if (state.prepared === null || state.prepared.viewRate !== viewRate) state.prepared = { viewRate, prep: prepare(ctx.presim, viewRate) };
  const prep = state.prepared.prep;
  const lines: (HTMLElement | SVGElement)[] = [];
  const bad = (text: string) => lines.push(el('div', { class: 'warn small' }, L('presimUnreadable', { value: text.trim() })));
  if (cap !== null && Number.isNaN(cap)) bad(capText);
  if (budget !== null && Number.isNaN(budget)) bad(budgetText);
  if (rate !== null && Number.isNaN(rate)) bad(rateText);

  if (prep.order.length === 0) {
    lines.push(el('div', { class: 'muted' }, L('presimNoRows')));
    replace(box, heading, ...lines);
    box.dataset.state = 'empty';
    return;
  }
  const erFloor = ui.erFloor.checked;
  const sim = simulate(prep, { cap, budget, erFloor });
  if (sim.passCap === null) {
    lines.push(el('div', { class: 'muted' }, L('presimNeedCap')));
  } else {
    lines.push(el('div', { class: 'stat', 'data-testid': 'presim-pass' }, L('passCap', { pass: sim.passCap, total: sim.total })));
    if (erFloor) lines.push(el('div', { class: 'stat' }, L('passEr', { pass: sim.passBoth ?? 0 })));
  }
  if (sim.noViews > 0) lines.push(el('div', { class: 'hint' }, L('noViewsRows', { n: sim.noViews })));
  const h = histogram(prep, sim.passCap === null ? null : cap);
  const histLabel = h.cap === null ? L('presim') : L('histogram', { cap: cpvText(h.cap) });
  lines.push(histogramSvg(h, histLabel, (n) => money(n, n < 10 ? 2 : 0), L('capMark')));
  if (sim.estimate) {
    const e = sim.estimate;
    const body =
      e.count === 0
        ? [el('div', { class: 'stat' }, L('estimateNone'))]
        : [
            el('div', { class: 'stat' }, L('peopleSplit', { count: e.count, reach: e.reach, empathy: e.empathy })),
            el('div', { class: 'stat' }, L('estimateViews', { views: compact(e.views), cpv: cpvText(e.cpv) })),
          ];
    lines.push(el('div', { class: 'estimate', 'data-testid': 'presim-estimate' }, el('div', { class: 'muted' }, L('estimate')), ...body));
    lines.push(el('div', { class: 'hint' }, L('estimateNote')));
  }
  replace(box, heading, ...lines);
  box.dataset.state = sim.estimate ? 'estimate' : sim.passCap === null ? 'no-cap' : 'cap';
  box.dataset.key = `${capText}|${budgetText}|${rateText}|${erFloor}`;
}

// ---- Run --------------------------------------------------------------------

function readValues(): void {
  if (!ui) return;
  for (const key of Object.keys(ui.inputs) as (keyof Ui['inputs'])[]) state.values[key] = ui.inputs[key].value;
  state.values.erFloor = ui.erFloor.checked;
  state.values.rosterSheet = ui.roster.value;
}

function settingsColumns(): FormValues['columns'] {
  // Every column the mapping names, plus "none" for fields the user cleared.
  const out: FormValues['columns'] = {};
  for (const f of FIELDS) {
    const v = state.values.columns[f];
    if (v) out[f] = v;
    else if (state.touched.has(f) && state.ctx?.header?.columns[f] !== undefined) out[f] = '';
  }
  return out;
}

function setRunning(running: boolean): void {
  state.running = running;
  if (!ui) return;
  ui.fieldset.disabled = running;
  ui.runButton.disabled = !canRun();
  ui.runButton.classList.toggle('busy', running);
  ui.runButton.setAttribute('aria-busy', String(running));
  ui.runText.textContent = running ? L('running') : L('run');
}

async function run(): Promise<void> {
  if (!ui || !canRun()) return;
  readValues();
  showError(null);
  ui.result.hidden = true;
  replace(ui.result);
  setRunning(true);
  try {
    const settings = buildSettings({ ...state.values, columns: settingsColumns() });
    const result = await server.runShortlist(settings);
    showResult(result);
  } catch (err) {
    showError(messageOf(err));
  } finally {
    setRunning(false);
  }
}

function showError(message: string | null): void {
  const box = ui?.error ?? (panels.shortlist.querySelector('[data-testid="error"]') as HTMLElement | null);
  if (!box) return;
  box.textContent = message ?? '';
  box.hidden = !message;
  if (message) box.scrollIntoView?.({ block: 'nearest' });
}

function showResult(r: ShortlistResult): void {
  if (!ui) return;
  const reach = r.selected.filter((c) => c.role === 'reach').length;
  const empathy = r.selected.length - reach;
  const row = (name: string, ...value: (string | HTMLElement)[]) => [el('dt', {}, name), el('dd', {}, ...value)];
  const excluded = REASONS.filter((k) => (r.excluded[k] ?? 0) > 0).map((k) => `${REASON_LABELS[k][state.locale]} ${r.excluded[k]}`);
  const list = el('ol', { class: 'chosen', 'data-testid': 'selected' });
  // As the output sheet lists them: reach first, then by CPV.
  const ordered = [...r.selected].sort((a, b) => (a.role === b.role ? a.cpv - b.cpv : a.role === 'reach' ? -1 : 1));
  for (const c of ordered.slice(0, SHOWN_SELECTED)) {
    list.appendChild(
      el(
        'li',
        {},
        el('span', { class: 'handle' }, c.handle || `#${c.row}`),
        el('span', { class: `role ${c.role}` }, L(c.role === 'reach' ? 'roleReach' : 'roleEmpathy')),
        el('span', { class: 'num' }, cpvText(c.cpv)),
      ),
    );
  }
  if (r.selected.length > SHOWN_SELECTED) list.appendChild(el('li', { class: 'muted' }, L('andMore', { n: r.selected.length - SHOWN_SELECTED })));

  replace(
    ui.result,
    el('div', { class: 'done', 'data-testid': 'output-sheet-link' }, '✓ ', L('written', { name: r.outputSheet })),
    el(
      'dl',
      {},
      ...row(L('selected'), L('peopleSplit', { count: r.selected.length, reach, empathy })),
      ...row(L('spend'), L('ofBudget', { spend: money(r.spend), budget: money(r.budget) })),
      ...row(L('views'), numberText(r.views)),
      ...row(L('blendedCpv'), cpvText(r.blendedCpv)),
      ...row(L('reachSpend'), percentOf(r.reachSpend, r.spend)),
      ...row(L('excluded'), excluded.length ? listText(excluded, state.locale) : L('excludedNone')),
    ),
    list,
  );
  ui.result.hidden = false;
  ui.result.scrollIntoView?.({ block: 'nearest' });
}

void load();

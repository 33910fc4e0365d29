// The sidebar: two tabs. Shortlist: pick the roster and its columns, set the
// CPV cap and the budget, watch the pre-simulation, run. Share with a client:
// see share.ts. Plain DOM; every text from the sheet goes in as text (see
// dom.ts), never as HTML.

import type { Field, Locale, ShortlistContext, ShortlistResult } from '../src/shared/api';
import { FIELDS } from '../src/core/roster/headers';
import { REASONS } from '../src/core/roster/read';
import { append, el, replace, select } from './dom';
import { buildSettings, DEFAULT_FORM, formFromSettings, FormValues, splitRange } from './form';
import { FIELD_NAMES, intlTag, Label, list as listText, REASON_NAMES } from '../src/core/i18n';
import { browserLocale, t as label, LabelArgs } from './i18n';
import { cpvsOf, histogram, livePresim, LiveSettings, readField, FieldKind } from './presim';
import { KPI_UI_WORDS, OBJECTIVE_HINTS, OBJECTIVE_WORDS, shortlistWord, ShortlistWord } from '../src/core/i18n';
import { OBJECTIVES, Objective } from '../src/core/shortlist/objective';
import { CHOSEN_MUST, ROW_REASONS } from '../src/core/shortlist/select';
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
  prepared: { viewRate: number | null; cpvs: Float64Array } | null;
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
/** Words of the KPI shortlist, from the one table in src/core/i18n.ts. */
const K = (key: keyof typeof KPI_UI_WORDS, params: Record<string, string | number> = {}): string =>
  KPI_UI_WORDS[key][state.locale].replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined ? m : String(params[k])));
const W = (key: ShortlistWord, params?: Record<string, string | number>): string => shortlistWord(key, state.locale, params);

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
  results: el('div', {
    id: 'panel-results',
    role: 'tabpanel',
    'aria-labelledby': 'tab-results',
    'data-testid': 'panel-results',
    hidden: true,
  }),
};
const tabButtons = {} as Record<Tab, HTMLButtonElement>;
let currentTab: Tab = 'shortlist';
const share = createSharePanel(panels.share, () => state.locale);
const results = createResultsPanel(panels.results, () => state.locale);

function buildTabs(): HTMLElement {
  const bar = el('div', { class: 'tabs', role: 'tablist' });
  for (const tab of TABS) {
    const b = el(
      'button',
      { type: 'button', role: 'tab', id: `tab-${tab}`, 'aria-controls': `panel-${tab}`, 'data-testid': `tab-${tab}` },
      tabLabel(tab),
    );
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
  inputs: Record<
    'cpvCap' | 'budget' | 'reachMin' | 'reachMax' | 'minEmpathy' | 'viewRate' | 'cvr' | 'aov' | 'outputSheet' | 'blendedCpvMax' | 'erRange',
    HTMLInputElement
  >;
  erFloor: HTMLInputElement;
  useHistory: HTMLInputElement;
  historyViews: HTMLSelectElement;
  objective: HTMLSelectElement;
  objectiveHint: HTMLElement;
  missingActions: HTMLSelectElement;
  missingBox: HTMLElement;
  commentsSheet: HTMLSelectElement;
  commentsBox: HTMLElement;
  erPreset: HTMLSelectElement;
  mustInclude: HTMLTextAreaElement;
  exclude: HTMLTextAreaElement;
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
    // The first load lets the server use the saved settings' comments sheet and ER table.
    const ctx =
      state.ctx === null && rosterSheet === undefined
        ? await server.getShortlistContext()
        : await server.getShortlistContext(rosterSheet ?? (ui?.roster.value || undefined), contextOptions());
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

/** What the context reads besides the roster: the comments sheet (for 'intent') and an ER table range. */
function contextOptions(): NonNullable<Parameters<typeof server.getShortlistContext>[1]> {
  const v = state.values;
  const o: NonNullable<Parameters<typeof server.getShortlistContext>[1]> = {
    commentsSheet: v.objective === 'intent' && v.commentsSheet ? { sheet: v.commentsSheet } : null,
  };
  if (v.erPreset === 'range') {
    const r = splitRange(v.erRange);
    if (r) o.erPreset = r;
  } else o.erPreset = v.erPreset;
  return o;
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
    blendedCpvMax: textInput('blendedCpvMax', { 'data-testid': 'blended-cpv-max', inputmode: 'decimal', placeholder: L('optional') }),
    erRange: textInput('erRange', { 'data-testid': 'er-range', placeholder: 'Settings!A2:D6' }),
  };
  // The KPI first: what the selection maximises, with a line on each.
  const objective = select(
    { id: 'in-objective', 'data-testid': 'objective' },
    OBJECTIVES.map((o) => [o, OBJECTIVE_WORDS[o][state.locale]] as const),
    state.values.objective,
  );
  const objectiveHint = el(
    'div',
    { class: 'hint', 'data-testid': 'objective-hint' },
    OBJECTIVE_HINTS[state.values.objective][state.locale],
  );
  const missingActions = select(
    { id: 'in-missingActions', 'data-testid': 'missing-actions' },
    [
      ['exclude', K('missingExclude')],
      ['tierMedian', K('missingMedian')],
    ] as const,
    state.values.missingActions,
  );
  const missingBox = el(
    'div',
    { class: 'field', hidden: true, 'data-testid': 'missing-actions-box' },
    el('label', { for: 'in-missingActions', 'data-testid': 'missing-actions-count' }, ''),
    missingActions,
  );
  const commentsSheet = select(
    { id: 'in-commentsSheet', 'data-testid': 'comments-sheet' },
    [
      ['', K('commentsNone')] as const,
      ...ctx.sheets.filter((n) => n !== ctx.rosterSheet && !(ctx.outputs ?? []).includes(n)).map((n) => [n, n] as const),
    ],
    state.values.commentsSheet,
  );
  const commentsBox = el(
    'div',
    { hidden: state.values.objective !== 'intent' },
    field('in-commentsSheet', K('commentsSheet'), commentsSheet),
    commentsNote(ctx),
  );
  const erPreset = select(
    { id: 'in-erPreset', 'data-testid': 'er-preset' },
    [
      ['seed', 'seed'],
      ['instagram', 'instagram'],
      ['tiktok', 'tiktok'],
      ['range', K('erPresetRange')],
    ] as const,
    state.values.erPreset,
  );
  inputs.erRange.hidden = state.values.erPreset !== 'range';
  const mustInclude = el('textarea', { id: 'in-mustInclude', 'data-testid': 'must-include', rows: '2', spellcheck: 'false' });
  mustInclude.value = state.values.mustInclude;
  const exclude = el('textarea', { id: 'in-exclude', 'data-testid': 'exclude', rows: '2', spellcheck: 'false' });
  exclude.value = state.values.exclude;
  const erFloor = el('input', { type: 'checkbox', id: 'in-erFloor', 'data-testid': 'er-floor' });
  erFloor.checked = state.values.erFloor;
  // History (past evaluations): offered only when the add-on's History sheet exists.
  const useHistory = el('input', { type: 'checkbox', id: 'in-useHistory', 'data-testid': 'use-history' });
  useHistory.checked = state.values.useHistory;
  const historyViews = select(
    { id: 'in-historyViews', 'data-testid': 'history-views' },
    [
      ['roster', K('historyViewsRoster')],
      ['median', K('historyViewsMedian')],
    ] as const,
    state.values.historyViews,
  );
  historyViews.disabled = !useHistory.checked;
  const historyBox = ctx.hasHistory
    ? el(
        'div',
        { 'data-testid': 'history-box' },
        el('label', { class: 'check' }, useHistory, el('span', {}, K('useHistory'))),
        el('div', { class: 'hint' }, K('historyHint')),
        field('in-historyViews', K('historyViews'), historyViews),
      )
    : null;

  // The add-on's own output sheets are no rosters (unless one is chosen already).
  const outputs = new Set(ctx.outputs ?? []);
  const sheetOptions = ctx.sheets.filter((s) => !outputs.has(s) || s === ctx.rosterSheet).map((s) => [s, s] as const);
  const roster = select({ id: 'in-roster', 'data-testid': 'roster-sheet' }, sheetOptions, ctx.rosterSheet ?? '');
  if (ctx.rosterSheet === null) roster.selectedIndex = -1;
  roster.addEventListener('change', () => void load(roster.value));
  const reload = el(
    'button',
    { type: 'button', class: 'icon', title: L('reload'), 'aria-label': L('reload'), 'data-testid': 'reload' },
    '↻',
  );
  reload.addEventListener('click', () => void load(roster.value || undefined));

  const presim = el('section', { class: 'presim', 'data-testid': 'presim', 'aria-live': 'polite' });
  const columnsNote = el('div', { class: 'note', hidden: true }, L('columnsChanged'));
  const runText = el('span', {}, L('run'));
  const runButton = el(
    'button',
    { type: 'submit', class: 'primary', 'data-testid': 'run' },
    el('span', { class: 'spinner', 'aria-hidden': 'true' }),
    runText,
  );
  const error = errorBox();
  const result = el('section', { class: 'result', 'data-testid': 'result', 'aria-live': 'polite', hidden: true });

  const fieldset = el(
    'fieldset',
    {},
    el('section', {}, field('in-objective', W('objective'), objective), objectiveHint, missingBox, commentsBox),
    el(
      'section',
      {},
      field('in-roster', L('rosterSheet'), el('div', { class: 'row' }, roster, reload)),
      rosterNotice(ctx),
      columnsSection(ctx),
      columnsNote,
    ),
    el(
      'section',
      {},
      el('h2', {}, L('rules')),
      el('div', { class: 'pair' }, field('in-cpvCap', unit('cpvCap'), inputs.cpvCap), field('in-budget', unit('budget'), inputs.budget)),
      el('label', { class: 'check' }, erFloor, el('span', {}, L('erFloor'))),
      historyBox,
      field('in-erPreset', K('erPreset'), erPreset),
      inputs.erRange,
      ctx.erPresetProblem ? el('div', { class: 'warn small', 'data-testid': 'er-preset-problem' }, ctx.erPresetProblem) : null,
      field('in-mustInclude', K('mustInclude'), mustInclude),
      field('in-exclude', K('excludeList'), exclude, K('listHint')),
    ),
    presim,
    el(
      'section',
      {},
      el('h2', {}, L('mix')),
      el(
        'div',
        { class: 'field' },
        el('label', { for: 'in-reachMin' }, L('reachShare')),
        el('div', { class: 'range' }, inputs.reachMin, el('span', {}, '–'), inputs.reachMax),
      ),
      el('div', { class: 'hint' }, L('reachHint')),
      field('in-minEmpathy', L('minEmpathy'), inputs.minEmpathy),
      field('in-blendedCpvMax', unit('blendedCpv'), inputs.blendedCpvMax),
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

  ui = {
    fieldset,
    inputs,
    erFloor,
    useHistory,
    historyViews,
    roster,
    presim,
    columnsNote,
    runButton,
    runText,
    error,
    result,
    objective,
    objectiveHint,
    missingActions,
    missingBox,
    commentsSheet,
    commentsBox,
    erPreset,
    mustInclude,
    exclude,
  };
  // Every setting the selection depends on recomputes it as the user types.
  for (const key of ['cpvCap', 'budget', 'viewRate', 'reachMin', 'reachMax', 'minEmpathy', 'cvr', 'aov', 'blendedCpvMax'] as const)
    inputs[key].addEventListener('input', schedulePresim);
  for (const t of [mustInclude, exclude]) t.addEventListener('input', schedulePresim);
  erFloor.addEventListener('change', schedulePresim);
  useHistory.addEventListener('change', () => {
    historyViews.disabled = !useHistory.checked;
    schedulePresim();
  });
  historyViews.addEventListener('change', schedulePresim);
  missingActions.addEventListener('change', schedulePresim);
  objective.addEventListener('change', () => {
    const o = objective.value as Objective;
    objectiveHint.textContent = OBJECTIVE_HINTS[o][state.locale];
    commentsBox.hidden = o !== 'intent';
    const needsComments = (o === 'intent') !== (state.values.objective === 'intent') && commentsSheet.value !== '';
    state.values.objective = o;
    if (needsComments) void load();
    else updatePresim();
  });
  commentsSheet.addEventListener('change', () => {
    readValues();
    void load();
  });
  erPreset.addEventListener('change', () => {
    inputs.erRange.hidden = erPreset.value !== 'range';
    readValues();
    if (erPreset.value === 'range' && !splitRange(inputs.erRange.value)) return updatePresim();
    void load();
  });
  inputs.erRange.addEventListener('change', () => {
    readValues();
    if (splitRange(inputs.erRange.value)) void load();
  });
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
  if (ctx.unreadableRows > 0) {
    return el(
      'div',
      { class: 'hint', 'data-testid': 'unreadable-rows' },
      L('unreadableRows', { n: ctx.unreadableRows }),
      ' ',
      el('span', { 'data-testid': 'all-rows-link' }, K('unreadableLink')),
    );
  }
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
    append(grid, el('label', { for: `col-${f}` }, FIELD_NAMES[f][state.locale]), s);
  }
  const found = FIELDS.filter((f) => header.columns[f] !== undefined).length;
  missingBox = el('div', { class: 'warn', hidden: true, 'data-testid': 'missing-columns' });
  columnsDetails = el(
    'details',
    { class: 'columns-box' },
    el(
      'summary',
      {},
      `${L('columns')}: `,
      el('span', { class: 'muted' }, L('columnsSummary', { found, all: FIELDS.length, row: header.row })),
    ),
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
    missingBox.textContent = L('missingRequired', {
      fields: listText(
        missing.map((f) => FIELD_NAMES[f][state.locale]),
        state.locale,
      ),
    });
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

/** The form as the live selection's settings, read by the one parser; unreadable fields say why. */
function liveSettings(errors: string[]): LiveSettings | null {
  if (!ui || !state.ctx) return null;
  const read = (key: keyof Ui['inputs'], kind: FieldKind): number | null => {
    const r = readField(ui!.inputs[key].value, kind, state.locale);
    if (r.error) errors.push(r.error);
    return r.value;
  };
  const cap = read('cpvCap', 'money');
  const budget = read('budget', 'money');
  const min = read('reachMin', 'percent');
  const max = read('reachMax', 'percent');
  const minEmpathy = read('minEmpathy', 'count');
  const viewRate = read('viewRate', 'percent');
  const cvr = read('cvr', 'percent');
  const aov = read('aov', 'money');
  const blended = read('blendedCpvMax', 'money');
  if (cap === null || budget === null || !(cap > 0) || !(budget > 0)) return null;
  return {
    cpvCap: cap,
    budget,
    reachShare: { min: min ?? 0, max: max ?? 1 },
    minEmpathy: minEmpathy ?? 0,
    erFloor: ui.erFloor.checked,
    viewRate: viewRate !== null && viewRate > 0 ? viewRate : null,
    objective: ui.objective.value as Objective,
    missingActions: ui.missingActions.value as LiveSettings['missingActions'],
    cvr: cvr ?? undefined,
    aov: aov ?? undefined,
    mustInclude: [ui.mustInclude.value],
    exclude: [ui.exclude.value],
    blendedCpvMax: blended !== null && blended > 0 ? blended : undefined,
    erPreset: ui.erPreset.value,
    customTiers: state.ctx.customTiers,
    pooledIntent: state.ctx.pooledIntent,
    useHistory: state.ctx.hasHistory && ui.useHistory.checked,
    historyViews: ui.historyViews.value as LiveSettings['historyViews'],
  };
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
  const lines: (HTMLElement | SVGElement)[] = [];
  const errors: string[] = [];
  const settings = liveSettings(errors);
  for (const e of errors) lines.push(el('div', { class: 'warn small', 'data-testid': 'presim-unreadable' }, e));
  const viewRate = settings?.viewRate ?? readField(ui.inputs.viewRate.value, 'percent', state.locale).value;
  const rate = viewRate !== null && viewRate > 0 ? viewRate : null;
  if (state.prepared === null || state.prepared.viewRate !== rate) state.prepared = { viewRate: rate, cpvs: cpvsOf(ctx.presim, rate) };
  const cpvs = state.prepared.cpvs;
  if (ctx.presim.total === 0) {
    lines.push(el('div', { class: 'muted' }, L('presimNoRows')));
    replace(box, heading, ...lines);
    box.dataset.state = 'empty';
    return;
  }
  const cap = readField(ui.inputs.cpvCap.value, 'money', state.locale).value;
  if (cap === null || !(cap > 0)) lines.push(el('div', { class: 'muted' }, L('presimNeedCap')));
  // Rows with views (after the view rate), of the whole roster: those sent and those left out.
  const withViews = cpvs.length + ctx.presim.omitted;
  const noViews = ctx.presim.rows.fee.length - cpvs.length;
  if (noViews > 0) lines.push(el('div', { class: 'hint' }, L('noViewsRows', { n: noViews })));
  const h = histogram(cpvs, cap !== null && cap > 0 ? cap : null);
  const histLabel = h.cap === null ? L('presim') : L('histogram', { cap: cpvText(h.cap) });
  lines.push(histogramSvg(h, histLabel, (n) => money(n, n < 10 ? 2 : 0), L('capMark')));
  missingActionsNote(null);
  if (settings) {
    const live = livePresim(ctx.presim, settings, { code: '', symbol: ctx.currencySymbol, whole: '', perView: '' }, state.locale);
    const kind = live.exact ? K('exact') : K('estimateLarge');
    if (!live.ok) {
      lines.push(
        el(
          'div',
          { class: 'estimate', 'data-testid': 'presim-estimate' },
          el('div', { class: 'muted' }, kind),
          el('div', { class: 'warn small', 'data-testid': 'presim-problem' }, live.message),
        ),
      );
    } else {
      const s = live.selection;
      missingActionsNote(settings.objective === 'actions' ? s.missingActions : null);
      const reach = s.chosen.filter((i) => s.reach[i] === 1).length;
      const must = s.chosen.filter((i) => s.status[i] === CHOSEN_MUST).length;
      const names = s.chosen.slice(0, 8).map((i) => ctx.presim.rows.key[i] || `#${ctx.presim.rows.row[i]}`);
      const byHistory = s.reason.filter((r) => ROW_REASONS[r] === 'lastVerdict').length;
      const body = [
        el('div', { class: 'stat', 'data-testid': 'presim-pass' }, L('passCap', { pass: s.passCap, total: withViews })),
        settings.erFloor ? el('div', { class: 'stat' }, L('passEr', { pass: s.eligible })) : null,
        el(
          'div',
          { class: 'stat', 'data-testid': 'presim-people' },
          L('peopleSplit', { count: s.chosen.length, reach, empathy: s.chosen.length - reach }),
        ),
        el(
          'div',
          { class: 'stat', 'data-testid': 'presim-spend' },
          L('ofBudget', { spend: money(s.spend), budget: money(settings.budget) }),
        ),
        el(
          'div',
          { class: 'stat', 'data-testid': 'presim-views' },
          L('estimateViews', { views: compact(s.totalViews), cpv: cpvText(s.totalViews > 0 ? s.spend / s.totalViews : 0) }),
        ),
        settings.objective === 'views'
          ? null
          : el(
              'div',
              { class: 'stat', 'data-testid': 'presim-value' },
              `${W('totalValue')}: ${numberText(s.totalValue, settings.objective === 'revenue' ? 0 : 1)}`,
            ),
        el(
          'div',
          { class: 'hint' },
          `${L('reachSpend')}: ${percentOf(s.reachSpend, s.spend)} · ${W('shareOfBudget')}: ${percentOf(s.reachSpend, settings.budget)}`,
        ),
        el(
          'div',
          { class: 'hint', 'data-testid': 'presim-optimal' },
          s.proven
            ? W('optimal')
            : W('withinGap', { gap: `${numberText(s.bound > 0 ? ((s.bound - s.totalValue) / s.bound) * 100 : 0, 2)}%` }),
        ),
        must > 0 ? el('div', { class: 'hint' }, `${W('mustMark')}: ${must}`) : null,
        byHistory > 0
          ? el('div', { class: 'hint', 'data-testid': 'presim-history' }, `${REASON_NAMES.lastVerdict[state.locale]}: ${byHistory}`)
          : null,
        el(
          'div',
          { class: 'muted small', 'data-testid': 'presim-chosen' },
          names.join(', ') + (s.chosen.length > names.length ? ' …' : ''),
        ),
      ];
      lines.push(
        el(
          'div',
          { class: 'estimate', 'data-testid': 'presim-estimate', 'data-exact': String(live.exact) },
          el('div', { class: 'muted' }, kind),
          ...body,
        ),
      );
      box.dataset.chosen = s.chosen.map((i) => ctx.presim.rows.row[i]).join(',');
      box.dataset.value = String(s.totalValue);
      box.dataset.spend = String(s.spend);
    }
    box.dataset.state = live.ok ? 'selection' : 'problem';
  } else {
    box.dataset.state = cap === null ? 'no-cap' : 'cap';
    delete box.dataset.chosen;
  }
  replace(box, heading, ...lines);
  box.dataset.key = [
    ui.inputs.cpvCap.value,
    ui.inputs.budget.value,
    ui.inputs.viewRate.value,
    ui.erFloor.checked,
    ui.useHistory.checked,
    ui.historyViews.value,
    ui.objective.value,
    ui.mustInclude.value,
    ui.exclude.value,
  ].join('|');
}

/** "N creators have no saves/shares data: exclude them / value them at the tier median". */
function missingActionsNote(n: number | null): void {
  if (!ui) return;
  ui.missingBox.hidden = !n;
  const label = ui.missingBox.querySelector('[data-testid="missing-actions-count"]');
  if (label) label.textContent = n ? K('missingActions', { n }) : '';
}

function commentsNote(ctx: ShortlistContext): HTMLElement | null {
  const c = ctx.comments;
  if (!c) return null;
  if (c.problem) return el('div', { class: 'warn small', 'data-testid': 'comments-info' }, c.problem);
  return el(
    'div',
    { class: 'hint', 'data-testid': 'comments-info' },
    K('commentsRead', { comments: c.comments, creators: c.creators, estimated: c.estimated, min: 10 }),
  );
}

// ---- Run --------------------------------------------------------------------

function readValues(): void {
  if (!ui) return;
  for (const key of Object.keys(ui.inputs) as (keyof Ui['inputs'])[]) state.values[key] = ui.inputs[key].value;
  state.values.erFloor = ui.erFloor.checked;
  state.values.useHistory = ui.useHistory.checked;
  state.values.historyViews = ui.historyViews.value as FormValues['historyViews'];
  state.values.rosterSheet = ui.roster.value;
  state.values.objective = ui.objective.value as Objective;
  state.values.missingActions = ui.missingActions.value as FormValues['missingActions'];
  state.values.commentsSheet = ui.commentsSheet.value;
  state.values.mustInclude = ui.mustInclude.value;
  state.values.exclude = ui.exclude.value;
  state.values.erPreset = ui.erPreset.value as FormValues['erPreset'];
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
  const box = ui?.error ?? panels.shortlist.querySelector<HTMLElement>('[data-testid="error"]');
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
  const excluded = REASONS.filter((k) => (r.excluded[k] ?? 0) > 0).map((k) => `${REASON_NAMES[k][state.locale]} ${r.excluded[k]}`);
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
  if (r.selected.length > SHOWN_SELECTED)
    list.appendChild(el('li', { class: 'muted' }, L('andMore', { n: r.selected.length - SHOWN_SELECTED })));

  replace(
    ui.result,
    el('div', { class: 'done', 'data-testid': 'output-sheet-link' }, '✓ ', L('written', { name: r.outputSheet })),
    el(
      'dl',
      {},
      ...row(L('selected'), L('peopleSplit', { count: r.selected.length, reach, empathy })),
      ...row(L('spend'), L('ofBudget', { spend: money(r.spend), budget: money(r.budget) })),
      ...row(W('objective'), OBJECTIVE_WORDS[r.objective][state.locale]),
      ...(r.objective === 'views'
        ? []
        : row(W('totalValue'), el('span', { 'data-testid': 'result-value' }, numberText(r.value, r.objective === 'revenue' ? 0 : 1)))),
      ...row(L('views'), numberText(r.views)),
      ...row(L('blendedCpv'), cpvText(r.blendedCpv)),
      ...row(L('reachSpend'), `${percentOf(r.reachSpend, r.spend)} · ${W('shareOfBudget')} ${percentOf(r.reachSpend, r.budget)}`),
      ...row(
        W('optimality'),
        r.proven ? W('optimal') : W('withinGap', { gap: `${numberText(r.bound > 0 ? ((r.bound - r.value) / r.bound) * 100 : 0, 2)}%` }),
      ),
      ...row(L('excluded'), excluded.length ? listText(excluded, state.locale) : L('excludedNone')),
    ),
    el('div', { class: 'hint', 'data-testid': 'all-rows-at' }, `${W('allRows')}: ${r.outputSheet}!A${r.allRowsAt}`),
    list,
  );
  ui.result.dataset.chosen = r.selected
    .map((c) => c.row)
    .sort((a, b) => a - b)
    .join(',');
  ui.result.dataset.value = String(r.value);
  ui.result.hidden = false;
  ui.result.scrollIntoView?.({ block: 'nearest' });
}

void load();

// The "Share with a client" tab: a values-only snapshot of a sheet without
// the agency's columns, and "freeze formulas" for a sheet sent as is. Same
// rules as the shortlist tab: every text from the sheet (sheet names, header
// texts, server messages) goes in as text (see dom.ts), never as HTML.

import type { FreezeRequest, Locale, SnapshotContext, SnapshotRequest } from '../src/shared/api';
import { columnByHeader, columnLetter } from '../src/core/roster/headers';
import { el, fillSelect, replace, select } from './dom';
import { Label, t as label, LabelArgs } from './i18n';
import { server } from './rpc';
import { format, listOf } from '../src/core/i18n';

export interface SharePanel {
  /** The tab was opened: load on the first time. */
  show(): void;
  /** The language changed: draw again, keeping what was typed and checked. */
  relabel(): void;
}

interface ShareState {
  ctx: SnapshotContext | null;
  loading: boolean;
  loadSeq: number;
  /** Sheet and its headers → checked column indices, so a switch back keeps the choice (if the columns are the same). */
  hidden: Map<string, Set<number>>;
  name: string;
  freezeSheet: string;
  freezeRange: string;
  /** The freeze waiting for confirmation: exactly what Confirm sends. */
  pending: FreezeRequest | null;
  busy: 'snapshot' | 'freeze' | null;
}

interface ShareUi {
  fieldset: HTMLFieldSetElement;
  source: HTMLSelectElement;
  hideBox: HTMLElement;
  name: HTMLInputElement;
  snapshotSection: HTMLElement;
  snapshotRun: HTMLButtonElement;
  snapshotRunText: HTMLElement;
  snapshotResult: HTMLElement;
  freezeSection: HTMLElement;
  freezeSheet: HTMLSelectElement;
  freezeRange: HTMLInputElement;
  freezeRun: HTMLButtonElement;
  confirmBox: HTMLElement;
  confirmText: HTMLElement;
  confirmButton: HTMLButtonElement;
  cancelButton: HTMLButtonElement;
  confirmText2: HTMLElement;
  freezeResult: HTMLElement;
  error: HTMLElement;
}

/** A sheet name as Sheets writes it in a reference: quoted unless plain letters and digits. */
export function sheetRef(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const A1_PART = /^\$?([A-Za-z]{0,3})\$?([0-9]*)$/;

/**
 * The range box as typed: "A1:D10", "B2", "A:C", "2:5", "A2:C", optionally
 * after "Sheet!" (the sheet part is returned, to check against the list).
 * Null when it is not A1 notation.
 */
export function readRange(text: string): { sheet: string | null; range: string } | null {
  let rest = text.trim();
  let sheet: string | null = null;
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(rest);
  if (m) {
    sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!.trim();
    rest = m[3]!.trim();
  }
  const parts = rest.split(':');
  if (parts.length > 2) return null;
  const ends = parts.map((p) => A1_PART.exec(p.trim()));
  for (const e of ends) {
    if (!e || (!e[1] && !e[2])) return null;
    if (e[2] && Number(e[2]) < 1) return null;
  }
  const first = ends[0]!;
  if (parts.length === 1 && (!first[1] || !first[2])) return null; // "A" or "3" alone is not a range
  return { sheet, range: parts.map((p) => p.trim().toUpperCase()).join(':') };
}

export function createSharePanel(container: HTMLElement, locale: () => Locale): SharePanel {
  const L = <K extends Label>(key: K, ...params: LabelArgs<K>): string => label(locale(), key, ...params);
  const state: ShareState = {
    ctx: null,
    loading: false,
    loadSeq: 0,
    hidden: new Map(),
    name: '',
    freezeSheet: '',
    freezeRange: '',
    pending: null,
    busy: null,
  };
  let ui: ShareUi | null = null;
  let started = false;

  const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

  // ---- Loading ------------------------------------------------------------------

  async function load(sheet?: string): Promise<void> {
    const seq = ++state.loadSeq;
    state.loading = true;
    if (ui) {
      ui.fieldset.disabled = true;
      replace(ui.hideBox, el('div', { class: 'muted' }, L('loading')));
    } else {
      replace(container, el('p', { class: 'muted', 'data-testid': 'share-loading' }, L('loading')), errorBox());
    }
    try {
      const ctx = sheet === undefined ? await server.getSnapshotContext() : await server.getSnapshotContext(sheet);
      if (seq !== state.loadSeq) return;
      const first = state.ctx === null;
      state.ctx = ctx;
      state.loading = false;
      if (ctx.sheet !== null && !state.hidden.has(choiceKey(ctx))) state.hidden.set(choiceKey(ctx), suggested(ctx));
      if (first || !ctx.sheets.includes(state.freezeSheet)) state.freezeSheet = ctx.sheet ?? ctx.sheets[0] ?? '';
      render();
    } catch (err) {
      if (seq !== state.loadSeq) return;
      state.loading = false;
      if (ui) {
        ui.source.value = state.ctx?.sheet ?? '';
        render();
      } else {
        const retry = el('button', { type: 'button', class: 'secondary', 'data-testid': 'share-retry' }, L('retry'));
        retry.addEventListener('click', () => void load(sheet));
        replace(container, errorBox(), el('div', { class: 'actions' }, retry));
      }
      showError(messageOf(err));
    }
  }

  /** The columns checked at first: the server's suggestion (fee, CPV, margin). */
  function suggested(ctx: SnapshotContext): Set<number> {
    const want = new Set(ctx.suggestedHidden);
    return new Set(ctx.headers.flatMap((h, i) => (h !== '' && want.has(h) ? [i] : [])));
  }

  /** Checked indices belong to one sheet with these very columns: a column inserted meanwhile starts over. */
  function choiceKey(ctx: SnapshotContext): string {
    return JSON.stringify([ctx.sheet, ctx.headers]);
  }

  function checked(): Set<number> {
    const ctx = state.ctx;
    if (!ctx || ctx.sheet === null) return new Set();
    let s = state.hidden.get(choiceKey(ctx));
    if (!s) state.hidden.set(choiceKey(ctx), (s = new Set()));
    return s;
  }

  // ---- Rendering ----------------------------------------------------------------

  function errorBox(): HTMLElement {
    return el('div', { class: 'error', role: 'alert', 'data-testid': 'share-error', hidden: true });
  }

  function button(cls: string, testid: string, text: HTMLElement): HTMLButtonElement {
    return el(
      'button',
      { type: 'button', class: cls, 'data-testid': testid },
      el('span', { class: 'spinner', 'aria-hidden': 'true' }),
      text,
    );
  }

  function render(): void {
    const ctx = state.ctx;
    if (!ctx) return;
    readValues();
    const sheetOptions = ctx.sheets.map((s) => [s, s] as const);

    // Snapshot
    const source = select({ id: 'share-source', 'data-testid': 'snapshot-sheet' }, sheetOptions, ctx.sheet ?? '');
    if (ctx.sheet === null) source.selectedIndex = -1;
    source.addEventListener('change', () => {
      showError(null);
      void load(source.value);
    });
    const hideBox = el('div', {
      class: 'hide-box',
      role: 'group',
      'aria-labelledby': 'share-hide-label',
      'data-testid': 'snapshot-columns',
    });
    const name = el('input', {
      type: 'text',
      id: 'share-name',
      'data-testid': 'snapshot-name',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: L('optional'),
    });
    name.value = state.name;
    const snapshotRunText = el('span', {}, L('snapshotRun'));
    const snapshotRun = button('primary', 'snapshot-run', snapshotRunText);
    snapshotRun.addEventListener('click', () => void createSnapshot());
    const snapshotResult = el('div', { class: 'share-result', 'data-testid': 'snapshot-result', 'aria-live': 'polite', hidden: true });
    const snapshotSection = el(
      'section',
      { class: 'share-section' },
      el('h2', {}, L('snapshotTitle')),
      el('p', { class: 'hint lead-hint' }, L('snapshotLead')),
      field('share-source', L('sourceSheet'), source),
      el('div', { class: 'field' }, el('div', { class: 'range-label', id: 'share-hide-label' }, L('hideColumns')), hideBox),
      field('share-name', L('snapshotName'), name, L('snapshotNameHint', { sheet: ctx.sheet ?? '' })),
      el('div', { class: 'actions' }, snapshotRun),
      snapshotResult,
    );

    // Freeze
    const freezeSheet = select({ id: 'share-freeze-sheet', 'data-testid': 'freeze-sheet' }, sheetOptions, state.freezeSheet);
    const freezeRange = el('input', {
      type: 'text',
      id: 'share-freeze-range',
      'data-testid': 'freeze-range',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: L('freezeRangeHint'),
    });
    freezeRange.value = state.freezeRange;
    const freezeRun = el('button', { type: 'button', class: 'secondary', 'data-testid': 'freeze-run' }, L('freezeRun'));
    freezeRun.addEventListener('click', askFreeze);
    const confirmText = el('p', { 'data-testid': 'freeze-warning' });
    const confirmText2 = el('span', {}, L('freezeConfirm'));
    const confirmButton = button('danger', 'freeze-confirm', confirmText2);
    confirmButton.addEventListener('click', () => void freeze());
    const cancel = el('button', { type: 'button', class: 'secondary', 'data-testid': 'freeze-cancel' }, L('cancel'));
    cancel.addEventListener('click', () => {
      setPending(null);
      ui?.freezeRun.focus();
    });
    const confirmBox = el(
      'div',
      { class: 'confirm', role: 'group', 'aria-label': L('freezeTitle'), 'data-testid': 'freeze-confirmation', hidden: true },
      confirmText,
      el('div', { class: 'buttons' }, cancel, confirmButton),
    );
    const freezeResult = el('div', { class: 'share-result', 'data-testid': 'freeze-result', 'aria-live': 'polite', hidden: true });
    for (const input of [freezeSheet, freezeRange]) {
      input.addEventListener(input === freezeRange ? 'input' : 'change', () => {
        // What the confirmation names must be what runs: a change asks again.
        if (state.pending) setPending(null);
      });
    }
    freezeRange.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        askFreeze();
      }
    });
    const freezeSection = el(
      'section',
      { class: 'share-section' },
      el('h2', {}, L('freezeTitle')),
      el('p', { class: 'hint lead-hint' }, L('freezeLead')),
      el(
        'div',
        { class: 'pair freeze-pair' },
        field('share-freeze-sheet', L('freezeSheet'), freezeSheet),
        field('share-freeze-range', L('freezeRange'), freezeRange),
      ),
      el('div', { class: 'actions' }, freezeRun),
      confirmBox,
      freezeResult,
    );

    const fieldset = el('fieldset', {}, snapshotSection, freezeSection);
    const error = errorBox();
    ui = {
      fieldset,
      source,
      hideBox,
      name,
      snapshotSection,
      snapshotRun,
      snapshotRunText,
      snapshotResult,
      freezeSection,
      freezeSheet,
      freezeRange,
      freezeRun,
      confirmBox,
      confirmText,
      confirmButton,
      cancelButton: cancel,
      confirmText2,
      freezeResult,
      error,
    };
    replace(container, fieldset); // the tab names the panel
    snapshotSection.appendChild(error); // moved next to whichever action failed
    renderColumns();
    setPending(state.pending);
    setBusy(state.busy);
  }

  function field(forId: string, text: string, control: HTMLElement, hint?: string): HTMLElement {
    return el('div', { class: 'field' }, el('label', { for: forId }, text), control, hint ? el('div', { class: 'hint' }, hint) : null);
  }

  function renderColumns(): void {
    if (!ui || !state.ctx) return;
    const headers = state.ctx.headers;
    if (headers.length === 0) {
      replace(ui.hideBox, el('div', { class: 'muted' }, state.ctx.sheet === null ? L('noSheets') : L('emptySheet')));
      ui.snapshotRun.disabled = true;
      return;
    }
    const on = checked();
    const list = el('div', { class: 'hide-list' });
    headers.forEach((h, i) => {
      const box = el('input', { type: 'checkbox', id: `share-hide-${i}`, 'data-testid': `snapshot-hide-${i}`, 'data-header': h });
      box.checked = on.has(i);
      box.addEventListener('change', () => {
        if (box.checked) on.add(i);
        else on.delete(i);
        item.classList.toggle('off', box.checked);
      });
      const text = h === '' ? el('span', { class: 'muted' }, L('blankHeader', { col: columnLetter(i) })) : el('span', {}, h);
      const item = el('label', { class: 'check hide-item', for: `share-hide-${i}`, title: h }, box, text);
      item.classList.toggle('off', box.checked);
      list.appendChild(item);
    });
    replace(ui.hideBox, list);
    ui.snapshotRun.disabled = state.busy !== null;
  }

  function readValues(): void {
    if (!ui) return;
    state.name = ui.name.value;
    state.freezeSheet = ui.freezeSheet.value;
    state.freezeRange = ui.freezeRange.value;
  }

  function setBusy(busy: ShareState['busy']): void {
    state.busy = busy;
    if (!ui) return;
    ui.fieldset.disabled = busy !== null || state.loading;
    ui.fieldset.setAttribute('aria-busy', String(busy !== null));
    for (const [b, text, on, idle, running] of [
      [ui.snapshotRun, ui.snapshotRunText, busy === 'snapshot', 'snapshotRun', 'snapshotRunning'],
      [ui.confirmButton, ui.confirmText2, busy === 'freeze', 'freezeConfirm', 'freezing'],
    ] as const) {
      b.classList.toggle('busy', on);
      b.setAttribute('aria-busy', String(on));
      text.textContent = L(on ? running : idle);
    }
    ui.snapshotRun.disabled = busy !== null || !state.ctx || state.ctx.headers.length === 0;
  }

  function setPending(p: ShareState['pending']): void {
    state.pending = p;
    if (!ui) return;
    ui.confirmBox.hidden = p === null;
    ui.freezeRun.disabled = p !== null;
    if (p)
      ui.confirmText.textContent = L('freezeWarn', {
        where: p.range === undefined ? L('wholeSheet', { sheet: p.sheet ?? '' }) : `${sheetRef(p.sheet ?? '')}!${p.range}`,
      });
  }

  function showError(message: string | null, near?: 'snapshot' | 'freeze'): void {
    const box = ui?.error ?? container.querySelector<HTMLElement>('[data-testid="share-error"]');
    if (!box) return;
    if (ui && near) (near === 'freeze' ? ui.freezeSection : ui.snapshotSection).appendChild(box);
    box.textContent = message ?? '';
    box.hidden = !message;
    if (message) box.scrollIntoView?.({ block: 'nearest' });
  }

  // ---- Snapshot -------------------------------------------------------------------

  async function createSnapshot(): Promise<void> {
    const ctx = state.ctx;
    if (!ui || !ctx || ctx.sheet === null || state.busy) return;
    showError(null);
    ui.snapshotResult.hidden = true;
    const headers = ctx.headers;
    const hide = [...checked()].sort((a, b) => a - b);
    // The server finds a column by its header text: a text that names an earlier
    // column too would hide that one and show this one. Refuse rather than leak.
    for (const i of hide) {
      if (columnByHeader(headers, headers[i] ?? '') !== i) {
        showError(L('ambiguousHeader', { header: headers[i] || L('blankHeader', { col: columnLetter(i) }) }), 'snapshot');
        return;
      }
    }
    const request: SnapshotRequest = { sourceSheet: ctx.sheet, hideColumns: hide.map((i) => headers[i] ?? '') };
    const name = ui.name.value.trim();
    if (name !== '') request.name = name;
    setBusy('snapshot');
    try {
      const r = await server.createClientSnapshot(request);
      if (!ctx.sheets.includes(r.sheet)) ctx.sheets.push(r.sheet);
      state.name = '';
      if (ui) {
        ui.name.value = '';
        const options = ctx.sheets.map((s) => [s, s] as const);
        fillSelect(ui.source, options, ctx.sheet);
        fillSelect(ui.freezeSheet, options, ui.freezeSheet.value);
        const removed =
          r.removed.length > 0
            ? [
                el(
                  'div',
                  { class: 'hint', 'data-testid': 'snapshot-removed' },
                  format('snapshotRemoved', { items: listOf(r.removed, locale()) }, locale()),
                ),
              ]
            : [];
        replace(
          ui.snapshotResult,
          el('div', { class: 'done' }, '✓ ', L('snapshotDone', { name: r.sheet })),
          ...removed,
          el('div', { class: 'hint' }, L('snapshotDoneHint')),
        );
        ui.snapshotResult.hidden = false;
        ui.snapshotResult.scrollIntoView?.({ block: 'nearest' });
      }
    } catch (err) {
      showError(messageOf(err), 'snapshot');
    } finally {
      setBusy(null);
    }
  }

  // ---- Freeze ---------------------------------------------------------------------

  function askFreeze(): void {
    if (!ui || !state.ctx || state.busy) return;
    showError(null);
    ui.freezeResult.hidden = true;
    let sheet = ui.freezeSheet.value;
    const text = ui.freezeRange.value.trim();
    let range: string | undefined;
    if (text !== '') {
      const r = readRange(text);
      if (!r) {
        showError(L('badRange', { range: text }), 'freeze');
        ui.freezeRange.focus();
        return;
      }
      if (r.sheet !== null) {
        // "Sheet!A1:D10" pasted: take the sheet from it when it exists.
        if (!state.ctx.sheets.includes(r.sheet)) {
          showError(L('noSuchSheet', { name: r.sheet }), 'freeze');
          ui.freezeRange.focus();
          return;
        }
        sheet = r.sheet;
        ui.freezeSheet.value = sheet;
        ui.freezeRange.value = r.range;
      }
      range = r.range;
    }
    if (!sheet) return;
    setPending(range === undefined ? { sheet } : { sheet, range });
    ui.cancelButton.focus(); // the safe answer has the focus: Enter twice must not freeze
    ui.confirmBox.scrollIntoView?.({ block: 'nearest' });
  }

  async function freeze(): Promise<void> {
    const p = state.pending;
    if (!ui || !p || state.busy) return;
    showError(null);
    setBusy('freeze');
    try {
      const r = await server.freezeFormulas(p);
      setPending(null);
      const where = `${sheetRef(r.sheet)}!${r.range}`;
      const text =
        r.frozen === 0 ? L('frozenNone', { where }) : r.frozen === 1 ? L('frozenOne', { where }) : L('frozenMany', { n: r.frozen, where });
      if (ui) {
        const skipped =
          r.skipped > 0
            ? [el('div', { class: 'hint', 'data-testid': 'freeze-skipped' }, format('frozenSkipped', { n: r.skipped }, locale()))]
            : [];
        replace(ui.freezeResult, el('div', { class: r.frozen === 0 ? 'muted' : 'done' }, r.frozen === 0 ? '' : '✓ ', text), ...skipped);
        ui.freezeResult.hidden = false;
        ui.freezeResult.scrollIntoView?.({ block: 'nearest' });
      }
    } catch (err) {
      setPending(null);
      showError(messageOf(err), 'freeze');
    } finally {
      setBusy(null);
    }
  }

  return {
    show() {
      if (started) return;
      started = true;
      void load();
    },
    relabel() {
      if (!started) return;
      if (state.ctx) {
        const error = ui?.error.hidden === false ? ui.error.textContent : null;
        render();
        if (error) showError(error);
      } else if (!ui) {
        const loading = container.querySelector('[data-testid="share-loading"]');
        if (loading) loading.textContent = L('loading');
      }
    },
  };
}

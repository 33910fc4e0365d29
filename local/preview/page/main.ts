// The preview page: sheet tabs, a virtual grid (only the rows and columns in
// view exist in the DOM; cells come from the server a block at a time), a
// formula bar, and the real sidebar in an iframe beside it. Every text from
// the workbook goes in with textContent or .value, never as HTML.

import type { WireCell, WireChart } from '../server';
import { DEFAULT_H as CHART_H, DEFAULT_W as CHART_W, drawChart, opt } from './charts';
interface SheetInfo {
  name: string;
  rows: number;
  cols: number;
  frozenRows: number;
  widths: number[];
}
interface Meta {
  title: string;
  version: number;
  active: string;
  sheets: SheetInfo[];
}
interface WindowReply {
  sheet: string;
  version: number;
  rows: number;
  cols: number;
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  cells: (WireCell | null)[][];
}

const ROW_H = 24;
const HEAD_H = 24;
const DEFAULT_W = 100;
const BLOCK_ROWS = 100;
const BLOCK_COLS = 40;
const OVERSCAN = 4;
const POLL_MS = 700;

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
};
const grid = $<HTMLDivElement>('grid');
const canvas = $<HTMLDivElement>('canvas');
const colhead = $<HTMLDivElement>('colhead');
const body = $<HTMLDivElement>('body');
const rowhead = $<HTMLDivElement>('rowhead');
const selectionBox = $<HTMLDivElement>('selection');
const corner = colhead.querySelector<HTMLDivElement>('.corner')!;
const tabs = $<HTMLElement>('tabs');
const formula = $<HTMLInputElement>('formula');
const namebox = $<HTMLInputElement>('namebox');
const statusEl = $<HTMLSpanElement>('status');
const errorEl = $<HTMLDivElement>('error');
const titleEl = $<HTMLSpanElement>('title');
const noteEl = $<HTMLDivElement>('cellnote');

export function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseA1(text: string): [number, number] | null {
  const m = /^\s*([A-Za-z]{1,3})\s*(\d+)\s*$/.exec(text);
  if (!m) return null;
  let c = 0;
  for (const ch of m[1]!.toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, c - 1];
}

// ---- state -------------------------------------------------------------------------

let meta: Meta | null = null;
let sheet: SheetInfo | null = null;
let version = 0;
/** The active sheet the server last told us about: when it changes (the add-on wrote its output), we follow. */
let serverActive = '';
let sel = { r: 0, c: 0 };
let editing = false;
/** Text in the formula bar when editing started, to know whether anything changed. */
let editStart = '';
let rowHeadW = 46;
/** Left edge of each column, and the total width after the last. */
let colX: number[] = [0];

/** Blocks of cells by "rowBlock:colBlock" for the current sheet and version; the previous version's stay visible until replaced. */
let cache = new Map<string, (WireCell | null)[][]>();
let stale = new Map<string, (WireCell | null)[][]>();
const inflight = new Set<string>();

/** The current sheet's charts, drawn over the grid; the key tells when to draw them again. */
let charts: WireChart[] = [];
let chartsKey = '';
const chartEls: HTMLDivElement[] = [];

// DOM elements in view, by key.
const cellEls = new Map<string, HTMLDivElement>();
const rowEls = new Map<number, HTMLDivElement>();
const colEls = new Map<number, HTMLDivElement>();

// ---- server --------------------------------------------------------------------------

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: { 'Content-Type': 'application/json', ...(init?.headers ?? {}) } });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = { message: text };
  }
  if (!res.ok) throw new Error((body as { message?: string } | null)?.message ?? `HTTP ${res.status}`);
  return body as T;
}

function showError(message: string | null): void {
  errorEl.hidden = message === null;
  errorEl.textContent = message ?? '';
}

function setStatus(text: string): void {
  statusEl.textContent = text;
}

// ---- layout ------------------------------------------------------------------------------

/** Frozen rows of the current sheet (they stay under the column letters), at most what fits. */
function frozenCount(): number {
  if (!sheet) return 0;
  return Math.max(0, Math.min(sheet.frozenRows, sheet.rows, 10));
}

function layout(): void {
  if (!sheet) return;
  const digits = String(sheet.rows).length;
  const frozen = frozenCount();
  rowHeadW = Math.max(46, digits * 8 + 18);
  colX = [0];
  for (let c = 0; c < sheet.cols; c++) colX.push(colX[c]! + (sheet.widths[c] ?? DEFAULT_W));
  let width = rowHeadW + colX[sheet.cols]!;
  let height = (sheet.rows - frozen) * ROW_H;
  for (const ch of charts) {
    const b = chartBox(ch);
    width = Math.max(width, b.left + b.width + 16);
    height = Math.max(height, b.top + b.height + 16);
  }
  canvas.style.width = `${width}px`;
  // The header band (letters + frozen rows) is sticky; the body holds the other rows.
  colhead.style.height = `${HEAD_H + frozen * ROW_H}px`;
  colhead.classList.toggle('has-frozen', frozen > 0);
  corner.style.height = `${HEAD_H + frozen * ROW_H}px`;
  body.style.height = `${height}px`;
  rowhead.style.width = `${rowHeadW}px`;
  corner.style.width = `${rowHeadW}px`;
}

/** Where row r is drawn: frozen rows in the sticky header band, the others in the body. */
function rowPlace(r: number): { parent: HTMLElement; rowParent: HTMLElement; top: number } {
  const frozen = frozenCount();
  return r < frozen ? { parent: colhead, rowParent: corner, top: HEAD_H + r * ROW_H } : { parent: body, rowParent: rowhead, top: (r - frozen) * ROW_H };
}

/** The column whose span holds x (x from the first column's left edge). */
function colAt(x: number): number {
  let lo = 0;
  let hi = colX.length - 2;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (colX[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where a chart sits in the body: its anchor cell's corner plus the offsets, at its size. */
function chartBox(ch: WireChart): { left: number; top: number; width: number; height: number } {
  const frozen = frozenCount();
  const col = Math.max(0, ch.position.column - 1);
  const x = col < colX.length ? colX[col]! : colX[colX.length - 1]! + (col - colX.length + 1) * DEFAULT_W;
  const row = Math.max(0, ch.position.row - 1 - frozen);
  return {
    left: rowHeadW + x + (ch.position.offsetX || 0),
    top: row * ROW_H + (ch.position.offsetY || 0),
    width: Number(opt(ch.options, 'width') ?? CHART_W) || CHART_W,
    height: Number(opt(ch.options, 'height') ?? CHART_H) || CHART_H,
  };
}

function placeCharts(): void {
  const key = JSON.stringify(charts) + rowHeadW + colX.length;
  if (key === chartsKey) return;
  chartsKey = key;
  for (const e of chartEls) e.remove();
  chartEls.length = 0;
  for (const ch of charts) {
    const b = chartBox(ch);
    const box = document.createElement('div');
    box.className = 'chart';
    box.dataset.testid = 'chart';
    box.dataset.type = ch.type;
    box.style.left = `${b.left}px`;
    box.style.top = `${b.top}px`;
    box.appendChild(drawChart(ch));
    body.appendChild(box);
    chartEls.push(box);
  }
}

/** Fetches the current sheet's charts; draws them when they changed. */
function loadCharts(): void {
  if (!sheet) return;
  const name = sheet.name;
  api<{ sheet: string; charts: WireChart[] }>(`/api/charts/${encodeURIComponent(name)}`)
    .then((r) => {
      if (sheet?.name !== name) return;
      const changed = JSON.stringify(r.charts) !== JSON.stringify(charts);
      charts = r.charts;
      if (changed) {
        layout();
        placeCharts();
      }
    })
    .catch(() => {});
}

function clearView(): void {
  for (const el of cellEls.values()) el.remove();
  for (const el of rowEls.values()) el.remove();
  for (const el of colEls.values()) el.remove();
  cellEls.clear();
  rowEls.clear();
  colEls.clear();
}

// ---- data ----------------------------------------------------------------------------------

const blockKey = (rb: number, cb: number) => `${rb}:${cb}`;

function cellAt(r: number, c: number): WireCell | null | undefined {
  const rb = Math.floor(r / BLOCK_ROWS);
  const cb = Math.floor(c / BLOCK_COLS);
  const block = cache.get(blockKey(rb, cb)) ?? stale.get(blockKey(rb, cb));
  if (!block) return undefined; // not loaded yet
  return block[r - rb * BLOCK_ROWS]?.[c - cb * BLOCK_COLS] ?? null;
}

function fetchBlock(rb: number, cb: number): void {
  if (!sheet) return;
  const key = blockKey(rb, cb);
  const want = `${sheet.name}|${version}|${key}`;
  if (cache.has(key) || inflight.has(want)) return;
  inflight.add(want);
  const name = sheet.name;
  const v = version;
  const q = `r0=${rb * BLOCK_ROWS}&r1=${(rb + 1) * BLOCK_ROWS}&c0=${cb * BLOCK_COLS}&c1=${(cb + 1) * BLOCK_COLS}`;
  api<WindowReply>(`/api/sheet/${encodeURIComponent(name)}?${q}`)
    .then((w) => {
      if (!sheet || sheet.name !== name) return;
      if (w.version !== version) {
        if (w.version > version) void refresh();
        return;
      }
      cache.set(key, w.cells);
      stale.delete(key);
      scheduleRender();
    })
    .catch((err: unknown) => {
      if (sheet?.name === name && v === version) showError(`Could not read ${name}: ${err instanceof Error ? err.message : String(err)}`);
    })
    .finally(() => inflight.delete(want));
}

// ---- rendering ----------------------------------------------------------------------------

let frame = 0;
function scheduleRender(): void {
  if (!frame) frame = requestAnimationFrame(render);
}

function render(): void {
  frame = 0;
  if (!sheet) return;
  const frozen = frozenCount();
  const top = grid.scrollTop;
  const left = grid.scrollLeft;
  const h = Math.max(0, grid.clientHeight - HEAD_H - frozen * ROW_H);
  const w = Math.max(0, grid.clientWidth - rowHeadW);
  // Rows in view: the frozen ones, and the body rows under the scroll position.
  const r0 = Math.max(frozen, frozen + Math.floor(top / ROW_H) - OVERSCAN);
  const r1 = Math.min(sheet.rows, frozen + Math.ceil((top + h) / ROW_H) + OVERSCAN);
  const c0 = Math.max(0, colAt(left) - 1);
  const c1 = Math.min(sheet.cols, colAt(left + w) + 2);
  const rowsInView = (r: number) => r < frozen || (r >= r0 && r < r1);
  const ranges: [number, number][] = frozen > 0 ? [[0, frozen], [r0, r1]] : [[r0, r1]];

  for (const [a, b] of ranges)
    for (let rb = Math.floor(a / BLOCK_ROWS); rb * BLOCK_ROWS < b; rb++)
      for (let cb = Math.floor(c0 / BLOCK_COLS); cb * BLOCK_COLS < c1; cb++) fetchBlock(rb, cb);

  // Cells: drop those out of view, add and fill those in view.
  for (const [key, el] of cellEls) {
    const r = Number(el.dataset.r);
    const c = Number(el.dataset.c);
    if (!rowsInView(r) || c < c0 || c >= c1) {
      el.remove();
      cellEls.delete(key);
    }
  }
  for (const [a, b] of ranges) {
    for (let r = a; r < b; r++) {
      const place = rowPlace(r);
      for (let c = c0; c < c1; c++) {
        const key = `${r},${c}`;
        let el = cellEls.get(key);
        if (!el) {
          el = document.createElement('div');
          el.dataset.r = String(r);
          el.dataset.c = String(c);
          el.dataset.cell = `${colName(c)}${r + 1}`;
          el.style.top = `${place.top}px`;
          el.style.left = `${rowHeadW + colX[c]!}px`;
          el.style.width = `${colX[c + 1]! - colX[c]!}px`;
          place.parent.appendChild(el);
          cellEls.set(key, el);
        }
        fillCell(el, cellAt(r, c), frozen > 0 && r === frozen - 1);
      }
    }
  }

  for (const [r, el] of rowEls) {
    if (!rowsInView(r)) {
      el.remove();
      rowEls.delete(r);
    }
  }
  for (const [a, b] of ranges) {
    for (let r = a; r < b; r++) {
      let el = rowEls.get(r);
      if (!el) {
        const place = rowPlace(r);
        el = document.createElement('div');
        el.className = 'rcell';
        el.style.top = `${place.top}px`;
        el.textContent = String(r + 1);
        el.dataset.row = String(r + 1);
        place.rowParent.appendChild(el);
        rowEls.set(r, el);
      }
      el.classList.toggle('on', r === sel.r);
    }
  }
  for (const [c, el] of colEls) {
    if (c < c0 || c >= c1) {
      el.remove();
      colEls.delete(c);
    }
  }
  for (let c = c0; c < c1; c++) {
    let el = colEls.get(c);
    if (!el) {
      el = document.createElement('div');
      el.className = 'hcell';
      el.style.left = `${rowHeadW + colX[c]!}px`;
      el.style.width = `${colX[c + 1]! - colX[c]!}px`;
      el.textContent = colName(c);
      colhead.appendChild(el);
      colEls.set(c, el);
    }
    el.classList.toggle('on', c === sel.c);
  }

  // The selection outline.
  if (sel.r < sheet.rows && sel.c < sheet.cols) {
    const place = rowPlace(sel.r);
    if (selectionBox.parentElement !== place.parent) place.parent.appendChild(selectionBox);
    selectionBox.style.display = 'block';
    selectionBox.style.top = `${place.top - 1}px`;
    selectionBox.style.left = `${rowHeadW + colX[sel.c]! - 1}px`;
    selectionBox.style.width = `${colX[sel.c + 1]! - colX[sel.c]! + 1}px`;
    selectionBox.style.height = `${ROW_H + 1}px`;
  } else selectionBox.style.display = 'none';
  if (!editing) showSelected();
}

/** Fills one cell element from its data: text only, the error message as its tooltip. */
function fillCell(el: HTMLDivElement, cell: WireCell | null | undefined, frozenEdge: boolean): void {
  const text = cell ? cell.d : '';
  const cls = `cell${cell ? ` ${cell.k}` : ''}${cell?.b ? ' bold' : ''}${frozenEdge ? ' frozen' : ''}${cell === undefined ? ' loading' : ''}`;
  if (el.className !== cls) el.className = cls;
  if (el.textContent !== text) el.textContent = text;
  const tip = cell?.k === 'e' ? (cell.m ?? '') : cell && cell.d.length > 12 ? cell.d : '';
  if (el.title !== tip) el.title = tip;
}

function showSelected(): void {
  if (!sheet) return;
  namebox.value = `${colName(sel.c)}${sel.r + 1}`;
  const cell = cellAt(sel.r, sel.c);
  formula.value = cell ? (cell.i ?? cell.d) : '';
  formula.classList.toggle('spilled', !!cell?.sp);
  formula.title = cell?.sp ? 'Part of an array result: edit the formula in the first cell of the range.' : '';
  // An error's reason where the eye is, as Sheets shows it on hover: under the formula bar.
  const note = cell?.k === 'e' ? `${namebox.value}  ${cell.d}  ${cell.m ?? ''}` : '';
  noteEl.hidden = !note;
  if (noteEl.textContent !== note) noteEl.textContent = note;
}

function renderTabs(): void {
  if (!meta) return;
  const existing = [...tabs.querySelectorAll<HTMLButtonElement>('button.tab')];
  existing.forEach((b) => b.remove());
  for (const s of meta.sheets) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = `tab${sheet?.name === s.name ? ' active' : ''}`;
    b.textContent = s.name;
    b.dataset.testid = 'sheet-tab';
    b.dataset.sheet = s.name;
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(sheet?.name === s.name));
    b.addEventListener('click', () => openSheet(s.name, true));
    tabs.appendChild(b);
  }
}

function updateStatus(extra = ''): void {
  if (!sheet || !meta) return;
  const rows = sheet.rows.toLocaleString('en-US');
  setStatus(`${sheet.name} · ${rows} rows × ${sheet.cols} columns${extra ? ` · ${extra}` : ''}`);
}

// ---- sheets ----------------------------------------------------------------------------------

function openSheet(name: string, tellServer: boolean): void {
  if (!meta) return;
  const info = meta.sheets.find((s) => s.name === name) ?? meta.sheets[0];
  if (!info) return;
  const same = sheet?.name === info.name;
  sheet = info;
  if (!same) {
    cache = new Map();
    stale = new Map();
    charts = [];
    chartsKey = '';
    for (const e of chartEls) e.remove();
    chartEls.length = 0;
    clearView();
    sel = { r: 0, c: 0 };
    layout();
    grid.scrollTop = 0;
    grid.scrollLeft = 0;
  }
  if (tellServer) {
    serverActive = info.name;
    api('/api/active', { method: 'POST', body: JSON.stringify({ sheet: info.name }) }).catch(() => {});
  }
  renderTabs();
  updateStatus();
  scheduleRender();
  loadCharts();
}

/** Reloads the sheet list and starts over on the current sheet's cells (after any change). */
let refreshing: Promise<void> | null = null;
function refresh(): Promise<void> {
  if (refreshing) return refreshing;
  refreshing = (async () => {
    try {
      const m = await api<Meta>('/api/sheets');
      meta = m;
      titleEl.textContent = m.title;
      document.title = `${m.title} · Influencer ROI preview`;
      const changed = m.version !== version;
      version = m.version;
      if (changed) {
        // Keep showing the old values until the new ones arrive: no flash of empty cells.
        for (const [k, v] of cache) stale.set(k, v);
        cache = new Map();
      }
      let target = sheet?.name ?? m.active;
      if (m.active !== serverActive) {
        // The add-on activated a sheet (its output): show it, as Sheets does.
        serverActive = m.active;
        target = m.active;
      }
      if (!m.sheets.some((s) => s.name === target)) target = m.active;
      const info = m.sheets.find((s) => s.name === target);
      if (info && sheet && info.name === sheet.name && (info.rows !== sheet.rows || info.cols !== sheet.cols || info.frozenRows !== sheet.frozenRows || info.widths.join() !== sheet.widths.join())) {
        sheet = info;
        clearView();
        layout();
      } else if (info && sheet && info.name === sheet.name) {
        sheet = info;
      }
      openSheet(target, false);
    } catch (err) {
      showError(`The preview server is not answering (${err instanceof Error ? err.message : String(err)}). Is \`npm start\` still running?`);
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

let polling = false;
async function poll(): Promise<void> {
  if (polling) return;
  polling = true;
  try {
    const { version: v } = await api<{ version: number }>('/api/version');
    if (!errorEl.hidden && errorEl.textContent?.startsWith('The preview server')) showError(null);
    if (v !== version) await refresh();
  } catch {
    showError('The preview server is not answering. Is `npm start` still running?');
  } finally {
    polling = false;
  }
}

// ---- selection and editing --------------------------------------------------------------------

function select(r: number, c: number, scroll = true): void {
  if (!sheet) return;
  sel = { r: Math.max(0, Math.min(sheet.rows - 1, r)), c: Math.max(0, Math.min(sheet.cols - 1, c)) };
  if (scroll) ensureVisible();
  scheduleRender();
  if (!editing) showSelected();
}

function ensureVisible(): void {
  const frozen = frozenCount();
  if (sel.r >= frozen) {
    const y = (sel.r - frozen) * ROW_H;
    const viewH = grid.clientHeight - HEAD_H - frozen * ROW_H;
    if (y < grid.scrollTop) grid.scrollTop = y;
    else if (y + ROW_H > grid.scrollTop + viewH) grid.scrollTop = y + ROW_H - viewH;
  }
  const x = colX[sel.c]!;
  const x1 = colX[sel.c + 1]!;
  const viewW = grid.clientWidth - rowHeadW;
  if (x < grid.scrollLeft) grid.scrollLeft = x;
  else if (x1 > grid.scrollLeft + viewW) grid.scrollLeft = x1 - viewW;
}

function startEditing(initial?: string): void {
  editing = true;
  const cell = cellAt(sel.r, sel.c);
  editStart = cell ? (cell.i ?? cell.d) : '';
  formula.value = initial ?? editStart;
  formula.classList.remove('spilled');
  formula.focus();
  const end = formula.value.length;
  formula.setSelectionRange(end, end);
}

async function commit(input: string, r: number, c: number): Promise<void> {
  if (!sheet) return;
  const name = sheet.name;
  setStatus(`${name}: recalculating…`);
  try {
    const res = await api<{ version: number; ms: number }>('/api/cell', { method: 'POST', body: JSON.stringify({ sheet: name, row: r, col: c, input }) });
    showError(null);
    await refresh();
    updateStatus(`recalculated in ${res.ms} ms`);
  } catch (err) {
    showError(`${colName(c)}${r + 1}: ${err instanceof Error ? err.message : String(err)}`);
    updateStatus();
  }
}

function finishEditing(save: boolean, move: [number, number] | null): void {
  if (!editing) return;
  editing = false;
  const value = formula.value;
  const { r, c } = sel;
  if (save && value !== editStart) void commit(value, r, c);
  if (move) select(r + move[0], c + move[1]);
  grid.focus({ preventScroll: true });
  if (!save) showSelected();
}

formula.addEventListener('focus', () => {
  if (!editing) {
    editing = true;
    editStart = formula.value;
  }
});
formula.addEventListener('keydown', (e) => {
  if (e.isComposing) return; // IME conversion: Enter confirms the kana, not the cell
  if (e.key === 'Enter') {
    e.preventDefault();
    finishEditing(true, [e.shiftKey ? -1 : 1, 0]);
  } else if (e.key === 'Tab') {
    e.preventDefault();
    finishEditing(true, [0, e.shiftKey ? -1 : 1]);
  } else if (e.key === 'Escape') {
    e.preventDefault();
    finishEditing(false, null);
  }
});
formula.addEventListener('blur', () => finishEditing(true, null));

namebox.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  e.preventDefault();
  const p = parseA1(namebox.value);
  if (p) select(p[0], p[1]);
  grid.focus({ preventScroll: true });
});
namebox.addEventListener('focus', () => namebox.select());

grid.addEventListener('scroll', scheduleRender, { passive: true });
new ResizeObserver(scheduleRender).observe(grid);

grid.addEventListener('mousedown', (e) => {
  const target = e.target as HTMLElement;
  const cell = target.closest<HTMLElement>('.cell');
  if (!cell) return;
  if (editing) finishEditing(true, null);
  select(Number(cell.dataset.r), Number(cell.dataset.c), false);
  grid.focus({ preventScroll: true });
  e.preventDefault();
});
grid.addEventListener('dblclick', (e) => {
  if ((e.target as HTMLElement).closest('.cell')) startEditing();
});

grid.addEventListener('keydown', (e) => {
  if (!sheet || editing) return;
  const page = Math.max(1, Math.floor((grid.clientHeight - HEAD_H) / ROW_H) - 1);
  const jump = e.ctrlKey || e.metaKey;
  const moves: Record<string, [number, number]> = {
    ArrowDown: [jump ? sheet.rows : 1, 0],
    ArrowUp: [jump ? -sheet.rows : -1, 0],
    ArrowRight: [0, jump ? sheet.cols : 1],
    ArrowLeft: [0, jump ? -sheet.cols : -1],
    PageDown: [page, 0],
    PageUp: [-page, 0],
    Tab: [0, e.shiftKey ? -1 : 1],
  };
  const move = moves[e.key];
  if (move) {
    e.preventDefault();
    select(sel.r + move[0], sel.c + move[1]);
  } else if (e.key === 'Enter' || e.key === 'F2') {
    e.preventDefault();
    startEditing();
  } else if (e.key === 'Delete' || e.key === 'Backspace') {
    e.preventDefault();
    const cell = cellAt(sel.r, sel.c);
    if (cell && !cell.sp) void commit('', sel.r, sel.c);
  } else if (e.key === 'Process') {
    // An IME (Japanese, Korean) starts composing: let it continue in the formula bar.
    startEditing('');
  } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
    // Typing on a cell replaces its content, as in Sheets.
    e.preventDefault();
    startEditing(e.key);
  }
});


// ---- start ---------------------------------------------------------------------------------------

void refresh().then(() => {
  setInterval(() => void poll(), POLL_MS);
  grid.focus({ preventScroll: true });
});

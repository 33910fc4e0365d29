// The local preview server: one in-memory spreadsheet (local/gas over
// HyperFormula) with the add-on's custom functions registered, a JSON API for
// the grid page, the real dist/Sidebar.html through the rpc bridge (its
// google.script.run calls run dist/Code.js in a node:vm against the same
// workbook), and the workbook as XLSX. Bound to 127.0.0.1 by default.
//
//   GET  /                      the page (local/preview/page, bundled at start)
//   GET  /api/version           { version }: bumped by every change, polled by the page
//   GET  /api/sheets            { title, version, active, sheets: [{ name, rows, cols, frozenRows, widths }] }
//   GET  /api/sheet/:name?r0=&r1=&c0=&c1=   a window of cells (0-based, end exclusive)
//   POST /api/cell              { sheet, row, col, input } → typed into the cell as in Sheets
//   POST /api/active            { sheet } → the active sheet (what the sidebar opens on)
//   GET  /api/charts/:name      the sheet's embedded charts with their data, for drawing
//   GET  /api/download.xlsx     the workbook with computed values
//   GET  /Sidebar.html, POST /rpc/:name   the sidebar (local/rpc-bridge.ts)

import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CellValueDetailedType, DetailedCellError } from 'hyperformula';
import { localeOf, Locale, previewWord, PREVIEW_WORDS } from '../../src/core/i18n';
import { createFakeSpreadsheet, Fake } from '../gas';
import type { FakeSheet } from '../gas/sheet';
import { displayValue, textPx } from '../gas/display';
import { hostRealm } from '../gas/realm';
import { ERROR_TEXT, serialToDate } from '../gas/values';
import { registerCustomFunctions, sheetsFormulaToHf } from '../hf-plugin';
import { BundleGlobals, loadBundle } from '../load-bundle';
import { createRpcHandler, RPC_ALLOW } from '../rpc-bridge';
import { formulaCells, writeXlsx, XLSX_LIMITS } from './xlsx';
import { applyFormats, exportWorkbook, fakeInput, fixTextCells, LoadedWorkbook, spreadsheetOf, typedFormat } from './workbook';

export interface PreviewOptions {
  workbook: LoadedWorkbook;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /** Spreadsheet locale, default ja_JP: the currency of formats and messages (¥), and the formulas' language. */
  locale?: string;
  /** What Session.getActiveUserLocale() answers (the sidebar's language); default the locale. */
  userLocale?: string;
  codePath?: string;
  htmlPath?: string;
  /** Directory of the page sources (index.html, style.css, main.ts). */
  pageDir?: string;
  /** Print the add-on's console output. */
  echoLogs?: boolean;
  /** Told about sidebar calls and edits, for the console. */
  log?: (line: string) => void;
}

export interface Preview {
  url: string;
  host: string;
  port: number;
  fake: Fake;
  bundle: BundleGlobals;
  server: Server;
  version(): number;
  /** Milliseconds spent per start step. */
  timings: Record<string, number>;
  close(): Promise<void>;
}

interface SheetApi {
  getName(): string;
  setName(name: string): unknown;
  getMaxRows(): number;
  getMaxColumns(): number;
  getFrozenRows(): number;
  activate(): unknown;
  getRange(row: number, col: number): { setValue(v: unknown): unknown };
}
interface SpreadsheetApi {
  getSheetByName(name: string): SheetApi | null;
  getActiveSheet(): SheetApi;
}

/** One cell for the page: d = shown text, k = kind, i = what the formula bar shows (when not d), m = error message, sp = part of a spilled result, b = bold. */
export interface WireCell {
  d: string;
  k: 'n' | 's' | 'b' | 'e';
  i?: string;
  m?: string;
  sp?: 1;
  b?: 1;
}

const MAX_WINDOW_ROWS = 1000;
const MAX_WINDOW_COLS = 200;
const MAX_INPUT = 50_000; // Sheets' limit of characters in a cell

/** The reason of an error cell, in the user's language: the add-on's own message, or one for the engine's. */
function errorReason(e: DetailedCellError, lang: Locale): string {
  const m = e.message ?? '';
  if (/^Parsing error/i.test(m)) return previewWord('formulaUnreadable', {}, lang);
  const named = /^Named expression (\S+) not recognized/i.exec(m);
  if (named) return previewWord('unknownName', { name: named[1]! }, lang);
  const fn = /^Function name (\S+) not recognized/i.exec(m);
  if (fn) return previewWord('unknownFunction', { name: fn[1]! }, lang);
  if (m) return m;
  const type = e.type as string;
  return type in PREVIEW_WORDS ? previewWord(type as keyof typeof PREVIEW_WORDS, {}, lang) : e.value;
}

/** A chart's table for the page: the ranges' columns side by side (MERGE_COLUMNS), numbers as numbers. */
export interface WireChart {
  id: number;
  type: string;
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  /** Rows of the merged ranges; the first `headerRows` are headers. */
  table: (string | number | null)[][];
  headerRows: number;
}

export async function bundlePage(pageDir: string): Promise<{ html: string; js: string; css: string }> {
  const out = await build({
    entryPoints: [join(pageDir, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: false,
    sourcemap: false,
    logLevel: 'silent',
  });
  return {
    html: readFileSync(join(pageDir, 'index.html'), 'utf8'),
    js: out.outputFiles[0]!.text,
    css: readFileSync(join(pageDir, 'style.css'), 'utf8'),
  };
}

const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

function readJson(req: IncomingMessage, max = 1_000_000): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        reject(new Error('the body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function hostnameOf(hostHeader: string | undefined): string {
  if (!hostHeader) return '';
  return hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : hostHeader.split(':')[0]!;
}

export async function startPreview(o: PreviewOptions): Promise<Preview> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (what: string) => {
    const now = performance.now();
    timings[what] = Math.round(now - t);
    t = now;
  };
  const log = o.log ?? (() => {});
  const locale = o.locale ?? 'ja_JP';
  const codePath = o.codePath ?? 'dist/Code.js';
  const htmlPath = o.htmlPath ?? 'dist/Sidebar.html';
  const pageDir = o.pageDir ?? 'local/preview/page';

  const page = await bundlePage(pageDir);
  lap('page');

  const input = fakeInput(o.workbook);
  const userLocale = o.userLocale ?? locale;
  const lang = localeOf(userLocale);
  const fake = createFakeSpreadsheet(input.sheets, { locale, userLocale, name: o.workbook.title, echoLogs: o.echoLogs ?? false });
  // Names a plain object cannot hold as a key went in under stand-ins.
  for (const [key, name] of input.renames) (spreadsheetOf(fake) as unknown as SpreadsheetApi).getSheetByName(key)?.setName(name);
  lap('engine');
  const bundle = loadBundle(fake.globals, codePath);
  registerCustomFunctions(bundle);
  const sidebarHtml = () => readFileSync(htmlPath, 'utf8');
  fake.htmlFiles.set('Sidebar', sidebarHtml());
  lap('bundle');
  // The first access rebuilds the engine with the custom functions: every formula computes now.
  fixTextCells(fake, input.textCells);
  applyFormats(fake, o.workbook);
  lap('recalc');

  const ss = spreadsheetOf(fake) as unknown as SpreadsheetApi;
  let version = 1;
  const bump = () => ++version;

  // Formulas whose text HyperFormula reads differently (C2:C, TRUE): what the user typed, by cell,
  // shown in the formula bar while the engine still holds the text it was translated to.
  const typed = new Map<string, { typed: string; stored: string }>();
  const cellKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${row},${col}`;
  const remember = (sheet: string, row: number, col: number, text: string) => {
    const id = fake.hf.getSheetId(sheet);
    if (id === undefined) return;
    const stored = fake.hf.getCellSerialized({ sheet: id, row, col });
    if (typeof stored === 'string') typed.set(cellKey(sheet, row, col), { typed: text, stored });
  };
  for (const t of input.typedFormulas) remember(t.sheet, t.row, t.col, t.typed);
  const edgeOf = (own: string) => (name: string | null) => {
    const sh = ss.getSheetByName(name ?? own);
    return { rows: sh ? sh.getMaxRows() : 1000, cols: sh ? sh.getMaxColumns() : 26 };
  };
  /** Rows × columns in use over the workbook, for the limit a typed formula must stay within. */
  const usedCells = () =>
    fake.sheetNames().reduce((n, name) => {
      const d = fake.hf.getSheetDimensions(fake.hf.getSheetId(name)!);
      return n + d.height * d.width;
    }, 0);

  const rpc = createRpcHandler({
    functions: bundle,
    html: sidebarHtml,
    allow: RPC_ALLOW,
    onCall: (c) => {
      // Reading the context changes nothing; everything else may have written to the workbook.
      if (c.name !== 'getShortlistContext') bump();
      log(`sidebar: ${c.name} ${c.ok ? 'ok' : `failed: ${c.message ?? ''}`} (${c.ms} ms)`);
    },
  });

  const sheetInfo = (name: string) => {
    const sheet = ss.getSheetByName(name)!;
    const hf = fake.hf;
    const id = hf.getSheetId(name)!;
    const dims = hf.getSheetDimensions(id);
    const rows = Math.max(sheet.getMaxRows(), dims.height);
    const cols = Math.max(sheet.getMaxColumns(), dims.width);
    // Column widths from the first rows' text, as a start (Sheets keeps them per sheet; we guess).
    const set = (sheet as unknown as FakeSheet).state.columnWidths;
    const sample = Math.min(dims.height, 200);
    const widths: number[] = [];
    if (sample > 0 && dims.width > 0) {
      const values = hf.getRangeValues({
        start: { sheet: id, row: 0, col: 0 },
        end: { sheet: id, row: sample - 1, col: Math.min(dims.width, MAX_WINDOW_COLS) - 1 },
      });
      for (const row of values)
        row.forEach((v, c) => {
          const text =
            v instanceof DetailedCellError ? v.value : typeof v === 'number' ? String(Number(v.toPrecision(10))) : String(v ?? '');
          widths[c] = Math.max(widths[c] ?? 0, textPx(text) + 16);
        });
    }
    return {
      name,
      rows,
      cols,
      frozenRows: sheet.getFrozenRows(),
      // A width the sheet holds (set by the add-on, or fitted by autoResizeColumns) wins over the guess, as in Sheets.
      widths: Array.from(
        { length: Math.max(widths.length, ...set.keys()) },
        (_, c) => set.get(c + 1) ?? Math.max(64, Math.min(320, widths[c] ?? 100)),
      ),
    };
  };

  const windowOf = (name: string, q: URLSearchParams) => {
    const sheet = ss.getSheetByName(name);
    if (!sheet) return null;
    const hf = fake.hf;
    const id = hf.getSheetId(name)!;
    const dims = hf.getSheetDimensions(id);
    const info = { rows: Math.max(sheet.getMaxRows(), dims.height), cols: Math.max(sheet.getMaxColumns(), dims.width) };
    const num = (k: string, d: number) => {
      const v = Number(q.get(k));
      return q.has(k) && Number.isFinite(v) ? Math.max(0, Math.floor(v)) : d;
    };
    const r0 = Math.min(num('r0', 0), info.rows);
    const r1 = Math.min(num('r1', r0 + 100), info.rows, r0 + MAX_WINDOW_ROWS);
    const c0 = Math.min(num('c0', 0), info.cols);
    const c1 = Math.min(num('c1', info.cols), info.cols, c0 + MAX_WINDOW_COLS);
    const cells: (WireCell | null)[][] = [];
    if (r1 > r0 && c1 > c0) {
      const range = { start: { sheet: id, row: r0, col: c0 }, end: { sheet: id, row: r1 - 1, col: c1 - 1 } };
      const values = hf.getRangeValues(range);
      const raw = hf.getRangeSerialized(range);
      const formats = fake.formats(name);
      for (let r = r0; r < r1; r++) {
        const out: (WireCell | null)[] = [];
        for (let c = c0; c < c1; c++) {
          const v = values[r - r0]?.[c - c0];
          const s = raw[r - r0]?.[c - c0];
          if ((v === null || v === undefined) && (s === null || s === undefined || s === '')) {
            out.push(null);
            continue;
          }
          const addr = { sheet: id, row: r, col: c };
          const key = `${colLetters(c)}${r + 1}`;
          let cell: WireCell;
          if (v instanceof DetailedCellError) {
            cell = { d: ERROR_TEXT[v.type] ?? v.value, k: 'e', m: errorReason(v, lang) };
          } else if (typeof v === 'number') {
            const t = hf.getCellValueDetailedType(addr);
            const isDate =
              t === CellValueDetailedType.NUMBER_DATE ||
              t === CellValueDetailedType.NUMBER_DATETIME ||
              t === CellValueDetailedType.NUMBER_TIME;
            // A typed date shows in the locale's date format (as Sheets does); "3.2%" and "¥3,000" keep their look.
            const typed = isDate ? undefined : typedFormat(hf, addr);
            const shown = isDate ? serialToDate(v, hostRealm) : v;
            cell = { d: displayValue(shown, formats.numberFormats.get(key), typed, locale), k: 'n' };
          } else if (typeof v === 'boolean') {
            cell = { d: v ? 'TRUE' : 'FALSE', k: 'b' };
          } else {
            cell = { d: v === null || v === undefined ? '' : String(v), k: 's' };
          }
          const hasFormula = typeof s === 'string' && s.startsWith('=') && hf.doesCellHaveFormula(addr);
          if (!hasFormula && hf.isCellPartOfArray(addr)) {
            cell.sp = 1; // a spilled result: the formula bar shows the value, greyed
          } else {
            let inputText =
              s === null || s === undefined ? '' : typeof s === 'boolean' ? (s ? 'TRUE' : 'FALSE') : s instanceof Date ? cell.d : String(s);
            // A leading apostrophe only marks text: Sheets shows it nowhere, and neither do we.
            if (!hasFormula && inputText.startsWith("'")) inputText = inputText.slice(1);
            if (hasFormula) {
              const t = typed.get(cellKey(name, r, c));
              if (t && t.stored === inputText) inputText = t.typed;
            }
            if (inputText !== cell.d) cell.i = inputText;
          }
          if (formats.bold.has(key)) cell.b = 1;
          out.push(cell);
        }
        cells.push(out);
      }
    }
    return { sheet: name, version, rows: info.rows, cols: info.cols, r0, r1, c0, c1, cells };
  };

  /** The sheet's charts with the values of their ranges (read from the engine, not counted as the add-on's reads). */
  const chartsOf = (name: string): WireChart[] => {
    const hf = fake.hf;
    return fake.formats(name).charts.map((chart) => {
      const d = chart.describe();
      const columns: (string | number | null)[][] = [];
      let height = 0;
      for (const b of d.boxes) {
        const id = hf.getSheetId(b.sheet);
        if (id === undefined || b.numRows < 1 || b.numCols < 1) continue;
        const rows = Math.min(b.numRows, 1000);
        const values = hf.getRangeValues({
          start: { sheet: id, row: b.row - 1, col: b.col - 1 },
          end: { sheet: id, row: b.row - 2 + rows, col: b.col - 2 + Math.min(b.numCols, 50) },
        });
        height = Math.max(height, values.length);
        for (let c = 0; c < (values[0]?.length ?? 0); c++) {
          columns.push(
            values.map((row) => {
              const v = row[c];
              if (v === null || v === undefined || v instanceof DetailedCellError) return null;
              if (typeof v === 'number') return Number.isFinite(v) ? v : null;
              return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
            }),
          );
        }
      }
      let table = Array.from({ length: height }, (_, r) => columns.map((col) => col[r] ?? null));
      if (d.transposeRowsAndColumns) table = columns.map((col) => Array.from({ length: height }, (_, r) => col[r] ?? null));
      // numHeaders -1: Sheets guesses; a first row of text over numbers is a header.
      const first = table[0] ?? [];
      const guess =
        first.length > 1 &&
        first.slice(1).every((v) => typeof v === 'string' || v === null) &&
        table.slice(1).some((r) => r.slice(1).some((v) => typeof v === 'number'))
          ? 1
          : 0;
      const headerRows = d.numHeaders >= 0 ? Math.min(d.numHeaders, table.length) : guess;
      return { id: d.id, type: d.type, options: d.options, position: d.position, table, headerRows };
    });
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const path = url.pathname;
    if (req.method === 'GET' && path === '/api/version') return sendJson(res, 200, { version });
    if (req.method === 'GET' && path === '/api/sheets') {
      return sendJson(res, 200, {
        title: o.workbook.title,
        locale,
        userLocale,
        version,
        active: ss.getActiveSheet().getName(),
        sheets: fake.sheetNames().map(sheetInfo),
      });
    }
    const m = /^\/api\/sheet\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && m) {
      let name: string;
      try {
        name = decodeURIComponent(m[1]!);
      } catch {
        return sendJson(res, 400, { message: 'bad sheet name' });
      }
      const w = windowOf(name, url.searchParams);
      return w ? sendJson(res, 200, w) : sendJson(res, 404, { message: `No sheet named ${name}` });
    }
    if (req.method === 'POST' && path === '/api/cell') {
      const body = (await readJson(req)) as { sheet?: unknown; row?: unknown; col?: unknown; input?: unknown } | null;
      const { sheet: name, row, col, input } = body ?? {};
      if (typeof name !== 'string' || typeof input !== 'string' || !Number.isInteger(row) || !Number.isInteger(col)) {
        return sendJson(res, 400, { message: 'expected { sheet, row, col, input }' });
      }
      if (input.length > MAX_INPUT)
        return sendJson(res, 400, { message: `A cell holds at most ${MAX_INPUT.toLocaleString('en-US')} characters.` });
      const sheet = ss.getSheetByName(name);
      if (!sheet) return sendJson(res, 404, { message: `No sheet named ${name}` });
      const r = row as number;
      const c = col as number;
      if (r < 0 || c < 0 || r >= XLSX_LIMITS.rows || c >= XLSX_LIMITS.columns)
        return sendJson(res, 400, { message: 'That cell is outside the sheet.' });
      const stored = input.startsWith('=') ? sheetsFormulaToHf(input, edgeOf(name)) : input;
      const cells = input.startsWith('=') ? formulaCells(input) : 0;
      if (cells > XLSX_LIMITS.filledCells || (cells > 0 && cells + usedCells() > XLSX_LIMITS.gridCells)) {
        const n = Number.isFinite(cells) ? cells.toLocaleString('en-US') : '∞';
        return sendJson(res, 400, {
          message: previewWord('tooManyCells', { cells: n, max: XLSX_LIMITS.filledCells.toLocaleString('en-US') }, lang),
        });
      }
      const started = performance.now();
      try {
        sheet.getRange(r + 1, c + 1).setValue(stored);
        typed.delete(cellKey(name, r, c));
        if (stored !== input) remember(name, r, c, input);
      } catch (err) {
        return sendJson(res, 400, {
          message: err instanceof Object && 'message' in err ? String((err as { message: unknown }).message) : String(err),
        });
      }
      const ms = Math.round(performance.now() - started);
      bump();
      log(
        `edit: ${name}!${colLetters(col as number)}${(row as number) + 1} = ${input.length > 60 ? `${input.slice(0, 60)}…` : input} (${ms} ms)`,
      );
      return sendJson(res, 200, { version, ms });
    }
    if (req.method === 'POST' && path === '/api/active') {
      const body = (await readJson(req)) as { sheet?: unknown } | null;
      const sheet = typeof body?.sheet === 'string' ? ss.getSheetByName(body.sheet) : null;
      if (!sheet) return sendJson(res, 404, { message: 'No such sheet' });
      sheet.activate();
      return sendJson(res, 200, { version });
    }
    const ch = /^\/api\/charts\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && ch) {
      let name: string;
      try {
        name = decodeURIComponent(ch[1]!);
      } catch {
        return sendJson(res, 400, { message: 'bad sheet name' });
      }
      if (!ss.getSheetByName(name)) return sendJson(res, 404, { message: `No sheet named ${name}` });
      return sendJson(res, 200, { sheet: name, version, charts: chartsOf(name) });
    }
    if (req.method === 'GET' && path === '/api/download.xlsx') {
      const bytes = writeXlsx(exportWorkbook(fake));
      const file = `${o.workbook.title || 'workbook'}.xlsx`;
      res.writeHead(200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${file.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file)}`,
        'Content-Length': String(bytes.length),
        'Cache-Control': 'no-store',
      });
      res.end(bytes);
      return;
    }
    return sendJson(res, 404, { message: 'Not found' });
  };

  const host = o.host ?? '127.0.0.1';
  const loopbackOnly = LOOPBACK.has(host);
  const route = (req: IncomingMessage, res: ServerResponse): void => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
      decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad request: the address cannot be read');
      return;
    }
    // Another site's page must not reach this server through DNS rebinding or a cross-site form.
    if (loopbackOnly && !LOOPBACK.has(hostnameOf(req.headers.host))) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Forbidden host');
      return;
    }
    const origin = req.headers.origin;
    if (req.method !== 'GET' && req.method !== 'HEAD' && origin !== undefined && origin !== `http://${req.headers.host}`) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Cross-origin request refused');
      return;
    }
    if (url.pathname === '/Sidebar.html' || url.pathname.startsWith('/rpc/')) {
      const out = rpc(req, res) as unknown;
      if (out instanceof Promise) out.catch((err: unknown) => fail(res, err));
      return;
    }
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PAGE_CSP,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(page.html);
      return;
    }
    if (req.method === 'GET' && url.pathname === '/app.js') {
      res.writeHead(200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(page.js);
      return;
    }
    if (req.method === 'GET' && url.pathname === '/app.css') {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(page.css);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url).catch((err: unknown) => fail(res, err));
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  };
  /** Whatever a request makes go wrong answers that request; the server (and the unsaved workbook) stays. */
  const fail = (res: ServerResponse, err: unknown) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendJson(res, 400, { message: err instanceof Error ? err.message : String(err) });
  };
  const server = createServer((req, res) => {
    try {
      const out = route(req, res) as unknown;
      if (out instanceof Promise) out.catch((err: unknown) => fail(res, err));
    } catch (err) {
      fail(res, err);
    }
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  lap('listen');
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    host,
    port,
    fake,
    bundle,
    server,
    version: () => version,
    timings,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function colLetters(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

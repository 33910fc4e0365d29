// An in-memory Google Sheets for the tests, the benchmark and the local
// preview: Apps Script's globals over one HyperFormula workbook, so formulas
// typed in the preview and values read by the add-on are the same data.

import type { HyperFormula } from 'hyperformula';
import { cellA1 } from './a1';
import type { FakeChart } from './charts';
import { Counters } from './counters';
import type { FakeProtection } from './protection';
import { REALM_HOOK, Realm } from './realm';
import { ServiceState, createServices } from './services';
import { FakeSpreadsheet, UiLog, createSpreadsheetApp, createUi } from './spreadsheet';
import { Workbook } from './workbook';

export { REALM, REALM_HOOK, isDate } from './realm';
export type { Realm } from './realm';
export type { Counters } from './counters';
export { formatDate } from './services';

export interface FakeOptions {
  /** Spreadsheet locale, default 'en_US'. */
  locale?: string;
  /** What Session.getActiveUserLocale() answers; default the spreadsheet locale. */
  userLocale?: string;
  timeZone?: string;
  name?: string;
  /** Print console/Logger output of the add-on (the preview does). */
  echoLogs?: boolean;
}

/**
 * The globals a fake hands to the bundle, typed as the fake implements them
 * (so tests drive SpreadsheetApp & co. type-checked), plus the realm hook.
 */
export type FakeGlobals = { SpreadsheetApp: ReturnType<typeof createSpreadsheetApp> } & ReturnType<typeof createServices> & Record<string, unknown>;

export interface Fake {
  /** The engine; the preview renders from it and edits through it. */
  hf: HyperFormula;
  /** SpreadsheetApp, PropertiesService, LockService, HtmlService, Session, ScriptApp, Utilities, Charts, Logger, console. */
  globals: FakeGlobals;
  counters: Counters;
  /** Computed values of a sheet's data range, as getValues returns them (for assertions; not counted). */
  sheetValues(name: string): unknown[][];
  /** Formulas of a sheet's data range: the formula text, or null where a cell has none. */
  sheetFormulas(name: string): (string | null)[][];
  sheetNames(): string[];
  formats(name: string): { numberFormats: Map<string, string>; bold: Set<string>; frozenRows: number; charts: FakeChart[]; protections: FakeProtection[] };
  ui: UiLog;
  /** Document properties. */
  properties: Map<string, string>;
  userProperties: Map<string, string>;
  /** held = another execution holds the document lock (set it in a test); ours = this one does. */
  lock: { held: boolean; ours: boolean };
  /** What HtmlService.createHtmlOutputFromFile(name) returns, e.g. 'Sidebar' → dist/Sidebar.html. */
  htmlFiles: Map<string, string>;
  /** console and Logger output of the add-on. */
  logs: string[];
}

export function createFakeSpreadsheet(sheets: Record<string, unknown[][]>, opts: FakeOptions = {}): Fake {
  const wb = new Workbook(sheets, {
    locale: opts.locale ?? 'en_US',
    timeZone: opts.timeZone ?? 'Etc/GMT',
    name: opts.name ?? 'Untitled spreadsheet',
    id: 'fake-spreadsheet-id',
  });
  const ui: UiLog = { sidebars: [], menus: [], alerts: [], dialogs: [], toasts: [] };
  const st: ServiceState = {
    properties: new Map(),
    userProperties: new Map(),
    scriptProperties: new Map(),
    lock: { held: false, ours: false },
    htmlFiles: new Map(),
    logs: [],
    echoLogs: opts.echoLogs ?? false,
    userLocale: opts.userLocale,
  };
  new FakeSpreadsheet(wb, ui);
  const globals: FakeGlobals = {
    SpreadsheetApp: createSpreadsheetApp(wb, createUi(ui, opts.name ? opts.name : 'Add-on')),
    ...createServices(wb, st),
  };
  // loadBundle() tells us the context's intrinsics, so Dates and Errors we hand over are of its realm.
  // A symbol key: invisible to Object.keys, yet kept by `{ ...fake.globals, extra }`.
  (globals as { [REALM_HOOK]?: (realm: Realm) => void })[REALM_HOOK] = (realm) => {
    wb.realm = realm;
  };

  const state = (name: string) => {
    const s = wb.sheetByName(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  };
  const dataBox = (name: string) => {
    const [rows, cols] = wb.extent(state(name));
    return { row: 1, col: 1, numRows: Math.max(rows, 1), numCols: Math.max(cols, 1) };
  };

  return {
    get hf() {
      return wb.hf;
    },
    globals,
    counters: wb.counters,
    sheetValues: (name) => wb.values(state(name), dataBox(name)),
    sheetFormulas: (name) => wb.formulas(state(name), dataBox(name)).map((row) => row.map((f) => f || null)),
    sheetNames: () => wb.sheets.map((s) => s.name),
    formats(name) {
      const s = state(name);
      const bold = new Set<string>();
      for (const [a1, w] of s.style('fontWeight')) if (w === 'bold') bold.add(a1);
      return {
        numberFormats: s.style('numberFormat') as Map<string, string>,
        bold,
        frozenRows: s.frozenRows,
        charts: s.charts,
        protections: s.protections,
      };
    },
    ui,
    properties: st.properties,
    userProperties: st.userProperties,
    lock: st.lock,
    htmlFiles: st.htmlFiles,
    logs: st.logs,
  };
}

/** A1 of a 1-based cell, for assertions on formats(). */
export { cellA1 };

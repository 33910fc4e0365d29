// Spreadsheet, SpreadsheetApp and the Ui: one active spreadsheet per fake.

import { parseA1, splitSheet } from './a1';
import { FakeMetadataFinder, addMetadata, metadataAt } from './metadata';
import { FakeRange } from './range';
import { FakeSheet } from './sheet';
import { FakeDataValidationBuilder } from './validation';
import { gasText } from './values';
import { SheetState, Workbook } from './workbook';

export interface UiLog {
  sidebars: { title: string; html: string }[];
  menus: { name: string; items: [string, string][] }[];
  alerts: string[];
  dialogs: { title: string; html: string; modal: boolean }[];
  toasts: { message: string; title: string }[];
}

interface HtmlLike {
  getTitle(): string;
  getContent(): string;
}

export class FakeSpreadsheet {
  constructor(
    readonly wb: Workbook,
    private readonly ui: UiLog,
  ) {
    wb.spreadsheet = this;
  }

  private sheetApi(s: SheetState): FakeSheet {
    return FakeSheet.of(this.wb, s);
  }

  getId() {
    return this.wb.opts.id;
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this.wb.opts.id}/edit`;
  }
  getName() {
    return this.wb.opts.name;
  }
  rename(name: string) {
    this.wb.write('Spreadsheet.rename');
    this.wb.opts.name = String(name);
  }
  getSpreadsheetLocale() {
    return this.wb.opts.locale;
  }
  setSpreadsheetLocale(l: string) {
    this.wb.write('Spreadsheet.setSpreadsheetLocale');
    this.wb.opts.locale = String(l);
  }
  getSpreadsheetTimeZone() {
    return this.wb.opts.timeZone;
  }
  setSpreadsheetTimeZone(tz: string) {
    this.wb.write('Spreadsheet.setSpreadsheetTimeZone');
    this.wb.opts.timeZone = String(tz);
  }
  getOwner() {
    return null;
  }
  getEditors() {
    return this.wb.list([]);
  }
  getNamedRanges() {
    return this.wb.list([]);
  }
  getRangeByName(_name: string) {
    return null;
  }
  /** The spreadsheet's own metadata; its finder searches every location, as in Apps Script. */
  getDeveloperMetadata() {
    this.wb.read('Spreadsheet.getDeveloperMetadata');
    return metadataAt(this.wb, null);
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown) {
    addMetadata(this.wb, null, key, a, b);
    return this;
  }
  createDeveloperMetadataFinder() {
    return new FakeMetadataFinder(this.wb, undefined);
  }

  // ---- sheets ----

  getSheets() {
    return this.wb.list(this.wb.sheets.map((s) => this.sheetApi(s)));
  }
  getNumSheets() {
    return this.wb.sheets.length;
  }

  getSheetByName(name: string): FakeSheet | null {
    const s = this.wb.sheetByName(String(name));
    return s ? this.sheetApi(s) : null;
  }

  getSheetById(gid: number): FakeSheet | null {
    const s = this.wb.sheets.find((x) => x.gid === gid);
    return s ? this.sheetApi(s) : null;
  }

  /** insertSheet(), (index), (name), (name, index), (…, options): options.template copies nothing here but is accepted. */
  insertSheet(a?: unknown, b?: unknown, _options?: unknown): FakeSheet {
    const name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : undefined;
    const s = this.wb.addSheet(name, index);
    this.wb.write('Spreadsheet.insertSheet', s);
    this.wb.active = s;
    this.wb.activeBox = null;
    return this.sheetApi(s);
  }

  deleteSheet(sheet: FakeSheet): void {
    this.wb.write('Spreadsheet.deleteSheet', sheet.state);
    this.wb.removeSheet(sheet.state);
  }

  getActiveSheet(): FakeSheet {
    return this.sheetApi(this.wb.active);
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    return sheet.activate();
  }

  moveActiveSheet(position: number): void {
    this.wb.write('Spreadsheet.moveActiveSheet', this.wb.active);
    const list = this.wb.sheets;
    list.splice(list.indexOf(this.wb.active), 1);
    list.splice(Math.max(0, Math.min(position - 1, list.length)), 0, this.wb.active);
  }

  // ---- ranges ----

  /** "Sheet1!A1:B2", or A1 on the active sheet. */
  getRange(a1: string): FakeRange {
    const [sheetName, part] = splitSheet(String(a1));
    const s = sheetName === null ? this.wb.active : this.wb.sheetByName(sheetName);
    if (!s) throw this.wb.error('Range not found');
    const box = parseA1(part, s.maxRows, s.maxCols);
    if (!box) throw this.wb.error('Range not found');
    return this.sheetApi(s).rangeOf(box);
  }

  getActiveRange() {
    return this.getActiveSheet().getActiveRange();
  }
  getActiveCell() {
    return this.getActiveSheet().getActiveCell();
  }
  getCurrentCell() {
    return this.getActiveSheet().getActiveCell();
  }
  setActiveRange(range: FakeRange) {
    return range.activate();
  }
  getDataRange() {
    return this.getActiveSheet().getDataRange();
  }
  getLastRow() {
    return this.getActiveSheet().getLastRow();
  }
  getLastColumn() {
    return this.getActiveSheet().getLastColumn();
  }

  getProtections(type: string) {
    const all = this.wb.sheets.flatMap((s) => s.protections);
    return this.wb.list(all.filter((p) => p.type === String(type)));
  }

  toast(message: unknown, title?: unknown, _timeoutSeconds?: number): void {
    this.ui.toasts.push({ message: gasText(message ?? ''), title: gasText(title ?? '') });
  }
}

/** A builder that accepts any setter and records it: data validation, conditional formats, text styles. */
function recordingBuilder(kind: string): unknown {
  const calls: [string, unknown[]][] = [];
  const builder: unknown = new Proxy(
    {},
    {
      get(_t, prop) {
        if (typeof prop === 'symbol') return undefined;
        if (prop === 'build') return () => ({ kind, calls: [...calls], copy: () => recordingBuilder(kind) });
        return (...args: unknown[]) => {
          calls.push([prop, args]);
          return builder;
        };
      },
    },
  );
  return builder;
}

const enumOf = <N extends string>(...names: N[]) => Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as { [K in N]: K });

export const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

export class FakeMenu {
  readonly items: [string, string][] = [];
  constructor(
    private readonly ui: UiLog,
    readonly name: string,
  ) {}
  addItem(caption: string, functionName: string) {
    this.items.push([String(caption), String(functionName)]);
    return this;
  }
  /** Recorded as ['---', '']. */
  addSeparator() {
    this.items.push(['---', '']);
    return this;
  }
  addSubMenu(menu: FakeMenu) {
    for (const [caption, fn] of menu.items) this.items.push([`${menu.name} › ${caption}`, fn]);
    return this;
  }
  /** Each addToUi() is recorded (onOpen and onInstall each add one); the newest per name is what Sheets shows. */
  addToUi() {
    this.ui.menus.push({ name: this.name, items: [...this.items] });
  }
}

export function createUi(ui: UiLog, addonName: string) {
  return {
    Button,
    ButtonSet,
    createAddonMenu: () => new FakeMenu(ui, addonName),
    createMenu: (name: string) => new FakeMenu(ui, String(name)),
    showSidebar(html: HtmlLike) {
      ui.sidebars.push({ title: html.getTitle(), html: html.getContent() });
    },
    showModalDialog(html: HtmlLike, title: string) {
      ui.dialogs.push({ title: String(title ?? html.getTitle()), html: html.getContent(), modal: true });
    },
    showModelessDialog(html: HtmlLike, title: string) {
      ui.dialogs.push({ title: String(title ?? html.getTitle()), html: html.getContent(), modal: false });
    },
    /** alert(prompt) or alert(title, prompt, buttons): records the prompt; answers YES or OK. */
    alert(a: unknown, b?: unknown, c?: unknown) {
      const prompt = typeof b === 'string' ? b : String(a);
      ui.alerts.push(prompt);
      const buttons = typeof b === 'string' ? c : b;
      return buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK;
    },
    prompt(a: unknown, b?: unknown) {
      ui.alerts.push(typeof b === 'string' ? b : String(a));
      return { getResponseText: () => '', getSelectedButton: () => Button.CANCEL };
    },
  };
}

export function createSpreadsheetApp(wb: Workbook, ui: ReturnType<typeof createUi>) {
  const ss = () => wb.spreadsheet as FakeSpreadsheet;
  return {
    getActiveSpreadsheet: ss,
    getActive: ss,
    getActiveSheet: () => ss().getActiveSheet(),
    getActiveRange: () => ss().getActiveRange(),
    setActiveSheet: (sheet: FakeSheet) => ss().setActiveSheet(sheet),
    openById(id: string) {
      if (id !== wb.opts.id) throw wb.error(`Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
      return ss();
    },
    getUi: () => ui,
    flush() {},
    newDataValidation: () => new FakeDataValidationBuilder(),
    newConditionalFormatRule: () => recordingBuilder('ConditionalFormatRule'),
    newTextStyle: () => recordingBuilder('TextStyle'),
    newRichTextValue: () => recordingBuilder('RichTextValue'),
    ProtectionType: enumOf('RANGE', 'SHEET'),
    BorderStyle: enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'),
    Dimension: enumOf('COLUMNS', 'ROWS'),
    WrapStrategy: enumOf('WRAP', 'OVERFLOW', 'CLIP'),
    SheetType: enumOf('GRID', 'OBJECT', 'DATASOURCE'),
    DeveloperMetadataVisibility: enumOf('DOCUMENT', 'PROJECT'),
    DeveloperMetadataLocationType: enumOf('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN'),
    DataValidationCriteria: enumOf(
      'VALUE_IN_LIST',
      'VALUE_IN_RANGE',
      'NUMBER_BETWEEN',
      'NUMBER_GREATER_THAN',
      'CHECKBOX',
      'CUSTOM_FORMULA',
    ),
    CopyPasteType: enumOf('PASTE_NORMAL', 'PASTE_VALUES', 'PASTE_FORMAT', 'PASTE_NO_BORDERS'),
    AutoFillSeries: enumOf('DEFAULT_SERIES', 'ALTERNATE_SERIES'),
    TextDirection: enumOf('LEFT_TO_RIGHT', 'RIGHT_TO_LEFT'),
  };
}

// createResultsSheet: the chosen creators of a shortlist on the add-on's own
// results sheet, plan on the left (protected with a warning), validated input
// columns on the right. A rerun only adds the creators that are missing: no
// cell already on the sheet is written again.

import { spreadsheetCurrency } from './locale';
import { evalWord, InputError, Locale } from '../core/i18n';
import {
  existingKeys,
  lastFilledRow,
  newResultRows,
  PLAN_COLUMNS,
  POSTED_COLUMN,
  RATE_COLUMN,
  resultsFormats,
  resultsHeader,
  RESULTS_WIDTH,
} from '../core/evaluate/results-layout';
import { readShortlistLayout } from '../core/shortlist/read-layout';
import { withDocumentLock } from './lock';
import { checkRoom, checkSheetName, findOwn, growRows, markOwn, ownKind, sheetNamed } from './own-sheets';
import { NEW_SHEET_CELLS } from '../core/sheet-limits';
import { loadSettings } from './store';
import { userFacing } from './user-facing';
import type { ResultsContext, ResultsCreated } from '../shared/api';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const CAMPAIGNS = 'results.campaigns';
const LOCALES: readonly Locale[] = ['ja', 'ko', 'en'];

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** The campaign a results sheet was made for (by sheet id), or null. */
export function campaignOf(sheet: Sheet): string | null {
  try {
    const v = JSON.parse(props().getProperty(CAMPAIGNS) ?? '{}') as Record<string, unknown>;
    const c = v[String(sheet.getSheetId())];
    return typeof c === 'string' ? c : null;
  } catch {
    return null;
  }
}

function rememberCampaign(sheet: Sheet, campaign: string): void {
  let v: Record<string, string>;
  try {
    v = JSON.parse(props().getProperty(CAMPAIGNS) ?? '{}') as Record<string, string>;
  } catch {
    v = {}; // an unreadable property starts afresh
  }
  v[String(sheet.getSheetId())] = campaign;
  props().setProperty(CAMPAIGNS, JSON.stringify(v));
}

/** The latest shortlist: the saved settings' output sheet if it is still the add-on's shortlist, else the last shortlist in tab order. */
export function latestShortlist(ss: Spreadsheet): string | null {
  const own = findOwn(ss, 'shortlist').map((s) => s.getName());
  const saved = loadSettings().settings?.outputSheet;
  if (typeof saved === 'string' && own.includes(saved)) return saved;
  return own[own.length - 1] ?? null;
}

export function today(ss: Spreadsheet): string {
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

export function createResultsSheet(req: unknown): ResultsCreated {
  return userFacing('createResultsSheet', (locale) => {
    const r = (req ?? {}) as { shortlistSheet?: unknown; name?: unknown; campaign?: unknown };
    return withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const from = text(r.shortlistSheet) || latestShortlist(ss);
      if (!from) throw new InputError('noShortlist');
      const source = ss.getSheetByName(from);
      if (!source) throw new InputError('noSheet', { name: from });
      const chosen = readShortlistLayout(source.getDataRange().getValues()); // the one read of the shortlist
      if (!chosen) throw new InputError('notAShortlist', { name: from });
      if (chosen.length === 0) throw new InputError('emptyShortlist', { name: from });

      const name = text(r.name) || evalWord('resultsSheet', locale);
      checkSheetName(name);
      const existing = sheetNamed(ss, name);
      if (existing && ownKind(existing) !== 'results') throw new InputError('resultsNotOurs', { name });
      const campaign = text(r.campaign) || (existing ? campaignOf(existing) : null) || `${from} ${today(ss)}`;
      const currency = spreadsheetCurrency();

      let sheet: Sheet;
      let have = new Set<string>();
      let start = 2;
      if (existing) {
        sheet = existing;
        const values = sheet.getDataRange().getValues(); // the one read of the results sheet
        have = existingKeys(values);
        start = lastFilledRow(values) + 1;
      } else {
        checkRoom(ss, NEW_SHEET_CELLS);
        sheet = ss.insertSheet(name);
        markOwn(sheet, 'results');
        const header = sheet.getRange(1, 1, 1, RESULTS_WIDTH);
        header.setValues([resultsHeader(locale)]);
        header.setFontWeight('bold');
        sheet.setFrozenRows(1);
      }
      const add = newResultRows(chosen, have, locale);
      if (add.length > 0) {
        const need = start + add.length - 1;
        growRows(sheet, need);
        const block = sheet.getRange(start, 1, add.length, RESULTS_WIDTH);
        block.setValues(add);
        const fmts = resultsFormats(currency);
        block.setNumberFormats(add.map(() => fmts));
        sheet
          .getRange(start, PLAN_COLUMNS + 1, add.length, RESULTS_WIDTH - PLAN_COLUMNS)
          .setDataValidations(add.map(() => inputRules(locale)));
        protectPlan(sheet, need, locale);
        if (!existing) sheet.autoResizeColumns(1, RESULTS_WIDTH);
      }
      rememberCampaign(sheet, campaign);
      ss.setActiveSheet(sheet);
      return { sheet: sheet.getName(), campaign, added: add.length, kept: have.size };
    });
  });
}

/** One rule per input column: yes/no for posted, a number ≥ 0 for counts and money, 0–100% for the intent share. */
function inputRules(locale: Locale): GoogleAppsScript.Spreadsheet.DataValidation[] {
  const number = SpreadsheetApp.newDataValidation()
    .requireNumberGreaterThanOrEqualTo(0)
    .setAllowInvalid(false)
    .setHelpText(evalWord('numberHelp', locale))
    .build();
  const posted = SpreadsheetApp.newDataValidation()
    .requireValueInList([evalWord('yes', locale), evalWord('no', locale)], true)
    .setAllowInvalid(false)
    .setHelpText(evalWord('postedHelp', locale))
    .build();
  const rate = SpreadsheetApp.newDataValidation()
    .requireNumberBetween(0, 1)
    .setAllowInvalid(false)
    .setHelpText(evalWord('rateHelp', locale))
    .build();
  const rules: GoogleAppsScript.Spreadsheet.DataValidation[] = [];
  for (let col = PLAN_COLUMNS + 1; col <= RESULTS_WIDTH; col++) {
    rules.push(col === POSTED_COLUMN ? posted : col === RATE_COLUMN ? rate : number);
  }
  return rules;
}

/** The plan columns, header to the last row, protected with a warning (one protection, replaced on a rerun). */
function protectPlan(sheet: Sheet, lastRow: number, locale: Locale): void {
  const ours = new Set(LOCALES.map((l) => evalWord('planProtected', l)));
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) if (ours.has(p.getDescription())) p.remove();
  sheet.getRange(1, 1, lastRow, PLAN_COLUMNS).protect().setDescription(evalWord('planProtected', locale)).setWarningOnly(true);
}

export function getResultsContext(): ResultsContext {
  return userFacing('getResultsContext', (locale) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const cap = loadSettings().settings?.cpvCap;
    return {
      locale,
      currencySymbol: spreadsheetCurrency().symbol,
      sheets: ss.getSheets().map((s) => s.getName()),
      shortlistSheet: latestShortlist(ss),
      resultsSheets: findOwn(ss, 'results').map((s) => s.getName()),
      cpvCap: typeof cap === 'number' && cap > 0 ? cap : null,
    };
  });
}

/** Makes a sheet the active tab (the sidebar's "open the evaluation sheet"). */
export function openSheet(name: unknown): { sheet: string } {
  return userFacing('openSheet', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = typeof name === 'string' ? ss.getSheetByName(name) : null;
    if (!sheet) throw new InputError('noSheet', { name: String(name) });
    ss.setActiveSheet(sheet);
    return { sheet: sheet.getName() };
  });
}

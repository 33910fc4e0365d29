// runShortlist and getShortlistContext: read the roster once, compute in
// src/core, write the output once. Every failure reaches the sidebar as a
// message in the user's language, and a refusal writes nothing.

import { format, InputError } from '../core/i18n';
import { spreadsheetCurrency } from './locale';
import { Field, FIELDS } from '../core/roster/headers';
import { readRoster } from '../core/roster/read';
import { planShortlist, resolveColumns, Plan } from '../core/shortlist/plan';
import { buildLayout } from '../core/shortlist/layout';
import { word } from '../core/shortlist/labels';
import { parseSettings } from './settings';
import { withDocumentLock } from './lock';
import { checkOutputName, writeLayout } from './output';
import { loadSettings, saveSettings } from './store';
import { findOwn } from './own-sheets';
import { userFacing } from './user-facing';
import type { HeaderInfo, Presim, ShortlistContext, ShortlistResult } from '../shared/api';
import type { ShortlistSettingsInput } from '../shared/settings';
import type { ShortlistSettings } from '../shared/settings';

function rosterValues(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): unknown[][] {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new InputError('noSheet', { name });
  return sheet.getDataRange().getValues(); // the one read of the roster
}

export function runShortlist(raw: ShortlistSettingsInput): ShortlistResult {
  return userFacing('runShortlist', (locale) => {
    const s = parseSettings(raw);
    if (s.outputSheet === s.rosterSheet) throw new InputError('outputIsRoster', { name: s.rosterSheet });
    return withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const values = rosterValues(ss, s.rosterSheet);
      checkOutputName(ss, s.outputSheet);
      const currency = spreadsheetCurrency();
      const plan = planShortlist(values, s.rosterSheet, { ...s, viewRate: s.viewRate ?? null }, currency);
      const layout = buildLayout(plan, { locale, currency, budget: s.budget, cpvCap: s.cpvCap, cvr: s.cvr, aov: s.aov });
      writeLayout(ss, s.outputSheet, layout, word('spendByRole', locale));
      saveSettings(s);
      return toResult(plan, s);
    });
  });
}

function toResult(plan: Plan, s: ShortlistSettings): ShortlistResult {
  return {
    selected: plan.chosen.map((c) => ({
      row: c.row, handle: c.handle, platform: c.platform, role: c.role, tier: c.tier,
      followers: c.followers, views: c.views, fee: c.fee, cpv: c.cpv,
    })),
    spend: plan.spend,
    views: plan.views,
    blendedCpv: plan.blendedCpv,
    excluded: plan.excludedCounts,
    outputSheet: s.outputSheet,
    reachSpend: plan.reachSpend,
    budget: s.budget,
  };
}

export function getShortlistContext(rosterSheet?: string): ShortlistContext {
  return userFacing('getShortlistContext', (locale) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheets = ss.getSheets().map((sh) => sh.getName());
    // Sheets the add-on wrote (known by their mark, not their name) are not rosters.
    const outputs = new Set(findOwn(ss).map((sh) => sh.getName()));
    const { settings: saved, ignored } = loadSettings();
    const savedRoster = typeof saved?.rosterSheet === 'string' ? saved.rosterSheet : null;
    const active = ss.getActiveSheet().getName();
    const candidates = [typeof rosterSheet === 'string' ? rosterSheet : null, savedRoster, outputs.has(active) ? null : active];
    const name = candidates.find((n): n is string => !!n && sheets.includes(n)) ?? sheets.find((n) => !outputs.has(n)) ?? null;

    const ctx: ShortlistContext = {
      locale,
      currencySymbol: spreadsheetCurrency().symbol,
      sheets,
      outputs: sheets.filter((n) => outputs.has(n)),
      rosterSheet: name,
      header: null,
      headerProblem: null,
      settings: saved as ShortlistContext['settings'],
      presim: { fee: [], views: [], followers: [], erBelow: [] },
      unreadableRows: 0,
      settingsIgnored: ignored.length > 0 ? format('settingsIgnored', { fields: ignored.join(', ') }, locale) : null,
    };
    if (!name) return ctx;
    const values = rosterValues(ss, name);
    const savedColumns = name === savedRoster && saved?.columns && typeof saved.columns === 'object' ? (saved.columns as Partial<Record<Field, string>>) : {};
    try {
      let resolved;
      try {
        resolved = resolveColumns(values, name, savedColumns);
      } catch (err) {
        // Saved columns that no longer exist: fall back to what the headers say.
        if (err instanceof InputError && err.code === 'columnNotFound') resolved = resolveColumns(values, name);
        else throw err;
      }
      const { header, map } = resolved;
      const columns: HeaderInfo['columns'] = {};
      for (const f of FIELDS) if (map[f] !== undefined) columns[f] = header.headers[map[f]!]!;
      ctx.header = { row: header.row + 1, headers: header.headers, columns };
      const read = readRoster(values.slice(header.row + 1), map, header.headers, header.row + 2, { cpvCap: Infinity, erFloor: false, viewRate: null, currency: spreadsheetCurrency().code });
      ctx.presim = presimOf(read);
      ctx.unreadableRows = read.excluded.filter((e) => e.reason === 'unreadable').length;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      ctx.headerProblem = err.localized(locale);
    }
    return ctx;
  });
}

function presimOf(read: ReturnType<typeof readRoster>): Presim {
  const p: Presim = { fee: [], views: [], followers: [], erBelow: [] };
  for (const c of read.creators) {
    p.fee.push(c.fee);
    p.views.push(c.views);
    p.followers.push(c.followers);
    p.erBelow.push(c.verdict === 'below' ? 1 : 0);
  }
  for (const e of read.excluded) {
    if (e.reason !== 'noViews' || e.fee === undefined || e.followers === undefined) continue;
    p.fee.push(e.fee);
    p.views.push(0);
    p.followers.push(e.followers);
    p.erBelow.push(0);
  }
  return p;
}

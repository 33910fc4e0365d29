// runShortlist and getShortlistContext: read the roster once (and the
// comments sheet and an ER table range once, when the settings name them),
// compute in src/core, write the output once. Every failure reaches the
// sidebar as a message in the user's language, and a refusal writes nothing.

import { format, InputError } from '../core/i18n';
import { spreadsheetCurrency } from './locale';
import { Field, FIELDS } from '../core/roster/headers';
import { PRESETS, Preset, presetFromRows } from '../core/tiers';
import { CommentShares, MIN_COMMENTS, readCommentsSheet } from '../core/comments/shares';
import { planShortlist, readForPlan, resolveColumns, Plan } from '../core/shortlist/plan';
import { planRows } from '../core/shortlist/rows';
import { buildPayload } from '../core/shortlist/payload';
import { emptyRows } from '../core/shortlist/select';
import { buildLayout } from '../core/shortlist/layout';
import { word } from '../core/i18n';
import { parseSettings } from './settings';
import { withDocumentLock } from './lock';
import { checkOutputName, writeLayout } from './output';
import { loadSettings, saveSettings } from './store';
import { findOwn } from './own-sheets';
import { readHistory } from './history';
import { historyLookup } from '../core/evaluate/history';
import type { HistoryLookup } from '../core/shortlist/rows';
import { userFacing } from './user-facing';
import type { CommentsInfo, ContextOptions, HeaderInfo, ShortlistContext, ShortlistResult } from '../shared/api';
import type { ShortlistSettings, ShortlistSettingsInput } from '../shared/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function sheetValues(ss: Spreadsheet, name: string): unknown[][] {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new InputError('noSheet', { name });
  return sheet.getDataRange().getValues(); // the one read of that sheet
}

/** The ER table: a preset by name, or the team's own table in a range (the one ER_TIER reads). */
function presetOf(ss: Spreadsheet, p: ShortlistSettings['erPreset']): Preset {
  if (typeof p === 'string') return PRESETS[p]!;
  const sheet = ss.getSheetByName(p.sheet);
  if (!sheet) throw new InputError('noSheet', { name: p.sheet });
  let range;
  try {
    range = sheet.getRange(p.range);
  } catch {
    throw new InputError('badRange', { range: p.range, name: p.sheet });
  }
  return presetFromRows(range.getValues());
}

function commentsOf(ss: Spreadsheet, c: ShortlistSettings['commentsSheet']): CommentShares | null {
  if (!c) return null;
  return readCommentsSheet(sheetValues(ss, c.sheet), c.sheet, { handle: c.handle, comment: c.comment });
}

/** The History sheet, read once, as the plan's lookup; null without one. */
function historyOf(ss: Spreadsheet): HistoryLookup | null {
  return findOwn(ss, 'history').length > 0 ? historyLookup(readHistory(ss)) : null;
}

export function runShortlist(raw: ShortlistSettingsInput): ShortlistResult {
  return userFacing('runShortlist', (locale) => {
    const s = parseSettings(raw);
    if (s.outputSheet === s.rosterSheet) throw new InputError('outputIsRoster', { name: s.rosterSheet });
    return withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const values = sheetValues(ss, s.rosterSheet);
      checkOutputName(ss, s.outputSheet);
      const currency = spreadsheetCurrency();
      const preset = presetOf(ss, s.erPreset);
      const comments = commentsOf(ss, s.commentsSheet);
      const history = historyOf(ss);
      const useHistory = s.useHistory ?? history !== null;
      const plan = planShortlist(
        values,
        s.rosterSheet,
        { ...s, viewRate: s.viewRate ?? null, preset, comments, history, useHistory },
        currency,
      );
      const layout = buildLayout(plan, {
        locale,
        currency,
        budget: s.budget,
        cpvCap: s.cpvCap,
        cvr: s.cvr,
        aov: s.aov,
        reachShare: s.reachShare,
      });
      writeLayout(ss, s.outputSheet, layout, word('spendByRole', locale));
      saveSettings(s);
      return toResult(plan, s, layout.allRowsAt);
    });
  });
}

function toResult(plan: Plan, s: ShortlistSettings, allRowsAt: number): ShortlistResult {
  return {
    selected: plan.chosen.map((c) => ({
      row: c.row,
      handle: c.handle,
      platform: c.platform,
      role: c.role,
      tier: c.tier,
      followers: c.followers,
      views: c.views,
      fee: c.fee,
      cpv: c.cpv,
      value: c.value,
      mustInclude: c.mustInclude,
    })),
    spend: plan.spend,
    views: plan.views,
    blendedCpv: plan.blendedCpv,
    excluded: plan.excludedCounts,
    outputSheet: s.outputSheet,
    reachSpend: plan.reachSpend,
    empathySpend: plan.empathySpend,
    budget: s.budget,
    objective: plan.objective,
    value: plan.value,
    proven: plan.proven,
    bound: plan.bound,
    allRowsAt,
    statusCounts: plan.statusCounts,
  };
}

function contextOptions(raw: unknown, saved: Record<string, unknown> | null): ContextOptions {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const pick = (k: 'commentsSheet' | 'erPreset'): unknown => (k in o ? o[k] : saved?.[k]);
  const out: ContextOptions = {};
  const c = pick('commentsSheet');
  if (c && typeof c === 'object' && typeof (c as { sheet?: unknown }).sheet === 'string') {
    const { sheet, handle, comment } = c as Record<string, unknown>;
    out.commentsSheet = {
      sheet: sheet as string,
      ...(typeof handle === 'string' ? { handle } : {}),
      ...(typeof comment === 'string' ? { comment } : {}),
    };
  }
  const p = pick('erPreset');
  if (p === 'seed' || p === 'instagram' || p === 'tiktok') out.erPreset = p;
  else if (
    p &&
    typeof p === 'object' &&
    typeof (p as { sheet?: unknown }).sheet === 'string' &&
    typeof (p as { range?: unknown }).range === 'string'
  ) {
    out.erPreset = { sheet: (p as { sheet: string }).sheet, range: (p as { range: string }).range };
  }
  return out;
}

export function getShortlistContext(rosterSheet?: string, options?: ContextOptions): ShortlistContext {
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
    const opts = contextOptions(options, saved);

    const ctx: ShortlistContext = {
      locale,
      currencySymbol: spreadsheetCurrency().symbol,
      sheets,
      outputs: sheets.filter((n) => outputs.has(n)),
      rosterSheet: name,
      header: null,
      headerProblem: null,
      settings: saved as ShortlistContext['settings'],
      presim: { rows: emptyRows(), total: 0, omittedFrom: null, omitted: 0, cpvQuantiles: [] },
      pooledIntent: null,
      comments: null,
      customTiers: null,
      erPresetProblem: null,
      unreadableRows: 0,
      hasHistory: false,
      settingsIgnored: ignored.length > 0 ? format('settingsIgnored', { fields: ignored.join(', ') }, locale) : null,
    };
    if (!name) return ctx;

    let preset: Preset | undefined;
    if (opts.erPreset && typeof opts.erPreset === 'object') {
      try {
        preset = presetOf(ss, opts.erPreset);
        ctx.customTiers = preset.tiers;
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        ctx.erPresetProblem = err.localized(locale);
      }
    }
    let comments: CommentShares | null = null;
    if (opts.commentsSheet) {
      const info: CommentsInfo = { sheet: opts.commentsSheet.sheet, comments: 0, creators: 0, estimated: 0, problem: null };
      try {
        comments = commentsOf(ss, opts.commentsSheet);
        info.comments = comments!.pooled.count;
        info.creators = comments!.byCreator.size;
        for (const e of comments!.byCreator.values()) if (e.count < MIN_COMMENTS) info.estimated++;
        ctx.pooledIntent = info.comments > 0 ? comments!.pooled.intent / info.comments : null;
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        info.problem = err.localized(locale);
      }
      ctx.comments = info;
    }

    // History goes into the payload whatever the checkbox says: the sidebar's selection applies it or not, as Run does.
    const history = historyOf(ss);
    ctx.hasHistory = history !== null;
    const values = sheetValues(ss, name);
    const savedColumns =
      name === savedRoster && saved?.columns && typeof saved.columns === 'object' ? (saved.columns as Partial<Record<Field, string>>) : {};
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
      for (const f of FIELDS) if (map[f] !== undefined) columns[f] = header.headers[map[f]]!;
      ctx.header = { row: header.row + 1, headers: header.headers, columns };
      const read = readForPlan(values, header, map, spreadsheetCurrency().code);
      ctx.presim = buildPayload(planRows(read, comments, history));
      ctx.unreadableRows = read.excluded.filter((e) => e.reason === 'unreadable').length;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      ctx.headerProblem = err.localized(locale);
    }
    return ctx;
  });
}

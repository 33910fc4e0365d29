// Client snapshots and "freeze formulas": values only, so a client without
// the add-on sees numbers, not #NAME?; without the agency's columns (fee,
// CPV, margin); the source sheet is never changed.

import { InputError } from '../core/i18n';
import { columnByHeader, findHeader, norm, ALIASES } from '../core/roster/headers';
import { asText } from '../core/shortlist/layout';
import { CUSTOM_FUNCTIONS } from '../functions/metadata';
import { withDocumentLock } from './lock';
import { userFacing } from './user-facing';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

// Columns a client should not see unless the agency says otherwise.
const PRIVATE_ALIASES = [...ALIASES.fee, 'cpv', '単価cpv', 'margin', '利益率', '粗利', '마진', '이익률', 'profit'];

import type { SnapshotContext } from '../shared/api';

function headerRowOf(values: unknown[][]): { row: number; headers: string[] } {
  const found = findHeader(values);
  if (found) return { row: found.row, headers: found.headers };
  return { row: 0, headers: (values[0] ?? []).map((h) => String(h ?? '').trim()) };
}

export function getSnapshotContext(sheetName?: unknown): SnapshotContext {
  return userFacing('getSnapshotContext', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheets = ss.getSheets().map((s) => s.getName());
    const name = typeof sheetName === 'string' && sheets.includes(sheetName) ? sheetName : ss.getActiveSheet().getName();
    const sheet = ss.getSheetByName(name);
    if (!sheet) return { sheets, sheet: null, headers: [], suggestedHidden: [] };
    const { headers } = headerRowOf(sheet.getDataRange().getValues());
    const privateSet = new Set(PRIVATE_ALIASES);
    const suggestedHidden = headers.filter((h) => h !== '' && (privateSet.has(norm(h)) || /cpv|margin|利益|마진/i.test(h)));
    return { sheets, sheet: name, headers, suggestedHidden };
  });
}

/** A cell as a value that stays what it is when written back: text stays text. */
function frozen(v: unknown): unknown {
  return typeof v === 'string' ? asText(v) : v;
}

function freeName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, base: string): string {
  if (!ss.getSheetByName(base)) return base;
  for (let i = 2; ; i++) if (!ss.getSheetByName(`${base} (${i})`)) return `${base} (${i})`;
}

export function createClientSnapshot(req: unknown): { sheet: string } {
  return userFacing('createClientSnapshot', (locale) => {
    const r = (req ?? {}) as { sourceSheet?: unknown; hideColumns?: unknown; name?: unknown };
    if (typeof r.sourceSheet !== 'string' || r.sourceSheet.trim() === '') throw new InputError('snapshotNoSource', { name: String(r.sourceSheet ?? '') });
    const hide = Array.isArray(r.hideColumns) ? r.hideColumns.filter((h): h is string => typeof h === 'string') : [];
    return withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const src = ss.getSheetByName(r.sourceSheet as string);
      if (!src) throw new InputError('snapshotNoSource', { name: r.sourceSheet as string });
      // One batched read of each kind; the source is only read.
      const range = src.getDataRange();
      const values = range.getValues();
      const formats = range.getNumberFormats();
      const weights = range.getFontWeights();
      const backgrounds = range.getBackgrounds();

      const { headers } = headerRowOf(values);
      const hidden = new Set<number>();
      for (const h of hide) {
        const col = columnByHeader(headers, h);
        if (col < 0) throw new InputError('columnNotFound', { header: h, field: 'hide', name: src.getName() });
        hidden.add(col);
      }
      const keep = headers.length === 0 ? [] : [...Array(Math.max(headers.length, values[0]?.length ?? 0)).keys()].filter((c) => !hidden.has(c));
      const pick = <T>(grid: T[][], f: (x: T) => unknown = (x) => x) => grid.map((row) => keep.map((c) => f(row[c] as T)));

      const stamp = Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm');
      const base = typeof r.name === 'string' && r.name.trim() !== '' ? r.name.trim() : `${src.getName()} ${SNAPSHOT_WORD[locale]} ${stamp}`;
      const name = freeName(ss, base.slice(0, 90));
      const out = ss.insertSheet(name, ss.getSheets().length);
      try {
        if (keep.length > 0 && values.length > 0) {
          const target = out.getRange(1, 1, values.length, keep.length);
          target.setValues(pick(values, frozen));
          target.setNumberFormats(pick(formats) as string[][]);
          target.setFontWeights(pick(weights) as GoogleAppsScript.Spreadsheet.FontWeight[][]);
          target.setBackgrounds(pick(backgrounds) as string[][]);
        }
        out.setFrozenRows(src.getFrozenRows());
        out.protect().setDescription(`${SNAPSHOT_NOTE[locale]} ${stamp}`).setWarningOnly(true);
      } catch (err) {
        ss.deleteSheet(out);
        throw err;
      }
      return { sheet: name };
    });
  });
}

const SNAPSHOT_WORD = { en: 'snapshot', ja: 'スナップショット', ko: '스냅샷' } as const;
const SNAPSHOT_NOTE = {
  en: 'Generated client snapshot (values only); regenerate instead of editing.',
  ja: 'クライアント用に生成したスナップショット（値のみ）。編集せず再生成してください。',
  ko: '클라이언트용으로 생성된 스냅샷(값만). 편집하지 말고 다시 생성하세요.',
} as const;

const ADDON_FORMULA = new RegExp(`\\b(${CUSTOM_FUNCTIONS.map((f) => f.name).join('|')})\\s*\\(`, 'i');

/**
 * Replaces the add-on's formulas in a range by their current values (the
 * sidebar asks for confirmation first). Other formulas stay formulas.
 */
export function freezeFormulas(req: unknown): { sheet: string; range: string; frozen: number } {
  return userFacing('freezeFormulas', () => {
    const r = (req ?? {}) as { sheet?: unknown; range?: unknown };
    return withDocumentLock(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheet: Sheet | null = typeof r.sheet === 'string' ? ss.getSheetByName(r.sheet) : ss.getActiveSheet();
      if (!sheet) throw new InputError('noSheet', { name: String(r.sheet) });
      const range = typeof r.range === 'string' && r.range.trim() !== '' ? sheet.getRange(r.range) : sheet.getDataRange();
      const formulas = range.getFormulas();
      const values = range.getValues();
      let count = 0;
      const next = formulas.map((row, i) =>
        row.map((f, j) => {
          if (f && ADDON_FORMULA.test(f)) {
            count++;
            return frozen(values[i]![j]);
          }
          return f || frozen(values[i]![j]);
        }),
      );
      if (count > 0) range.setValues(next);
      return { sheet: sheet.getName(), range: range.getA1Notation(), frozen: count };
    });
  });
}

// A results sheet's values to one record per creator: the add-on's own
// results sheet or any sheet whose headers the alias table recognises. Every
// number goes through the one parser; a blank stays null ("no data", never 0);
// an unreadable cell is kept with its address and reason, not guessed.

import { cellText } from '../grid';
import { EVAL_WORDS, InputError, show } from '../i18n';
import { isBlank, NumberKind, parseNumber, ParseOptions } from '../parse';
import { columnLetter, findResultHeader, headerUnit, ResultColumnMap, ResultField } from '../roster/headers';
import { handleKey, platformKey } from '../roster/keys';
import { Role } from '../roster/read';
import { ROLE_NAMES } from '../i18n';

/** The same creator on the same platform, as the shortlist dedupes: "instagram:@hana_beauty" (platform, then handleKey). */
export function creatorKey(handle: string, platform: string): string {
  return `${platformKey(platform)}:${handleKey(handle)}`;
}

/** The handleKey part of a creator key. */
export function handleOfKey(key: string): string {
  const at = key.indexOf(':');
  return at >= 0 ? key.slice(at + 1) : key;
}

export const NUMBER_FIELDS = {
  plannedFee: 'money',
  plannedViews: 'count',
  plannedCpv: 'money',
  actualViews: 'count',
  clicks: 'count',
  orders: 'count',
  revenue: 'money',
  actualFee: 'money',
  saves: 'count',
  shares: 'count',
  intent: 'rate',
} as const satisfies Partial<Record<ResultField, NumberKind>>;
export type NumberField = keyof typeof NUMBER_FIELDS;

export interface ResultRow {
  row: number; // 1-based sheet row
  key: string;
  handle: string;
  platform: string;
  role: Role | null;
  posted: boolean | null;
  numbers: Partial<Record<NumberField, number>>; // absent = blank or no such column
  /** Unreadable cells: A1 address and the error, to say in the user's language. */
  problems: { cell: string; error: InputError }[];
}

export interface ResultsRead {
  headerRow: number; // 0-based
  map: ResultColumnMap;
  headers: string[];
  rows: ResultRow[];
}

const YES = /^(yes|y|true|済|済み|投稿済み?|はい|あり|有|○|◯|〇|✓|✔|done|posted|live|예|네|완료|게시|o)$/i;
const NO = /^(no|n|false|未|未投稿|いいえ|なし|無|×|✕|x|-|no post|not posted|아니요|아니오|미게시|미완료)$/i;

/** yes/no in any of our languages, TRUE/FALSE, ○/×; null when blank; throws when it is neither. */
export function parsePosted(v: unknown): boolean | null {
  if (isBlank(v)) return null;
  if (typeof v === 'boolean') return v;
  const s = String(v).normalize('NFKC').trim();
  for (const l of ['en', 'ja', 'ko'] as const) {
    if (s.toLowerCase() === EVAL_WORDS.yes[l].toLowerCase()) return true;
    if (s.toLowerCase() === EVAL_WORDS.no[l].toLowerCase()) return false;
  }
  if (YES.test(s)) return true;
  if (NO.test(s)) return false;
  throw new InputError('notPostedValue', { value: show(v) });
}

export function roleOf(v: unknown): Role | null {
  const s = cellText(v).trim().toLowerCase();
  if (s === '') return null;
  for (const role of ['reach', 'empathy'] as const) {
    if (s === role || Object.values(ROLE_NAMES[role]).some((n) => n.toLowerCase() === s)) return role;
  }
  return null;
}

const text = (v: unknown): string => (isBlank(v) ? '' : String(v).trim());

/**
 * Null when no header row of a results sheet is found in the first 10 rows.
 * currency: the spreadsheet's currency code; money in another one is refused (no exchange rate is guessed).
 */
export function readResults(values: readonly (readonly unknown[])[], currency = ''): ResultsRead | null {
  const money: ParseOptions = { currency };
  const found = findResultHeader(values);
  if (!found) return null;
  const { map, headers } = found;
  const rows: ResultRow[] = [];
  const seen = new Set<string>();
  for (let r = found.row + 1; r < values.length; r++) {
    const line = values[r]!;
    const cell = (f: ResultField) => (map[f] === undefined ? '' : line[map[f]]);
    const handle = text(cell('handle'));
    const platform = text(cell('platform'));
    const key = text(cell('creatorKey')) || (handle ? creatorKey(handle, platform) : '');
    if (key === '' || /^(合計|total|totals|합계|小計|subtotal)$/i.test(handle)) continue;
    if (seen.has(key)) continue; // a creator counts once, as on the shortlist
    seen.add(key);
    const out: ResultRow = {
      row: r + 1,
      key,
      handle: handle || key,
      platform,
      role: roleOf(cell('role')),
      posted: null,
      numbers: {},
      problems: [],
    };
    const a1 = (f: ResultField) => `${columnLetter(map[f]!)}${r + 1}`;
    try {
      out.posted = map.posted === undefined ? null : parsePosted(cell('posted'));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      out.problems.push({ cell: a1('posted'), error: err });
    }
    for (const f of Object.keys(NUMBER_FIELDS) as NumberField[]) {
      if (map[f] === undefined) continue;
      try {
        const n = parseNumber(cell(f), NUMBER_FIELDS[f], NUMBER_FIELDS[f] === 'money' ? money : undefined);
        if (n !== null) out.numbers[f] = NUMBER_FIELDS[f] === 'rate' ? n : n * headerUnit(headers[map[f]]);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        out.problems.push({ cell: a1(f), error: err });
      }
    }
    rows.push(out);
  }
  return { headerRow: found.row, map, headers, rows };
}

// Names of the sheets the add-on makes, valid in Sheets and in XLSX, so a
// downloaded workbook keeps them: at most 31 characters, none of : \ / ? * [ ],
// no apostrophe at either end (Excel refuses those).

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

export type NameProblem = { kind: 'empty' } | { kind: 'tooLong'; max: number } | { kind: 'badChar'; char: string };

/** Why a name cannot be a sheet name in both Sheets and Excel, or null when it can. */
export function sheetNameProblem(name: string): NameProblem | null {
  if (name.trim() === '') return { kind: 'empty' };
  const bad = name.match(FORBIDDEN)?.[0] ?? (/^'|'$/.test(name) ? "'" : undefined);
  if (bad !== undefined) return { kind: 'badChar', char: bad };
  if (name.length > MAX_SHEET_NAME) return { kind: 'tooLong', max: MAX_SHEET_NAME };
  return null;
}

/** Cuts text to at most n UTF-16 units without splitting a surrogate pair. */
function cut(text: string, n: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > n) break;
    out += ch;
  }
  return out;
}

/** A valid name from generated parts: forbidden characters become spaces, the base is shortened so the suffix stays whole. */
export function fitSheetName(base: string, suffix = ''): string {
  const clean = (s: string) => s.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ');
  const tail = clean(suffix);
  const head = cut(clean(base).trim(), Math.max(0, MAX_SHEET_NAME - tail.length)).trim();
  return `${head}${tail}`.replace(/^'+|'+$/g, '').trim() || cut(tail.trim(), MAX_SHEET_NAME);
}

/** The first valid name not taken (names compare regardless of case, as in Sheets): base, then "base (2)", "base (3)"… */
export function freeSheetName(base: string, taken: (name: string) => boolean, suffix = ''): string {
  const first = fitSheetName(base, suffix);
  if (!taken(first)) return first;
  for (let i = 2; ; i++) {
    const name = fitSheetName(base, `${suffix} (${i})`);
    if (!taken(name)) return name;
  }
}

// Which sheets the add-on made, by identity (the sheet's id), not by name: a
// renamed results sheet is still ours, and a user's sheet that happens to be
// called "History" is not. Interim version kept in document properties; the
// `sheets` branch brings the developer-metadata version with this same API.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type OwnKind = 'results' | 'evaluation' | 'history' | (string & {});

const KEY = 'own.sheets';

function load(): Record<string, string> {
  try {
    const v: unknown = JSON.parse(PropertiesService.getDocumentProperties().getProperty(KEY) ?? '{}');
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function markOwn(sheet: Sheet, kind: OwnKind): void {
  const all = load();
  all[String(sheet.getSheetId())] = kind;
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(all));
}

export function ownKind(sheet: Sheet): OwnKind | null {
  return load()[String(sheet.getSheetId())] ?? null;
}

/** The first sheet of that kind, in tab order, or null. */
export function findOwn(ss: Spreadsheet, kind: OwnKind): Sheet | null {
  return allOwn(ss, kind)[0] ?? null;
}

/** Every sheet of that kind, in tab order. */
export function allOwn(ss: Spreadsheet, kind: OwnKind): Sheet[] {
  const all = load();
  return ss.getSheets().filter((s) => all[String(s.getSheetId())] === kind);
}

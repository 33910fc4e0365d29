// One place for words (src/core/i18n.ts): every entry in ja, ko and en with
// the same placeholders, one name per field wherever it is shown, one list
// separator per language. (That a missing parameter does not compile is
// test/types/i18n-params.ts, checked by `tsc -b`.)
import { describe, expect, it } from 'vitest';
import {
  FIELD_NAMES,
  FUNCTION_HELP,
  InputError,
  KIND_NAMES,
  list,
  Locale,
  MENU_WORDS,
  MESSAGES,
  REASON_NAMES,
  ROLE_NAMES,
  SETTING_NAMES,
  SHEET_WORDS,
  SIDEBAR_LABELS,
  TASK_NAMES,
  word,
} from '../src/core/i18n';
import { parseSettings } from '../src/server/settings';

const LOCALES: Locale[] = ['ja', 'ko', 'en'];
type Entry = Record<Locale, string>;
const TABLES: Record<string, Record<string, Entry>> = {
  MESSAGES,
  KIND_NAMES,
  FIELD_NAMES,
  SETTING_NAMES,
  ROLE_NAMES,
  REASON_NAMES,
  SHEET_WORDS,
  TASK_NAMES,
  MENU_WORDS,
  SIDEBAR_LABELS,
  ...Object.fromEntries(Object.entries(FUNCTION_HELP).map(([k, v]) => [`FUNCTION_HELP.${k}`, v])),
};
const ENTRIES = Object.entries(TABLES).flatMap(([table, t]) => Object.entries(t).map(([key, e]) => [`${table}.${key}`, e] as const));
const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('every word in three languages', () => {
  it.each(ENTRIES)('%s is said in ja, ko and en with the same placeholders', (_key, entry) => {
    for (const l of LOCALES) expect(entry[l], l).toMatch(/\S/);
    expect(slots(entry.ja)).toEqual(slots(entry.en));
    expect(slots(entry.ko)).toEqual(slots(entry.en));
  });
});

describe('one name per field', () => {
  // [setting, what the sidebar's label starts with = what a refused setting is called]
  const SETTINGS = Object.keys(SETTING_NAMES) as (keyof typeof SETTING_NAMES)[];
  it.each(SETTINGS.filter((k) => k in SIDEBAR_LABELS))('%s: the sidebar label and the settings error use the same name', (key) => {
    for (const l of LOCALES) expect(SIDEBAR_LABELS[key as keyof typeof SIDEBAR_LABELS][l].startsWith(SETTING_NAMES[key][l]), l).toBe(true);
  });

  const refused: [Locale, string][] = [
    // A share of the money spent since the KPI shortlist (issue 12).
    ['ja', '拡散枠の費用比率 (min)'],
    ['ko', '확산 지출 비율 (min)'],
    ['en', 'Reach share of spend (min)'],
  ];
  it.each(refused)('%s: a refused reach share is named as the sidebar names it', (locale, name) => {
    let err: unknown;
    try {
      parseSettings({ rosterSheet: 'R', cpvCap: 2, budget: 100, reachShare: { min: 2 } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).localized(locale).startsWith(name)).toBe(true);
  });

  it.each(['handle', 'platform', 'followers', 'fee', 'er'] as const)('%s: the output sheet header is the column-mapping name', (field) => {
    for (const l of LOCALES) expect(word(field, l)).toBe(FIELD_NAMES[field][l]);
  });

  const missing: [Locale, string][] = [
    ['ja', '「Roster」に「費用」の列が見つかりません'],
    ['ko', '"Roster"에서 "비용" 열을 찾지 못했습니다'],
    ['en', 'no "Fee" column found in "Roster"'],
  ];
  it.each(missing)('%s: a missing column is named in the language, not by its code', (locale, text) => {
    expect(new InputError('missingColumn', { field: 'fee', name: 'Roster' }).localized(locale)).toContain(text);
  });
});

describe('lists', () => {
  const CASES: [Locale, string][] = [
    ['ja', '費用、フォロワー数'],
    ['ko', '비용, 팔로워 수'],
    ['en', 'Fee, Followers'],
  ];
  it.each(CASES)('%s joins with its own separator', (locale, want) => {
    expect(list([FIELD_NAMES.fee[locale], FIELD_NAMES.followers[locale]], locale)).toBe(want);
  });
});

// Words on the output sheet: the tables live in ../i18n.ts (one place for
// words); this module keeps the names the layout and the sidebar import.

import { Locale, REASON_WORDS, ROLE_WORDS, shortlistWord, ShortlistWord } from '../i18n';

export const ROLE_NAMES = ROLE_WORDS;
export const REASON_NAMES = REASON_WORDS;
export type Word = ShortlistWord;

export function word(key: Word, locale: Locale): string {
  return shortlistWord(key, locale);
}

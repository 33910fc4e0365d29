// The sidebar's side of the one word table (src/core/i18n.ts): the browser's
// language before the server answers, and labels filled with typed parameters.

import { fill, FillArgs, Label, Locale, localeOf, SIDEBAR_LABELS } from '../src/core/i18n';

export type { Label } from '../src/core/i18n';

/** The language of the browser, for the moment before the server answers. */
export function browserLocale(): Locale {
  return localeOf(typeof navigator === 'undefined' ? '' : navigator.language);
}

/** The parameters a label takes, typed from its {name} placeholders. */
export type LabelArgs<K extends Label> = FillArgs<(typeof SIDEBAR_LABELS)[K]>;

/** A label in a language, its {name} placeholders filled as plain text. */
export function t<K extends Label>(locale: Locale, label: K, ...params: LabelArgs<K>): string {
  return fill(SIDEBAR_LABELS[label], locale, ...params);
}

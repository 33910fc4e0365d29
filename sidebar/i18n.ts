// SHIM for this round of parallel branches: the sidebar's words live in
// src/core/i18n.ts (SIDEBAR_LABELS, FIELD_NAMES, REASON_NAMES). Import from
// there; this file is deleted after the merge.

import { fill, FillArgs, Label, Locale, localeOf, SIDEBAR_LABELS } from '../src/core/i18n';

export { intlTag, list, FIELD_NAMES as FIELD_LABELS, REASON_NAMES as REASON_LABELS, SIDEBAR_LABELS as LABELS } from '../src/core/i18n';
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

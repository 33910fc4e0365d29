// SHIM for this round of parallel branches: the output sheet's words live in
// src/core/i18n.ts (SHEET_WORDS, ROLE_NAMES, REASON_NAMES). Import from there;
// this file is deleted after the merge.

export { REASON_NAMES, ROLE_NAMES, word } from '../i18n';
export type { Word } from '../i18n';

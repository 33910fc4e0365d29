// All cue tables, split by what a comment needs: a comment is matched only
// against the tables of the scripts it contains (most comments are in one),
// and cues gated on a question only when it asks or requests something.

import type { Cue, Script } from './cue';
import { EN_CUES, EN_QUESTION, EN_REQUEST } from './cues-en';
import { JA_CUES, JA_QUESTION, JA_REQUEST } from './cues-ja';
import { KO_CUES, KO_QUESTION, KO_REQUEST } from './cues-ko';
import type { Prepared } from './normalize';

/** One script's cues by the view they read, so the hot loop passes one string per list. */
export interface ByField {
  text: readonly Cue[];
  compact: readonly Cue[];
  loose: readonly Cue[];
}

interface Tables {
  always: ByField;
  gated: ByField;
}

const byField = (cues: readonly Cue[]): ByField => ({
  text: cues.filter((c) => c.field === 'text'),
  compact: cues.filter((c) => c.field === 'compact'),
  loose: cues.filter((c) => c.field === 'loose'),
});

const split = (cues: readonly Cue[]): Tables => ({
  always: byField(cues.filter((c) => !c.gated)),
  gated: byField(cues.filter((c) => c.gated)),
});

export const TABLES: Readonly<Record<Script, Tables>> = { en: split(EN_CUES), ja: split(JA_CUES), ko: split(KO_CUES) };

/** The comment asks something, in any of its scripts. */
export function asks(p: Prepared): boolean {
  if (p.text.includes('?') || EN_QUESTION.test(p.text)) return true;
  return (p.scripts.includes('ja') && JA_QUESTION.test(p.compact)) || (p.scripts.includes('ko') && KO_QUESTION.test(p.compact));
}

/** The comment requests something ("please", "教えて", "궁금해요"). */
export function requests(p: Prepared): boolean {
  return (
    (p.scripts.includes('en') && EN_REQUEST.test(p.text)) ||
    (p.scripts.includes('ja') && JA_REQUEST.test(p.compact)) ||
    (p.scripts.includes('ko') && KO_REQUEST.test(p.compact))
  );
}

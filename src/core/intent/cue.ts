// One cue: a named regex that adds evidence for a label. The cue tables live
// in cues-en.ts, cues-ja.ts and cues-ko.ts; cues.ts puts them together.
//
// Weights, so the strongest evidence wins:
//   5    spam: unsolicited promotion wins even over a compliment or question
//   4    an explicit purchase question or order ("where did you buy", "1つお願いします")
//   3.5  how-to / recipe questions: not purchase intent even with "정보 좀"
//   3    a purchase topic (price, size, shipping, app…) inside a question or request
//   2.5  weaker spam hints; complaints
//   2    exclamations shaped like questions ("how cute is this?!")
//   1.8  chat between friends (plans, "miss you")
//   1.5  any other question; 1.2 talking to a tagged friend; 1 praise

import { nfkc } from '../parse';
import { INTENT_LABELS, type IntentLabel } from './types';

export type Field = 'text' | 'compact' | 'loose';
/** The writing system a cue is written in: a comment with no Hangul skips the Korean cues, and so on. */
export type Script = 'en' | 'ja' | 'ko';

export interface Cue {
  label: IntentLabel;
  /** Index of `label` in INTENT_LABELS, so the hot loop does no string-keyed lookups. */
  slot: number;
  weight: number;
  /** Becomes the reason: "<name>: <matched text>". */
  name: string;
  script: Script;
  /** Which view of the comment (see Prepared) the pattern runs on. */
  field: Field;
  re: RegExp;
  /** Counts only when the comment asks or requests something. */
  gated: boolean;
}

export interface CueSpec {
  gated?: boolean;
  field?: Field;
}

/**
 * Compiles one table row. English rows default to the spaced text (word
 * boundaries work there); Japanese and Korean rows to the compact text,
 * because spacing in casual ja/ko is free ("정보 좀" = "정보좀").
 */
export function cue(script: Script, label: IntentLabel, weight: number, name: string, parts: readonly string[], spec: CueSpec = {}): Cue {
  return {
    label,
    slot: INTENT_LABELS.indexOf(label),
    weight,
    name,
    script,
    field: spec.field ?? (script === 'en' ? 'text' : 'compact'),
    // No u flag: the patterns need no astral ranges, and it compiles and runs faster.
    // NFKC like the text it reads: a Korean jamo typed in a table (ㅋ, ㅉ) becomes the
    // conjoining jamo that prepare() leaves in the comment, so the two match.
    re: new RegExp(nfkc(parts.join('|'))),
    gated: spec.gated ?? false,
  };
}

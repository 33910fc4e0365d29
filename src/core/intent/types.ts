// The labels and result shape of the comment purchase-intent classifier.

export type IntentLabel = 'purchase_intent' | 'low_quality' | 'spam' | 'other';

export interface IntentResult {
  label: IntentLabel;
  /** Purchase-intent confidence, 0–1; at least 0.5 exactly when label is purchase_intent. */
  score: number;
  /** The cue that decided, short: "where to buy: どこで買", "emoji only", "spam link: http://". */
  reason: string;
}

export const INTENT_LABELS: readonly IntentLabel[] = ['purchase_intent', 'low_quality', 'spam', 'other'];

/** classifyComment's result plus the evidence behind it (explainComment). */
export interface IntentExplanation extends IntentResult {
  /** The comment asks something (question form, with or without "?"). */
  asks: boolean;
  /** It asks or requests something ("教えて", "알려주세요", "please"): gated cues ran. */
  requests: boolean;
  /** Every cue that fired, in the order tried: its label, weight and "<name>: <matched text>". */
  cues: { label: IntentLabel; weight: number; cue: string }[];
  /** Evidence per label; the highest wins (ties: spam, purchase_intent, other, low_quality). */
  totals: Record<IntentLabel, number>;
}

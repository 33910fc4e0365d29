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

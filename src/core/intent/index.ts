// Comment purchase-intent classifier: rules over ja/ko/en cue tables, no
// dependencies, safe for Apps Script.

export type { IntentExplanation, IntentLabel, IntentResult } from './types';
export { INTENT_LABELS } from './types';
export { classifyComment, explainComment } from './classify';
export { evaluate, type Evaluation, type LabelStats } from './metrics';

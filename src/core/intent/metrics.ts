// Scores predicted labels against gold labels: accuracy, per-label
// precision/recall/F1, macro-F1 and a confusion matrix. Pure, so the eval
// script and the tests compute the same figures.

import { INTENT_LABELS, type IntentLabel } from './types';

export interface LabelStats {
  precision: number;
  recall: number;
  f1: number;
  /** Gold rows with this label. */
  support: number;
  /** Rows predicted as this label. */
  predicted: number;
}

export interface Evaluation {
  n: number;
  accuracy: number;
  /** Mean F1 over labels that occur in gold or predictions. */
  macroF1: number;
  perLabel: Record<IntentLabel, LabelStats>;
  /** confusion[gold][predicted], rows and columns in INTENT_LABELS order. */
  confusion: number[][];
}

export function evaluate(gold: readonly IntentLabel[], predicted: readonly IntentLabel[]): Evaluation {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  const k = INTENT_LABELS.length;
  const confusion = INTENT_LABELS.map(() => new Array<number>(k).fill(0));
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = INTENT_LABELS.indexOf(gold[i] as IntentLabel);
    const p = INTENT_LABELS.indexOf(predicted[i] as IntentLabel);
    if (g < 0 || p < 0) throw new Error(`unknown label at row ${i}`);
    (confusion[g] as number[])[p]!++;
    if (g === p) correct++;
  }
  const perLabel = {} as Record<IntentLabel, LabelStats>;
  let f1Sum = 0;
  let used = 0;
  INTENT_LABELS.forEach((label, i) => {
    const row = confusion[i] as number[];
    const tp = row[i] as number;
    const support = row.reduce((a, b) => a + b, 0);
    const predictedN = confusion.reduce((a, r) => a + (r[i] as number), 0);
    const precision = predictedN === 0 ? 0 : tp / predictedN;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perLabel[label] = { precision, recall, f1, support, predicted: predictedN };
    if (support > 0 || predictedN > 0) {
      f1Sum += f1;
      used++;
    }
  });
  return {
    n: gold.length,
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    macroF1: used === 0 ? 0 : f1Sum / used,
    perLabel,
    confusion,
  };
}

// The evaluation sheet's name is made from the campaign's: valid in Sheets
// and Excel whatever the campaign is called, so a downloaded XLSX keeps it.
import { describe, expect, it } from 'vitest';
import { sheetNameProblem } from '../src/core/share/sheet-name';
import { evaluationName } from '../src/server/evaluate';

describe('evaluationName', () => {
  it.each([
    ['K社BF', 'ja', '成果評価 (K社BF)'],
    ['2026/12 BF [final]?', 'en', 'Evaluation (2026 12 BF final)'],
    ['A very long campaign name for the winter sale of 2026', 'en', 'Evaluation (A very long campai)'],
  ] as const)('%s (%s) → %s', (campaign, locale, want) => {
    const name = evaluationName(campaign, locale);
    expect(name).toBe(want);
    expect(sheetNameProblem(name)).toBeNull();
  });
});

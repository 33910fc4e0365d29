// Reads the comment dev set (id, lang, text, label, source; tab-separated,
// header row). Shared by scripts/eval-intent.ts and test/intent.test.ts.
// `id` and `source` are optional, so a plain (lang, text, label) file such as
// test/fixtures/intent-fresh.tsv also loads; its ids become "<lang>-<n>".

import { readFileSync } from 'node:fs';
import { INTENT_LABELS, type IntentLabel } from '../../src/core/intent';

export interface DevRow {
  id: string;
  lang: string;
  text: string;
  label: IntentLabel;
}

export function parseDevSet(tsv: string): DevRow[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').split('\t');
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`dev set has no "${name}" column`);
    return i;
  };
  const iId = header.indexOf('id');
  const [iLang, iText, iLabel] = [col('lang'), col('text'), col('label')];
  const seen = new Map<string, number>();
  return lines.map((line, n) => {
    const f = line.split('\t');
    const label = f[iLabel] as IntentLabel;
    if (!INTENT_LABELS.includes(label)) throw new Error(`row ${n + 2}: unknown label "${String(label)}"`);
    const lang = f[iLang] ?? '';
    const k = (seen.get(lang) ?? 0) + 1;
    seen.set(lang, k);
    const id = iId >= 0 ? (f[iId] ?? '') : `${lang}-${String(k).padStart(3, '0')}`;
    return { id, lang, text: f[iText] ?? '', label };
  });
}

export function readDevSet(path: string | URL): DevRow[] {
  return parseDevSet(readFileSync(path, 'utf8'));
}

// Reads the comment dev set (id, lang, text, label, source; tab-separated,
// header row). Shared by scripts/eval-intent.ts and test/intent.test.ts.
// `id` and `source` are optional, so a plain (lang, text, label) file such as
// test/fixtures/intent-fresh.tsv also loads; its ids become "<lang>-<n>".

import { readFileSync, writeFileSync } from 'node:fs';
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

/** The invented fixture sets (MIT, committed) in test/fixtures/, and their expected-labels file. */
export const FIXTURE_SETS = [
  'intent-fresh.tsv',
  'intent-fresh-2.tsv',
  'intent-fresh-3.tsv',
  'intent-referent.tsv',
  'intent-spam.tsv',
  'intent-reactions.tsv',
] as const;
export const FIXTURE_EXPECTED = 'intent-expected.tsv';

/**
 * An expected-labels file: `id<TAB>label` per row under a header, the
 * classifier's own output when it was last accepted. Ids and labels only, so
 * one can be committed for the dev sets, whose text is not ours to ship.
 */
export function parseExpected(tsv: string): Map<string, IntentLabel> {
  const out = new Map<string, IntentLabel>();
  tsv.split(/\r?\n/).forEach((line, n) => {
    if (n === 0 || line.trim() === '') return;
    const [id = '', label = ''] = line.split('\t');
    if (!INTENT_LABELS.includes(label as IntentLabel)) throw new Error(`line ${n + 1}: unknown label "${label}"`);
    if (out.has(id)) throw new Error(`line ${n + 1}: id "${id}" twice`);
    out.set(id, label as IntentLabel);
  });
  return out;
}

export function readExpected(path: string | URL): Map<string, IntentLabel> {
  return parseExpected(readFileSync(path, 'utf8'));
}

export function writeExpected(path: string, rows: readonly (readonly [string, IntentLabel])[]): void {
  writeFileSync(path, `id\tlabel\n${rows.map(([id, label]) => `${id}\t${label}`).join('\n')}\n`);
}

/** A fixture row's id in the expected-labels file: "intent-fresh-2:ko-017". */
export function fixtureId(file: string, id: string): string {
  const name = file.replace(/^.*[\\/]/, '').replace(/\.tsv$/, '');
  return `${name}:${id}`;
}

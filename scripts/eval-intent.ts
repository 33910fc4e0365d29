// Scores the comment intent classifier on the dev set.
//   npm run eval:intent [-- PATH.tsv] [--errors] [--bench]
// Default PATH: ../shared/data/comments-dev.tsv (relative to the repo root).
// --errors lists misclassified rows; --bench times 10,000 comments;
// --baseline cross-validates a character n-gram naive Bayes, the learned
// alternative we measured: the shipped classifier is rules only because this
// baseline scores far below them.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyComment, evaluate, INTENT_LABELS, type Evaluation, type IntentLabel } from '../src/core/intent';
import { readDevSet, type DevRow } from './lib/devset';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const bench = args.includes('--bench');
const baseline = args.includes('--baseline');
const path = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/data/comments-dev.tsv');
if (!existsSync(path)) {
  console.error(`dev set not found: ${path}`);
  process.exit(2);
}

const rows = readDevSet(path);
const results = rows.map((r) => classifyComment(r.text));
const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const SHORT: Record<IntentLabel, string> = { purchase_intent: 'PI', low_quality: 'LQ', spam: 'SP', other: 'OT' };

function report(title: string, subset: number[]): Evaluation {
  const ev = evaluate(
    subset.map((i) => (rows[i] as DevRow).label),
    subset.map((i) => results[i]!.label),
  );
  console.log(`\n== ${title}: n=${ev.n}  accuracy ${pct(ev.accuracy)}%  macro-F1 ${ev.macroF1.toFixed(3)}`);
  console.log('  label             precision  recall     F1  support');
  for (const l of INTENT_LABELS) {
    const s = ev.perLabel[l];
    console.log(`  ${l.padEnd(16)}   ${pct(s.precision)}%  ${pct(s.recall)}%  ${s.f1.toFixed(3)}  ${String(s.support).padStart(7)}`);
  }
  console.log(`  confusion (rows gold, columns predicted): ${INTENT_LABELS.map((l) => SHORT[l]).join('   ')}`);
  INTENT_LABELS.forEach((l, i) => {
    console.log(`    ${SHORT[l]}  ${ev.confusion[i]!.map((c) => String(c).padStart(4)).join(' ')}`);
  });
  return ev;
}

console.log(`dev set: ${path} (${rows.length} rows)`);
const all = rows.map((_, i) => i);
const overall = report('overall', all);
const langs = [...new Set(rows.map((r) => r.lang))];
const byLang = langs.map((lang) => ({ lang, ev: report(lang, all.filter((i) => rows[i]!.lang === lang)) }));

console.log('\n== summary');
console.log(`  overall macro-F1 ${overall.macroF1.toFixed(3)}  accuracy ${pct(overall.accuracy)}%  PI precision ${pct(overall.perLabel.purchase_intent.precision)}%`);
for (const { lang, ev } of byLang) {
  console.log(`  ${lang.padEnd(7)} macro-F1 ${ev.macroF1.toFixed(3)}  accuracy ${pct(ev.accuracy)}%  PI precision ${pct(ev.perLabel.purchase_intent.precision)}%`);
}

if (showErrors) {
  console.log('\n== misclassified (id, gold, predicted, score, reason, text)');
  rows.forEach((r, i) => {
    const res = results[i]!;
    if (res.label !== r.label) {
      console.log(`  ${r.id}  ${SHORT[r.label]} → ${SHORT[res.label]}  ${res.score.toFixed(2)}  ${res.reason}  | ${r.text.slice(0, 80)}`);
    }
  });
}

if (baseline) {
  // 5-fold CV of multinomial naive Bayes over character 1-3-grams (add-0.5 smoothing).
  const grams = (t: string): string[] => {
    const s = ` ${t.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ')} `;
    const out: string[] = [];
    for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= s.length; i++) out.push(s.slice(i, i + n));
    return out;
  };
  const K = 5;
  const predicted: IntentLabel[] = rows.map(() => 'other');
  for (let fold = 0; fold < K; fold++) {
    const counts = new Map<IntentLabel, Map<string, number>>(INTENT_LABELS.map((l) => [l, new Map()]));
    const tokens = new Map<IntentLabel, number>(INTENT_LABELS.map((l) => [l, 0]));
    const docs = new Map<IntentLabel, number>(INTENT_LABELS.map((l) => [l, 0]));
    const vocab = new Set<string>();
    let nTrain = 0;
    rows.forEach((r, i) => {
      if (i % K === fold) return;
      nTrain++;
      docs.set(r.label, docs.get(r.label)! + 1);
      const m = counts.get(r.label)!;
      for (const g of grams(r.text)) {
        m.set(g, (m.get(g) ?? 0) + 1);
        tokens.set(r.label, tokens.get(r.label)! + 1);
        vocab.add(g);
      }
    });
    rows.forEach((r, i) => {
      if (i % K !== fold) return;
      let best = -Infinity;
      for (const l of INTENT_LABELS) {
        let s = Math.log((docs.get(l)! + 1) / (nTrain + INTENT_LABELS.length));
        for (const g of grams(r.text)) s += Math.log(((counts.get(l)!.get(g) ?? 0) + 0.5) / (tokens.get(l)! + 0.5 * vocab.size));
        if (s > best) {
          best = s;
          predicted[i] = l;
        }
      }
    });
  }
  const ev = evaluate(rows.map((r) => r.label), predicted);
  console.log(`\n== baseline: char 1-3-gram naive Bayes, ${K}-fold CV: macro-F1 ${ev.macroF1.toFixed(3)}  accuracy ${pct(ev.accuracy)}%  PI precision ${pct(ev.perLabel.purchase_intent.precision)}%`);
  for (const lang of langs) {
    const idx = all.filter((i) => rows[i]!.lang === lang);
    const e = evaluate(idx.map((i) => rows[i]!.label), idx.map((i) => predicted[i]!));
    console.log(`  ${lang.padEnd(7)} macro-F1 ${e.macroF1.toFixed(3)}`);
  }
}

if (bench) {
  // 10,000 comments drawn from the dev set: the first pass (regex compilation and JIT warm-up
  // included) and the best of five warm passes, plus one very long paste.
  const texts = Array.from({ length: 10_000 }, (_, i) => rows[i % rows.length]!.text);
  const pass = (): number => {
    const t0 = performance.now();
    for (const t of texts) classifyComment(t);
    return performance.now() - t0;
  };
  const first = pass();
  const warm = Math.min(pass(), pass(), pass(), pass(), pass());
  const long = 'すごく可愛いです！どこで買えますか？ '.repeat(2500);
  const t1 = performance.now();
  classifyComment(long);
  const longMs = performance.now() - t1;
  console.log(`\n== speed: 10,000 comments: first pass ${first.toFixed(1)} ms, warm ${warm.toFixed(1)} ms; one ${long.length}-char comment ${longMs.toFixed(2)} ms`);
}

// Scores the comment intent classifier on the development sets.
//   npm run eval:intent [-- PATH.tsv ...] [--errors] [--fixtures] [--update] [--bench] [--baseline]
// With no PATH: ../shared/data/comments-dev.tsv and comments-dev-2.tsv, each
// on its own and both together. For each: accuracy, macro-F1, per-language
// macro-F1, per-label precision and recall with their counts, and the
// confusion matrix; then the rows whose label changed since the committed
// expected-labels file (test/fixtures/dev-expected.tsv: ids and labels only,
// never the text, which is not ours to ship).
// --errors    misclassified rows, with every cue that fired (explainComment)
// --fixtures  the same report on the invented fixture sets test/fixtures/intent-*.tsv
// --update    rewrite the expected-labels files from today's output
// --bench     times 10,000 comments
// --baseline  cross-validates a character n-gram naive Bayes, the learned
//             alternative we measured: the shipped classifier is rules only
//             because this baseline scores far below them.

import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { classifyComment, evaluate, explainComment, INTENT_LABELS, type Evaluation, type IntentLabel } from '../src/core/intent';
import { FIXTURE_EXPECTED, FIXTURE_SETS, fixtureId, readDevSet, readExpected, writeExpected, type DevRow } from './lib/devset';

const args = process.argv.slice(2);
const flag = (f: string): boolean => args.includes(f);
const showErrors = flag('--errors');
const update = flag('--update');
const DEV_EXPECTED = resolve('test/fixtures/dev-expected.tsv');
const DEV_FILES = ['../shared/data/comments-dev.tsv', '../shared/data/comments-dev-2.tsv'];

const given = args.filter((a) => !a.startsWith('--'));
const paths = (given.length > 0 ? given : DEV_FILES).map((p) => resolve(p));
for (const p of paths) {
  if (!existsSync(p)) {
    console.error(`dev set not found: ${p}`);
    process.exit(2);
  }
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const SHORT: Record<IntentLabel, string> = { purchase_intent: 'PI', low_quality: 'LQ', spam: 'SP', other: 'OT' };

interface Scored extends DevRow {
  predicted: IntentLabel;
}

function report(title: string, rows: readonly Scored[]): Evaluation {
  const ev = evaluate(
    rows.map((r) => r.label),
    rows.map((r) => r.predicted),
  );
  const langs = [...new Set(rows.map((r) => r.lang))];
  const byLang = langs.map((lang) => {
    const sub = rows.filter((r) => r.lang === lang);
    return `${lang} ${evaluate(
      sub.map((r) => r.label),
      sub.map((r) => r.predicted),
    ).macroF1.toFixed(3)} (n=${sub.length})`;
  });
  console.log(`\n== ${title}: n=${ev.n}  accuracy ${pct(ev.accuracy)}%  macro-F1 ${ev.macroF1.toFixed(3)}  |  ${byLang.join('  ')}`);
  console.log('  label             precision            recall                F1');
  INTENT_LABELS.forEach((l, i) => {
    const s = ev.perLabel[l];
    const tp = ev.confusion[i]![i]!;
    const p = `${pct(s.precision)}% ${`(${tp}/${s.predicted})`.padEnd(9)}`;
    const r = `${pct(s.recall)}% ${`(${tp}/${s.support})`.padEnd(9)}`;
    console.log(`  ${l.padEnd(16)}  ${p}     ${r}     ${s.f1.toFixed(3)}`);
  });
  console.log(`  confusion (rows gold, columns predicted):  ${INTENT_LABELS.map((l) => SHORT[l].padStart(4)).join(' ')}`);
  INTENT_LABELS.forEach((l, i) => {
    console.log(`    ${SHORT[l]}                                      ${ev.confusion[i]!.map((c) => String(c).padStart(4)).join(' ')}`);
  });
  return ev;
}

function score(rows: readonly DevRow[], prefix: string): Scored[] {
  return rows.map((r) => ({ ...r, id: prefix + r.id, predicted: classifyComment(r.text).label }));
}

function printErrors(rows: readonly Scored[]): void {
  console.log('\n== misclassified (id, gold → predicted, reason | text) and every cue that fired, with the totals');
  for (const r of rows) {
    if (r.predicted === r.label) continue;
    const x = explainComment(r.text);
    console.log(`  ${r.id}  ${SHORT[r.label]} → ${SHORT[x.label]}  ${x.reason}  | ${r.text.slice(0, 90)}`);
    const cues = x.cues.map((c) => `${SHORT[c.label]} ${c.weight} ${c.cue}`).join(' · ');
    const totals = INTENT_LABELS.map((l) => `${SHORT[l]} ${x.totals[l].toFixed(2)}`).join(' ');
    console.log(`      ${x.asks ? 'asks' : x.requests ? 'requests' : 'statement'}; ${cues || '(no cue)'}; totals ${totals}`);
  }
}

/** Rows whose predicted label differs from the committed expected-labels file: each cue change shows its wins and losses. */
function printChanged(file: string, rows: readonly Scored[]): void {
  const expected = existsSync(file) ? readExpected(file) : new Map<string, IntentLabel>();
  const changed = rows.filter((r) => expected.has(r.id) && expected.get(r.id) !== r.predicted);
  const missing = rows.filter((r) => !expected.has(r.id)).length;
  let won = 0;
  let lost = 0;
  console.log(`\n== changed since ${basename(file)}: ${changed.length} row(s)${missing > 0 ? `, ${missing} row(s) not in the file` : ''}`);
  for (const r of changed) {
    const was = expected.get(r.id) as IntentLabel;
    const verdict = r.predicted === r.label ? 'fixed' : was === r.label ? 'BROKEN' : 'still wrong';
    if (verdict === 'fixed') won++;
    if (verdict === 'BROKEN') lost++;
    console.log(`  ${r.id}  ${SHORT[was]} → ${SHORT[r.predicted]}  (gold ${SHORT[r.label]}: ${verdict})  ${explainComment(r.text).reason}`);
  }
  if (changed.length > 0) console.log(`  ${won} fixed, ${lost} broken`);
  if (update) {
    writeExpected(
      file,
      rows.map((r) => [r.id, r.predicted]),
    );
    console.log(`  wrote ${rows.length} ids and labels to ${file}`);
  }
}

/** `qualify`: the fixture files number their rows per file ("ja-001"), so their ids get the file's name. */
function run(title: string, files: readonly string[], expectedFile: string, qualify = false): Scored[] {
  const all: Scored[] = [];
  const summary: string[] = [];
  for (const file of files) {
    const rows = score(readDevSet(file), qualify ? fixtureId(file, '') : '');
    const ev = report(basename(file), rows);
    const pi = ev.perLabel.purchase_intent;
    summary.push(
      `  ${basename(file).padEnd(22)} macro-F1 ${ev.macroF1.toFixed(3)}  PI precision ${pct(pi.precision)}%  recall ${pct(pi.recall)}%`,
    );
    all.push(...rows);
  }
  if (files.length > 1) {
    const ev = report(`${title}, all files together`, all);
    const pi = ev.perLabel.purchase_intent;
    summary.push(
      `  ${'together'.padEnd(22)} macro-F1 ${ev.macroF1.toFixed(3)}  PI precision ${pct(pi.precision)}%  recall ${pct(pi.recall)}%`,
    );
  }
  console.log(`\n== summary (${title})\n${summary.join('\n')}`);
  if (showErrors) printErrors(all);
  printChanged(expectedFile, all);
  return all;
}

console.log(`dev sets: ${paths.join(', ')}`);
const devRows = run('development sets', paths, DEV_EXPECTED);
if (flag('--fixtures'))
  run(
    'invented fixture sets',
    FIXTURE_SETS.map((f) => resolve('test/fixtures', f)),
    resolve('test/fixtures', FIXTURE_EXPECTED),
    true,
  );

if (flag('--baseline')) {
  const rows = devRows;
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
  const ev = evaluate(
    rows.map((r) => r.label),
    predicted,
  );
  console.log(
    `\n== baseline: char 1-3-gram naive Bayes, ${K}-fold CV: macro-F1 ${ev.macroF1.toFixed(3)}  accuracy ${pct(ev.accuracy)}%  PI precision ${pct(ev.perLabel.purchase_intent.precision)}%`,
  );
  for (const lang of [...new Set(rows.map((r) => r.lang))]) {
    const idx = rows.flatMap((r, i) => (r.lang === lang ? [i] : []));
    const e = evaluate(
      idx.map((i) => rows[i]!.label),
      idx.map((i) => predicted[i]!),
    );
    console.log(`  ${lang.padEnd(7)} macro-F1 ${e.macroF1.toFixed(3)}`);
  }
}

if (flag('--bench')) {
  // 10,000 comments drawn from the dev sets: the first pass (regex compilation and JIT warm-up
  // included) and the best of five warm passes, plus one very long paste.
  const texts = Array.from({ length: 10_000 }, (_, i) => devRows[i % devRows.length]!.text);
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
  console.log(
    `\n== speed: 10,000 comments: first pass ${first.toFixed(1)} ms, warm ${warm.toFixed(1)} ms; one ${long.length}-char comment ${longMs.toFixed(2)} ms`,
  );
}

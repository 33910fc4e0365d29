// Decides a comment's label from the cue tables: every cue that fires adds
// evidence to its label, the label with the most evidence wins, and the
// strongest cue of the winner is the reason.

import type { Cue } from './cue';
import { asks as asksOf, requests as requestsOf, TABLES, type ByField } from './cues';
import { decorationOf, prepare, wordChars, type Prepared } from './normalize';
import { INTENT_LABELS, type IntentExplanation, type IntentLabel, type IntentResult } from './types';

/** Word characters above which a statement with no praise reads as chat rather than a reaction (ja/ko pack more into each). */
const SHORT_STATEMENT = 12;
const SHORT_STATEMENT_CJK = 8;
/** Extra evidence per additional cue of the same label (up to three): corroboration that can tip a close call, never enough to beat a spam cue. */
const EXTRA_CUE = 0.25;
const MAX_EXTRA = 3;
const REASON_MAX = 24;

// Label indexes, in INTENT_LABELS order (as Cue.slot).
const PI = 0;
const LQ = 1;
const SPAM = 2;
const OTHER = 3;
// Tie order: spam outranks purchase intent, which outranks the rest.
const TIE_ORDER = [SPAM, PI, OTHER, LQ] as const;

/** Evidence for one label: the strongest cue seen and how many fired. */
interface Evidence {
  best: number;
  count: number;
  /** The strongest cue, or for evidence that is not a cue (a "?", a mention) its reason. */
  cue: Cue | null;
  reason: string;
}

// One scratch set, reset per call: classifying 10k comments allocates no evidence objects.
const EV: Evidence[] = INTENT_LABELS.map(() => ({ best: 0, count: 0, cue: null, reason: '' }));

// Set only by explainComment: every piece of evidence is then recorded too (the hot path skips it).
let TRACE: IntentExplanation['cues'] | null = null;

export function classifyComment(text: string): IntentResult {
  const p = prepare(text);
  if (!p.hasWords) return noWords(p);

  for (const e of EV) {
    e.best = 0;
    e.count = 0;
    e.cue = null;
  }
  const asks = asksOf(p);
  const requests = asks || requestsOf(p);
  let fired = 0;
  for (const script of p.scripts) {
    const tables = TABLES[script];
    fired += collectAll(tables.always, p);
    if (requests) fired += collectAll(tables.gated, p);
  }
  if (p.hashtags >= 5) note(SPAM, 2.5, 'spam hint: many hashtags');
  if (asks) note(OTHER, 1.5, 'non-product question');
  if (p.hasMention) note(OTHER, 1.2, 'chat: @mention');
  if (fired === 0 && !asks && !p.hasMention && p.hashtags < 5) {
    const short = p.scripts.includes('ja') || p.scripts.includes('ko') ? SHORT_STATEMENT_CJK : SHORT_STATEMENT;
    if (wordChars(p.text, p.hasMention) > short) note(OTHER, 0.8, 'statement, no praise');
    else note(LQ, 0.8, 'short reaction');
  }

  let winner: number = LQ;
  let top = -1;
  let rival = 0;
  for (const i of TIE_ORDER) {
    const s = total(EV[i] as Evidence);
    if (s > top) {
      top = s;
      winner = i;
    }
    if (i !== PI) rival = Math.max(rival, s);
  }
  const label = INTENT_LABELS[winner] as IntentLabel;
  return { label, score: piScore(total(EV[PI] as Evidence) - rival, label), reason: reasonOf(EV[winner] as Evidence, p) };
}

function collectAll(t: ByField, p: Prepared): number {
  return collect(t.text, p.text, p) + collect(t.compact, p.compact, p) + collect(t.loose, p.loose, p);
}

// test(), not exec(): no match arrays for the ~20 cues tried per comment; the winner's text is fetched once at the end.
function collect(cues: readonly Cue[], s: string, p: Prepared): number {
  let n = 0;
  for (const cue of cues) {
    if (cue.re.test(s)) {
      noteCue(cue, p);
      n++;
    }
  }
  return n;
}

function noteCue(cue: Cue, p: Prepared): void {
  if (TRACE !== null) {
    const m = cue.re.exec(p[cue.field]);
    TRACE.push({ label: cue.label, weight: cue.weight, cue: m === null ? cue.name : `${cue.name}: ${clip(m[0])}` });
  }
  const e = EV[cue.slot] as Evidence;
  e.count++;
  if (cue.weight > e.best) {
    e.best = cue.weight;
    e.cue = cue;
  }
}

function note(label: number, weight: number, reason: string): void {
  if (TRACE !== null) TRACE.push({ label: INTENT_LABELS[label] as IntentLabel, weight, cue: reason });
  const e = EV[label] as Evidence;
  e.count++;
  if (weight > e.best) {
    e.best = weight;
    e.cue = null;
    e.reason = reason;
  }
}

/** "<cue name>: <matched text>", e.g. "where to buy: どこで買". */
function reasonOf(e: Evidence, p: Prepared): string {
  if (e.cue === null) return e.reason;
  const m = e.cue.re.exec(p[e.cue.field]);
  return m === null ? e.cue.name : `${e.cue.name}: ${clip(m[0])}`;
}

function total(e: Evidence): number {
  return e.count === 0 ? 0 : e.best + EXTRA_CUE * Math.min(e.count - 1, MAX_EXTRA);
}

// Logistic in the evidence margin, kept on the right side of 0.5 for the label chosen.
function piScore(margin: number, label: IntentLabel): number {
  const s = Math.round(1000 / (1 + Math.exp(-margin))) / 1000;
  return label === 'purchase_intent' ? Math.max(s, 0.5) : Math.min(s, 0.49);
}

// No words at all: emoji, kaomoji, emoticons or punctuation, possibly a tag.
function noWords(p: Prepared): IntentResult {
  if (p.hasMention) return { label: 'other', score: 0.2, reason: 'chat: tag only' };
  return { label: 'low_quality', score: 0.01, reason: decorationOf(p) };
}

function clip(s: string): string {
  return s.length > REASON_MAX ? `${s.slice(0, REASON_MAX - 1)}…` : s;
}

/**
 * Every cue that fired for a comment, with its weight, and each label's total
 * (strongest cue + 0.25 per extra cue, up to three): why the label won. For
 * tests and the eval script's --errors; classifyComment is the fast path.
 */
export function explainComment(text: string): IntentExplanation {
  const cues: IntentExplanation['cues'] = [];
  TRACE = cues;
  let result: IntentResult;
  try {
    result = classifyComment(text);
  } finally {
    TRACE = null;
  }
  const p = prepare(text);
  const totals = {} as Record<IntentLabel, number>;
  INTENT_LABELS.forEach((l, i) => {
    totals[l] = p.hasWords ? total(EV[i] as Evidence) : 0;
  });
  if (!p.hasWords) cues.push({ label: result.label, weight: 1, cue: result.reason });
  const asks = p.hasWords && asksOf(p);
  return { ...result, asks, requests: asks || (p.hasWords && requestsOf(p)), cues, totals };
}

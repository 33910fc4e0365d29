// A selection inside a narrow or zero-width reach-share window, where a fill
// almost never lands: with min = max the window row is an exact subset sum on
// money (in sen), and the residual must be met to within the rows' slack.
//
// 1. A base selection for the window widened to ± windowWiden × budget
//    (construct, or the balancer, then polish): good value, residual small.
// 2. Meet in the middle over a pool of toggles (the cheapest chosen creators
//    out, the cheapest unchosen ones in): all subsets of each half, one half
//    sorted by its reach-max contribution, and for every subset of the other
//    half a binary search for the partners that put the row back inside the
//    window. Each hit is checked on every row and the budget; the best value wins.
// Nothing about which creators matter is assumed: the pool is chosen by fee only.
import { gather, type Model } from './model';
import { sortByKey } from '../sort-by-key';
import { construct, balanceShare, polish, type Selection } from './incumbent';
import { TUNING } from './tuning';

export function meetWindow(
  m: Model,
  order: readonly number[],
  lp: Float64Array,
  shares: readonly number[],
  near: readonly number[],
): Selection | null {
  const kMax = m.rows.findIndex((r) => r.name === 'reachMax');
  const kMin = m.rows.findIndex((r) => r.name === 'reachMin');
  if (kMax < 0 || kMin < 0 || m.n < 2 || m.share.max - m.share.min > TUNING.windowMaxWidth) return null;
  const widen = TUNING.windowWiden * Math.max(1, m.budget);
  const mw: Model = {
    ...m,
    rows: m.rows.map((r, k) => (k === kMax || k === kMin ? { ...r, tol: Math.max(r.tol, widen) } : r)),
  };
  let best: Selection | null = null;
  for (const base of [construct(mw, order, lp, shares), balanceShare(mw, order)]) {
    if (!base) continue;
    const sel = repair(m, polish(mw, base, near), kMax, kMin);
    if (sel && (!best || sel.value > best.value)) best = sel;
  }
  return best;
}

/** The best toggle of a pool that brings `base` inside every row (the window exactly), or null. */
function repair(m: Model, base: Selection, kMax: number, kMin: number): Selection | null {
  const K = m.rows.length;
  const x = new Uint8Array(m.n);
  for (const i of base.picks) x[i] = 1;
  const use = new Float64Array(K);
  for (const i of base.picks) for (let k = 0; k < K; k++) use[k] = use[k]! + m.rows[k]!.a[i]!;
  const half = TUNING.windowPoolHalf;
  const byFee = (a: number, b: number) => m.fee[a]! - m.fee[b]! || a - b;
  const ins: number[] = [];
  const outs: number[] = [];
  for (let i = 0; i < m.n; i++) (x[i] ? ins : outs).push(i);
  ins.sort(byFee);
  outs.sort(byFee);
  // alternate outs and ins so each half holds both kinds of move
  const pool: number[] = [];
  for (let q = 0; pool.length < 2 * half && (q < ins.length || q < outs.length); q++) {
    if (q < ins.length) pool.push(ins[q]!);
    if (q < outs.length && pool.length < 2 * half) pool.push(outs[q]!);
  }
  const left = pool.filter((_, q) => q % 2 === 0);
  const right = pool.filter((_, q) => q % 2 === 1);
  const L = subsets(m, left, x, kMax);
  const R = subsets(m, right, x, kMax);
  // the right half's subsets by key (2^17 of them: an index sort, not a comparator's)
  const rIdx = new Int32Array(R.key.length);
  for (let q = 0; q < rIdx.length; q++) rIdx[q] = q;
  sortByKey(rIdx, R.key);
  const rKey = gather(R.key, rIdx);
  const rowMax = m.rows[kMax]!;
  const rowMin = m.rows[kMin]!;
  const w = m.share.max - m.share.min;
  const slackT = m.budget + m.budgetTol - base.spend;
  // what the reach-max row may move by: its own end, and the reach-min row's end (a_min = −a_max − w·fee)
  const hi = rowMax.rhs + 0.99 * rowMax.tol - use[kMax]!;
  const lo = use[kMin]! - rowMin.rhs - 0.99 * rowMin.tol - w * Math.max(0, slackT);
  if (!(lo <= hi)) return null;
  let bestV = -Infinity;
  let bestL = -1;
  let bestR = -1;
  let scanned = 0;
  for (let l = 0; l < L.key.length && scanned < TUNING.windowScan; l++) {
    if (L.spend[l]! + minRight(R) > slackT) continue;
    const from = lowerBound(rKey, lo - L.key[l]!);
    for (let q = from; q < rKey.length && rKey[q]! <= hi - L.key[l]!; q++) {
      scanned++;
      const r = rIdx[q]!;
      if (L.spend[l]! + R.spend[r]! > slackT) continue;
      const v = L.value[l]! + R.value[r]!;
      if (v <= bestV) continue;
      if (!rowsHold(m, x, use, left, l, right, r)) continue;
      bestV = v;
      bestL = l;
      bestR = r;
    }
  }
  if (bestL < 0) return null;
  toggle(x, left, bestL);
  toggle(x, right, bestR);
  const picks: number[] = [];
  let spend = 0;
  let value = 0;
  for (let i = 0; i < m.n; i++)
    if (x[i]) {
      picks.push(i);
      spend += m.fee[i]!;
      value += m.value[i]!;
    }
  return { picks, spend, value };
}

interface Subsets {
  key: Float64Array;
  spend: Float64Array;
  value: Float64Array;
  minSpend?: number;
}

/** Every toggle subset of `items` (bit q = flip items[q]): its change in the reach-max row, spend and value. */
function subsets(m: Model, items: readonly number[], x: Uint8Array, kMax: number): Subsets {
  const size = 1 << items.length;
  const key = new Float64Array(size);
  const spend = new Float64Array(size);
  const value = new Float64Array(size);
  const a = m.rows[kMax]!.a;
  for (let s = 1; s < size; s++) {
    const q = 31 - Math.clz32(s & -s);
    const i = items[q]!;
    const p = s & (s - 1);
    const sign = x[i] ? -1 : 1;
    key[s] = key[p]! + sign * a[i]!;
    spend[s] = spend[p]! + sign * m.fee[i]!;
    value[s] = value[p]! + sign * m.value[i]!;
  }
  return { key, spend, value };
}

function minRight(R: Subsets): number {
  if (R.minSpend === undefined) {
    let mn = 0;
    for (let q = 0; q < R.spend.length; q++) if (R.spend[q]! < mn) mn = R.spend[q]!;
    R.minSpend = mn;
  }
  return R.minSpend;
}

function lowerBound(a: Float64Array, t: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toggle(x: Uint8Array, items: readonly number[], s: number): void {
  for (let q = 0; q < items.length; q++) if (s & (1 << q)) x[items[q]!] = x[items[q]!] ? 0 : 1;
}

/** Every row (not only the window) within 99 % of its slack after both toggles. */
function rowsHold(
  m: Model,
  x: Uint8Array,
  use: Float64Array,
  left: readonly number[],
  l: number,
  right: readonly number[],
  r: number,
): boolean {
  for (let k = 0; k < m.rows.length; k++) {
    const row = m.rows[k]!;
    let u = use[k]!;
    for (const [items, s] of [
      [left, l],
      [right, r],
    ] as const)
      for (let q = 0; q < items.length; q++) if (s & (1 << q)) u += (x[items[q]!] ? -1 : 1) * row.a[items[q]!]!;
    if (u > row.rhs + 0.99 * row.tol) return false;
  }
  return true;
}

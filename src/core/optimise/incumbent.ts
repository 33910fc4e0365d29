// A good feasible selection before the exact search, which prunes against it.
// construct: the LP's choice rounded down, group by group (reach and empathy
// each get the money the LP gives them, so the reach share lands where the
// LP's does), then a fill in profit order that never makes a row worse, then
// repairs while a row is broken. polish: adds and 1-for-1 swaps among the
// least certain items that keep every row and improve the value.
import type { Model } from './model';
import { violation } from './model';
import { TUNING } from './tuning';

export interface Selection {
  picks: number[];
  value: number;
  spend: number;
}

class State {
  readonly x: Uint8Array;
  readonly use: Float64Array;
  spend = 0;
  value = 0;
  constructor(private readonly m: Model) {
    this.x = new Uint8Array(m.n);
    this.use = new Float64Array(m.rows.length);
  }
  flip(i: number): void {
    const s = this.x[i] ? -1 : 1;
    this.x[i] = this.x[i] ? 0 : 1;
    this.spend += s * this.m.fee[i]!;
    this.value += s * this.m.value[i]!;
    this.m.rows.forEach((r, k) => (this.use[k] = this.use[k]! + s * r.a[i]!));
  }
  fits(): boolean {
    return this.spend <= this.m.budget + this.m.budgetTol;
  }
  bad(): number {
    return violation(this.m, (k) => this.use[k]!);
  }
  selection(): Selection {
    const picks: number[] = [];
    for (let i = 0; i < this.m.n; i++) if (this.x[i]) picks.push(i);
    return { picks, value: this.value, spend: this.spend };
  }
}

/**
 * `order`: items by Lagrangian profit per yen, best first; `lp`: the LP's x (0..1);
 * `shares`: reach shares of the budget to try besides the LP's (the window's
 * ends: at a priced window the LP's x sits on one side of the kink). The best
 * feasible result, or null if none was built.
 */
export function construct(m: Model, order: readonly number[], lp: Float64Array, shares: readonly number[]): Selection | null {
  const target = new Float64Array(2);
  for (let i = 0; i < m.n; i++) target[m.reach[i]!] = target[m.reach[i]!]! + lp[i]! * m.fee[i]!;
  let best: Selection | null = null;
  const splits = [[target[0]!, target[1]!], ...shares.map((s) => [(1 - s) * m.budget, s * m.budget])];
  for (const [e, r] of splits) {
    const sel = constructFor(m, order, lp, Float64Array.of(e!, r!));
    if (sel && (!best || sel.value > best.value)) best = sel;
  }
  return best;
}

function constructFor(m: Model, order: readonly number[], lp: Float64Array, target: Float64Array): Selection | null {
  const st = new State(m);
  // 1. each role group up to its money
  const spent = new Float64Array(2);
  for (const i of order) {
    const g = m.reach[i]!;
    if ((lp[i]! > 0 || m.value[i]! > 0) && spent[g]! + m.fee[i]! <= target[g]! + m.budgetTol) {
      st.flip(i);
      spent[g] = spent[g]! + m.fee[i]!;
    }
  }
  // 2. fill: anything that fits and leaves no row worse
  const fill = () => {
    for (const i of order) {
      if (st.x[i] || st.spend + m.fee[i]! > m.budget + m.budgetTol) continue;
      const before = st.bad();
      st.flip(i);
      if (st.bad() > before + 1e-15 || m.value[i]! <= 0) st.flip(i);
    }
  };
  fill();
  // 3. repair: the single add, drop or swap that most reduces the violation, per value lost
  let scaleV = 0;
  for (let i = 0; i < m.n; i++) scaleV = Math.max(scaleV, m.value[i]!);
  for (let round = 0; round < TUNING.repairMoves && st.bad() > 0; round++) {
    const before = st.bad();
    const v0 = st.value;
    let best = -1;
    let bestJ = -1;
    let bestScore = -Infinity;
    // the best-ranked items only: a repair move far down the order would cost too much value anyway
    for (let q = 0; q < Math.min(order.length, TUNING.repairScan); q++) {
      const i = order[q]!;
      st.flip(i);
      if (st.fits()) {
        const gain = before - st.bad();
        if (gain > 0) {
          const score = gain / (1 + Math.max(0, v0 - st.value) / Math.max(1, scaleV));
          if (score > bestScore) {
            bestScore = score;
            best = i;
            bestJ = -1;
          }
        }
      }
      st.flip(i);
    }
    if (best < 0) {
      // no single flip helps: try swaps of a chosen item for an unchosen one of the other group
      const ins: number[] = [];
      const outs: number[] = [];
      for (const i of order) (st.x[i] ? ins : outs).push(i);
      outer: for (const i of ins.slice(-64)) {
        for (const j of outs.slice(0, 256)) {
          st.flip(i);
          st.flip(j);
          const ok = st.fits() && st.bad() < before;
          st.flip(j);
          st.flip(i);
          if (ok) {
            best = i;
            bestJ = j;
            break outer;
          }
        }
      }
      if (best < 0) return null;
    }
    st.flip(best);
    if (bestJ >= 0) st.flip(bestJ);
  }
  if (st.bad() > 0) return null;
  fill();
  return st.selection();
}

/** Adds and 1-for-1 swaps among `near` (the least certain items) that keep every row and raise the value. */
export function polish(m: Model, sel: Selection, near: readonly number[]): Selection {
  const st = new State(m);
  for (const i of sel.picks) st.flip(i);
  const tolV = TUNING.valueTol * Math.max(1, sel.value);
  for (let pass = 0; pass < 4; pass++) {
    let improved = false;
    for (const j of near) {
      if (st.x[j] || m.value[j]! <= 0) continue;
      st.flip(j);
      if (st.fits() && st.bad() === 0) improved = true;
      else st.flip(j);
    }
    const ins = near.filter((i) => st.x[i]);
    const outs = near.filter((i) => !st.x[i]);
    for (const i of ins) {
      let bestJ = -1;
      let bestGain = tolV;
      st.flip(i);
      for (const j of outs) {
        if (st.x[j]) continue;
        const gain = m.value[j]! - m.value[i]!;
        if (gain <= bestGain) continue;
        st.flip(j);
        if (st.fits() && st.bad() === 0) {
          bestJ = j;
          bestGain = gain;
        }
        st.flip(j);
      }
      if (bestJ >= 0) {
        st.flip(bestJ);
        improved = true;
      } else st.flip(i);
    }
    if (!improved) break;
  }
  return st.selection();
}

/**
 * A selection inside a (possibly zero-width) reach-share window: the groups
 * filled to the window's middle, then the one add, drop or same-group swap
 * whose fee lands the reach-max row exactly where it must be (fees looked up
 * in sorted arrays: with many creators some fee difference almost always
 * matches to the sen); when none matches, a creator is dropped to move the
 * residual and the lookup is tried again. Null if no move was found.
 */
export function balanceShare(m: Model, order: readonly number[]): Selection | null {
  const kMax = m.rows.findIndex((r) => r.name === 'reachMax');
  const kMin = m.rows.findIndex((r) => r.name === 'reachMin');
  if (kMax < 0 || kMin < 0) return null;
  const { min, max } = m.share;
  const mid = (min + max) / 2;
  const st = new State(m);
  const spent = new Float64Array(2);
  const target = Float64Array.of((1 - mid) * m.budget, mid * m.budget);
  for (const i of order) {
    const g = m.reach[i]!;
    if (m.value[i]! > 0 && spent[g]! + m.fee[i]! <= target[g]!) {
      st.flip(i);
      spent[g] = spent[g]! + m.fee[i]!;
    }
  }
  const rowMax = m.rows[kMax]!;
  // per unit of fee, the reach-max row moves by cR for a reach creator and −max for an empathy one
  const cR = 1 - max;
  const cE = -max;
  const ok = () => st.fits() && st.bad() === 0;
  for (let round = 0; round < TUNING.balanceRounds; round++) {
    if (ok()) return st.selection();
    const D = st.use[kMax]! - rowMax.rhs; // the row wants D + Δ ≈ 0 (and the min row the mirror)
    const lists = [0, 1].map(() => [0, 1].map(() => [] as number[]));
    for (let i = 0; i < m.n; i++) lists[m.reach[i]!]![st.x[i]!]!.push(i);
    for (const g of [0, 1]) for (const c of [0, 1]) lists[g]![c]!.sort((a, b) => m.fee[a]! - m.fee[b]!);
    const near = (xs: number[], fee: number): number[] => {
      let lo = 0;
      let hi = xs.length;
      while (lo < hi) {
        const midI = (lo + hi) >> 1;
        if (m.fee[xs[midI]!]! < fee) lo = midI + 1;
        else hi = midI;
      }
      return xs.slice(Math.max(0, lo - 2), lo + 2);
    };
    let best: { flips: number[]; value: number } | null = null;
    const tryFlips = (flips: number[]) => {
      for (const i of flips) st.flip(i);
      if (ok() && (!best || st.value > best.value)) best = { flips, value: st.value };
      for (let q = flips.length - 1; q >= 0; q--) st.flip(flips[q]!);
    };
    for (const g of [0, 1]) {
      const c = g ? cR : cE;
      if (c === 0) continue;
      for (const j of near(lists[g]![0]!, -D / c)) tryFlips([j]); // add
      for (const i of near(lists[g]![1]!, D / c)) tryFlips([i]); // drop
      for (const i of lists[g]![1]!.slice(-TUNING.balanceSwaps)) for (const j of near(lists[g]![0]!, m.fee[i]! - D / c)) tryFlips([i, j]);
    }
    if (best) {
      for (const i of (best as { flips: number[] }).flips) st.flip(i);
      return st.selection();
    }
    // move the residual: drop the chosen creator of the over-full side with the least value per yen
    const over = D > 0 ? 1 : 0;
    const chosen = order.filter((i) => st.x[i] && m.reach[i] === over);
    if (chosen.length === 0) return null;
    st.flip(chosen[chosen.length - 1]!);
  }
  return ok() ? st.selection() : null;
}

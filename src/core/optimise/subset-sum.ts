// Can some reach creators spend an amount within [lo, hi]? Fees are real money
// amounts, so this is subset sum by depth-first search (largest fees first,
// which is also the greedy answer), stopping at the first hit. When there is
// none it proves so and reports the largest reachable sum ≤ hi, within a node
// limit (only contrived fee lists need it).
import type { Pool } from './pool';

export interface WindowSum {
  /** a hit, or the largest sum ≤ hi found */
  sum: number;
  picks: number[];
  complete: boolean;
}

export function subsetSumInWindow(pool: Pool, ids: readonly number[], lo: number, hi: number, eps: number, nodeLimit: number): WindowSum {
  const items = ids.filter((i) => pool.fee[i]! <= hi + eps).sort((a, b) => pool.fee[b]! - pool.fee[a]! || a - b);
  const n = items.length;
  const f = new Float64Array(n);
  items.forEach((id, j) => (f[j] = pool.fee[id]!));
  const suf = new Float64Array(n + 1);
  for (let j = n - 1; j >= 0; j--) suf[j] = suf[j + 1]! + f[j]!;
  if (suf[0]! <= hi + eps) return { sum: suf[0]!, picks: items.slice(), complete: true };

  const sumAt = new Float64Array(n + 1);
  const choice = new Int8Array(n);
  let best = 0;
  let bestPicks: number[] = [];
  let nodes = 0;
  let j = 0;
  const snapshot = (depth: number) => {
    const out: number[] = [];
    for (let q = 0; q < depth; q++) if (choice[q] === 1) out.push(items[q]!);
    return out;
  };
  search: for (;;) {
    if (++nodes > nodeLimit) return { sum: best, picks: bestPicks, complete: false };
    const s = sumAt[j]!;
    if (s > best) {
      best = s;
      bestPicks = snapshot(j);
      if (s >= lo - eps) return { sum: s, picks: bestPicks, complete: true };
    }
    if (j < n && s + suf[j]! > best + eps) {
      if (s + f[j]! <= hi + eps) {
        choice[j] = 1;
        sumAt[j + 1] = s + f[j]!;
      } else {
        choice[j] = 2;
        sumAt[j + 1] = s;
      }
      j++;
      continue;
    }
    for (;;) {
      j--;
      if (j < 0) break search;
      if (choice[j] === 1) {
        choice[j] = 2;
        sumAt[j + 1] = sumAt[j]!;
        j++;
        continue search;
      }
    }
  }
  return { sum: best, picks: bestPicks, complete: true };
}

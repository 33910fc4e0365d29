// Index sorts by a numeric key, for the optimiser's orders over 25,000
// creators and the payload's over 250,000: Array.prototype.sort calls its
// comparator about n·log n times and boxes each double it returns; this
// compares the keys in place (about 3× faster on 25,000, nothing allocated).

type Indices = { [i: number]: number; readonly length: number };

/**
 * Sorts `idx` (indices into `key`) by key ascending, ties by index ascending:
 * the order of `idx.sort((a, b) => key[a] - key[b] || a - b)`. Keys must not be
 * NaN. Quicksort with a median of three, heapsort below a depth limit (no
 * quadratic case), insertion sort for short runs.
 */
export function sortByKey<A extends Indices>(idx: A, key: ArrayLike<number>): A {
  const before = (a: number, b: number): boolean => key[a]! < key[b]! || (key[a] === key[b] && a < b);

  const insertion = (lo: number, hi: number): void => {
    for (let i = lo + 1; i <= hi; i++) {
      const v = idx[i]!;
      let j = i - 1;
      while (j >= lo && before(v, idx[j]!)) {
        idx[j + 1] = idx[j]!;
        j--;
      }
      idx[j + 1] = v;
    }
  };

  const heapsort = (lo: number, hi: number): void => {
    const n = hi - lo + 1;
    const sift = (root: number, end: number): void => {
      const v = idx[lo + root]!;
      let r = root;
      for (;;) {
        let c = 2 * r + 1;
        if (c >= end) break;
        if (c + 1 < end && before(idx[lo + c]!, idx[lo + c + 1]!)) c++;
        if (!before(v, idx[lo + c]!)) break;
        idx[lo + r] = idx[lo + c]!;
        r = c;
      }
      idx[lo + r] = v;
    };
    for (let r = (n >> 1) - 1; r >= 0; r--) sift(r, n);
    for (let end = n - 1; end > 0; end--) {
      const t = idx[lo]!;
      idx[lo] = idx[lo + end]!;
      idx[lo + end] = t;
      sift(0, end);
    }
  };

  const quick = (lo: number, hi: number, depth: number): void => {
    while (hi - lo > 16) {
      if (depth-- === 0) {
        heapsort(lo, hi);
        return;
      }
      // The median of the first, middle and last as the pivot; ties broken by index, so no two items are equal.
      const mid = (lo + hi) >> 1;
      const a = idx[lo]!;
      const b = idx[mid]!;
      const c = idx[hi]!;
      const pivot = before(a, b) ? (before(b, c) ? b : before(a, c) ? c : a) : before(a, c) ? a : before(b, c) ? c : b;
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (before(idx[i]!, pivot)) i++;
        while (before(pivot, idx[j]!)) j--;
        if (i <= j) {
          const t = idx[i]!;
          idx[i] = idx[j]!;
          idx[j] = t;
          i++;
          j--;
        }
      }
      // Recurse into the smaller side, loop on the larger: the stack stays O(log n).
      if (j - lo < hi - i) {
        quick(lo, j, depth);
        lo = i;
      } else {
        quick(i, hi, depth);
        hi = j;
      }
    }
    insertion(lo, hi);
  };

  quick(0, idx.length - 1, 2 * Math.ceil(Math.log2(idx.length + 1)));
  return idx;
}

/** [0, 1, …, n − 1] */
export function indices(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i);
  return out;
}

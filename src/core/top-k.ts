// The k smallest items of a long list in one pass, for "the ten rows closest
// to passing" out of ~200,000 exclusions: sorting them all to keep ten is most
// of the cost of a big roster's output.

/**
 * The k smallest items by `before` (a strict order), smallest first; the same
 * as filtering with `keep`, sorting and slicing to k, in O(n·k) worst case and
 * about O(n) in practice (most items lose to the current k-th at once).
 */
export function smallestK<T>(items: readonly T[], k: number, before: (a: T, b: T) => boolean, keep: (x: T) => boolean = () => true): T[] {
  const best: T[] = [];
  if (k <= 0) return best;
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    if (!keep(x)) continue;
    if (best.length === k && !before(x, best[k - 1]!)) continue;
    // Insert in order (k is small): shift the larger ones up by one.
    let j = best.length < k ? best.length : k - 1;
    while (j > 0 && before(x, best[j - 1]!)) {
      best[j] = best[j - 1]!;
      j--;
    }
    best[j] = x;
  }
  return best;
}

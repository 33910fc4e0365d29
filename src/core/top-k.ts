// The k smallest items of a long stream in one pass, for "the ten rows closest
// to passing" out of ~200,000 exclusions: sorting them all to keep ten is most
// of the cost of a big roster's output.

/**
 * The k smallest items offered, by `before` (a strict order), smallest first;
 * the same as sorting them all and slicing to k, in O(n·k) worst case and
 * about O(n) in practice (most items lose to the current k-th at once).
 * `admits` says whether an item would be kept, so a caller streaming reused
 * objects copies only those.
 */
export class SmallestK<T> {
  private readonly best: T[] = [];
  constructor(
    private readonly k: number,
    private readonly before: (a: T, b: T) => boolean,
  ) {}

  admits(x: T): boolean {
    return this.k > 0 && (this.best.length < this.k || this.before(x, this.best[this.k - 1]!));
  }

  /** Keeps x among the k smallest (call when admits(x)). */
  add(x: T): void {
    const best = this.best;
    // Insert in order (k is small): shift the larger ones up by one.
    let j = best.length < this.k ? best.length : this.k - 1;
    while (j > 0 && this.before(x, best[j - 1]!)) {
      best[j] = best[j - 1]!;
      j--;
    }
    best[j] = x;
  }

  items(): T[] {
    return this.best.slice();
  }
}

// k-th largest value by in-place quickselect (Hoare partition, median-of-3):
// the Lagrangian needs it for every price it tries, so O(n) rather than a sort.

/** k-th largest (1-based) of a[0..len); reorders a. Requires 1 ≤ k ≤ len. */
export function kthLargest(a: Float64Array, len: number, k: number): number {
  const target = k - 1;
  let lo = 0;
  let hi = len - 1;
  while (hi > lo) {
    const x = a[lo]!;
    const y = a[(lo + hi) >> 1]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const s = a[i]!;
        a[i] = a[j]!;
        a[j] = s;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target]!;
  }
  return a[target]!;
}

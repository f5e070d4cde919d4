/**
 * Binary search in sorted float data with NumPy's order (NaN after every number): the one
 * routine behind histogram's bin lookup and digitize.
 */

/** True when x sorts before y in NumPy's order. */
export function sortsBefore(x: number, y: number): boolean {
  return x < y || (y !== y && x === x);
}

/**
 * `np.searchsorted(sorted, v, side)`: the first index i with v < sorted[i] (side "right") or
 * v <= sorted[i] (side "left"), searching sorted[0..n).
 */
export function searchSorted(sorted: ArrayLike<number>, n: number, v: number, right: boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = sorted[mid];
    // left: move past every element that sorts before v; right: past every one v does not sort before
    const past = right ? !sortsBefore(v, s) : sortsBefore(s, v);
    if (past) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

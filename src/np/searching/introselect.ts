/**
 * NumPy's introselect: median-of-3 quickselect that falls back to a median-of-medians pivot
 * when it recurses too deep, with a stack of the pivots found so far so that several kth
 * (sorted ascending) partition one row in turn. Followed step by step so that np.partition's
 * output, whose order between pivots is otherwise unspecified, is the one NumPy prints.
 * Each routine works on `keys` through `order` (an index permutation for argpartition, the
 * identity for partition, whose values are then read back in that order).
 */

const MAX_PIVOT_STACK = 50;

/** NumPy's sort order: NaN after every number. */
function less(a: number, b: number): boolean {
  return a < b || (b !== b && a === a);
}

/** A row being selected: values read through the permutation `at`, swaps move the permutation. */
class Row {
  constructor(readonly keys: ArrayLike<number>, readonly at: Int32Array | Float64Array, readonly base: number) {}
  v(i: number): number {
    return this.keys[this.at[this.base + i]];
  }
  swap(i: number, j: number): void {
    const at = this.at, b = this.base;
    const t = at[b + i];
    at[b + i] = at[b + j];
    at[b + j] = t;
  }
  /** The same row seen from position `offset`. */
  from(offset: number): Row {
    return new Row(this.keys, this.at, this.base + offset);
  }
}

function storePivot(pivot: number, kth: number, pivots: number[] | null): void {
  if (pivots === null) return;
  if (pivot === kth && pivots.length === MAX_PIVOT_STACK) pivots[pivots.length - 1] = pivot;
  else if (pivot >= kth && pivots.length < MAX_PIVOT_STACK) pivots.push(pivot);
}

/** Median of low, mid, high moved to low, the smallest of the three to low + 1. */
function median3Swap(r: Row, low: number, mid: number, high: number): void {
  if (less(r.v(high), r.v(mid))) r.swap(high, mid);
  if (less(r.v(high), r.v(low))) r.swap(high, low);
  if (less(r.v(low), r.v(mid))) r.swap(low, mid);
  r.swap(mid, low + 1);
}

/** Index (0..4) of the median of the five elements at r[0..5), partly ordering them. */
function median5(r: Row): number {
  if (less(r.v(1), r.v(0))) r.swap(1, 0);
  if (less(r.v(4), r.v(3))) r.swap(4, 3);
  if (less(r.v(3), r.v(0))) r.swap(3, 0);
  if (less(r.v(4), r.v(1))) r.swap(4, 1);
  if (less(r.v(2), r.v(1))) r.swap(2, 1);
  if (less(r.v(3), r.v(2))) return less(r.v(3), r.v(1)) ? 1 : 3;
  return 2;
}

/** The median of the medians of blocks of five, moved to the front; returns its index. */
function medianOfMedian5(r: Row, num: number, inexact: boolean): number {
  const nmed = Math.floor(num / 5);
  for (let i = 0, sub = 0; i < nmed; i++, sub += 5) {
    const m = median5(r.from(sub));
    r.swap(sub + m, i);
  }
  if (nmed > 2) introselect(r, nmed, Math.floor(nmed / 2), null, inexact);
  return Math.floor(nmed / 2);
}

/** O(n * kth) selection for a kth near the start. */
function dumbSelect(r: Row, num: number, kth: number): void {
  for (let i = 0; i <= kth; i++) {
    let minIdx = i;
    let minVal = r.v(i);
    for (let k = i + 1; k < num; k++) {
      if (less(r.v(k), minVal)) {
        minIdx = k;
        minVal = r.v(k);
      }
    }
    r.swap(i, minIdx);
  }
}

function msb(n: number): number {
  let depth = 0;
  while ((n = Math.floor(n / 2)) > 0) depth++;
  return depth;
}

/** Puts the kth smallest of r[0..num) at kth, smaller before, larger after. */
export function introselect(r: Row, num: number, kth: number, pivots: number[] | null, inexact: boolean): void {
  let low = 0;
  let high = num - 1;
  while (pivots !== null && pivots.length > 0) {
    const top = pivots[pivots.length - 1];
    if (top > kth) {
      high = top - 1;
      break;
    }
    if (top === kth) return;
    low = top + 1;
    pivots.pop();
  }
  if (kth - low < 3) {
    dumbSelect(r.from(low), high - low + 1, kth - low);
    storePivot(kth, kth, pivots);
    return;
  }
  if (inexact && kth === num - 1) {
    // the maximum (NaN if any) to the end, as NumPy checks for NaN with partition(d, -1)
    let maxIdx = low;
    let maxVal = r.v(low);
    for (let k = low + 1; k < num; k++) {
      if (!less(r.v(k), maxVal)) {
        maxIdx = k;
        maxVal = r.v(k);
      }
    }
    r.swap(kth, maxIdx);
    return;
  }
  let depthLimit = msb(num) * 2;
  while (low + 1 < high) {
    let ll = low + 1;
    let hh = high;
    if (depthLimit > 0 || hh - ll < 5) {
      median3Swap(r, low, low + Math.floor((high - low) / 2), high);
    } else {
      const mid = ll + medianOfMedian5(r.from(ll), hh - ll, inexact);
      r.swap(mid, low);
      ll--;
      hh++;
    }
    depthLimit--;
    const pivot = r.v(low);
    for (;;) {
      do ll++;
      while (less(r.v(ll), pivot));
      do hh--;
      while (less(pivot, r.v(hh)));
      if (hh < ll) break;
      r.swap(ll, hh);
    }
    r.swap(low, hh);
    if (hh !== kth) storePivot(hh, kth, pivots);
    if (hh >= kth) high = hh - 1;
    if (hh <= kth) low = ll;
  }
  if (high === low + 1 && less(r.v(high), r.v(low))) r.swap(high, low);
  storePivot(kth, kth, pivots);
}

/**
 * Partitions each of `rows` rows of length n (C order in `keys`) around every kth (sorted
 * ascending): returns, per row, the permutation of indices NumPy's introselect leaves.
 */
export function selectRows(keys: ArrayLike<number>, rows: number, n: number, kths: readonly number[], inexact: boolean): Int32Array | Float64Array {
  const order = n * rows < 2 ** 31 ? new Int32Array(n * rows) : new Float64Array(n * rows);
  for (let row = 0; row < rows; row++) {
    const base = row * n;
    for (let i = 0; i < n; i++) order[base + i] = base + i;
    const r = new Row(keys, order, base);
    const pivots: number[] = [];
    for (const kth of kths) introselect(r, n, kth, pivots, inexact);
  }
  return order;
}

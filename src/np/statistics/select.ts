/**
 * Order statistics without a full sort: puts the values that a sorted row would hold at the
 * given positions in those places (Floyd and Rivest's selection: the pivot is chosen by
 * first selecting within a sample around k, so one pass over the row nearly finishes; a
 * sort of the range if the passes stop shrinking it), in O(n) on average. NumPy's median and
 * percentile partition instead of sorting too. Rows must hold no NaN (callers check first).
 */
type Row = Float64Array | Float32Array | Int32Array | Int16Array | Int8Array | Uint32Array | Uint16Array | Uint8Array | Uint8ClampedArray;

/** Above this range length the pivot comes from a recursive selection in a sample. */
const SAMPLE_ABOVE = 600;
/** Partition passes after which a range is sorted instead (adversarial orders). */
const MAX_PASSES = 64;

/**
 * Rearranges data[start .. start + n) so each of `positions` (offsets into the row, in any
 * order) holds the value the sorted row has there.
 */
export function selectPositions(data: Row, start: number, n: number, positions: readonly number[]): void {
  const ks = [...new Set(positions)].sort((x, y) => x - y);
  let lo = start;
  const hi = start + n - 1;
  for (const k of ks) {
    // positions before lo are settled; everything from lo on is no smaller than them
    if (start + k === lo) moveMinimumTo(data, lo, hi);
    else selectKth(data, lo, hi, start + k);
    lo = start + k + 1;
  }
}

/** Places the kth smallest of data[left..right] at k, smaller-or-equal values before it and larger-or-equal after. */
function selectKth(data: Row, left: number, right: number, k: number): void {
  for (let passes = 0; right > left; passes++) {
    if (passes === MAX_PASSES) {
      data.subarray(left, right + 1).sort();
      return;
    }
    if (right - left > SAMPLE_ABOVE) {
      // select k within a sample of about n^(2/3) values placed around it, so that the
      // pivot below lands next to k in the whole range
      const n = right - left + 1;
      const i = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i < n / 2 ? -1 : 1);
      selectKth(data, Math.max(left, Math.floor(k - (i * s) / n + sd)), Math.min(right, Math.floor(k + ((n - i) * s) / n + sd)), k);
    }
    const pivot = data[k];
    let i = left;
    let j = right;
    swap(data, left, k);
    if (data[right] > pivot) swap(data, left, right);
    while (i < j) {
      swap(data, i, j);
      i++;
      j--;
      while (data[i] < pivot) i++;
      while (data[j] > pivot) j--;
    }
    if (data[left] === pivot) swap(data, left, j);
    else {
      j++;
      swap(data, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

/** Swaps the smallest of data[lo..hi] into lo. */
function moveMinimumTo(data: Row, lo: number, hi: number): void {
  let at = lo;
  for (let i = lo + 1; i <= hi; i++) if (data[i] < data[at]) at = i;
  swap(data, lo, at);
}

function swap(data: Row, i: number, j: number): void {
  const t = data[i];
  data[i] = data[j];
  data[j] = t;
}

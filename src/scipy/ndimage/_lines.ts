/**
 * scipy.ndimage's 1-D line filters with an origin: every line along an axis is extended by the
 * boundary mode (size // 2 + origin samples before, the rest after) into a buffer, filtered,
 * and written back. Results go through the output dtype after each axis, as scipy stores them.
 */
import type { NdMode } from "../../skimage/_internal/boundary";
import { axisLayout, extendIndex } from "../../skimage/_internal/boundary";

/** Filters one extended line `ext` (length n + size - 1) into out[0..n). */
export type LineFilter = (ext: Float64Array, n: number, size: number, out: Float64Array) => void;

/** Runs `filter` over every line along `axis` of a C-ordered array; returns a new array. */
export function filterLines(
  src: Float64Array, shape: readonly number[], axis: number, size: number, origin: number, mode: NdMode, cval: number, filter: LineFilter,
): Float64Array {
  const { outer, n, inner } = axisLayout(shape, axis);
  const out = new Float64Array(src.length);
  if (src.length === 0) return out;
  const before = (size >> 1) + origin;
  const after = size - 1 - before;
  const ext = new Float64Array(n + size - 1);
  const line = new Float64Array(n);
  const head = new Int32Array(before);
  for (let q = 0; q < before; q++) head[q] = extendIndex(q - before, n, mode);
  const tail = new Int32Array(after);
  for (let q = 0; q < after; q++) tail[q] = extendIndex(n + q, n, mode);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i;
      for (let q = 0; q < before; q++) ext[q] = head[q] < 0 ? cval : src[base + head[q] * inner];
      for (let k = 0, p = base; k < n; k++, p += inner) ext[before + k] = src[p];
      for (let q = 0; q < after; q++) ext[before + n + q] = tail[q] < 0 ? cval : src[base + tail[q] * inner];
      filter(ext, n, size, line);
      for (let k = 0, p = base; k < n; k++, p += inner) out[p] = line[k];
    }
  }
  return out;
}

/** scipy's running mean: a running window sum (entering minus leaving), divided at each step. */
export const uniformLine: LineFilter = (ext, n, size, out) => {
  let sum = 0;
  for (let k = 0; k < size; k++) sum += ext[k];
  out[0] = sum / size;
  for (let k = 1; k < n; k++) {
    sum += ext[k + size - 1] - ext[k - 1];
    out[k] = sum / size;
  }
};

/** Sliding minimum (or maximum) with a monotonic deque of indices: O(n) per line. */
function slidingExtreme(max: boolean): LineFilter {
  let deque = new Int32Array(0);
  return (ext, n, size, out) => {
    const total = n + size - 1;
    if (deque.length < total) deque = new Int32Array(total);
    let head = 0;
    let tail = 0;
    for (let k = 0; k < total; k++) {
      const v = ext[k];
      if (max) while (tail > head && ext[deque[tail - 1]] <= v) tail--;
      else while (tail > head && ext[deque[tail - 1]] >= v) tail--;
      deque[tail++] = k;
      const start = k - size + 1;
      if (start < 0) continue;
      while (deque[head] < start) head++;
      out[start] = ext[deque[head]];
    }
  };
}

export const minimumLine = (): LineFilter => slidingExtreme(false);
export const maximumLine = (): LineFilter => slidingExtreme(true);

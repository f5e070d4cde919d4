/**
 * scipy.ndimage's 1-D line filters with an origin: every line along an axis is extended by the
 * boundary mode (size // 2 + origin samples before, the rest after) into a buffer, filtered,
 * and written back. Results go through the output dtype after each axis, as scipy stores them.
 */
import type { NdMode } from "../../skimage/_internal/boundary";
import { axisLayout, extendIndex } from "../../skimage/_internal/boundary";
import { uninitStorage } from "../../np/alloc";

/** Filters one extended line `ext` (length n + size - 1) into out[0..n). */
export type LineFilter = (ext: Float64Array, n: number, size: number, out: Float64Array) => void;

/** Runs `filter` over every line along `axis` of a C-ordered array; returns a new array. */
export function filterLines(
  src: Float64Array, shape: readonly number[], axis: number, size: number, origin: number, mode: NdMode, cval: number, filter: LineFilter,
): Float64Array {
  const { outer, n, inner } = axisLayout(shape, axis);
  // every element is written below
  const out = uninitStorage(Float64Array, src.length) as Float64Array;
  if (src.length === 0) return out;
  const before = (size >> 1) + origin;
  const after = size - 1 - before;
  const head = new Int32Array(before);
  for (let q = 0; q < before; q++) head[q] = extendIndex(q - before, n, mode);
  const tail = new Int32Array(after);
  for (let q = 0; q < after; q++) tail[q] = extendIndex(n + q, n, mode);
  // Lines across the last axis are read in blocks of neighbouring lines, so each read of the
  // input takes a contiguous run instead of one element per cache line.
  const block = inner === 1 ? 1 : Math.min(inner, LINE_BLOCK);
  const width = n + size - 1;
  const extAll = new Float64Array(block * width);
  const lineAll = new Float64Array(block * n);
  const exts = Array.from({ length: block }, (_, b) => extAll.subarray(b * width, (b + 1) * width));
  const lines = Array.from({ length: block }, (_, b) => lineAll.subarray(b * n, (b + 1) * n));
  for (let o = 0; o < outer; o++) {
    for (let i0 = 0; i0 < inner; i0 += block) {
      const bw = Math.min(block, inner - i0);
      const base = o * n * inner + i0;
      for (let b = 0; b < bw; b++) {
        const ext = exts[b];
        for (let q = 0; q < before; q++) ext[q] = head[q] < 0 ? cval : src[base + b + head[q] * inner];
        for (let q = 0; q < after; q++) ext[before + n + q] = tail[q] < 0 ? cval : src[base + b + tail[q] * inner];
      }
      if (inner === 1) {
        // a contiguous line: filtered straight into the output
        exts[0].set(src.subarray(base, base + n), before);
        filter(exts[0], n, size, out.subarray(base, base + n));
        continue;
      }
      if (bw === 1) {
        const ext = exts[0];
        for (let k = 0, p = base; k < n; k++, p += inner) ext[before + k] = src[p];
      } else {
        for (let k = 0, p = base; k < n; k++, p += inner) {
          for (let b = 0, e = before + k; b < bw; b++, e += width) extAll[e] = src[p + b];
        }
      }
      for (let b = 0; b < bw; b++) filter(exts[b], n, size, lines[b]);
      if (bw === 1) {
        const line = lines[0];
        for (let k = 0, p = base; k < n; k++, p += inner) out[p] = line[k];
      } else {
        for (let k = 0, p = base; k < n; k++, p += inner) {
          for (let b = 0, e = k; b < bw; b++, e += n) out[p + b] = lineAll[e];
        }
      }
    }
  }
  return out;
}

/** Lines filtered together when they run across the last axis. */
const LINE_BLOCK = 16;

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

/**
 * Sliding minimum (or maximum) with a monotonic deque of indices: O(n) per line. Short windows
 * of a line without NaN are scanned directly instead (keeping, as the deque does, the last of
 * equal extremes); NaN makes the deque's answer depend on its order, so such lines keep it.
 */
function slidingExtreme(max: boolean): LineFilter {
  let deque = new Int32Array(0);
  const deq: LineFilter = (ext, n, size, out) => {
    const total = n + size - 1;
    if (deque.length < total) deque = new Int32Array(total);
    (max ? dequeMax : dequeMin)(ext, total, size, out, deque);
  };
  const short = max ? shortMax : shortMin;
  return (ext, n, size, out) => {
    if (size <= 5 && !hasNaN(ext, n + size - 1)) short(ext, n, size, out);
    else deq(ext, n, size, out);
  };
}

function hasNaN(a: Float64Array, n: number): boolean {
  for (let i = 0; i < n; i++) if (a[i] !== a[i]) return true;
  return false;
}

function shortMax(ext: Float64Array, n: number, size: number, out: Float64Array): void {
  for (let k = 0; k < n; k++) {
    let m = ext[k];
    for (let t = 1; t < size; t++) if (ext[k + t] >= m) m = ext[k + t];
    out[k] = m;
  }
}

function shortMin(ext: Float64Array, n: number, size: number, out: Float64Array): void {
  for (let k = 0; k < n; k++) {
    let m = ext[k];
    for (let t = 1; t < size; t++) if (ext[k + t] <= m) m = ext[k + t];
    out[k] = m;
  }
}

function dequeMax(ext: Float64Array, total: number, size: number, out: Float64Array, deque: Int32Array): void {
  let head = 0;
  let tail = 0;
  for (let k = 0; k < total; k++) {
    const v = ext[k];
    while (tail > head && ext[deque[tail - 1]] <= v) tail--;
    deque[tail++] = k;
    const start = k - size + 1;
    if (start < 0) continue;
    while (deque[head] < start) head++;
    out[start] = ext[deque[head]];
  }
}

function dequeMin(ext: Float64Array, total: number, size: number, out: Float64Array, deque: Int32Array): void {
  let head = 0;
  let tail = 0;
  for (let k = 0; k < total; k++) {
    const v = ext[k];
    while (tail > head && ext[deque[tail - 1]] >= v) tail--;
    deque[tail++] = k;
    const start = k - size + 1;
    if (start < 0) continue;
    while (deque[head] < start) head++;
    out[start] = ext[deque[head]];
  }
}

export const minimumLine = (): LineFilter => slidingExtreme(false);
export const maximumLine = (): LineFilter => slidingExtreme(true);

/**
 * scipy.ndimage.uniform_filter1d / uniform_filter on C-ordered float64 data, with scipy's
 * running sum (the window sum is updated by the entering minus the leaving sample, then
 * divided), so results agree with scipy to the last bit.
 */
import { NdMode, axisLayout, extendIndex } from "../_internal/boundary";

/** uniform_filter1d along `axis` with window `size` (origin 0). */
export function uniformFilter1d(src: Float64Array, shape: readonly number[], axis: number, size: number, mode: NdMode, cval = 0): Float64Array {
  const { outer, n, inner } = axisLayout(shape, axis);
  const out = new Float64Array(src.length);
  if (src.length === 0) return out;
  const left = size >> 1;
  const right = size - left - 1;
  const ext = new Float64Array(n + size - 1);
  const before = new Int32Array(left);
  for (let q = 0; q < left; q++) before[q] = extendIndex(q - left, n, mode);
  const after = new Int32Array(right);
  for (let q = 0; q < right; q++) after[q] = extendIndex(n + q, n, mode);
  if (inner === 1) {
    for (let o = 0; o < outer; o++) {
      const base = o * n;
      for (let q = 0; q < left; q++) ext[q] = before[q] < 0 ? cval : src[base + before[q]];
      for (let k = 0; k < n; k++) ext[left + k] = src[base + k];
      for (let q = 0; q < right; q++) ext[left + n + q] = after[q] < 0 ? cval : src[base + after[q]];
      let tmp = 0;
      for (let k = 0; k < size; k++) tmp += ext[k];
      out[base] = tmp / size;
      for (let k = 1; k < n; k++) {
        tmp += ext[k + size - 1] - ext[k - 1];
        out[base + k] = tmp / size;
      }
    }
    return out;
  }
  // lines across rows: sweep whole rows, one running sum per line, in each line's own order
  const rowOf = (j: number) => (j < 0 ? before[j + left] : j >= n ? after[j - n] : j);
  const tmp = new Float64Array(inner);
  for (let o = 0; o < outer; o++) {
    const base = o * n * inner;
    tmp.fill(0);
    for (let j = -left; j <= right; j++) {
      const r = rowOf(j);
      if (r < 0) for (let i = 0; i < inner; i++) tmp[i] += cval;
      else for (let i = 0, p = base + r * inner; i < inner; i++, p++) tmp[i] += src[p];
    }
    for (let i = 0; i < inner; i++) out[base + i] = tmp[i] / size;
    for (let k = 1; k < n; k++) {
      const enter = rowOf(k + right);
      const leave = rowOf(k - left - 1);
      const ob = base + k * inner;
      for (let i = 0; i < inner; i++) {
        const a = enter < 0 ? cval : src[base + enter * inner + i];
        const b = leave < 0 ? cval : src[base + leave * inner + i];
        tmp[i] += a - b;
        out[ob + i] = tmp[i] / size;
      }
    }
  }
  return out;
}

/** uniform_filter: uniform_filter1d along every axis in turn (`round` after each, e.g. float32). */
export function uniformFilter(
  src: Float64Array, shape: readonly number[], sizes: readonly number[], mode: NdMode, cval = 0, round?: (x: number) => number,
): Float64Array {
  let cur = src;
  for (let axis = 0; axis < shape.length; axis++) {
    if (sizes[axis] <= 1) continue;
    cur = uniformFilter1d(cur, shape, axis, sizes[axis], mode, cval);
    if (round) for (let i = 0; i < cur.length; i++) cur[i] = round(cur[i]);
  }
  return cur === src ? src.slice() : cur;
}

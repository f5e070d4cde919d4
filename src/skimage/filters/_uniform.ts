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
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i;
      for (let q = 0; q < left; q++) ext[q] = before[q] < 0 ? cval : src[base + before[q] * inner];
      for (let k = 0; k < n; k++) ext[left + k] = src[base + k * inner];
      for (let q = 0; q < right; q++) ext[left + n + q] = after[q] < 0 ? cval : src[base + after[q] * inner];
      let tmp = 0;
      for (let k = 0; k < size; k++) tmp += ext[k];
      out[base] = tmp / size;
      for (let k = 1; k < n; k++) {
        tmp += ext[k + size - 1] - ext[k - 1];
        out[base + k * inner] = tmp / size;
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

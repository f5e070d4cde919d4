/**
 * Minimum / maximum filters on an integer image's own storage (uint8, int16, ... in their
 * TypedArrays, never widened to float64): an extreme is always one of the input values (or
 * cval), so the result is exact in the input's type, with a fraction of the memory traffic.
 * Math.min / Math.max (no NaN among integers) keep the loops free of data-dependent branches.
 */
import { NDArray } from "../../np/ndarray";
import { bool } from "../../np/dtype";
import { contiguousStorage } from "../../np/contiguous";
import type { NdMode } from "../../skimage/_internal/boundary";
import { axisLayout, extendIndex } from "../../skimage/_internal/boundary";
import { boxExtremeBytes } from "./_u8_extreme";

/** Integer storage an extreme filter can run on directly. */
export type NarrowStorage = Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array;

const RANGES: Record<string, [number, number]> = {
  Uint8Array: [0, 255], Int8Array: [-128, 127], Uint16Array: [0, 65535], Int16Array: [-32768, 32767],
  Uint32Array: [0, 4294967295], Int32Array: [-2147483648, 2147483647],
};

/**
 * The image's C-ordered storage when its dtype keeps integers in a narrow TypedArray (bool
 * included) and `cval` is one of its values; else null (the float64 path handles it).
 * The storage may be the array's own: read it, never write it.
 */
export function narrowStorage(img: NDArray, cval: number): NarrowStorage | null {
  const dt = img.dtype;
  if (dt.kind === "f" || dt.itemsize === 8 || img.size === 0) return null;
  const data = contiguousStorage(img) as NarrowStorage;
  const range = RANGES[data.constructor.name];
  if (range === undefined) return null;
  const [lo, hi] = dt === bool ? [0, 1] : range;
  return Number.isInteger(cval) && cval >= lo && cval <= hi ? data : null;
}

function like(src: NarrowStorage, n: number): NarrowStorage {
  return new (src.constructor as new (n: number) => NarrowStorage)(n);
}

/**
 * Separable box minimum / maximum: along each axis with size > 1, the extreme over `size`
 * samples starting size // 2 + origin before each position, boundary by that axis' mode.
 */
export function boxExtreme(
  src: NarrowStorage, shape: readonly number[], sizes: readonly number[], origins: readonly number[], modes: readonly NdMode[], cval: number, max: boolean,
): NarrowStorage {
  if (src instanceof Uint8Array) {
    const bytes = boxExtremeBytes(src, shape, sizes, origins, modes, cval, max);
    if (bytes !== null) return bytes;
  }
  let cur = src;
  for (let axis = 0; axis < shape.length; axis++) {
    if (sizes[axis] <= 1) continue;
    const { outer, n, inner } = axisLayout(shape, axis);
    const before = (sizes[axis] >> 1) + origins[axis];
    const from = new Int32Array(n + sizes[axis] - 1);
    for (let q = 0; q < from.length; q++) from[q] = extendIndex(q - before, n, modes[axis]);
    const out = like(src, src.length);
    if (inner === 1) alongRows(cur, out, outer, n, sizes[axis], from, cval, max);
    else acrossRows(cur, out, outer, n, inner, sizes[axis], from, cval, max);
    cur = out;
  }
  return cur === src ? src.slice() : cur;
}

/** Along the last axis: each line extended into a buffer (from[q]: its source, -1 for cval), then scanned. */
function alongRows(src: NarrowStorage, out: NarrowStorage, lines: number, n: number, size: number, from: Int32Array, cval: number, max: boolean): void {
  const ext = like(src, n + size - 1);
  for (let l = 0, base = 0; l < lines; l++, base += n) {
    for (let q = 0; q < ext.length; q++) {
      const s = from[q];
      ext[q] = s < 0 ? cval : src[base + s];
    }
    if (max) {
      for (let k = 0; k < n; k++) {
        let m = ext[k];
        for (let t = 1; t < size; t++) m = Math.max(m, ext[k + t]);
        out[base + k] = m;
      }
    } else {
      for (let k = 0; k < n; k++) {
        let m = ext[k];
        for (let t = 1; t < size; t++) m = Math.min(m, ext[k + t]);
        out[base + k] = m;
      }
    }
  }
}

/** Across rows (an axis before the last): each output row is the elementwise extreme of `size` whole source rows. */
function acrossRows(src: NarrowStorage, out: NarrowStorage, outer: number, n: number, inner: number, size: number, from: Int32Array, cval: number, max: boolean): void {
  for (let o = 0; o < outer; o++) {
    const base = o * n * inner;
    for (let k = 0; k < n; k++) {
      const ob = base + k * inner;
      const first = from[k];
      if (first < 0) out.fill(cval, ob, ob + inner);
      else out.set(src.subarray(base + first * inner, base + (first + 1) * inner), ob);
      for (let t = 1; t < size; t++) {
        const s = from[k + t];
        if (s < 0) {
          if (max) for (let i = 0; i < inner; i++) out[ob + i] = Math.max(out[ob + i], cval);
          else for (let i = 0; i < inner; i++) out[ob + i] = Math.min(out[ob + i], cval);
          continue;
        }
        const sb = base + s * inner;
        if (max) {
          for (let i = 0; i < inner; i++) out[ob + i] = Math.max(out[ob + i], src[sb + i]);
        } else {
          for (let i = 0; i < inner; i++) out[ob + i] = Math.min(out[ob + i], src[sb + i]);
        }
      }
    }
  }
}

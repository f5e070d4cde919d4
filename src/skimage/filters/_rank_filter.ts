/**
 * scipy.ndimage's rank filters (median_filter, rank_filter, minimum/maximum_filter with a
 * footprint) on C-ordered float64 data: every output is the element of the given rank among
 * the footprint's neighbours, the boundary extended by `mode`.
 */
import { NdMode, extendIndex } from "../_internal/boundary";

/** A footprint: its shape and the flat (C-order) offsets of its true elements from its centre. */
export interface Footprint {
  shape: number[];
  /** Per true element, its position along each axis relative to the centre (size // 2). */
  offsets: number[][];
}

/** A footprint from a flat mask of the given shape. */
export function footprintFrom(mask: ArrayLike<number>, shape: readonly number[]): Footprint {
  const offsets: number[][] = [];
  const idx = new Array<number>(shape.length).fill(0);
  for (let n = 0; n < mask.length; n++) {
    if (mask[n]) offsets.push(idx.map((v, k) => v - (shape[k] >> 1)));
    for (let k = shape.length - 1; k >= 0; k--) {
      if (++idx[k] < shape[k]) break;
      idx[k] = 0;
    }
  }
  return { shape: shape.slice(), offsets };
}

/** The k-th smallest of buf[0 .. n) (buf is reordered). */
export function select(buf: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    // median of three as pivot
    let a = buf[lo], b = buf[mid], c = buf[hi];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (buf[i] < pivot) i++;
      while (buf[j] > pivot) j--;
      if (i <= j) {
        a = buf[i];
        buf[i] = buf[j];
        buf[j] = a;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return buf[k];
  }
  return buf[k];
}

/**
 * The rank-`rank` element of every neighbourhood (rank counts from 0 over the footprint's
 * true elements). Interior points read the input directly; the border goes through `mode`.
 */
export function rankFilter(src: Float64Array, shape: readonly number[], fp: Footprint, rank: number, mode: NdMode, cval = 0): Float64Array {
  const ndim = shape.length;
  const out = new Float64Array(src.length);
  const m = fp.offsets.length;
  if (src.length === 0 || m === 0) return out;
  const strides = new Array<number>(ndim);
  let step = 1;
  for (let k = ndim - 1; k >= 0; k--) {
    strides[k] = step;
    step *= shape[k];
  }
  const flat = Int32Array.from(fp.offsets, (o) => o.reduce((s, v, k) => s + v * strides[k], 0));
  const lo = new Array<number>(ndim).fill(0);
  const hi = new Array<number>(ndim).fill(0);
  for (const o of fp.offsets) {
    for (let k = 0; k < ndim; k++) {
      lo[k] = Math.min(lo[k], o[k]);
      hi[k] = Math.max(hi[k], o[k]);
    }
  }
  const buf = new Float64Array(m);
  const idx = new Array<number>(ndim).fill(0);
  const isMin = rank === 0;
  const isMax = rank === m - 1;
  for (let n = 0; n < src.length; n++) {
    let inside = true;
    for (let k = 0; k < ndim; k++) if (idx[k] + lo[k] < 0 || idx[k] + hi[k] >= shape[k]) inside = false;
    if (inside) for (let t = 0; t < m; t++) buf[t] = src[n + flat[t]];
    else {
      for (let t = 0; t < m; t++) {
        const o = fp.offsets[t];
        let off = 0;
        let outside = false;
        for (let k = 0; k < ndim; k++) {
          const j = extendIndex(idx[k] + o[k], shape[k], mode);
          if (j < 0) {
            outside = true;
            break;
          }
          off += j * strides[k];
        }
        buf[t] = outside ? cval : src[off];
      }
    }
    if (isMin) {
      let v = buf[0];
      for (let t = 1; t < m; t++) if (buf[t] < v) v = buf[t];
      out[n] = v;
    } else if (isMax) {
      let v = buf[0];
      for (let t = 1; t < m; t++) if (buf[t] > v) v = buf[t];
      out[n] = v;
    } else out[n] = select(buf, m, rank);
    for (let k = ndim - 1; k >= 0; k--) {
      if (++idx[k] < shape[k]) break;
      idx[k] = 0;
    }
  }
  return out;
}

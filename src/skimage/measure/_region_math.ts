/** Small computations behind RegionProperties: counts, moment arrays and their indices, means. */
import { NDArray } from "../../np/ndarray";
import { float64 } from "../../np/dtype";
import { pairwiseSum } from "../_internal/correlate";
import { readFloat64 } from "../_internal/arrays";
import { find_contours } from "./find_contours";
import { huMoments } from "./moments";

/** The number of set flags. */
export function countSet(m: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < m.length; i++) n += m[i];
  return n;
}

/** A mask as float64 values (0/1). */
export function maskValues(mask: NDArray): Float64Array {
  return Float64Array.from(mask.data as Uint8Array);
}

/** Moments (4 per axis) as an NDArray. */
export function momentsArray(values: Float64Array, ndim: number): NDArray {
  return NDArray.fromStorage(values, new Array(ndim).fill(4), float64);
}

/** Flat index of the moment with order 1 along axis a and 0 elsewhere, in a (4,)*ndim array. */
export function unitIndex(a: number, ndim: number): number {
  let idx = 0;
  for (let b = 0; b < ndim; b++) idx = idx * 4 + (a === b ? 1 : 0);
  return idx;
}

/** NumPy's mean: pairwise sum over the count. */
export function pairwiseMean(v: Float64Array): number {
  return pairwiseSum(v, 0, v.length) / v.length;
}

/** The longest distance between points of a 2-D mask's contour (padded by 2, level 0.5, fully connected 'high'). */
export function feretDiameter(hull: NDArray): number {
  const [h, w] = hull.shape;
  const padded = new Float64Array((h + 4) * (w + 4));
  const hv = hull.data as Uint8Array;
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) padded[(r + 2) * (w + 4) + c + 2] = hv[r * w + c];
  const pts: number[] = [];
  for (const cont of find_contours(NDArray.fromStorage(padded, [h + 4, w + 4], float64), 0.5, { fully_connected: "high" })) pts.push(...readFloat64(cont));
  let best = 0;
  for (let i = 0; i < pts.length; i += 2) {
    for (let j = i + 2; j < pts.length; j += 2) {
      const d = (pts[i] - pts[j]) ** 2 + (pts[i + 1] - pts[j + 1]) ** 2;
      if (d > best) best = d;
    }
  }
  return Math.sqrt(best);
}

/** Hu's invariants of each channel of normalized moments (4, 4, channels): a (7, channels) array. */
export function huPerChannel(nu: NDArray): NDArray {
  const ch = nu.shape[nu.ndim - 1];
  const v = readFloat64(nu);
  const out = new Float64Array(7 * ch);
  for (let c = 0; c < ch; c++) {
    const hu = huMoments(Float64Array.from({ length: 16 }, (_, i) => v[i * ch + c]), 4);
    for (let k = 0; k < 7; k++) out[k * ch + c] = hu[k];
  }
  return NDArray.fromStorage(out, [7, ch], float64);
}

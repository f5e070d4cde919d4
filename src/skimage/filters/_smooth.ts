/**
 * scikit-image's private `_shared.filters.gaussian` on already-float values: scipy's Gaussian
 * filter with a sigma per axis (0 on a channel axis), float32 results rounded to float32.
 */
import { NdMode } from "../_internal/boundary";
import { gaussianFilter } from "../_internal/correlate";

/** Sigmas per axis: one value for every spatial axis, 0 inserted at the channel axis. */
export function sigmasFor(sigma: number | readonly number[], ndim: number, channelAxis: number | null): number[] {
  const spatial = channelAxis === null ? ndim : ndim - 1;
  let s = typeof sigma === "number" ? new Array<number>(spatial).fill(sigma) : sigma.slice();
  if (s.length === 1 && spatial !== 1) s = new Array<number>(spatial).fill(s[0]);
  if (channelAxis !== null && s.length === ndim - 1) s.splice(((channelAxis % ndim) + ndim) % ndim, 0, 0);
  return s;
}

/** Gaussian smoothing of float values (rounded to float32 when `single`). */
export function smooth(values: Float64Array, shape: readonly number[], sigmas: readonly number[], mode: NdMode, cval: number, truncate: number, single: boolean): Float64Array {
  // float32 images: scipy stores each axis' pass in the float32 output before the next
  const store = single ? (v: Float64Array) => { for (let i = 0; i < v.length; i++) v[i] = Math.fround(v[i]); } : undefined;
  return gaussianFilter(values, shape, sigmas.slice(), mode, cval, truncate, store);
}

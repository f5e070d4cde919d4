/**
 * Pieces the exposure functions share: scikit-image's float type rule, np.interp, and the
 * channel axis moved last (as scikit-image's channel_as_last_axis decorator does).
 */
import { NDArray } from "../../np/ndarray";
import { DType, float32, float64 } from "../../np/dtype";
import { AxisError } from "../../errors";
import { transposeTo } from "../transform/resize";

/** `_supported_float_type`: float32 stays float32, everything else computes in float64. */
export function supportedFloat(dt: DType): DType {
  return dt === float32 ? float32 : float64;
}

/** A valid axis index for `ndim` dimensions (negative counts from the end). */
export function normalizeAxis(axis: number, ndim: number): number {
  const ax = axis < 0 ? axis + ndim : axis;
  if (!Number.isInteger(ax) || ax < 0 || ax >= ndim) {
    throw new AxisError(`axis ${axis} is out of bounds for array of dimension ${ndim}`);
  }
  return ax;
}

/** The image with `axis` moved to the end (a C-ordered copy when it moves). */
export function channelLast(img: NDArray, axis: number): NDArray {
  const ax = normalizeAxis(axis, img.ndim);
  if (ax === img.ndim - 1) return img;
  const perm = [...Array(img.ndim).keys()].filter((k) => k !== ax);
  perm.push(ax);
  return transposeTo(img, perm);
}

/** The inverse of channelLast: the last axis moved back to `axis`. */
export function channelBack(img: NDArray, axis: number): NDArray {
  const ax = normalizeAxis(axis, img.ndim);
  if (ax === img.ndim - 1) return img;
  const perm: number[] = [];
  for (let k = 0; k < img.ndim; k++) perm.push(k < ax ? k : k === ax ? img.ndim - 1 : k - 1);
  return transposeTo(img, perm);
}

/**
 * np.interp(x, xp, fp) for increasing xp, into `out`: the compiled loop's rules (exact fp[j]
 * on a sample point, the end values outside, NaN slopes retried from the right end).
 */
export function interpInto(x: ArrayLike<number>, xp: ArrayLike<number>, fp: ArrayLike<number>, out: Float64Array): void {
  const n = xp.length;
  const left = fp[0];
  const right = fp[n - 1];
  const slopes = new Float64Array(Math.max(n - 1, 0));
  for (let j = 0; j < n - 1; j++) slopes[j] = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
  let j = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== v) {
      out[i] = v;
      continue;
    }
    if (v < xp[0]) {
      out[i] = left;
      continue;
    }
    if (v > xp[n - 1]) {
      out[i] = right;
      continue;
    }
    // last index with xp[j] <= v, starting from the previous one (images are locally smooth)
    if (!(xp[j] <= v && (j === n - 1 || v < xp[j + 1]))) {
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (xp[mid] <= v) lo = mid;
        else hi = mid - 1;
      }
      j = lo;
    }
    if (j === n - 1) out[i] = right;
    else if (xp[j] === v) out[i] = fp[j];
    else {
      let r = slopes[j] * (v - xp[j]) + fp[j];
      if (r !== r) {
        r = slopes[j] * (v - xp[j + 1]) + fp[j + 1];
        if (r !== r && fp[j] === fp[j + 1]) r = fp[j];
      }
      out[i] = r;
    }
  }
}

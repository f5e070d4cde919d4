/**
 * `skimage.metrics` error measures (0.19): mean_squared_error, normalized_root_mse and
 * peak_signal_noise_ratio, computed in float64 (float32 differences for two float32 images).
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, valueRange, warn } from "../_internal/arrays";
import { dtype_limits } from "../util/dtype";
import { pairwiseSum } from "../_internal/correlate";
import { keepFloat64, roundingFor } from "../_internal/rounding";
import { pairwiseSumOf } from "../_internal/pairwise";
import { squaresSimd } from "../_internal/simd_squares";

/** Raises unless both images have the same shape (`check_shape_equality`). */
export function checkShapeEquality(a: NDArray, b: NDArray): void {
  if (a.ndim !== b.ndim || a.shape.some((d, k) => d !== b.shape[k])) {
    throw new ValueError("Input images must have the same dimensions.");
  }
}

/** Both images' values in their common float type, and that type's rounding. */
function asFloats(a: NDArray, b: NDArray): { x: ArrayLike<number>; y: ArrayLike<number>; round: (v: number) => number } {
  const single = a.dtype.name === "float32" && b.dtype.name === "float32";
  return { x: contiguousStorage(a), y: contiguousStorage(b), round: roundingFor(single) };
}

function mse(a: NDArray, b: NDArray): number {
  const { x, y, round } = asFloats(a, b);
  if (round === keepFloat64 && x instanceof Float64Array && y instanceof Float64Array) {
    return pairwiseSumOf(x.length, (start, n, out) => {
      if (squaresSimd(x, y, start, n, out)) return;
      for (let i = 0; i < n; i++) {
        const d = x[start + i] - y[start + i];
        out[i] = d * d;
      }
    }) / x.length;
  }
  const sq = new Float64Array(x.length);
  for (let i = 0; i < sq.length; i++) {
    const d = round(x[i] - y[i]);
    sq[i] = round(d * d);
  }
  return pairwiseSum(sq, 0, sq.length) / sq.length;
}

const MSE = signature("skimage.metrics.mean_squared_error(image0, image1)", {
  types: { image0: "array_like", image1: "array_like" },
});

/** `skimage.metrics.mean_squared_error(image0, image1)`: the mean of the squared differences. */
export function mean_squared_error(image0: NDArrayLike, image1: NDArrayLike): number;
export function mean_squared_error(...args: unknown[]): number {
  const { image0, image1 } = MSE.bind(args);
  const a = asNDArray(image0 as NDArrayLike, "image0");
  const b = asNDArray(image1 as NDArrayLike, "image1");
  checkShapeEquality(a, b);
  return mse(a, b);
}
pyfunction(MSE, mean_squared_error);

const NRMSE = signature("skimage.metrics.normalized_root_mse(image_true, image_test, *, normalization='euclidean')", {
  types: { image_true: "array_like", image_test: "array_like", normalization: "str" },
});

/**
 * `skimage.metrics.normalized_root_mse(image_true, image_test, *, normalization='euclidean')`:
 * sqrt(MSE) divided by the root mean square of image_true ('euclidean'), its range
 * ('min-max') or its mean ('mean').
 */
export function normalized_root_mse(image_true: NDArrayLike, image_test: NDArrayLike, options?: { normalization?: "euclidean" | "min-max" | "mean" }): number;
export function normalized_root_mse(...args: unknown[]): number {
  const { image_true, image_test, normalization } = NRMSE.bind(args);
  const a = asNDArray(image_true as NDArrayLike, "image_true");
  const b = asNDArray(image_test as NDArrayLike, "image_test");
  checkShapeEquality(a, b);
  const { x, round } = asFloats(a, b);
  let denom: number;
  const norm = String(normalization).toLowerCase();
  if (norm === "euclidean") {
    const sumSq = pairwiseSumOf(x.length, (start, n, out) => {
      if (round === keepFloat64 && x instanceof Float64Array && squaresSimd(x, null, start, n, out)) return;
      for (let i = 0; i < n; i++) out[i] = round(x[start + i] * x[start + i]);
    });
    denom = Math.sqrt(sumSq / x.length);
  } else if (norm === "min-max") {
    const [lo, hi] = valueRange(x);
    denom = round(hi - lo);
  } else if (norm === "mean") {
    const sum = x instanceof Float64Array ? pairwiseSum(x, 0, x.length) : pairwiseSumOf(x.length, (start, n, out) => {
      for (let i = 0; i < n; i++) out[i] = x[start + i];
    });
    denom = round(sum / x.length);
  } else throw new ValueError("Unsupported norm_type");
  return Math.sqrt(mse(a, b)) / denom;
}
pyfunction(NRMSE, normalized_root_mse);

const PSNR = signature("skimage.metrics.peak_signal_noise_ratio(image_true, image_test, *, data_range=None)", {
  types: { image_true: "array_like", image_test: "array_like", data_range: "float|None" },
});

/**
 * `skimage.metrics.peak_signal_noise_ratio(image_true, image_test, *, data_range=None)`:
 * 10 log10(data_range**2 / MSE) in dB. `data_range` defaults to the dtype's maximum (or its
 * full range when image_true has negative values); values outside the dtype's range need it.
 */
export function peak_signal_noise_ratio(image_true: NDArrayLike, image_test: NDArrayLike, options?: { data_range?: number | null }): number;
export function peak_signal_noise_ratio(...args: unknown[]): number {
  const bound = PSNR.bind(args);
  const a = asNDArray(bound.image_true as NDArrayLike, "image_true");
  const b = asNDArray(bound.image_test as NDArrayLike, "image_test");
  checkShapeEquality(a, b);
  let range: number | null = bound.data_range;
  if (range === null) {
    if (a.dtype !== b.dtype) warn("Inputs have mismatched dtype.  Setting data_range based on image_true.");
    const [dmin, dmax] = dtype_limits(a);
    const [tmin, tmax] = valueRange(contiguousStorage(a));
    if (tmax > dmax || tmin < dmin) {
      throw new ValueError("image_true has intensity values outside the range expected for its data type. Please manually specify the data_range.");
    }
    range = tmin >= 0 ? dmax : dmax - dmin;
  }
  return 10 * Math.log10((range * range) / mse(a, b));
}
pyfunction(PSNR, peak_signal_noise_ratio);

/**
 * `skimage.exposure.adjust_gamma`, `adjust_log` and `adjust_sigmoid` (0.19): pixelwise
 * intensity curves on the image scaled to [0, 1] by its dtype's range, cast back to its dtype.
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64, uint8 } from "../../np/dtype";
import { uninitStorage } from "../../np/alloc";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { dtype_limits } from "../util/dtype";
import { castValues } from "./rescale";
import { roundingFor } from "../_internal/rounding";
import { expArray } from "../_internal/bulk_math";
import { npExp } from "../../np/ufuncs/exact/exp";
import { mapOnByteLevels } from "./_byte_levels";

function negativeError(): ValueError {
  return new ValueError("Image Correction methods work correctly only on images with non-negative values. Use skimage.exposure.rescale_intensity.");
}

function assertNonNegative(values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) if (values[i] < 0) throw negativeError();
}

/** `curve` refusing negative values: the check of the pixels mapOnByteLevels does not find on a level. */
function nonNegative(curve: (x: number) => number): (x: number) => number {
  return (x) => {
    if (x < 0) throw negativeError();
    return curve(x);
  };
}

/** dtype_limits(image, clip_negative=True) span: 1 for floats, the maximum for integers. */
function scaleOf(img: NDArray): number {
  const [lo, hi] = dtype_limits(img, { clip_negative: true });
  return hi - lo;
}

const GAMMA = signature("skimage.exposure.adjust_gamma(image, gamma=1, gain=1)", {
  types: { image: "array_like", gamma: "float", gain: "float" },
});

/** Keyword arguments of exposure.adjust_gamma. */
export interface AdjustGammaOptions {
  gamma?: number;
  gain?: number;
}

/**
 * `skimage.exposure.adjust_gamma(image, gamma=1, gain=1)`: O = gain * I**gamma on the image
 * scaled to [0, 1]; uint8 images go through scikit-image's 256-entry lookup table (values
 * truncated, capped at 255). Same dtype out.
 */
export function adjust_gamma(image: NDArrayLike, ...rest: PyArgs<[gamma: number, gain: number, options: AdjustGammaOptions], AdjustGammaOptions>): NDArray;
export function adjust_gamma(...args: unknown[]): NDArray {
  const { image, gamma, gain } = GAMMA.bind(args);
  if (gamma < 0) throw new ValueError("Gamma should be a non-negative real number.");
  const img = asNDArray(image as NDArrayLike);
  const values = contiguousStorage(img);
  if (img.dtype === uint8) {
    const lut = new Uint8Array(256);
    const g = 255 * gain;
    for (let k = 0; k < 256; k++) {
      const x = k === 255 ? 1 : k * (1 / 255);
      lut[k] = Math.trunc(Math.min(g * x ** gamma, 255));
    }
    const out = new Uint8Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = lut[values[i]];
    return NDArray.fromStorage(out, img.shape.slice(), uint8);
  }
  if (img.dtype === float64) return NDArray.fromStorage(gammaFloat64(values as Float64Array, gamma, gain), img.shape.slice(), float64);
  assertNonNegative(values);
  const scale = scaleOf(img);
  const f = roundingFor(img.dtype === float32);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = f(f(f(f(values[i] / scale) ** gamma) * scale) * gain);
  return castValues(out, img.shape, img.dtype);
}

/**
 * gain * x**gamma of float64 pixels (scale 1) in one pass; the exponents NumPy computes without
 * pow (x**2 is np.square, x**0.5 np.sqrt, x**1 a copy, x**0 ones) take the same shortcut.
 */
function gammaFloat64(values: Float64Array, gamma: number, gain: number): Float64Array {
  const n = values.length;
  const out = uninitStorage(Float64Array, n) as Float64Array;
  let negative = false;
  if (gamma === 2) {
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v < 0) negative = true;
      out[i] = v * v * gain;
    }
  } else {
    assertNonNegative(values);
    if (gamma === 0.5) for (let i = 0; i < n; i++) out[i] = Math.sqrt(values[i]) * gain;
    else if (gamma === 1) for (let i = 0; i < n; i++) out[i] = values[i] * gain;
    else if (gamma === 0) out.fill(gain);
    else for (let i = 0; i < n; i++) out[i] = values[i] ** gamma * gain;
  }
  if (negative) assertNonNegative(values);
  return out;
}
pyfunction(GAMMA, adjust_gamma);

const LOG = signature("skimage.exposure.adjust_log(image, gain=1, inv=False)", {
  types: { image: "array_like", gain: "float", inv: "bool" },
});

/** Keyword arguments of exposure.adjust_log. */
export interface AdjustLogOptions {
  gain?: number;
  inv?: boolean;
}

/**
 * `skimage.exposure.adjust_log(image, gain=1, inv=False)`: O = gain * log2(1 + I) on the image
 * scaled to [0, 1], or gain * (2**I - 1) with `inv`. Same dtype out (integers truncated).
 */
export function adjust_log(image: NDArrayLike, ...rest: PyArgs<[gain: number, inv: boolean, options: AdjustLogOptions], AdjustLogOptions>): NDArray;
export function adjust_log(...args: unknown[]): NDArray {
  const { image, gain, inv } = LOG.bind(args);
  const img = asNDArray(image as NDArrayLike);
  const values = contiguousStorage(img);
  if (img.dtype === float64) {
    const out = uninitStorage(Float64Array, values.length) as Float64Array;
    const curve = inv ? (x: number) => (2 ** x - 1) * gain : (x: number) => Math.log2(1 + x) * gain;
    if (mapOnByteLevels(values as Float64Array, out, nonNegative(curve))) return NDArray.fromStorage(out, img.shape.slice(), float64);
    assertNonNegative(values);
    if (inv) for (let i = 0; i < values.length; i++) out[i] = (2 ** (values[i] as number) - 1) * gain;
    else for (let i = 0; i < values.length; i++) out[i] = Math.log2(1 + values[i]) * gain;
    return NDArray.fromStorage(out, img.shape.slice(), float64);
  }
  assertNonNegative(values);
  const scale = scaleOf(img);
  const f = roundingFor(img.dtype === float32);
  const out = new Float64Array(values.length);
  if (inv) for (let i = 0; i < values.length; i++) out[i] = f(f(f(f(2 ** f(values[i] / scale)) - 1) * scale) * gain);
  else for (let i = 0; i < values.length; i++) out[i] = f(f(f(Math.log2(f(1 + f(values[i] / scale)))) * scale) * gain);
  return castValues(out, img.shape, img.dtype);
}
pyfunction(LOG, adjust_log);

const SIGMOID = signature("skimage.exposure.adjust_sigmoid(image, cutoff=0.5, gain=10, inv=False)", {
  types: { image: "array_like", cutoff: "float", gain: "float", inv: "bool" },
});

/** Keyword arguments of exposure.adjust_sigmoid. */
export interface AdjustSigmoidOptions {
  cutoff?: number;
  gain?: number;
  inv?: boolean;
}

/**
 * `skimage.exposure.adjust_sigmoid(image, cutoff=0.5, gain=10, inv=False)`: O = 1 / (1 +
 * exp(gain * (cutoff - I))) on the image scaled to [0, 1] (1 minus that with `inv`), scaled
 * back. Same dtype out (integers truncated).
 */
export function adjust_sigmoid(
  image: NDArrayLike,
  ...rest: PyArgs<[cutoff: number, gain: number, inv: boolean, options: AdjustSigmoidOptions], AdjustSigmoidOptions>
): NDArray;
export function adjust_sigmoid(...args: unknown[]): NDArray {
  const { image, cutoff, gain, inv } = SIGMOID.bind(args);
  const img = asNDArray(image as NDArrayLike);
  const values = contiguousStorage(img);
  const scale = scaleOf(img);
  const f = roundingFor(img.dtype === float32);
  const single = img.dtype === float32;
  if (values instanceof Float64Array) {
    // NumPy's exp per value, for images of few distinct values
    const out = uninitStorage(Float64Array, values.length) as Float64Array;
    const curve = inv ? (x: number) => (1 - 1 / (1 + npExp(gain * (cutoff - x / scale)))) * scale : (x: number) => (1 / (1 + npExp(gain * (cutoff - x / scale)))) * scale;
    if (mapOnByteLevels(values, out, nonNegative(curve))) return castValues(out, img.shape, img.dtype);
  }
  assertNonNegative(values);
  if (!single) {
    // NumPy's exp over the whole array, the curve written over its result
    const t = uninitStorage(Float64Array, values.length) as Float64Array;
    for (let i = 0; i < values.length; i++) t[i] = gain * (cutoff - values[i] / scale);
    const e = expArray(t);
    if (inv) for (let i = 0; i < e.length; i++) e[i] = (1 - 1 / (1 + e[i])) * scale;
    else for (let i = 0; i < e.length; i++) e[i] = (1 / (1 + e[i])) * scale;
    return castValues(e, img.shape, img.dtype);
  }
  const t = new Float64Array(values.length);
  const out = new Float64Array(values.length);
  {
    for (let i = 0; i < values.length; i++) t[i] = f(gain * f(cutoff - f(values[i] / scale)));
    for (let i = 0; i < values.length; i++) {
      const s = f(1 / f(1 + Math.fround(Math.exp(t[i]))));
      out[i] = f((inv ? f(1 - s) : s) * scale);
    }
  }
  return castValues(out, img.shape, img.dtype);
}
pyfunction(SIGMOID, adjust_sigmoid);

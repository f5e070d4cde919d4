/**
 * `scipy.ndimage`'s one-axis filters (gaussian_filter1d, uniform_filter1d, minimum_filter1d,
 * maximum_filter1d, correlate1d, convolve1d) and the derivative filters built from them
 * (prewitt, gaussian_laplace, gaussian_gradient_magnitude), SciPy 1.10.
 */
import { NDArray } from "../../np/ndarray";
import { AxisError, RuntimeError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { correlate1d as correlateAxis, filterMode, gaussianFilter, gaussianKernel } from "../../skimage/_internal/correlate";
import { LineFilter, filterLines, maximumLine, minimumLine, uniformLine } from "./_lines";
import { boxExtreme, narrowStorage } from "./_native_extreme";
import { MODE, Mode, NDArrayLike, OUTPUT, Output, SCALAR_OR_SEQ, checkOrigin, deliver, inputArray, modeOf, modesOf, outputDType, perAxis, roundTripInPlace, valuesOf } from "./_support";

const AXIS_TYPES = { input: "array_like", axis: "int", output: OUTPUT, mode: MODE, cval: "float", origin: "int" } as const;
const GAUSSIAN_FILTER1D = signature("scipy.ndimage.gaussian_filter1d(input, sigma, axis=-1, order=0, output=None, mode='reflect', cval=0.0, truncate=4.0, *, radius=None)", {
  types: { input: "array_like", sigma: "float", axis: "int", order: "int", output: OUTPUT, mode: "str", cval: "float", truncate: "float", radius: "int|None" },
});
const UNIFORM_FILTER1D = signature("scipy.ndimage.uniform_filter1d(input, size, axis=-1, output=None, mode='reflect', cval=0.0, origin=0)", { types: { ...AXIS_TYPES, size: "int", mode: "str" } });
const MINIMUM_FILTER1D = signature("scipy.ndimage.minimum_filter1d(input, size, axis=-1, output=None, mode='reflect', cval=0.0, origin=0)", { types: { ...AXIS_TYPES, size: "int", mode: "str" } });
const MAXIMUM_FILTER1D = signature("scipy.ndimage.maximum_filter1d(input, size, axis=-1, output=None, mode='reflect', cval=0.0, origin=0)", { types: { ...AXIS_TYPES, size: "int", mode: "str" } });
const CORRELATE1D = signature("scipy.ndimage.correlate1d(input, weights, axis=-1, output=None, mode='reflect', cval=0.0, origin=0)", { types: { ...AXIS_TYPES, weights: "array_like", mode: "str" } });
const CONVOLVE1D = signature("scipy.ndimage.convolve1d(input, weights, axis=-1, output=None, mode='reflect', cval=0.0, origin=0)", { types: { ...AXIS_TYPES, weights: "array_like", mode: "str" } });
const PREWITT = signature("scipy.ndimage.prewitt(input, axis=-1, output=None, mode='reflect', cval=0.0)", { types: { input: "array_like", axis: "int", output: OUTPUT, mode: MODE, cval: "float" } });
// scipy passes **kwargs on to gaussian_filter: its keyword parameters are declared here by name
const GAUSSIAN_LAPLACE = signature("scipy.ndimage.gaussian_laplace(input, sigma, output=None, mode='reflect', cval=0.0, *, truncate=4.0, radius=None)", {
  types: { input: "array_like", sigma: SCALAR_OR_SEQ, output: OUTPUT, mode: MODE, cval: "float", truncate: "float" },
});
const GAUSSIAN_GRADIENT_MAGNITUDE = signature("scipy.ndimage.gaussian_gradient_magnitude(input, sigma, output=None, mode='reflect', cval=0.0, *, truncate=4.0, radius=None)", {
  types: { input: "array_like", sigma: SCALAR_OR_SEQ, output: OUTPUT, mode: MODE, cval: "float", truncate: "float" },
});

/** Keyword arguments of the one-axis filters. */
export interface Filter1dOptions {
  axis?: number;
  output?: Output;
  mode?: Mode;
  cval?: number;
  origin?: number;
}

function axisOf(axis: number, ndim: number): number {
  if (axis < -ndim || axis >= ndim) throw new AxisError(`axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}

/** One line filter along one axis, the result in the output dtype. */
function alongAxis(b: Record<string, any>, size: number, line: LineFilter, weights?: Float64Array): NDArray {
  const img = inputArray(b.input);
  const axis = axisOf(b.axis, img.ndim);
  if (size < 1) throw new RuntimeError("incorrect filter size");
  checkOrigin(b.origin, size, "size");
  if (weights !== undefined && b.origin === 0) {
    // centred weights: the row-sweeping correlation gaussian_filter runs (same sums, same order)
    return deliver(correlateAxis(valuesOf(img), img.shape, axis, weights, filterMode(modeOf(b.mode)), b.cval), img.shape, b.output, img);
  }
  const out = filterLines(valuesOf(img), img.shape, axis, size, b.origin, filterMode(modeOf(b.mode)), b.cval, line);
  return deliver(out, img.shape, b.output, img);
}

/** The running minimum / maximum along one axis; integer images keeping their dtype stay in their own storage. */
function extremeAlongAxis(b: Record<string, any>, max: boolean): NDArray {
  const img = inputArray(b.input);
  const narrow = outputDType(b.output, img) === img.dtype ? narrowStorage(img, b.cval) : null;
  if (narrow === null) return alongAxis(b, b.size, max ? maximumLine() : minimumLine());
  const axis = axisOf(b.axis, img.ndim);
  if (b.size < 1) throw new RuntimeError("incorrect filter size");
  checkOrigin(b.origin, b.size, "size");
  const sizes = img.shape.map((_, k) => (k === axis ? b.size : 1));
  const origins = img.shape.map((_, k) => (k === axis ? b.origin : 0));
  const modes = img.shape.map(() => filterMode(modeOf(b.mode)));
  return deliver(boxExtreme(narrow, img.shape, sizes, origins, modes, b.cval, max), img.shape, b.output, img);
}

/** scipy's NI_Correlate1D on an extended line: symmetric and antisymmetric kernels pair their taps. */
function correlateLine(w: Float64Array): LineFilter {
  const size1 = w.length >> 1;
  const size2 = w.length - size1 - 1;
  let kind = 0;
  if (w.length & 1) {
    kind = 1;
    for (let j = 1; j <= size1; j++) if (Math.abs(w[size1 + j] - w[size1 - j]) > Number.EPSILON) kind = 0;
    if (kind === 0) {
      kind = -1;
      for (let j = 1; j <= size1; j++) if (Math.abs(w[size1 + j] + w[size1 - j]) > Number.EPSILON) kind = 0;
    }
  }
  return (ext, n, _size, out) => {
    for (let k = 0; k < n; k++) {
      const c = k + size1;
      if (kind !== 0) {
        let acc = ext[c] * w[size1];
        for (let j = -size1; j < 0; j++) acc += (kind > 0 ? ext[c + j] + ext[c - j] : ext[c + j] - ext[c - j]) * w[size1 + j];
        out[k] = acc;
      } else {
        let acc = ext[c + size2] * w[size1 + size2];
        for (let j = -size1; j < size2; j++) acc += ext[c + j] * w[size1 + j];
        out[k] = acc;
      }
    }
  };
}

/**
 * `scipy.ndimage.gaussian_filter1d(input, sigma, axis=-1, order=0, output=None, mode='reflect',
 * cval=0.0, truncate=4.0, *, radius=None)`: the Gaussian (or its order-th derivative) along one axis.
 */
export function gaussian_filter1d(input: NDArrayLike, sigma: number, ...rest: PyArgs<[axis: number, order: number, output: Output, mode: Mode, cval: number, truncate: number, options: Filter1dOptions & { order?: number; truncate?: number; radius?: number | null }], Filter1dOptions & { order?: number; truncate?: number; radius?: number | null }>): NDArray;
export function gaussian_filter1d(...args: unknown[]): NDArray {
  const b = GAUSSIAN_FILTER1D.bind(args);
  const img = inputArray(b.input);
  const axis = axisOf(b.axis, img.ndim);
  if (b.order < 0) throw new ValueError("order must be non-negative");
  const radius = b.radius ?? Math.trunc(b.truncate * b.sigma + 0.5);
  if (radius < 0) throw new ValueError("Radius must be a nonnegative integer.");
  const out = correlateAxis(valuesOf(img), img.shape, axis, gaussianKernel(b.sigma, b.truncate, b.order, radius), filterMode(modeOf(b.mode)), b.cval);
  return deliver(out, img.shape, b.output, img);
}
pyfunction(GAUSSIAN_FILTER1D, gaussian_filter1d);

/** `scipy.ndimage.uniform_filter1d(input, size, axis=-1, output=None, mode='reflect', cval=0.0, origin=0)`: the running mean along one axis. */
export function uniform_filter1d(input: NDArrayLike, size: number, ...rest: PyArgs<[axis: number, output: Output, mode: Mode, cval: number, origin: number, options: Filter1dOptions], Filter1dOptions>): NDArray;
export function uniform_filter1d(...args: unknown[]): NDArray {
  const b = UNIFORM_FILTER1D.bind(args);
  return alongAxis(b, b.size, uniformLine);
}
pyfunction(UNIFORM_FILTER1D, uniform_filter1d);

/** `scipy.ndimage.minimum_filter1d(input, size, axis=-1, output=None, mode='reflect', cval=0.0, origin=0)`: the running minimum along one axis. */
export function minimum_filter1d(input: NDArrayLike, size: number, ...rest: PyArgs<[axis: number, output: Output, mode: Mode, cval: number, origin: number, options: Filter1dOptions], Filter1dOptions>): NDArray;
export function minimum_filter1d(...args: unknown[]): NDArray {
  return extremeAlongAxis(MINIMUM_FILTER1D.bind(args), false);
}
pyfunction(MINIMUM_FILTER1D, minimum_filter1d);

/** `scipy.ndimage.maximum_filter1d(input, size, axis=-1, output=None, mode='reflect', cval=0.0, origin=0)`: the running maximum along one axis. */
export function maximum_filter1d(input: NDArrayLike, size: number, ...rest: PyArgs<[axis: number, output: Output, mode: Mode, cval: number, origin: number, options: Filter1dOptions], Filter1dOptions>): NDArray;
export function maximum_filter1d(...args: unknown[]): NDArray {
  return extremeAlongAxis(MAXIMUM_FILTER1D.bind(args), true);
}
pyfunction(MAXIMUM_FILTER1D, maximum_filter1d);

/**
 * `scipy.ndimage.correlate1d(input, weights, axis=-1, output=None, mode='reflect', cval=0.0,
 * origin=0)`: correlation with 1-D weights along one axis.
 */
export function correlate1d(input: NDArrayLike, weights: NDArrayLike, ...rest: PyArgs<[axis: number, output: Output, mode: Mode, cval: number, origin: number, options: Filter1dOptions], Filter1dOptions>): NDArray;
export function correlate1d(...args: unknown[]): NDArray {
  const b = CORRELATE1D.bind(args);
  const w = inputArray(b.weights, "weights");
  if (w.ndim !== 1 || w.size < 1) throw new RuntimeError("no filter weights given");
  const weights = valuesOf(w).slice();
  return alongAxis(b, weights.length, correlateLine(weights), weights);
}
pyfunction(CORRELATE1D, correlate1d);

/**
 * `scipy.ndimage.convolve1d(input, weights, axis=-1, output=None, mode='reflect', cval=0.0,
 * origin=0)`: convolution with 1-D weights along one axis (the weights reversed, origin mirrored).
 */
export function convolve1d(input: NDArrayLike, weights: NDArrayLike, ...rest: PyArgs<[axis: number, output: Output, mode: Mode, cval: number, origin: number, options: Filter1dOptions], Filter1dOptions>): NDArray;
export function convolve1d(...args: unknown[]): NDArray {
  const b = CONVOLVE1D.bind(args);
  const w = inputArray(b.weights, "weights");
  if (w.ndim !== 1 || w.size < 1) throw new RuntimeError("no filter weights given");
  const weights = valuesOf(w).slice().reverse();
  const origin = -b.origin - (weights.length & 1 ? 0 : 1);
  return alongAxis({ ...b, origin }, weights.length, correlateLine(weights), weights);
}
pyfunction(CONVOLVE1D, convolve1d);

/** Keyword arguments of prewitt. */
export interface PrewittOptions {
  axis?: number;
  output?: Output;
  mode?: Mode | readonly Mode[];
  cval?: number;
}

/**
 * `scipy.ndimage.prewitt(input, axis=-1, output=None, mode='reflect', cval=0.0)`: [-1, 0, 1]
 * along `axis`, then [1, 1, 1] along each other axis, each pass stored in the output dtype.
 */
export function prewitt(input: NDArrayLike, ...rest: PyArgs<[axis: number, output: Output, mode: Mode | readonly Mode[], cval: number, options: PrewittOptions], PrewittOptions>): NDArray;
export function prewitt(...args: unknown[]): NDArray {
  const { input, axis, output, mode, cval } = PREWITT.bind(args);
  const img = inputArray(input);
  const ax = axisOf(axis, img.ndim);
  const modes = modesOf(mode, img.ndim);
  const dt = outputDType(output, img);
  let cur = correlateAxis(valuesOf(img), img.shape, ax, new Float64Array([-1, 0, 1]), filterMode(modes[ax]), cval);
  roundTripInPlace(cur, dt);
  for (let k = 0; k < img.ndim; k++) {
    if (k === ax) continue;
    cur = correlateAxis(cur, img.shape, k, new Float64Array([1, 1, 1]), filterMode(modes[k]), cval);
    roundTripInPlace(cur, dt);
  }
  return deliver(cur, img.shape, output, img);
}
pyfunction(PREWITT, prewitt);

/** Keyword arguments of gaussian_laplace and gaussian_gradient_magnitude. */
export interface GaussianDerivativeOptions {
  output?: Output;
  mode?: Mode | readonly Mode[];
  cval?: number;
  /** Passed to gaussian_filter. */
  truncate?: number;
  radius?: number | readonly number[] | null;
}

/** gaussian_filter with derivative order `order` along `axis` only, in the output dtype. */
function gaussianDerivative(img: NDArray, sigma: number | number[], axis: number, order: number, mode: Mode, b: Record<string, any>, dt: ReturnType<typeof outputDType>): Float64Array {
  const rank = img.ndim;
  const sigmas = perAxis<number>(sigma, rank);
  const orders = new Array<number>(rank).fill(0);
  orders[axis] = order;
  const radii = perAxis<number | null>(b.radius, rank);
  const store = dt.kind === "f" && dt.itemsize === 8 ? undefined : (v: Float64Array) => roundTripInPlace(v, dt);
  const out = gaussianFilter(valuesOf(img), img.shape, sigmas, modeOf(mode), b.cval, b.truncate, store, undefined, orders, radii);
  roundTripInPlace(out, dt);
  return out;
}

/**
 * `scipy.ndimage.gaussian_laplace(input, sigma, output=None, mode='reflect', cval=0.0,
 * **kwargs)`: the sum over axes of second Gaussian derivatives (each term in the output dtype).
 */
export function gaussian_laplace(input: NDArrayLike, sigma: number | readonly number[], ...rest: PyArgs<[output: Output, mode: Mode | readonly Mode[], cval: number, options: GaussianDerivativeOptions], GaussianDerivativeOptions>): NDArray;
export function gaussian_laplace(...args: unknown[]): NDArray {
  const b = GAUSSIAN_LAPLACE.bind(args);
  const img = inputArray(b.input);
  const dt = outputDType(b.output, img);
  if (img.ndim === 0) return deliver(valuesOf(img).slice(), img.shape, b.output, img);
  const modes = perAxis<Mode>(b.mode, img.ndim);
  const total = gaussianDerivative(img, b.sigma, 0, 2, modes[0], b, dt);
  for (let k = 1; k < img.ndim; k++) {
    const term = gaussianDerivative(img, b.sigma, k, 2, modes[k], b, dt);
    for (let i = 0; i < total.length; i++) total[i] += term[i];
    roundTripInPlace(total, dt);
  }
  return deliver(total, img.shape, b.output, img);
}
pyfunction(GAUSSIAN_LAPLACE, gaussian_laplace);

/**
 * `scipy.ndimage.gaussian_gradient_magnitude(input, sigma, output=None, mode='reflect',
 * cval=0.0, **kwargs)`: sqrt of the sum of squared first Gaussian derivatives.
 */
export function gaussian_gradient_magnitude(input: NDArrayLike, sigma: number | readonly number[], ...rest: PyArgs<[output: Output, mode: Mode | readonly Mode[], cval: number, options: GaussianDerivativeOptions], GaussianDerivativeOptions>): NDArray;
export function gaussian_gradient_magnitude(...args: unknown[]): NDArray {
  const b = GAUSSIAN_GRADIENT_MAGNITUDE.bind(args);
  const img = inputArray(b.input);
  const dt = outputDType(b.output, img);
  if (img.ndim === 0) return deliver(valuesOf(img).slice(), img.shape, b.output, img);
  const modes = perAxis<Mode>(b.mode, img.ndim);
  const total = gaussianDerivative(img, b.sigma, 0, 1, modes[0], b, dt);
  for (let i = 0; i < total.length; i++) total[i] *= total[i];
  roundTripInPlace(total, dt);
  for (let k = 1; k < img.ndim; k++) {
    const term = gaussianDerivative(img, b.sigma, k, 1, modes[k], b, dt);
    for (let i = 0; i < term.length; i++) term[i] *= term[i];
    roundTripInPlace(term, dt);
    for (let i = 0; i < total.length; i++) total[i] += term[i];
    roundTripInPlace(total, dt);
  }
  for (let i = 0; i < total.length; i++) total[i] = Math.sqrt(total[i]);
  return deliver(total, img.shape, b.output, img);
}
pyfunction(GAUSSIAN_GRADIENT_MAGNITUDE, gaussian_gradient_magnitude);

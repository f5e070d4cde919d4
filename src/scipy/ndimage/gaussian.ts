/** `scipy.ndimage.gaussian_filter` (SciPy 1.10), on the Gaussian kernel skimage.filters.gaussian uses. */
import { NDArray } from "../../np/ndarray";
import { ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { gaussianFilter } from "../../skimage/_internal/correlate";
import { MODE, Mode, NDArrayLike, OUTPUT, Output, SCALAR_OR_SEQ, deliver, inputArray, modesOf, outputDType, perAxis, roundTripInPlace, valuesOf } from "./_support";

const INT_OR_SEQ = check("int or sequence of ints", (v) => Number.isInteger(v) || (Array.isArray(v) && v.every(Number.isInteger)));

const GAUSSIAN_FILTER = signature("scipy.ndimage.gaussian_filter(input, sigma, order=0, output=None, mode='reflect', cval=0.0, truncate=4.0, *, radius=None)", {
  types: { input: "array_like", sigma: SCALAR_OR_SEQ, order: INT_OR_SEQ, output: OUTPUT, mode: MODE, cval: "float", truncate: "float", radius: [INT_OR_SEQ, "None"] },
});

/** Keyword arguments of gaussian_filter. */
export interface GaussianFilterOptions {
  sigma?: number | readonly number[];
  order?: number | readonly number[];
  output?: Output;
  mode?: Mode | readonly Mode[];
  cval?: number;
  truncate?: number;
  radius?: number | readonly number[] | null;
}

/**
 * `scipy.ndimage.gaussian_filter(input, sigma, order=0, output=None, mode='reflect', cval=0.0,
 * truncate=4.0, *, radius=None)`: separable Gaussian smoothing (or derivative, `order` > 0 per
 * axis), kernel radius int(truncate * sigma + 0.5) or `radius`. The result has the input's dtype
 * (integer images are truncated after each axis, as scipy stores each pass in the output).
 */
export function gaussian_filter(input: NDArrayLike, sigma: number | readonly number[], ...rest: PyArgs<[order: number | readonly number[], output: Output, mode: Mode | readonly Mode[], cval: number, truncate: number, options: GaussianFilterOptions], GaussianFilterOptions>): NDArray;
export function gaussian_filter(...args: unknown[]): NDArray {
  const { input, sigma, order, output, mode, cval, truncate, radius } = GAUSSIAN_FILTER.bind(args);
  const img = inputArray(input);
  const rank = img.ndim;
  const sigmas = perAxis<number>(sigma, rank);
  const orders = perAxis<number>(order, rank);
  if (orders.some((o) => o < 0)) throw new ValueError("order must be non-negative");
  const radii = perAxis<number | null>(radius, rank);
  if (radii.some((r) => r !== null && (!Number.isInteger(r) || r < 0))) throw new ValueError("Radius must be a nonnegative integer.");
  const modes = modesOf(mode, rank);
  const dt = outputDType(output, img);
  const store = dt.kind === "f" && dt.itemsize === 8 ? undefined : (v: Float64Array) => roundTripInPlace(v, dt);
  const values = gaussianFilter(valuesOf(img), img.shape, sigmas, modes, cval, truncate, store, undefined, orders, radii);
  return deliver(values, img.shape, output, img);
}
pyfunction(GAUSSIAN_FILTER, gaussian_filter);

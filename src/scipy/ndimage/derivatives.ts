/** `scipy.ndimage.sobel` and `laplace` (SciPy 1.10): 1-D correlations along the axes. */
import { NDArray } from "../../np/ndarray";
import { AxisError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { correlate1d, filterMode } from "../../skimage/_internal/correlate";
import { MODE, Mode, NDArrayLike, OUTPUT, Output, deliver, inputArray, modesOf, outputDType, roundTripInPlace, valuesOf } from "./_support";

const SOBEL = signature("scipy.ndimage.sobel(input, axis=-1, output=None, mode='reflect', cval=0.0)", {
  types: { input: "array_like", axis: "int", output: OUTPUT, mode: MODE, cval: "float" },
});
const LAPLACE = signature("scipy.ndimage.laplace(input, output=None, mode='reflect', cval=0.0)", {
  types: { input: "array_like", output: OUTPUT, mode: MODE, cval: "float" },
});

const EDGE = new Float64Array([-1, 0, 1]);
const SMOOTH = new Float64Array([1, 2, 1]);
const SECOND = new Float64Array([1, -2, 1]);

/** Keyword arguments of sobel. */
export interface SobelOptions {
  axis?: number;
  output?: Output;
  mode?: Mode | readonly Mode[];
  cval?: number;
}

/**
 * `scipy.ndimage.sobel(input, axis=-1, output=None, mode='reflect', cval=0.0)`: [-1, 0, 1]
 * along `axis`, then [1, 2, 1] along each other axis, each pass stored in the output dtype
 * (so uint8 input gives wrapped uint8, as in scipy).
 */
export function sobel(input: NDArrayLike, ...rest: PyArgs<[axis: number, output: Output, mode: Mode | readonly Mode[], cval: number, options: SobelOptions], SobelOptions>): NDArray;
export function sobel(...args: unknown[]): NDArray {
  const { input, axis, output, mode, cval } = SOBEL.bind(args);
  const img = inputArray(input);
  const rank = img.ndim;
  if (axis < -rank || axis >= rank) throw new AxisError(`axis ${axis} is out of bounds for array of dimension ${rank}`);
  const ax = axis < 0 ? axis + rank : axis;
  const modes = modesOf(mode, rank);
  const dt = outputDType(output, img);
  let cur = correlate1d(valuesOf(img), img.shape, ax, EDGE, filterMode(modes[ax]), cval);
  roundTripInPlace(cur, dt);
  for (let k = 0; k < rank; k++) {
    if (k === ax) continue;
    cur = correlate1d(cur, img.shape, k, SMOOTH, filterMode(modes[k]), cval);
    roundTripInPlace(cur, dt);
  }
  return deliver(cur, img.shape, output, img);
}
pyfunction(SOBEL, sobel);

/** Keyword arguments of laplace. */
export interface LaplaceOptions {
  output?: Output;
  mode?: Mode | readonly Mode[];
  cval?: number;
}

/**
 * `scipy.ndimage.laplace(input, output=None, mode='reflect', cval=0.0)`: the sum over axes of
 * [1, -2, 1] correlations, each term in the output dtype before it is added (as scipy does).
 */
export function laplace(input: NDArrayLike, ...rest: PyArgs<[output: Output, mode: Mode | readonly Mode[], cval: number, options: LaplaceOptions], LaplaceOptions>): NDArray;
export function laplace(...args: unknown[]): NDArray {
  const { input, output, mode, cval } = LAPLACE.bind(args);
  const img = inputArray(input);
  const rank = img.ndim;
  const modes = modesOf(mode, rank);
  const dt = outputDType(output, img);
  const src = valuesOf(img);
  if (rank === 0) return deliver(src.slice(), img.shape, output, img);
  const total = correlate1d(src, img.shape, 0, SECOND, filterMode(modes[0]), cval);
  roundTripInPlace(total, dt);
  for (let k = 1; k < rank; k++) {
    const term = correlate1d(src, img.shape, k, SECOND, filterMode(modes[k]), cval);
    roundTripInPlace(term, dt);
    for (let i = 0; i < total.length; i++) total[i] += term[i];
    roundTripInPlace(total, dt);
  }
  return deliver(total, img.shape, output, img);
}
pyfunction(LAPLACE, laplace);

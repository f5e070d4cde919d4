/** `scipy.ndimage.uniform_filter` (SciPy 1.10). */
import { NDArray } from "../../np/ndarray";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { filterMode } from "../../skimage/_internal/correlate";
import { filterLines, uniformLine } from "./_lines";
import { MODE, Mode, NDArrayLike, OUTPUT, Output, checkOrigin, deliver, inputArray, modesOf, outputDType, perAxis, roundTripInPlace, valuesOf } from "./_support";

export const SIZE = check("int or sequence of ints", (v) => Number.isInteger(v) || (Array.isArray(v) && v.every(Number.isInteger)));

const UNIFORM_FILTER = signature("scipy.ndimage.uniform_filter(input, size=3, output=None, mode='reflect', cval=0.0, origin=0)", {
  types: { input: "array_like", size: SIZE, output: OUTPUT, mode: MODE, cval: "float", origin: SIZE },
});

/** Keyword arguments of uniform_filter. */
export interface UniformFilterOptions {
  size?: number | readonly number[];
  output?: Output;
  mode?: Mode | readonly Mode[];
  cval?: number;
  origin?: number | readonly number[];
}

/**
 * `scipy.ndimage.uniform_filter(input, size=3, output=None, mode='reflect', cval=0.0, origin=0)`:
 * the mean over a box of `size` (per axis), separable, with scipy's running sum; the result has
 * the input's dtype (integers truncated after each axis).
 */
export function uniform_filter(input: NDArrayLike, ...rest: PyArgs<[size: number | readonly number[], output: Output, mode: Mode | readonly Mode[], cval: number, origin: number | readonly number[], options: UniformFilterOptions], UniformFilterOptions>): NDArray;
export function uniform_filter(...args: unknown[]): NDArray {
  const { input, size, output, mode, cval, origin } = UNIFORM_FILTER.bind(args);
  const img = inputArray(input);
  const rank = img.ndim;
  const sizes = perAxis<number>(size, rank);
  const origins = perAxis<number>(origin, rank);
  const modes = modesOf(mode, rank);
  const dt = outputDType(output, img);
  let cur = valuesOf(img);
  let copied = false;
  for (let axis = 0; axis < rank; axis++) {
    if (sizes[axis] <= 1) continue;
    checkOrigin(origins[axis], sizes[axis]);
    cur = filterLines(cur, img.shape, axis, sizes[axis], origins[axis], filterMode(modes[axis]), cval, uniformLine);
    copied = true;
    roundTripInPlace(cur, dt);
  }
  return deliver(copied ? cur : cur.slice(), img.shape, output, img);
}
pyfunction(UNIFORM_FILTER, uniform_filter);

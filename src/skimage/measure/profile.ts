/** `skimage.measure.profile_line` (0.19). */
import { NDArray } from "../../np/ndarray";
import { bool, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { map_coordinates } from "../../scipy/ndimage/interpolation";
import { pairwiseSum } from "../_internal/correlate";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";

/** A reduction over each perpendicular line: NumPy's name, a function of its values, or null (keep them all). */
export type ReduceFunc = "mean" | "sum" | "max" | "min" | "median" | ((values: Float64Array) => number) | null;

const POINT = check("a (row, col) pair", (v) => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "number"));
const PROFILE_LINE = signature("skimage.measure.profile_line(image, src, dst, linewidth=1, order=None, mode='reflect', cval=0.0, *, reduce_func=numpy.mean)", {
  types: { image: "array_like", src: POINT, dst: POINT, linewidth: "int", order: "int|None", mode: "str", cval: "float", reduce_func: "str|callable|None" },
  defaults: { reduce_func: "mean" },
});

/** Keyword arguments of profile_line. */
export interface ProfileLineOptions {
  /** Width of the scan, perpendicular to the line (default 1). */
  linewidth?: number;
  /** Spline order (default: 0 for bool images, 1 otherwise). */
  order?: number | null;
  /** scipy.ndimage mode ('constant' and 'wrap' become their grid- forms). */
  mode?: string;
  cval?: number;
  /** How the linewidth samples at each point combine (default 'mean'; null keeps them all). */
  reduce_func?: ReduceFunc;
}

/** np.linspace(start, stop, num) values. */
function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const div = num - 1;
  const delta = stop - start;
  const step = div > 0 ? delta / div : NaN;
  for (let i = 0; i < num; i++) out[i] = (div > 0 ? (step === 0 ? (i / div) * delta : i * step) : i * delta) + start;
  if (num > 1) out[num - 1] = stop;
  return out;
}

/** The (2, length, linewidth) sampling coordinates (scikit-image's _line_profile_coordinates). */
function lineCoordinates(src: number[], dst: number[], linewidth: number): { coords: Float64Array; length: number } {
  const dRow = dst[0] - src[0];
  const dCol = dst[1] - src[1];
  const theta = Math.atan2(dRow, dCol);
  const length = Math.trunc(Math.ceil(Math.hypot(dRow, dCol) + 1));
  const lineCol = linspace(src[1], dst[1], length);
  const lineRow = linspace(src[0], dst[0], length);
  const colWidth = ((linewidth - 1) * Math.sin(-theta)) / 2;
  const rowWidth = ((linewidth - 1) * Math.cos(theta)) / 2;
  const coords = new Float64Array(2 * length * linewidth);
  for (let i = 0; i < length; i++) {
    coords.set(linspace(lineRow[i] - rowWidth, lineRow[i] + rowWidth, linewidth), i * linewidth);
    coords.set(linspace(lineCol[i] - colWidth, lineCol[i] + colWidth, linewidth), length * linewidth + i * linewidth);
  }
  return { coords, length };
}

function reduce(func: Exclude<ReduceFunc, null>, v: Float64Array): number {
  if (typeof func === "function") return func(v.slice());
  switch (func) {
    case "mean":
      return pairwiseSum(v, 0, v.length) / v.length;
    case "sum":
      return pairwiseSum(v, 0, v.length);
    case "max":
      return v.reduce((a, x) => (x > a || Number.isNaN(x) ? x : a), -Infinity);
    case "min":
      return v.reduce((a, x) => (x < a || Number.isNaN(x) ? x : a), Infinity);
    case "median": {
      const s = v.slice().sort();
      const n = s.length;
      return n % 2 ? s[n >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
    default:
      throw new ValueError(`reduce_func must be 'mean', 'sum', 'max', 'min', 'median', a function or None, got '${func}'`);
  }
}

/**
 * `skimage.measure.profile_line(image, src, dst, linewidth=1, order=None, mode='reflect',
 * cval=0.0, *, reduce_func=numpy.mean)`: the image sampled along the line from src to dst
 * (both ends included, one sample per pixel of length), `linewidth` samples across combined by
 * reduce_func. A (length,) float64 array, (length, channels) for an RGB image, or with
 * reduce_func null the (length, linewidth[, channels]) samples in the image's dtype.
 */
export function profile_line(image: NDArrayLike, src: readonly [number, number], dst: readonly [number, number], ...rest: PyArgs<[linewidth: number, order: number | null, mode: string, cval: number, options: ProfileLineOptions], ProfileLineOptions>): NDArray;
export function profile_line(...args: unknown[]): NDArray {
  const { image, src, dst, linewidth, order, mode, cval, reduce_func } = PROFILE_LINE.bind(args);
  const img = asNDArray(image);
  let ord = order;
  if (ord === null) ord = img.dtype === bool ? 0 : 1;
  if (ord < 0 || ord > 5) throw new ValueError("Spline interpolation order has to be in the range 0-5.");
  if (img.dtype === bool && ord !== 0) throw new ValueError("Input image dtype is bool. Interpolation is not defined with bool data type. Please set order to 0 or explicitely cast input image to another data type.");
  const ndMode = mode === "constant" ? "grid-constant" : mode === "wrap" ? "grid-wrap" : mode;
  const { coords, length } = lineCoordinates(src, dst, linewidth);
  const coordArray = NDArray.fromStorage(coords, [2, length, linewidth], float64);
  const planes = img.ndim === 3 ? Array.from({ length: img.shape[2] }, (_, c) => img.get(":", ":", c)) : [img];
  const sampled = planes.map((p) => map_coordinates(p, coordArray, { order: ord, mode: ndMode as never, cval, prefilter: ord > 1 }));
  const ch = planes.length;
  const multi = img.ndim === 3;
  // pixels[i, j, c] with the linewidth axis flipped
  const pick = (i: number, j: number, c: number) => readFloat64(sampled[c])[i * linewidth + (linewidth - 1 - j)];
  if (reduce_func === null) {
    const dt = sampled[0].dtype;
    const out = new dt.storage(length * linewidth * ch);
    for (let i = 0; i < length; i++) for (let j = 0; j < linewidth; j++) for (let c = 0; c < ch; c++) out[(i * linewidth + j) * ch + c] = pick(i, j, c);
    return NDArray.fromStorage(out, multi ? [length, linewidth, ch] : [length, linewidth], dt);
  }
  const out = new Float64Array(length * ch);
  const line = new Float64Array(linewidth);
  for (let i = 0; i < length; i++) {
    for (let c = 0; c < ch; c++) {
      for (let j = 0; j < linewidth; j++) line[j] = pick(i, j, c);
      out[i * ch + c] = reduce(reduce_func, line);
    }
  }
  return NDArray.fromStorage(out, multi ? [length, ch] : [length], float64);
}
pyfunction(PROFILE_LINE, profile_line);

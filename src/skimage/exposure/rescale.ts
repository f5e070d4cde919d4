/** `skimage.exposure.rescale_intensity` (0.19) and the intensity ranges it understands. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { DType, bool, dtype as toDType, float32, float64, int16, int32, int64, int8, uint16, uint32, uint64, uint8 } from "../../np/dtype";
import { astype } from "../../np/cast";
import { uninitStorage } from "../../np/alloc";
import { ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, valueRange, warn } from "../_internal/arrays";
import { supportedFloat } from "./_common";
import { roundingFor } from "../_internal/rounding";

/** scikit-image's DTYPE_RANGE: intensity limits by dtype name. */
const DTYPE_RANGE: Record<string, [number, number]> = {
  bool: [0, 1], bool_: [0, 1], float16: [-1, 1], float32: [-1, 1], float64: [-1, 1], float: [-1, 1],
  int8: [-128, 127], int16: [-32768, 32767], int32: [-2147483648, 2147483647], int64: [-9223372036854775808, 9223372036854775807],
  uint8: [0, 255], uint16: [0, 65535], uint32: [0, 4294967295], uint64: [0, 18446744073709551615],
  uint10: [0, 2 ** 10 - 1], uint12: [0, 2 ** 12 - 1], uint14: [0, 2 ** 14 - 1],
};

const DTYPES: Record<string, DType> = { bool, bool_: bool, float32, float64, float: float64, int8, int16, int32, int64, uint8, uint16, uint32, uint64 };

/** An intensity range: 'image', 'dtype', a dtype (name or object), or an explicit [min, max]. */
export type IntensityRange = "image" | "dtype" | string | DType | readonly [number, number];

const RANGE = check("str, dtype or a (min, max) pair", (v) =>
  typeof v === "string" || v instanceof DType || (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "number")) ||
  (v instanceof NDArray && v.size === 2));

function rangePair(v: unknown): [number, number] {
  if (v instanceof NDArray) {
    const d = contiguousStorage(v);
    return [d[0], d[1]];
  }
  return [Number((v as number[])[0]), Number((v as number[])[1])];
}

/** The [min, max] of `values` including NaN (NaN if any value is NaN, as np.min/np.max). */
function minMax(values: ArrayLike<number>): [number, number] {
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) return [NaN, NaN];
  return valueRange(values);
}

/** `intensity_range(image, range_values, clip_negative)`: a range value as (min, max). */
export function intensityRange(values: ArrayLike<number>, dt: DType, range: IntensityRange, clipNegative: boolean): [number, number] {
  let key: unknown = range;
  if (key === "dtype") key = dt.name;
  if (key instanceof DType) key = key.name;
  if (key === "image") return minMax(values);
  if (typeof key === "string") {
    const r = DTYPE_RANGE[key];
    if (r === undefined) throw new ValueError(`Incorrect value for out_range, should be a valid image data type or a pair of values, got ${key}.`);
    return [clipNegative ? 0 : r[0], r[1]];
  }
  return rangePair(key);
}

/** The output dtype rescale_intensity gives for `out_range`. */
function outputDType(out_range: IntensityRange, dt: DType): DType {
  if (out_range === "dtype" || out_range === "image") return dt;
  if (out_range instanceof DType) return out_range;
  if (typeof out_range === "string") {
    if (DTYPE_RANGE[out_range] === undefined) {
      throw new ValueError(`Incorrect value for out_range, should be a valid image data type or a pair of values, got ${out_range}.`);
    }
    return DTYPES[out_range] ?? (out_range === "float16" ? toDType("float32") : uint16);
  }
  return supportedFloat(dt);
}

/**
 * Values rescaled as rescale_intensity does, in float64 (float32 arithmetic for float32
 * images), before the cast to the output dtype.
 */
export function rescaleValues(values: ArrayLike<number>, dt: DType, in_range: IntensityRange, out_range: IntensityRange): Float64Array {
  if (values instanceof Float64Array && dt === float64 && in_range === "image" && out_range !== "image") {
    const fast = stretchFloat64(values, dt, out_range);
    if (fast !== null) return fast;
  }
  const [imin, imax] = intensityRange(values, dt, in_range, false);
  const [omin, omax] = intensityRange(values, dt, out_range, imin >= 0);
  if ([imin, imax, omin, omax].some((x) => x !== x)) {
    warn("One or more intensity levels are NaN. Rescaling will broadcast NaN to the full image. Provide intensity levels yourself to avoid this. E.g. with np.nanmin(image), np.nanmax(image).");
  }
  const out = new Float64Array(values.length);
  // integer images become float64 in np.clip; float32 images stay float32 (Python floats are weak)
  const single = dt === float32;
  const f = roundingFor(single);
  const lo = f(imin);
  const hi = f(imax);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = v < lo ? lo : v > hi ? hi : v;
  }
  if (imin !== imax) {
    const span = f(imax - imin);
    const ospan = f(omax - omin);
    const o0 = f(omin);
    if (single) for (let i = 0; i < out.length; i++) out[i] = f(f(f(f(out[i] - lo) / span) * ospan) + o0);
    else for (let i = 0; i < out.length; i++) out[i] = ((out[i] - lo) / span) * ospan + o0;
  } else {
    const a = f(omin);
    const b = f(omax);
    for (let i = 0; i < out.length; i++) {
      const v = out[i];
      out[i] = v < a ? a : v > b ? b : v;
    }
  }
  return out;
}

/**
 * rescaleValues of a float64 image from its own range in one pass after the range's: null
 * (the general path then) for an empty or constant image or one with NaN.
 */
function stretchFloat64(values: Float64Array, dt: DType, out_range: IntensityRange): Float64Array | null {
  const n = values.length;
  const [lo, hi] = valueRange(values);
  if (n === 0 || !(lo < hi)) return null;
  const [omin, omax] = intensityRange(values, dt, out_range, lo >= 0);
  const span = hi - lo;
  const ospan = omax - omin;
  const out = uninitStorage(Float64Array, n) as Float64Array;
  let nan = false;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) nan = true;
    out[i] = ((v - lo) / span) * ospan + omin;
  }
  return nan || omin !== omin || omax !== omax ? null : out;
}

const RESCALE = signature("skimage.exposure.rescale_intensity(image, in_range='image', out_range='dtype')", {
  types: { image: "array_like", in_range: RANGE, out_range: RANGE },
});

/** Keyword arguments of exposure.rescale_intensity. */
export interface RescaleIntensityOptions {
  in_range?: IntensityRange;
  out_range?: IntensityRange;
}

/** Float64 values cast to `dt` as NumPy's astype does (truncation toward zero for integers). */
export function castValues(values: Float64Array, shape: readonly number[], dt: DType): NDArray {
  const a = NDArray.fromStorage(values, shape.slice(), float64);
  return dt === float64 ? a : astype(a, dt);
}

/**
 * `skimage.exposure.rescale_intensity(image, in_range='image', out_range='dtype')`: stretches
 * (or shrinks) intensities from `in_range` to `out_range`, clipping outside `in_range`. Each
 * range is 'image' (min, max), 'dtype' (the image dtype's limits), a dtype name ('uint8',
 * 'uint12', 'float', ...) or an explicit [min, max]. The output keeps the image dtype, or takes
 * the named dtype, or is float for an explicit out_range.
 */
export function rescale_intensity(
  image: NDArrayLike,
  ...rest: PyArgs<[in_range: IntensityRange, out_range: IntensityRange, options: RescaleIntensityOptions], RescaleIntensityOptions>
): NDArray;
export function rescale_intensity(...args: unknown[]): NDArray {
  const { image, in_range, out_range } = RESCALE.bind(args);
  const img = asNDArray(image as NDArrayLike);
  const outDt = outputDType(out_range, img.dtype);
  const out = rescaleValues(contiguousStorage(img), img.dtype, in_range, out_range);
  return castValues(out, img.shape, outDt);
}
pyfunction(RESCALE, rescale_intensity);


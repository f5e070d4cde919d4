/**
 * What every scipy.ndimage function does with its arguments: array-likes in, per-axis
 * sequences (`_normalize_sequence`), boundary mode names, and the `output` argument (None:
 * the input's dtype; a dtype; an array written in place) with C's double-to-type casts.
 */
import { NDArray } from "../../np/ndarray";
import { DType, DTypeLike, bool, dtype as toDType, float64 } from "../../np/dtype";
import { copyInto } from "../../np/cast";
import { PyTypeError, RuntimeError, ValueError } from "../../errors";
import { NDArrayLike, asNDArray, readFloat64 } from "../../skimage/_internal/arrays";
import type { NdMode } from "../../skimage/_internal/boundary";
import { check } from "../../signature";

export type { NDArrayLike };

/** scipy.ndimage's boundary mode names. */
export type Mode = "reflect" | "constant" | "nearest" | "mirror" | "wrap" | "grid-constant" | "grid-mirror" | "grid-wrap";

/** What `output=` may be: None, a dtype, or an array to write into. */
export type Output = NDArray | DTypeLike | null;

const MODES: readonly string[] = ["reflect", "constant", "nearest", "mirror", "wrap", "grid-constant", "grid-mirror", "grid-wrap"];

/** Checks for the declarations. */
export const OUTPUT = check("an array, a dtype or None", (v) => v === null || v instanceof NDArray || v instanceof DType || typeof v === "string" || typeof v === "function");
export const MODE = check("str or sequence of str", (v) => typeof v === "string" || (Array.isArray(v) && v.every((m) => typeof m === "string")));
export const SCALAR_OR_SEQ = check("float or sequence of floats", (v) => typeof v === "number" || (Array.isArray(v) && v.every((x) => typeof x === "number")));
export const ARRAY_OR_NONE = check("array_like or None", (v) => v === null || v instanceof NDArray || Array.isArray(v) || typeof v === "number" || typeof v === "boolean");

/** The input as an NDArray (complex is not a dtype here). */
export function inputArray(x: unknown, name = "input"): NDArray {
  return asNDArray(x as NDArrayLike, name);
}

/** One mode name, checked ('grid-mirror' is 'reflect', as in scipy). */
export function modeOf(mode: unknown): NdMode {
  if (typeof mode !== "string" || !MODES.includes(mode)) throw new RuntimeError(`boundary mode not supported`);
  return (mode === "grid-mirror" ? "reflect" : mode) as NdMode;
}

/** `_normalize_sequence`: one value for every axis, or a sequence of exactly `rank` values. */
export function perAxis<T>(value: T | readonly T[], rank: number): T[] {
  if (Array.isArray(value)) {
    if (value.length !== rank) throw new RuntimeError("sequence argument must have length equal to input rank");
    return value.slice();
  }
  return new Array<T>(rank).fill(value as T);
}

/** Per-axis modes. */
export function modesOf(mode: unknown, rank: number): NdMode[] {
  return perAxis(mode as string | string[], rank).map(modeOf);
}

/** The input's values in C order as float64 (shared when already float64 and contiguous: read only). */
export function valuesOf(a: NDArray): Float64Array {
  return readFloat64(a);
}

/** The dtype the result takes: the output's, else the input's. */
export function outputDType(output: Output, input: NDArray): DType {
  if (output === null || output === undefined) return input.dtype;
  if (output instanceof NDArray) return output.dtype;
  return toDType(output as DTypeLike);
}

/** C's cast of double values to a dtype's storage (truncation toward zero, bool = nonzero). */
export function castValues(values: Float64Array, dt: DType): NDArray["data"] {
  if (dt === float64) return values;
  const out = new dt.storage(values.length);
  if (dt === bool) {
    for (let i = 0; i < values.length; i++) out[i] = values[i] !== 0 ? 1 : 0;
  } else if (dt.kind !== "f" && dt.itemsize === 8) {
    for (let i = 0; i < values.length; i++) out[i] = Math.trunc(values[i]);
  } else {
    out.set(values);
  }
  return out;
}

/** Applies C's cast in place, for results stored into the output dtype between passes. */
export function roundTripInPlace(values: Float64Array, dt: DType): void {
  if (dt.kind === "f" && dt.itemsize === 8) return;
  if (dt === bool) {
    for (let i = 0; i < values.length; i++) values[i] = values[i] !== 0 ? 1 : 0;
    return;
  }
  const tmp = castValues(values, dt);
  for (let i = 0; i < values.length; i++) values[i] = tmp[i];
}

/** The result as scipy returns it: a new array of the output dtype, or written into `output`. */
export function deliver(values: Float64Array | NDArray["data"], shape: readonly number[], output: Output, input: NDArray): NDArray {
  const dt = outputDType(output, input);
  const data = values instanceof Float64Array ? castValues(values, dt) : values;
  const result = NDArray.fromStorage(data, shape.slice(), dt);
  if (output instanceof NDArray) {
    if (output.shape.length !== shape.length || output.shape.some((d, k) => d !== shape[k])) {
      throw new RuntimeError("output shape not correct");
    }
    copyInto(output, result);
    return output;
  }
  return result;
}

/** scipy's origin check for a filter of length `len`. */
export function checkOrigin(origin: number, len: number, what = "weights"): void {
  if (!Number.isInteger(origin)) throw new PyTypeError(`origin must be an integer, got ${origin}`);
  if (origin < -(len >> 1) || origin > (len - 1) >> 1) {
    throw new ValueError(`Invalid origin; origin must satisfy -(${what}.shape[k] // 2) <= origin[k] <= (${what}.shape[k]-1) // 2`);
  }
}

/** C-order strides (in elements) of a shape. */
export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let step = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    s[k] = step;
    step *= shape[k];
  }
  return s;
}

/** Product of the dimensions. */
export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/**
 * Array plumbing shared by the skimage modules: accepting array-likes, flat Float64 copies,
 * Python-style shape text and warnings.
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { DType, Storage, bool, float64, int64 } from "../../np/dtype";
import { PyTypeError, ValueError } from "../../errors";

/** What the skimage functions accept as an image: an NDArray or nested number lists. */
export type NDArrayLike = NDArray | number | boolean | NestedList;
export interface NestedList extends ReadonlyArray<number | boolean | NestedList> {}

/**
 * An NDArray for an array-like, as `np.asarray` would give it: integer lists become int64,
 * lists with any non-integer become float64, lists of booleans become bool.
 */
export function asNDArray(x: NDArrayLike, name = "image"): NDArray {
  if (x instanceof NDArray) return x;
  if (typeof x === "number" || typeof x === "boolean") {
    const dt = typeof x === "boolean" ? bool : Number.isInteger(x) ? int64 : float64;
    const data = new dt.storage(1);
    data[0] = Number(x);
    return NDArray.fromStorage(data, [], dt);
  }
  if (!Array.isArray(x)) throw new PyTypeError(`${name} must be an array or nested list of numbers`);
  const shape: number[] = [];
  let level: unknown = x;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  const flat: number[] = [];
  let allBool = true;
  let allInt = true;
  const walk = (v: unknown, depth: number): void => {
    if (depth === shape.length) {
      if (typeof v === "boolean") {
        flat.push(v ? 1 : 0);
        return;
      }
      if (typeof v !== "number") throw new PyTypeError(`${name} must contain only numbers`);
      allBool = false;
      if (!Number.isInteger(v)) allInt = false;
      flat.push(v);
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[depth]) {
      throw new ValueError(
        `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions.`,
      );
    }
    for (const item of v) walk(item, depth + 1);
  };
  walk(x, 0);
  const dt = flat.length > 0 && allBool ? bool : allInt ? int64 : float64;
  const data = new dt.storage(flat.length);
  data.set(flat);
  return NDArray.fromStorage(data, shape, dt);
}

/** The array's values in C order as a fresh Float64Array (always a copy: safe to write). */
export function toFloat64(a: NDArray): Float64Array {
  const src = contiguousStorage(a);
  return new Float64Array(src);
}

/** The array's values in C order as float64; shares memory with `a` when it can (read only). */
export function readFloat64(a: NDArray): Float64Array {
  const src = contiguousStorage(a);
  return src instanceof Float64Array ? src : new Float64Array(src);
}

/** The array's values in C order; may share memory with `a` (read only). */
export function readStorage(a: NDArray): Storage {
  return contiguousStorage(a);
}

/** A new C-ordered array from storage. */
export function wrap(data: Storage, shape: readonly number[], dt: DType): NDArray {
  return NDArray.fromStorage(data, shape.slice(), dt);
}

/** A shape written as Python writes a tuple: `(3,)`, `(512, 512)`. */
export function shapeStr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** Prints a Python-style warning (`UserWarning: ...`) to stderr, as Python's warnings module does. */
export function warn(message: string, category = "UserWarning"): void {
  process.emitWarning(message, { type: category });
}

/** [min, max] of the values (NaN skipped; [Infinity, -Infinity] when empty). */
export function valueRange(data: ArrayLike<number>): [number, number] {
  // float64 images are the common large case: keep their loop monomorphic
  if (data instanceof Float64Array) return range64(data);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * valueRange for Float64Array. Four samples are tested against the running range at once and
 * only a block that widens it is looked at one by one: images rarely widen it after the start.
 */
function range64(data: Float64Array): [number, number] {
  const n = data.length;
  let i = 0;
  while (i < n && data[i] !== data[i]) i++;
  if (i === n) return [Infinity, -Infinity];
  let lo = data[i];
  let hi = lo;
  for (; i + 3 < n; i += 4) {
    const a = data[i], b = data[i + 1], c = data[i + 2], d = data[i + 3];
    if (a < lo || a > hi || b < lo || b > hi || c < lo || c > hi || d < lo || d > hi) {
      for (let k = i; k < i + 4; k++) {
        const v = data[k];
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  }
  for (; i < n; i++) {
    const v = data[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * Clips to [lo, hi] in place (NaN stays). Values are mostly in range already: four are tested
 * per branch and only a block with one outside is written.
 */
export function clipInPlace(data: Float64Array, lo: number, hi: number): void {
  const n = data.length;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const a = data[i], b = data[i + 1], c = data[i + 2], d = data[i + 3];
    if (a < lo || a > hi || b < lo || b > hi || c < lo || c > hi || d < lo || d > hi) {
      for (let k = i; k < i + 4; k++) clipAt(data, k, lo, hi);
    }
  }
  for (; i < n; i++) clipAt(data, i, lo, hi);
}

function clipAt(data: Float64Array, i: number, lo: number, hi: number): void {
  const v = data[i];
  if (v < lo) data[i] = lo;
  else if (v > hi) data[i] = hi;
}

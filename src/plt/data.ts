/**
 * Array-like inputs of plotting functions: NDArray (any layout) or nested number lists,
 * read into flat Float64Arrays with their shape.
 */
import { NDArray } from "../np/ndarray";
import { contiguousStorage } from "../np/contiguous";
import { NotImplementedError, PyTypeError, ValueError } from "../errors";

/** What plotting functions accept wherever matplotlib accepts an array-like. */
export type NDArrayLike = NDArray | readonly number[] | readonly (readonly number[])[] | Float64Array | Float32Array;

/** A flat float64 copy (or view) of the values with their shape. */
export interface FlatArray {
  values: Float64Array;
  shape: number[];
}

/** The shape of nested lists, checked to be rectangular; strings are categorical data. */
function nestedShape(a: readonly unknown[], what: string): number[] {
  const shape: number[] = [];
  let v: unknown = a;
  while (Array.isArray(v) || ArrayBuffer.isView(v)) {
    shape.push((v as ArrayLike<unknown>).length);
    v = (v as ArrayLike<unknown>)[0];
  }
  if (typeof v === "string") throw new NotImplementedError(`${what}: string (categorical) data is not supported yet`);
  return shape;
}

function fill(a: unknown, shape: number[], depth: number, out: Float64Array, at: { i: number }, what: string): void {
  if (depth === shape.length) {
    if (typeof a === "number" || typeof a === "boolean") out[at.i++] = Number(a);
    else if (typeof a === "string") throw new NotImplementedError(`${what}: string (categorical) data is not supported yet`);
    else if (a === null || a === undefined) out[at.i++] = NaN;
    else throw new ValueError(`${what}: setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions.`);
    return;
  }
  if (!(Array.isArray(a) || ArrayBuffer.isView(a)) || (a as ArrayLike<unknown>).length !== shape[depth]) {
    throw new ValueError(`${what}: setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. The detected shape was (${shape.slice(0, depth).join(", ")}${depth === 1 ? "," : ""}) + inhomogeneous part.`);
  }
  const arr = a as ArrayLike<unknown>;
  for (let k = 0; k < arr.length; k++) fill(arr[k], shape, depth + 1, out, at, what);
}

/** Reads any array-like into C-ordered float64 values and a shape. */
export function readArray(a: NDArrayLike | number, what: string): FlatArray {
  if (typeof a === "number") return { values: Float64Array.of(a), shape: [] };
  if (a instanceof NDArray) {
    const src = contiguousStorage(a);
    const values = src instanceof Float64Array ? src : Float64Array.from(src);
    return { values, shape: a.shape.slice() };
  }
  if (a instanceof Float64Array) return { values: a, shape: [a.length] };
  if (ArrayBuffer.isView(a)) return { values: Float64Array.from(a as unknown as ArrayLike<number>), shape: [(a as unknown as ArrayLike<number>).length] };
  if (!Array.isArray(a)) {
    if (typeof a === "string") throw new NotImplementedError(`${what}: string (categorical) data is not supported yet`);
    throw new PyTypeError(`${what} must be an array or a list of numbers, not ${a === null ? "None" : typeof a}`);
  }
  const shape = nestedShape(a, what);
  const values = new Float64Array(shape.reduce((p, d) => p * d, 1));
  fill(a, shape, 0, values, { i: 0 }, what);
  return { values, shape };
}

/** Reads a 1-D array-like (a 2-D one with a single column or row is flattened, like ravel). */
export function read1d(a: NDArrayLike | number, what: string): Float64Array {
  const { values, shape } = readArray(a, what);
  if (shape.length > 1 && shape.filter((d) => d !== 1).length > 1) {
    throw new ValueError(`${what} must be 1-dimensional, got an array of shape (${shape.join(", ")})`);
  }
  return values;
}

/** Minimum and maximum over the finite values; [NaN, NaN] when there are none. */
export function finiteRange(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) return [NaN, NaN];
  return [lo, hi];
}

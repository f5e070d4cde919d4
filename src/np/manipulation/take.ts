/** Indexed reads and writes: take, take_along_axis, put, put_along_axis. */
import { IndexError, PyTypeError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { PyArgs, pyfunction, signature } from "../../signature";
import { OUT } from "../params";
import { normalizeAxis } from "../shape";
import { float64 } from "../dtype";
import { astype } from "../cast";
import { assertWriteable } from "../flags";
import { getItem, setItem } from "../indexing/access";
import { IndexElement } from "../indexing/parse";
import { ravel, reshape } from "../manipulate";
import { arange } from "../create-ranges";
import { bufferPositions, gatherAxis } from "./_views";

/** How out-of-range indices are treated: an error, wrapped around, or clipped to the ends. */
export type IndexMode = "raise" | "wrap" | "clip";

/** NumPy's check of a `mode=` argument. */
export function checkMode(mode: unknown): IndexMode {
  if (mode === "raise" || mode === "wrap" || mode === "clip") return mode;
  throw new ValueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got ${typeof mode === "string" ? `'${mode}'` : String(mode)})`);
}

/** An index list as ints, checked or remapped per `mode` against an axis of length n. */
export function modeIndices(indices: NDArray, n: number, mode: IndexMode, axis: number): Float64Array {
  if (indices.dtype.kind === "f") throw new PyTypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
  const out = Float64Array.from(astype(indices, float64).data);
  for (let k = 0; k < out.length; k++) {
    const i = out[k];
    if (mode === "wrap") out[k] = n === 0 ? i : ((i % n) + n) % n;
    else if (mode === "clip") out[k] = i < 0 ? 0 : i >= n ? n - 1 : i;
    else if (i < -n || i >= n) throw new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${n}`);
    else if (i < 0) out[k] = i + n;
  }
  return out;
}

/** Keyword arguments of np.take. */
export interface TakeOptions {
  a?: ArrayLike;
  indices?: ArrayLike;
  axis?: number | null;
  out?: NDArray | null;
  mode?: IndexMode;
}

const TAKE = signature("numpy.take(a, indices, axis=None, out=None, mode='raise')", {
  types: { axis: "int|None", out: OUT },
  unsupported: ["out"],
});

/** np.take's work (also `a.take`). */
export function takeFrom(a: ArrayLike, indices: ArrayLike, axis: number | null, mode: IndexMode): NDArray {
  let arr = asarray(a);
  if (axis === null) {
    arr = ravel(arr);
    axis = 0;
  }
  const ax = normalizeAxis(axis, arr.ndim);
  const idx = asarray(indices);
  const got = gatherAxis(arr, ax, modeIndices(idx, arr.shape[ax], mode, ax));
  return reshape(got, [...arr.shape.slice(0, ax), ...idx.shape, ...arr.shape.slice(ax + 1)]);
}

/**
 * `numpy.take(a, indices, axis=None, out=None, mode='raise')`: elements at the given indices
 * along an axis (of the flattened array for None); the indices' shape replaces the axis.
 */
export function take(a: ArrayLike, indices: ArrayLike, ...rest: PyArgs<[axis: number | null, out: null, mode: IndexMode, options: TakeOptions], TakeOptions>): NDArray;
export function take(...args: unknown[]): NDArray {
  const b = args.length === 2 ? { a: args[0], indices: args[1], axis: null, mode: "raise" } : TAKE.bind(args);
  return takeFrom(b.a, b.indices, b.axis, checkMode(b.mode));
}

/** The fancy index arr[ii, jj, indices, kk] pairing `indices` along `axis` with every other axis. */
function alongAxis(arr: NDArray, indices: NDArray, axis: number): IndexElement[] {
  if (indices.dtype.kind !== "i" && indices.dtype.kind !== "u") throw new IndexError("`indices` must be an integer array");
  if (indices.ndim !== arr.ndim) throw new ValueError("`indices` and `arr` must have the same number of dimensions");
  return arr.shape.map((n, d) => {
    if (d === axis) return indices;
    const dims = arr.shape.map((_, k) => (k === d ? n : 1));
    return reshape(arange(n), dims);
  });
}

const TAKE_ALONG_AXIS = signature("numpy.take_along_axis(arr, indices, axis)", { types: { axis: "int|None" } });

/**
 * `numpy.take_along_axis(arr, indices, axis)`: picks values along an axis with an index array
 * of the same number of dimensions (as from argsort / argmax with keepdims); axis None reads
 * the flattened array.
 */
export function take_along_axis(arr: ArrayLike, indices: ArrayLike, axis: number | null): NDArray;
export function take_along_axis(...args: unknown[]): NDArray {
  const b = TAKE_ALONG_AXIS.bind(args);
  let a = asarray(b.arr as ArrayLike);
  const idx = asarray(b.indices as ArrayLike);
  let axis = b.axis as number | null;
  if (axis === null) {
    a = ravel(a);
    axis = 0;
  }
  return getItem(a, alongAxis(a, idx, normalizeAxis(axis, a.ndim)));
}

const PUT_ALONG_AXIS = signature("numpy.put_along_axis(arr, indices, values, axis)", { types: { axis: "int|None" } });

/**
 * `numpy.put_along_axis(arr, indices, values, axis)`: writes values (broadcast) into `arr` in
 * place at the positions take_along_axis would read.
 */
export function put_along_axis(arr: NDArray, indices: ArrayLike, values: ArrayLike, axis: number | null): void;
export function put_along_axis(...args: unknown[]): void {
  const b = PUT_ALONG_AXIS.bind(args);
  const a = b.arr as NDArray;
  if (!(a instanceof NDArray)) throw new PyTypeError("put_along_axis needs an ndarray as first argument");
  const idx = asarray(b.indices as ArrayLike);
  if (b.axis === null) {
    if (idx.ndim !== 1) throw new ValueError("`indices` and `arr` must have the same number of dimensions");
    putFlat(a, idx, values1d(b.values, idx.size), "raise", false);
    return;
  }
  setItem(a, alongAxis(a, idx, normalizeAxis(b.axis, a.ndim)), b.values as ArrayLike);
}

/** Values broadcast to `n` entries (put_along_axis with axis None). */
function values1d(values: unknown, n: number): NDArray {
  const v = asarray(values as ArrayLike);
  return v.size === 1 ? reshape(v, [1]) : v;
}

/** `a.flat[ind] = v`: v's elements taken in turn, cycling when shorter (np.put). */
function putFlat(a: NDArray, ind: NDArray, v: NDArray, mode: IndexMode, cycle: boolean): void {
  assertWriteable(a);
  const positions = bufferPositions(a);
  const targets = modeIndices(ind, a.size, mode, 0);
  const vals = v.astype(a.dtype).ravel().tolist() as (number | boolean)[];
  if (vals.length === 0 || targets.length === 0) return;
  if (!cycle && vals.length !== 1 && vals.length !== targets.length) {
    throw new ValueError(`shape mismatch: value array of shape (${vals.length},) could not be broadcast to indexing result of shape (${targets.length},)`);
  }
  const data = a.data;
  targets.forEach((t, k) => (data[positions[t]] = Number(vals[k % vals.length])));
}

/** Keyword arguments of np.put. */
export interface PutOptions {
  a?: NDArray;
  ind?: ArrayLike;
  v?: ArrayLike;
  mode?: IndexMode;
}

const PUT = signature("numpy.put(a, ind, v, mode='raise')");

/** np.put's work (also `a.put`). */
export function putInto(a: unknown, ind: ArrayLike, v: ArrayLike, mode: IndexMode): void {
  if (!(a instanceof NDArray)) throw new PyTypeError("argument 1 must be numpy.ndarray, not list");
  putFlat(a, asarray(ind), asarray(v), mode, true);
}

/**
 * `numpy.put(a, ind, v, mode='raise')`: in place, `a.flat[ind] = v`, v's values used in turn
 * and repeated when fewer than the indices.
 */
export function put(a: NDArray, ind: ArrayLike, v: ArrayLike, ...rest: PyArgs<[mode: IndexMode, options: PutOptions], PutOptions>): void;
export function put(...args: unknown[]): void {
  const b = args.length === 3 ? { a: args[0], ind: args[1], v: args[2], mode: "raise" } : PUT.bind(args);
  putInto(b.a, b.ind, b.v, checkMode(b.mode));
}

pyfunction(TAKE, take);
pyfunction(TAKE_ALONG_AXIS, take_along_axis);
pyfunction(PUT_ALONG_AXIS, put_along_axis);
pyfunction(PUT, put);

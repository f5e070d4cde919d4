/**
 * Array creation: np.array / asarray from nested lists, zeros, ones, empty, full, the
 * *_like variants, arange, linspace, eye and identity.
 */
import { allocating, uninitStorage, zeroedStorage } from "./alloc";
import { AxisError, PyTypeError, ValueError } from "../errors";
import { PyArgs, pyfunction, signature } from "../signature";
import { DTYPE } from "./params";
import {
  DType, DTypeLike, Storage, bool, dtype as toDType, float32, float64, int16, int32, int64, int8, promote_types, uint16, uint32,
  uint8,
} from "./dtype";
import { NDArray } from "./ndarray";
import { ShapeLike, normShape, shapeSize } from "./shape";
import { astype, pythonNumberInto } from "./cast";

/** Nested lists of numbers/booleans, as NumPy takes them. */
export interface NestedList extends ReadonlyArray<number | boolean | NDArray | NestedList> {}

/** Anything NumPy accepts as an array: an NDArray, a number, a boolean, nested lists or a TypedArray (1-D). */
export type ArrayLike = NDArray | number | boolean | NestedList | Storage;

const TYPED: [Function, DType][] = [
  [Float64Array, float64], [Float32Array, float32], [Int8Array, int8], [Int16Array, int16], [Int32Array, int32],
  [Uint8Array, uint8], [Uint16Array, uint16], [Uint32Array, uint32],
];

/** Keyword arguments taking a dtype. */
export interface DTypeOptions {
  dtype?: DTypeLike | null;
}

function inhomogeneous(depth: number, shape: readonly number[]): ValueError {
  return new ValueError(
    "setting an array element with a sequence. The requested array has an inhomogeneous shape after " +
      `${depth} dimensions. The detected shape was (${shape.slice(0, depth).join(", ")}${depth === 1 ? "," : ""}) + inhomogeneous part.`,
  );
}

/** Shape of nested lists (NDArrays inside count with their shapes). */
function nestedShape(x: unknown): number[] {
  const shape: number[] = [];
  let level: unknown = x;
  for (;;) {
    if (Array.isArray(level)) {
      shape.push(level.length);
      if (level.length === 0) break;
      level = level[0];
    } else if (level instanceof NDArray) {
      shape.push(...level.shape);
      break;
    } else {
      break;
    }
  }
  return shape;
}

/** Fills `flat` with the leaves in C order, checking the shape; returns the kind seen. */
function flatten(x: unknown, shape: readonly number[], depth: number, flat: number[], kinds: { float: boolean; int: boolean; bool: boolean; dtype: DType | null }): void {
  if (depth === shape.length) {
    if (typeof x === "number") {
      if (isPythonInt(x)) kinds.int = true;
      else kinds.float = true;
      flat.push(x);
    } else if (typeof x === "boolean") {
      kinds.bool = true;
      flat.push(x ? 1 : 0);
    } else if (x instanceof NDArray && x.ndim === 0) {
      kinds.dtype = kinds.dtype === null ? x.dtype : promote_types(kinds.dtype, x.dtype);
      flat.push(x.item());
    } else if (Array.isArray(x) || x instanceof NDArray) {
      throw inhomogeneous(depth, shape);
    } else {
      throw new PyTypeError(`could not convert ${x === null ? "None" : typeof x} to a number: arrays hold numbers and booleans only`);
    }
    return;
  }
  if (x instanceof NDArray) {
    const sub = shape.slice(depth);
    if (x.ndim !== sub.length || x.shape.some((d, i) => d !== sub[i])) throw inhomogeneous(depth, shape);
    kinds.dtype = kinds.dtype === null ? x.dtype : promote_types(kinds.dtype, x.dtype);
    flatten(x.tolist(), shape, depth, flat, { float: false, int: false, bool: false, dtype: null });
    return;
  }
  if (!Array.isArray(x) || x.length !== shape[depth]) throw inhomogeneous(depth, shape);
  for (let i = 0; i < x.length; i++) flatten(x[i], shape, depth + 1, flat, kinds);
}

/** Whether a number reads as a Python int: integral and within int64 (larger ones were floats). */
function isPythonInt(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x) < 2 ** 63;
}

function fromValue(x: ArrayLike, dt: DType | null): NDArray {
  if (x instanceof NDArray) return dt === null || dt === x.dtype ? x : astype(x, dt);
  if (typeof x === "number" || typeof x === "boolean") {
    const inferred = typeof x === "boolean" ? bool : isPythonInt(x) ? int64 : float64;
    const out = new NDArray(new (dt ?? inferred).storage(1), [], [], 0, dt ?? inferred);
    // a number given a dtype converts as NumPy converts a Python number (errors, warnings)
    out.data[0] = dt === null ? castScalar(Number(x), inferred) : pythonNumberInto(Number(x), dt);
    return out;
  }
  if (ArrayBuffer.isView(x)) {
    const typed = x as Storage;
    const own = TYPED.find(([ctor]) => typed instanceof ctor)?.[1] ?? float64;
    const copy = uninitStorage(own.storage, typed.length);
    copy.set(typed);
    const arr = NDArray.fromStorage(copy, [typed.length], own);
    return dt === null || dt === own ? arr : astype(arr, dt);
  }
  if (!Array.isArray(x)) {
    throw new PyTypeError(`expected an array, a number or nested lists of numbers, got ${x === null ? "null" : typeof x}`);
  }
  const shape = nestedShape(x);
  const flat: number[] = [];
  const kinds = { float: false, int: false, bool: false, dtype: null as DType | null };
  flatten(x, shape, 0, flat, kinds);
  let inferred: DType = kinds.float ? float64 : kinds.int ? int64 : kinds.bool ? bool : float64;
  if (kinds.dtype !== null) inferred = kinds.float || kinds.int || kinds.bool ? promote_types(kinds.dtype, inferred) : kinds.dtype;
  const target = dt ?? inferred;
  const data = uninitStorage(target.storage, flat.length);
  if (dt === null) for (let i = 0; i < flat.length; i++) data[i] = castScalar(flat[i], target);
  else for (let i = 0; i < flat.length; i++) data[i] = pythonNumberInto(flat[i], target);
  return NDArray.fromStorage(data, shape, target);
}

/** One value cast to a dtype as NumPy's astype casts it (truncation toward zero for ints). */
export function castScalar(v: number, dt: DType): number {
  if (dt.kind === "b") return v !== 0 ? 1 : 0;
  if (dt.kind !== "f" && !Number.isInteger(v)) return Number.isFinite(v) ? Math.trunc(v) : 0;
  return v;
}

function optDType(opts: DTypeOptions | undefined, fn: string): DType | null {
  if (opts !== undefined && (typeof opts !== "object" || opts === null || opts instanceof NDArray)) {
    throw new PyTypeError(`${fn}() takes the data and one options object ({ dtype }), got ${typeof opts} as second argument`);
  }
  return opts?.dtype === undefined || opts.dtype === null ? null : toDType(opts.dtype);
}

/**
 * `np.array(object, dtype=None)`: a new array from nested lists, a number or an array
 * (always a copy). Integer lists give int64, lists with a non-integer give float64.
 */
export function array(object: ArrayLike, opts?: DTypeOptions): NDArray {
  const dt = optDType(opts, "array");
  const out = fromValue(object, dt);
  return out === object ? (object as NDArray).copy() : out;
}

/** `np.asarray(a, dtype=None)`: like np.array, but an NDArray of the right dtype is returned as is. */
export function asarray(a: ArrayLike, opts?: DTypeOptions): NDArray {
  return fromValue(a, optDType(opts, "asarray"));
}

/** The fill value as NumPy's np.full stores it: an array cast (NaN into integers warns, as NumPy's). */
function fillValue(value: number, dt: DType): number {
  if (dt === float64 || (dt.kind !== "f" && dt.kind !== "b" && Number.isSafeInteger(value) && Math.abs(value) < 2 ** 31)) return castScalar(value, dt);
  return astype(fromValue(value, null), dt).data[0];
}

function filled(shape: ShapeLike, value: number, dt: DType): NDArray {
  const dims = normShape(shape);
  const data = allocating(dims, dt, () =>
    value === 0 ? zeroedStorage(dt.storage, shapeSize(dims)) : uninitStorage(dt.storage, shapeSize(dims)).fill(fillValue(value, dt)));
  return NDArray.fromStorage(data, dims, dt);
}

/** `np.zeros(shape, dtype=float)`: an array of zeros. */
export function zeros(shape: ShapeLike, opts?: DTypeOptions): NDArray {
  return filled(shape, 0, optDType(opts, "zeros") ?? float64);
}

/** `np.ones(shape, dtype=None)`: an array of ones (float64 unless a dtype is given). */
export function ones(shape: ShapeLike, opts?: DTypeOptions): NDArray {
  return filled(shape, 1, optDType(opts, "ones") ?? float64);
}

/** `np.empty(shape, dtype=float)`: a new array (its memory is zeroed here). */
export function empty(shape: ShapeLike, opts?: DTypeOptions): NDArray {
  return filled(shape, 0, optDType(opts, "empty") ?? float64);
}

/** `np.full(shape, fill_value, dtype=None)`: an array filled with one value (dtype from the value by default). */
export function full(shape: ShapeLike, fill_value: number | boolean, opts?: DTypeOptions): NDArray {
  const inferred = typeof fill_value === "boolean" ? bool : Number.isInteger(fill_value) ? int64 : float64;
  return filled(shape, Number(fill_value), optDType(opts, "full") ?? inferred);
}

/** Keyword arguments of the *_like functions. */
export interface LikeOptions extends DTypeOptions {
  shape?: ShapeLike;
}

function likeOf(a: ArrayLike, opts: LikeOptions | undefined, value: number): NDArray {
  const proto = fromValue(a, null);
  return filled(opts?.shape ?? proto.shape, value, optDType(opts, "like") ?? proto.dtype);
}

/** `np.zeros_like(a, dtype=None, shape=None)`. */
export function zeros_like(a: ArrayLike, opts?: LikeOptions): NDArray {
  return likeOf(a, opts, 0);
}

/** `np.ones_like(a, dtype=None, shape=None)`. */
export function ones_like(a: ArrayLike, opts?: LikeOptions): NDArray {
  return likeOf(a, opts, 1);
}

/** `np.empty_like(a, dtype=None, shape=None)` (zeroed memory). */
export function empty_like(a: ArrayLike, opts?: LikeOptions): NDArray {
  return likeOf(a, opts, 0);
}

/** `np.full_like(a, fill_value, dtype=None, shape=None)`: dtype of `a` unless given. */
export function full_like(a: ArrayLike, fill_value: number | boolean, opts?: LikeOptions): NDArray {
  return likeOf(a, opts, Number(fill_value));
}

/**
 * `np.arange([start,] stop[, step], dtype=None)`: evenly spaced values in [start, stop).
 * Integer arguments give int64, any non-integer gives float64.
 */
export function arange(start: number, stop?: number | null | DTypeOptions, step?: number | DTypeOptions, opts?: DTypeOptions): NDArray {
  if (typeof stop === "object" && stop !== null) return arange(0, start, 1, stop);
  if (typeof step === "object") return arange(start, stop, 1, step);
  let lo = start;
  let hi = stop;
  if (hi === undefined || hi === null) {
    hi = start;
    lo = 0;
  }
  const st = step ?? 1;
  if (st === 0) throw new ZeroDivisionError("division by zero");
  const length = Math.ceil((hi - lo) / st);
  if (Number.isNaN(length)) throw new ValueError("arange: cannot compute length");
  if (!Number.isFinite(length) || length >= 2 ** 63) throw new ValueError("Maximum allowed size exceeded");
  const n = Math.max(length, 0);
  const inferred = [lo, hi, st].every(Number.isInteger) ? int64 : float64;
  const dt = optDType(opts, "arange") ?? inferred;
  const data = allocating([n], dt, () => uninitStorage(dt.storage, n));
  if (n > 0) {
    // NumPy computes the first two values and extends by their difference.
    const first = castScalar(lo, dt);
    const delta = castScalar(lo + st, dt) - first;
    for (let i = 0; i < n; i++) data[i] = first + i * delta;
  }
  return NDArray.fromStorage(data, [n], dt);
}

/** Python's ZeroDivisionError (np.arange with step 0). */
export class ZeroDivisionError extends Error {
  override name = "ZeroDivisionError";
}

/** Keyword arguments of np.linspace: every parameter by its Python name. */
export interface LinspaceOptions extends DTypeOptions {
  start?: number;
  stop?: number;
  num?: number;
  endpoint?: boolean;
  retstep?: boolean;
  axis?: number;
}

const LINSPACE = signature("numpy.linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)", {
  types: { start: "float", stop: "float", num: "int", endpoint: "bool", retstep: "bool", dtype: DTYPE, axis: "int" },
});

/**
 * `numpy.linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)`:
 * `num` evenly spaced samples over [start, stop] (or [start, stop) without the endpoint).
 * With `retstep: true` returns `[samples, step]`.
 */
export function linspace(start: number, stop: number, ...rest: PyArgs<[num: number, endpoint: boolean, retstep: false, dtype: DTypeLike | null, axis: number, options: LinspaceOptions & { retstep?: false }], LinspaceOptions & { retstep?: false }>): NDArray;
export function linspace(start: number, stop: number, ...rest: PyArgs<[num: number, endpoint: boolean, retstep: boolean, dtype: DTypeLike | null, axis: number, options: LinspaceOptions], LinspaceOptions>): NDArray | [NDArray, number];
export function linspace(...args: unknown[]): NDArray | [NDArray, number] {
  const { start, stop, num, endpoint, retstep, dtype, axis } = LINSPACE.bind(args);
  if (num < 0) throw new ValueError(`Number of samples, ${num}, must be non-negative.`);
  if (axis !== 0 && axis !== -1) throw new AxisError(`axis ${axis} is out of bounds for array of dimension 1`);
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const out = new Float64Array(num);
  const step = div > 0 ? delta / div : NaN;
  for (let i = 0; i < num; i++) {
    // as NumPy: y = arange(num) * step + start (or * delta / div when step underflows to 0)
    out[i] = div > 0 ? (step === 0 ? ((i / div) * delta) + start : i * step + start) : i * delta + start;
  }
  if (endpoint && num > 1) out[num - 1] = stop;
  let result = NDArray.fromStorage(out, [num], float64);
  if (dtype !== null) {
    const dt = toDType(dtype);
    if (dt.kind === "i" || dt.kind === "u") for (let i = 0; i < num; i++) out[i] = Math.floor(out[i]);
    result = astype(result, dt);
  }
  return retstep ? [result, step] : result;
}
pyfunction(LINSPACE, linspace);

/** Keyword arguments of np.eye. */
export interface EyeOptions extends DTypeOptions {
  M?: number | null;
  k?: number;
}

/** `np.eye(N, M=None, k=0, dtype=float)`: ones on the k-th diagonal, zeros elsewhere. */
export function eye(N: number, opts?: EyeOptions): NDArray {
  const M = opts?.M ?? N;
  const k = opts?.k ?? 0;
  const out = zeros([N, M], { dtype: opts?.dtype ?? float64 });
  for (let i = 0; i < N; i++) {
    const j = i + k;
    if (j >= 0 && j < M) out.data[i * M + j] = 1;
  }
  return out;
}

/** `np.identity(n, dtype=None)`: the n x n identity matrix. */
export function identity(n: number, opts?: DTypeOptions): NDArray {
  return eye(n, { dtype: opts?.dtype ?? float64 });
}

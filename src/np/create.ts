/**
 * Array creation from data: np.array and np.asarray from nested lists, numbers, TypedArrays
 * and arrays. The filled and range constructors live in create-filled.ts and create-ranges.ts.
 */
import { uninitStorage } from "./alloc";
import { PyTypeError, ValueError } from "../errors";
import { PyArgs, pyfunction, signature } from "../signature";
import { DTYPE, checkLike, Order, checkOrder, isNDArray } from "./params";
import { inLayout } from "./layout";
import {
  DType, DTypeLike, Storage, bool, complex128, complex64, dtype as toDType, float32, float64, int16, int32, int64, int8, promote_types, uint16, uint32,
  uint8,
} from "./dtype";
import { NDArray } from "./ndarray";
import { astype, pythonNumberInto } from "./cast";
import { Complex } from "./complex/scalar";

/** Nested lists of numbers/booleans, as NumPy takes them. */
export interface NestedList extends ReadonlyArray<number | boolean | Complex | NDArray | NestedList> {}

/** Anything NumPy accepts as an array: an NDArray, a number, a boolean, a complex scalar, nested lists or a TypedArray (1-D). */
export type ArrayLike = NDArray | number | boolean | Complex | NestedList | Storage;

/** What flatten saw: the kinds of the leaves, the dtype of array leaves, imaginary parts by flat index. */
interface Kinds {
  float: boolean;
  int: boolean;
  bool: boolean;
  dtype: DType | null;
  imag: number[] | null;
}

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
function flatten(x: unknown, shape: readonly number[], depth: number, flat: number[], kinds: Kinds): void {
  if (depth === shape.length) {
    if (x instanceof NDArray && x.ndim === 0 && x.dtype.kind === "c") {
      kinds.dtype = kinds.dtype === null ? x.dtype : promote_types(kinds.dtype, x.dtype);
      x = x.item();
    } else if (x instanceof Complex) {
      kinds.dtype = kinds.dtype === null ? complex128 : promote_types(kinds.dtype, complex128);
    }
    if (x instanceof Complex) {
      (kinds.imag ??= [])[flat.length] = x.im;
      flat.push(x.re);
    } else if (typeof x === "number") {
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
    const inner: Kinds = { float: false, int: false, bool: false, dtype: null, imag: kinds.imag };
    flatten(x.tolist(), shape, depth, flat, inner);
    kinds.imag = inner.imag;
    return;
  }
  if (!Array.isArray(x) || x.length !== shape[depth]) throw inhomogeneous(depth, shape);
  if ((x as { [PYTHON_FLOATS]?: boolean })[PYTHON_FLOATS] === true) kinds.float = true;
  for (let i = 0; i < x.length; i++) flatten(x[i], shape, depth + 1, flat, kinds);
}

/**
 * Set on a list literal that was written with float literals (`[2., -1., 4.]`) by the notebook
 * kernel, which sees the source: such a list holds Python floats, so it infers float64.
 */
const PYTHON_FLOATS = Symbol.for("tslab-sci.python-floats");

/** Whether a number reads as a Python int: integral and within int64 (larger ones were floats). */
function isPythonInt(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x) < 2 ** 63;
}

/** @internal An array from any array-like, cast to `dt` when given (no copy when nothing changes). */
export function fromValue(x: ArrayLike, dt: DType | null): NDArray {
  if (x instanceof NDArray) return dt === null || dt === x.dtype ? x : astype(x, dt);
  if (x instanceof Complex) return complexFromValues([x.re], [x.im], [], dt ?? (x.dtype === complex64 ? complex64 : complex128));
  if (typeof x === "number" || typeof x === "boolean") {
    if (dt !== null && dt.kind === "c") return complexFromValues([Number(x)], null, [], dt);
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
  const kinds: Kinds = { float: false, int: false, bool: false, dtype: null, imag: null };
  flatten(x, shape, 0, flat, kinds);
  let inferred: DType = kinds.float ? float64 : kinds.int ? int64 : kinds.bool ? bool : float64;
  if (kinds.dtype !== null) inferred = kinds.float || kinds.int || kinds.bool ? promote_types(kinds.dtype, inferred) : kinds.dtype;
  const target = dt ?? inferred;
  if (target.kind === "c") return complexFromValues(flat, kinds.imag, shape, target);
  if (kinds.imag !== null) {
    if (target.kind === "f") throw new PyTypeError("float() argument must be a string or a real number, not 'complex'");
    if (target.kind !== "b") throw new PyTypeError("int() argument must be a string, a bytes-like object or a real number, not 'complex'");
    for (let i = 0; i < flat.length; i++) if ((kinds.imag[i] ?? 0) !== 0) flat[i] = 1;
  }
  const data = uninitStorage(target.storage, flat.length);
  if (dt === null) for (let i = 0; i < flat.length; i++) data[i] = castScalar(flat[i], target);
  else for (let i = 0; i < flat.length; i++) data[i] = pythonNumberInto(flat[i], target);
  return NDArray.fromStorage(data, shape, target);
}

/** A complex array of `shape` from real parts and (sparse) imaginary parts. */
function complexFromValues(re: readonly number[], im: readonly number[] | null, shape: readonly number[], dt: DType): NDArray {
  const data = uninitStorage(dt.storage, re.length);
  for (let i = 0; i < re.length; i++) {
    data[2 * i] = re[i];
    data[2 * i + 1] = im?.[i] ?? 0;
  }
  return NDArray.fromStorage(data, shape, dt);
}

/** One value cast to a dtype as NumPy's astype casts it (truncation toward zero for ints). */
export function castScalar(v: number, dt: DType): number {
  if (dt.kind === "b") return v !== 0 ? 1 : 0;
  if (dt.kind !== "f" && !Number.isInteger(v)) return Number.isFinite(v) ? Math.trunc(v) : 0;
  return v;
}

/** Keyword arguments of np.array. */
export interface ArrayOptions extends DTypeOptions {
  object?: ArrayLike;
  /** False: return the input itself when no conversion is needed. */
  copy?: boolean;
  /** The result's memory order: "K" and "A" keep a Fortran-ordered input's layout, "C" or "F". */
  order?: Order;
  subok?: boolean;
  /** Minimum number of dimensions (ones are prepended to the shape). */
  ndmin?: number;
  /** NEP 35's reference array: None or an ndarray (the result is a plain ndarray either way, as NumPy's). */
  like?: NDArray | null;
}

const ARRAY = signature("numpy.array(object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0, like=None)", {
  types: { dtype: DTYPE, copy: "bool", order: "str|None", subok: "bool", ndmin: "int" },
});

/** With at least `ndmin` dimensions: a view with ones prepended to the shape. */
function withNdmin(a: NDArray, ndmin: number): NDArray {
  if (a.ndim >= ndmin) return a;
  const pad = ndmin - a.ndim;
  return new NDArray(a.data, [...new Array<number>(pad).fill(1), ...a.shape], [...new Array<number>(pad).fill(0), ...a.strides], a.offset, a.dtype);
}

/**
 * `numpy.array(object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0, like=None)`:
 * a new array from nested lists, a number or an array (a copy unless `copy: false` and nothing
 * needs converting). Integer lists give int64, lists with a non-integer give float64.
 */
export function array(object: ArrayLike, ...rest: PyArgs<[dtype: DTypeLike | null, options: ArrayOptions], ArrayOptions>): NDArray;
export function array(...args: unknown[]): NDArray {
  if (args.length === 1) {
    const out = fromValue(args[0] as ArrayLike, null);
    return out === args[0] ? inLayout(out.copy(), "K", out) : out;
  }
  const { object, dtype, copy, order, ndmin, like } = ARRAY.bind(args);
  checkLike(like);
  checkOrder(ARRAY, order, ["K", "A", "C", "F"]);
  const dt = dtype === null ? null : toDType(dtype);
  let out = fromValue(object, dt);
  if (out === object && copy) out = out.copy();
  return withNdmin(inLayout(out, order, isNDArray(object) ? object : undefined), ndmin);
}
pyfunction(ARRAY, array);

/** Keyword arguments of np.asarray. */
export interface AsarrayOptions extends DTypeOptions {
  a?: ArrayLike;
  /** The result's memory order (a copy only when the input's differs). */
  order?: Order | null;
  /** NEP 35's reference array: None or an ndarray (the result is a plain ndarray either way, as NumPy's). */
  like?: NDArray | null;
}

const ASARRAY = signature("numpy.asarray(a, dtype=None, order=None, *, like=None)", {
  types: { dtype: DTYPE, order: "str|None" },
});

/** `numpy.asarray(a, dtype=None, order=None, *, like=None)`: like np.array, but an NDArray of the right dtype is returned as is. */
export function asarray(a: ArrayLike, ...rest: PyArgs<[dtype: DTypeLike | null, order: Order | null, options: AsarrayOptions], AsarrayOptions>): NDArray;
export function asarray(...args: unknown[]): NDArray {
  if (args.length === 1) return fromValue(args[0] as ArrayLike, null);
  const { a, dtype, order, like } = ASARRAY.bind(args);
  checkLike(like);
  checkOrder(ASARRAY, order, ["K", "A", "C", "F", null]);
  return inLayout(fromValue(a, dtype === null ? null : toDType(dtype)), order, isNDArray(a) ? a : undefined);
}
pyfunction(ASARRAY, asarray);

export { zeros, ones, empty, full, zeros_like, ones_like, empty_like, full_like } from "./create-filled";
export type { LikeOptions, FilledOptions, FullOptions } from "./create-filled";
export { arange, linspace, eye, identity, ZeroDivisionError } from "./create-ranges";
export type { LinspaceOptions, EyeOptions, ArangeOptions, IdentityOptions } from "./create-ranges";

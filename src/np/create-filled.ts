/** Arrays of one value: np.zeros, ones, empty, full and their *_like variants. */
import { allocating, uninitStorage, zeroedStorage } from "./alloc";
import { PyArgs, Signature, isPlainObject, pyfunction, signature } from "../signature";
import { DTYPE, checkLike, Order, SHAPE, checkNewOrder, checkOrder } from "./params";
import { inLayout } from "./layout";
import { DType, DTypeLike, bool, dtype as toDType, float64, int64 } from "./dtype";
import { NDArray } from "./ndarray";
import { ShapeLike, normShape, shapeSize } from "./shape";
import { astype, copyInto } from "./cast";
import { ArrayLike, DTypeOptions, castScalar, fromValue } from "./create";

/** The fill value as NumPy's np.full stores it: an array cast (NaN into integers warns, as NumPy's). */
function fillValue(value: number, dt: DType): number {
  if (dt === float64 || (dt.kind !== "f" && dt.kind !== "b" && Number.isSafeInteger(value) && Math.abs(value) < 2 ** 31)) return castScalar(value, dt);
  return astype(fromValue(value, null), dt).data[0];
}

function filled(shape: ShapeLike, value: number, dt: DType): NDArray {
  const dims = normShape(shape);
  if (dt.kind === "c" && value !== 0) {
    // complex: the value's real part in every other slot, zero imaginary parts
    const data = allocating(dims, dt, () => zeroedStorage(dt.storage, shapeSize(dims)));
    for (let i = 0; i < data.length; i += 2) data[i] = value;
    return NDArray.fromStorage(data, dims, dt);
  }
  const data = allocating(dims, dt, () =>
    value === 0 ? zeroedStorage(dt.storage, shapeSize(dims)) : uninitStorage(dt.storage, shapeSize(dims)).fill(fillValue(value, dt)));
  return NDArray.fromStorage(data, dims, dt);
}

/** `shape` filled from an array-like value broadcast to it (np.full with an array). */
function filledFrom(shape: ShapeLike, value: ArrayLike, dt: DType | null): NDArray {
  if (typeof value === "number" || typeof value === "boolean") {
    return filled(shape, Number(value), dt ?? (typeof value === "boolean" ? bool : Number.isInteger(value) ? int64 : float64));
  }
  const src = fromValue(value, null);
  const target = dt ?? src.dtype;
  const dims = normShape(shape);
  const out = NDArray.fromStorage(uninitStorage(target.storage, shapeSize(dims)), dims, target);
  copyInto(out, src);
  return out;
}

/** Keyword arguments of zeros/ones/empty. */
export interface FilledOptions extends DTypeOptions {
  shape?: ShapeLike;
  /** "C" (arrays here are C-ordered; "F" is not supported yet). */
  order?: "C" | "F";
  /** NEP 35's reference array: None or an ndarray (the result is a plain ndarray either way, as NumPy's). */
  like?: NDArray | null;
}

type FilledArgs = PyArgs<[dtype: DTypeLike | null, order: "C" | "F", options: FilledOptions], FilledOptions>;

const FILLED_TYPES = { shape: SHAPE, dtype: DTYPE, order: "str" };
const ZEROS = signature("numpy.zeros(shape, dtype=float, order='C', *, like=None)", { types: FILLED_TYPES, defaults: { dtype: float64 } });
const ONES = signature("numpy.ones(shape, dtype=None, order='C', *, like=None)", { types: FILLED_TYPES });
const EMPTY = signature("numpy.empty(shape, dtype=float, order='C', *, like=None)", { types: FILLED_TYPES, defaults: { dtype: float64 } });

function bindFilled(sig: Signature, args: unknown[], value: number): NDArray {
  const { shape, dtype, order, like } = sig.bind(args);
  checkLike(like);
  checkNewOrder(sig, order);
  return inLayout(filled(shape, value, dtype === null ? float64 : toDType(dtype)), order);
}

/** `numpy.zeros(shape, dtype=float, order='C', *, like=None)`: an array of zeros. */
export function zeros(shape: ShapeLike, ...rest: FilledArgs): NDArray;
export function zeros(...args: unknown[]): NDArray {
  return args.length === 1 && !isPlainObject(args[0]) ? filled(args[0] as ShapeLike, 0, float64) : bindFilled(ZEROS, args, 0);
}
pyfunction(ZEROS, zeros);

/** `numpy.ones(shape, dtype=None, order='C', *, like=None)`: an array of ones (float64 unless a dtype is given). */
export function ones(shape: ShapeLike, ...rest: FilledArgs): NDArray;
export function ones(...args: unknown[]): NDArray {
  return args.length === 1 && !isPlainObject(args[0]) ? filled(args[0] as ShapeLike, 1, float64) : bindFilled(ONES, args, 1);
}
pyfunction(ONES, ones);

/** `numpy.empty(shape, dtype=float, order='C', *, like=None)`: a new array (its memory is zeroed here). */
export function empty(shape: ShapeLike, ...rest: FilledArgs): NDArray;
export function empty(...args: unknown[]): NDArray {
  return args.length === 1 && !isPlainObject(args[0]) ? filled(args[0] as ShapeLike, 0, float64) : bindFilled(EMPTY, args, 0);
}
pyfunction(EMPTY, empty);

/** Keyword arguments of np.full. */
export interface FullOptions extends FilledOptions {
  fill_value?: ArrayLike;
}

const FULL = signature("numpy.full(shape, fill_value, dtype=None, order='C', *, like=None)", { types: FILLED_TYPES });

/**
 * `numpy.full(shape, fill_value, dtype=None, order='C', *, like=None)`: an array filled with
 * one value, or with an array broadcast to the shape (dtype from the value by default).
 */
export function full(shape: ShapeLike, fill_value: ArrayLike, ...rest: PyArgs<[dtype: DTypeLike | null, order: "C" | "F", options: FullOptions], FullOptions>): NDArray;
export function full(...args: unknown[]): NDArray {
  if (args.length === 2 && typeof args[1] === "number") return filledFrom(args[0] as ShapeLike, args[1], null);
  const { shape, fill_value, dtype, order, like } = FULL.bind(args);
  checkLike(like);
  checkNewOrder(FULL, order);
  return inLayout(filledFrom(shape, fill_value, dtype === null ? null : toDType(dtype)), order);
}
pyfunction(FULL, full);

/** Keyword arguments of the *_like functions. */
export interface LikeOptions extends DTypeOptions {
  /** The shape of the result (the prototype's by default). */
  shape?: ShapeLike | null;
  /** "K", "A" or "C" (results are C-ordered; "F" is not supported yet). */
  order?: Order;
  /** Kept for NumPy's signature: there are no ndarray subclasses here. */
  subok?: boolean;
}

type LikeArgs<O> = PyArgs<[dtype: DTypeLike | null, order: Order, subok: boolean, shape: ShapeLike | null, options: O], O>;

const LIKE_TYPES = { dtype: DTYPE, order: "str", subok: "bool", shape: [SHAPE, "None"] as const };
const ZEROS_LIKE = signature("numpy.zeros_like(a, dtype=None, order='K', subok=True, shape=None)", { types: LIKE_TYPES });
const ONES_LIKE = signature("numpy.ones_like(a, dtype=None, order='K', subok=True, shape=None)", { types: LIKE_TYPES });
const EMPTY_LIKE = signature("numpy.empty_like(prototype, dtype=None, order='K', subok=True, shape=None)", { types: LIKE_TYPES });
const FULL_LIKE = signature("numpy.full_like(a, fill_value, dtype=None, order='K', subok=True, shape=None)", { types: LIKE_TYPES });

function likeOf(sig: Signature, args: unknown[], value: number | null): NDArray {
  const b = sig.bind(args);
  checkOrder(sig, b.order, ["K", "A", "C", "F"]);
  const proto = fromValue(b.a ?? b.prototype, null);
  const dt = b.dtype === null ? proto.dtype : toDType(b.dtype);
  const shape = b.shape ?? proto.shape;
  const r = value === null ? filledFrom(shape, b.fill_value, dt) : filled(shape, value, dt);
  // "K" and "A" follow the prototype's layout (when the shape is the prototype's)
  return inLayout(r, b.order, b.shape === null ? proto : undefined);
}

/** `numpy.zeros_like(a, dtype=None, order='K', subok=True, shape=None)`: zeros with a's shape and dtype. */
export function zeros_like(a: ArrayLike, ...rest: LikeArgs<LikeOptions & { a?: ArrayLike }>): NDArray;
export function zeros_like(...args: unknown[]): NDArray {
  return likeOf(ZEROS_LIKE, args, 0);
}
pyfunction(ZEROS_LIKE, zeros_like);

/** `numpy.ones_like(a, dtype=None, order='K', subok=True, shape=None)`: ones with a's shape and dtype. */
export function ones_like(a: ArrayLike, ...rest: LikeArgs<LikeOptions & { a?: ArrayLike }>): NDArray;
export function ones_like(...args: unknown[]): NDArray {
  return likeOf(ONES_LIKE, args, 1);
}
pyfunction(ONES_LIKE, ones_like);

/** `numpy.empty_like(prototype, dtype=None, order='K', subok=True, shape=None)` (zeroed memory here). */
export function empty_like(prototype: ArrayLike, ...rest: LikeArgs<LikeOptions & { prototype?: ArrayLike }>): NDArray;
export function empty_like(...args: unknown[]): NDArray {
  return likeOf(EMPTY_LIKE, args, 0);
}
pyfunction(EMPTY_LIKE, empty_like);

/** `numpy.full_like(a, fill_value, dtype=None, order='K', subok=True, shape=None)`: a's shape and dtype unless given. */
export function full_like(a: ArrayLike, fill_value: ArrayLike, ...rest: LikeArgs<LikeOptions & { a?: ArrayLike; fill_value?: ArrayLike }>): NDArray;
export function full_like(...args: unknown[]): NDArray {
  return likeOf(FULL_LIKE, args, null);
}
pyfunction(FULL_LIKE, full_like);

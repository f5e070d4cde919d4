/**
 * NumPy's older second names for functions the library has (np.product is np.prod,
 * np.cumproduct np.cumprod, np.alltrue np.all, np.sometrue np.any, np.msort sorts along the
 * first axis), and the array questions np.ndim, np.shape, np.size, np.isscalar, np.iterable.
 */
import { NDArray } from "./ndarray";
import { ArrayLike, asarray } from "./create";
import { all, any, prod } from "./reduce/stats";
import { cumprod, sort } from "./sorting";
import { tupleShape } from "./shape";
import { IndexError } from "../errors";
import { PyArgs, Signature, pyfunction, signature, signatureOf } from "../signature";

/** A second Python name for `target`: its parameters, handed over unchanged. */
function aliasOf<F extends Function>(name: string, target: F, params: string, alias: F): F {
  // NumPy's `<no value>` defaults stand for "not given": the wrapped function's JavaScript defaults
  const defaults = { keepdims: false, initial: undefined, where: true };
  const sig = signature(`numpy.${name}(${params})`, { wraps: signatureOf(target) as Signature, defaults });
  pyfunction(sig, alias);
  return alias;
}

const REDUCE_PARAMS = "a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>";
const TRUTH_PARAMS = "a, axis=None, out=None, keepdims=<no value>, *, where=<no value>";

/** `numpy.product(a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)`: np.prod under its older name. */
export const product: typeof prod = aliasOf("product", prod, REDUCE_PARAMS, function product(...args: unknown[]) {
  return (prod as (...a: unknown[]) => NDArray | number)(...args);
} as typeof prod);

/** `numpy.cumproduct(a, axis=None, dtype=None, out=None)`: np.cumprod under its older name. */
export const cumproduct: typeof cumprod = aliasOf("cumproduct", cumprod, "a, axis=None, dtype=None, out=None", function cumproduct(...args: unknown[]) {
  return (cumprod as (...a: unknown[]) => NDArray)(...args);
} as typeof cumprod);

/** `numpy.alltrue(a, axis=None, out=None, keepdims=<no value>, *, where=<no value>)`: np.all under its older name. */
export const alltrue: typeof all = aliasOf("alltrue", all, TRUTH_PARAMS, function alltrue(...args: unknown[]) {
  return (all as (...a: unknown[]) => NDArray | boolean)(...args);
} as typeof all);

/** `numpy.sometrue(a, axis=None, out=None, keepdims=<no value>, *, where=<no value>)`: np.any under its older name. */
export const sometrue: typeof any = aliasOf("sometrue", any, TRUTH_PARAMS, function sometrue(...args: unknown[]) {
  return (any as (...a: unknown[]) => NDArray | boolean)(...args);
} as typeof any);

const MSORT = signature("numpy.msort(a)");

/** `numpy.msort(a)`: a copy sorted along the first axis (np.sort(a, axis=0)). */
export function msort(a: ArrayLike): NDArray;
export function msort(...args: unknown[]): NDArray {
  return sort(MSORT.bind(args).a as ArrayLike, { axis: 0 });
}

const NDIM = signature("numpy.ndim(a)");
const SHAPE = signature("numpy.shape(a)");
const SIZE = signature("numpy.size(a, axis=None)", { types: { axis: "int|None" } });
const ISSCALAR = signature("numpy.isscalar(element)");
const ITERABLE = signature("numpy.iterable(y)");

/** `numpy.ndim(a)`: the number of dimensions of an array or nested list (0 for a number). */
export function ndim(a: ArrayLike): number;
export function ndim(...args: unknown[]): number {
  return asarray(NDIM.bind(args).a as ArrayLike).ndim;
}

/** `numpy.shape(a)`: the shape of an array or nested list (`[]` for a number), printed as NumPy's tuple. */
export function shape(a: ArrayLike): readonly number[];
export function shape(...args: unknown[]): readonly number[] {
  return tupleShape(asarray(SHAPE.bind(args).a as ArrayLike).shape.slice());
}

/** `numpy.size(a, axis=None)`: the number of elements, or the length along `axis`. */
export function size(a: ArrayLike, ...rest: PyArgs<[axis: number | null, options: { a?: ArrayLike; axis?: number | null }], { a?: ArrayLike; axis?: number | null }>): number;
export function size(...args: unknown[]): number {
  const b = SIZE.bind(args);
  const arr = asarray(b.a as ArrayLike);
  if (b.axis === null) return arr.size;
  // NumPy reads a.shape[axis]: Python's tuple indexing, negative axes included
  if (b.axis < -arr.ndim || b.axis >= arr.ndim) throw new IndexError("tuple index out of range");
  return arr.shape[b.axis < 0 ? b.axis + arr.ndim : b.axis];
}

/**
 * `numpy.isscalar(element)`: true for numbers, booleans, strings and bigints (Python's scalar
 * types); false for arrays (0-d ones too), lists and other objects.
 */
export function isscalar(element: unknown): boolean;
export function isscalar(...args: unknown[]): boolean {
  const { element } = ISSCALAR.bind(args);
  const t = typeof element;
  return t === "number" || t === "boolean" || t === "string" || t === "bigint";
}

/** `numpy.iterable(y)`: whether `y` can be iterated over (arrays of at least one dimension, lists, strings). */
export function iterable(y: unknown): boolean;
export function iterable(...args: unknown[]): boolean {
  const { y } = ITERABLE.bind(args);
  if (y instanceof NDArray) return y.ndim > 0;
  return typeof y === "string" || (typeof y === "object" && y !== null && Symbol.iterator in y);
}

pyfunction(MSORT, msort);
pyfunction(NDIM, ndim);
pyfunction(SHAPE, shape);
pyfunction(SIZE, size);
pyfunction(ISSCALAR, isscalar);
pyfunction(ITERABLE, iterable);

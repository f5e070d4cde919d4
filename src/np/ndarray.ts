/**
 * The strided n-dimensional array. Storage is a TypedArray; an element's place in it is
 * `offset + sum(index[k] * strides[k])`, strides counted in elements (not bytes).
 * Logical indices and buffer offsets are kept apart by name everywhere.
 * Methods are thin: the work lives in the np modules they call.
 */
import { inspect } from "node:util";
import { DType, DTypeLike, Storage, can_cast, dtype as toDType } from "./dtype";
import { PyTypeError } from "../errors";
import { PyArgs, Signature, isPlainObject, pyTypeName, pyfunction, signature } from "../signature";
import { METHOD } from "./ndarray-signatures";
import type { AstypeOptions, Axis, Casting, ClipMethodOptions, MethodArgs, MethodReduceKeywords } from "./ndarray-signatures";
export type { AstypeOptions, Casting, ClipMethodOptions, MethodReduceKeywords } from "./ndarray-signatures";
import { Order, bindOrdered } from "./params";
import { bindReshapeOrder, inLayout, reshapeInOrder } from "./layout";
import type { ShapeLike } from "./shape";
import { isTupleShape, tupleOf } from "./shape";
import type { ArrayLike } from "./create";
import type { ReduceOptions, Reduced } from "./reduce/core";
import type { DTypeReduceOptions, VarOptions } from "./reduce/stats";
import type { ArgOptions } from "./reduce/arg";
import type { IndexElement } from "./indexing/parse";
import * as binary from "./ufuncs/binary";
import * as unary from "./ufuncs/unary";
import { floatScalarPower } from "./ufuncs/scalar-power";
import * as select from "./ufuncs/select";
import * as stats from "./reduce/stats";
import * as arg from "./reduce/arg";
import * as manip from "./manipulate";
import * as linalg from "./linalg";
import * as access from "./indexing/access";
import * as cast from "./cast";
import * as convert from "./convert";
import * as sorting from "./sorting";
import { nonzero } from "./indexing/nonzero";
import * as repr from "./format/repr";
import { ArrayFlags, assertWriteable, viewOf } from "./flags";
import { SHAPE_METHOD } from "./manipulation/method-signatures";
import { repeatAlong } from "./manipulation/repeat";
import { IndexMode, checkMode, putInto, takeFrom } from "./manipulation/take";
import { chooseFrom, compressBy } from "./manipulation/choose";
import { diagonalOf, traceOf } from "./creation/diagonals";
import { imagOf, realOf } from "./complex/parts";
import { runComplexUnary } from "./complex/ufuncs";

const CONJ = signature("numpy.ndarray.conj()");
const CONJUGATE = signature("numpy.ndarray.conjugate()");

/**
 * `numpy.ndarray`: create with np.array, np.zeros, np.arange, ...; index with `get`/`set`;
 * operators are methods (`a.add(b)`, `a.lt(3)`, `a.matmul(b)`).
 */
export class NDArray {
  /** The TypedArray the elements live in (shared by views). */
  readonly data: Storage;
  /** The array's dimensions (prints as a Python tuple). */
  readonly shape: readonly number[];
  /** Element steps per axis (NumPy's strides divided by itemsize). */
  readonly strides: readonly number[];
  /** Buffer position of element [0, 0, ...]. */
  readonly offset: number;
  /** The element type. */
  readonly dtype: DType;
  /** @internal True for a read-only array (np.broadcast_to's views, and views of those). */
  _readonly = false;
  /** @internal True for a view of a read-only array: it cannot be made writeable. */
  _readonlyBase = false;
  /** @internal The array owning the memory this view uses (`ndarray.base`), null for an owner. */
  _base: NDArray | null = null;

  /** @internal Use np.array / np.zeros / ... or NDArray.fromStorage. */
  constructor(data: Storage, shape: readonly number[], strides: readonly number[], offset: number, dtype: DType) {
    this.data = data;
    this.shape = isTupleShape(shape) ? shape : tupleOf(shape);
    this.strides = strides;
    this.offset = offset;
    this.dtype = dtype;
  }

  /** @internal Wraps a C-ordered TypedArray of the dtype's storage type (no copy). */
  static fromStorage(data: Storage, shape: readonly number[], dtype: DType): NDArray {
    return new NDArray(data, shape, cContiguousStrides(shape), 0, dtype);
  }

  /** Number of dimensions (`ndarray.ndim`). */
  get ndim(): number {
    return this.shape.length;
  }

  /** Number of elements (`ndarray.size`). */
  get size(): number {
    const shape = this.shape;
    let n = 1;
    for (let k = 0; k < shape.length; k++) n *= shape[k];
    return n;
  }

  /** `ndarray.flags`: `writeable` (settable), `c_contiguous`. */
  get flags(): ArrayFlags {
    return new ArrayFlags(this);
  }

  /** Bytes per element (`ndarray.itemsize`). */
  get itemsize(): number {
    return this.dtype.itemsize;
  }

  /** Bytes of all elements (`ndarray.nbytes`). */
  get nbytes(): number {
    return this.size * this.dtype.itemsize;
  }

  /** `ndarray.real`: the real parts, a float view of a complex array's storage (the array itself when real). */
  get real(): NDArray {
    return realOf(this);
  }

  /** `ndarray.imag`: the imaginary parts, a float view of a complex array's storage (read-only zeros when real). */
  get imag(): NDArray {
    return imagOf(this);
  }

  /** `ndarray.T`: the transposed view. */
  get T(): NDArray {
    const n = this.shape.length;
    const shape = new Array<number>(n);
    const strides = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      shape[k] = this.shape[n - 1 - k];
      strides[k] = this.strides[n - 1 - k];
    }
    return viewOf(this, new NDArray(this.data, shape, strides, this.offset, this.dtype));
  }

  /** NumPy's repr, shown by util.inspect (and so by tslab for a cell's value). */
  [inspect.custom](): string {
    return repr.arrayRepr(this);
  }

  /** NumPy's str(a). */
  toString(): string {
    return repr.arrayStr(this);
  }

  /** str(a) for print-like output (console.log in the tslab-sci kernel). */
  [Symbol.for("python.str")](): string { return this.toString(); }

  /** Iterates over the first axis (sub-arrays, or 0-d arrays for a 1-D array), as Python does. */
  *[Symbol.iterator](): IterableIterator<NDArray> {
    if (this.ndim === 0) throw new TypeError("iteration over a 0-d array");
    for (let i = 0; i < this.shape[0]; i++) yield this.get(i);
  }

  // ---- conversion -----------------------------------------------------------------------

  /**
   * `a.astype(dtype, order='K', casting='unsafe', subok=True, copy=True)`: a copy cast to dtype
   * (floats to ints truncate toward zero); `copy: false` returns `a` when the dtype is already
   * right; a `casting` rule the cast breaks is NumPy's TypeError.
   */
  astype(dtype: DTypeLike, ...rest: PyArgs<[order: Order, casting: Casting, subok: boolean, copy: boolean, options: AstypeOptions], AstypeOptions>): NDArray;
  astype(dtype: DTypeLike): NDArray {
    if (arguments.length === 1) return cast.astype(this, dtype);
    const b = bindOrdered(METHOD.astype, arguments, ["K", "A", "C", "F"]);
    const to = toDType(b.dtype);
    if (b.casting !== "unsafe" && !can_cast(this.dtype, to, b.casting)) {
      throw new PyTypeError(`Cannot cast array data from dtype('${this.dtype.name}') to dtype('${to.name}') according to the rule '${b.casting}'`);
    }
    if (!b.copy && to === this.dtype) return inLayout(this, b.order, this);
    return inLayout(cast.astype(this, to), b.order, this);
  }

  /** `a.copy(order='C')`: a copy, C-ordered unless `order` asks otherwise ("F", or "A"/"K" for a Fortran-ordered array). */
  copy(...rest: PyArgs<[order: Order, options: { order?: Order }], { order?: Order }>): NDArray;
  copy(): NDArray {
    if (arguments.length === 0) return cast.astype(this, this.dtype);
    return inLayout(cast.astype(this, this.dtype), bindOrdered(METHOD.copy, arguments, ["C", "F", "K", "A"]).order, this);
  }

  /** `a.tolist()`: nested lists of numbers (booleans for bool arrays); a number for 0-d. */
  tolist(): any {
    if (arguments.length > 0) METHOD.tolist.bind(arguments);
    return convert.tolist(this);
  }

  /**
   * `a.item(*args)`: one element as a number. No arguments for a size-1 array, one flat
   * index, or one index per axis.
   */
  item(...args: number[]): number {
    for (let i = 0; i < args.length; i++) if (typeof args[i] !== "number") METHOD.item.bind(args);
    return convert.item(this, args);
  }

  // ---- indexing -------------------------------------------------------------------------

  /**
   * `a[key]` (`ndarray.__getitem__(key, /)`, the key tuple spread): ints (negative from the
   * end), slice strings (":", "1:5", "::-1"), np.newaxis (null), "...", and boolean or integer
   * arrays. Basic indices give views, arrays give copies; a full integer index gives a 0-d
   * array (`.item()` for the number).
   */
  get(...key: IndexElement[]): NDArray {
    return access.getItem(this, key);
  }

  /**
   * `a[key] = value` (`ndarray.__setitem__(key, value, /)`): `key` is one index element or a
   * list of them, Python's tuple (`a.set([3, 10], 0)` is `a[3, 10] = 0`; `a.set([[0, 2]], 1)`
   * is `a[[0, 2]] = 1`). The value broadcasts and is cast to a's dtype. Returns `a`.
   */
  set(key: IndexElement | readonly IndexElement[], value: ArrayLike): this {
    if (arguments.length !== 2) METHOD.set.bind(arguments);
    const list = Array.isArray(key) ? (key as readonly IndexElement[]) : [key as IndexElement];
    access.setItem(this, list, value);
    return this;
  }

  /** `a.fill(value)`: sets every element. */
  fill(value: number | boolean): void {
    if (arguments.length !== 1 || (typeof value !== "number" && typeof value !== "boolean")) METHOD.fill.bind(arguments);
    access.setItem(this, ["..."], value);
  }

  // ---- shape ----------------------------------------------------------------------------

  /**
   * `a.reshape(shape, order='C')`, also as NumPy's varargs form: `a.reshape(3, 4)`,
   * `a.reshape([3, 4])`, `a.reshape(3, 4, { order: "C" })`; one -1 is inferred.
   */
  reshape(...shape: number[] | [readonly number[]] | [...shape: number[], options: { order?: "C" | "F" | "A" }] | [shape: readonly number[], options: { order?: "C" | "F" | "A" }] | [options: { shape: ShapeLike; order?: "C" | "F" | "A" }]): NDArray;
  reshape(...args: unknown[]): NDArray {
    const last = args[args.length - 1];
    if (isPlainObject(last)) {
      const dims = args.slice(0, -1);
      const b = bindReshapeOrder(METHOD.reshape, dims.length === 0 ? [last] : [dims.length === 1 ? dims[0] : dims, last]);
      return b.order === "C" ? manip.reshape(this, b.shape) : reshapeInOrder(this, b.shape, b.order);
    }
    return manip.reshape(this, (args.length === 1 ? args[0] : args) as ShapeLike);
  }

  /** `a.ravel([order])`: 1-D in the index order asked for ("C", "F", "A", or "K": memory order), a view when it can be. */
  ravel(...rest: PyArgs<[order: Order, options: { order?: Order }], { order?: Order }>): NDArray;
  ravel(): NDArray {
    if (arguments.length === 0) return manip.ravel(this);
    return manip.ravel(this, bindOrdered(METHOD.ravel, arguments, ["C", "F", "A", "K"]).order);
  }

  /** `a.flatten(order='C')`: a 1-D copy in the index order asked for. */
  flatten(...rest: PyArgs<[order: Order, options: { order?: Order }], { order?: Order }>): NDArray;
  flatten(): NDArray {
    if (arguments.length === 0) return manip.flatten(this);
    return manip.flatten(this, bindOrdered(METHOD.flatten, arguments, ["C", "F", "A", "K"]).order);
  }

  /** `a.transpose(*axes)`: reversed axes, or the given permutation (`a.transpose(1, 0)` or `([1, 0])`). */
  transpose(...axes: number[] | [readonly number[] | null]): NDArray {
    if (axes.length > 0 && isPlainObject(axes[axes.length - 1])) METHOD.transpose.bind(axes);
    const perm = axes.length === 0 ? null : axes.length === 1 && (Array.isArray(axes[0]) || axes[0] === null) ? (axes[0] as number[] | null) : (axes as number[]);
    return manip.transpose(this, perm);
  }

  /** `a.swapaxes(axis1, axis2)`. */
  swapaxes(axis1: number, axis2: number): NDArray {
    if (arguments.length !== 2 || isPlainObject(axis2)) ({ axis1, axis2 } = METHOD.swapaxes.bind(arguments));
    return manip.swapaxes(this, axis1, axis2);
  }

  /** `a.squeeze(axis=None)`. */
  squeeze(...rest: PyArgs<[axis: number | readonly number[] | null, options: { axis?: number | readonly number[] | null }], { axis?: number | readonly number[] | null }>): NDArray;
  squeeze(axis?: unknown): NDArray {
    if (arguments.length > 1 || isPlainObject(axis)) axis = METHOD.squeeze.bind(arguments).axis;
    return manip.squeeze(this, axis as number | readonly number[] | null | undefined);
  }

  // ---- arithmetic (Python's operators) ----------------------------------------------------

  /** `a + b` (`ndarray.__add__`, np.add). */
  add(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.add.bind(arguments);
    return binary.add(this, value);
  }
  /** `a - b` (`ndarray.__sub__`, np.subtract). */
  sub(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.sub.bind(arguments);
    return binary.subtract(this, value);
  }
  /** `a - b` (`ndarray.__sub__`, np.subtract). */
  subtract(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.sub.bind(arguments);
    return binary.subtract(this, value);
  }
  /** `a * b` (`ndarray.__mul__`, np.multiply), elementwise. */
  mul(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.mul.bind(arguments);
    return binary.multiply(this, value);
  }
  /** `a * b` (`ndarray.__mul__`, np.multiply), elementwise. */
  multiply(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.mul.bind(arguments);
    return binary.multiply(this, value);
  }
  /** `a / b` (`ndarray.__truediv__`, np.divide). */
  div(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.div.bind(arguments);
    return binary.divide(this, value);
  }
  /** `a / b` (`ndarray.__truediv__`, np.divide). */
  divide(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.div.bind(arguments);
    return binary.divide(this, value);
  }
  /** `a // b` (`ndarray.__floordiv__`, np.floor_divide). */
  floor_divide(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.floor_divide.bind(arguments);
    return binary.floor_divide(this, value);
  }
  /** `a % b` (`ndarray.__mod__`, np.mod). */
  mod(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.mod.bind(arguments);
    return binary.mod(this, value);
  }
  /**
   * `a ** b` (`ndarray.__pow__`, np.power); a float array to a number 2, 0.5, -1, 1 or 0 runs
   * square, sqrt, reciprocal, positive or ones_like, as NumPy's does. Python's three-argument
   * pow is refused as Python refuses it.
   */
  pow(value: ArrayLike, mod?: null): NDArray {
    if (arguments.length !== 1) powerModulo(this, arguments);
    return (typeof value === "number" ? floatScalarPower(this, value, false) : null) ?? binary.power(this, value);
  }
  /** `a ** b` (`ndarray.__pow__`, np.power). */
  power(value: ArrayLike, mod?: null): NDArray {
    if (arguments.length !== 1) powerModulo(this, arguments);
    return (typeof value === "number" ? floatScalarPower(this, value, false) : null) ?? binary.power(this, value);
  }
  /** `-a` (`ndarray.__neg__`, np.negative). */
  neg(): NDArray {
    if (arguments.length !== 0) METHOD.neg.bind(arguments);
    return unary.negative(this);
  }
  /** `-a` (`ndarray.__neg__`, np.negative). */
  negative(): NDArray {
    if (arguments.length !== 0) METHOD.neg.bind(arguments);
    return unary.negative(this);
  }
  /** `a.conj()` (np.conjugate): the complex conjugate; the array itself when real. */
  conj(): NDArray {
    if (arguments.length !== 0) CONJ.bind(arguments);
    return this.dtype.kind === "c" ? runComplexUnary("conjugate", this) : this;
  }
  /** `a.conjugate()` (np.conjugate): the complex conjugate; the array itself when real. */
  conjugate(): NDArray {
    if (arguments.length !== 0) CONJUGATE.bind(arguments);
    return this.dtype.kind === "c" ? runComplexUnary("conjugate", this) : this;
  }
  /** `abs(a)` (`ndarray.__abs__`, np.abs). */
  abs(): NDArray {
    if (arguments.length !== 0) METHOD.abs.bind(arguments);
    return unary.abs(this);
  }
  /**
   * `a.clip(min=None, max=None, out=None, **kwargs)` (kwargs: the ufunc keywords): values
   * limited to [min, max].
   */
  clip(min?: ArrayLike | null, max?: ArrayLike | null, ...rest: PyArgs<[out: NDArray | null, options: ClipMethodOptions], ClipMethodOptions>): NDArray;
  clip(min?: ArrayLike | null, max?: ArrayLike | null): NDArray {
    if (arguments.length === 2 && !isPlainObject(max)) return select.clip(this, min ?? null, max ?? null);
    const b = METHOD.clip.bind(arguments);
    return select.clip(this, b.min, b.max, { out: b.out ?? undefined, where: b.where, casting: b.casting, order: b.order, dtype: b.dtype, subok: b.subok });
  }

  /** `a += b` in place (`ndarray.__iadd__`, casting "same_kind" as NumPy). Returns a. */
  iadd(value: ArrayLike): this {
    if (arguments.length !== 1) METHOD.iadd.bind(arguments);
    binary.add(this, value, this);
    return this;
  }
  /** `a -= b` in place (`ndarray.__isub__`). Returns a. */
  isub(value: ArrayLike): this {
    if (arguments.length !== 1) METHOD.isub.bind(arguments);
    binary.subtract(this, value, this);
    return this;
  }
  /** `a *= b` in place (`ndarray.__imul__`). Returns a. */
  imul(value: ArrayLike): this {
    if (arguments.length !== 1) METHOD.imul.bind(arguments);
    binary.multiply(this, value, this);
    return this;
  }
  /** `a /= b` in place (`ndarray.__itruediv__`; an integer array raises NumPy's casting error). Returns a. */
  idiv(value: ArrayLike): this {
    if (arguments.length !== 1) METHOD.idiv.bind(arguments);
    binary.divide(this, value, this);
    return this;
  }

  // ---- comparisons ----------------------------------------------------------------------

  /** `a > b` as a bool array (`ndarray.__gt__`). */
  gt(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.gt.bind(arguments);
    return binary.greater(this, value);
  }
  /** `a >= b` as a bool array (`ndarray.__ge__`). */
  ge(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.ge.bind(arguments);
    return binary.greater_equal(this, value);
  }
  /** `a < b` as a bool array (`ndarray.__lt__`). */
  lt(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.lt.bind(arguments);
    return binary.less(this, value);
  }
  /** `a <= b` as a bool array (`ndarray.__le__`). */
  le(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.le.bind(arguments);
    return binary.less_equal(this, value);
  }
  /** `a == b` as a bool array (`ndarray.__eq__`). */
  eq(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.eq.bind(arguments);
    return binary.equal(this, value);
  }
  /** `a != b` as a bool array (`ndarray.__ne__`). */
  ne(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.ne.bind(arguments);
    return binary.not_equal(this, value);
  }

  // ---- products -------------------------------------------------------------------------

  /** `a.dot(b, out=None)` (np.dot). */
  dot(b: ArrayLike, ...rest: PyArgs<[out: NDArray | null, options: { out?: NDArray | null }], { out?: NDArray | null }>): NDArray;
  dot(b: ArrayLike): NDArray {
    if (arguments.length === 1) return linalg.dot(this, b);
    const bound = METHOD.dot.bind(arguments);
    return linalg.dot(this, bound.b, bound.out);
  }
  /** `a @ b` (`ndarray.__matmul__`, np.matmul). */
  matmul(value: ArrayLike): NDArray {
    if (arguments.length !== 1) METHOD.matmul.bind(arguments);
    return linalg.matmul(this, value);
  }

  // ---- reductions -----------------------------------------------------------------------

  /** `a.sum(axis=None, dtype=None, out=None, keepdims=False, initial=0, where=True)`: a number, or an array with axis/keepdims. */
  sum<O extends DTypeReduceOptions = {}>(opts?: O & MethodReduceKeywords): Reduced<O>;
  sum(axis: Axis, ...rest: MethodArgs<[dtype: DTypeLike | null, out: null, keepdims: boolean], DTypeReduceOptions>): NDArray | number;
  sum(): NDArray | number {
    if (arguments.length === 0) return stats.sum(this);
    const b = METHOD.sum.bind(arguments);
    return stats.sum(this, b);
  }
  /** `a.prod(axis=None, dtype=None, out=None, keepdims=False, initial=1, where=True)`. */
  prod<O extends DTypeReduceOptions = {}>(opts?: O & MethodReduceKeywords): Reduced<O>;
  prod(axis: Axis, ...rest: MethodArgs<[dtype: DTypeLike | null, out: null, keepdims: boolean], DTypeReduceOptions>): NDArray | number;
  prod(): NDArray | number {
    if (arguments.length === 0) return stats.prod(this);
    const b = METHOD.prod.bind(arguments);
    return stats.prod(this, b);
  }
  /** `a.mean(axis=None, dtype=None, out=None, keepdims=False, *, where=True)`. */
  mean<O extends DTypeReduceOptions = {}>(opts?: O & MethodReduceKeywords): Reduced<O>;
  mean(axis: Axis, ...rest: MethodArgs<[dtype: DTypeLike | null, out: null, keepdims: boolean], DTypeReduceOptions>): NDArray | number;
  mean(): NDArray | number {
    if (arguments.length === 0) return stats.mean(this);
    const b = METHOD.mean.bind(arguments);
    return stats.mean(this, b);
  }
  /** `a.var(axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True)`. */
  var<O extends VarOptions = {}>(opts?: O & MethodReduceKeywords): Reduced<O>;
  var(axis: Axis, ...rest: MethodArgs<[dtype: DTypeLike | null, out: null, ddof: number, keepdims: boolean], VarOptions>): NDArray | number;
  var(): NDArray | number {
    if (arguments.length === 0) return stats.var_(this);
    const b = METHOD.var.bind(arguments);
    return stats.var_(this, b);
  }
  /** `a.std(axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True)`. */
  std<O extends VarOptions = {}>(opts?: O & MethodReduceKeywords): Reduced<O>;
  std(axis: Axis, ...rest: MethodArgs<[dtype: DTypeLike | null, out: null, ddof: number, keepdims: boolean], VarOptions>): NDArray | number;
  std(): NDArray | number {
    if (arguments.length === 0) return stats.std(this);
    const b = METHOD.std.bind(arguments);
    return stats.std(this, b);
  }
  /** `a.min(axis=None, out=None, keepdims=False, initial=<no value>, where=True)`. */
  min<O extends ReduceOptions = {}>(opts?: O & MethodReduceKeywords): Reduced<O>;
  min(axis: Axis, ...rest: MethodArgs<[out: null, keepdims: boolean], ReduceOptions>): NDArray | number;
  min(): NDArray | number {
    if (arguments.length === 0) return stats.min(this);
    const b = METHOD.min.bind(arguments);
    return stats.min(this, b);
  }
  /** `a.max(axis=None, out=None, keepdims=False, initial=<no value>, where=True)`. */
  max<O extends ReduceOptions = {}>(opts?: O & MethodReduceKeywords): Reduced<O>;
  max(axis: Axis, ...rest: MethodArgs<[out: null, keepdims: boolean], ReduceOptions>): NDArray | number;
  max(): NDArray | number {
    if (arguments.length === 0) return stats.max(this);
    const b = METHOD.max.bind(arguments);
    return stats.max(this, b);
  }
  /** `a.any(axis=None, out=None, keepdims=False, *, where=True)`: a boolean, or a bool array with axis/keepdims. */
  any<O extends ReduceOptions = {}>(opts?: O & MethodReduceKeywords): Reduced<O, boolean>;
  any(axis: Axis, ...rest: MethodArgs<[out: null, keepdims: boolean], ReduceOptions>): NDArray | boolean;
  any(): NDArray | boolean {
    if (arguments.length === 0) return stats.any(this);
    const b = METHOD.any.bind(arguments);
    return stats.any(this, b);
  }
  /** `a.all(axis=None, out=None, keepdims=False, *, where=True)`. */
  all<O extends ReduceOptions = {}>(opts?: O & MethodReduceKeywords): Reduced<O, boolean>;
  all(axis: Axis, ...rest: MethodArgs<[out: null, keepdims: boolean], ReduceOptions>): NDArray | boolean;
  all(): NDArray | boolean {
    if (arguments.length === 0) return stats.all(this);
    const b = METHOD.all.bind(arguments);
    return stats.all(this, b);
  }
  /** `a.argmax(axis=None, out=None, *, keepdims=False)`: flat index of the first maximum, or indices along axis. */
  argmax<O extends ArgOptions = {}>(opts?: O & { out?: null }): Reduced<O>;
  argmax(axis: number | null, ...rest: [out?: null, options?: { out?: null; keepdims?: boolean }] | [options?: { out?: null; keepdims?: boolean }]): NDArray | number;
  argmax(): NDArray | number {
    if (arguments.length === 0) return arg.argmax(this);
    const b = METHOD.argmax.bind(arguments);
    return arg.argmax(this, b);
  }
  /** `a.argmin(axis=None, out=None, *, keepdims=False)`. */
  argmin<O extends ArgOptions = {}>(opts?: O & { out?: null }): Reduced<O>;
  argmin(axis: number | null, ...rest: [out?: null, options?: { out?: null; keepdims?: boolean }] | [options?: { out?: null; keepdims?: boolean }]): NDArray | number;
  argmin(): NDArray | number {
    if (arguments.length === 0) return arg.argmin(this);
    const b = METHOD.argmin.bind(arguments);
    return arg.argmin(this, b);
  }
  /** `a.cumsum(axis=None, dtype=None, out=None)`: running sums. */
  cumsum(...rest: PyArgs<[axis: number | null, dtype: DTypeLike | null, out: null, options: sorting.CumulativeOptions], sorting.CumulativeOptions>): NDArray;
  cumsum(): NDArray {
    if (arguments.length === 0) return sorting.cumsum(this);
    const b = METHOD.cumsum.bind(arguments);
    return sorting.cumsum(this, b);
  }
  /** `a.argsort(axis=-1, kind=None, order=None)`: indices that sort each row (stable). */
  argsort(...rest: PyArgs<[axis: number | null, kind: sorting.SortKind | null, order: null, options: sorting.SortOptions], sorting.SortOptions>): NDArray;
  argsort(): NDArray {
    if (arguments.length === 0) return sorting.argsort(this);
    const b = METHOD.argsort.bind(arguments);
    return sorting.argsort(this, b.axis, b.kind);
  }
  /** `a.sort(axis=-1, kind=None, order=None)`: sorts in place (NaN last). */
  sort(...rest: PyArgs<[axis: number | null, kind: sorting.SortKind | null, order: null, options: sorting.SortOptions], sorting.SortOptions>): void;
  sort(): void {
    const b = arguments.length === 0 ? null : METHOD.sort.bind(arguments);
    assertWriteable(this, "sort array");
    cast.copyInto(this, b === null ? sorting.sort(this) : sorting.sort(this, b.axis, b.kind));
  }
  /** `a.round(decimals=0, out=None)`: halves to even, as np.around. */
  round(...rest: PyArgs<[decimals: number, out: NDArray | null, options: { decimals?: number; out?: NDArray | null }], { decimals?: number; out?: NDArray | null }>): NDArray;
  round(): NDArray {
    if (arguments.length === 0) return unary.around(this);
    const b = METHOD.round.bind(arguments);
    return unary.around(this, b.decimals, b.out);
  }
  /** `a.nonzero()`: one int64 index array per dimension. */
  nonzero(): NDArray[] {
    if (arguments.length !== 0) METHOD.nonzero.bind(arguments);
    return nonzero(this);
  }
  /** `a.repeat(repeats, axis=None)`: as np.repeat. */
  repeat(...args: PyArgs<[repeats: number | readonly number[] | NDArray, axis: number | null, options: { repeats?: number | readonly number[] | NDArray; axis?: number | null }], { repeats?: number | readonly number[] | NDArray; axis?: number | null }>): NDArray;
  repeat(...args: unknown[]): NDArray {
    const b = args.length === 1 && !isPlainObject(args[0]) ? { repeats: args[0], axis: null } : SHAPE_METHOD.repeat.bind(args);
    return repeatAlong(this, b.repeats, b.axis);
  }
  /** `a.diagonal(offset=0, axis1=0, axis2=1)`: as np.diagonal (a read-only view). */
  diagonal(...args: PyArgs<[offset: number, axis1: number, axis2: number, options: { offset?: number; axis1?: number; axis2?: number }], { offset?: number; axis1?: number; axis2?: number }>): NDArray;
  diagonal(...args: unknown[]): NDArray {
    const b = args.length === 0 ? { offset: 0, axis1: 0, axis2: 1 } : SHAPE_METHOD.diagonal.bind(args);
    return diagonalOf(this, b.offset, b.axis1, b.axis2);
  }
  /** `a.trace(offset=0, axis1=0, axis2=1, dtype=None, out=None)`: as np.trace. */
  trace(...args: PyArgs<[offset: number, axis1: number, axis2: number, dtype: DTypeLike | null, out: null, options: { offset?: number; axis1?: number; axis2?: number; dtype?: DTypeLike | null; out?: null }], { offset?: number; axis1?: number; axis2?: number; dtype?: DTypeLike | null; out?: null }>): NDArray | number;
  trace(...args: unknown[]): NDArray | number {
    const b = args.length === 0 ? { offset: 0, axis1: 0, axis2: 1, dtype: null } : SHAPE_METHOD.trace.bind(args);
    return traceOf(this, b.offset, b.axis1, b.axis2, b.dtype);
  }
  /** `a.take(indices, axis=None, out=None, mode='raise')`: as np.take. */
  take(indices: ArrayLike, ...rest: PyArgs<[axis: number | null, out: null, mode: IndexMode, options: { axis?: number | null; out?: null; mode?: IndexMode }], { axis?: number | null; out?: null; mode?: IndexMode }>): NDArray;
  take(...args: unknown[]): NDArray {
    const b = args.length === 1 ? { indices: args[0], axis: null, mode: "raise" } : SHAPE_METHOD.take.bind(args);
    return takeFrom(this, b.indices, b.axis, checkMode(b.mode));
  }
  /** `a.put(indices, values, mode='raise')`: in place, as np.put. */
  put(indices: ArrayLike, values: ArrayLike, ...rest: PyArgs<[mode: IndexMode, options: { mode?: IndexMode }], { mode?: IndexMode }>): void;
  put(...args: unknown[]): void {
    const b = args.length === 2 ? { indices: args[0], values: args[1], mode: "raise" } : SHAPE_METHOD.put.bind(args);
    putInto(this, b.indices, b.values, checkMode(b.mode));
  }
  /** `a.choose(choices, out=None, mode='raise')`: as np.choose with a as the index array. */
  choose(choices: readonly ArrayLike[], ...rest: PyArgs<[out: null, mode: IndexMode, options: { out?: null; mode?: IndexMode }], { out?: null; mode?: IndexMode }>): NDArray;
  choose(...args: unknown[]): NDArray {
    const b = args.length === 1 ? { choices: args[0], mode: "raise" } : SHAPE_METHOD.choose.bind(args);
    return chooseFrom(this, b.choices, checkMode(b.mode));
  }
  /** `a.compress(condition, axis=None, out=None)`: as np.compress. */
  compress(condition: ArrayLike, ...rest: PyArgs<[axis: number | null, out: null, options: { axis?: number | null; out?: null }], { axis?: number | null; out?: null }>): NDArray;
  compress(...args: unknown[]): NDArray {
    const b = args.length === 1 ? { condition: args[0], axis: null } : SHAPE_METHOD.compress.bind(args);
    return compressBy(b.condition, this, b.axis);
  }
}

const PROTO = NDArray.prototype;
const DECLARED: [Signature, Function][] = [
  [METHOD.astype, PROTO.astype], [METHOD.copy, PROTO.copy], [METHOD.tolist, PROTO.tolist], [METHOD.item, PROTO.item],
  [METHOD.get, PROTO.get], [METHOD.set, PROTO.set], [METHOD.fill, PROTO.fill], [METHOD.reshape, PROTO.reshape],
  [METHOD.ravel, PROTO.ravel], [METHOD.flatten, PROTO.flatten], [METHOD.transpose, PROTO.transpose],
  [METHOD.swapaxes, PROTO.swapaxes], [METHOD.squeeze, PROTO.squeeze], [METHOD.add, PROTO.add], [METHOD.sub, PROTO.sub],
  [METHOD.sub, PROTO.subtract], [METHOD.mul, PROTO.mul], [METHOD.mul, PROTO.multiply], [METHOD.div, PROTO.div],
  [METHOD.div, PROTO.divide], [METHOD.floor_divide, PROTO.floor_divide], [METHOD.mod, PROTO.mod], [METHOD.pow, PROTO.pow],
  [METHOD.pow, PROTO.power], [METHOD.neg, PROTO.neg], [METHOD.neg, PROTO.negative], [METHOD.abs, PROTO.abs],
  [METHOD.clip, PROTO.clip], [METHOD.iadd, PROTO.iadd], [METHOD.isub, PROTO.isub], [METHOD.imul, PROTO.imul],
  [METHOD.idiv, PROTO.idiv], [METHOD.gt, PROTO.gt], [METHOD.ge, PROTO.ge], [METHOD.lt, PROTO.lt], [METHOD.le, PROTO.le],
  [METHOD.eq, PROTO.eq], [METHOD.ne, PROTO.ne], [METHOD.dot, PROTO.dot], [METHOD.matmul, PROTO.matmul],
  [METHOD.sum, PROTO.sum], [METHOD.prod, PROTO.prod], [METHOD.mean, PROTO.mean], [METHOD.var, PROTO.var],
  [METHOD.std, PROTO.std], [METHOD.min, PROTO.min], [METHOD.max, PROTO.max], [METHOD.any, PROTO.any], [METHOD.all, PROTO.all],
  [METHOD.argmax, PROTO.argmax], [METHOD.argmin, PROTO.argmin], [METHOD.cumsum, PROTO.cumsum], [METHOD.argsort, PROTO.argsort],
  [METHOD.sort, PROTO.sort], [METHOD.round, PROTO.round], [METHOD.nonzero, PROTO.nonzero], [METHOD.str, PROTO.toString],
];
for (const [sig, fn] of DECLARED) pyfunction(sig, fn);
pyfunction(CONJ, PROTO.conj);
pyfunction(CONJUGATE, PROTO.conjugate);
for (const name of ["repeat", "diagonal", "trace", "take", "put", "choose", "compress"] as const) pyfunction(SHAPE_METHOD[name], PROTO[name]);

/** `pow(a, b, mod)`: NumPy arrays do not take a modulus (Python's TypeError). */
function powerModulo(a: NDArray, args: IArguments): void {
  const { value, mod } = METHOD.pow.bind(args);
  if (mod === null) return;
  const typeName = (v: unknown) => (v instanceof NDArray ? "numpy.ndarray" : pyTypeName(v));
  throw new PyTypeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}', '${typeName(value)}', '${typeName(mod)}'`);
}

/** Strides (in elements) of a C-ordered array of this shape. */
export function cContiguousStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let step = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    strides[axis] = step;
    step *= shape[axis];
  }
  return strides;
}

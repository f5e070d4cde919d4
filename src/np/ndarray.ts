/**
 * The strided n-dimensional array. Storage is a TypedArray; an element's place in it is
 * `offset + sum(index[k] * strides[k])`, strides counted in elements (not bytes).
 * Logical indices and buffer offsets are kept apart by name everywhere.
 * Methods are thin: the work lives in the np modules they call.
 */
import { inspect } from "node:util";
import { DType, DTypeLike, Storage } from "./dtype";
import { isTupleShape, tupleShape } from "./shape";
import type { ArrayLike } from "./create";
import type { UfuncOptions } from "./ufunc";
import type { ReduceOptions, Reduced } from "./reduce/core";
import type { DTypeReduceOptions, VarOptions } from "./reduce/stats";
import type { ArgOptions } from "./reduce/arg";
import type { IndexElement } from "./indexing/parse";
import * as binary from "./ufuncs/binary";
import * as unary from "./ufuncs/unary";
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

  /** @internal Use np.array / np.zeros / ... or NDArray.fromStorage. */
  constructor(data: Storage, shape: readonly number[], strides: readonly number[], offset: number, dtype: DType) {
    this.data = data;
    this.shape = isTupleShape(shape) ? shape : tupleShape(shape.slice());
    this.strides = strides;
    this.offset = offset;
    this.dtype = dtype;
  }

  /** Wraps a C-ordered TypedArray of the dtype's storage type (no copy). */
  static fromStorage(data: Storage, shape: readonly number[], dtype: DType): NDArray {
    return new NDArray(data, shape, cContiguousStrides(shape), 0, dtype);
  }

  /** Number of dimensions (`ndarray.ndim`). */
  get ndim(): number {
    return this.shape.length;
  }

  /** Number of elements (`ndarray.size`). */
  get size(): number {
    let n = 1;
    for (const d of this.shape) n *= d;
    return n;
  }

  /** Bytes per element (`ndarray.itemsize`). */
  get itemsize(): number {
    return this.dtype.itemsize;
  }

  /** Bytes of all elements (`ndarray.nbytes`). */
  get nbytes(): number {
    return this.size * this.dtype.itemsize;
  }

  /** `ndarray.T`: the transposed view. */
  get T(): NDArray {
    return manip.transpose(this);
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

  /** `a.astype(dtype)`: a copy cast to dtype (floats to ints truncate toward zero). */
  astype(dtype: DTypeLike): NDArray {
    return cast.astype(this, dtype);
  }

  /** `a.copy()`: a C-ordered copy. */
  copy(): NDArray {
    return cast.astype(this, this.dtype);
  }

  /** `a.tolist()`: nested lists of numbers (booleans for bool arrays); a number for 0-d. */
  tolist(): any {
    return convert.tolist(this);
  }

  /**
   * `a.item(*args)`: one element as a number. No arguments for a size-1 array, one flat
   * index, or one index per axis.
   */
  item(...index: number[]): number {
    return convert.item(this, index);
  }

  // ---- indexing -------------------------------------------------------------------------

  /**
   * `a[index]`: ints (negative from the end), slice strings (":", "1:5", "::-1"),
   * np.newaxis (null), "...", and boolean or integer arrays. Basic indices give views,
   * arrays give copies; a full integer index gives a 0-d array (`.item()` for the number).
   */
  get(...index: IndexElement[]): NDArray {
    return access.getItem(this, index);
  }

  /**
   * `a[index] = value`: `index` is one index element or a list of them, Python's tuple
   * (`a.set([3, 10], 0)` is `a[3, 10] = 0`; `a.set([[0, 2]], 1)` is `a[[0, 2]] = 1`).
   * The value broadcasts and is cast to a's dtype. Returns `a`.
   */
  set(index: IndexElement | readonly IndexElement[], value: ArrayLike): this {
    const list = Array.isArray(index) ? (index as readonly IndexElement[]) : [index as IndexElement];
    access.setItem(this, list, value);
    return this;
  }

  /** `a.fill(value)`: sets every element. */
  fill(value: number | boolean): void {
    access.setItem(this, ["..."], value);
  }

  // ---- shape ----------------------------------------------------------------------------

  /** `a.reshape(*shape)`: `a.reshape(3, 4)` or `a.reshape([3, 4])`; one -1 is inferred. */
  reshape(...shape: number[] | [readonly number[]]): NDArray {
    const dims = shape.length === 1 && Array.isArray(shape[0]) ? (shape[0] as readonly number[]) : (shape as number[]);
    return manip.reshape(this, dims);
  }

  /** `a.ravel()`: 1-D, a view when contiguous. */
  ravel(): NDArray {
    return manip.ravel(this);
  }

  /** `a.flatten()`: a 1-D copy. */
  flatten(): NDArray {
    return manip.flatten(this);
  }

  /** `a.transpose(*axes)`: reversed axes, or the given permutation (`a.transpose(1, 0)` or `([1, 0])`). */
  transpose(...axes: number[] | [readonly number[]]): NDArray {
    const perm = axes.length === 0 ? null : axes.length === 1 && Array.isArray(axes[0]) ? (axes[0] as number[]) : (axes as number[]);
    return manip.transpose(this, perm);
  }

  /** `a.swapaxes(axis1, axis2)`. */
  swapaxes(axis1: number, axis2: number): NDArray {
    return manip.swapaxes(this, axis1, axis2);
  }

  /** `a.squeeze(axis=None)`. */
  squeeze(axis?: number | readonly number[] | null): NDArray {
    return manip.squeeze(this, axis);
  }

  // ---- arithmetic -----------------------------------------------------------------------

  /** `a + b` (np.add). */
  add(b: ArrayLike, opts?: UfuncOptions): NDArray {
    return binary.add(this, b, opts);
  }
  /** `a - b` (np.subtract). */
  sub(b: ArrayLike, opts?: UfuncOptions): NDArray {
    return binary.subtract(this, b, opts);
  }
  /** `a - b` (np.subtract). */
  subtract(b: ArrayLike, opts?: UfuncOptions): NDArray {
    return binary.subtract(this, b, opts);
  }
  /** `a * b` (np.multiply), elementwise. */
  mul(b: ArrayLike, opts?: UfuncOptions): NDArray {
    return binary.multiply(this, b, opts);
  }
  /** `a * b` (np.multiply), elementwise. */
  multiply(b: ArrayLike, opts?: UfuncOptions): NDArray {
    return binary.multiply(this, b, opts);
  }
  /** `a / b` (np.divide). */
  div(b: ArrayLike, opts?: UfuncOptions): NDArray {
    return binary.divide(this, b, opts);
  }
  /** `a / b` (np.divide). */
  divide(b: ArrayLike, opts?: UfuncOptions): NDArray {
    return binary.divide(this, b, opts);
  }
  /** `a // b` (np.floor_divide). */
  floor_divide(b: ArrayLike, opts?: UfuncOptions): NDArray {
    return binary.floor_divide(this, b, opts);
  }
  /** `a % b` (np.mod). */
  mod(b: ArrayLike, opts?: UfuncOptions): NDArray {
    return binary.mod(this, b, opts);
  }
  /** `a ** b` (np.power). */
  pow(b: ArrayLike, opts?: UfuncOptions): NDArray {
    return binary.power(this, b, opts);
  }
  /** `a ** b` (np.power). */
  power(b: ArrayLike, opts?: UfuncOptions): NDArray {
    return binary.power(this, b, opts);
  }
  /** `-a` (np.negative). */
  neg(): NDArray {
    return unary.negative(this);
  }
  /** `-a` (np.negative). */
  negative(): NDArray {
    return unary.negative(this);
  }
  /** `abs(a)` (np.abs). */
  abs(): NDArray {
    return unary.abs(this);
  }
  /** `a.clip(min, max)`. */
  clip(min: ArrayLike | null, max: ArrayLike | null): NDArray {
    return select.clip(this, min, max);
  }

  /** `a += b` in place (casting "same_kind", as NumPy). Returns a. */
  iadd(b: ArrayLike): this {
    binary.add(this, b, { out: this });
    return this;
  }
  /** `a -= b` in place. Returns a. */
  isub(b: ArrayLike): this {
    binary.subtract(this, b, { out: this });
    return this;
  }
  /** `a *= b` in place. Returns a. */
  imul(b: ArrayLike): this {
    binary.multiply(this, b, { out: this });
    return this;
  }
  /** `a /= b` in place (an integer array raises NumPy's casting error). Returns a. */
  idiv(b: ArrayLike): this {
    binary.divide(this, b, { out: this });
    return this;
  }

  // ---- comparisons ----------------------------------------------------------------------

  /** `a > b` as a bool array. */
  gt(b: ArrayLike): NDArray {
    return binary.greater(this, b);
  }
  /** `a >= b` as a bool array. */
  ge(b: ArrayLike): NDArray {
    return binary.greater_equal(this, b);
  }
  /** `a < b` as a bool array. */
  lt(b: ArrayLike): NDArray {
    return binary.less(this, b);
  }
  /** `a <= b` as a bool array. */
  le(b: ArrayLike): NDArray {
    return binary.less_equal(this, b);
  }
  /** `a == b` as a bool array. */
  eq(b: ArrayLike): NDArray {
    return binary.equal(this, b);
  }
  /** `a != b` as a bool array. */
  ne(b: ArrayLike): NDArray {
    return binary.not_equal(this, b);
  }

  // ---- products -------------------------------------------------------------------------

  /** `a.dot(b)` (np.dot). */
  dot(b: ArrayLike): NDArray {
    return linalg.dot(this, b);
  }
  /** `a @ b` (np.matmul). */
  matmul(b: ArrayLike): NDArray {
    return linalg.matmul(this, b);
  }

  // ---- reductions -----------------------------------------------------------------------

  /** `a.sum(axis=None, dtype=None, keepdims=False)`: a number, or an array with axis/keepdims. */
  sum<O extends DTypeReduceOptions = {}>(opts?: O): Reduced<O> {
    return stats.sum(this, opts) as Reduced<O>;
  }
  /** `a.prod(axis=None, dtype=None, keepdims=False)`. */
  prod<O extends DTypeReduceOptions = {}>(opts?: O): Reduced<O> {
    return stats.prod(this, opts) as Reduced<O>;
  }
  /** `a.mean(axis=None, dtype=None, keepdims=False)`. */
  mean<O extends DTypeReduceOptions = {}>(opts?: O): Reduced<O> {
    return stats.mean(this, opts) as Reduced<O>;
  }
  /** `a.var(axis=None, dtype=None, ddof=0, keepdims=False)`. */
  var<O extends VarOptions = {}>(opts?: O): Reduced<O> {
    return stats.var_(this, opts) as Reduced<O>;
  }
  /** `a.std(axis=None, dtype=None, ddof=0, keepdims=False)`. */
  std<O extends VarOptions = {}>(opts?: O): Reduced<O> {
    return stats.std(this, opts) as Reduced<O>;
  }
  /** `a.min(axis=None, keepdims=False)`. */
  min<O extends ReduceOptions = {}>(opts?: O): Reduced<O> {
    return stats.min(this, opts) as Reduced<O>;
  }
  /** `a.max(axis=None, keepdims=False)`. */
  max<O extends ReduceOptions = {}>(opts?: O): Reduced<O> {
    return stats.max(this, opts) as Reduced<O>;
  }
  /** `a.any(axis=None, keepdims=False)`: a boolean, or a bool array with axis/keepdims. */
  any<O extends ReduceOptions = {}>(opts?: O): Reduced<O, boolean> {
    return stats.any(this, opts) as Reduced<O, boolean>;
  }
  /** `a.all(axis=None, keepdims=False)`. */
  all<O extends ReduceOptions = {}>(opts?: O): Reduced<O, boolean> {
    return stats.all(this, opts) as Reduced<O, boolean>;
  }
  /** `a.argmax(axis=None, keepdims=False)`: flat index of the first maximum, or indices along axis. */
  argmax<O extends ArgOptions = {}>(opts?: O): Reduced<O> {
    return arg.argmax(this, opts) as Reduced<O>;
  }
  /** `a.cumsum(axis=None, dtype=None)`: running sums. */
  cumsum(opts?: sorting.CumulativeOptions): NDArray {
    return sorting.cumsum(this, opts);
  }
  /** `a.argsort(axis=-1)`: indices that sort each row (stable). */
  argsort(opts?: sorting.SortOptions): NDArray {
    return sorting.argsort(this, opts);
  }
  /** `a.sort(axis=-1)`: sorts in place (NaN last). */
  sort(opts?: sorting.SortOptions): void {
    cast.copyInto(this, sorting.sort(this, opts));
  }
  /** `a.round(decimals=0)`: halves to even, as np.around. */
  round(decimals = 0): NDArray {
    return unary.around(this, { decimals });
  }
  /** `a.nonzero()`: one int64 index array per dimension. */
  nonzero(): NDArray[] {
    return nonzero(this);
  }
  /** `a.argmin(axis=None, keepdims=False)`. */
  argmin<O extends ArgOptions = {}>(opts?: O): Reduced<O> {
    return arg.argmin(this, opts) as Reduced<O>;
  }
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

/** Sorting and cumulative sums: np.sort, np.argsort, np.unique, np.cumsum, np.cumprod, with NumPy's signatures. */
import { complexUnique } from "./complex/order";
import { compareComplex, cumulateRows, sortComplexRows } from "./complex/reduce";
import { argHeapsort, argQuicksort } from "./argquicksort";
import { sortFloat64 } from "./radix-sort";
import { uninitStorage, zeroedStorage } from "./alloc";
import { DType, DTypeLike, dtype as toDType, int64 } from "./dtype";
import { NDArray, cContiguousStrides } from "./ndarray";
import { ArrayLike, asarray } from "./create";
import { contiguousStorage } from "./contiguous";
import { astype } from "./cast";
import { moveAxisLast } from "./manipulate";
import { normalizeAxis } from "./shape";
import { sumDType } from "./reduce/core";
import { PyArgs, pyfunction, signature } from "../signature";
import { DTYPE, OUT } from "./params";
import { toOut } from "./reduce/masked";

/** np.sort's algorithms (every one sorts stably here, so ties keep their order). */
export type SortKind = "quicksort" | "mergesort" | "heapsort" | "stable";

const SORT_SPEC = {
  types: { axis: "int|None" },
  choices: { kind: [null, "quicksort", "mergesort", "heapsort", "stable"] },
  unsupported: ["order"],
};
const SORT = signature("numpy.sort(a, axis=-1, kind=None, order=None)", SORT_SPEC);
const ARGSORT = signature("numpy.argsort(a, axis=-1, kind=None, order=None)", SORT_SPEC);
const UNIQUE = signature("numpy.unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *, equal_nan=True)", {
  types: { return_index: "bool", return_inverse: "bool", return_counts: "bool", axis: "int|None", equal_nan: "bool" },
});
const CUMULATIVE_SPEC = { types: { axis: "int|None", dtype: DTYPE, out: OUT } };
const CUMSUM = signature("numpy.cumsum(a, axis=None, dtype=None, out=None)", CUMULATIVE_SPEC);
const CUMPROD = signature("numpy.cumprod(a, axis=None, dtype=None, out=None)", CUMULATIVE_SPEC);

/** The positional forms of sort/argsort after `a`. */
type SortArgs = PyArgs<[axis: number | null, kind: SortKind | null, order: null, options: SortOptions], SortOptions>;

/** Keyword arguments of sort/argsort: the axis (-1 by default, null to flatten first). */
export interface SortOptions {
  a?: ArrayLike;
  axis?: number | null;
  kind?: SortKind | null;
  /** Field names of structured arrays: not supported. */
  order?: null;
}

/** NumPy's order: NaN after every number. */
function compare(x: number, y: number): number {
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) return 0;
  return x !== x ? (y !== y ? 0 : 1) : -1;
}

/** Runs `fn` on each row of a C-ordered copy with `axis` moved last; returns (rows, row length). */
function rowsOf(a: ArrayLike, opts: SortOptions | undefined): { arr: NDArray; data: NDArray["data"]; n: number; rows: number; axis: number | null } {
  let arr = asarray(a);
  let axis: number | null = opts?.axis === undefined ? -1 : opts.axis;
  if (axis === null) arr = arr.ravel();
  if (arr.ndim === 0) arr = arr.reshape([1]);
  const ax = normalizeAxis(axis ?? 0, arr.ndim);
  const moved = astype(moveAxisLast(arr, ax), arr.dtype);
  const n = arr.shape[ax];
  return { arr: moved, data: moved.data, n, rows: n === 0 ? 0 : moved.size / n, axis: axis === null ? null : ax };
}

function restore(result: NDArray, axis: number | null, ndim: number): NDArray {
  if (axis === null || axis === ndim - 1) return result;
  const perm: number[] = [];
  for (let i = 0; i < ndim - 1; i++) perm.push(i);
  perm.splice(axis, 0, ndim - 1);
  return astype(result.transpose(perm), result.dtype);
}

/**
 * `numpy.sort(a, axis=-1, kind=None, order=None)`: a sorted copy (NaN last); `axis: null`
 * sorts the flattened array. Every kind sorts stably here (the values are the same).
 */
export function sort(a: ArrayLike, ...rest: SortArgs): NDArray;
export function sort(...args: unknown[]): NDArray {
  const { a, ...opts } = args.length === 1 ? { a: args[0] as ArrayLike } : SORT.bind(args);
  const { arr, data, n, rows, axis } = rowsOf(a, opts);
  if (arr.dtype.kind === "c") sortComplexRows(data, n, rows);
  else for (let r = 0; r < rows; r++) {
    const row = data.subarray(r * n, (r + 1) * n);
    // typed arrays sort numerically with NaN last, as NumPy
    if (row instanceof Float64Array) sortFloat64(row);
    else row.sort();
  }
  return restore(arr, axis, arr.ndim);
}

/**
 * `numpy.argsort(a, axis=-1, kind=None, order=None)`: indices that sort each row (NaN last).
 * The default (quicksort) and heapsort are NumPy's own algorithms step for step, so ties come
 * out in NumPy's order; "stable" and "mergesort" keep tied elements in their original order.
 */
export function argsort(a: ArrayLike, ...rest: SortArgs): NDArray;
export function argsort(...args: unknown[]): NDArray {
  const { a, ...opts } = args.length === 1 ? { a: args[0] as ArrayLike } : ARGSORT.bind(args);
  const { arr, data, n, rows, axis } = rowsOf(a, opts);
  const kind = (opts as SortOptions).kind ?? null;
  const out = new Float64Array(arr.size);
  const idx = new Array<number>(n);
  for (let r = 0; r < rows; r++) {
    const start = r * n;
    for (let i = 0; i < n; i++) idx[i] = i;
    if (arr.dtype.kind === "c") {
      // complex values in NumPy's order (stably: ties keep their order)
      const p = 2 * start;
      idx.sort((i, j) => compareComplex(data[p + 2 * i], data[p + 2 * i + 1], data[p + 2 * j], data[p + 2 * j + 1]) || i - j);
      for (let i = 0; i < n; i++) out[start + i] = idx[i];
      continue;
    }
    const row = data.subarray(start, start + n);
    if (kind === null || kind === "quicksort") argQuicksort(row, idx);
    else if (kind === "heapsort") argHeapsort(row, idx);
    else idx.sort((i, j) => compare(row[i], row[j]) || i - j);
    for (let i = 0; i < n; i++) out[start + i] = idx[i];
  }
  return restore(NDArray.fromStorage(out, arr.shape, int64), axis, arr.ndim);
}

/** Keyword arguments of np.unique. */
export interface UniqueOptions {
  ar?: ArrayLike;
  return_index?: boolean;
  return_inverse?: boolean;
  return_counts?: boolean;
  /** Unique sub-arrays along this axis (null: the flattened array's unique values). */
  axis?: number | null;
  /** True: all NaNs count as one value (without `axis`). */
  equal_nan?: boolean;
}

/** Lexicographic order of rows `i` and `j` (each `m` values, NaN after every number), stable. */
function compareRows(data: NDArray["data"], m: number, i: number, j: number): number {
  for (let k = 0; k < m; k++) {
    const c = compare(data[i * m + k], data[j * m + k]);
    if (c !== 0) return c;
  }
  return i - j;
}

/** compareRows for complex rows: `m` doubles each, (re, im) pairs in NumPy's complex order. */
function compareComplexRows(data: NDArray["data"], m: number, i: number, j: number): number {
  for (let k = 0; k < m; k += 2) {
    const c = compareComplex(data[i * m + k], data[i * m + k + 1], data[j * m + k], data[j * m + k + 1]);
    if (c !== 0) return c;
  }
  return i - j;
}

function sameRows(data: NDArray["data"], m: number, i: number, j: number, equalNan: boolean): boolean {
  for (let k = 0; k < m; k++) {
    const x = data[i * m + k];
    const y = data[j * m + k];
    if (x !== y && !(equalNan && x !== x && y !== y)) return false;
  }
  return true;
}

/**
 * `numpy.unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *,
 * equal_nan=True)`: the sorted distinct values of the flattened array, or the distinct
 * sub-arrays along `axis` (compared element by element, complex ones in NumPy's sort order;
 * rows with NaN never equal, as NumPy).
 * With any return_* option, a list: the values, then the requested int64 arrays in NumPy's
 * order (index of first occurrence, inverse, counts).
 */
export function unique(ar: ArrayLike, options?: { axis?: number | null; equal_nan?: boolean; return_index?: false; return_inverse?: false; return_counts?: false }): NDArray;
/** With return_index / return_inverse / return_counts: [values, ...requested arrays]. */
export function unique(ar: ArrayLike, ...rest: PyArgs<[return_index: boolean, return_inverse: boolean, return_counts: boolean, axis: number | null, options: UniqueOptions], UniqueOptions>): NDArray | NDArray[];
export function unique(...args: unknown[]): NDArray | NDArray[] {
  const b = args.length === 1 ? { ar: args[0], return_index: false, return_inverse: false, return_counts: false, axis: null, equal_nan: true } : UNIQUE.bind(args);
  const arr = asarray(b.ar as ArrayLike);
  const complex = arr.dtype.kind === "c";
  if (complex && b.axis === null) {
    const { values, first, inverse, counts } = complexUnique(arr, b.equal_nan);
    if (!b.return_index && !b.return_inverse && !b.return_counts) return values;
    return uniqueResults(values, first, inverse, counts, b as UniqueFlags);
  }
  const axis = b.axis === null ? null : normalizeAxis(b.axis, arr.ndim);
  if (axis === null && !b.return_index && !b.return_inverse && !b.return_counts) return uniqueValues(arr, b.equal_nan);
  // rows: n sub-arrays of m values each, in C order
  const moved = axis === null ? arr : astype(arr.transpose([axis, ...arr.shape.map((_, i) => i).filter((i) => i !== axis)]), arr.dtype);
  const data = contiguousStorage(moved);
  const n = axis === null ? data.length : arr.shape[axis];
  const m = n === 0 ? 0 : data.length / n;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort(complex ? (i, j) => compareComplexRows(data, m, i, j) : m === 1 ? (i, j) => compare(data[i], data[j]) || i - j : (i, j) => compareRows(data, m, i, j));
  const equalNan = axis === null && b.equal_nan;
  const first: number[] = [];
  const counts: number[] = [];
  const inverse = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const last = first.length - 1;
    if (last >= 0 && sameRows(data, m, first[last], i, equalNan)) counts[last]++;
    else {
      first.push(i);
      counts.push(1);
    }
    inverse[i] = first.length - 1;
  }
  const values = uninitStorage(arr.dtype.storage, first.length * m);
  for (let g = 0; g < first.length; g++) for (let k = 0; k < m; k++) values[g * m + k] = data[first[g] * m + k];
  let result = NDArray.fromStorage(values, axis === null ? [first.length] : [first.length, ...moved.shape.slice(1)], arr.dtype);
  if (axis !== null && axis !== 0) {
    const back = result.shape.map((_, i) => i).slice(1);
    back.splice(axis, 0, 0);
    result = astype(result.transpose(back), arr.dtype);
  }
  if (!b.return_index && !b.return_inverse && !b.return_counts) return result;
  return uniqueResults(result, first, inverse, counts, b as UniqueFlags);
}

type UniqueFlags = { return_index: boolean; return_inverse: boolean; return_counts: boolean };

/** The values, then the requested int64 arrays in NumPy's order (first index, inverse, counts). */
function uniqueResults(values: NDArray, first: number[], inverse: Float64Array, counts: number[], b: UniqueFlags): NDArray[] {
  const out = [values];
  if (b.return_index) out.push(NDArray.fromStorage(Float64Array.from(first), [first.length], int64));
  if (b.return_inverse) out.push(NDArray.fromStorage(inverse, [inverse.length], int64));
  if (b.return_counts) out.push(NDArray.fromStorage(Float64Array.from(counts), [counts.length], int64));
  return out;
}

/** The sorted distinct values of the flattened array: sort a copy, keep each value unlike its predecessor. */
function uniqueValues(arr: NDArray, equalNan: boolean): NDArray {
  const data = uninitStorage(arr.dtype.storage, arr.size);
  data.set(contiguousStorage(arr));
  if (data instanceof Float64Array) sortFloat64(data);
  else data.sort();
  const n = data.length;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const x = data[i];
    if (kept > 0) {
      const prev = data[kept - 1];
      // NaNs sort last: with equal_nan they all collapse into the first
      if (x === prev || (equalNan && x !== x && prev !== prev)) continue;
    }
    data[kept++] = x;
  }
  const values = uninitStorage(arr.dtype.storage, kept);
  values.set(data.subarray(0, kept));
  return NDArray.fromStorage(values, [kept], arr.dtype);
}

/** Keyword arguments of cumsum/cumprod: axis (null flattens) and accumulator dtype. */
export interface CumulativeOptions {
  a?: ArrayLike;
  axis?: number | null;
  dtype?: DTypeLike | null;
  /** The array the running values are written into (cast unsafely); it is returned. */
  out?: NDArray | null;
}

function cumulative(a: ArrayLike, opts: CumulativeOptions | undefined, product: boolean): NDArray {
  const arr = asarray(a);
  const dt: DType = opts?.dtype ? toDType(opts.dtype) : sumDType(arr.dtype);
  const axis = opts?.axis ?? null;
  if (!product && (axis === null || (arr.ndim === 1 && (axis === 0 || axis === -1))) && arr.dtype === dt && dt.storage === Float64Array && dt.kind !== "c") {
    return runningSum(contiguousStorage(arr) as Float64Array, dt);
  }
  const { arr: rows, n, rows: count, axis: ax } = rowsOf(arr, { axis });
  const out = zeroedStorage(dt.storage, rows.size);
  const src = rows.dtype === dt || dt.kind === "c" ? rows.data : astype(rows, dt).data;
  if (dt.kind === "c") {
    cumulateRows(rows.dtype === dt ? src : astype(rows, dt).data, out, n, count, product);
    return restore(new NDArray(out, rows.shape, cContiguousStrides(rows.shape), 0, dt), ax, rows.ndim);
  }
  for (let r = 0; r < count; r++) {
    const start = r * n;
    let acc = product ? 1 : 0;
    for (let i = 0; i < n; i++) {
      acc = product ? acc * src[start + i] : acc + src[start + i];
      out[start + i] = acc;
      acc = out[start + i];
    }
  }
  const result = new NDArray(out, rows.shape, cContiguousStrides(rows.shape), 0, dt);
  return restore(result, ax, rows.ndim);
}

/** The running sums of float64-stored values in C order, as a 1-d array of `dt` (float64, int64 or uint64). */
function runningSum(src: Float64Array, dt: DType): NDArray {
  const n = src.length;
  const out = uninitStorage(Float64Array, n) as Float64Array;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc += src[i];
    out[i] = acc;
  }
  return NDArray.fromStorage(out, [n], dt);
}

type CumulativeArgs = PyArgs<[axis: number | null, dtype: DTypeLike | null, out: NDArray | null, options: CumulativeOptions], CumulativeOptions>;

/** `numpy.cumsum(a, axis=None, dtype=None, out=None)`: running sums (flattened unless an axis is given). */
export function cumsum(a: ArrayLike, ...rest: CumulativeArgs): NDArray;
export function cumsum(...args: unknown[]): NDArray {
  const { a, ...opts } = args.length === 1 ? { a: args[0] as ArrayLike } : CUMSUM.bind(args);
  return toOut(cumulative(a, opts, false), opts.out) as NDArray;
}

/** `numpy.cumprod(a, axis=None, dtype=None, out=None)`: running products (flattened unless an axis is given). */
export function cumprod(a: ArrayLike, ...rest: CumulativeArgs): NDArray;
export function cumprod(...args: unknown[]): NDArray {
  const { a, ...opts } = args.length === 1 ? { a: args[0] as ArrayLike } : CUMPROD.bind(args);
  return toOut(cumulative(a, opts, true), opts.out) as NDArray;
}

pyfunction(SORT, sort);
pyfunction(ARGSORT, argsort);
pyfunction(UNIQUE, unique);
pyfunction(CUMSUM, cumsum);
pyfunction(CUMPROD, cumprod);

/** Sorting and cumulative sums: np.sort, np.argsort, np.unique, np.cumsum, np.cumprod. */
import { uninitStorage, zeroedStorage } from "./alloc";
import { DType, DTypeLike, dtype as toDType, int64 } from "./dtype";
import { NDArray, cContiguousStrides } from "./ndarray";
import { ArrayLike, asarray } from "./create";
import { contiguousStorage } from "./contiguous";
import { astype } from "./cast";
import { moveAxisLast } from "./manipulate";
import { normalizeAxis } from "./shape";
import { sumDType } from "./reduce/core";

/** Keyword arguments of sort/argsort: the axis (-1 by default, null to flatten first). */
export interface SortOptions {
  axis?: number | null;
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

/** `np.sort(a, axis=-1)`: a sorted copy (NaN last); `axis: null` sorts the flattened array. */
export function sort(a: ArrayLike, opts?: SortOptions): NDArray {
  const { arr, data, n, rows, axis } = rowsOf(a, opts);
  for (let r = 0; r < rows; r++) {
    const row = data.subarray(r * n, (r + 1) * n);
    if (arr.dtype.kind === "f") row.sort(compare);
    else row.sort();
  }
  return restore(arr, axis, arr.ndim);
}

/**
 * `np.argsort(a, axis=-1, kind="stable")`: indices that sort each row (NaN last). Ties keep
 * their order (NumPy's default quicksort may order ties differently on long arrays).
 */
export function argsort(a: ArrayLike, opts?: SortOptions): NDArray {
  const { arr, data, n, rows, axis } = rowsOf(a, opts);
  const out = new Float64Array(arr.size);
  const idx = new Array<number>(n);
  for (let r = 0; r < rows; r++) {
    const start = r * n;
    for (let i = 0; i < n; i++) idx[i] = i;
    idx.sort((i, j) => compare(data[start + i], data[start + j]) || i - j);
    for (let i = 0; i < n; i++) out[start + i] = idx[i];
  }
  return restore(NDArray.fromStorage(out, arr.shape, int64), axis, arr.ndim);
}

/** Keyword arguments of np.unique. */
export interface UniqueOptions {
  return_index?: boolean;
  return_inverse?: boolean;
  return_counts?: boolean;
}

/**
 * `np.unique(ar, return_index=False, return_inverse=False, return_counts=False)`: the sorted
 * distinct values of the flattened array. With any return_* option, a list: the values, then
 * the requested int64 arrays in NumPy's order (index, inverse, counts).
 */
export function unique(ar: ArrayLike, opts?: Record<string, never>): NDArray;
/** With return_index / return_inverse / return_counts: [values, ...requested arrays]. */
export function unique(ar: ArrayLike, opts: UniqueOptions): NDArray | NDArray[];
export function unique(ar: ArrayLike, opts?: UniqueOptions): NDArray | NDArray[] {
  const arr = asarray(ar);
  const flat = contiguousStorage(arr);
  const order = argsort(NDArray.fromStorage(flat, [flat.length], arr.dtype)).data;
  const values: number[] = [];
  const first: number[] = [];
  const counts: number[] = [];
  const inverse = new Float64Array(flat.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const v = flat[i];
    const last = values.length - 1;
    if (last >= 0 && (values[last] === v || (v !== v && values[last] !== values[last]))) {
      counts[last]++;
    } else {
      values.push(v);
      first.push(i);
      counts.push(1);
    }
    inverse[i] = values.length - 1;
  }
  const data = uninitStorage(arr.dtype.storage, values.length);
  data.set(values);
  const result = NDArray.fromStorage(data, [values.length], arr.dtype);
  if (!opts?.return_index && !opts?.return_inverse && !opts?.return_counts) return result;
  const out = [result];
  if (opts.return_index) out.push(NDArray.fromStorage(Float64Array.from(first), [first.length], int64));
  if (opts.return_inverse) out.push(NDArray.fromStorage(inverse, [inverse.length], int64));
  if (opts.return_counts) out.push(NDArray.fromStorage(Float64Array.from(counts), [counts.length], int64));
  return out;
}

/** Keyword arguments of cumsum/cumprod: axis (null flattens) and accumulator dtype. */
export interface CumulativeOptions {
  axis?: number | null;
  dtype?: DTypeLike | null;
}

function cumulative(a: ArrayLike, opts: CumulativeOptions | undefined, product: boolean): NDArray {
  const arr = asarray(a);
  const dt: DType = opts?.dtype ? toDType(opts.dtype) : sumDType(arr.dtype);
  const axis = opts?.axis ?? null;
  const { arr: rows, n, rows: count, axis: ax } = rowsOf(arr, { axis });
  const out = zeroedStorage(dt.storage, rows.size);
  const src = rows.data;
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

/** `np.cumsum(a, axis=None, dtype=None)`: running sums (flattened unless an axis is given). */
export function cumsum(a: ArrayLike, opts?: CumulativeOptions): NDArray {
  return cumulative(a, opts, false);
}

/** `np.cumprod(a, axis=None, dtype=None)`: running products (flattened unless an axis is given). */
export function cumprod(a: ArrayLike, opts?: CumulativeOptions): NDArray {
  return cumulative(a, opts, true);
}

/** np.partition and np.argpartition (and the ndarray methods): NumPy's introselect, row by row. */
import { PyTypeError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { int64 } from "../dtype";
import { astype } from "../cast";
import { moveAxisLast } from "../manipulate";
import { normalizeAxis } from "../shape";
import { copyInto } from "../cast";
import { PyArgs, pyfunction, signature } from "../../signature";
import { selectRows } from "./introselect";

/** Keyword arguments of np.partition / np.argpartition. */
export interface PartitionOptions {
  a?: ArrayLike;
  kth?: number | readonly number[];
  axis?: number | null;
  kind?: "introselect";
  /** Field names of structured arrays: this library has none (NumPy's ValueError). */
  order?: null;
}

const SPEC = { types: { axis: "int|None" } };
const PARTITION = signature("numpy.partition(a, kth, axis=-1, kind='introselect', order=None)", SPEC);
const ARGPARTITION = signature("numpy.argpartition(a, kth, axis=-1, kind='introselect', order=None)", SPEC);

/** Refuses a kind NumPy does not know, with NumPy's text. */
function checkKind(kind: unknown): void {
  if (kind !== "introselect") throw new ValueError(`select kind must be 'introselect' (got ${typeof kind === "string" ? `'${kind}'` : String(kind)})`);
}

function checkOrder(order: unknown): void {
  if (order !== null && order !== undefined) throw new ValueError("Cannot specify order when the array has no fields.");
}

/** The kth values as NumPy's partition_prep_kth_array leaves them: in range, ascending. */
export function kthList(kth: unknown, n: number): number[] {
  const arr = asarray(kth as ArrayLike);
  if (arr.dtype.kind === "f") throw new PyTypeError("Partition index must be integer");
  if (arr.ndim > 1) throw new ValueError("object too deep for desired array");
  const list = (arr.ndim === 0 ? [arr.item()] : (arr.tolist() as number[])).map(Number);
  return list
    .map((k) => {
      const normal = k < 0 ? k + n : k;
      if (normal < 0 || normal >= n) throw new ValueError(`kth(=${normal}) out of bounds (${n})`);
      return normal;
    })
    .sort((x, y) => x - y);
}

/** Rows of `a` along `axis` (a C-ordered copy with that axis last) and the permutation introselect leaves. */
function select(a: NDArray, kth: unknown, axis: number | null, zeroDimAxes: number): { moved: NDArray; order: Int32Array | Float64Array; ax: number; flat: NDArray } {
  let flat = a;
  let ax: number;
  if (axis === null || a.ndim === 0) {
    // np.partition of a 0-d array wants axis None; np.argpartition ravels it first
    if (a.ndim === 0 && axis !== null) normalizeAxis(axis, zeroDimAxes);
    flat = a.ravel();
    ax = 0;
  } else ax = normalizeAxis(axis, a.ndim);
  const moved = astype(moveAxisLast(flat, ax), flat.dtype);
  const n = flat.shape[ax];
  const kths = moved.size === 0 ? [] : kthList(kth, n);
  const rows = n === 0 ? 0 : moved.size / n;
  return { moved, order: selectRows(moved.data, rows, n, kths, flat.dtype.kind === "f"), ax, flat };
}

/** The axis moved last by `select`, put back in its place. */
function restoreAxis(last: NDArray, ax: number): NDArray {
  const ndim = last.ndim;
  const perm = Array.from({ length: ndim }, (_, i) => (i < ax ? i : i === ax ? ndim - 1 : i - 1));
  return last.transpose(perm);
}

/** Partitioned values of `a` along `axis` (a new C-ordered array). */
export function partitioned(a: NDArray, kth: unknown, axis: number | null): NDArray {
  const { moved, order, ax } = select(a, kth, axis, 0);
  const out = moved.copy();
  const src = moved.data, dst = out.data;
  for (let i = 0; i < order.length; i++) dst[i] = src[order[i]];
  return astype(restoreAxis(out, ax), a.dtype);
}

/** Indices that partition `a` along `axis` (int64). */
export function argpartitioned(a: NDArray, kth: unknown, axis: number | null): NDArray {
  const { moved, order, ax } = select(a, kth, axis, 1);
  const n = moved.ndim === 0 ? 1 : moved.shape[moved.ndim - 1];
  const idx = new NDArray(new Float64Array(order.length), moved.shape, moved.strides, 0, int64);
  const data = idx.data;
  for (let i = 0; i < order.length; i++) data[i] = order[i] % n;
  return astype(restoreAxis(idx, ax), int64);
}

/**
 * `numpy.partition(a, kth, axis=-1, kind='introselect', order=None)`: a copy with the k-th
 * element where sorting would put it, smaller ones before and the rest after (each kth of a
 * sequence in turn). The order within the parts is NumPy's introselect's, as NumPy prints it.
 */
export function partition(a: ArrayLike, kth: number | readonly number[], ...rest: PyArgs<[axis: number | null, kind: "introselect", order: null, options: PartitionOptions], PartitionOptions>): NDArray;
export function partition(...args: unknown[]): NDArray {
  if (args.length === 2 && typeof args[1] === "number") return partitioned(asarray(args[0] as ArrayLike), args[1], -1);
  const b = PARTITION.bind(args);
  checkKind(b.kind);
  checkOrder(b.order);
  return partitioned(asarray(b.a), b.kth, b.axis);
}

/**
 * `numpy.argpartition(a, kth, axis=-1, kind='introselect', order=None)`: the indices that
 * would partition `a` (int64), as np.partition arranges the values.
 */
export function argpartition(a: ArrayLike, kth: number | readonly number[], ...rest: PyArgs<[axis: number | null, kind: "introselect", order: null, options: PartitionOptions], PartitionOptions>): NDArray;
export function argpartition(...args: unknown[]): NDArray {
  if (args.length === 2 && typeof args[1] === "number") return argpartitioned(asarray(args[0] as ArrayLike), args[1], -1);
  const b = ARGPARTITION.bind(args);
  checkKind(b.kind);
  checkOrder(b.order);
  return argpartitioned(asarray(b.a), b.kth, b.axis);
}

pyfunction(PARTITION, partition);
pyfunction(ARGPARTITION, argpartition);

/** Writes partitioned values back into `a` (ndarray.partition sorts in place). */
export function partitionInPlace(a: NDArray, kth: unknown, axis: number): void {
  copyInto(a, partitioned(a, kth, axis));
}

/** Diagonals: diagonal, diag, diagflat, trace. */
import { AxisError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { PyArgs, isPlainObject, pyfunction, signature } from "../../signature";
import { DTYPE, OUT } from "../params";
import { DTypeLike } from "../dtype";
import { viewOf } from "../flags";
import { zeros } from "../create-filled";
import { ravel } from "../manipulate";
import { sum } from "../reduce/stats";

/** Keyword arguments of np.diagonal. */
export interface DiagonalOptions {
  a?: ArrayLike;
  offset?: number;
  axis1?: number;
  axis2?: number;
}

const DIAGONAL = signature("numpy.diagonal(a, offset=0, axis1=0, axis2=1)", { types: { offset: "int", axis1: "int", axis2: "int" } });

function checkAxis(axis: number, ndim: number, name: string): number {
  if (axis < -ndim || axis >= ndim) throw new AxisError(`${name}: axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}

/** np.diagonal's work (also `a.diagonal`): a read-only view, the diagonal as the last axis. */
export function diagonalOf(a: ArrayLike, offset: number, axis1: number, axis2: number): NDArray {
  const arr = asarray(a);
  if (arr.ndim < 2) throw new ValueError("diag requires an array of at least two dimensions");
  const i = checkAxis(axis1, arr.ndim, "axis1");
  const j = checkAxis(axis2, arr.ndim, "axis2");
  if (i === j) throw new ValueError("axis1 and axis2 cannot be the same");
  const rows = arr.shape[i];
  const cols = arr.shape[j];
  const length = Math.max(0, offset >= 0 ? Math.min(rows, cols - offset) : Math.min(rows + offset, cols));
  let start = arr.offset;
  if (length > 0) start += offset >= 0 ? offset * arr.strides[j] : -offset * arr.strides[i];
  const keep = arr.shape.map((_, d) => d).filter((d) => d !== i && d !== j);
  const view = new NDArray(
    arr.data,
    [...keep.map((d) => arr.shape[d]), length],
    [...keep.map((d) => arr.strides[d]), arr.strides[i] + arr.strides[j]],
    start,
    arr.dtype,
  );
  viewOf(arr, view);
  view._readonly = true;
  return view;
}

/**
 * `numpy.diagonal(a, offset=0, axis1=0, axis2=1)`: the diagonal (above it for offset > 0,
 * below for < 0) of the 2-D sub-arrays on axis1/axis2, as a read-only view with the diagonal
 * as its last axis.
 */
export function diagonal(a: ArrayLike, ...rest: PyArgs<[offset: number, axis1: number, axis2: number, options: DiagonalOptions], DiagonalOptions>): NDArray;
export function diagonal(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { a: args[0], offset: 0, axis1: 0, axis2: 1 } : DIAGONAL.bind(args);
  return diagonalOf(b.a, b.offset, b.axis1, b.axis2);
}

const DIAG = signature("numpy.diag(v, k=0)", { types: { k: "int" } });
const DIAGFLAT = signature("numpy.diagflat(v, k=0)", { types: { k: "int" } });

/** A square array with `v` on its k-th diagonal. */
function withDiagonal(v: NDArray, k: number): NDArray {
  const n = v.size + Math.abs(k);
  const out = zeros([n, n], v.dtype);
  const d = diagonalOf(out, k, 0, 1);
  d._readonly = false;
  d.set(["..."], v);
  return out;
}

/**
 * `numpy.diag(v, k=0)`: for a 1-D v, a 2-D array with v on the k-th diagonal; for a 2-D v,
 * its k-th diagonal (a read-only view, as np.diagonal).
 */
export function diag(v: ArrayLike, ...rest: PyArgs<[k: number, options: { v?: ArrayLike; k?: number }], { v?: ArrayLike; k?: number }>): NDArray;
export function diag(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { v: args[0], k: 0 } : DIAG.bind(args);
  const arr = asarray(b.v as ArrayLike);
  if (arr.ndim === 1) return withDiagonal(arr, b.k);
  if (arr.ndim === 2) return diagonalOf(arr, b.k, 0, 1);
  throw new ValueError("Input must be 1- or 2-d.");
}

/** `numpy.diagflat(v, k=0)`: a 2-D array with the flattened input on the k-th diagonal. */
export function diagflat(v: ArrayLike, ...rest: PyArgs<[k: number, options: { v?: ArrayLike; k?: number }], { v?: ArrayLike; k?: number }>): NDArray;
export function diagflat(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { v: args[0], k: 0 } : DIAGFLAT.bind(args);
  return withDiagonal(ravel(b.v as ArrayLike), b.k);
}

/** Keyword arguments of np.trace. */
export interface TraceOptions extends DiagonalOptions {
  dtype?: DTypeLike | null;
  out?: null;
}

const TRACE = signature("numpy.trace(a, offset=0, axis1=0, axis2=1, dtype=None, out=None)", {
  types: { offset: "int", axis1: "int", axis2: "int", dtype: DTYPE, out: OUT },
  unsupported: ["out"],
});

/** np.trace's work (also `a.trace`). */
export function traceOf(a: ArrayLike, offset: number, axis1: number, axis2: number, dtype: DTypeLike | null): NDArray | number {
  const d = diagonalOf(a, offset, axis1, axis2);
  if (d.ndim === 1) return dtype === null ? (sum(d) as number) : (sum(d, null, dtype) as number);
  return dtype === null ? sum(d, -1) : sum(d, -1, dtype);
}

/**
 * `numpy.trace(a, offset=0, axis1=0, axis2=1, dtype=None, out=None)`: the sum along a
 * diagonal (a number for 2-D input, an array of sums for more dimensions).
 */
export function trace(a: ArrayLike, ...rest: PyArgs<[offset: number, axis1: number, axis2: number, dtype: DTypeLike | null, out: null, options: TraceOptions], TraceOptions>): NDArray | number;
export function trace(...args: unknown[]): NDArray | number {
  const b = args.length === 1 && !isPlainObject(args[0]) ? { a: args[0], offset: 0, axis1: 0, axis2: 1, dtype: null } : TRACE.bind(args);
  return traceOf(b.a, b.offset, b.axis1, b.axis2, b.dtype);
}

pyfunction(DIAGONAL, diagonal);
pyfunction(DIAG, diag);
pyfunction(DIAGFLAT, diagflat);
pyfunction(TRACE, trace);

/**
 * Stacks of matrices as np.linalg sees them: an array of shape (..., M, N) copied into one
 * C-ordered Float64Array the routines may overwrite, its batch shape, and the dtype NumPy gives
 * the results (float32 stays float32; every other type computes and returns float64).
 */
import { LinAlgError, NotImplementedError } from "../../errors";
import { DType, float32, float64 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";
import { shapeSize } from "../shape";
import { uninitStorage } from "../alloc";

/** A stack of M x N matrices in row-major order, matrix after matrix. */
export interface MatrixStack {
  readonly data: Float64Array;
  readonly batch: number[];
  readonly count: number;
  readonly rows: number;
  readonly cols: number;
  /** The dtype NumPy returns for this input. */
  readonly dtype: DType;
}

/** The result dtype NumPy's linalg gives an input dtype: float32 stays, the rest is float64. */
export function linalgDType(dt: DType): DType {
  return dt === float32 ? float32 : float64;
}

/** The input as an array checked to have at least two dimensions (NumPy's _assert_stacked_2d). */
export function atLeast2d(a: ArrayLike): NDArray {
  const arr = asarray(a);
  if (arr.ndim < 2) {
    throw new LinAlgError(`${arr.ndim}-dimensional array given. Array must be at least two-dimensional`);
  }
  return arr;
}

/** Throws NumPy's LinAlgError unless the last two dimensions are equal. */
export function assertSquare(arr: NDArray): void {
  if (arr.shape[arr.ndim - 1] !== arr.shape[arr.ndim - 2]) {
    throw new LinAlgError("Last 2 dimensions of the array must be square");
  }
}

/**
 * A writable float64 copy of the array's elements in C order; `inHeap`: in the shared heap
 * when large (where the SIMD kernels' threads can update it in place).
 */
export function float64Copy(arr: NDArray, inHeap = false): Float64Array {
  if (arr.dtype.kind === "c") throw new NotImplementedError(`np.linalg does not take complex matrices yet (got ${arr.dtype.name})`);
  const src = contiguousStorage(arr);
  if (inHeap) {
    const out = uninitStorage(Float64Array, src.length) as Float64Array;
    out.set(src as Float64Array);
    return out;
  }
  return src instanceof Float64Array ? src.slice() : Float64Array.from(src as Iterable<number>);
}

/** The array (at least 2-d) as a writable stack of matrices (`inHeap`: see float64Copy). */
export function matrixStack(arr: NDArray, inHeap = false): MatrixStack {
  const rows = arr.shape[arr.ndim - 2];
  const cols = arr.shape[arr.ndim - 1];
  const batch = arr.shape.slice(0, -2);
  return { data: float64Copy(arr, inHeap), batch, count: shapeSize(batch), rows, cols, dtype: linalgDType(arr.dtype) };
}

/** The stack of a square-matrix input: at least 2-d and square, as NumPy checks it (`inHeap`: see float64Copy). */
export function squareStack(a: ArrayLike, inHeap = false): MatrixStack {
  const arr = atLeast2d(a);
  assertSquare(arr);
  return matrixStack(arr, inHeap);
}

/** Float64 results as an array of the dtype NumPy returns. */
export function resultArray(data: Float64Array, shape: readonly number[], dt: DType): NDArray {
  const out = NDArray.fromStorage(data, shape.slice(), float64);
  return dt === float64 ? out : astype(out, dt);
}

/** One number of a result: a plain number where NumPy returns a scalar (float32 rounded). */
export function resultScalar(v: number, dt: DType): number {
  return dt === float32 ? Math.fround(v) : v;
}

/** Throws LinAlgError `message` when any element is NaN or infinite (LAPACK would not converge). */
export function assertFinite(data: Float64Array, message: string): void {
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i])) throw new LinAlgError(message);
  }
}

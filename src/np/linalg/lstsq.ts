/** np.linalg.lstsq, pinv and matrix_rank: everything built on the singular value decomposition. */
import { LinAlgError, ValueError } from "../../errors";
import { check, pyfunction, signature } from "../../signature";
import { float32, int64, promote_types } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { contiguousStorage } from "../contiguous";
import { astype } from "../cast";
import { hermitianSvdOne, svdOne } from "./svd";
import { assertFinite, assertSquare, atLeast2d, float64Copy, linalgDType, matrixStack, resultArray } from "./stack";
import { complexMatrixRank } from "./complex-norms";
import { complexLstsq, complexPinv } from "./complex-decompose";

/** Keyword arguments of np.linalg.lstsq. */
export interface LstsqOptions {
  a?: ArrayLike;
  b?: ArrayLike;
  rcond?: number | null | "warn";
}
/** Keyword arguments of np.linalg.pinv. */
export interface PinvOptions {
  a?: ArrayLike;
  rcond?: number;
  hermitian?: boolean;
}
/** Keyword arguments of np.linalg.matrix_rank. */
export interface MatrixRankOptions {
  A?: ArrayLike;
  tol?: number | null;
  hermitian?: boolean;
}

const RCOND = check("float, None or 'warn'", (v) => v === null || v === "warn" || typeof v === "number");
const LSTSQ = signature("numpy.linalg.lstsq(a, b, rcond='warn')", { types: { a: "array_like", b: "array_like", rcond: RCOND } });
const PINV = signature("numpy.linalg.pinv(a, rcond=1e-15, hermitian=False)", { types: { a: "array_like", rcond: "float", hermitian: "bool" } });
const MATRIX_RANK = signature("numpy.linalg.matrix_rank(A, tol=None, hermitian=False)", { types: { A: "array_like", tol: "float|None", hermitian: "bool" } });

/** Thin SVD of one m x n matrix: u (m x k), s (k), vt (k x n), row-major. */
function thinSvd(data: Float64Array, off: number, m: number, n: number, hermitian: boolean): { u: Float64Array; s: Float64Array; vt: Float64Array } {
  return hermitian ? hermitianSvdOne(data, off, n, true) : svdOne(data, off, m, n, false, true);
}

/**
 * `numpy.linalg.lstsq(a, b, rcond='warn')`: `[x, residuals, rank, s]`, the least-squares
 * solution of a @ x = b (b a vector or a matrix of columns), the squared residual norms (empty
 * unless a has full column rank and more rows than columns), a's effective rank and its
 * singular values. Singular values at most rcond * max(s) count as zero; rcond "warn" (the
 * default, without NumPy's FutureWarning) and negative values mean machine precision, None
 * means machine precision times max(M, N).
 */
export function lstsq(a: ArrayLike, b: ArrayLike, rcond?: number | null | "warn" | LstsqOptions, options?: LstsqOptions): [NDArray, NDArray, number, NDArray];
export function lstsq(...args: unknown[]): [NDArray, NDArray, number, NDArray] {
  const bound = LSTSQ.bind(args);
  const A = atLeast2d(bound.a);
  const B = asarray(bound.b);
  if (A.ndim !== 2) throw new LinAlgError(`${A.ndim}-dimensional array given. Array must be two-dimensional`);
  if (B.ndim !== 1 && B.ndim !== 2) throw new LinAlgError(`${B.ndim}-dimensional array given. Array must be one or two-dimensional`);
  const [m, n] = A.shape;
  const vector = B.ndim === 1;
  if (B.shape[0] !== m) throw new LinAlgError("Incompatible dimensions");
  const nrhs = vector ? 1 : B.shape[1];
  const dt = linalgDType(promote_types(A.dtype, B.dtype));
  const eps = dt === float32 ? 1.1920928955078125e-7 : Number.EPSILON;
  const rcond = bound.rcond === "warn" ? -1 : bound.rcond === null ? eps * Math.max(m, n) : bound.rcond;
  if (A.dtype.kind === "c" || B.dtype.kind === "c") return complexLstsq(astype(A, "complex128"), astype(B, "complex128"), rcond < 0 ? eps : rcond);
  const a = float64Copy(A);
  const b = float64Copy(B);
  assertFinite(a, "SVD did not converge in Linear Least Squares");
  const k = Math.min(m, n);
  const { u, s, vt } = svdOne(a, 0, m, n, false, true);
  const cutoff = (rcond < 0 ? eps : rcond) * (s[0] ?? 0);
  let rank = 0;
  for (let i = 0; i < k; i++) if (s[i] > cutoff) rank++;
  // x = V diag(1/s) U^T b over the first `rank` singular triplets
  const x = new Float64Array(n * nrhs);
  const coef = new Float64Array(nrhs);
  for (let i = 0; i < rank; i++) {
    coef.fill(0);
    for (let r = 0; r < m; r++) {
      const ur = u[r * k + i];
      for (let c = 0; c < nrhs; c++) coef[c] += ur * b[r * nrhs + c];
    }
    for (let c = 0; c < nrhs; c++) coef[c] /= s[i];
    for (let j = 0; j < n; j++) {
      const vj = vt[i * n + j];
      for (let c = 0; c < nrhs; c++) x[j * nrhs + c] += vj * coef[c];
    }
  }
  let resids = new Float64Array(0);
  if (rank === n && m > n) {
    const original = float64Copy(A);
    resids = new Float64Array(nrhs);
    for (let r = 0; r < m; r++) {
      for (let c = 0; c < nrhs; c++) {
        let fit = 0;
        for (let j = 0; j < n; j++) fit += original[r * n + j] * x[j * nrhs + c];
        const d = b[r * nrhs + c] - fit;
        resids[c] += d * d;
      }
    }
  }
  return [
    resultArray(x, vector ? [n] : [n, nrhs], dt),
    resultArray(resids, [resids.length], dt),
    rank,
    resultArray(s, [k], dt),
  ];
}
pyfunction(LSTSQ, lstsq);

/**
 * `numpy.linalg.pinv(a, rcond=1e-15, hermitian=False)`: the Moore-Penrose pseudo-inverse by
 * SVD, singular values at most rcond * max(s) treated as zero; stacks (..., M, N) give
 * (..., N, M). `hermitian: true` decomposes with eigh, as NumPy does.
 */
export function pinv(a: ArrayLike, rcond?: number | PinvOptions, hermitian?: boolean | PinvOptions, options?: PinvOptions): NDArray;
export function pinv(...args: unknown[]): NDArray {
  const { a, rcond, hermitian } = PINV.bind(args);
  const arr = atLeast2d(a);
  if (hermitian) assertSquare(arr);
  if (arr.dtype.kind === "c") return complexPinv(arr, rcond);
  const st = matrixStack(arr);
  const { rows: m, cols: n, count } = st;
  assertFinite(st.data, "SVD did not converge");
  const k = Math.min(m, n);
  const out = new Float64Array(count * n * m);
  for (let t = 0; t < count; t++) {
    if (k === 0) continue;
    const { u, s, vt } = thinSvd(st.data, t * m * n, m, n, hermitian);
    let smax = -Infinity;
    for (let i = 0; i < k; i++) smax = Math.max(smax, s[i]);
    const cutoff = rcond * smax;
    const o = t * n * m;
    for (let i = 0; i < k; i++) {
      if (!(s[i] > cutoff)) continue;
      const inv = 1 / s[i];
      for (let j = 0; j < n; j++) {
        const vj = vt[i * n + j] * inv;
        if (vj === 0) continue;
        for (let r = 0; r < m; r++) out[o + j * m + r] += vj * u[r * k + i];
      }
    }
  }
  return resultArray(out, [...st.batch, n, m], st.dtype);
}
pyfunction(PINV, pinv);

/**
 * `numpy.linalg.matrix_rank(A, tol=None, hermitian=False)`: the number of singular values
 * above tol (default max(s) * max(M, N) * eps of the result dtype); for a 1-d or 0-d input, 1
 * unless every element is 0. A number for one matrix, an int64 array for a stack.
 */
export function matrix_rank(A: ArrayLike, tol?: number | null | MatrixRankOptions, hermitian?: boolean | MatrixRankOptions, options?: MatrixRankOptions): number | NDArray;
export function matrix_rank(...args: unknown[]): number | NDArray {
  const bound = MATRIX_RANK.bind(args);
  const arr = asarray(bound.A);
  if (arr.ndim < 2) {
    const flat = contiguousStorage(arr);
    for (let i = 0; i < flat.length; i++) if (flat[i] !== 0) return 1;
    return 0;
  }
  if (bound.hermitian) assertSquare(arr);
  if (arr.dtype.kind === "c") return complexMatrixRank(arr, bound.tol);
  const st = matrixStack(arr);
  const { rows: m, cols: n, count } = st;
  assertFinite(st.data, "SVD did not converge");
  const k = Math.min(m, n);
  if (k === 0) throw new ValueError("zero-size array to reduction operation maximum which has no identity");
  const eps = st.dtype === float32 ? 1.1920928955078125e-7 : Number.EPSILON;
  const ranks = new Float64Array(count);
  for (let t = 0; t < count; t++) {
    let s = bound.hermitian ? hermitianSvdOne(st.data, t * m * n, n, false).s : svdOne(st.data, t * m * n, m, n, false, false).s;
    if (st.dtype === float32) s = s.map(Math.fround);
    let smax = -Infinity;
    for (let i = 0; i < k; i++) smax = Math.max(smax, s[i]);
    const tol = bound.tol ?? smax * Math.max(m, n) * eps;
    for (let i = 0; i < k; i++) if (s[i] > tol) ranks[t]++;
  }
  return st.batch.length === 0 ? ranks[0] : NDArray.fromStorage(ranks, st.batch, int64);
}
pyfunction(MATRIX_RANK, matrix_rank);

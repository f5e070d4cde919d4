/** np.linalg.svd: LAPACK dgesdd's steps over stacks of matrices; the hermitian route through eigh. */
import { pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike } from "../create";
import { gesdd } from "./gesdd";
import { symmetricEigen, symmetricFrom } from "./eigh";
import { MatrixStack, assertFinite, assertSquare, atLeast2d, matrixStack, resultArray } from "./stack";
import { complexSingularValues } from "./complex-embed";
import { complexHermitianSvd, complexSvd } from "./complex-decompose";

/** Keyword arguments of np.linalg.svd. */
export interface SvdOptions {
  a?: ArrayLike;
  full_matrices?: boolean;
  compute_uv?: boolean;
  hermitian?: boolean;
}

const SVD = signature("numpy.linalg.svd(a, full_matrices=True, compute_uv=True, hermitian=False)", {
  types: { a: "array_like", full_matrices: "bool", compute_uv: "bool", hermitian: "bool" },
});

/** One matrix's factors: u (m x uCols), s (k), vt (vtRows x n), row-major. */
interface Factors {
  u: Float64Array;
  s: Float64Array;
  vt: Float64Array;
}

/** Singular values (descending) of the m x n matrix at `off`, and its factors when asked. */
export function svdOne(data: Float64Array, off: number, m: number, n: number, full: boolean, withUV: boolean): Factors {
  return gesdd(data, off, m, n, full, withUV);
}

/** The hermitian route (NumPy's): eigh, |eigenvalues| descending, V^T carrying their signs. */
export function hermitianSvdOne(data: Float64Array, off: number, n: number, withUV: boolean): Factors {
  const a = symmetricFrom(data, off, n, true);
  const w = new Float64Array(n);
  const v = withUV ? new Float64Array(n * n) : null;
  symmetricEigen(a, n, w, 0, v, 0);
  // argsort(|w|)[::-1]: ties come out in reverse order of position
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => Math.abs(w[x]) - Math.abs(w[y]) || x - y).reverse();
  const s = Float64Array.from(order, (i) => Math.abs(w[i]));
  if (!v) return { u: new Float64Array(0), s, vt: new Float64Array(0) };
  const u = new Float64Array(n * n);
  const vt = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const src = order[j];
    const sign = Math.sign(w[src]);
    for (let i = 0; i < n; i++) {
      u[i * n + j] = v[i * n + src];
      vt[j * n + i] = sign * v[i * n + src];
    }
  }
  return { u, s, vt };
}

/** SVD of every matrix of a stack: [u, s, vt] arrays, or s alone. */
export function svdStack(st: MatrixStack, full: boolean, withUV: boolean, hermitian: boolean): NDArray | [NDArray, NDArray, NDArray] {
  const { rows: m, cols: n, count, batch, dtype } = st;
  assertFinite(st.data, "SVD did not converge");
  const k = Math.min(m, n);
  const uCols = full ? m : k;
  const vtRows = full ? n : k;
  const s = new Float64Array(count * k);
  const u = withUV ? new Float64Array(count * m * uCols) : null;
  const vt = withUV ? new Float64Array(count * vtRows * n) : null;
  for (let t = 0; t < count; t++) {
    const f = hermitian ? hermitianSvdOne(st.data, t * m * n, m, withUV) : svdOne(st.data, t * m * n, m, n, full, withUV);
    s.set(f.s, t * k);
    if (u) u.set(f.u, t * m * uCols);
    if (vt) vt.set(f.vt, t * vtRows * n);
  }
  const S = resultArray(s, [...batch, k], dtype);
  if (!u || !vt) return S;
  return [resultArray(u, [...batch, m, uCols], dtype), S, resultArray(vt, [...batch, vtRows, n], dtype)];
}

/**
 * `numpy.linalg.svd(a, full_matrices=True, compute_uv=True, hermitian=False)`: `[u, s, vh]`
 * with a = u @ diag(s) @ vh and s descending (s alone with `compute_uv: false`); stacks
 * (..., M, N) too. `full_matrices: false` gives u (M, K) and vh (K, N). The factors follow
 * LAPACK's dgesdd step by step, so u and vh are NumPy's, signs and full_matrices' extra
 * columns included, up to min(M, N) = 25; beyond, NumPy's LAPACK switches to divide and
 * conquer and signs may differ here. Complex input follows zgesdd the same way: NumPy's
 * phases and full_matrices' extra columns (or rows), up to min(M, N) = 25. Vectors of zero
 * singular values are rounding noise in both. `hermitian: true` takes NumPy's eigh route.
 */
export function svd(a: ArrayLike, full_matrices?: boolean | (SvdOptions & { compute_uv?: true }), compute_uv?: true | SvdOptions, hermitian?: boolean | SvdOptions, options?: SvdOptions): [NDArray, NDArray, NDArray];
export function svd(a: ArrayLike, full_matrices: boolean | (SvdOptions & { compute_uv: false }), compute_uv?: false | SvdOptions, hermitian?: boolean | SvdOptions, options?: SvdOptions): NDArray;
export function svd(a: ArrayLike, ...rest: (boolean | SvdOptions | undefined)[]): NDArray | [NDArray, NDArray, NDArray];
export function svd(...args: unknown[]): NDArray | [NDArray, NDArray, NDArray] {
  const { a, full_matrices, compute_uv, hermitian } = SVD.bind(args);
  const arr = atLeast2d(a);
  if (hermitian) assertSquare(arr);
  if (arr.dtype.kind === "c") {
    if (hermitian) return complexHermitianSvd(arr, compute_uv);
    return compute_uv ? complexSvd(arr, full_matrices) : complexSingularValues(arr);
  }
  const st = matrixStack(arr);
  return svdStack(st, full_matrices, compute_uv, hermitian);
}
pyfunction(SVD, svd);

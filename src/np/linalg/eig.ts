/**
 * np.linalg.eig and eigvals for general real matrices: balancing permutation, Hessenberg
 * reduction, Francis QR to real Schur form, eigenvectors by back-substitution. The library has
 * no complex dtype yet, so matrices with complex eigenvalues are refused.
 */
import { NotImplementedError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike } from "../create";
import { hessenberg } from "./hessenberg";
import { balance } from "./balance";
import { hessenbergSchur } from "./schur";
import { assertFinite, resultArray, squareStack } from "./stack";

const EIG = signature("numpy.linalg.eig(a)", { types: { a: "array_like" } });
const EIGVALS = signature("numpy.linalg.eigvals(a)", { types: { a: "array_like" } });

/** Eigenvalues (in Schur diagonal order) into w at wOff; unit eigenvectors as columns into v at vOff. */
function eigOne(data: Float64Array, off: number, n: number, w: Float64Array, wOff: number, v: Float64Array | null, vOff: number): void {
  const t = data.slice(off, off + n * n);
  const { swaps, scale } = balance(t, n);
  const z = hessenberg(t, n);
  const { wi } = hessenbergSchur(t, z, n);
  if (wi.some((x) => x !== 0)) throw new NotImplementedError("complex eigenvalues are not supported yet");
  for (let i = 0; i < n; i++) w[wOff + i] = t[i * n + i];
  if (v === null) return;
  let norm = 0;
  for (let i = 0; i < n * n; i++) norm = Math.max(norm, Math.abs(t[i]));
  const small = Number.EPSILON * (norm || 1);
  // eigenvectors of the triangular T by back-substitution (x[k] = 1), then x -> Z x
  const x = new Float64Array(n);
  const vecs = new Float64Array(n * n);
  for (let k = n - 1; k >= 0; k--) {
    x.fill(0);
    x[k] = 1;
    const lambda = t[k * n + k];
    for (let i = k - 1; i >= 0; i--) {
      let s = 0;
      for (let j = i + 1; j <= k; j++) s += t[i * n + j] * x[j];
      let d = t[i * n + i] - lambda;
      if (Math.abs(d) < small) d = small;
      x[i] = -s / d;
    }
    for (let r = 0; r < n; r++) {
      let s = 0;
      for (let j = 0; j <= k; j++) s += z[r * n + j] * x[j];
      vecs[r * n + k] = s;
    }
  }
  // undo the balancing (dgebak): scale the rows, then swap them back, last swap first
  for (let r = 0; r < n; r++) {
    if (scale[r] !== 1) for (let c = 0; c < n; c++) vecs[r * n + c] *= scale[r];
  }
  for (let s = swaps.length - 1; s >= 0; s--) {
    const [i, j] = swaps[s];
    if (i === j) continue;
    for (let c = 0; c < n; c++) {
      const tmp = vecs[i * n + c];
      vecs[i * n + c] = vecs[j * n + c];
      vecs[j * n + c] = tmp;
    }
  }
  for (let k = 0; k < n; k++) {
    let ss = 0;
    for (let r = 0; r < n; r++) ss += vecs[r * n + k] * vecs[r * n + k];
    // unit length, sign as it comes (LAPACK's steps, so NumPy's sign)
    const scale = 1 / Math.sqrt(ss);
    for (let r = 0; r < n; r++) v[vOff + r * n + k] = vecs[r * n + k] * scale;
  }
}

function run(sig: typeof EIG, args: unknown[], withVectors: boolean): NDArray | [NDArray, NDArray] {
  const st = squareStack(sig.bind(args).a);
  const n = st.rows;
  assertFinite(st.data, "Array must not contain infs or NaNs");
  const w = new Float64Array(st.count * n);
  const v = withVectors ? new Float64Array(st.count * n * n) : null;
  for (let t = 0; t < st.count; t++) eigOne(st.data, t * n * n, n, w, t * n, v, t * n * n);
  const W = resultArray(w, [...st.batch, n], st.dtype);
  return v === null ? W : [W, resultArray(v, [...st.batch, n, n], st.dtype)];
}

/**
 * `numpy.linalg.eig(a)`: `[w, v]`, the eigenvalues of a square matrix (in LAPACK's order, not
 * sorted: NumPy's order for matrices up to 74 x 74, where LAPACK takes its small-matrix path;
 * larger ones may list the same values in another order) and unit eigenvectors as the columns
 * of v, signed as NumPy's (the same LAPACK steps produce them); stacks too. Only matrices whose eigenvalues are all real are supported
 * (NumPy then returns float64, as here); complex ones throw NotImplementedError.
 */
export function eig(a: ArrayLike): [NDArray, NDArray];
export function eig(...args: unknown[]): [NDArray, NDArray] {
  return run(EIG, args, true) as [NDArray, NDArray];
}
pyfunction(EIG, eig);

/** `numpy.linalg.eigvals(a)`: the eigenvalues of a general square matrix, in LAPACK's order (real ones only). */
export function eigvals(a: ArrayLike): NDArray;
export function eigvals(...args: unknown[]): NDArray {
  return run(EIGVALS, args, false) as NDArray;
}
pyfunction(EIGVALS, eigvals);

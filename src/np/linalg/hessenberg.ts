/**
 * Householder reduction of a square matrix to upper Hessenberg form, Q^T A Q = H (tridiagonal
 * when A is symmetric), with Q accumulated: the first stage of eig and eigh.
 */
import { applyReflectorLeft, applyReflectorRight, makeReflector } from "./householder";

/**
 * Reduces the row-major n x n matrix `a` in place to Hessenberg form (entries below the
 * subdiagonal set to 0) and returns Q (row-major n x n) with A = Q H Q^T.
 */
export function hessenberg(a: Float64Array, n: number): Float64Array {
  const v = new Float64Array(n);
  const w = new Float64Array(n);
  const taus = new Float64Array(Math.max(n - 2, 0));
  const vs = new Float64Array(n * n);
  for (let j = 0; j < n - 2; j++) {
    const len = n - j - 1;
    const at = (j + 1) * n + j;
    const tau = makeReflector(a, at, n, len);
    taus[j] = tau;
    v[0] = 1;
    for (let i = 1; i < len; i++) {
      v[i] = a[at + i * n];
      a[at + i * n] = 0;
      vs[j * n + i] = v[i];
    }
    if (tau === 0) continue;
    applyReflectorLeft(a, 0, n, j + 1, len, j + 1, n, v, 0, 1, tau, w);
    applyReflectorRight(a, 0, n, 0, n, j + 1, len, v, 0, 1, tau);
  }
  // Q = H_0 H_1 ... H_{n-3}, built from the last reflector backwards
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  for (let j = n - 3; j >= 0; j--) {
    const len = n - j - 1;
    v[0] = 1;
    for (let i = 1; i < len; i++) v[i] = vs[j * n + i];
    applyReflectorLeft(q, 0, n, j + 1, len, j + 1, n, v, 0, 1, taus[j], w);
  }
  return q;
}

/**
 * Householder reduction of a symmetric matrix to tridiagonal form, T = Q^T A Q, as LAPACK's
 * dsytrd does it for either stored triangle: 'L' reduces column by column from the top left,
 * 'U' from the bottom right (reflectors with their unit entry last). The choice changes Q and so
 * the eigenvectors' signs, which is why eigh's UPLO follows it.
 */
import { hessenberg } from "./hessenberg";
import { makeReflector } from "./householder";

/** The tridiagonal (d: n, e: n - 1) and Q (row-major n x n) of the full symmetric `a` (overwritten). */
export interface Tridiagonal {
  d: Float64Array;
  e: Float64Array;
  q: Float64Array;
}

export function tridiagonalize(a: Float64Array, n: number, lower: boolean): Tridiagonal {
  const d = new Float64Array(n);
  const e = new Float64Array(Math.max(n - 1, 0));
  if (lower) {
    const q = hessenberg(a, n);
    for (let i = 0; i < n; i++) d[i] = a[i * n + i];
    for (let i = 0; i + 1 < n; i++) e[i] = a[(i + 1) * n + i];
    return { d, e, q };
  }
  const vs: Float64Array[] = new Array(n);
  const taus = new Float64Array(n);
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 1; i--) {
    // reflector over rows 0..i-1 of column i, its unit entry at row i-1
    const tau = makeReflector(a, (i - 1) * n + i, -n, i);
    e[i - 1] = a[(i - 1) * n + i];
    const v = new Float64Array(i);
    v[i - 1] = 1;
    for (let r = 0; r < i - 1; r++) v[r] = a[r * n + i];
    vs[i] = v;
    taus[i] = tau;
    if (tau !== 0) {
      // A[0..i, 0..i] -= v w^T + w v^T with w = tau A v - (tau / 2)(tau v^T A v) v
      let xv = 0;
      for (let r = 0; r < i; r++) {
        let s = 0;
        for (let c = 0; c < i; c++) s += a[r * n + c] * v[c];
        x[r] = tau * s;
        xv += x[r] * v[r];
      }
      const alpha = -0.5 * tau * xv;
      for (let r = 0; r < i; r++) x[r] += alpha * v[r];
      for (let r = 0; r < i; r++) for (let c = 0; c < i; c++) a[r * n + c] -= v[r] * x[c] + x[r] * v[c];
    }
    d[i] = a[i * n + i];
  }
  if (n > 0) d[0] = a[0];
  // Q = H(n-1) ... H(1): H(1) first on the identity
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  for (let i = 1; i < n; i++) {
    const v = vs[i];
    const tau = taus[i];
    if (tau === 0) continue;
    for (let c = 0; c < n; c++) {
      let s = 0;
      for (let r = 0; r < i; r++) s += v[r] * q[r * n + c];
      s *= tau;
      for (let r = 0; r < i; r++) q[r * n + c] -= s * v[r];
    }
  }
  return { d, e, q };
}

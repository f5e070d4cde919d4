/**
 * Eigenvalues of a small symmetric matrix (row-major, n x n) by cyclic Jacobi rotations, for
 * the per-pixel Hessian and the region inertia tensor: no LAPACK for a 3 x 3.
 */

/**
 * Rotates `a` in place towards diagonal form and returns its diagonal (unsorted). Stops after
 * `maxSweeps` sweeps, or once the squared off-diagonal sum falls below `stopBelow`.
 */
export function jacobiEigenvalues(a: Float64Array, n: number, maxSweeps: number, stopBelow: number): number[] {
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] * a[p * n + q];
    if (off < stopBelow) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
      }
    }
  }
  return Array.from({ length: n }, (_, i) => a[i * n + i]);
}

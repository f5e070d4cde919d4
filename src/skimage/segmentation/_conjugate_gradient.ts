/**
 * SciPy 1.10's conjugate gradient loop for random_walker's system (the CGREVCOM steps,
 * optional Jacobi preconditioner, its stopping test that re-checks the true residual once
 * converged). The matrix-vector products run over the padded rows.
 */
import type { LinearSystem, PaddedRows } from "./_random_walker_system";

/** out = A v, each row summed in its CSR order (the padding adds zeros at the end). */
function matvec(a: PaddedRows, v: Float64Array, out: Float64Array): void {
  const { width, indices, values } = a;
  const m = out.length;
  if (width === 5) {
    for (let r = 0, k = 0; r < m; r++, k += 5) {
      let s = 0;
      s += values[k] * v[indices[k]];
      s += values[k + 1] * v[indices[k + 1]];
      s += values[k + 2] * v[indices[k + 2]];
      s += values[k + 3] * v[indices[k + 3]];
      s += values[k + 4] * v[indices[k + 4]];
      out[r] = s;
    }
    return;
  }
  for (let r = 0, k = 0; r < m; r++) {
    let s = 0;
    for (const end = k + width; k < end; k++) s += values[k] * v[indices[k]];
    out[r] = s;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * scipy.sparse.linalg.cg(A, b, tol=tol, atol=0, M=M) from x0 = 0: stops when the residual
 * norm is at most tol * |b| (and the recomputed true residual agrees), or after 10 n
 * iterations. `jacobi` divides by the diagonal as the preconditioner. Returns the solution
 * and whether it converged. The vector steps are fused into single passes (same sums).
 */
export function conjugateGradient(s: LinearSystem, b: Float64Array, tol: number, jacobi: boolean): { x: Float64Array; converged: boolean } {
  const n = b.length;
  const x = new Float64Array(n);
  const atol = Math.max(0, tol * Math.sqrt(dot(b, b)));
  const r = Float64Array.from(b);
  const p = new Float64Array(n);
  const q = new Float64Array(n);
  const inv = new Float64Array(n);
  for (let i = 0; i < n; i++) inv[i] = jacobi ? 1.0 / s.diagonal[i] : 1;
  if (Math.sqrt(dot(r, r)) <= atol) return { x, converged: true };
  const maxiter = n * 10;
  let rho1 = 0;
  // z = M^-1 r, rho = r . z (inv is all ones without the preconditioner: inv[i] * r[i] is
  // then r[i] exactly); later iterations take rho from the pass that updates r
  let rho = 0;
  for (let i = 0; i < n; i++) rho += r[i] * (inv[i] * r[i]);
  for (let iter = 1; iter <= maxiter; iter++) {
    // p = z + beta p
    const beta = iter > 1 ? rho / rho1 : 0;
    if (iter > 1) for (let i = 0; i < n; i++) p[i] = inv[i] * r[i] + beta * p[i];
    else for (let i = 0; i < n; i++) p[i] = inv[i] * r[i];
    // q = A p and p . q
    matvec(s.ell, p, q);
    const alpha = rho / dot(p, q);
    let rr = 0;
    let rhoNext = 0;
    for (let i = 0; i < n; i++) {
      x[i] += alpha * p[i];
      const ri = r[i] - alpha * q[i];
      r[i] = ri;
      rr += ri * ri;
      rhoNext += ri * (inv[i] * ri);
    }
    let converged = Math.sqrt(rr) <= atol;
    if (converged && iter > 1) {
      // SciPy recomputes the true residual before accepting
      matvec(s.ell, x, q);
      for (let i = 0; i < n; i++) r[i] = b[i] - q[i];
      converged = Math.sqrt(dot(r, r)) <= atol;
      rhoNext = 0;
      for (let i = 0; i < n; i++) rhoNext += r[i] * (inv[i] * r[i]);
    }
    if (converged) return { x, converged: true };
    rho1 = rho;
    rho = rhoNext;
  }
  return { x, converged: false };
}

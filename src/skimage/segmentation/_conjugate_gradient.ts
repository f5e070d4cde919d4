/**
 * SciPy 1.10's conjugate gradient loop for random_walker's system (the CGREVCOM steps,
 * optional Jacobi preconditioner, its stopping test that re-checks the true residual once
 * converged). The matrix-vector products run over the system's stencil rows.
 */
import type { LinearSystem, StencilRows } from "./_random_walker_system";
import { heapAddress } from "../../np/heap/heap";
import { filledFloat64, releaseScratch, uninitFloat64 } from "../_internal/scratch";
import { cgKernels } from "./_cg_wasm";

/**
 * out = A v and returns v . out (both summed row by row in order), for v stored from index 1
 * (v[0] and v[n + 1] are padding the stencil's empty entries read).
 */
function matvecDot(a: StencilRows, v: Float64Array, out: Float64Array): number {
  if (a.far !== 1) return matvecDotAny(a, v, out);
  const wasm = cgKernels()?.plane ?? null;
  const w = heapAddress(a.weights);
  const c = heapAddress(a.columns);
  const va = heapAddress(v);
  const o = heapAddress(out);
  if (wasm !== null && w >= 0 && c >= 0 && va >= 0 && o >= 0) return wasm(w, c, va, o, out.length);
  return matvecDotPlane(a, v, out);
}

/** matvecDot for one outer axis (2-D images), unrolled. */
function matvecDotPlane(a: StencilRows, v: Float64Array, out: Float64Array): number {
  const w = a.weights;
  const c = a.columns;
  const m = out.length;
  let dot = 0;
  for (let r = 0, k = 0, j = 0; r < m; r++, k += 5, j += 2) {
    let s = 0;
    s += w[k] * v[c[j] + 1];
    s += w[k + 1] * v[r];
    s += w[k + 2] * v[r + 1];
    s += w[k + 3] * v[r + 2];
    s += w[k + 4] * v[c[j + 1] + 1];
    out[r] = s;
    dot += v[r + 1] * s;
  }
  return dot;
}

function matvecDotAny(a: StencilRows, v: Float64Array, out: Float64Array): number {
  const { far, weights: w, columns: c } = a;
  const m = out.length;
  const span = 2 * far + 3;
  let dot = 0;
  for (let r = 0; r < m; r++) {
    const k = r * span;
    const j = r * 2 * far;
    let s = 0;
    for (let f = 0; f < far; f++) s += w[k + f] * v[c[j + f] + 1];
    s += w[k + far] * v[r];
    s += w[k + far + 1] * v[r + 1];
    s += w[k + far + 2] * v[r + 2];
    for (let f = 0; f < far; f++) s += w[k + far + 3 + f] * v[c[j + far + f] + 1];
    out[r] = s;
    dot += v[r + 1] * s;
  }
  return dot;
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
  // x and p are stored from index 1, for the matrix-vector product; the vectors live in the
  // shared heap when large, where the WebAssembly steps read them
  const xp = filledFloat64(n + 2, 0);
  const x = xp.subarray(1, n + 1);
  const atol = Math.max(0, tol * Math.sqrt(dot(b, b)));
  const r = uninitFloat64(n);
  r.set(b);
  const pp = filledFloat64(n + 2, 0);
  const q = uninitFloat64(n);
  const inv = uninitFloat64(n);
  for (let i = 0; i < n; i++) inv[i] = jacobi ? 1.0 / s.diagonal[i] : 1;
  const done = (converged: boolean) => {
    releaseScratch(pp, q, r, inv);
    return { x, converged };
  };
  if (Math.sqrt(dot(r, r)) <= atol) return done(true);
  const wasm = cgKernels();
  const at = [xp, pp, q, r, inv].map((v) => heapAddress(v));
  const [xAt, pAt, qAt, rAt, invAt] = at;
  const inHeap = wasm !== null && at.every((v) => v >= 0);
  const maxiter = n * 10;
  let rho1 = 0;
  // z = M^-1 r, rho = r . z (inv is all ones without the preconditioner: inv[i] * r[i] is
  // then r[i] exactly); later iterations take rho from the pass that updates r
  let rho = 0;
  for (let i = 0; i < n; i++) rho += r[i] * (inv[i] * r[i]);
  for (let iter = 1; iter <= maxiter; iter++) {
    // p = z + beta p
    const beta = iter > 1 ? rho / rho1 : 0;
    if (iter === 1) for (let i = 0; i < n; i++) pp[i + 1] = inv[i] * r[i];
    else if (inHeap) wasm.direction(pAt, invAt, rAt, n, beta);
    else for (let i = 0; i < n; i++) pp[i + 1] = inv[i] * r[i] + beta * pp[i + 1];
    // q = A p and p . q
    const alpha = rho / matvecDot(s.stencil, pp, q);
    let rr = 0;
    let rhoNext = 0;
    if (inHeap) {
      [rr, rhoNext] = wasm.update(xAt, pAt, qAt, rAt, invAt, n, alpha);
    } else {
      for (let i = 0; i < n; i++) {
        xp[i + 1] += alpha * pp[i + 1];
        const ri = r[i] - alpha * q[i];
        r[i] = ri;
        rr += ri * ri;
        rhoNext += ri * (inv[i] * ri);
      }
    }
    let converged = Math.sqrt(rr) <= atol;
    if (converged && iter > 1) {
      // SciPy recomputes the true residual before accepting
      matvecDot(s.stencil, xp, q);
      for (let i = 0; i < n; i++) r[i] = b[i] - q[i];
      converged = Math.sqrt(dot(r, r)) <= atol;
      rhoNext = 0;
      for (let i = 0; i < n; i++) rhoNext += r[i] * (inv[i] * r[i]);
    }
    if (converged) return done(true);
    rho1 = rho;
    rho = rhoNext;
  }
  return done(false);
}

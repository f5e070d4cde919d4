/**
 * random_walker's linear system as scikit-image 0.19 builds it (graph Laplacian of the
 * (x, y, z) grid with Gaussian edge weights, unlabelled rows against seeded columns) and
 * SciPy 1.10's conjugate gradient loop (the CGREVCOM steps, optional Jacobi preconditioner,
 * its stopping test that re-checks the true residual once converged).
 */
import { npExp } from "../../np/ufuncs/exact";
import { pairwiseSum } from "../_internal/correlate";

/** Unlabelled rows of the Laplacian in CSR form, and one right-hand side per label. */
export interface LinearSystem {
  indptr: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  diagonal: Float64Array;
  rhs: Float64Array[];
}

/** np.std of the values (NumPy's pairwise sums). */
function std(values: Float64Array): number {
  const n = values.length;
  const mean = pairwiseSum(values, 0, n) / n;
  const sq = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    sq[i] = d * d;
  }
  return Math.sqrt(pairwiseSum(sq, 0, n) / n);
}

/**
 * The system for data shaped (lx, ly, lz, channels) and labels (lx, ly, lz) numbered 0 for
 * unknown and 1..nlabels for seeds. With `active`, pixels outside it (inactive or isolated)
 * take no part: only edges between two active pixels count.
 */
export function buildSystem(data: Float64Array, dims: readonly number[], channels: number, labels: Float64Array, nlabels: number, spacing: readonly number[], beta: number, multichannel: boolean, active: Uint8Array | null = null): LinearSystem {
  const [lx, ly, lz] = dims;
  const n = lx * ly * lz;
  const strides = [ly * lz, lz, 1];
  let scale = -beta / (10 * std(data));
  if (multichannel) scale /= Math.sqrt(channels);
  // weight of the edge from each pixel to its next neighbour along axis 2, 1, 0
  const weightNext = [2, 1, 0].map((axis) => {
    const w = new Float64Array(n);
    if (dims[axis] <= 1) return w;
    for (let p = 0; p < n; p++) {
      const coord = Math.floor(p / strides[axis]) % dims[axis];
      if (coord === dims[axis] - 1) continue;
      const q = p + strides[axis];
      let g = 0;
      for (let c = 0; c < channels; c++) {
        const d = (data[q * channels + c] - data[p * channels + c]) / spacing[axis];
        g += d * d;
      }
      w[p] = active === null || (active[p] && active[q]) ? -(npExp(scale * g) + 1e-10) : 0;
    }
    return w;
  });
  const [wDeep, wRight, wDown] = weightNext;
  const unlabeled: number[] = [];
  const position = new Int32Array(n).fill(-1);
  for (let p = 0; p < n; p++) if (labels[p] === 0 && (active === null || active[p])) { position[p] = unlabeled.length; unlabeled.push(p); }
  const m = unlabeled.length;
  const indptr = new Int32Array(m + 1);
  const indices: number[] = [];
  const values: number[] = [];
  const diagonal = new Float64Array(m);
  const rhs = Array.from({ length: nlabels }, () => new Float64Array(m));
  const x = (p: number) => Math.floor(p / strides[0]);
  const y = (p: number) => Math.floor(p / strides[1]) % ly;
  const z = (p: number) => p % lz;
  for (let r = 0; r < m; r++) {
    const p = unlabeled[r];
    // neighbours in increasing index order, with the edge weight to each
    const nb: [number, number][] = [];
    if (x(p) > 0) nb.push([p - strides[0], wDown[p - strides[0]]]);
    if (y(p) > 0) nb.push([p - strides[1], wRight[p - strides[1]]]);
    if (z(p) > 0) nb.push([p - 1, wDeep[p - 1]]);
    const after: [number, number][] = [];
    if (z(p) < lz - 1) after.push([p + 1, wDeep[p]]);
    if (y(p) < ly - 1) after.push([p + strides[1], wRight[p]]);
    if (x(p) < lx - 1) after.push([p + strides[0], wDown[p]]);
    // the column sum in the COO's storage order: edges ending here (deep, right, down), then starting here
    let colSum = 0;
    if (z(p) > 0) colSum += wDeep[p - 1];
    if (y(p) > 0) colSum += wRight[p - strides[1]];
    if (x(p) > 0) colSum += wDown[p - strides[0]];
    colSum += wDeep[p] * (z(p) < lz - 1 ? 1 : 0);
    colSum += wRight[p] * (y(p) < ly - 1 ? 1 : 0);
    colSum += wDown[p] * (x(p) < lx - 1 ? 1 : 0);
    diagonal[r] = -colSum;
    for (const [q, w] of [...nb, [p, NaN] as [number, number], ...after]) {
      if (w === 0) continue; // an edge to an inactive pixel
      if (q === p) {
        indices.push(r);
        values.push(diagonal[r]);
      } else if (labels[q] === 0) {
        indices.push(position[q]);
        values.push(w);
      } else {
        rhs[labels[q] - 1][r] += -w;
      }
    }
    indptr[r + 1] = indices.length;
  }
  return { indptr, indices: Int32Array.from(indices), values: Float64Array.from(values), diagonal, rhs };
}

function matvec(s: LinearSystem, v: Float64Array, out: Float64Array): void {
  for (let r = 0; r < out.length; r++) {
    let sum = 0;
    for (let k = s.indptr[r]; k < s.indptr[r + 1]; k++) sum += s.values[k] * v[s.indices[k]];
    out[r] = sum;
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
  const { indptr, indices, values } = s;
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
    let pq = 0;
    for (let row = 0, k = indptr[0]; row < n; row++) {
      let sum = 0;
      for (const end = indptr[row + 1]; k < end; k++) sum += values[k] * p[indices[k]];
      q[row] = sum;
      pq += p[row] * sum;
    }
    const alpha = rho / pq;
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
      matvec(s, x, q);
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

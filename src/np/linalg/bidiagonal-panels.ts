/**
 * The blocked part of Golub-Kahan bidiagonalisation (LAPACK's dgebrd with dlabrd): a panel
 * of NB columns and rows is reduced while the updates it owes the rest of the matrix are
 * gathered in two tall matrices X and Y, then the rest gets them at once,
 * A22 -= V Y^T + X U^T, as two products on the SIMD gemm. Half the work stays in
 * matrix-vector loops (as in LAPACK), but the trailing matrix is swept twice per column
 * instead of four times. The reflectors are the unblocked ones up to rounding.
 */
import { gemm } from "../gemm";
import { makeReflector } from "./householder";
import { MatVecKernels, matVecKernels } from "../wasm/matvec";
import { heapAddress, heapArray, releaseHeapArray } from "../heap/heap";

/** Columns per panel. */
const NB = 32;
/** Panels stop when fewer columns than this remain; the unblocked loop does the rest (dgebrd's crossover). */
const CROSSOVER = 128;

/**
 * Reduces the leading panels of the m x n row-major `a` (m >= n) in place, filling d, e and
 * the reflectors' tau; returns the first column left for the unblocked reduction.
 */
export function reducePanels(a: Float64Array, m: number, n: number, d: Float64Array, e: Float64Array, tauq: Float64Array, taup: Float64Array): number {
  if (n < CROSSOVER) return 0;
  // the matrix and the sweeps' output in the shared heap, for the SIMD matrix-vector kernels
  const kernels = matVecKernels();
  const block = kernels === null ? null : heapArray(Float64Array, m * n + Math.max(m, n));
  const given = a;
  let sweeps: Sweeps | null = null;
  let work = new Float64Array(Math.max(m, n));
  if (kernels !== null && block !== null) {
    a = block.subarray(0, m * n);
    a.set(given);
    work = block.subarray(m * n);
    sweeps = { kernels, a: heapAddress(a), work: heapAddress(work) };
  }
  const x = new Float64Array(m * NB);
  const y = new Float64Array(n * NB);
  const prod = new Float64Array(m * n);
  let p = 0;
  for (; n - p >= CROSSOVER; p += NB) {
    panel(a, m, n, p, d, e, tauq, taup, x, y, work, sweeps);
    // A[p+NB:, p+NB:] -= A[p+NB:, p:p+NB] Y[p+NB:]^T + X[p+NB:] A[p:p+NB, p+NB:]
    const q = p + NB;
    const rows = m - q;
    const cols = n - q;
    gemm(a, q * n + p, n, 1, y, q * NB, 1, NB, prod, 0, rows, NB, cols);
    subtract(a, q * n + q, n, prod, rows, cols);
    gemm(x, q * NB, NB, 1, a, p * n + q, n, 1, prod, 0, rows, NB, cols);
    subtract(a, q * n + q, n, prod, rows, cols);
    for (let g = p; g < q; g++) {
      a[g * n + g] = d[g];
      a[g * n + g + 1] = e[g];
    }
  }
  if (block !== null) {
    given.set(a);
    releaseHeapArray(block);
  }
  return p;
}

/** The SIMD kernels and the byte addresses of the heap copies of the matrix and the work vector. */
interface Sweeps {
  kernels: MatVecKernels;
  a: number;
  work: number;
}

/**
 * out[j] += sum over rows r0..r1-1 of mat[r * ld + j] * w[wAt + r * wStride] for j in j0..j1-1
 * (a transposed matrix times a vector), four rows per sweep so each out[j] is loaded and
 * stored once per four.
 */
function accumulateRows(
  mat: Float64Array, ld: number, r0: number, r1: number, j0: number, j1: number,
  w: Float64Array, wAt: number, wStride: number, out: Float64Array,
): void {
  let r = r0;
  for (; r + 3 < r1; r += 4) {
    const p0 = r * ld, p1 = p0 + ld, p2 = p1 + ld, p3 = p2 + ld;
    const at = wAt + r * wStride;
    const u0 = w[at], u1 = w[at + wStride], u2 = w[at + 2 * wStride], u3 = w[at + 3 * wStride];
    for (let j = j0; j < j1; j++) out[j] += mat[p0 + j] * u0 + mat[p1 + j] * u1 + mat[p2 + j] * u2 + mat[p3 + j] * u3;
  }
  for (; r < r1; r++) {
    const p0 = r * ld;
    const u0 = w[wAt + r * wStride];
    for (let j = j0; j < j1; j++) out[j] += mat[p0 + j] * u0;
  }
}

/** out[r] = sum over j >= j0 of a[r, j] * a[vAt + j] for rows r0..r1-1 (A v), four rows per sweep. */
function rowDots(a: Float64Array, n: number, r0: number, r1: number, j0: number, vAt: number, out: Float64Array): void {
  let r = r0;
  for (; r + 3 < r1; r += 4) {
    const p0 = r * n, p1 = p0 + n, p2 = p1 + n, p3 = p2 + n;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let j = j0; j < n; j++) {
      const v = a[vAt + j];
      s0 += a[p0 + j] * v;
      s1 += a[p1 + j] * v;
      s2 += a[p2 + j] * v;
      s3 += a[p3 + j] * v;
    }
    out[r] = s0;
    out[r + 1] = s1;
    out[r + 2] = s2;
    out[r + 3] = s3;
  }
  for (; r < r1; r++) {
    let s = 0;
    for (let j = j0; j < n; j++) s += a[r * n + j] * a[vAt + j];
    out[r] = s;
  }
}

function subtract(a: Float64Array, at: number, ld: number, prod: Float64Array, rows: number, cols: number): void {
  for (let i = 0; i < rows; i++) {
    const ai = at + i * ld;
    const pi = i * cols;
    for (let j = 0; j < cols; j++) a[ai + j] -= prod[pi + j];
  }
}

/**
 * dlabrd on the panel at (p, p): reduces its NB columns and rows; X (m x NB) and Y (n x NB),
 * row-major, receive the update terms. Leaves 1 in the reflectors' leading places.
 */
function panel(
  a: Float64Array, m: number, n: number, p: number, d: Float64Array, e: Float64Array,
  tauq: Float64Array, taup: Float64Array, x: Float64Array, y: Float64Array, work: Float64Array,
  sweeps: Sweeps | null,
): void {
  x.fill(0);
  y.fill(0);
  const t1 = new Float64Array(NB + 1);
  const t2 = new Float64Array(NB + 1);
  for (let i = 0; i < NB; i++) {
    const g = p + i;
    // column g from row g: the updates of the panel's earlier steps (the factors that do not
    // depend on the row gathered first, so the inner loops read contiguously)
    for (let c = 0; c < i; c++) {
      t1[c] = y[g * NB + c];
      t2[c] = a[(p + c) * n + g];
    }
    for (let r = g; r < m; r++) {
      const ar = r * n + p;
      const xr = r * NB;
      let s = 0;
      for (let c = 0; c < i; c++) s += a[ar + c] * t1[c] + x[xr + c] * t2[c];
      a[r * n + g] -= s;
    }
    tauq[g] = makeReflector(a, g * n + g, n, m - g);
    d[g] = a[g * n + g];
    a[g * n + g] = 1;
    // Y[g+1:, i] = tauq (A[g:, g+1:]^T u - Y[g+1:, :i] A[g:, p:g]^T u - A[p:g, g+1:]^T X[g:, :i]^T u)
    // A[g:, p:]^T u in one sweep: its columns p..g-1 are A[g:, p:g]^T u, those after g the first term
    const yi = work;
    yi.fill(0, p, n);
    if (sweeps) sweeps.kernels.coldots(sweeps.a + 8 * (g * n + p), 8 * n, m - g, sweeps.a + 8 * (g * n + g), 8 * n, n - p, sweeps.work + 8 * p);
    else accumulateRows(a, n, g, m, p, n, a, g, n, yi);
    for (let c = 0; c < i; c++) t1[c] = yi[p + c];
    t2.fill(0);
    accumulateRows(x, NB, g, m, 0, i, a, g, n, t2);
    for (let c = 0; c < i; c++) {
      const row = (p + c) * n;
      const f = t2[c];
      for (let j = g + 1; j < n; j++) yi[j] -= a[row + j] * f;
    }
    for (let j = g + 1; j < n; j++) {
      let s = yi[j];
      for (let c = 0; c < i; c++) s -= y[j * NB + c] * t1[c];
      y[j * NB + i] = s * tauq[g];
    }
    // row g beyond the diagonal: the updates so far, then its reflector
    for (let c = 0; c <= i; c++) t1[c] = a[g * n + p + c];
    for (let c = 0; c < i; c++) {
      const row = (p + c) * n;
      const f = x[g * NB + c];
      for (let j = g + 1; j < n; j++) a[g * n + j] -= a[row + j] * f;
    }
    for (let j = g + 1; j < n; j++) {
      let s = 0;
      for (let c = 0; c <= i; c++) s += y[j * NB + c] * t1[c];
      a[g * n + j] -= s;
    }
    taup[g] = makeReflector(a, g * n + g + 1, 1, n - g - 1);
    e[g] = a[g * n + g + 1];
    a[g * n + g + 1] = 1;
    // X[g+1:, i] = taup (A[g+1:, g+1:] v - A[g+1:, p:g+1] Y[g+1:, :i+1]^T v - X[g+1:, :i] A[p:g, g+1:] v)
    const vAt = g * n;
    t1.fill(0);
    t2.fill(0);
    accumulateRows(y, NB, g + 1, n, 0, i + 1, a, vAt, 1, t1);
    for (let c = 0; c < i; c++) {
      const row = (p + c) * n;
      let s = 0;
      for (let j = g + 1; j < n; j++) s += a[row + j] * a[vAt + j];
      t2[c] = s;
    }
    if (sweeps) sweeps.kernels.rowdots(sweeps.a + 8 * ((g + 1) * n + g + 1), 8 * n, m - g - 1, sweeps.a + 8 * (vAt + g + 1), n - g - 1, sweeps.work + 8 * (g + 1));
    else rowDots(a, n, g + 1, m, g + 1, vAt, work);
    for (let r = g + 1; r < m; r++) {
      const row = r * n;
      let s = work[r];
      for (let c = 0; c <= i; c++) s -= a[row + p + c] * t1[c];
      for (let c = 0; c < i; c++) s -= x[r * NB + c] * t2[c];
      x[r * NB + i] = s * taup[g];
    }
  }
}

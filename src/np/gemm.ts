/**
 * The matrix-product kernel behind np.matmul and np.dot: C (n x m, C-ordered at cOff) from A
 * (n x k) and B (k x m) read through element strides, so transposed and sliced operands need
 * no copy. Large products run on the WebAssembly SIMD kernel, which sums as OpenBLAS's dgemm
 * does (wasm/gemm-kernel.ts: k blocks, fused multiply-adds where the CPU has them); small ones
 * (and any product where WebAssembly is missing) in a strided JavaScript loop, each C[i, j] the
 * plain sequential sum over k. NumPy too sums small and large products differently; neither
 * result depends on the number of threads.
 */
import { gemmSimd, gemmSubtractSimd } from "./wasm/gemm";

/** Products with fewer multiply-adds than this skip the packing into WebAssembly memory. */
const SIMD_MIN_WORK = 8192;

/** C[cOff + i*m + j] = sum over k of A[aOff + i*as0 + k*as1] * B[bOff + k*bs0 + j*bs1]. */
export function gemm(
  A: Float64Array, aOff: number, as0: number, as1: number,
  B: Float64Array, bOff: number, bs0: number, bs1: number,
  C: Float64Array, cOff: number, n: number, k: number, m: number,
): void {
  if (n === 0 || m === 0) return;
  if (k === 0) {
    C.fill(0, cOff, cOff + n * m);
    return;
  }
  if (n * k * m >= SIMD_MIN_WORK && n > 1 && m > 1 && gemmSimd(A, aOff, as0, as1, B, bOff, bs0, bs1, C, cOff, n, k, m)) return;
  if (k <= 4 && n >= 16) {
    for (let j = 0; j < m; j++) fewTermsColumn(A, aOff, as0, as1, B, bOff + j * bs1, bs0, C, cOff + j, m, n, k);
    return;
  }
  if (m === 1 && n >= 2 && n <= 4 && k >= 16) {
    fewRowsDot(A, aOff, as0, as1, B, bOff, bs0, C, cOff, n, k);
    return;
  }
  for (let i = 0; i < n; i++) {
    const rowA = aOff + i * as0;
    const rowC = cOff + i * m;
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let kk = 0, pa = rowA, pb = bOff + j * bs1; kk < k; kk++, pa += as1, pb += bs0) s += A[pa] * B[pb];
      C[rowC + j] = s;
    }
  }
}

/**
 * One column of a product with k <= 4 terms and many rows, C[pc + i*cs] = sum of A[i, t] B[t]
 * in t order: a sweep down the column, one loop per k so the loop holds no tests.
 */
function fewTermsColumn(
  A: Float64Array, aOff: number, as0: number, as1: number, B: Float64Array, colB: number, bs0: number,
  C: Float64Array, pc: number, cs: number, n: number, k: number,
): void {
  const b0 = B[colB];
  let pa = aOff;
  if (k === 1) {
    for (let i = 0; i < n; i++, pa += as0, pc += cs) C[pc] = 0 + A[pa] * b0;
    return;
  }
  const b1 = B[colB + bs0];
  if (k === 2) {
    for (let i = 0; i < n; i++, pa += as0, pc += cs) C[pc] = 0 + A[pa] * b0 + A[pa + as1] * b1;
    return;
  }
  const b2 = B[colB + 2 * bs0];
  if (k === 3) {
    for (let i = 0; i < n; i++, pa += as0, pc += cs) C[pc] = 0 + A[pa] * b0 + A[pa + as1] * b1 + A[pa + 2 * as1] * b2;
    return;
  }
  const b3 = B[colB + 3 * bs0];
  for (let i = 0; i < n; i++, pa += as0, pc += cs) C[pc] = 0 + A[pa] * b0 + A[pa + as1] * b1 + A[pa + 2 * as1] * b2 + A[pa + 3 * as1] * b3;
}

/**
 * A few rows (2 to 4) of A times a vector (Xᵀ·v): the sequential sums run side by side in one
 * pass over k, so their additions overlap instead of waiting on each other.
 */
function fewRowsDot(
  A: Float64Array, aOff: number, as0: number, as1: number, B: Float64Array, bOff: number, bs0: number,
  C: Float64Array, cOff: number, n: number, k: number,
): void {
  if (n === 2) {
    let s0 = 0, s1 = 0;
    for (let kk = 0, pa = aOff, pb = bOff; kk < k; kk++, pa += as1, pb += bs0) {
      const b = B[pb];
      s0 += A[pa] * b;
      s1 += A[pa + as0] * b;
    }
    C[cOff] = s0;
    C[cOff + 1] = s1;
    return;
  }
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  const r3 = n === 4 ? 3 * as0 : 2 * as0;
  for (let kk = 0, pa = aOff, pb = bOff; kk < k; kk++, pa += as1, pb += bs0) {
    const b = B[pb];
    s0 += A[pa] * b;
    s1 += A[pa + as0] * b;
    s2 += A[pa + 2 * as0] * b;
    s3 += A[pa + r3] * b;
  }
  C[cOff] = s0;
  C[cOff + 1] = s1;
  C[cOff + 2] = s2;
  if (n === 4) C[cOff + 3] = s3;
}

/**
 * C[cOff + i*ldc + j] -= sum over k of A[aOff + i*as0 + k*as1] * B[bOff + k*bs0 + j*bs1], in
 * place (C's rows ldc apart): the trailing updates of blocked factorisations. When C lives in
 * the shared heap its whole tiles are updated there by the SIMD kernel, on the heap threads;
 * the fringe, and any C elsewhere, by the product into a scratch array or a plain loop.
 */
export function gemmSubtract(
  A: Float64Array, aOff: number, as0: number, as1: number,
  B: Float64Array, bOff: number, bs0: number, bs1: number,
  C: Float64Array, cOff: number, ldc: number, n: number, k: number, m: number,
): void {
  if (n === 0 || m === 0 || k === 0) return;
  const large = n * k * m >= SIMD_MIN_WORK && n > 1 && m > 1;
  const done = large ? gemmSubtractSimd(A, aOff, as0, as1, B, bOff, bs0, bs1, C, cOff, ldc, n, k, m) : null;
  if (done !== null) {
    const [rows, cols] = done;
    subtractLoop(A, aOff, as0, as1, B, bOff, bs0, bs1, C, cOff, ldc, 0, rows, cols, m, k);
    subtractLoop(A, aOff, as0, as1, B, bOff, bs0, bs1, C, cOff, ldc, rows, n, 0, m, k);
    return;
  }
  if (!large) {
    subtractLoop(A, aOff, as0, as1, B, bOff, bs0, bs1, C, cOff, ldc, 0, n, 0, m, k);
    return;
  }
  const tmp = new Float64Array(n * m);
  gemm(A, aOff, as0, as1, B, bOff, bs0, bs1, tmp, 0, n, k, m);
  for (let i = 0; i < n; i++) {
    for (let j = 0, c = cOff + i * ldc, t = i * m; j < m; j++) C[c + j] -= tmp[t + j];
  }
}

/** Rows i0..i1-1, columns j0..j1-1 of C less their sums over k (each the sequential sum from 0). */
function subtractLoop(
  A: Float64Array, aOff: number, as0: number, as1: number,
  B: Float64Array, bOff: number, bs0: number, bs1: number,
  C: Float64Array, cOff: number, ldc: number, i0: number, i1: number, j0: number, j1: number, k: number,
): void {
  for (let i = i0; i < i1; i++) {
    const rowA = aOff + i * as0;
    for (let j = j0; j < j1; j++) {
      let s = 0;
      for (let kk = 0, pa = rowA, pb = bOff + j * bs1; kk < k; kk++, pa += as1, pb += bs0) s += A[pa] * B[pb];
      C[cOff + i * ldc + j] -= s;
    }
  }
}

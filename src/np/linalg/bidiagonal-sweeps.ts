/**
 * Unblocked Golub-Kahan bidiagonalisation (LAPACK's dgebd2) with every pass over the trailing
 * matrix on the WebAssembly SIMD kernels: per column, w = v^T A and A -= tau v w^T for the left
 * reflector, s = A v and A -= tau s v^T for the right one, fused two by two. While the matrix stays in cache this
 * beats the panel form (bidiagonal-panels.ts), whose skinny updates run in JavaScript. The
 * reflectors are dgebd2's up to rounding.
 */
import { makeReflector } from "./householder";
import { matVecKernels } from "../wasm/matvec";
import { fusedKernels } from "../wasm/fused-updates";
import { heapAddress, heapArray, heapScratch, releaseHeapArray } from "../heap/heap";

/**
 * Reduces columns from..n-1 of the m x n row-major `a` (m >= n), filling d, e and the
 * reflectors' tau; returns the first column it left undone (`from` when the kernels are missing).
 * Two passes per column: the left reflector's update fused with the right one's products
 * A v, and the right reflector's update fused with the next left one's products v^T A (the
 * next column, which that reflector needs first, is updated ahead of the rest).
 */
export function reduceBySweeps(a: Float64Array, m: number, n: number, from: number, d: Float64Array, e: Float64Array, tauq: Float64Array, taup: Float64Array): number {
  const kernels = matVecKernels();
  const fused = fusedKernels();
  const size = m * n + m + n;
  // a small matrix goes through the heap's scratch block rather than a block of its own
  const block = kernels === null || fused === null ? null : heapArray(Float64Array, size) ?? heapScratch(0, size);
  if (kernels === null || fused === null || block === null || from >= n) return from;
  const h = block.subarray(0, m * n);
  h.set(a);
  const w = block.subarray(m * n, m * n + n);
  const s = block.subarray(m * n + n);
  const at = heapAddress(h);
  const wAt = heapAddress(w);
  const sAt = heapAddress(s);
  const ld = 8 * n;
  /** Column k's left reflector, its 1 left in place, and w = v^T A[k:, k+1:] when `products`. */
  const leftReflector = (k: number, products: boolean): void => {
    const kk = k * n + k;
    tauq[k] = makeReflector(h, kk, n, m - k);
    d[k] = h[kk];
    h[kk] = 1;
    if (!products || k + 1 >= n) return;
    w.fill(0, 0, n - k - 1);
    kernels.coldots(at + 8 * (kk + 1), ld, m - k, at + 8 * kk, ld, n - k - 1, wAt);
  };
  leftReflector(from, true);
  for (let k = from; k < n; k++) {
    const kk = k * n + k;
    const len = n - k - 1;
    if (len <= 0) {
      h[kk] = d[k];
      break;
    }
    // the left update of row k, then row k's reflector
    const tq = tauq[k];
    for (let j = 0; j < len; j++) w[j] *= tq;
    const rt = kk + 1;
    for (let j = 0; j < len; j++) h[rt + j] -= w[j];
    taup[k] = makeReflector(h, rt, 1, len);
    e[k] = h[rt];
    h[rt] = 1;
    // rows below: the left update, and s = A v for the right reflector, in one pass
    const rows = m - k - 1;
    fused.rank1dot(at + 8 * (rt + n), ld, rows, at + 8 * (kk + n), ld, wAt, at + 8 * rt, len, sAt);
    h[kk] = d[k];
    const tp = taup[k];
    for (let r = 0; r < rows; r++) s[r] *= tp;
    // column k + 1 gets the right update first (v[0] = 1), then its own reflector; the rest of
    // the right update goes with that reflector's products
    for (let r = 0; r < rows; r++) h[rt + (r + 1) * n] -= s[r];
    h[rt] = e[k];
    leftReflector(k + 1, false);
    const rest = len - 1;
    if (rest > 0) {
      w.fill(0, 0, rest);
      const next = (k + 1) * n + k + 1;
      fused.rank1cols(at + 8 * (next + 1), ld, rows, sAt, 8, at + 8 * (rt + 1), at + 8 * next, ld, rest, wAt);
    }
  }
  a.set(h);
  releaseHeapArray(block);
  return n;
}

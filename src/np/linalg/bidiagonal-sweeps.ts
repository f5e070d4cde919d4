/**
 * Unblocked Golub-Kahan bidiagonalisation (LAPACK's dgebd2) with every pass over the trailing
 * matrix on the WebAssembly SIMD kernels: per column, w = v^T A and A -= tau v w^T for the left
 * reflector, s = A v and A -= tau s v^T for the right one. While the matrix stays in cache this
 * beats the panel form (bidiagonal-panels.ts), whose skinny updates run in JavaScript. The
 * reflectors are dgebd2's up to rounding.
 */
import { makeReflector } from "./householder";
import { matVecKernels } from "../wasm/matvec";
import { heapAddress, heapArray, heapScratch, releaseHeapArray } from "../heap/heap";

/**
 * Reduces columns from..n-1 of the m x n row-major `a` (m >= n), filling d, e and the
 * reflectors' tau; returns the first column it left undone (`from` when the kernels are missing).
 */
export function reduceBySweeps(a: Float64Array, m: number, n: number, from: number, d: Float64Array, e: Float64Array, tauq: Float64Array, taup: Float64Array): number {
  const kernels = matVecKernels();
  const size = m * n + m + n;
  // a small matrix goes through the heap's scratch block rather than a block of its own
  const block = kernels === null ? null : heapArray(Float64Array, size) ?? heapScratch(0, size);
  if (kernels === null || block === null) return from;
  const h = block.subarray(0, m * n);
  h.set(a);
  const w = block.subarray(m * n, m * n + n);
  const s = block.subarray(m * n + n);
  const at = heapAddress(h);
  const wAt = heapAddress(w);
  const sAt = heapAddress(s);
  const ld = 8 * n;
  for (let k = from; k < n; k++) {
    // left: zero column k below the diagonal; A[k:, k+1:] -= tau v (v^T A[k:, k+1:])
    const kk = k * n + k;
    tauq[k] = makeReflector(h, kk, n, m - k);
    d[k] = h[kk];
    const len = n - k - 1;
    if (len > 0 && tauq[k] !== 0) {
      h[kk] = 1;
      w.fill(0, 0, len);
      kernels.coldots(at + 8 * (kk + 1), ld, m - k, at + 8 * kk, ld, len, wAt);
      for (let j = 0; j < len; j++) w[j] *= tauq[k];
      kernels.rank1(at + 8 * (kk + 1), ld, m - k, at + 8 * kk, ld, wAt, len);
      h[kk] = d[k];
    }
    if (len <= 0) continue;
    // right: zero row k beyond the superdiagonal; A[k+1:, k+1:] -= tau (A[k+1:, k+1:] v) v^T
    const rt = kk + 1;
    taup[k] = makeReflector(h, rt, 1, len);
    e[k] = h[rt];
    if (taup[k] !== 0 && k + 1 < m) {
      h[rt] = 1;
      const below = rt + n;
      kernels.rowdots(at + 8 * below, ld, m - k - 1, at + 8 * rt, len, sAt);
      for (let r = 0; r < m - k - 1; r++) s[r] *= taup[k];
      kernels.rank1(at + 8 * below, ld, m - k - 1, sAt, 8, at + 8 * rt, len);
      h[rt] = e[k];
    }
  }
  a.set(h);
  releaseHeapArray(block);
  return n;
}

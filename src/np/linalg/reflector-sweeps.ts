/**
 * Products of Householder reflectors applied one at a time (LAPACK's dorg2r order) with both
 * passes over the matrix on the WebAssembly SIMD kernels: w = v^T Q, then Q -= tau v w^T.
 * For matrices that stay in cache this beats the blocked form (reflector-blocks.ts), whose
 * gemm calls pay packing on small operands and do more arithmetic at these sizes.
 */
import { ReflectorLayout, applyReflectorBlocks } from "./reflector-blocks";
import { matVecKernels } from "../wasm/matvec";
import { fusedKernels } from "../wasm/fused-updates";
import { heapAddress, heapArray, heapScratch, releaseHeapArray } from "../heap/heap";

/**
 * q (rows x cols, row-major) = H_0 H_1 ... H_{count-1} q, with the same contract as
 * applyReflectorBlocks (columns before j + shift are zero in reflector j's rows); false when
 * the kernels are missing (q untouched). Reflector j's update runs in one pass with reflector
 * j-1's products v^T q (that one's extra row is read first; its extra column is zero below).
 */
export function applyReflectorSweeps(q: Float64Array, rows: number, cols: number, r: ReflectorLayout): boolean {
  const kernels = matVecKernels();
  const fused = fusedKernels();
  const size = rows * cols + 2 * (rows + cols);
  const block = kernels === null || fused === null ? null : heapArray(Float64Array, size) ?? heapScratch(0, size);
  if (kernels === null || fused === null || block === null) return false;
  const h = block.subarray(0, rows * cols);
  h.set(q);
  let v = block.subarray(rows * cols, rows * cols + rows);
  let vNext = block.subarray(rows * cols + rows, rows * cols + 2 * rows);
  let w = block.subarray(rows * cols + 2 * rows, rows * cols + 2 * rows + cols);
  let wNext = block.subarray(rows * cols + 2 * rows + cols);
  const at = heapAddress(h);
  /** Reflector j's vector into x (from its row j + shift on). */
  const gather = (x: Float64Array, j: number, len: number) => {
    x[0] = 1;
    const from = r.base + j * r.jStep;
    for (let i = 1; i < len; i++) x[i] = r.a[from + i * r.iStep];
  };
  let ready = false;
  for (let j = r.count - 1; j >= 0; j--) {
    const r0 = j + r.shift;
    const len = rows - r0;
    const width = cols - r0;
    if (len <= 0 || width <= 0) continue;
    const corner = at + 8 * (r0 * cols + r0);
    if (!ready) {
      gather(v, j, len);
      w.fill(0, 0, width);
      kernels.coldots(corner, 8 * cols, len, heapAddress(v), 8, width, heapAddress(w));
    }
    const tau = r.tau[j];
    for (let c = 0; c < width; c++) w[c] *= tau;
    ready = j > 0;
    if (!ready) {
      kernels.rank1(corner, 8 * cols, len, heapAddress(v), 8, heapAddress(w), width);
      continue;
    }
    // reflector j - 1 starts a row and a column earlier: its products begin with that row
    gather(vNext, j - 1, len + 1);
    const prev = (r0 - 1) * cols + r0 - 1;
    for (let c = 0; c <= width; c++) wNext[c] = h[prev + c];
    fused.rank1cols(corner, 8 * cols, len, heapAddress(v), 8, heapAddress(w), heapAddress(vNext) + 8, 8, width, heapAddress(wNext) + 8);
    [v, vNext] = [vNext, v];
    [w, wNext] = [wNext, w];
  }
  q.set(h);
  releaseHeapArray(block);
  return true;
}

/** From this many reflectors they go through the SIMD sweeps (fewer: the plain loops cost the same). */
const SWEEPS_MIN = 26;
/** Up to this many elements of q the sweeps win; beyond, the blocked form on the gemm. */
const SWEEPS_MAX_SIZE = 600 * 600;
/** From this many reflectors the blocked form is used (as dorgqr does from 128). */
export const BLOCKED_MIN = 128;

/**
 * q = H_0 ... H_{count-1} q by the SIMD sweeps or by blocks, whichever suits the size; false
 * when neither applies (a few reflectors: the caller's plain loop).
 */
export function applyReflectorProduct(q: Float64Array, rows: number, cols: number, r: ReflectorLayout): boolean {
  if (r.count >= SWEEPS_MIN && rows * cols <= SWEEPS_MAX_SIZE && applyReflectorSweeps(q, rows, cols, r)) return true;
  if (r.count < BLOCKED_MIN) return false;
  applyReflectorBlocks(q, rows, cols, r);
  return true;
}

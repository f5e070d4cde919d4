/**
 * The WebAssembly SIMD route of float64 add/subtract/multiply/divide: taken when the output
 * lives in the shared heap and each input does too, or is small and contiguous enough to be
 * copied into a scratch block for the call (a row broadcast against a matrix, say).
 */
import { Storage, float64, DType } from "./dtype";
import { NDArray } from "./ndarray";
import { BinaryKernel } from "./kernels";
import { isCContiguous } from "./contiguous";
import { heapAddress, heapScratch } from "./heap/heap";
import { ElementwiseKernels, SimdOp, elementwiseKernels } from "./wasm/elementwise";

/** The kernels and, per operand, the heap byte address its storage index 0 corresponds to. */
export interface SimdPlan {
  k: ElementwiseKernels;
  op: SimdOp;
  o: number;
  a: number;
  b: number;
}

/** Where `x.data[0]` is (or would be) in the heap; -1 when the operand can't be reached there. */
function heapBase(x: NDArray, slot: 0 | 1): number {
  const d = x.data;
  if (!(d instanceof Float64Array)) return -1;
  const at = heapAddress(d);
  if (at >= 0) return at;
  if (!isCContiguous(x)) return -1;
  const scratch = heapScratch(slot, x.size);
  if (scratch === null) return -1;
  scratch.set(d.subarray(x.offset, x.offset + x.size));
  return scratch.byteOffset - 8 * x.offset;
}

/** The SIMD plan for `target = a op b` (b null: a Python number), or null for the JavaScript loop. */
export function simdPlan(op: SimdOp | undefined, loop: DType, target: NDArray, a: NDArray, b: NDArray | null): SimdPlan | null {
  if (op === undefined || loop !== float64 || !(target.data instanceof Float64Array)) return null;
  const o = heapAddress(target.data);
  if (o < 0) return null;
  const k = elementwiseKernels();
  if (k === null) return null;
  const aAt = heapBase(a, 0);
  const bAt = b === null ? 0 : heapBase(b, 1);
  return aAt < 0 || bAt < 0 ? null : { k, op, o, a: aAt, b: bAt };
}

/**
 * One run of `o = a op b`: SIMD when the output is contiguous and each input is contiguous or
 * one repeated element, else the JavaScript kernel.
 */
export function runSimdBinary(
  p: SimdPlan, kernel: BinaryKernel, o: Storage, a: Storage, b: Storage,
  pos: readonly number[], steps: readonly number[], n: number,
): void {
  const [os, as, bs] = steps;
  const oAt = p.o + 8 * pos[0];
  if (os === 1 && as === 1 && bs === 1) p.k[`${p.op}_vv`](oAt, p.a + 8 * pos[1], p.b + 8 * pos[2], n);
  else if (os === 1 && as === 1 && bs === 0) p.k[`${p.op}_vs`](oAt, p.a + 8 * pos[1], n, b[pos[2]] as number);
  else if (os === 1 && as === 0 && bs === 1) p.k[`${p.op}_sv`](oAt, p.b + 8 * pos[2], n, a[pos[1]] as number);
  else kernel(o, pos[0], os, a, pos[1], as, b, pos[2], bs, n);
}

/**
 * np.exp on float64 through the WebAssembly SIMD kernel (wasm/exp-kernel.ts), bit for bit as
 * NumPy 1.24 computes it on AVX512_SKX CPUs: arrays in the shared heap are read and written in
 * place, on the heap threads when large; others pass through the scratch blocks in chunks.
 * The few inputs outside the vector kernel's range, and the last 1 to 3 elements, take the
 * scalar kernel of ufuncs/exact. Where the kernel cannot be built (no fused multiply-add)
 * np.exp keeps its JavaScript loop.
 */
import { heapAddress, heapMemory, heapScratch, heapStaticBlock } from "./heap/heap";
import { sharedTeam } from "./threads/shared-team";
import { HeapTeam, PARTS_PER_THREAD, splitRange } from "./threads/team";
import { MAX_PARTS } from "./threads/worker-source";
import { EXP_STEP } from "./wasm/exp-kernel";
import { EXP16 } from "./ufuncs/exact/tables";
import { EXP_VECTOR, npExp } from "./ufuncs/exact/exp";

/** Arrays of at least this many elements use every heap thread (about 0.1 ms of work on one). */
const THREAD_MIN_ELEMENTS = 1 << 15;
/** Elements of a scratch block: chunks of arrays outside the heap pass through two of them. */
const SCRATCH_ELEMENTS = 8192;

interface ExpKernel {
  team: HeapTeam;
  /** Byte address of the 2^(j/16) table. */
  table: number;
  /** Byte address of the per-part counts of inputs left to the scalar kernel. */
  countAt: number;
  counts: Int32Array;
}

let kernel: ExpKernel | null | undefined;

function expKernel(): ExpKernel | null {
  if (kernel !== undefined) return kernel;
  const team = sharedTeam();
  const memory = heapMemory();
  const table = heapStaticBlock(8 * EXP16.length + 4 * MAX_PARTS);
  if (team === null || memory === null || !("exp_f64" in team.kernels) || table < 0) return (kernel = null);
  new Float64Array(memory.buffer, table, EXP16.length).set(EXP16);
  const countAt = table + 8 * EXP16.length;
  kernel = { team, table, countAt, counts: new Int32Array(memory.buffer, countAt, MAX_PARTS) };
  return kernel;
}

/** Recomputes with the scalar kernel the inputs of x[from, to) the vector kernel left out. */
function fixOutOfRange(o: Float64Array, oAt: number, x: Float64Array, xAt: number, from: number, to: number): void {
  const limit = EXP_VECTOR.VEC_LIMIT;
  for (let i = from; i < to; i++) {
    const v = x[xAt + i];
    if (!(v < limit && v > -limit)) o[oAt + i] = npExp(v);
  }
}

/** exp over heap arrays: x[xAt ..] into o[oAt ..] (element positions), n elements, no overlap. */
function expInHeap(k: ExpKernel, o: Float64Array, oAt: number, x: Float64Array, xAt: number, n: number): void {
  const body = n - (n % EXP_STEP);
  const [ob, xb] = [heapAddress(o) + 8 * oAt, heapAddress(x) + 8 * xAt];
  const threads = body >= THREAD_MIN_ELEMENTS ? k.team.size() : 1;
  const parts = splitRange(body, threads > 1 ? threads * PARTS_PER_THREAD : 1, EXP_STEP);
  k.team.run("exp_f64", parts.map(([i0, i1], p) => [ob + 8 * i0, xb + 8 * i0, i1 - i0, k.table, k.countAt + 4 * p]));
  let left = 0;
  for (let p = 0; p < parts.length; p++) left += k.counts[p];
  if (left > 0) fixOutOfRange(o, oAt, x, xAt, 0, body);
  for (let i = body; i < n; i++) o[oAt + i] = npExp(x[xAt + i]);
}

/**
 * o[oAt .. oAt+n) = np.exp(x[xAt .. xAt+n)) for float64 storage (element positions; the two
 * ranges the same or apart); false, with nothing written, when the kernel is not available.
 */
export function expSimd(o: Float64Array, oAt: number, x: Float64Array, xAt: number, n: number): boolean {
  const k = expKernel();
  const input = heapScratch(0, SCRATCH_ELEMENTS);
  const output = heapScratch(1, SCRATCH_ELEMENTS);
  if (k === null || input === null || output === null) return false;
  const [oh, xh] = [heapAddress(o), heapAddress(x)];
  const apart = oh + 8 * oAt >= xh + 8 * (xAt + n) || xh + 8 * xAt >= oh + 8 * (oAt + n);
  if (oh >= 0 && xh >= 0 && apart) {
    expInHeap(k, o, oAt, x, xAt, n);
    return true;
  }
  // through the scratch blocks: each input chunk is copied before its output is written
  for (let start = 0; start < n; start += SCRATCH_ELEMENTS) {
    const len = Math.min(SCRATCH_ELEMENTS, n - start);
    input.set(x.subarray(xAt + start, xAt + start + len));
    expInHeap(k, output, 0, input, 0, len);
    o.set(output.subarray(0, len), oAt + start);
  }
  return true;
}

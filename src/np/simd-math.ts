/**
 * float64 np.exp and np.log through the WebAssembly SIMD kernels (wasm/exp-kernel.ts,
 * wasm/log-kernel.ts), with the bits of NumPy 1.24 on AVX512_SKX CPUs: arrays in the shared
 * heap are read and written in place, on the heap threads when large; others (arrays of every
 * size) pass through the scratch blocks in chunks. Inputs outside a vector kernel's range, and
 * the last 1 to 3 elements of a heap array, take the scalar kernels of ufuncs/exact, which
 * give the vector kernel's bits. Where the kernels cannot be built (no
 * fused multiply-add) the ufuncs keep their JavaScript loops.
 */
import { heapAddress, heapMemory, heapScratch, heapStaticBlock, largeHeapAddress } from "./heap/heap";
import { sharedTeam } from "./threads/shared-team";
import { HeapTeam, threadShares } from "./threads/team";
import { MAX_PARTS } from "./threads/worker-source";
import { VECTOR_STEP } from "./wasm/vector-math";
import { EXP16, LOG16 } from "./ufuncs/exact/tables";
import { EXP_VECTOR, npExp } from "./ufuncs/exact/exp";
import { npLog } from "./ufuncs/exact/log";
import { Float64Run } from "./ufuncs/float64-run";

/** Arrays of at least this many elements use every heap thread (about 0.1 ms of work on one). */
const THREAD_MIN_ELEMENTS = 1 << 15;
/** Elements of a scratch block: chunks of arrays outside the heap pass through two of them. */
const SCRATCH_ELEMENTS = 8192;

/** One kernel: its name, table, scalar version and the inputs its vector version covers. */
interface MathKernel {
  fn: string;
  table: Float64Array;
  scalar: (x: number) => number;
  covered: (x: number) => boolean;
}

interface Ready {
  team: HeapTeam;
  /** The kernel on this thread: (o, a, n, table, countAt), byte addresses. */
  kernel: (o: number, a: number, n: number, table: number, countAt: number) => void;
  /** Byte address of the table in the heap. */
  table: number;
  /** Byte address of the per-part counts of inputs left to the scalar kernel, and a view. */
  countAt: number;
  counts: Int32Array;
}

function prepare(kernel: MathKernel): Ready | null {
  const team = sharedTeam();
  const memory = heapMemory();
  const table = heapStaticBlock(8 * kernel.table.length + 4 * MAX_PARTS);
  if (team === null || memory === null || !(kernel.fn in team.kernels) || table < 0) return null;
  new Float64Array(memory.buffer, table, kernel.table.length).set(kernel.table);
  const countAt = table + 8 * kernel.table.length;
  return { team, kernel: team.kernels[kernel.fn], table, countAt, counts: new Int32Array(memory.buffer, countAt, MAX_PARTS) };
}

/**
 * f over heap arrays: x[xAt ..] into o[oAt ..] (element positions), n elements, no overlap;
 * true when every result is finite (the vector kernel's range gives finite results only).
 */
function runInHeap(kernel: MathKernel, k: Ready, o: Float64Array, oAt: number, x: Float64Array, xAt: number, n: number): boolean {
  const body = n - (n % VECTOR_STEP);
  const ob = heapAddress(o) + 8 * oAt;
  const xb = heapAddress(x) + 8 * xAt;
  let left = 0;
  if (body < THREAD_MIN_ELEMENTS || k.team.size() === 1) {
    // one part on this thread: a direct call, nothing allocated
    k.team.kernels[kernel.fn](ob, xb, body, k.table, k.countAt);
    left = k.counts[0];
  } else {
    const parts = threadShares(body, k.team.size(), VECTOR_STEP);
    k.team.run(kernel.fn, parts.map(([i0, i1], p) => [ob + 8 * i0, xb + 8 * i0, i1 - i0, k.table, k.countAt + 4 * p]));
    for (let p = 0; p < parts.length; p++) left += k.counts[p];
  }
  let finite = true;
  for (let i = left > 0 ? 0 : body; i < n; i++) {
    const v = x[xAt + i];
    if (i >= body || !kernel.covered(v)) {
      const r = (o[oAt + i] = kernel.scalar(v));
      if (r - r !== 0) finite = false;
    }
  }
  return finite;
}


/** Copies below this many elements are element loops (cheaper than a subarray and set). */
const LOOP_COPY = 64;

/**
 * mathRun for fewer than LOOP_COPY elements, where the call's fixed cost is most of it: the
 * input copied into the scratch block (the last vector padded with ones), one direct kernel
 * call, the output copied back.
 */
function runTiny(kernel: MathKernel, k: Ready, o: Float64Array, oAt: number, x: Float64Array, xAt: number, n: number, input: Float64Array, output: Float64Array): Float64Run {
  const padded = (n + VECTOR_STEP - 1) & -VECTOR_STEP;
  for (let i = 0; i < n; i++) input[i] = x[xAt + i];
  for (let i = n; i < padded; i++) input[i] = 1;
  k.kernel(output.byteOffset, input.byteOffset, padded, k.table, k.countAt);
  let finite = true;
  const left = k.counts[0];
  for (let i = 0; i < n; i++) {
    if (left > 0 && !kernel.covered(input[i])) output[i] = kernel.scalar(input[i]);
    const r = (o[oAt + i] = output[i]);
    if (left > 0 && r - r !== 0) finite = false;
  }
  return finite ? Float64Run.RanFinite : Float64Run.Ran;
}

/**
 * The float64 loop of a ufunc through `kernel`: o[oAt .. oAt+n) = f(x[xAt .. xAt+n)) (element
 * positions; the two ranges the same or apart); NotRun, with nothing written, when the kernel
 * is not available here.
 */
function mathRun(kernel: MathKernel): (o: Float64Array, oAt: number, x: Float64Array, xAt: number, n: number) => Float64Run {
  let ready: Ready | null | undefined;
  let input: Float64Array | null = null;
  let output: Float64Array | null = null;
  return (o, oAt, x, xAt, n) => {
    if (ready === undefined) ready = prepare(kernel);
    if (ready === null) return Float64Run.NotRun;
    const oh = largeHeapAddress(o);
    const xh = largeHeapAddress(x);
    const apart = oh + 8 * oAt >= xh + 8 * (xAt + n) || xh + 8 * xAt >= oh + 8 * (oAt + n);
    if (oh >= 0 && xh >= 0 && apart) return runInHeap(kernel, ready, o, oAt, x, xAt, n) ? Float64Run.RanFinite : Float64Run.Ran;
    input ??= heapScratch(0, SCRATCH_ELEMENTS);
    output ??= heapScratch(1, SCRATCH_ELEMENTS);
    if (input === null || output === null) return Float64Run.NotRun;
    if (n < LOOP_COPY) return runTiny(kernel, ready, o, oAt, x, xAt, n, input, output);
    let finite = true;
    // through the scratch blocks: each input chunk is copied before its output is written; a
    // chunk's last vector is padded with ones, so every element takes the vector kernel
    for (let start = 0; start < n; start += SCRATCH_ELEMENTS) {
      const len = Math.min(SCRATCH_ELEMENTS, n - start);
      const padded = Math.ceil(len / VECTOR_STEP) * VECTOR_STEP;
      if (len < LOOP_COPY) for (let i = 0; i < len; i++) input[i] = x[xAt + start + i];
      else input.set(x.subarray(xAt + start, xAt + start + len));
      for (let i = len; i < padded; i++) input[i] = 1;
      if (!runInHeap(kernel, ready, output, 0, input, 0, padded)) finite = false;
      if (len < LOOP_COPY) for (let i = 0; i < len; i++) o[oAt + start + i] = output[i];
      else o.set(output.subarray(0, len), oAt + start);
    }
    return finite ? Float64Run.RanFinite : Float64Run.Ran;
  };
}

const EXP_LIMIT = EXP_VECTOR.VEC_LIMIT;
/** The smallest normal float64: the log kernel covers normal, finite, positive inputs. */
const MIN_NORMAL = 2 ** -1022;

/** np.exp's float64 loop (false where the kernel is not available). */
export const expRun = mathRun({ fn: "exp_f64", table: EXP16, scalar: npExp, covered: (v) => v < EXP_LIMIT && v > -EXP_LIMIT });
/** np.log's float64 loop (false where the kernel is not available). */
export const logRun = mathRun({ fn: "log_f64", table: LOG16, scalar: npLog, covered: (v) => v >= MIN_NORMAL && v < Infinity });

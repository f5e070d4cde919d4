/**
 * The WebAssembly SIMD route of float64 comparisons (greater, less, equal, ...) into a fresh
 * bool array: taken when the result lives in the shared heap and each input is a dense
 * float64 array there or a Python number. Anything else keeps the JavaScript loop.
 */
import { NDArray } from "./ndarray";
import { largeHeapAddress, heapScratch } from "./heap/heap";
import { CompareOp, SWAPPED } from "./wasm/compare-kernels";
import { threadShares } from "./threads/team";
import { sharedTeam } from "./threads/shared-team";

/** The most bytes a scratch block holds (8192 doubles). */
const SCRATCH_BYTES = 65536;

/** Comparisons at least this long use every heap thread (memory-bound: helpers mostly add CPU time). */
const THREAD_MIN_ELEMENTS = 1 << 21;

/** Heap address of a dense float64 operand's first element, or -1. */
function arrayAt(x: NDArray): number {
  if (!(x.data instanceof Float64Array)) return -1;
  const at = largeHeapAddress(x.data);
  return at < 0 ? -1 : at + 8 * x.offset;
}

/**
 * `target = a op b` over n dense elements on SIMD (a, b contiguous float64 of target's size, or
 * one of them a Python number); false when it cannot run here.
 */
export function simdCompare(op: CompareOp | undefined, target: NDArray, a: NDArray | number, b: NDArray | number, n: number): boolean {
  if (op === undefined || !(target.data instanceof Uint8Array)) return false;
  const o = largeHeapAddress(target.data);
  // a result too small for the heap (inputs of 8192 to 65535 elements) goes through a scratch block
  const staged = o < 0 && n <= SCRATCH_BYTES ? heapScratch(0, Math.ceil(n / 8)) : null;
  if (o < 0 && staged === null) return false;
  let form: "vv" | "vs";
  let x: number;
  let y: number;
  if (typeof a !== "number" && typeof b !== "number") {
    [form, x, y] = ["vv", arrayAt(a), arrayAt(b)];
  } else {
    const [arr, num] = typeof a === "number" ? [b as NDArray, a] : [a, b as number];
    if (typeof a === "number") op = SWAPPED[op];
    const cell = heapScratch(1, 1);
    if (cell === null) return false;
    cell[0] = num;
    [form, x, y] = ["vs", arrayAt(arr), cell.byteOffset];
  }
  if (x < 0 || y < 0) return false;
  const team = sharedTeam();
  if (team === null) return false;
  const oAt = staged !== null ? staged.byteOffset : o + target.offset;
  const yStep = form === "vv" ? 8 : 0;
  const threads = n >= THREAD_MIN_ELEMENTS ? team.size() : 1;
  team.run(`cmp_${op}_${form}`, threadShares(n, threads, 16).map(([i0, i1]) => [oAt + i0, x + 8 * i0, y + yStep * i0, i1 - i0]));
  if (staged !== null) target.data.set(new Uint8Array(staged.buffer, staged.byteOffset, n), target.offset);
  return true;
}

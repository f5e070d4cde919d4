/**
 * float64Run loops (ufunc.ts) for the one-input ufuncs that are single IEEE operations, on
 * WebAssembly SIMD when input and output live in the shared heap.
 */
import { largeHeapAddress } from "./heap/heap";
import { UnaryOp } from "./wasm/unary-kernels";
import { threadShares } from "./threads/team";
import { sharedTeam } from "./threads/shared-team";
import { Float64Run } from "./ufuncs/float64-run";

/**
 * Operations at least this long use every heap thread: sqrt costs enough per element for
 * helpers to pay from a quarter million elements; the others are bound by memory traffic.
 */
const THREAD_MIN_ELEMENTS: Partial<Record<UnaryOp, number>> = { sqrt: 1 << 18 };
const MEMORY_BOUND_THREAD_MIN = 1 << 21;

/** The float64Run of `op`: NotRun unless both arrays are in the heap. */
export function unarySimdRun(op: UnaryOp): (o: Float64Array, oAt: number, x: Float64Array, xAt: number, n: number) => Float64Run {
  const fn = `f64_${op}`;
  const threadMin = THREAD_MIN_ELEMENTS[op] ?? MEMORY_BOUND_THREAD_MIN;
  return (o, oAt, x, xAt, n) => {
    const ob = largeHeapAddress(o);
    const xb = largeHeapAddress(x);
    if (ob < 0 || xb < 0) return Float64Run.NotRun;
    const team = sharedTeam();
    if (team === null) return Float64Run.NotRun;
    const [oa, xa] = [ob + 8 * oAt, xb + 8 * xAt];
    const threads = n >= threadMin ? team.size() : 1;
    team.run(fn, threadShares(n, threads, 4).map(([i0, i1]) => [oa + 8 * i0, xa + 8 * i0, i1 - i0]));
    return Float64Run.Ran;
  };
}

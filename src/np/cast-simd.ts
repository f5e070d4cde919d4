/**
 * The WebAssembly SIMD route of astype / copyInto for the casts images go through (uint8 and
 * bool into float64 or float32, float64 <-> float32): taken when source and destination are
 * C-contiguous, of the same shape, and both live in the shared heap. Large casts are split
 * between the heap threads; every element is the same conversion whichever thread does it.
 */
import { NDArray } from "./ndarray";
import { isCContiguous } from "./contiguous";
import { largeHeapAddress } from "./heap/heap";
import { CAST_SIZES, CastPair } from "./wasm/cast-kernels";
import { threadShares } from "./threads/team";
import { sharedTeam } from "./threads/shared-team";

/**
 * Casts at least this long use every heap thread. A cast is bound by memory traffic: at a
 * million elements helpers double the CPU time for a small gain in wall time.
 */
const THREAD_MIN_ELEMENTS = 1 << 21;

const PAIRS: Record<string, CastPair> = {
  "uint8>float64": "u8_f64",
  "bool>float64": "u8_f64",
  "uint8>float32": "u8_f32",
  "bool>float32": "u8_f32",
  "float64>float32": "f64_f32",
  "float32>float64": "f32_f64",
};

/** What simdCast did. */
export const enum SimdCast {
  NotRun = 0,
  Ran = 1,
  /** Ran, and some finite float64 became an infinite float32 (NumPy's "overflow encountered in cast"). */
  Overflowed = 2,
}

/** Casts `src` into `dst` (same shape) on SIMD, or returns NotRun for the JavaScript loop. */
export function simdCast(dst: NDArray, src: NDArray): SimdCast {
  const pair = PAIRS[`${src.dtype.name}>${dst.dtype.name}`];
  if (pair === undefined || src.size !== dst.size || !isCContiguous(dst) || !isCContiguous(src)) return SimdCast.NotRun;
  const o = largeHeapAddress(dst.data);
  const a = largeHeapAddress(src.data);
  if (o < 0 || a < 0) return SimdCast.NotRun;
  const team = sharedTeam();
  if (team === null) return SimdCast.NotRun;
  const [from, to] = CAST_SIZES[pair];
  const n = dst.size;
  const oAt = o + to * dst.offset;
  const aAt = a + from * src.offset;
  const threads = n >= THREAD_MIN_ELEMENTS ? team.size() : 1;
  const overflowed = pair === "f64_f32" && (team.kernels.f64_f32_overflows(aAt, n) as unknown as number) !== 0;
  team.run(`cast_${pair}`, threadShares(n, threads, 16).map(([i0, i1]) => [oAt + to * i0, aAt + from * i0, i1 - i0]));
  return overflowed ? SimdCast.Overflowed : SimdCast.Ran;
}

/**
 * NumPy's pairwise summation of contiguous float64 data on WebAssembly SIMD. The data are
 * copied, one reduction buffer (8192 elements, one memory page) at a time, into the module's
 * memory; the eight partial sums NumPy keeps per 128-element block are four f64x2 lanes, and
 * every addition happens in NumPy's order, so the sums are bit-identical to NumPy's (and to
 * the JavaScript kernel's).
 */
import { I, T, WasmFunction, assemble, compileModule, instantiateOnHeap, newInstance } from "./assemble";
import { heapAddress, heapMemory } from "../heap/heap";

/** pw(p, n): pairwise sum of n doubles at byte address p (recursive, as NumPy's pairwise_sum). */
function pairwiseFunction(): WasmFunction {
  const [p, n, i, end, n2] = [0, 1, 2, 3, 4];
  const res = 5;
  const v = [6, 7, 8, 9];
  const body: number[][] = [];
  // n < 8: sequential from 0
  body.push(I.get(n), I.i32(8), I.ltU, [0x04, 0x40]); // if
  body.push(I.f64(0), I.set(res));
  body.push(I.block, I.loop, I.get(i), I.get(n), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(res), I.get(p), I.get(i), I.i32(8), I.mul, I.add, I.f64load(0), I.f64add, I.set(res));
  body.push(I.get(i), I.i32(1), I.add, I.set(i), I.br(0), I.end, I.end);
  body.push(I.get(res), I.ret, I.end);
  // n <= 128: eight accumulators as four f64x2
  body.push(I.get(n), I.i32(129), I.ltU, [0x04, 0x40]);
  for (let k = 0; k < 4; k++) body.push(I.get(p), I.v128load(16 * k), I.set(v[k]));
  body.push(I.i32(8), I.set(i), I.get(n), I.i32(-8), I.and, I.set(end));
  body.push(I.block, I.loop, I.get(i), I.get(end), I.ltU, I.eqz, I.brIf(1));
  for (let k = 0; k < 4; k++) {
    body.push(I.get(v[k]), I.get(p), I.get(i), I.i32(8), I.mul, I.add, I.v128load(16 * k), I.f64x2add, I.set(v[k]));
  }
  body.push(I.get(i), I.i32(8), I.add, I.set(i), I.br(0), I.end, I.end);
  // ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
  const pair = (k: number) => [I.get(v[k]), I.lane(0), I.get(v[k]), I.lane(1), I.f64add];
  body.push(...pair(0), ...pair(1), I.f64add, ...pair(2), ...pair(3), I.f64add, I.f64add, I.set(res));
  body.push(I.block, I.loop, I.get(i), I.get(n), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(res), I.get(p), I.get(i), I.i32(8), I.mul, I.add, I.f64load(0), I.f64add, I.set(res));
  body.push(I.get(i), I.i32(1), I.add, I.set(i), I.br(0), I.end, I.end);
  body.push(I.get(res), I.ret, I.end);
  // halves, the first a multiple of 8
  body.push(I.get(n), I.i32(1), I.shrU, I.i32(-8), I.and, I.set(n2));
  body.push(I.get(p), I.get(n2), I.call(0));
  body.push(I.get(p), I.get(n2), I.i32(8), I.mul, I.add, I.get(n), I.get(n2), I.sub, I.call(0), I.f64add);
  return { name: "pw", params: [T.i32, T.i32], results: [T.f64], locals: [[T.i32, 3], [T.f64, 1], [T.v128, 4]], body };
}

interface SumKernel {
  data: Float64Array;
  pw: (p: number, n: number) => number;
}

/** Elements per reduction buffer: exactly the module's one page. */
export const SIMD_SUM_CHUNK = 8192;

let kernel: SumKernel | null | undefined;

function load(): SumKernel | null {
  if (kernel !== undefined) return kernel;
  const module = compileModule(assemble(1, [pairwiseFunction()]));
  if (module === null) return (kernel = null);
  const exports = newInstance(module);
  const memory = exports.memory as { buffer: ArrayBuffer };
  kernel = { data: new Float64Array(memory.buffer, 0, SIMD_SUM_CHUNK), pw: exports.pw as SumKernel["pw"] };
  return kernel;
}

let inHeap: SumKernel["pw"] | null | undefined;

/** The same kernel over the shared heap, where large arrays are summed without a copy. */
function loadHeap(): SumKernel["pw"] | null {
  if (inHeap !== undefined) return inHeap;
  inHeap = (instantiateOnHeap([pairwiseFunction()], heapMemory())?.pw as SumKernel["pw"] | undefined) ?? null;
  return inHeap;
}

/**
 * NumPy's pairwise sum of `n` (<= SIMD_SUM_CHUNK) contiguous doubles of `src` from `start`,
 * or null where WebAssembly SIMD is unavailable.
 */
export function pairwiseSimd(src: Float64Array, start: number, n: number): number | null {
  const at = heapAddress(src);
  if (at >= 0) {
    const pw = loadHeap();
    if (pw !== null) return pw(at + 8 * start, n);
  }
  const k = load();
  if (k === null) return null;
  k.data.set(src.subarray(start, start + n));
  return k.pw(0, n);
}

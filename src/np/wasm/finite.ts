/**
 * Whether a contiguous float64 run in the shared heap holds a NaN or an infinity, on
 * WebAssembly SIMD: the ufuncs' check for NumPy's floating-point warnings, eight doubles a
 * step (x * 0 is NaN exactly for NaN and infinities, and NaN survives the sums).
 */
import { I, T, WasmFunction, instantiateOnHeap } from "./assemble";
import { heapAddress, heapMemory } from "../heap/heap";

/** nf(p, n): 1 when one of the n doubles at byte address p (n a multiple of 8) is not finite. */
function nonFiniteFunction(): WasmFunction {
  const [p, n, end, zero] = [0, 1, 2, 3];
  const acc = [4, 5, 6, 7];
  const body: number[][] = [];
  body.push(I.f64(0), I.f64x2splat, I.set(zero));
  for (const a of acc) body.push(I.get(zero), I.set(a));
  body.push(I.get(p), I.get(n), I.i32(8), I.mul, I.add, I.set(end));
  body.push(I.block, I.loop, I.get(p), I.get(end), I.ltU, I.eqz, I.brIf(1));
  acc.forEach((a, k) => body.push(I.get(a), I.get(p), I.v128load(16 * k), I.get(zero), I.f64x2mul, I.f64x2add, I.set(a)));
  body.push(I.get(p), I.i32(64), I.add, I.set(p), I.br(0), I.end, I.end);
  body.push(I.get(acc[0]), I.get(acc[1]), I.f64x2add, I.get(acc[2]), I.get(acc[3]), I.f64x2add, I.f64x2add, I.tee(zero));
  body.push(I.get(zero), I.f64x2ne, I.anyTrue);
  return { name: "nf", params: [T.i32, T.i32], results: [T.i32], locals: [[T.i32, 1], [T.v128, 5]], body };
}

let kernel: ((p: number, n: number) => number) | null | undefined;

/**
 * Whether `n` doubles of `data` from `start` hold a NaN or an infinity, for data in the shared
 * heap; null when the data are elsewhere or WebAssembly SIMD is missing (the caller scans).
 * Only the multiple-of-8 head is scanned here: `n` must be a multiple of 8.
 */
export function heapHasNonFinite(data: Float64Array, start: number, n: number): boolean | null {
  const at = heapAddress(data);
  if (at < 0) return null;
  if (kernel === undefined) kernel = (instantiateOnHeap([nonFiniteFunction()], heapMemory())?.nf as typeof kernel) ?? null;
  if (kernel === null) return null;
  return kernel(at + 8 * start, n) !== 0;
}

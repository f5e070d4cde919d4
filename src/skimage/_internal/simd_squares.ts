/**
 * Squares for sums of squared errors on WebAssembly SIMD: o[i] = (a[i] - b[i])² or a[i]², two
 * doubles a step, each rounded as the scalar expression is. Arrays live in the shared heap;
 * null results tell the caller to use its loop.
 */
import { I, T, WasmFunction, instantiateOnHeap } from "../../np/wasm/assemble";
import { heapAddress, heapMemory } from "../../np/heap/heap";

/** sq(a, b, o, n, diff): o = (a - b)² when diff, else a², for n doubles (n even). */
function squaresFunction(): WasmFunction {
  const [a, b, o, n, diff] = [0, 1, 2, 3, 4];
  const end = 5;
  const v = 6;
  const step = (withB: boolean) => [
    I.get(o), I.get(a), I.v128load(0), ...(withB ? [I.get(b), I.v128load(0), I.f64x2sub] : []), I.set(v),
    I.get(v), I.get(v), I.f64x2mul, I.v128store(0),
    I.get(a), I.i32(16), I.add, I.set(a), I.get(o), I.i32(16), I.add, I.set(o),
    ...(withB ? [I.get(b), I.i32(16), I.add, I.set(b)] : []),
  ];
  const loop = (withB: boolean) => [I.block, I.loop, I.get(a), I.get(end), I.ltU, I.eqz, I.brIf(1), ...step(withB), I.br(0), I.end, I.end];
  return {
    name: "sq",
    params: [T.i32, T.i32, T.i32, T.i32, T.i32],
    locals: [[T.i32, 1], [T.v128, 1]],
    body: [I.get(a), I.get(n), I.i32(8), I.mul, I.add, I.set(end), I.get(diff), I.if, ...loop(true), I.else, ...loop(false), I.end],
  };
}

let kernel: ((a: number, b: number, o: number, n: number, diff: number) => void) | null | undefined;

/**
 * out[0 .. n) = (x[start + i] - y[start + i])² (or x² when y is null), n even; false when an
 * array is outside the shared heap or there is no SIMD.
 */
export function squaresSimd(x: Float64Array, y: Float64Array | null, start: number, n: number, out: Float64Array): boolean {
  const a = heapAddress(x);
  const b = y === null ? 0 : heapAddress(y);
  const o = heapAddress(out);
  if (a < 0 || b < 0 || o < 0 || n % 2 !== 0) return false;
  if (kernel === undefined) kernel = (instantiateOnHeap([squaresFunction()], heapMemory())?.sq as typeof kernel) ?? null;
  if (kernel === null) return false;
  kernel(a + 8 * start, y === null ? 0 : b + 8 * start, o, n, y === null ? 0 : 1);
  return true;
}

/**
 * One column of the LU factorisation's narrow panels on WebAssembly SIMD, over a row-major
 * matrix in the shared heap: the first largest pivot at or below the diagonal, the swap of the
 * two whole rows, the multipliers below the pivot, and the update of the panel's columns right
 * of it, two at a time. Each element is a - l * u with a multiply then a subtraction, as the
 * plain loop computes it.
 */
import { I, T, WasmFunction, instantiateOnHeap } from "./assemble";
import { heapAddress, heapMemory } from "../heap/heap";

/** `while (cond) { body }` as block / loop. */
function loopWhile(cond: number[][], body: number[][]): number[][] {
  return [I.block, I.loop, ...cond, I.eqz, I.brIf(1), ...body, I.br(0), I.end, I.end];
}

/**
 * column(base, n, k, k1) -> p: column k of the n x n matrix at byte address base; the panel's
 * columns end before k1. Returns the pivot row p (rows k and p swapped); a zero pivot leaves
 * the rows below as they are.
 */
function columnFunction(): WasmFunction {
  const [base, n, k, k1] = [0, 1, 2, 3];
  const [ld, rowK, rowP, i, ri, p, j, jStart, jEnd, pairEnd] = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
  const [best, v, inv, l] = [14, 15, 16, 17];
  const [x, y, lv] = [18, 19, 20];
  const body: number[][] = [
    I.get(n), I.i32(3), I.shl, I.set(ld),
    I.get(base), I.get(k), I.get(ld), I.mul, I.add, I.set(rowK),
    // the first largest |a[i, k]|, i >= k
    I.get(k), I.set(p),
    I.get(rowK), I.get(k), I.i32(3), I.shl, I.add, I.f64load(0), I.f64abs, I.set(best),
    I.get(k), I.i32(1), I.add, I.set(i),
    I.get(rowK), I.get(ld), I.add, I.get(k), I.i32(3), I.shl, I.add, I.set(ri),
    ...loopWhile([I.get(i), I.get(n), I.ltU], [
      I.get(ri), I.f64load(0), I.f64abs, I.tee(v), I.get(best), I.f64gt, I.if,
      I.get(v), I.set(best), I.get(i), I.set(p),
      I.end,
      I.get(i), I.i32(1), I.add, I.set(i), I.get(ri), I.get(ld), I.add, I.set(ri),
    ]),
    // swap the whole rows
    I.get(p), I.get(k), I.ne, I.if,
    I.get(base), I.get(p), I.get(ld), I.mul, I.add, I.set(rowP),
    I.i32(0), I.set(j),
    ...loopWhile([I.get(j), I.i32(16), I.add, I.get(ld), I.gtU, I.eqz], [
      I.get(rowK), I.get(j), I.add, I.v128load(0), I.set(x),
      I.get(rowP), I.get(j), I.add, I.v128load(0), I.set(y),
      I.get(rowK), I.get(j), I.add, I.get(y), I.v128store(0),
      I.get(rowP), I.get(j), I.add, I.get(x), I.v128store(0),
      I.get(j), I.i32(16), I.add, I.set(j),
    ]),
    I.get(j), I.get(ld), I.ltU, I.if,
    I.get(rowK), I.get(j), I.add, I.f64load(0), I.set(v),
    I.get(rowK), I.get(j), I.add, I.get(rowP), I.get(j), I.add, I.f64load(0), I.f64store(0),
    I.get(rowP), I.get(j), I.add, I.get(v), I.f64store(0),
    I.end,
    I.end,
    // a zero pivot: nothing to eliminate
    I.get(rowK), I.get(k), I.i32(3), I.shl, I.add, I.f64load(0), I.tee(v), I.f64(0), I.f64eq, I.if, I.get(p), I.ret, I.end,
    I.f64(1), I.get(v), I.f64div, I.set(inv),
    I.get(k), I.i32(1), I.add, I.i32(3), I.shl, I.set(jStart),
    I.get(k1), I.i32(3), I.shl, I.set(jEnd),
    I.get(jStart), I.get(k1), I.get(k), I.sub, I.i32(1), I.sub, I.i32(-2), I.and, I.i32(3), I.shl, I.add, I.set(pairEnd),
    I.get(k), I.i32(1), I.add, I.set(i),
    I.get(rowK), I.get(ld), I.add, I.set(ri),
    ...loopWhile([I.get(i), I.get(n), I.ltU], [
      I.get(ri), I.get(k), I.i32(3), I.shl, I.add, I.get(ri), I.get(k), I.i32(3), I.shl, I.add, I.f64load(0), I.get(inv), I.f64mul, I.tee(l), I.f64store(0),
      I.get(l), I.f64(0), I.f64ne, I.if,
      I.get(l), I.f64x2splat, I.set(lv),
      I.get(jStart), I.set(j),
      ...loopWhile([I.get(j), I.get(pairEnd), I.ltU], [
        I.get(ri), I.get(j), I.add,
        I.get(ri), I.get(j), I.add, I.v128load(0), I.get(lv), I.get(rowK), I.get(j), I.add, I.v128load(0), I.f64x2mul, I.f64x2sub,
        I.v128store(0),
        I.get(j), I.i32(16), I.add, I.set(j),
      ]),
      I.get(j), I.get(jEnd), I.ltU, I.if,
      I.get(ri), I.get(j), I.add,
      I.get(ri), I.get(j), I.add, I.f64load(0), I.get(l), I.get(rowK), I.get(j), I.add, I.f64load(0), I.f64mul, I.f64sub,
      I.f64store(0),
      I.end,
      I.end,
      I.get(i), I.i32(1), I.add, I.set(i), I.get(ri), I.get(ld), I.add, I.set(ri),
    ]),
    I.get(p),
  ];
  return { name: "column", params: [T.i32, T.i32, T.i32, T.i32], results: [T.i32], locals: [[T.i32, 10], [T.f64, 4], [T.v128, 3]], body };
}

type Column = (base: number, n: number, k: number, k1: number) => number;
let kernel: Column | null | undefined;

/**
 * Factors column k of the n x n matrix a[off..] (panel columns end before k1) when a lives in
 * the shared heap: returns the pivot row, or -1 where the kernel cannot run (the caller then
 * does it in JavaScript).
 */
export function luColumn(a: Float64Array, off: number, n: number, k: number, k1: number): number {
  const at = heapAddress(a);
  if (at < 0) return -1;
  if (kernel === undefined) kernel = (instantiateOnHeap([columnFunction()], heapMemory())?.column as Column | undefined) ?? null;
  return kernel === null ? -1 : kernel(at + off * 8, n, k, k1);
}

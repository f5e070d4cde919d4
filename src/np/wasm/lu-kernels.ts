/**
 * The element-by-element steps of the LU factorisation and its triangular solves on
 * WebAssembly SIMD, over row-major matrices in the shared heap (the work between the matrix
 * products): one column of a narrow panel (the first largest pivot at or below the diagonal,
 * the swap of the two whole rows, the multipliers below the pivot, the update of the panel's
 * columns right of it), and one row less a combination of other rows. Each element is
 * computed as the plain loops of linalg/lu.ts compute it (a multiply, then an add or a
 * subtraction, in the same order), two at a time.
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

/**
 * rows(x, coef, rows, ld, k0, k1, len): x[j] -= sum over k in k0..k1-1 of coef[k] row_k[j] for
 * j < len, row_k at rows + k*ld (byte addresses and strides). Four rows per sweep, summed
 * (((c0 r0 + c1 r1) + c2 r2) + c3 r3) before the subtraction; the rest one at a time, skipping
 * zero coefficients.
 */
function rowsFunction(): WasmFunction {
  const [x, coef, rows, ld, k0, k1, len] = [0, 1, 2, 3, 4, 5, 6];
  const [k, j, pairEnd, lenb] = [7, 8, 9, 10];
  const r = [11, 12, 13, 14];
  const c = [15, 16, 17, 18];
  const cv = [19, 20, 21, 22];
  const at = (base: number) => [I.get(base), I.get(j), I.add];
  const sweep = (terms: number): number[][] => {
    const code: number[][] = [];
    for (let t = 0; t < terms; t++) {
      code.push(I.get(rows), I.get(k), I.i32(t), I.add, I.get(ld), I.mul, I.add, I.set(r[t]));
      code.push(I.get(coef), I.get(k), I.i32(t), I.add, I.i32(3), I.shl, I.add, I.f64load(0), I.tee(c[t]), I.f64x2splat, I.set(cv[t]));
    }
    const sum = (load: number[], mul: number[], add: number[], value: (t: number) => number): number[][] => {
      const s: number[][] = [];
      for (let t = 0; t < terms; t++) {
        s.push(I.get(value(t)), ...at(r[t]), load, mul);
        if (t > 0) s.push(add);
      }
      return s;
    };
    code.push(I.i32(0), I.set(j));
    code.push(...loopWhile([I.get(j), I.get(pairEnd), I.ltU], [
      ...at(x), ...at(x), I.v128load(0), ...sum(I.v128load(0), I.f64x2mul, I.f64x2add, (t) => cv[t]), I.f64x2sub, I.v128store(0),
      I.get(j), I.i32(16), I.add, I.set(j),
    ]));
    code.push(I.get(j), I.get(lenb), I.ltU, I.if);
    code.push(...at(x), ...at(x), I.f64load(0), ...sum(I.f64load(0), I.f64mul, I.f64add, (t) => c[t]), I.f64sub, I.f64store(0));
    code.push(I.end);
    return code;
  };
  const body: number[][] = [
    I.get(len), I.i32(3), I.shl, I.set(lenb),
    I.get(len), I.i32(-2), I.and, I.i32(3), I.shl, I.set(pairEnd),
    I.get(k0), I.set(k),
    ...loopWhile([I.get(k), I.i32(3), I.add, I.get(k1), I.ltU], [...sweep(4), I.get(k), I.i32(4), I.add, I.set(k)]),
    ...loopWhile([I.get(k), I.get(k1), I.ltU], [
      I.get(coef), I.get(k), I.i32(3), I.shl, I.add, I.f64load(0), I.f64(0), I.f64ne, I.if, ...sweep(1), I.end,
      I.get(k), I.i32(1), I.add, I.set(k),
    ]),
  ];
  return { name: "rows", params: Array<number>(7).fill(T.i32), locals: [[T.i32, 8], [T.f64, 4], [T.v128, 4]], body };
}

type Column = (base: number, n: number, k: number, k1: number) => number;
type Rows = (x: number, coef: number, rows: number, ld: number, k0: number, k1: number, len: number) => void;
let kernels: { column: Column; rows: Rows } | null | undefined;

function luKernels(): { column: Column; rows: Rows } | null {
  if (kernels === undefined) {
    const exports = instantiateOnHeap([columnFunction(), rowsFunction()], heapMemory());
    kernels = exports === null ? null : { column: exports.column as Column, rows: exports.rows as Rows };
  }
  return kernels;
}

/**
 * Factors column k of the n x n matrix a[off..] (panel columns end before k1) when a lives in
 * the shared heap: returns the pivot row, or -1 where the kernel cannot run (the caller then
 * does it in JavaScript).
 */
export function luColumn(a: Float64Array, off: number, n: number, k: number, k1: number): number {
  const at = heapAddress(a);
  const own = at < 0 ? null : luKernels();
  return own === null ? -1 : own.column(at + off * 8, n, k, k1);
}

/**
 * x[xAt + j] -= sum over k in k0..k1-1 of coef[cAt + k] * x[rowsAt + k * ld + j], j < len, when
 * x and coef live in the shared heap; false where the kernel cannot run.
 */
export function luRows(x: Float64Array, xAt: number, coef: Float64Array, cAt: number, k0: number, k1: number, rowsAt: number, ld: number, len: number): boolean {
  const xb = heapAddress(x);
  const cb = heapAddress(coef);
  const own = xb < 0 || cb < 0 ? null : luKernels();
  if (own === null) return false;
  own.rows(xb + xAt * 8, cb + cAt * 8, xb + rowsAt * 8, ld * 8, k0, k1, len);
  return true;
}

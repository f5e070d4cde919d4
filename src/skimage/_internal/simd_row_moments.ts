/**
 * The first two column moments of every row of a float64 image on WebAssembly SIMD: for each
 * row, the sum of its values and the sum of value * d[column]. Four running sums per row (two
 * lanes, two vectors) instead of one long chain of additions; rows of odd length end with one
 * scalar term. Null results tell the caller to use its loop.
 */
import { I, T, WasmFunction, instantiateOnHeap } from "../../np/wasm/assemble";
import { heapAddress, heapMemory, heapScratch } from "../../np/heap/heap";

/** rows(p, w, h, d, o): o[2r] = sum_c p[r w + c], o[2r + 1] = sum_c p[r w + c] d[c]. */
function rowsFunction(): WasmFunction {
  const [p, w, h, d, o] = [0, 1, 2, 3, 4];
  const [r, quads, pairs, rowEnd, q] = [5, 6, 7, 8, 9];
  const [t0, t1] = [10, 11]; // f64: the odd column's terms
  const [a0, a1, b0, b1, v] = [12, 13, 14, 15, 16];
  const zero = I.v128f64(0, 0);
  const lanes = (x: number) => [I.get(x), I.lane(0), I.get(x), I.lane(1), I.f64add];
  /** One vector of two columns into the sums a, b; p and q move on. */
  const step = (a: number, b: number, offset: number) => [
    I.get(p), I.v128load(offset), I.set(v),
    I.get(a), I.get(v), I.f64x2add, I.set(a),
    I.get(b), I.get(v), I.get(q), I.v128load(offset), I.f64x2mul, I.f64x2add, I.set(b),
  ];
  const advance = (bytes: number) => [I.get(p), I.i32(bytes), I.add, I.set(p), I.get(q), I.i32(bytes), I.add, I.set(q)];
  const body: number[][] = [
    I.block, I.loop, I.get(r), I.get(h), I.ltU, I.eqz, I.brIf(1),
    zero, I.set(a0), zero, I.set(a1), zero, I.set(b0), zero, I.set(b1),
    I.f64(0), I.set(t0), I.f64(0), I.set(t1),
    I.get(d), I.set(q),
    // ends of the columns in fours, in twos, and of the row
    I.get(p), I.get(w), I.i32(-4), I.and, I.i32(3), I.shl, I.add, I.set(quads),
    I.get(p), I.get(w), I.i32(-2), I.and, I.i32(3), I.shl, I.add, I.set(pairs),
    I.get(p), I.get(w), I.i32(3), I.shl, I.add, I.set(rowEnd),
    I.block, I.loop, I.get(p), I.get(quads), I.ltU, I.eqz, I.brIf(1),
    ...step(a0, b0, 0), ...step(a1, b1, 16), ...advance(32),
    I.br(0), I.end, I.end,
    I.get(p), I.get(pairs), I.ltU, I.if, ...step(a0, b0, 0), ...advance(16), I.end,
    I.get(p), I.get(rowEnd), I.ltU, I.if,
    I.get(p), I.f64load(0), I.tee(t0), I.get(q), I.f64load(0), I.f64mul, I.set(t1),
    I.get(rowEnd), I.set(p),
    I.end,
    I.get(a0), I.get(a1), I.f64x2add, I.set(a0),
    I.get(b0), I.get(b1), I.f64x2add, I.set(b0),
    I.get(o), ...lanes(a0), I.get(t0), I.f64add, I.f64store(0),
    I.get(o), ...lanes(b0), I.get(t1), I.f64add, I.f64store(8),
    I.get(o), I.i32(16), I.add, I.set(o),
    I.get(r), I.i32(1), I.add, I.set(r),
    I.br(0), I.end, I.end,
  ];
  return { name: "rows", params: [T.i32, T.i32, T.i32, T.i32, T.i32], locals: [[T.i32, 5], [T.f64, 2], [T.v128, 5]], body };
}

let kernel: ((p: number, w: number, h: number, d: number, o: number) => void) | null | undefined;

/**
 * For each of the h rows of `values` (w columns, C order), [sum of the row, sum of value *
 * d[column]] as out[2r], out[2r + 1]; false (nothing written) when `values` is outside the
 * shared heap, the rows or columns are too many for the scratch blocks, or there is no SIMD.
 */
export function rowMomentsSimd(values: Float64Array, w: number, h: number, d: Float64Array, out: Float64Array): boolean {
  const p = heapAddress(values);
  if (p < 0 || values.length < w * h) return false;
  const dc = heapScratch(0, w);
  const sums = heapScratch(1, 2 * h);
  if (dc === null || sums === null) return false;
  if (kernel === undefined) kernel = (instantiateOnHeap([rowsFunction()], heapMemory())?.rows as typeof kernel) ?? null;
  if (kernel === null) return false;
  dc.set(d.subarray(0, w));
  kernel(p, w, h, heapAddress(dc), heapAddress(sums));
  out.set(sums.subarray(0, 2 * h));
  return true;
}

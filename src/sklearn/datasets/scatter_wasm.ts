/**
 * make_classification's final scatter (place_shuffled.ts) in WebAssembly, over arrays in the
 * shared heap: the same additions and multiplications in the same order, so the same bits,
 * without JavaScript's bounds checks on every element.
 */
import { I, T, WasmFunction, instantiateOnHeap } from "../../np/wasm/assemble";
import { heapAddress, heapMemory, heapScratch } from "../../np/heap/heap";

/**
 * scatter(head, w, tail, X, nf, rowTo, colTo, shift, n): for each source row s < n,
 * X[rowTo[s], colTo[c]] = (F[s, c] + shift[c]) * scale[c] over the nf columns c, where F[s] is
 * head's row s (w values) then tail's row s (nf - w values). Pointers are byte addresses;
 * rowTo and colTo are int32, scale follows shift (nf doubles each).
 */
function scatterFunction(): WasmFunction {
  const [head, w, tail, X, nf, rowTo, colTo, shift, n] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const [end, base, c, scale, rowBytes] = [9, 10, 11, 12, 13];
  /** Columns c .. limit of the current row, reading src (advanced past them). */
  const columns = (src: number, limit: number): number[][] => [
    I.block, I.loop, I.get(c), I.get(limit), I.ltU, I.eqz, I.brIf(1),
    // X[base + colTo[c]] = (src[0] + shift[c]) * scale[c]
    I.get(base), I.get(colTo), I.get(c), I.i32(4), I.mul, I.add, I.i32load(0), I.i32(8), I.mul, I.add,
    I.get(src), I.f64load(0), I.get(shift), I.get(c), I.i32(8), I.mul, I.add, I.f64load(0), I.f64add,
    I.get(scale), I.get(c), I.i32(8), I.mul, I.add, I.f64load(0), I.f64mul,
    I.f64store(0),
    I.get(src), I.i32(8), I.add, I.set(src),
    I.get(c), I.i32(1), I.add, I.set(c),
    I.br(0), I.end, I.end,
  ];
  const body: number[][] = [
    I.get(rowTo), I.get(n), I.i32(4), I.mul, I.add, I.set(end),
    I.get(shift), I.get(nf), I.i32(8), I.mul, I.add, I.set(scale),
    I.get(nf), I.i32(8), I.mul, I.set(rowBytes),
    I.block, I.loop, I.get(rowTo), I.get(end), I.ltU, I.eqz, I.brIf(1),
    I.get(X), I.get(rowTo), I.i32load(0), I.get(rowBytes), I.mul, I.add, I.set(base),
    I.i32(0), I.set(c),
    ...columns(head, w),
    ...columns(tail, nf),
    I.get(rowTo), I.i32(4), I.add, I.set(rowTo),
    I.br(0), I.end, I.end,
  ];
  return { name: "scatter", params: Array(9).fill(T.i32), locals: [[T.i32, 5]], body };
}

type Scatter = (head: number, w: number, tail: number, X: number, nf: number, rowTo: number, colTo: number, shift: number, n: number) => void;

/** Rows per kernel call. */
const SLICE_ROWS = 4096;

let scatter: Scatter | null | undefined;

function kernel(): Scatter | null {
  if (scatter === undefined) scatter = (instantiateOnHeap([scatterFunction()], heapMemory())?.scatter as Scatter | undefined) ?? null;
  return scatter;
}

/**
 * The scatter of place_shuffled.ts in WebAssembly when head, tail, X and rowTo all live in the
 * heap; returns false (having done nothing) otherwise.
 */
export function scatterRowsWasm(
  head: Float64Array, w: number, tail: Float64Array, X: Float64Array, nf: number,
  rowTo: Int32Array, colTo: Int32Array, shift: Float64Array, scale: Float64Array,
): boolean {
  const addresses = [heapAddress(head), heapAddress(tail), heapAddress(X), heapAddress(rowTo)];
  if (addresses.some((a) => a < 0)) return false;
  // shift, scale and colTo (as int32, in the last nf / 2 doubles) in a scratch block
  const consts = heapScratch(0, 2 * nf + Math.ceil(nf / 2));
  const run = kernel();
  if (consts === null || run === null) return false;
  consts.set(shift, 0);
  consts.set(scale, nf);
  const at = heapAddress(consts);
  new Int32Array(consts.buffer, at + 16 * nf, nf).set(colTo);
  const [h, t, x, r] = addresses;
  // in slices of rows: a long first call would run in the baseline compiler's code throughout,
  // while later slices get the optimised code as soon as it is ready
  const n = rowTo.length;
  for (let s = 0; s < n; s += SLICE_ROWS) {
    run(h + 8 * w * s, w, t + 8 * (nf - w) * s, x, nf, r + 4 * s, at + 16 * nf, at, Math.min(SLICE_ROWS, n - s));
  }
  return true;
}

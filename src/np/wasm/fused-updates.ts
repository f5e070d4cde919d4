/**
 * Householder updates fused with the product the next step needs, on WebAssembly SIMD over
 * the shared heap: one pass over the block instead of two, which is what these BLAS-2 loops
 * are bound by. All addresses and strides in bytes; plain multiplies and adds.
 */
import { I, T, WasmFunction, instantiateOnHeap } from "./assemble";
import { heapMemory } from "../heap/heap";
import { loopWhile } from "./matvec";

const lane0 = (v: number) => [I.get(v), I.lane(0)];

/**
 * rank1dot(a, ld, rows, f, fs, w, v, len, out): per row r, A[r, :] -= f[r] w, then
 * out[r] = A[r, :] v with the updated row (the left reflector's update and the right one's
 * products, in one pass). f's entries `fs` bytes apart; out contiguous.
 */
function rankOneDotFunction(): WasmFunction {
  const [a, ld, rows, f, fs, w, v, len, out] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const [r, row, jb, end4, end2, lenb] = [9, 10, 11, 12, 13, 14];
  const [sum, xs] = [15, 16];
  const [c, x, acc0, acc1] = [17, 18, 19, 20];
  const chunk = (off: number, acc: number) => [
    I.get(row), I.get(jb), I.add,
    I.get(row), I.get(jb), I.add, I.v128load(off), I.get(w), I.get(jb), I.add, I.v128load(off), I.get(c), I.f64x2mul, I.f64x2sub,
    I.tee(x), I.v128store(off),
    I.get(acc), I.get(x), I.get(v), I.get(jb), I.add, I.v128load(off), I.f64x2mul, I.f64x2add, I.set(acc),
  ];
  const body: number[][] = [
    I.get(len), I.i32(3), I.shl, I.set(lenb),
    I.get(len), I.i32(-4), I.and, I.i32(3), I.shl, I.set(end4),
    I.get(len), I.i32(-2), I.and, I.i32(3), I.shl, I.set(end2),
    ...loopWhile([I.get(r), I.get(rows), I.ltU], [
      I.get(a), I.get(r), I.get(ld), I.mul, I.add, I.set(row),
      I.get(f), I.get(r), I.get(fs), I.mul, I.add, I.splat64(0), I.set(c),
      I.v128f64(0, 0), I.set(acc0), I.v128f64(0, 0), I.set(acc1),
      I.i32(0), I.set(jb),
      ...loopWhile([I.get(jb), I.get(end4), I.ltU], [...chunk(0, acc0), ...chunk(16, acc1), I.get(jb), I.i32(32), I.add, I.set(jb)]),
      I.get(jb), I.get(end2), I.ltU, I.if, ...chunk(0, acc0), I.get(jb), I.i32(16), I.add, I.set(jb), I.end,
      ...lane0(acc0), ...lane0(acc1), I.f64add, I.get(acc0), I.lane(1), I.get(acc1), I.lane(1), I.f64add, I.f64add, I.set(sum),
      I.get(jb), I.get(lenb), I.ltU, I.if,
      I.get(row), I.get(jb), I.add,
      I.get(row), I.get(jb), I.add, I.f64load(0), I.get(w), I.get(jb), I.add, I.f64load(0), ...lane0(c), I.f64mul, I.f64sub,
      I.set(xs), I.get(xs), I.f64store(0),
      I.get(sum), I.get(xs), I.get(v), I.get(jb), I.add, I.f64load(0), I.f64mul, I.f64add, I.set(sum),
      I.end,
      I.get(out), I.get(r), I.i32(3), I.shl, I.add, I.get(sum), I.f64store(0),
      I.get(r), I.i32(1), I.add, I.set(r),
    ]),
  ];
  return { name: "rank1dot", params: Array(9).fill(T.i32), locals: [[T.i32, 6], [T.f64, 2], [T.v128, 4]], body };
}

/**
 * rank1cols(a, ld, rows, f, fs, w, u, us, len, out): per row r, A[r, :] -= f[r] w, and
 * out += u[r] A[r, :] with the updated row (a reflector's update and the next reflector's
 * products, in one pass); two rows per sweep, so out is loaded and stored once per two.
 */
function rankOneColsFunction(): WasmFunction {
  const [a, ld, rows, f, fs, w, u, us, len, out] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const [r, jb, end2, lenb] = [10, 11, 12, 13];
  const row = [14, 15];
  const [ws] = [16];
  const xs = [17, 18];
  const c = [19, 20];
  const uu = [21, 22];
  const [wv] = [23];
  const x = [24, 25];
  const setup = (t: number) => [
    I.get(a), I.get(r), I.i32(t), I.add, I.get(ld), I.mul, I.add, I.set(row[t]),
    I.get(f), I.get(r), I.i32(t), I.add, I.get(fs), I.mul, I.add, I.splat64(0), I.set(c[t]),
    I.get(u), I.get(r), I.i32(t), I.add, I.get(us), I.mul, I.add, I.splat64(0), I.set(uu[t]),
  ];
  const update = (t: number) => [
    I.get(row[t]), I.get(jb), I.add,
    I.get(row[t]), I.get(jb), I.add, I.v128load(0), I.get(wv), I.get(c[t]), I.f64x2mul, I.f64x2sub,
    I.tee(x[t]), I.v128store(0),
  ];
  const updateScalar = (t: number) => [
    I.get(row[t]), I.get(jb), I.add,
    I.get(row[t]), I.get(jb), I.add, I.f64load(0), I.get(ws), ...lane0(c[t]), I.f64mul, I.f64sub,
    I.set(xs[t]), I.get(xs[t]), I.f64store(0),
  ];
  /** The sweep over the columns for `k` (1 or 2) rows from r. */
  const sweep = (k: number): number[][] => {
    const ts = Array.from({ length: k }, (_, t) => t);
    const outAt = [I.get(out), I.get(jb), I.add];
    return [
      ...ts.flatMap(setup),
      I.i32(0), I.set(jb),
      ...loopWhile([I.get(jb), I.get(end2), I.ltU], [
        I.get(w), I.get(jb), I.add, I.v128load(0), I.set(wv),
        ...ts.flatMap(update),
        ...outAt, ...outAt, I.v128load(0),
        ...ts.flatMap((t) => [I.get(uu[t]), I.get(x[t]), I.f64x2mul, ...(t > 0 ? [I.f64x2add] : [])]),
        I.f64x2add, I.v128store(0),
        I.get(jb), I.i32(16), I.add, I.set(jb),
      ]),
      I.get(jb), I.get(lenb), I.ltU, I.if,
      I.get(w), I.get(jb), I.add, I.f64load(0), I.set(ws),
      ...ts.flatMap(updateScalar),
      ...outAt, ...outAt, I.f64load(0),
      ...ts.flatMap((t) => [...lane0(uu[t]), I.get(xs[t]), I.f64mul, ...(t > 0 ? [I.f64add] : [])]),
      I.f64add, I.f64store(0),
      I.end,
    ];
  };
  const body: number[][] = [
    I.get(len), I.i32(3), I.shl, I.set(lenb),
    I.get(len), I.i32(-2), I.and, I.i32(3), I.shl, I.set(end2),
    ...loopWhile([I.get(r), I.i32(1), I.add, I.get(rows), I.ltU], [...sweep(2), I.get(r), I.i32(2), I.add, I.set(r)]),
    I.get(r), I.get(rows), I.ltU, I.if, ...sweep(1), I.end,
  ];
  return { name: "rank1cols", params: Array(10).fill(T.i32), locals: [[T.i32, 6], [T.f64, 3], [T.v128, 7]], body };
}

/** The fused kernels. */
export interface FusedKernels {
  rank1dot: (a: number, ld: number, rows: number, f: number, fs: number, w: number, v: number, len: number, out: number) => void;
  rank1cols: (a: number, ld: number, rows: number, f: number, fs: number, w: number, u: number, us: number, len: number, out: number) => void;
}

let kernels: FusedKernels | null | undefined;

/** The kernels over the shared heap, or null where WebAssembly SIMD or the heap is missing. */
export function fusedKernels(): FusedKernels | null {
  if (kernels !== undefined) return kernels;
  const exports = instantiateOnHeap([rankOneDotFunction(), rankOneColsFunction()], heapMemory());
  kernels = exports === null ? null : { rank1dot: exports.rank1dot as FusedKernels["rank1dot"], rank1cols: exports.rank1cols as FusedKernels["rank1cols"] };
  return kernels;
}

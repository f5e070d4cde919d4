/**
 * Matrix-vector products on WebAssembly SIMD over the shared heap, for the sweeps of
 * Householder reductions: A v (a dot per row) and A^T u (rows scaled and summed), with A
 * row-major and every operand already in the heap (byte addresses, no copies). Plain
 * multiplies and adds (no fused ones), so results do not depend on the CPU; the sums run in
 * two lanes, a different order from a sequential loop, equal up to rounding.
 */
import { I, T, WasmFunction, instantiateOnHeap } from "./assemble";
import { heapMemory } from "../heap/heap";

/** `while (cond) { body }` as block / loop. */
export function loopWhile(cond: number[][], body: number[][]): number[][] {
  return [I.block, I.loop, ...cond, I.eqz, I.brIf(1), ...body, I.br(0), I.end, I.end];
}

/**
 * rowdots(a, ld, rows, v, len, out): out[r] = sum over j < len of A[r, j] v[j], A's rows `ld`
 * bytes apart (all addresses in bytes).
 */
function rowDotsFunction(): WasmFunction {
  const [a, ld, rows, v, len, out] = [0, 1, 2, 3, 4, 5];
  const [r, jb, row, end4, lenb] = [6, 7, 8, 9, 10];
  const s = 11;
  const [acc0, acc1] = [12, 13];
  const mac = (acc: number, off: number) => [
    I.get(acc), I.get(row), I.get(jb), I.add, I.v128load(off), I.get(v), I.get(jb), I.add, I.v128load(off), I.f64x2mul, I.f64x2add, I.set(acc),
  ];
  const body: number[][] = [
    I.get(len), I.i32(3), I.shl, I.set(lenb),
    I.get(len), I.i32(-4), I.and, I.i32(3), I.shl, I.set(end4),
    ...loopWhile([I.get(r), I.get(rows), I.ltU], [
      I.v128f64(0, 0), I.set(acc0), I.v128f64(0, 0), I.set(acc1),
      I.get(a), I.get(r), I.get(ld), I.mul, I.add, I.set(row),
      I.i32(0), I.set(jb),
      ...loopWhile([I.get(jb), I.get(end4), I.ltU], [...mac(acc0, 0), ...mac(acc1, 16), I.get(jb), I.i32(32), I.add, I.set(jb)]),
      I.get(acc0), I.lane(0), I.get(acc1), I.lane(0), I.f64add, I.get(acc0), I.lane(1), I.get(acc1), I.lane(1), I.f64add, I.f64add, I.set(s),
      ...loopWhile([I.get(jb), I.get(lenb), I.ltU], [
        I.get(s), I.get(row), I.get(jb), I.add, I.f64load(0), I.get(v), I.get(jb), I.add, I.f64load(0), I.f64mul, I.f64add, I.set(s),
        I.get(jb), I.i32(8), I.add, I.set(jb),
      ]),
      I.get(out), I.get(r), I.i32(3), I.shl, I.add, I.get(s), I.f64store(0),
      I.get(r), I.i32(1), I.add, I.set(r),
    ]),
  ];
  return { name: "rowdots", params: Array(6).fill(T.i32), locals: [[T.i32, 5], [T.f64, 1], [T.v128, 2]], body };
}

/**
 * coldots(a, ld, rows, u, us, len, out): out[j] += sum over r < rows of u[r] A[r, j] for
 * j < len; u's entries `us` bytes apart. Four rows per sweep, so out is loaded and stored
 * once per four rows.
 */
function colDotsFunction(): WasmFunction {
  const [a, ld, rows, u, us, len, out] = [0, 1, 2, 3, 4, 5, 6];
  const [r, jb, end2, lenb, group] = [7, 8, 9, 10, 11];
  const p = [12, 13, 14, 15];
  const f = [16, 17, 18, 19];
  /** One sweep of `k` rows from row r: out[j] += (A[r, j] u[r] + A[r+1, j] u[r+1] + ...). */
  const sweep = (k: number): number[][] => {
    const code: number[][] = [];
    for (let t = 0; t < k; t++) {
      code.push(I.get(a), I.get(r), I.i32(t), I.add, I.get(ld), I.mul, I.add, I.set(p[t]));
      code.push(I.get(u), I.get(r), I.i32(t), I.add, I.get(us), I.mul, I.add, I.splat64(0), I.set(f[t]));
    }
    const terms = (load: (t: number) => number[][], mul: number[], add: number[]): number[][] => {
      const c: number[][] = [];
      for (let t = 0; t < k; t++) {
        c.push(...load(t), I.get(f[t]));
        if (t === 0) c.push(mul);
        else c.push(mul, add);
        // keep the running sum below the next term: (x0 + x1) + x2 ...
      }
      return c;
    };
    // vector part: two columns at a time
    code.push(I.i32(0), I.set(jb));
    code.push(...loopWhile([I.get(jb), I.get(end2), I.ltU], [
      I.get(out), I.get(jb), I.add,
      I.get(out), I.get(jb), I.add, I.v128load(0),
      ...terms((t) => [I.get(p[t]), I.get(jb), I.add, I.v128load(0)], I.f64x2mul, I.f64x2add),
      I.f64x2add, I.v128store(0),
      I.get(jb), I.i32(16), I.add, I.set(jb),
    ]));
    // an odd last column
    code.push(I.get(jb), I.get(lenb), I.ltU, I.if,
      I.get(out), I.get(jb), I.add,
      I.get(out), I.get(jb), I.add, I.f64load(0),
      ...terms((t) => [I.get(p[t]), I.get(jb), I.add, I.f64load(0)], [...I.lane(0), ...I.f64mul], I.f64add),
      I.f64add, I.f64store(0),
      I.end);
    return code;
  };
  const body: number[][] = [
    I.get(len), I.i32(3), I.shl, I.set(lenb),
    I.get(len), I.i32(-2), I.and, I.i32(3), I.shl, I.set(end2),
    I.get(rows), I.i32(-4), I.and, I.set(group),
    ...loopWhile([I.get(r), I.get(group), I.ltU], [...sweep(4), I.get(r), I.i32(4), I.add, I.set(r)]),
    ...loopWhile([I.get(r), I.get(rows), I.ltU], [...sweep(1), I.get(r), I.i32(1), I.add, I.set(r)]),
  ];
  return { name: "coldots", params: Array(7).fill(T.i32), locals: [[T.i32, 9], [T.v128, 4]], body };
}

/**
 * rank1(a, ld, rows, f, fs, w, len): A[r, j] -= f[r] w[j] for r < rows, j < len (the update
 * of a Householder reflector applied to a block); f's entries `fs` bytes apart, two rows per
 * sweep so each w[j] is loaded once for both.
 */
function rankOneFunction(): WasmFunction {
  const [a, ld, rows, f, fs, w, len] = [0, 1, 2, 3, 4, 5, 6];
  const [r, jb, end2, lenb, p0, p1] = [7, 8, 9, 10, 11, 12];
  const [c0, c1, wv] = [13, 14, 15];
  const rowAt = (t: number, dst: number) => [I.get(a), I.get(r), I.i32(t), I.add, I.get(ld), I.mul, I.add, I.set(dst)];
  const factor = (t: number, dst: number) => [I.get(f), I.get(r), I.i32(t), I.add, I.get(fs), I.mul, I.add, I.splat64(0), I.set(dst)];
  const update = (p: number, c: number, load: number[], mul: number[], sub: number[], store: number[], wval: number[][]): number[][] => [
    I.get(p), I.get(jb), I.add, I.get(p), I.get(jb), I.add, load, ...wval, I.get(c), mul, sub, store,
  ];
  const twoRows: number[][] = [
    ...rowAt(0, p0), ...rowAt(1, p1), ...factor(0, c0), ...factor(1, c1),
    I.i32(0), I.set(jb),
    ...loopWhile([I.get(jb), I.get(end2), I.ltU], [
      I.get(w), I.get(jb), I.add, I.v128load(0), I.set(wv),
      ...update(p0, c0, I.v128load(0), I.f64x2mul, I.f64x2sub, I.v128store(0), [I.get(wv)]),
      ...update(p1, c1, I.v128load(0), I.f64x2mul, I.f64x2sub, I.v128store(0), [I.get(wv)]),
      I.get(jb), I.i32(16), I.add, I.set(jb),
    ]),
    I.get(jb), I.get(lenb), I.ltU, I.if,
    ...update(p0, c0, I.f64load(0), [...I.lane(0), ...I.f64mul], I.f64sub, I.f64store(0), [I.get(w), I.get(jb), I.add, I.f64load(0)]),
    ...update(p1, c1, I.f64load(0), [...I.lane(0), ...I.f64mul], I.f64sub, I.f64store(0), [I.get(w), I.get(jb), I.add, I.f64load(0)]),
    I.end,
  ];
  const oneRow: number[][] = [
    ...rowAt(0, p0), ...factor(0, c0),
    I.i32(0), I.set(jb),
    ...loopWhile([I.get(jb), I.get(end2), I.ltU], [
      ...update(p0, c0, I.v128load(0), I.f64x2mul, I.f64x2sub, I.v128store(0), [I.get(w), I.get(jb), I.add, I.v128load(0)]),
      I.get(jb), I.i32(16), I.add, I.set(jb),
    ]),
    I.get(jb), I.get(lenb), I.ltU, I.if,
    ...update(p0, c0, I.f64load(0), [...I.lane(0), ...I.f64mul], I.f64sub, I.f64store(0), [I.get(w), I.get(jb), I.add, I.f64load(0)]),
    I.end,
  ];
  const body: number[][] = [
    I.get(len), I.i32(3), I.shl, I.set(lenb),
    I.get(len), I.i32(-2), I.and, I.i32(3), I.shl, I.set(end2),
    ...loopWhile([I.get(r), I.i32(1), I.add, I.get(rows), I.ltU], [...twoRows, I.get(r), I.i32(2), I.add, I.set(r)]),
    ...loopWhile([I.get(r), I.get(rows), I.ltU], [...oneRow, I.get(r), I.i32(1), I.add, I.set(r)]),
  ];
  return { name: "rank1", params: Array(7).fill(T.i32), locals: [[T.i32, 6], [T.v128, 3]], body };
}

export interface MatVecKernels {
  rowdots: (a: number, ld: number, rows: number, v: number, len: number, out: number) => void;
  coldots: (a: number, ld: number, rows: number, u: number, us: number, len: number, out: number) => void;
  rank1: (a: number, ld: number, rows: number, f: number, fs: number, w: number, len: number) => void;
}

let kernels: MatVecKernels | null | undefined;

/** The kernels over the shared heap, or null where WebAssembly SIMD or the heap is missing. */
export function matVecKernels(): MatVecKernels | null {
  if (kernels !== undefined) return kernels;
  const exports = instantiateOnHeap([rowDotsFunction(), colDotsFunction(), rankOneFunction()], heapMemory());
  kernels = exports === null ? null : {
    rowdots: exports.rowdots as MatVecKernels["rowdots"],
    coldots: exports.coldots as MatVecKernels["coldots"],
    rank1: exports.rank1 as MatVecKernels["rank1"],
  };
  return kernels;
}

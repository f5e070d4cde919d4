/**
 * The WebAssembly SIMD kernel of the matrix product: an MR x 4 register tile of C (f64x2
 * accumulators) runs over k in blocks, reading A in MR-row panels and B in 4-column panels.
 * The k blocks are OpenBLAS's (at most GEMM_Q = 384 long; between 384 and 768, two halves),
 * and each C[i, j] is summed as its dgemm sums it: within a block, the sequential chain over k
 * of A[i, k] * B[k, j] from zero, each term added with a fused multiply-add where the CPU has
 * one (as OpenBLAS's kernels; a fifth faster here too), else a multiply then an add; the
 * blocks' sums then added to C in order, from +0. So for the shapes whose every column goes
 * through OpenBLAS's plain kernel loop (512 x 512, say) the product is NumPy's, bit for bit;
 * either way it does not depend on threads.
 */
import { I, T, WasmFunction } from "./assemble";
import { fusedMultiplyAdd } from "./relaxed-simd";

/**
 * Rows per A panel (register tile height): MR x 4 outputs live in 2*MR f64x2 registers.
 * 4 measured fastest in V8 (6 spills registers, 2 loads B too often).
 */
export const MR = 4; // also the panel width of `pack` and of gemm.ts's packPanels
/** OpenBLAS's GEMM_Q for double on this kernel family: the longest k block. */
const GEMM_Q = 384;
/** Rows of A per chunk: MC x GEMM_Q doubles (384 KB) stay in a 1 MB L2 cache. */
const MC = 128;

/**
 * block(pa, pb, pc, kc, ni, ldc, astride, first): for each of ni A panels (kc x MR, the first at
 * pa, astride bytes apart) times one B panel (kc x 4 at pb), summed from zero, the sum is added
 * to its C tile (MR x 4, the first at pc, row pitch ldc bytes, tiles MR rows apart), or to +0 for
 * the `first` k block (C's contents are then ignored, so C needs no clearing). The B panel
 * stays in L1 while the A panels stream from L2. `fused`: f64x2.relaxed_madd (relaxed-simd.ts)
 * instead of a multiply and an add. `subtract` ("blockSub"): the sum is taken from C instead,
 * every block (`first` is ignored), for the updates C -= A B of the LU factorisation.
 */
export function blockFunction(fused: boolean, subtract = false): WasmFunction {
  const [pa, pb, pc, kc, ni, ldc, astride, first] = [0, 1, 2, 3, 4, 5, 6, 7];
  const [i, kk, ak, bk] = [8, 9, 10, 11];
  const rows = [pc, ...Array.from({ length: MR - 1 }, (_, r) => 12 + r)];
  const v0 = 12 + MR - 1;
  const acc = Array.from({ length: 2 * MR }, (_, i) => v0 + i);
  const [b0, b1, av] = [v0 + 2 * MR, v0 + 2 * MR + 1, v0 + 2 * MR + 2];
  const body: number[][] = [];
  body.push(I.block, I.loop);
  body.push(I.get(i), I.get(ni), I.ltU, I.eqz, I.brIf(1));
  for (let r = 1; r < MR; r++) body.push(I.get(rows[r - 1]), I.get(ldc), I.add, I.set(rows[r]));
  for (let r = 0; r < 2 * MR; r++) body.push(I.f64(0), I.f64x2splat, I.set(acc[r]));
  body.push(I.get(pa), I.set(ak), I.get(pb), I.set(bk), I.get(kc), I.set(kk));
  body.push(I.block, I.loop);
  body.push(I.get(kk), I.eqz, I.brIf(1));
  body.push(I.get(bk), I.v128load(0), I.set(b0), I.get(bk), I.v128load(16), I.set(b1));
  for (let r = 0; r < MR; r++) {
    body.push(I.get(ak), I.splat64(8 * r), I.set(av));
    for (const [c, b] of [[acc[2 * r], b0], [acc[2 * r + 1], b1]]) {
      if (fused) body.push(I.get(av), I.get(b), I.get(c), I.f64x2relaxedMadd, I.set(c));
      else body.push(I.get(c), I.get(av), I.get(b), I.f64x2mul, I.f64x2add, I.set(c));
    }
  }
  body.push(I.get(ak), I.i32(8 * MR), I.add, I.set(ak), I.get(bk), I.i32(32), I.add, I.set(bk));
  body.push(I.get(kk), I.i32(1), I.sub, I.set(kk), I.br(0), I.end, I.end);
  // C + the block's sum, or +0 + the sum for the first block (C is not read then: a new
  // array's untouched pages would fault twice)
  const store = (base: (r: number, half: number) => number[][]) => {
    for (let r = 0; r < MR; r++) {
      for (const half of [0, 1]) body.push(I.get(rows[r]), ...base(r, half), I.get(acc[2 * r + half]), I.f64x2add, I.v128store(16 * half));
    }
  };
  if (subtract) {
    for (let r = 0; r < MR; r++) {
      for (const half of [0, 1]) body.push(I.get(rows[r]), I.get(rows[r]), I.v128load(16 * half), I.get(acc[2 * r + half]), I.f64x2sub, I.v128store(16 * half));
    }
  } else {
    body.push(I.get(first), I.if);
    store(() => [I.v128f64(0, 0)]);
    body.push(I.else);
    store((r, half) => [I.get(rows[r]), I.v128load(16 * half)]);
    body.push(I.end);
  }
  body.push(I.get(rows[MR - 1]), I.get(ldc), I.add, I.set(pc), I.get(pa), I.get(astride), I.add, I.set(pa));
  body.push(I.get(i), I.i32(1), I.add, I.set(i), I.br(0), I.end, I.end);
  return {
    name: subtract ? "blockSub" : "block",
    params: Array<number>(8).fill(T.i32),
    locals: [[T.i32, 4 + MR - 1], [T.v128, 2 * MR + 3]],
    body,
  };
}

/**
 * rows(ap, bp, cp, k, m4, ib0, ib1): the C rows ib0..ib1 (whole panels) of the product of the
 * A panels at byte address ap and B at bp (panels as `block` reads them) into cp (C, m4
 * columns, overwritten), k in OpenBLAS's blocks: what is left if at most GEMM_Q, else GEMM_Q
 * while at least twice that is left, else half of it, rounded up. Rows go in chunks of MC, whose
 * A panels stay in L2 while every B panel passes. One call is one thread's share; rows of C
 * never overlap between calls. `update` ("rowsSub", one more parameter ldc): C -= the product,
 * C's rows ldc elements apart, through function 3 (blockSub).
 */
export function rowsFunction(update = false): WasmFunction {
  const [ap, bp, cp, k, m4, ib0, ib1] = [0, 1, 2, 3, 4, 5, 6];
  const ldc = update ? 7 : m4;
  const [k0, kc, ic, ic1, jp] = update ? [8, 9, 10, 11, 12] : [7, 8, 9, 10, 11];
  const body: number[][] = [];
  body.push(I.block, I.loop, I.get(k0), I.get(k), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(k), I.get(k0), I.sub, I.tee(kc), I.i32(2 * GEMM_Q - 1), I.gtU, I.if);
  body.push(I.i32(GEMM_Q), I.set(kc));
  body.push(I.else, I.get(kc), I.i32(GEMM_Q), I.gtU, I.if);
  body.push(I.get(kc), I.i32(1), I.add, I.i32(1), I.shrU, I.set(kc));
  body.push(I.end, I.end);
  body.push(I.get(ib0), I.set(ic));
  body.push(I.block, I.loop, I.get(ic), I.get(ib1), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(ib1), I.get(ic), I.i32(MC), I.add, I.tee(ic1), I.get(ic1), I.get(ib1), I.gtU, I.select, I.set(ic1));
  body.push(I.i32(0), I.set(jp));
  body.push(I.block, I.loop, I.get(jp), I.get(m4), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(ap), I.get(ic), I.get(k), I.mul, I.get(k0), I.i32(MR), I.mul, I.add, I.i32(8), I.mul, I.add);
  body.push(I.get(bp), I.get(jp), I.get(k), I.mul, I.get(k0), I.i32(4), I.mul, I.add, I.i32(8), I.mul, I.add);
  body.push(I.get(cp), I.get(ic), I.get(ldc), I.mul, I.get(jp), I.add, I.i32(8), I.mul, I.add);
  body.push(I.get(kc), I.get(ic1), I.get(ic), I.sub, I.i32(Math.log2(MR)), I.shrU, I.get(ldc), I.i32(8), I.mul);
  body.push(I.get(k), I.i32(8 * MR), I.mul, I.get(k0), I.eqz, I.call(update ? 3 : 0));
  body.push(I.get(jp), I.i32(4), I.add, I.set(jp), I.br(0), I.end, I.end);
  body.push(I.get(ic1), I.set(ic), I.br(0), I.end, I.end);
  body.push(I.get(k0), I.get(kc), I.add, I.set(k0), I.br(0), I.end, I.end);
  return { name: update ? "rowsSub" : "rows", params: Array<number>(update ? 8 : 7).fill(T.i32), locals: [[T.i32, 5]], body };
}

/**
 * pack(dst, src, os, ks, k, p0, p1, count): panels p0..p1 (multiples of 4) of an operand into
 * dst: panel p holds, for each k, members p..p+3 side by side (zeros past `count`); member i's
 * element kk is at src + i*os + kk*ks (byte strides, any sign). A's panels are its rows (MR is
 * 4), B's its columns. Where the four members are adjacent (os 8: a row-major B) a panel's
 * rows are copied 32 bytes at a time.
 */
export function packFunction(): WasmFunction {
  const [dst, src, os, ks, k, p0, p1, count] = [0, 1, 2, 3, 4, 5, 6, 7];
  const [p, r, idx, d, s, kk] = [8, 9, 10, 11, 12, 13];
  const walk = (store: number[][], step: number[][]) => [
    I.i32(0), I.set(kk),
    I.block, I.loop, I.get(kk), I.get(k), I.ltU, I.eqz, I.brIf(1),
    ...store,
    I.get(d), I.i32(32), I.add, I.set(d), ...step,
    I.get(kk), I.i32(1), I.add, I.set(kk), I.br(0), I.end, I.end,
  ];
  const body: number[][] = [];
  body.push(I.get(p0), I.set(p));
  body.push(I.block, I.loop, I.get(p), I.get(p1), I.ltU, I.eqz, I.brIf(1));
  // adjacent members, a whole panel: two vectors per k
  body.push(I.get(os), I.i32(8), I.eq, I.get(p), I.i32(4), I.add, I.get(count), I.gtU, I.eqz, I.and, I.if);
  body.push(I.get(dst), I.get(p), I.get(k), I.mul, I.i32(8), I.mul, I.add, I.set(d));
  body.push(I.get(src), I.get(p), I.i32(8), I.mul, I.add, I.set(s));
  body.push(...walk([I.get(d), I.get(s), I.v128load(0), I.v128store(0), I.get(d), I.get(s), I.v128load(16), I.v128store(16)], [I.get(s), I.get(ks), I.add, I.set(s)]));
  body.push(I.get(p), I.i32(4), I.add, I.set(p), I.br(1));
  body.push(I.end);
  body.push(I.i32(0), I.set(r));
  body.push(I.block, I.loop, I.get(r), I.i32(4), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(p), I.get(r), I.add, I.set(idx));
  body.push(I.get(dst), I.get(p), I.get(k), I.mul, I.get(r), I.add, I.i32(8), I.mul, I.add, I.set(d));
  body.push(I.get(idx), I.get(count), I.ltU, I.if);
  body.push(I.get(src), I.get(idx), I.get(os), I.mul, I.add, I.set(s));
  body.push(...walk([I.get(d), I.get(s), I.f64load(0), I.f64store(0)], [I.get(s), I.get(ks), I.add, I.set(s)]));
  body.push(I.else);
  body.push(...walk([I.get(d), I.f64(0), I.f64store(0)], []));
  body.push(I.end);
  body.push(I.get(r), I.i32(1), I.add, I.set(r), I.br(0), I.end, I.end);
  body.push(I.get(p), I.i32(4), I.add, I.set(p), I.br(0), I.end, I.end);
  return { name: "pack", params: Array<number>(8).fill(T.i32), locals: [[T.i32, 6]], body };
}

/**
 * The kernel's functions (`rows` calls `block` as function 0, `rowsSub` calls `blockSub` as
 * function 3), fused where relaxed-simd.ts says so.
 */
export const gemmFunctions = (): WasmFunction[] => {
  const fused = fusedMultiplyAdd();
  return [blockFunction(fused), rowsFunction(), packFunction(), blockFunction(fused, true), rowsFunction(true)];
};

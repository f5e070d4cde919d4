/**
 * The WebAssembly SIMD kernel of the matrix product: an MR x 4 register tile of C (f64x2
 * accumulators) runs over k in blocks of KC, reading A in MR-row panels and B in 4-column
 * panels. Every C[i, j] is the plain sequential sum over k of A[i, k] * B[k, j] (a multiply,
 * then an add: no fused operations), so the result does not depend on blocking or threads.
 */
import { I, T, WasmFunction } from "./assemble";

/**
 * Rows per A panel (register tile height): MR x 4 outputs live in 2*MR f64x2 registers.
 * 4 measured fastest in V8 (6 spills registers, 2 loads B too often).
 */
export const MR = 4; // also the panel width of `pack` and of gemm.ts's packPanels
/** k is walked in blocks of this many, so a B block (KC x m) stays in the L2 cache. */
const KC = 128;

/**
 * block(pa, pb, pc, kc, nj, ldc, pstride, fresh): for each of nj column panels, C tile (MR x 4
 * at pc, row pitch ldc bytes) += A panel (kc x MR at pa) times B panel (kc x 4 at pb); panels
 * of B are pstride bytes apart, tiles of C 32 bytes apart. With `fresh` the tiles start from zero
 * instead of C's contents (the first k block), so C needs no clearing.
 */
export function blockFunction(): WasmFunction {
  const [pa, pb, pc, kc, nj, ldc, pstride, fresh] = [0, 1, 2, 3, 4, 5, 6, 7];
  const [j, kk, ak, bk] = [8, 9, 10, 11];
  const rows = [pc, ...Array.from({ length: MR - 1 }, (_, r) => 12 + r)];
  const v0 = 12 + MR - 1;
  const acc = Array.from({ length: 2 * MR }, (_, i) => v0 + i);
  const [b0, b1, av] = [v0 + 2 * MR, v0 + 2 * MR + 1, v0 + 2 * MR + 2];
  const body: number[][] = [];
  body.push(I.block, I.loop);
  body.push(I.get(j), I.get(nj), I.ltU, I.eqz, I.brIf(1));
  for (let r = 1; r < MR; r++) body.push(I.get(rows[r - 1]), I.get(ldc), I.add, I.set(rows[r]));
  body.push(I.get(fresh), I.if);
  for (let r = 0; r < 2 * MR; r++) body.push(I.f64(0), I.f64x2splat, I.set(acc[r]));
  body.push(I.else);
  for (let r = 0; r < MR; r++) {
    body.push(I.get(rows[r]), I.v128load(0), I.set(acc[2 * r]));
    body.push(I.get(rows[r]), I.v128load(16), I.set(acc[2 * r + 1]));
  }
  body.push(I.end);
  body.push(I.get(pa), I.set(ak), I.get(pb), I.set(bk), I.get(kc), I.set(kk));
  body.push(I.block, I.loop);
  body.push(I.get(kk), I.eqz, I.brIf(1));
  body.push(I.get(bk), I.v128load(0), I.set(b0), I.get(bk), I.v128load(16), I.set(b1));
  for (let r = 0; r < MR; r++) {
    body.push(I.get(ak), I.splat64(8 * r), I.set(av));
    body.push(I.get(acc[2 * r]), I.get(av), I.get(b0), I.f64x2mul, I.f64x2add, I.set(acc[2 * r]));
    body.push(I.get(acc[2 * r + 1]), I.get(av), I.get(b1), I.f64x2mul, I.f64x2add, I.set(acc[2 * r + 1]));
  }
  body.push(I.get(ak), I.i32(8 * MR), I.add, I.set(ak), I.get(bk), I.i32(32), I.add, I.set(bk));
  body.push(I.get(kk), I.i32(1), I.sub, I.set(kk), I.br(0), I.end, I.end);
  for (let r = 0; r < MR; r++) {
    body.push(I.get(rows[r]), I.get(acc[2 * r]), I.v128store(0));
    body.push(I.get(rows[r]), I.get(acc[2 * r + 1]), I.v128store(16));
  }
  body.push(I.get(pc), I.i32(32), I.add, I.set(pc), I.get(pb), I.get(pstride), I.add, I.set(pb));
  body.push(I.get(j), I.i32(1), I.add, I.set(j), I.br(0), I.end, I.end);
  return {
    name: "block",
    params: Array<number>(8).fill(T.i32),
    locals: [[T.i32, 4 + MR - 1], [T.v128, 2 * MR + 3]],
    body,
  };
}

/**
 * rows(ap, bp, cp, k, m4, ib0, ib1): the C rows ib0..ib1 (whole panels) of the
 * product of the A panels at byte address ap and B at bp (panels as `block` reads them) into
 * cp (C, m4 columns, overwritten), k in blocks of KC. One call is one thread's share; rows
 * of C never overlap between calls.
 */
export function rowsFunction(): WasmFunction {
  const [ap, bp, cp, k, m4, ib0, ib1] = [0, 1, 2, 3, 4, 5, 6];
  const [k0, kc, ib] = [7, 8, 9];
  const body: number[][] = [];
  body.push(I.block, I.loop, I.get(k0), I.get(k), I.ltU, I.eqz, I.brIf(1));
  body.push(I.i32(KC), I.get(k), I.get(k0), I.sub, I.tee(kc), I.get(kc), I.i32(KC), I.gtU, I.select, I.set(kc));
  body.push(I.get(ib0), I.set(ib));
  body.push(I.block, I.loop, I.get(ib), I.get(ib1), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(ap), I.get(ib), I.get(k), I.mul, I.get(k0), I.i32(MR), I.mul, I.add, I.i32(8), I.mul, I.add);
  body.push(I.get(bp), I.get(k0), I.i32(32), I.mul, I.add);
  body.push(I.get(cp), I.get(ib), I.get(m4), I.mul, I.i32(8), I.mul, I.add);
  body.push(I.get(kc), I.get(m4), I.i32(2), I.shrU, I.get(m4), I.i32(8), I.mul, I.get(k), I.i32(32), I.mul, I.get(k0), I.eqz, I.call(0));
  body.push(I.get(ib), I.i32(MR), I.add, I.set(ib), I.br(0), I.end, I.end);
  body.push(I.get(k0), I.i32(KC), I.add, I.set(k0), I.br(0), I.end, I.end);
  return { name: "rows", params: Array<number>(7).fill(T.i32), locals: [[T.i32, 3]], body };
}

/**
 * pack(dst, src, os, ks, k, p0, p1, count): panels p0..p1 (multiples of 4) of an operand into
 * dst: panel p holds, for each k, members p..p+3 side by side (zeros past `count`); member i's
 * element kk is at src + i*os + kk*ks (byte strides, any sign). A's panels are its rows (MR is
 * 4), B's its columns.
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

/** The kernel's functions (`rows` calls `block` as function 0). */
export const gemmFunctions = (): WasmFunction[] => [blockFunction(), rowsFunction(), packFunction()];

/**
 * The legacy Gaussian in WebAssembly: the polar method's rejection loop over the generator's
 * doubles, then f = sqrt(-2 log(r2) / r2) for each accepted pair, writing f * x2, f * x1 as
 * NumPy's `legacy_gauss` returns them, with the logarithm of log.ts (wasm-log.ts). The rare
 * pairs whose logarithm the fast check cannot settle (about one in a hundred) keep x1, x2 in
 * their output slots and are listed for JavaScript to finish with the exact `logBelowOne`.
 *
 * Two phases, so that neither waits on a branch it mispredicts: first the draws, which keep
 * accepted pairs without branching on the test; then the normals, two pairs per SIMD step
 * where both lie below the near-one interval and pass the check, one by one otherwise.
 */
import { INVC_HI, INVC_LO, NEAR_ONE_LO } from "./log";
import * as table from "./log-table";
import { NEXT_DOUBLE, TEMPER } from "./wasm-mt";
import {
  SCALAR_LOG_F64, SCALAR_LOG_I32, VECTOR_LOG_I32, VECTOR_LOG_V128, scalarLogCheck, vconst, vectorTableLogCheck, writeVectorConstants,
} from "./wasm-log";
import {
  FIX_BYTE, FIX_COUNT_BYTE, LOG_TABLE_BYTE, OUT_BYTE, R2_BYTE, X1_BYTE, X2_BYTE,
} from "./wasm-layout";
import {
  Code, F64, I32, V128, add, block, br, brIf, call, div, end, f64c, f64x2, get, i32, i64x2, ifThen, load, loadF64, loadV,
  loop, mul, namedLocals, op, orElse, set, shuffle, sqrt, store, storeF64, storeV, vdiv, vmul, vsqrt,
} from "./wasm-ops";

/** Function index of `pair` in the module (after refill, temper, fill, gauss). */
export const PAIR = 4;

// ---- pair(k8): one pair's normals, scalar ----------------------------------------------------

const P = { k8: 0, ...namedLocals(1, ["x1", "x2", "x", "f", ...SCALAR_LOG_F64] as const) };
const PI = namedLocals(1 + 4 + SCALAR_LOG_F64.length, SCALAR_LOG_I32);

/**
 * pair(k8): the normals of accepted pair k (k8 = 8 k) to OUT[2k], OUT[2k + 1], or x1, x2 there
 * and k appended to the list at FIX_BYTE when the check fails.
 */
const PAIR_BODY: Code = [
  ...get(P.k8), ...loadF64(X1_BYTE), ...set(P.x1),
  ...get(P.k8), ...loadF64(X2_BYTE), ...set(P.x2),
  ...get(P.k8), ...loadF64(R2_BYTE), ...set(P.x),
  ...scalarLogCheck(P.x, P, PI),
  ...get(P.down), ...get(P.up), ...op.f64eq,
  ...ifThen,
  // f = sqrt(-2 log(x) / x); out: f * x2, f * x1
  ...sqrt(div(mul(f64c(-2), get(P.down)), get(P.x))), ...set(P.f),
  ...get(P.k8), ...get(P.k8), ...op.add, ...mul(get(P.f), get(P.x2)), ...storeF64(OUT_BYTE),
  ...get(P.k8), ...get(P.k8), ...op.add, ...mul(get(P.f), get(P.x1)), ...storeF64(OUT_BYTE + 8),
  ...orElse,
  ...get(P.k8), ...get(P.k8), ...op.add, ...get(P.x1), ...storeF64(OUT_BYTE),
  ...get(P.k8), ...get(P.k8), ...op.add, ...get(P.x2), ...storeF64(OUT_BYTE + 8),
  // FIX[count++] = k
  ...i32(0), ...load(FIX_COUNT_BYTE), ...i32(4), ...op.mul, ...get(P.k8), ...i32(3), ...op.shrU, ...store(FIX_BYTE),
  ...i32(0), ...i32(0), ...load(FIX_COUNT_BYTE), ...i32(1), ...op.add, ...store(FIX_COUNT_BYTE),
  ...end,
];

const PAIR_LOCALS: [number, number][] = [[4 + SCALAR_LOG_F64.length, F64], [SCALAR_LOG_I32.length, I32]];

// ---- gauss(pos, nPairs) ----------------------------------------------------------------------

// 0 = pos, 1 = nPairs; 5 and 6 are NEXT_DOUBLE's words
const G = { at: 2, end: 3, k8: 4, ...namedLocals(7, VECTOR_LOG_I32) };
const GF = namedLocals(9, ["x1", "x2", "x"] as const);
const GV = namedLocals(12, ["xv", "a", "b", ...VECTOR_LOG_V128] as const);

/** x = 2 u - 1 for the next double u, on the stack. */
const NEXT_UNIT: Code = [...mul(f64c(2), NEXT_DOUBLE), ...f64c(1), ...op.f64sub];

/**
 * Phase 1: draws pairs until nPairs are accepted. Every pair is written at the next free slot
 * of X1, X2, R2; the slot is kept (the offset advances) only when 0 < r2 < 1.
 */
const DRAW_PAIRS: Code = [
  ...i32(0), ...set(G.at),
  ...get(1), ...i32(8), ...op.mul, ...set(G.end),
  ...block,
  ...loop,
  ...get(G.at), ...get(G.end), ...op.geU, ...brIf(1),
  ...NEXT_UNIT, ...set(GF.x1),
  ...NEXT_UNIT, ...set(GF.x2),
  ...add(mul(get(GF.x1), get(GF.x1)), mul(get(GF.x2), get(GF.x2))), ...set(GF.x),
  ...get(G.at), ...get(GF.x1), ...storeF64(X1_BYTE),
  ...get(G.at), ...get(GF.x2), ...storeF64(X2_BYTE),
  ...get(G.at), ...get(GF.x), ...storeF64(R2_BYTE),
  ...get(G.at), ...i32(8),
  ...get(GF.x), ...f64c(1), ...op.f64lt, ...get(GF.x), ...f64c(0), ...op.f64ne, ...op.and,
  ...op.mul, ...op.add, ...set(G.at),
  ...br(0),
  ...end,
  ...end,
];

/** Both pairs k8 / 8 and k8 / 8 + 1 one by one. */
const TWO_SCALAR_PAIRS: Code = [...get(G.k8), ...call(PAIR), ...get(G.k8), ...i32(8), ...op.add, ...call(PAIR)];

/**
 * Phase 2: the normals of pairs 2i and 2i + 1 at once when both r2 are below NEAR_ONE_LO and
 * both checks pass (f64x2 lanes give each lane the scalar operations' bits), else one by one;
 * a last odd pair alone.
 */
const PAIRS_TO_NORMALS: Code = [
  ...i32(0), ...i32(0), ...store(FIX_COUNT_BYTE),
  ...i32(0), ...set(G.k8),
  ...get(1), ...i32(-2), ...op.and, ...i32(8), ...op.mul, ...set(G.end),
  ...block,
  ...loop,
  ...get(G.k8), ...get(G.end), ...op.geU, ...brIf(1),
  ...get(G.k8), ...loadV(R2_BYTE, 3), ...set(GV.xv),
  ...get(GV.xv), ...vconst(NEAR_ONE_LO), ...f64x2.ge, ...f64x2.anyTrue,
  ...ifThen,
  ...TWO_SCALAR_PAIRS,
  ...orElse,
  ...vectorTableLogCheck(GV.xv, GV, G),
  ...get(GV.down), ...get(GV.up), ...f64x2.eq, ...i64x2.allTrue,
  ...ifThen,
  // f = sqrt(-2 log(x) / x); a = f * x2, b = f * x1; out: a0, b0, a1, b1
  ...vsqrt(vdiv(vmul(vconst(-2), get(GV.down)), get(GV.xv))), ...set(GV.down),
  ...vmul(get(GV.down), [...get(G.k8), ...loadV(X2_BYTE, 3)]), ...set(GV.a),
  ...vmul(get(GV.down), [...get(G.k8), ...loadV(X1_BYTE, 3)]), ...set(GV.b),
  ...get(G.k8), ...get(G.k8), ...op.add,
  ...get(GV.a), ...get(GV.b), ...shuffle([0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23]), ...storeV(OUT_BYTE, 3),
  ...get(G.k8), ...get(G.k8), ...op.add,
  ...get(GV.a), ...get(GV.b), ...shuffle([8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31]), ...storeV(OUT_BYTE + 16, 3),
  ...orElse,
  ...TWO_SCALAR_PAIRS,
  ...end,
  ...end,
  ...get(G.k8), ...i32(16), ...op.add, ...set(G.k8),
  ...br(0),
  ...end,
  ...end,
  // an odd last pair
  ...get(1), ...i32(1), ...op.and, ...ifThen, ...get(G.end), ...call(PAIR), ...end,
];

/**
 * gauss(pos, nPairs) -> pos: draws exactly the pairs until nPairs are accepted and writes their
 * two normals each to the output area; lists at FIX_BYTE the pairs left to JavaScript.
 */
const GAUSS_BODY: Code = [...call(TEMPER), ...DRAW_PAIRS, ...PAIRS_TO_NORMALS, ...get(0)];

// i32 2 .. 8, f64 9 .. 11, v128 from 12, as declared above
const GAUSS_LOCALS: [number, number][] = [[7, I32], [3, F64], [3 + VECTOR_LOG_V128.length, V128]];

/** The gauss and pair functions: bodies and locals (after their parameters). */
export const GAUSS = { locals: GAUSS_LOCALS, body: GAUSS_BODY };
export const PAIR_FUNCTION = { locals: PAIR_LOCALS, body: PAIR_BODY };

/** Writes the logarithm tables and the SIMD constants the kernel reads into its memory. */
export function writeLogTables(memory: ArrayBuffer): void {
  const entries = new Float64Array(memory, LOG_TABLE_BYTE, 4 * 128);
  for (let j = 0; j < 128; j++) entries.set([INVC_HI[j], INVC_LO[j], table.LOG_INVC[j], table.LOG_LOGC[j]], 4 * j);
  writeVectorConstants(memory);
}

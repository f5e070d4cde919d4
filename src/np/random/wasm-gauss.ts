/**
 * The legacy Gaussian in WebAssembly: the polar method's rejection loop over the generator's
 * doubles, then f = sqrt(-2 log(r2) / r2) for each accepted pair, writing f * x2, f * x1 as
 * NumPy's `legacy_gauss` returns them. The logarithm is the fast path of log.ts (glibc's
 * algorithm with its non-fused check), operation for operation. The rare pairs that the check
 * cannot settle (about one in a hundred) keep x1, x2 in their slots and are listed for
 * JavaScript to finish with the exact `logBelowOne`.
 */
import * as table from "./log-table";
import { DRIFT, INVC_HI, INVC_LO, NEAR_ONE_LO } from "./log";
import { NEXT_DOUBLE, TEMPER } from "./wasm-mt";
import { FIX_BYTE, FIX_COUNT_BYTE, INVC_BYTE, INVC_HI_BYTE, INVC_LO_BYTE, LOGC_BYTE, OUT_BYTE } from "./wasm-layout";
import {
  Code, F64, I32, abs, add, block, br, brIf, call, div, end, f64c, get, i32, i64c, ifThen, loadF64, loop, mul, op,
  orElse, set, sqrt, store, storeF64, sub,
} from "./wasm-ops";

// i32 locals (0 and 1 are the parameters pos and nPairs; 5 and 6 belong to NEXT_DOUBLE)
const OUT = 2, END = 3, IN = 4, N_FIX = 7, TMP_HI = 8, J8 = 9, E = 10;
const I32_LOCALS = 9;
// f64 locals, by name
const F64_NAMES = [
  "x1", "x2", "x", "t0", "xh", "xl", "s", "px", "ef", "r", "kLo", "w", "hi", "rr", "r3", "lo0", "tail", "m",
  "down", "up", "rhi", "rlo", "w2", "corr", "rs", "lo", "p3", "p2", "p1", "f",
] as const;
type F64Name = (typeof F64_NAMES)[number];
const F64_BASE = 2 + I32_LOCALS;
const v = (name: F64Name): Code => get(F64_BASE + F64_NAMES.indexOf(name));
const let_ = (name: F64Name, value: Code): Code => [...value, ...set(F64_BASE + F64_NAMES.indexOf(name))];
const c = f64c;
const at = (tableByte: number): Code => [...get(J8), ...loadF64(tableByte)];

const SPLIT = 134217729; // 2^27 + 1
const OFF_HI = 0x3fe60000;
const [A0, A1, A2, A3, A4] = table.LOG_A;
const B = table.LOG_B;

/** log.ts's logUnscaled for x = r2 < NEAR_ONE_LO, up to its check: leaves `down` and `up`. */
const TABLE_PATH: Code = [
  ...let_("t0", mul(c(SPLIT), v("x"))),
  ...let_("xh", sub(v("t0"), sub(v("t0"), v("x")))),
  ...let_("xl", sub(v("x"), v("xh"))),
  // tmpHi = (high word of x) - OFF_HI; j = (tmpHi >> 13) & 127 (as a byte offset); e = tmpHi >> 20
  ...v("x"), ...op.i64fromF64, ...i64c(32), ...op.i64shrU, ...op.i32fromI64, ...i32(OFF_HI), ...op.sub, ...set(TMP_HI),
  ...get(TMP_HI), ...i32(10), ...op.shrS, ...i32(127 << 3), ...op.and, ...set(J8),
  ...get(TMP_HI), ...i32(20), ...op.shrS, ...set(E),
  // s = 2^-e, built from its exponent bits
  ...i32(1023), ...get(E), ...op.sub, ...op.i64fromI32, ...i64c(52), ...op.i64shl, ...op.f64fromI64, ...let_("s", []),
  ...let_("px", mul(v("x"), at(INVC_BYTE))),
  ...let_("r", add(
    sub(mul(v("px"), v("s")), c(1)),
    mul(add(add(add(sub(mul(v("xh"), at(INVC_HI_BYTE)), v("px")), mul(v("xh"), at(INVC_LO_BYTE))), mul(v("xl"), at(INVC_HI_BYTE))), mul(v("xl"), at(INVC_LO_BYTE))), v("s")),
  )),
  ...let_("ef", [...get(E), ...op.f64fromI32]),
  ...let_("kLo", mul(v("ef"), c(table.LN2_LO))),
  ...let_("w", add(mul(v("ef"), c(table.LN2_HI)), at(LOGC_BYTE))),
  ...let_("hi", add(v("w"), v("r"))),
  ...let_("rr", mul(v("r"), v("r"))),
  ...let_("r3", mul(v("r"), v("rr"))),
  ...let_("lo0", add(sub(v("w"), v("hi")), v("r"))),
  ...let_("tail", add(
    add(add(v("lo0"), v("kLo")), mul(v("rr"), c(A0))),
    mul(v("r3"), add(add(c(A1), mul(v("r"), c(A2))), mul(v("rr"), add(c(A3), mul(v("r"), c(A4)))))),
  )),
  ...let_("m", mul(c(DRIFT), add(add(add(abs(v("lo0")), abs(v("kLo"))), v("rr")), abs(v("r3"))))),
  ...let_("down", add(sub(v("tail"), v("m")), v("hi"))),
  ...let_("up", add(add(v("tail"), v("m")), v("hi"))),
];

/** log.ts's logNearOne for NEAR_ONE_LO <= x < 1, up to its check: leaves `down` and `up`. */
const NEAR_ONE_PATH: Code = [
  ...let_("r", sub(v("x"), c(1))),
  ...let_("rr", mul(v("r"), v("r"))),
  ...let_("r3", mul(v("r"), v("rr"))),
  ...let_("w", mul(v("r"), c(134217728))),
  ...let_("rhi", sub(add(v("r"), v("w")), v("w"))),
  ...let_("rlo", sub(v("r"), v("rhi"))),
  ...let_("w2", mul(mul(v("rhi"), v("rhi")), c(B[0]))),
  ...let_("hi", add(v("r"), v("w2"))),
  ...let_("lo0", add(sub(v("r"), v("hi")), v("w2"))),
  ...let_("corr", mul(c(B[0]), v("rlo"))),
  ...let_("rs", add(v("rhi"), v("r"))),
  ...let_("lo", add(v("lo0"), mul(v("corr"), v("rs")))),
  ...let_("p3", add(add(add(c(B[7]), mul(v("r"), c(B[8]))), mul(v("rr"), c(B[9]))), mul(v("r3"), c(B[10])))),
  ...let_("p2", add(add(add(c(B[4]), mul(v("r"), c(B[5]))), mul(v("rr"), c(B[6]))), mul(v("r3"), v("p3")))),
  ...let_("p1", add(add(add(c(B[1]), mul(v("r"), c(B[2]))), mul(v("rr"), c(B[3]))), mul(v("r3"), v("p2")))),
  ...let_("tail", add(mul(v("r3"), v("p1")), v("lo"))),
  ...let_("m", mul(c(DRIFT), add(add(abs(v("r3")), abs(v("lo0"))), abs(mul(v("corr"), v("rs")))))),
  ...let_("down", add(sub(v("tail"), v("m")), v("hi"))),
  ...let_("up", add(add(v("tail"), v("m")), v("hi"))),
];

/** x = 2 u - 1 for the next double u, on the stack. */
const NEXT_UNIT: Code = mul(c(2), NEXT_DOUBLE).concat(c(1), op.f64sub);

/**
 * Phase 1: the rejection loop, without a branch on its outcome (a mispredicted branch costs
 * more than the work): every pair is written to the next triple slot, and the slot is kept
 * (the write address advances) only when 0 < r2 < 1. Stops after exactly nPairs kept.
 */
const DRAW_PAIRS: Code = [
  ...i32(OUT_BYTE), ...set(OUT),
  ...get(1), ...i32(24), ...op.mul, ...i32(OUT_BYTE), ...op.add, ...set(END),
  ...block,
  ...loop,
  ...get(OUT), ...get(END), ...op.geU, ...brIf(1),
  ...let_("x1", NEXT_UNIT),
  ...let_("x2", NEXT_UNIT),
  ...let_("x", add(mul(v("x1"), v("x1")), mul(v("x2"), v("x2")))),
  ...get(OUT), ...v("x1"), ...storeF64(0),
  ...get(OUT), ...v("x2"), ...storeF64(8),
  ...get(OUT), ...v("x"), ...storeF64(16),
  ...get(OUT), ...i32(24), ...v("x"), ...c(1), ...op.f64lt, ...v("x"), ...c(0), ...op.f64ne, ...op.and, ...op.mul, ...op.add, ...set(OUT),
  ...br(0),
  ...end,
  ...end,
];

/**
 * Phase 2: the normals of the kept pairs, written over the triples (pair k's two values at
 * 16 k, read from 24 k, so nothing is overwritten before it is read).
 */
const PAIRS_TO_NORMALS: Code = [
  ...i32(OUT_BYTE), ...set(IN),
  ...i32(OUT_BYTE), ...set(OUT),
  ...i32(0), ...set(N_FIX),
  ...block,
  ...loop,
  ...get(IN), ...get(END), ...op.geU, ...brIf(1),
  ...let_("x1", [...get(IN), ...loadF64(0)]),
  ...let_("x2", [...get(IN), ...loadF64(8)]),
  ...let_("x", [...get(IN), ...loadF64(16)]),
  ...v("x"), ...c(NEAR_ONE_LO), ...op.f64ge,
  ...ifThen, ...NEAR_ONE_PATH, ...orElse, ...TABLE_PATH, ...end,
  ...v("down"), ...v("up"), ...op.f64eq,
  ...ifThen,
  // f = sqrt(-2 log(x) / x); out: f * x2, f * x1
  ...let_("f", sqrt(div(mul(c(-2), v("down")), v("x")))),
  ...get(OUT), ...mul(v("f"), v("x2")), ...storeF64(0),
  ...get(OUT), ...mul(v("f"), v("x1")), ...storeF64(8),
  ...orElse,
  ...get(OUT), ...v("x1"), ...storeF64(0),
  ...get(OUT), ...v("x2"), ...storeF64(8),
  ...get(N_FIX), ...i32(4), ...op.mul, ...get(OUT), ...i32(OUT_BYTE), ...op.sub, ...i32(4), ...op.shrU, ...store(FIX_BYTE),
  ...get(N_FIX), ...i32(1), ...op.add, ...set(N_FIX),
  ...end,
  ...get(IN), ...i32(24), ...op.add, ...set(IN),
  ...get(OUT), ...i32(16), ...op.add, ...set(OUT),
  ...br(0),
  ...end,
  ...end,
  ...i32(0), ...get(N_FIX), ...store(FIX_COUNT_BYTE),
];

/**
 * gauss(pos, nPairs) -> pos: draws exactly the pairs until nPairs are accepted and writes their
 * two normals each to the output area; lists at FIX_BYTE the pairs left to JavaScript.
 */
const GAUSS_BODY: Code = [...call(TEMPER), ...DRAW_PAIRS, ...PAIRS_TO_NORMALS, ...get(0)];

/** The gauss function: body and locals (after the two i32 parameters). */
export const GAUSS = { locals: [[I32_LOCALS, I32], [F64_NAMES.length, F64]] as [number, number][], body: GAUSS_BODY };

/** Writes the logarithm tables the gauss function reads into the kernel's memory. */
export function writeLogTables(memory: ArrayBuffer): void {
  new Float64Array(memory, INVC_BYTE, 128).set(table.LOG_INVC);
  new Float64Array(memory, LOGC_BYTE, 128).set(table.LOG_LOGC);
  new Float64Array(memory, INVC_HI_BYTE, 128).set(INVC_HI);
  new Float64Array(memory, INVC_LO_BYTE, 128).set(INVC_LO);
}

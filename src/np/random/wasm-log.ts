/**
 * log.ts's fast paths for 0 < x < 1 as WebAssembly listings, for the Gaussian kernel: the
 * same operations in the same order, each rounding once as in JavaScript. Each listing leaves
 * the check's two candidates in `down` and `up`; when they are equal, `down` is glibc's log(x)
 * (log.ts), otherwise only the exact slow path in JavaScript can tell.
 */
import * as table from "./log-table";
import { DRIFT, NEAR_ONE_LO } from "./log";
import { LOG_ENTRY, LOG_TABLE_BYTE, VCONST_BYTE, VCONST_SLOTS } from "./wasm-layout";
import {
  Code, abs, add, end, f64c, f64x2, get, i32, i32x4, i64c, i64x2, ifThen, loadF64, loadV, mul, op, orElse, set, shuffle, splat64,
  sub, vabs, vadd, vmul, vsub,
} from "./wasm-ops";

const SPLIT = 134217729; // 2^27 + 1
const OFF_HI = 0x3fe60000;
const [A0, A1, A2, A3, A4] = table.LOG_A;
const B = table.LOG_B;

/** f64 temporaries of scalarLogCheck (plus the result pair down, up). */
export const SCALAR_LOG_F64 = [
  "t0", "xh", "xl", "s", "px", "ef", "r", "kLo", "w", "hi", "rr", "r3", "lo0", "tail", "m", "down", "up",
  "rhi", "rlo", "w2", "corr", "rs", "lo", "p3", "p2", "p1",
] as const;
/** i32 temporaries of scalarLogCheck. */
export const SCALAR_LOG_I32 = ["tmpHi", "j32", "e"] as const;

type Locals<N extends string> = Record<N, number>;

/**
 * The check of log(x) for the f64 local x (0 < x < 1): logNearOne's from NEAR_ONE_LO on,
 * logUnscaled's below.
 */
export function scalarLogCheck(x: number, f: Locals<(typeof SCALAR_LOG_F64)[number]>, n: Locals<(typeof SCALAR_LOG_I32)[number]>): Code {
  const v = (name: keyof typeof f): Code => get(f[name]);
  const let_ = (name: keyof typeof f, value: Code): Code => [...value, ...set(f[name])];
  const X = get(x);
  const c = f64c;
  const at = (field: keyof typeof LOG_ENTRY): Code => [...get(n.j32), ...loadF64(LOG_TABLE_BYTE + LOG_ENTRY[field])];
  const tablePath: Code = [
    ...let_("t0", mul(c(SPLIT), X)),
    ...let_("xh", sub(v("t0"), sub(v("t0"), X))),
    ...let_("xl", sub(X, v("xh"))),
    // tmpHi = (high word of x) - OFF_HI; j = (tmpHi >> 13) & 127 (as the table offset 32 j); e = tmpHi >> 20
    ...X, ...op.i64fromF64, ...i64c(32), ...op.i64shrU, ...op.i32fromI64, ...i32(OFF_HI), ...op.sub, ...set(n.tmpHi),
    ...get(n.tmpHi), ...i32(8), ...op.shrS, ...i32(127 << 5), ...op.and, ...set(n.j32),
    ...get(n.tmpHi), ...i32(20), ...op.shrS, ...set(n.e),
    // s = 2^-e, built from its exponent bits
    ...let_("s", [...i32(1023), ...get(n.e), ...op.sub, ...op.i64fromI32, ...i64c(52), ...op.i64shl, ...op.f64fromI64]),
    ...let_("px", mul(X, at("invc"))),
    ...let_("r", add(
      sub(mul(v("px"), v("s")), c(1)),
      mul(add(add(add(sub(mul(v("xh"), at("invcHi")), v("px")), mul(v("xh"), at("invcLo"))), mul(v("xl"), at("invcHi"))), mul(v("xl"), at("invcLo"))), v("s")),
    )),
    ...let_("ef", [...get(n.e), ...op.f64fromI32]),
    ...let_("kLo", mul(v("ef"), c(table.LN2_LO))),
    ...let_("w", add(mul(v("ef"), c(table.LN2_HI)), at("logc"))),
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
  const nearOnePath: Code = [
    ...let_("r", sub(X, c(1))),
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
  return [...X, ...c(NEAR_ONE_LO), ...op.f64ge, ...ifThen, ...nearOnePath, ...orElse, ...tablePath, ...end];
}

/** The f64x2 constants the SIMD code loads from VCONST_BYTE (writeVectorConstants puts them there). */
const VECTOR_CONSTANTS: number[] = [];

/** The f64x2 constant with both lanes x, loaded from its slot. */
export function vconst(x: number): Code {
  let slot = VECTOR_CONSTANTS.findIndex((c) => Object.is(c, x));
  if (slot < 0) {
    slot = VECTOR_CONSTANTS.push(x) - 1;
    if (slot >= VCONST_SLOTS) throw new Error("too many SIMD constants for their slots");
  }
  return [...i32(0), ...loadV(VCONST_BYTE + 16 * slot, 4)];
}

/** Writes the constants vconst has handed out to their slots in the kernel's memory. */
export function writeVectorConstants(memory: ArrayBuffer): void {
  const slots = new Float64Array(memory, VCONST_BYTE, 2 * VCONST_SLOTS);
  VECTOR_CONSTANTS.forEach((x, i) => slots.fill(x, 2 * i, 2 * i + 2));
}

/** v128 temporaries of vectorTableLogCheck (plus the result pair down, up). */
export const VECTOR_LOG_V128 = [
  "t0", "xh", "xl", "tmp", "e", "j", "s", "ef", "ea", "eb", "ch", "cl", "px", "r", "kLo", "w", "hi", "rr", "r3", "lo0", "tail", "m",
  "down", "up",
] as const;
/** i32 temporaries of vectorTableLogCheck: the two lanes' table offsets. */
export const VECTOR_LOG_I32 = ["ja", "jb"] as const;

/**
 * logUnscaled's check for both lanes of the f64x2 local x at once (both lanes below
 * NEAR_ONE_LO): the table path of scalarLogCheck, lane by lane the same operations.
 */
export function vectorTableLogCheck(x: number, v: Locals<(typeof VECTOR_LOG_V128)[number]>, n: Locals<(typeof VECTOR_LOG_I32)[number]>): Code {
  const g = (name: keyof typeof v): Code => get(v[name]);
  const let_ = (name: keyof typeof v, value: Code): Code => [...value, ...set(v[name])];
  const X = get(x);
  // lane a's and lane b's table entries: [1/c hi, 1/c lo] and [1/c, log c] each
  const entryHalf = (j: number, half: number): Code => [...get(j), ...loadV(LOG_TABLE_BYTE + 16 * half, 4)];
  const LOW = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];
  const HIGH = [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31];
  return [
    ...let_("t0", vmul(vconst(SPLIT), X)),
    ...let_("xh", vsub(g("t0"), vsub(g("t0"), X))),
    ...let_("xl", vsub(X, g("xh"))),
    // per lane, as int64: tmp = (high word of x) - OFF_HI, e = tmp >> 20, j = (tmp >> 13) & 127 (as 32 j)
    ...let_("tmp", [...X, ...i32(32), ...i64x2.shrU, ...splat64(OFF_HI), ...i64x2.sub]),
    ...let_("e", [...g("tmp"), ...i32(20), ...i64x2.shrS]),
    ...let_("j", [...g("tmp"), ...i32(8), ...i64x2.shrS, ...splat64(127 << 5), ...i32x4.and]),
    ...g("j"), ...i64x2.extractLane(0), ...op.i32fromI64, ...set(n.ja),
    ...g("j"), ...i64x2.extractLane(1), ...op.i32fromI64, ...set(n.jb),
    // s = 2^-e from its exponent bits; ef = e as a double (the low words of the lanes)
    ...let_("s", [...splat64(1023), ...g("e"), ...i64x2.sub, ...i32(52), ...i64x2.shl]),
    ...let_("ef", [...g("e"), ...g("e"), ...shuffle([0, 1, 2, 3, 8, 9, 10, 11, 0, 1, 2, 3, 8, 9, 10, 11]), ...f64x2.fromLowI32]),
    ...let_("ea", entryHalf(n.ja, 0)),
    ...let_("eb", entryHalf(n.jb, 0)),
    ...let_("ch", [...g("ea"), ...g("eb"), ...shuffle(LOW)]),
    ...let_("cl", [...g("ea"), ...g("eb"), ...shuffle(HIGH)]),
    ...let_("ea", entryHalf(n.ja, 1)),
    ...let_("eb", entryHalf(n.jb, 1)),
    ...let_("px", vmul(X, [...g("ea"), ...g("eb"), ...shuffle(LOW)])),
    ...let_("r", vadd(
      vsub(vmul(g("px"), g("s")), vconst(1)),
      vmul(vadd(vadd(vadd(vsub(vmul(g("xh"), g("ch")), g("px")), vmul(g("xh"), g("cl"))), vmul(g("xl"), g("ch"))), vmul(g("xl"), g("cl"))), g("s")),
    )),
    ...let_("kLo", vmul(g("ef"), vconst(table.LN2_LO))),
    ...let_("w", vadd(vmul(g("ef"), vconst(table.LN2_HI)), [...g("ea"), ...g("eb"), ...shuffle(HIGH)])),
    ...let_("hi", vadd(g("w"), g("r"))),
    ...let_("rr", vmul(g("r"), g("r"))),
    ...let_("r3", vmul(g("r"), g("rr"))),
    ...let_("lo0", vadd(vsub(g("w"), g("hi")), g("r"))),
    ...let_("tail", vadd(
      vadd(vadd(g("lo0"), g("kLo")), vmul(g("rr"), vconst(A0))),
      vmul(g("r3"), vadd(vadd(vconst(A1), vmul(g("r"), vconst(A2))), vmul(g("rr"), vadd(vconst(A3), vmul(g("r"), vconst(A4)))))),
    )),
    ...let_("m", vmul(vconst(DRIFT), vadd(vadd(vadd(vabs(g("lo0")), vabs(g("kLo"))), g("rr")), vabs(g("r3"))))),
    ...let_("down", vadd(vsub(g("tail"), g("m")), g("hi"))),
    ...let_("up", vadd(vadd(g("tail"), g("m")), g("hi"))),
  ];
}

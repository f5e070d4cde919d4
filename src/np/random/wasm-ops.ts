/**
 * Instruction encoders for the generator's WebAssembly listings (wasm-mt.ts, wasm-gauss.ts),
 * on top of the shared binary writer. Floating-point formulas are written as nested
 * expressions (`add(mul(a, b), c)`) so that a listing reads in the same evaluation order as
 * the JavaScript it reproduces: every f64 operation rounds once, as in JavaScript, so equal
 * expressions give equal bits.
 */
import { sleb, uleb } from "../wasm/assemble";

/** A piece of function body: instructions that leave their result (if any) on the stack. */
export type Code = number[];

export const I32 = 0x7f;
export const F64 = 0x7c;
const VOID = 0x40;

function f64Bytes(v: number): number[] {
  return Array.from(new Uint8Array(new Float64Array([v]).buffer));
}

export const get = (i: number): Code => [0x20, ...uleb(i)];
export const set = (i: number): Code => [0x21, ...uleb(i)];
export const i32 = (v: number): Code => [0x41, ...sleb(v)];
export const f64c = (v: number): Code => [0x44, ...f64Bytes(v)];
export const load = (offset: number): Code => [0x28, 2, ...uleb(offset)];
export const store = (offset: number): Code => [0x36, 2, ...uleb(offset)];
export const loadF64 = (offset: number): Code => [0x2b, 3, ...uleb(offset)];
export const storeF64 = (offset: number): Code => [0x39, 3, ...uleb(offset)];
export const op = {
  eq: [0x46], eqz: [0x45], mul: [0x6c], ltU: [0x49], geU: [0x4f], add: [0x6a], sub: [0x6b], and: [0x71], or: [0x72],
  xor: [0x73], shl: [0x74], shrS: [0x75], shrU: [0x76], f64add: [0xa0], f64mul: [0xa2], f64fromU32: [0xb8],
  f64fromI32: [0xb7], f64sub: [0xa1], f64ne: [0x62], f64lt: [0x63], f64ge: [0x66], f64eq: [0x61],
  /** i64.reinterpret_f64, i64.shr_u, i32.wrap_i64: with i64const(32) in between, the high word. */
  i64fromF64: [0xbd], i64shrU: [0x88], i64shl: [0x86], i32fromI64: [0xa7], i64fromI32: [0xac], f64fromI64: [0xbf],
};
export const i64c = (v: number): Code => [0x42, ...sleb(v)];
export const block: Code = [0x02, VOID];
export const loop: Code = [0x03, VOID];
export const ifThen: Code = [0x04, VOID];
export const orElse: Code = [0x05];
export const end: Code = [0x0b];
export const br = (d: number): Code => [0x0c, ...uleb(d)];
export const brIf = (d: number): Code => [0x0d, ...uleb(d)];
export const call = (f: number): Code => [0x10, ...uleb(f)];

// ---- f64 expressions -------------------------------------------------------------------------

export const add = (a: Code, b: Code): Code => [...a, ...b, 0xa0];
export const sub = (a: Code, b: Code): Code => [...a, ...b, 0xa1];
export const mul = (a: Code, b: Code): Code => [...a, ...b, 0xa2];
export const div = (a: Code, b: Code): Code => [...a, ...b, 0xa3];
export const abs = (a: Code): Code => [...a, 0x99];
export const sqrt = (a: Code): Code => [...a, 0x9f];

// ---- SIMD: i32x4, i64x2 and f64x2 ---------------------------------------------------------------

export const V128 = 0x7b;
const simd = (code: number, ...rest: number[]): Code => [0xfd, ...uleb(code), ...rest];
/** v128.load / v128.store, by default with 4-byte alignment (state words are only that aligned). */
export const loadV = (offset: number, align = 2): Code => simd(0, align, ...uleb(offset));
export const storeV = (offset: number, align = 2): Code => simd(11, align, ...uleb(offset));
/** Bitwise v128 operations and i32x4 shifts (shift count: an i32 on the stack). */
export const i32x4 = {
  and: simd(78), or: simd(80), xor: simd(81),
  splat: simd(17), shl: simd(171), shrS: simd(172), shrU: simd(173),
};
/** An i32x4 with all four lanes `x`. */
export const splat = (x: number): Code => [...i32(x), ...i32x4.splat];
/** i64x2 operations (shift count: an i32 on the stack). */
export const i64x2 = {
  shl: simd(203), shrS: simd(204), shrU: simd(205), sub: simd(209), allTrue: simd(195), extractLane: (l: number) => simd(29, l),
};
/** An i64x2 with both lanes `x` (|x| < 2^31). */
export const splat64 = (x: number): Code => [...i64c(x), ...simd(18)];
/** f64x2 lane access, comparisons, and i32 lanes 0 and 1 converted to f64. */
export const f64x2 = {
  splat: simd(20), replaceLane: (l: number) => simd(34, l), extractLane: (l: number) => simd(33, l),
  eq: simd(71), ge: simd(76), anyTrue: simd(83), fromLowI32: simd(254),
};
/** i8x16.shuffle: byte i of the result is byte lanes[i] of a (0 .. 15) or b (16 .. 31). */
export const shuffle = (lanes: readonly number[]): Code => simd(13, ...lanes);
/** An f64x2 constant with both lanes `x`. */
export const vc = (x: number): Code => simd(12, ...f64Bytes(x), ...f64Bytes(x));
export const vadd = (a: Code, b: Code): Code => [...a, ...b, ...simd(240)];
export const vsub = (a: Code, b: Code): Code => [...a, ...b, ...simd(241)];
export const vmul = (a: Code, b: Code): Code => [...a, ...b, ...simd(242)];
export const vdiv = (a: Code, b: Code): Code => [...a, ...b, ...simd(243)];
export const vabs = (a: Code): Code => [...a, ...simd(236)];
export const vsqrt = (a: Code): Code => [...a, ...simd(239)];

// ---- locals ----------------------------------------------------------------------------------

/** Indices first, first + 1, ... for the given local names. */
export function namedLocals<N extends string>(first: number, names: readonly N[]): Record<N, number> {
  const out = {} as Record<N, number>;
  names.forEach((n, i) => (out[n] = first + i));
  return out;
}

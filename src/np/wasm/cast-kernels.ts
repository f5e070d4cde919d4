/**
 * dtype casts on WebAssembly SIMD over contiguous arrays in the shared heap: uint8 (and bool)
 * into float64 and float32, float64 into float32, float32 into float64. Each element becomes
 * the same value the JavaScript loop's store gives (integer to float exactly, float64 to
 * float32 rounded to nearest even, float32 to float64 exactly).
 */
import { I, T, WasmFunction, uleb } from "./assemble";

const simd = (op: number, ...rest: number[]) => [0xfd, ...uleb(op), ...rest];

/** The SIMD and scalar conversions these kernels need (beyond assemble.ts's). */
const C = {
  load32zero: (offset: number) => simd(0x5c, 2, ...uleb(offset)),
  i16x8ExtendLowU8: simd(0x89),
  i16x8ExtendHighU8: simd(0x8a),
  i32x4ExtendLowU16: simd(0xa9),
  i32x4ExtendHighU16: simd(0xaa),
  f32x4ConvertU32: simd(0xfb),
  f64x2ConvertLowU32: simd(0xff),
  f32x4DemoteZero: simd(0x5e),
  f64x2PromoteLow: simd(0x5f),
  f32load: (offset: number) => [0x2a, 2, ...uleb(offset)],
  f32store: (offset: number) => [0x38, 2, ...uleb(offset)],
  f32ConvertU32: [0xb3],
  f64ConvertU32: [0xb8],
  f32DemoteF64: [0xb6],
  f64PromoteF32: [0xbb],
};
const F64_GE = [0x66];
const F64_LT = [0x63];

/** Byte lanes 8..15 of a vector moved to 0..7 (the upper half of `shuffle(v, v)`). */
const HIGH_HALF = [8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15];
/** Bytes 0..7 of the first vector, then 0..7 of the second. */
const LOW_HALVES = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];

export type CastPair = "u8_f64" | "u8_f32" | "f64_f32" | "f32_f64";

/** Source and destination element sizes (bytes) per cast. */
export const CAST_SIZES: Record<CastPair, [from: number, to: number]> = {
  u8_f64: [1, 8],
  u8_f32: [1, 4],
  f64_f32: [8, 4],
  f32_f64: [4, 8],
};

// locals: params o, a, n; then end, last (i32) and v, w (v128)
const [O, A, N, END, LAST, V, W] = [0, 1, 2, 3, 4, 5, 6];
const at = (p: number) => I.get(p);

interface Listing {
  /** Elements per SIMD step. */
  step: number;
  /** One SIMD step: reads at a, writes at o. */
  vector: number[][];
  /** One element: reads at a, writes at o. */
  scalar: number[][];
}

const LISTINGS: Record<CastPair, Listing> = {
  // 8 bytes -> two i32x4 -> four f64x2
  u8_f64: {
    step: 8,
    vector: [
      at(A), I.load64zero(0), C.i16x8ExtendLowU8, I.set(W),
      I.get(W), C.i32x4ExtendLowU16, I.set(V),
      at(O), I.get(V), C.f64x2ConvertLowU32, I.v128store(0),
      at(O), I.get(V), I.get(V), I.shuffle(HIGH_HALF), C.f64x2ConvertLowU32, I.v128store(16),
      I.get(W), C.i32x4ExtendHighU16, I.set(V),
      at(O), I.get(V), C.f64x2ConvertLowU32, I.v128store(32),
      at(O), I.get(V), I.get(V), I.shuffle(HIGH_HALF), C.f64x2ConvertLowU32, I.v128store(48),
    ],
    scalar: [at(O), at(A), I.load8u(0), C.f64ConvertU32, I.f64store(0)],
  },
  // 16 bytes -> two i16x8 -> four f32x4
  u8_f32: {
    step: 16,
    vector: [
      at(A), I.v128load(0), I.set(V),
      I.get(V), C.i16x8ExtendLowU8, I.set(W),
      at(O), I.get(W), C.i32x4ExtendLowU16, C.f32x4ConvertU32, I.v128store(0),
      at(O), I.get(W), C.i32x4ExtendHighU16, C.f32x4ConvertU32, I.v128store(16),
      I.get(V), C.i16x8ExtendHighU8, I.set(W),
      at(O), I.get(W), C.i32x4ExtendLowU16, C.f32x4ConvertU32, I.v128store(32),
      at(O), I.get(W), C.i32x4ExtendHighU16, C.f32x4ConvertU32, I.v128store(48),
    ],
    scalar: [at(O), at(A), I.load8u(0), C.f32ConvertU32, C.f32store(0)],
  },
  // two f64x2 demoted, their low halves joined into one f32x4
  f64_f32: {
    step: 4,
    vector: [
      at(O),
      at(A), I.v128load(0), C.f32x4DemoteZero,
      at(A), I.v128load(16), C.f32x4DemoteZero,
      I.shuffle(LOW_HALVES), I.v128store(0),
    ],
    scalar: [at(O), at(A), I.f64load(0), C.f32DemoteF64, C.f32store(0)],
  },
  // one f32x4 promoted half by half
  f32_f64: {
    step: 4,
    vector: [
      at(A), I.v128load(0), I.set(V),
      at(O), I.get(V), C.f64x2PromoteLow, I.v128store(0),
      at(O), I.get(V), I.get(V), I.shuffle(HIGH_HALF), C.f64x2PromoteLow, I.v128store(16),
    ],
    scalar: [at(O), at(A), C.f32load(0), C.f64PromoteF32, I.f64store(0)],
  },
};

/** `cast_{pair}(o, a, n)`: n elements at byte address a cast into byte address o. */
function castKernel(pair: CastPair): WasmFunction {
  const { step, vector, scalar } = LISTINGS[pair];
  const [from, to] = CAST_SIZES[pair];
  const advance = (k: number) => [I.get(A), I.i32(k * from), I.add, I.set(A), I.get(O), I.i32(k * to), I.add, I.set(O)];
  const body: number[][] = [];
  body.push(I.get(A), I.get(N), I.i32(-step), I.and, I.i32(from), I.mul, I.add, I.set(END));
  body.push(I.get(A), I.get(N), I.i32(from), I.mul, I.add, I.set(LAST));
  body.push(I.block, I.loop, I.get(A), I.get(END), I.ltU, I.eqz, I.brIf(1));
  body.push(...vector, ...advance(step), I.br(0), I.end, I.end);
  body.push(I.block, I.loop, I.get(A), I.get(LAST), I.ltU, I.eqz, I.brIf(1));
  body.push(...scalar, ...advance(1), I.br(0), I.end, I.end);
  return { name: `cast_${pair}`, params: [T.i32, T.i32, T.i32], locals: [[T.i32, 2], [T.v128, 2]], body };
}

/** The least |x| float64 -> float32 rounds to infinity: halfway between FLT_MAX and 2^128. */
const FLOAT32_OVERFLOW = 2 ** 128 - 2 ** 103;

/**
 * `f64_f32_overflows(a, n)`: 1 when some of the n doubles at a is finite but rounds to an
 * infinite float32 (NumPy's "overflow encountered in cast"), else 0.
 */
function overflowKernel(): WasmFunction {
  const [a, n] = [0, 1];
  const [end, last, acc, flag] = [2, 3, 4, 5];
  const body: number[][] = [];
  body.push(I.get(a), I.get(n), I.i32(-2), I.and, I.i32(8), I.mul, I.add, I.set(end));
  body.push(I.get(a), I.get(n), I.i32(8), I.mul, I.add, I.set(last));
  body.push(I.block, I.loop, I.get(a), I.get(end), I.ltU, I.eqz, I.brIf(1));
  // FLOAT32_OVERFLOW <= |x| < inf, lane by lane, or-ed into acc
  body.push(I.v128f64(FLOAT32_OVERFLOW, FLOAT32_OVERFLOW), I.get(a), I.v128load(0), I.f64x2abs, I.f64x2le);
  body.push(I.get(a), I.v128load(0), I.f64x2abs, I.v128f64(Infinity, Infinity), I.f64x2lt, I.v128and, I.get(acc), I.v128or, I.set(acc));
  body.push(I.get(a), I.i32(16), I.add, I.set(a), I.br(0), I.end, I.end);
  body.push(I.block, I.loop, I.get(a), I.get(last), I.ltU, I.eqz, I.brIf(1));
  body.push(I.get(a), I.f64load(0), I.f64abs, I.f64(FLOAT32_OVERFLOW), F64_GE, I.get(a), I.f64load(0), I.f64abs, I.f64(Infinity), F64_LT, I.and);
  body.push(I.get(flag), I.or, I.set(flag));
  body.push(I.get(a), I.i32(8), I.add, I.set(a), I.br(0), I.end, I.end);
  body.push(I.get(acc), I.anyTrue, I.get(flag), I.or);
  return { name: "f64_f32_overflows", params: [T.i32, T.i32], results: [T.i32], locals: [[T.i32, 2], [T.v128, 1], [T.i32, 1]], body };
}

/** Every cast kernel. */
export function castFunctions(): WasmFunction[] {
  return [...(Object.keys(LISTINGS) as CastPair[]).map(castKernel), overflowKernel()];
}

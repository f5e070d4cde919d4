/**
 * float64 exp on WebAssembly SIMD with the exact bits of NumPy 1.24 on AVX512_SKX CPUs: the
 * vector kernel of Intel's SVML that NumPy runs there (ufuncs/exact/exp.ts describes it and
 * has the scalar version), each fused step a relaxed fused multiply-add. Only built where
 * relaxed-simd.ts finds the multiply-add truly fused; elsewhere the bits could not match and
 * np.exp keeps its JavaScript loop.
 *
 * exp_f64(o, a, n, table, countAt): o[i] = exp(a[i]) for i < n (n a multiple of 4; byte
 * addresses; o and a do not overlap). Inputs outside the vector kernel's range (|x| >=
 * 707.70..., infinities, NaN) leave o unwritten and are counted, the count stored as an i32 at
 * countAt: the caller computes them with the scalar kernel. `table` holds 2^(j/16), j = 0..15.
 */
import { I, T, WasmFunction } from "./assemble";
import { EXP_VECTOR as C } from "../ufuncs/exact/exp";

const madd = I.f64x2relaxedMadd;
/** Elements per loop step: two independent pairs, so one pair's table lookups overlap the other's arithmetic. */
export const EXP_STEP = 4;

const [O, A, N, TABLE, COUNT_AT] = [0, 1, 2, 3, 4];
const [I_, COUNT, AT] = [5, 6, 7];
/** v128 locals of one pair: x, n16, m, r, r2, s, t, inRange, j (m and j as i64 lanes). */
const PAIR_LOCALS = 9;
const PAIRS = EXP_STEP / 2;
const FIRST_CONSTANT = 8 + PAIRS * PAIR_LOCALS;
/** Constants, held in locals set before the loop. */
const CONSTANT_VALUES = {
  log2e: C.LOG2E, sixteen: 16, minusSixteenth: -1 / 16, l2h: C.L2H, l2l: C.L2L,
  v1: C.V1, v2: C.V2, v3: C.V3, v4: C.V4, v5: C.V5, limit: C.VEC_LIMIT, one: 1, zero: 0, shifter: 1.5 * 2 ** 52,
};
/** Integer constants (i64 lanes): 1023, 15, and the bits of the 1.5 * 2^52 shifter. */
const INTEGER_CONSTANTS = { bias: [0, 1023], low4: [0, 15], shifterBits: [0x43380000, 0] };
type Constant = keyof typeof CONSTANT_VALUES | keyof typeof INTEGER_CONSTANTS;
const CONSTANT_NAMES = [...Object.keys(CONSTANT_VALUES), ...Object.keys(INTEGER_CONSTANTS)] as Constant[];
const k = (name: Constant) => I.get(FIRST_CONSTANT + CONSTANT_NAMES.indexOf(name));

/** The code for the pair at element i + first, in its own locals from `base`. */
function pair(first: number, base: number): number[][] {
  const [x, n16, m, r, r2, s, t, inRange, j] = Array.from({ length: PAIR_LOCALS }, (_, q) => base + q);
  const entry = (l: number) => [I.get(j), I.i32x4extractLane(2 * l), I.i32(3), I.shl, I.get(TABLE), I.add, I.f64load(0)];
  const at = (local: number) => [I.get(local), I.get(I_), I.i32(3), I.shl, I.add];
  const body: number[][] = [];
  body.push(...at(A), I.v128load(8 * first), I.set(x));
  // n16 = floor(16 x log2(e)) of the exact product: one less where the rounded product is an
  // integer but the exact one lies below it (its residual, a fused x log2(e) - p, is negative)
  body.push(I.get(x), k("log2e"), I.f64x2mul, k("sixteen"), I.f64x2mul, I.tee(r), I.f64x2floor, I.set(n16));
  body.push(I.get(n16), I.get(r), I.f64x2eq);
  body.push(I.get(x), k("log2e"), I.get(x), k("log2e"), I.f64x2mul, I.f64x2neg, madd, k("zero"), I.f64x2lt);
  body.push(I.v128and, k("one"), I.v128and, I.set(r));
  body.push(I.get(n16), I.get(r), I.f64x2sub, I.set(n16));
  // n16 as an integer (the 1.5 * 2^52 shifter puts it in the low bits): j its low 4 bits, m the rest
  body.push(I.get(n16), k("shifter"), I.f64x2add, k("shifterBits"), I.i64x2sub, I.tee(m), k("low4"), I.v128and, I.set(j));
  body.push(I.get(m), I.i32(4), I.i64x2shrS, I.set(m));
  // r = (x - n L2H) - n L2L, n = n16 / 16
  body.push(I.get(n16), k("minusSixteenth"), I.f64x2mul, I.set(t));
  body.push(I.get(t), k("l2h"), I.get(x), madd, I.set(r));
  body.push(I.get(t), k("l2l"), I.get(r), madd, I.set(r));
  body.push(I.get(r), I.get(r), I.f64x2mul, I.set(r2));
  // s = fma(r^3, fma(r^2, p45, p23), fma(r^2, V1, r)), p45 = fma(r, V5, V4), p23 = fma(r, V3, V2)
  body.push(I.get(r2), I.get(r), k("v5"), k("v4"), madd, I.get(r), k("v3"), k("v2"), madd, madd, I.set(s));
  body.push(I.get(r2), I.get(r), I.f64x2mul, I.get(s), I.get(r2), k("v1"), I.get(r), madd, madd, I.set(s));
  // t = 2^(j/16) lane by lane; result (t + t s) 2^m, 2^m made from its exponent bits
  body.push(...entry(0), I.f64x2splat, ...entry(1), I.f64x2replaceLane(1), I.set(t));
  body.push(I.get(t), I.get(s), I.get(t), madd);
  body.push(I.get(m), k("bias"), I.i64x2add, I.i32(52), I.i64x2shl, I.f64x2mul, I.set(r));
  // lanes out of range keep what o holds, and are counted
  body.push(I.get(x), I.f64x2abs, k("limit"), I.f64x2lt, I.set(inRange));
  body.push(...at(O), I.set(AT));
  body.push(I.get(AT), I.get(r), I.get(AT), I.v128load(8 * first), I.get(inRange), I.bitselect, I.v128store(8 * first));
  body.push(I.get(inRange), I.i64x2allTrue, I.eqz, I.if);
  body.push(I.get(COUNT), I.i32(2), I.add, I.get(inRange), I.i32x4extractLane(0), I.add, I.get(inRange), I.i32x4extractLane(2), I.add, I.set(COUNT));
  body.push(I.end);
  return body;
}

export function expFunction(): WasmFunction {
  const body: number[][] = [];
  Object.values(CONSTANT_VALUES).forEach((v, q) => body.push(I.v128f64(v, v), I.set(FIRST_CONSTANT + q)));
  for (const [name, [hi, lo]] of Object.entries(INTEGER_CONSTANTS)) body.push(I.v128i64(hi, lo), I.set(FIRST_CONSTANT + CONSTANT_NAMES.indexOf(name as Constant)));
  body.push(I.block, I.loop, I.get(I_), I.get(N), I.ltU, I.eqz, I.brIf(1));
  for (let p = 0; p < PAIRS; p++) body.push(...pair(2 * p, 8 + p * PAIR_LOCALS));
  body.push(I.get(I_), I.i32(EXP_STEP), I.add, I.set(I_), I.br(0), I.end, I.end);
  body.push(I.get(COUNT_AT), I.get(COUNT), I.i32store(0));
  return {
    name: "exp_f64",
    params: Array<number>(5).fill(T.i32),
    locals: [[T.i32, 3], [T.v128, PAIRS * PAIR_LOCALS + CONSTANT_NAMES.length]],
    body,
  };
}

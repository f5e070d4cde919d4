/**
 * float64 exp on WebAssembly SIMD with the exact bits of NumPy 1.24 on AVX512_SKX CPUs: the
 * vector kernel of Intel's SVML that NumPy runs there (ufuncs/exact/exp.ts describes it and
 * has the scalar version), each fused step a relaxed fused multiply-add, in the frame of
 * vector-math.ts. Only built where relaxed-simd.ts finds the multiply-add truly fused;
 * elsewhere the bits could not match and np.exp keeps its JavaScript loop. Its table is
 * 2^(j/16), j = 0..15; it covers |x| < 707.70... (the rest: infinities, NaN, the scalar kernel).
 */
import { I, WasmFunction } from "./assemble";
import { vectorFunction } from "./vector-math";
import { EXP_VECTOR as C } from "../ufuncs/exact/exp";

const madd = I.f64x2relaxedMadd;

export function expFunction(): WasmFunction {
  return vectorFunction({
    name: "exp_f64",
    floats: {
      log2e: C.LOG2E, sixteen: 16, minusSixteenth: -1 / 16, l2h: C.L2H, l2l: C.L2L,
      v1: C.V1, v2: C.V2, v3: C.V3, v4: C.V4, v5: C.V5, limit: C.VEC_LIMIT, one: 1, zero: 0, shifter: 1.5 * 2 ** 52,
    },
    // 1023, 15, and the bits of the 1.5 * 2^52 shifter
    integers: { bias: [0, 1023], low4: [0, 15], shifterBits: [0x43380000, 0] },
    locals: 7,
    pair: ({ x, local, k, entry }) => {
      const [n16, m, r, r2, s, t, j] = [0, 1, 2, 3, 4, 5, 6].map(local);
      const body: number[][] = [];
      // n16 = floor(16 x log2(e)) of the exact product: one less where the rounded product is
      // an integer but the exact one lies below it (its residual, a fused x log2(e) - p, is negative)
      body.push(I.get(x), k("log2e"), I.f64x2mul, k("sixteen"), I.f64x2mul, I.tee(r), I.f64x2floor, I.set(n16));
      body.push(I.get(n16), I.get(r), I.f64x2eq);
      body.push(I.get(x), k("log2e"), I.get(x), k("log2e"), I.f64x2mul, I.f64x2neg, madd, k("zero"), I.f64x2lt);
      body.push(I.v128and, k("one"), I.v128and, I.set(r));
      body.push(I.get(n16), I.get(r), I.f64x2sub, I.set(n16));
      // n16 as an integer (the shifter puts it in the low bits): j its low 4 bits, m the rest
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
      // t = 2^(j/16) lane by lane; f(x) = (t + t s) 2^m, 2^m made from its exponent bits
      body.push(...entry(j, 0), I.f64x2splat, ...entry(j, 1), I.f64x2replaceLane(1), I.set(t));
      body.push(I.get(t), I.get(s), I.get(t), madd);
      body.push(I.get(m), k("bias"), I.i64x2add, I.i32(52), I.i64x2shl, I.f64x2mul);
      body.push(I.get(x), I.f64x2abs, k("limit"), I.f64x2lt);
      return body;
    },
  });
}

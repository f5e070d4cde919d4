/**
 * float64 log on WebAssembly SIMD as NumPy 1.24 computes it on AVX512_SKX CPUs: the vector
 * kernel of Intel's SVML that NumPy runs there, as ufuncs/exact/log.ts models it (with that
 * model's known limit: the reciprocal rounded exactly, not from the hardware's estimate), each
 * fused step a relaxed fused multiply-add, in the frame of vector-math.ts. Only built where
 * the multiply-add is truly fused. Its table is LOG16; it covers normal, finite, positive x
 * (zeros, subnormals, negatives, infinities and NaN take the scalar kernel).
 */
import { I, WasmFunction } from "./assemble";
import { vectorFunction } from "./vector-math";
import { LOG_VECTOR as C } from "../ufuncs/exact/log";

const madd = I.f64x2relaxedMadd;

export function logFunction(): WasmFunction {
  return vectorFunction({
    name: "log_f64",
    floats: {
      p1: C.P1, p2: C.P2, p3: C.P3, p4: C.P4, p5: C.P5, p6: C.P6, p7: C.P7, p8: C.P8, ln2: C.LN2,
      thirtyTwo: 32, thirtySecond: 1 / 32, half: 0.5, sixteen: 16, twentyFour: 24, one: 1, minusOne: -1,
      bias: 1023, shifter: 1.5 * 2 ** 52, minNormal: 2 ** -1022, infinity: Infinity,
    },
    // the mantissa bits, the exponent bits of 1.0, and the bits of the 1.5 * 2^52 shifter
    integers: { mantissa: [0x000fffff, 0xffffffff], oneBits: [0x3ff00000, 0], shifterBits: [0x43380000, 0] },
    locals: 9,
    pair: ({ x, local, k, entry }) => {
      const [m, kk, r, r2, a, b, g, ex, idx] = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(local);
      const body: number[][] = [];
      // x = 2^e m, m in [1, 2): e from the exponent bits (through the shifter), m by setting them to 1.0's
      body.push(I.get(x), I.i32(52), I.i64x2shrU, k("shifterBits"), I.i64x2add, k("shifter"), I.f64x2sub, k("bias"), I.f64x2sub, I.set(ex));
      body.push(I.get(x), k("mantissa"), I.v128and, k("oneBits"), I.v128or, I.set(m));
      // c = k / 32 with k = round(32 / m) (halves up), r = c m - 1 (fused)
      body.push(k("thirtyTwo"), I.get(m), I.f64x2div, k("half"), I.f64x2add, I.f64x2floor, I.set(kk));
      body.push(I.get(kk), k("thirtySecond"), I.f64x2mul, I.get(m), k("minusOne"), madd, I.set(r));
      // table index k - 16 (0 for k = 32), and e + 1 where k < 24
      body.push(I.get(kk), k("sixteen"), I.f64x2sub, I.get(kk), k("thirtyTwo"), I.f64x2eq, I.v128andnot);
      body.push(k("shifter"), I.f64x2add, k("shifterBits"), I.i64x2sub, I.set(idx));
      body.push(I.get(ex), I.get(kk), k("twentyFour"), I.f64x2lt, k("one"), I.v128and, I.f64x2add, I.set(ex));
      // the polynomial, in the scalar model's order
      body.push(I.get(r), k("p6"), k("p5"), madd, I.set(a));
      body.push(I.get(r), k("p8"), k("p7"), madd, I.set(b));
      body.push(I.get(r), I.get(r), I.f64x2mul, I.set(r2));
      body.push(I.get(r), k("p4"), k("p3"), madd, I.set(g));
      body.push(I.get(r2), I.get(b), I.get(a), madd, I.set(b));
      body.push(I.get(r2), I.get(g), I.get(r), k("p2"), k("p1"), madd, madd, I.set(g));
      body.push(I.get(r2), I.get(r2), I.f64x2mul, I.get(b), I.get(g), madd, I.set(b));
      body.push(I.get(r2), I.get(b), I.get(r), madd, I.set(b));
      // f(x) = fma(e, ln2, t + b), t = LOG16[index] lane by lane
      body.push(I.get(ex), k("ln2"), ...entry(idx, 0), I.f64x2splat, ...entry(idx, 1), I.f64x2replaceLane(1), I.get(b), I.f64x2add, madd);
      body.push(k("minNormal"), I.get(x), I.f64x2le, I.get(x), k("infinity"), I.f64x2lt, I.v128and);
      return body;
    },
  });
}

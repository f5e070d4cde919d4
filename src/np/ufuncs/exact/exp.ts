/**
 * float64 exp with the exact bits of NumPy 1.24 on x86-64 CPUs with AVX512_SKX, where np.exp
 * on float64 runs Intel SVML's 8-lane kernel (__svml_exp8, shipped inside NumPy).
 *
 * Vector kernel (|x| < 707.70...): n = floor(16 x log2(e)) / 16 (product fused, truncated),
 *   r = (x - n*L2H) - n*L2L (two fused steps), T = 2^frac(n) from a 16-entry table,
 *   exp(x) = 2^floor(n) * (T + T*(r + c1 r^2 + r^3 (c2 + c3 r + r^2 (c4 + c5 r)))).
 * Scalar fallback (|x| >= 707.70..., infinities): a 64-entry table algorithm with separately
 * rounded operations, including a careful path for subnormal results.
 * Every fused operation is reproduced with a correctly rounded emulated fma.
 */
import { fma } from "./fma";
import { EXP16, EXP64, POW2, POW2_BIAS } from "./tables";

// vector kernel
const LOG2E = 1.4426950408889634; // 0x1.71547652b82fep+0
const L2H = 0.6931471805599453; // 0x1.62e42fefa39efp-1
const L2L = 2.3190468138462996e-17; // 0x1.abc9e3b39803fp-56
const V1 = 0.5000000000010838; // 0x1.0000000002622p-1
const V2 = 0.16666666637508337; // 0x1.5555554b508a2p-3
const V3 = 0.041666695348322125; // 0x1.555564bb4f5f0p-5
const V4 = 0.008332058899382488; // 0x1.1106603d97c00p-7
const V5 = 0.0014149452874381984; // 0x1.72eb5ef0d213dp-10
const VEC_LIMIT = 707.7032713517042; // 0x1.61da04cbafe44p+9: |x| at or above goes scalar

/** The vector kernel's constants, for its WebAssembly version (wasm/exp-kernel.ts). */
export const EXP_VECTOR = { LOG2E, L2H, L2L, V1, V2, V3, V4, V5, VEC_LIMIT };

// scalar kernel
const INV_L64 = 92.33248261689366; // 0x1.71547652b82fep+6
const SHIFT = 6755399441055744; // 0x1.8p52
const S1 = 0.5;
const S2 = 0.1666666666665788; // 0x1.55555555548f8p-3
const S3 = 0.04166666666677052; // 0x1.5555555558fccp-5
const S4 = 0.008333341995140497; // 0x1.111123aaf20d3p-7
const S5 = 0.0013888870459233254; // 0x1.6c16a1c2a3ffdp-10
const SL2H = 0.010830424696223417; // 0x1.62e42fefa0000p-7
const SL2L = 2.572804622327669e-14; // 0x1.cf79abc9e3b3ap-46
const OVER = 709.782712893384; // 0x1.62e42fefa39efp+9
const SUBNORMAL = -708.3964185322641; // -0x1.6232bdd7abcd2p+9
const UNDER = -745.1332191019411; // -0x1.74910d52d3051p+9
const SPLIT32 = 6442450944; // 0x1.8p32
const TWO_M60 = 8.673617379884035e-19; // 2^-60

/** The vector kernel, for |x| < VEC_LIMIT (NaN passes through as NaN). */
function expVector(x: number): number {
  // n16 = floor(x*LOG2E*16) with the product exact (the kernel truncates a fused sum).
  const p = x * LOG2E;
  let n16 = Math.floor(p * 16);
  if (n16 === p * 16 && fma(x, LOG2E, -p) < 0) n16 -= 1;
  const m = Math.floor(n16 / 16);
  const j = n16 - 16 * m;
  const n = n16 / 16;
  let r = fma(-n, L2H, x);
  r = fma(-n, L2L, r);
  const r2 = r * r;
  const p45 = fma(r, V5, V4);
  const p23 = fma(r, V3, V2);
  const r3 = r2 * r;
  const q = fma(r2, V1, r);
  let s = fma(r2, p45, p23);
  s = fma(r3, s, q);
  const t = EXP16[j];
  return fma(t, s, t) * POW2[m + POW2_BIAS];
}

/** The scalar fallback, for |x| >= VEC_LIMIT or infinite (all operations rounded separately). */
function expScalar(x: number): number {
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (x > OVER) return Infinity;
  if (x < UNDER) return 0;
  const nb = x * INV_L64 + SHIFT; // integer n in the low mantissa bits
  const n = nb - SHIFT;
  const idx = n & 63;
  const m = (n - idx) / 64; // floor(n / 64)
  let r = x - n * SL2H;
  r = r - n * SL2L;
  let p = S5 * r + S4;
  p = p * r + S3;
  p = p * r + S2;
  p = p * r + S1;
  p = p * r * r + r;
  const thi = EXP64[2 * idx];
  p = (p + EXP64[2 * idx + 1]) * thi;
  if (x < SUBNORMAL) {
    const scale = POW2[m + 60 + POW2_BIAS];
    const a = p * scale;
    const b = thi * scale;
    const h = b + a;
    if (m + 1083 <= 50) return h * TWO_M60;
    const l = b - h + a;
    const h2 = h * SPLIT32;
    const hh = h + h2 - h2;
    const lo = l + (h - hh);
    return hh * TWO_M60 + lo * TWO_M60;
  }
  const res = p + thi;
  if (m >= 1024) return res * POW2[m - 1 + POW2_BIAS] * 2;
  return res * POW2[m + POW2_BIAS];
}

/**
 * np.exp(x) for one float64, bit for bit as NumPy 1.24 computes it on AVX512_SKX CPUs.
 * Mirrors `numpy.exp(x)` on a float64 scalar or array element.
 */
export function npExp(x: number): number {
  return x < VEC_LIMIT && x > -VEC_LIMIT ? expVector(x) : x !== x ? x : expScalar(x);
}

/**
 * Writes np.exp of src[srcOffset .. srcOffset+n) into dst[dstOffset .. dstOffset+n).
 * Mirrors the contiguous float64 inner loop of `numpy.exp(x, out=...)`.
 */
export function expInto(src: Float64Array, srcOffset: number, dst: Float64Array, n: number, dstOffset = 0): void {
  for (let i = 0; i < n; i++) {
    const x = src[srcOffset + i];
    dst[dstOffset + i] = x < VEC_LIMIT && x > -VEC_LIMIT ? expVector(x) : x !== x ? x : expScalar(x);
  }
}

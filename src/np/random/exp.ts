/**
 * `exp` bit-identical to glibc's on x86-64 machines with FMA (the implementation NumPy's C code
 * calls): x = k ln2/128 + r, exp(x) = 2^(k/128) (1 + tail + p(r)) with the table of exp-table.ts
 * and the degree-5 polynomial, every step fused where GCC fuses it when compiling with FMA.
 */
import { fma } from "./fma";
import { EXP_SBITS_HI, EXP_SBITS_LO, EXP_TAIL } from "./exp-table";

const INV_LN2_N = 184.6649652337873; // 0x1.71547652b82fep0 * 128
const SHIFT = 6755399441055744; // 0x1.8p52
const NEG_LN2_HI_N = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const NEG_LN2_LO_N = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
const C2 = 0.49999999999996786; // 0x1.ffffffffffdbdp-2
const C3 = 0.16666666666665886; // 0x1.555555555543cp-3
const C4 = 0.0416666808410674; // 0x1.55555cf172b91p-5
const C5 = 0.008333335853059549; // 0x1.1111167a4d017p-7
const TWO_POW_1009 = 2 ** 1009;
const TWO_POW_M1022 = 2 ** -1022;

/** Bound on the drift of the unfused steps, relative to the scale (generous: about 2^-59 is needed). */
const DRIFT = 2 ** -57;
/** Half an ulp of a positive double, by its biased exponent. */
const HALF_ULP = new Float64Array(2048);
for (let e = 1; e < 2047; e++) HALF_ULP[e] = 2 ** (e - 1023 - 53);

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

function fromWords(hi: number, lo: number): number {
  U32[0] = lo;
  U32[1] = hi;
  return F64[0];
}

/** e^x, bit for bit glibc's. */
export function exp(x: number): number {
  return expWithTail(x, 0);
}

/**
 * e^(x + xtail) for |xtail| tiny against x (glibc's `exp_inline`, which pow shares): the fast
 * path when it settles the result, else every step fused.
 */
export function expWithTail(x: number, xtail: number): number {
  const fast = expFast(x, xtail, 0);
  return fast === fast ? fast : expFused(x, xtail);
}

/**
 * glibc's e^(x + xtail) evaluated without fused operations, or NaN when that might round
 * differently from the fused evaluation: the result is returned only when every value within
 * the bound on the unfused steps' drift (plus `relErr`, the caller's own drift relative to the
 * result) rounds to the same double. About one call in twenty returns NaN.
 */
export function expFast(x: number, xtail: number, relErr: number): number {
  const ax = Math.abs(x);
  if (!(ax >= 5.551115123125783e-17 && ax < 512)) return NaN;
  const z = INV_LN2_N * x;
  const k = z + SHIFT - SHIFT;
  // the unfused k is the fused one unless z lies within rounding of a half-integer
  if (!(Math.abs(z - k) < 0.4999)) return NaN;
  const r = x + k * NEG_LN2_HI_N + k * NEG_LN2_LO_N + xtail;
  const idx = k & 127;
  const scale = fromWords((EXP_SBITS_HI[idx] + Math.imul(k, 8192)) >>> 0, EXP_SBITS_LO[idx]);
  const r2 = r * r;
  const tmp = EXP_TAIL[idx] + r + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
  const s1 = scale * tmp;
  const y = scale + s1;
  const err = s1 - (y - scale); // y + err = scale + s1 exactly (|s1| < scale)
  F64[0] = y;
  // below a power of two the neighbour is nearer: leave those to the fused path
  if (U32[0] === 0 && (U32[1] & 0xfffff) === 0) return NaN;
  return Math.abs(err) + scale * (DRIFT + relErr) < HALF_ULP[U32[1] >>> 20] ? y : NaN;
}

/** glibc's exp_inline step for step, fused where GCC fuses. */
function expFused(x: number, xtail: number): number {
  const ax = Math.abs(x);
  if (!(ax >= 5.551115123125783e-17 && ax < 512)) {
    if (ax < 5.551115123125783e-17) return 1 + x; // |x| < 2^-54 (and 0)
    if (Number.isNaN(x)) return x;
    if (ax >= 1024) return x > 0 ? Infinity : 0;
    return expLarge(x, xtail);
  }
  const kf = fma(INV_LN2_N, x, SHIFT) - SHIFT;
  const r = fma(kf, NEG_LN2_LO_N, fma(kf, NEG_LN2_HI_N, x)) + xtail;
  const idx = kf & 127;
  const scale = fromWords((EXP_SBITS_HI[idx] + Math.imul(kf, 8192)) >>> 0, EXP_SBITS_LO[idx]);
  const tmp = tail(r, EXP_TAIL[idx]);
  return fma(scale, tmp, scale);
}

/** tail + r + r^2 (C2 + r C3) + r^4 (C4 + r C5), fused as GCC fuses it. */
function tail(r: number, t: number): number {
  const r2 = r * r;
  return fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), t + r));
}

/** 512 <= |x| < 1024: the scale's exponent is adjusted to stay representable (glibc's specialcase). */
function expLarge(x: number, xtail: number): number {
  const kd0 = fma(INV_LN2_N, x, SHIFT);
  const k = kd0 - SHIFT;
  const r = fma(k, NEG_LN2_LO_N, fma(k, NEG_LN2_HI_N, x)) + xtail;
  const idx = k & 127;
  const tmp = tail(r, EXP_TAIL[idx]);
  const hiBase = (EXP_SBITS_HI[idx] + Math.imul(k, 8192)) >>> 0;
  if (k > 0) {
    const scale = fromWords((hiBase - (1009 << 20)) >>> 0, EXP_SBITS_LO[idx]);
    return TWO_POW_1009 * fma(scale, tmp, scale);
  }
  const scale = fromWords((hiBase + (1022 << 20)) >>> 0, EXP_SBITS_LO[idx]);
  let y = scale + scale * tmp;
  if (y < 1) {
    let lo = fma(scale, tmp, scale - y);
    const hi = 1 + y;
    lo = 1 - hi + y + lo;
    y = hi + lo - 1;
    if (y === 0) y = 0;
  }
  return TWO_POW_M1022 * y;
}

/**
 * float64 log as NumPy 1.24 computes it on x86-64 CPUs with AVX512_SKX, where np.log on
 * float64 runs Intel SVML's 8-lane kernel (__svml_log8, shipped inside NumPy).
 *
 * Kernel: x = 2^e * m with m in [1, 2); c = 1/m rounded to a multiple of 1/32 (the hardware
 * takes a 14-bit reciprocal estimate, then rounds it); r = c*m - 1 (fused);
 *   log(x) = e*ln2 + (-log(c) + r + r^2 * P(r)),  P of degree 7 evaluated with fused steps.
 * Zeros, infinities and negative inputs take NumPy's special values.
 *
 * Known limit: this code rounds the exact 1/m to 1/32, while the hardware rounds its 14-bit
 * estimate; the two choices of c differ when 32/m lies within about 2^-9 of a half-integer, and
 * the result can then differ in the last bit.
 */
import { fma } from "./fma";
import { LOG16, POW2, POW2_BIAS } from "./tables";

const P1 = -0.4999999999999968; // -0x1.fffffffffffc6p-2
const P2 = 0.33333333333332005; // 0x1.5555555555466p-2
const P3 = -0.2500000000437373; // -0x1.00000000c05bdp-2
const P4 = 0.20000000009280938; // 0x1.9999999cc9f5cp-3
const P5 = -0.16666650546695666; // -0x1.55553fb28db06p-3
const P6 = 0.14285690939597326; // 0x1.249229cee81efp-3
const P7 = -0.125220000081181; // -0x1.007357e93af62p-3
const P8 = 0.11135561406034511; // 0x1.c81cd309d7c70p-4
const LN2 = 0.6931471805599453; // 0x1.62e42fefa39efp-1
const TWO52 = 4503599627370496;

/** The vector kernel's constants, for its WebAssembly version (wasm/log-kernel.ts). */
export const LOG_VECTOR = { P1, P2, P3, P4, P5, P6, P7, P8, LN2 };

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HI = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f ? 1 : 0;

/** The vector kernel for a finite x > 0 (subnormals included). */
function logVector(x: number): number {
  bits[0] = x;
  let e = (words[HI] >>> 20) - 1023;
  if (e === -1023) {
    bits[0] = x * TWO52;
    e = (words[HI] >>> 20) - 1075;
  }
  const m = e >= -1022 ? x * POW2[POW2_BIAS - e] : x * TWO52 * POW2[POW2_BIAS - e - 52];
  const k = Math.round(32 / m); // c = k/32, k in 16..32
  const c = k / 32;
  const r = fma(c, m, -1);
  let ex = e;
  let idx: number;
  if (k < 24) {
    ex += 1;
    idx = k - 16;
  } else if (k < 32) {
    idx = k - 16;
  } else {
    idx = 0;
  }
  const t = LOG16[idx];
  const a = fma(r, P6, P5);
  let b = fma(r, P8, P7);
  const d = fma(r, P2, P1);
  const r2 = r * r;
  let g = fma(r, P4, P3);
  const r4 = r2 * r2;
  b = fma(r2, b, a);
  g = fma(r2, g, d);
  b = fma(r4, b, g);
  b = fma(r2, b, r);
  return fma(ex, LN2, t + b);
}

/**
 * np.log(x) for one float64, as NumPy 1.24 computes it on AVX512_SKX CPUs.
 * Mirrors `numpy.log(x)`: log(0) = -inf, log(negative) = nan, log(inf) = inf.
 */
export function npLog(x: number): number {
  if (x > 0) return x === Infinity ? Infinity : logVector(x);
  if (x === 0) return -Infinity;
  return NaN;
}

/**
 * Writes np.log of src[srcOffset .. srcOffset+n) into dst[dstOffset .. dstOffset+n).
 * Mirrors the contiguous float64 inner loop of `numpy.log(x, out=...)`.
 */
export function logInto(src: Float64Array, srcOffset: number, dst: Float64Array, n: number, dstOffset = 0): void {
  for (let j = 0; j < n; j++) dst[dstOffset + j] = npLog(src[srcOffset + j]);
}

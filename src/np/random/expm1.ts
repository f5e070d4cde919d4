/**
 * `expm1` bit-identical to glibc's on x86-64 machines with FMA: fdlibm's algorithm as glibc
 * keeps it (x = k ln2 + r with a correction term, the rational approximation with its
 * polynomial in Estrin's scheme, then the reconstruction by k), fused where GCC fuses when
 * compiling with FMA.
 */
import { fma } from "./fma";

const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e+00;
const O_THRESHOLD = 7.09782712893383973096e+02;
const Q1 = -3.33333333333331316428e-02;
const Q2 = 1.58730158725481460165e-03;
const Q3 = -7.93650757867487942473e-05;
const Q4 = 4.00821782732936239552e-06;
const Q5 = -2.01099218183624371326e-07;

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

function highWord(x: number): number {
  F64[0] = x;
  return U32[1];
}

function withHighWord(x: number, hi: number): number {
  F64[0] = x;
  U32[1] = hi >>> 0;
  return F64[0];
}

/** e^x - 1, bit for bit glibc's. */
export function expm1(x0: number): number {
  let x = x0;
  let hx = highWord(x);
  const negative = (hx & 0x80000000) !== 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2
    if (Number.isNaN(x)) return x;
    if (negative) return -1;
    if (x > O_THRESHOLD) return Infinity;
  }
  let k = 0;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2 / 2: reduce
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      k = negative ? -1 : 1;
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
    } else {
      k = Math.trunc(fma(INV_LN2, x, negative ? -0.5 : 0.5));
      hi = fma(-k, LN2_HI, x);
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const h2 = hxs * hxs;
  const h4 = h2 * h2;
  const r1 = fma(h4, fma(hxs, Q5, Q4), fma(h2, fma(hxs, Q3, Q2), fma(hxs, Q1, 1)));
  const t = fma(-r1, hfx, 3);
  let e = hxs * ((r1 - t) / fma(-x, t, 6));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) return x < -0.25 ? -2 * (e - (x + 0.5)) : fma(2, x - e, 1);
  if (k <= -2 || k > 56) {
    const y = 1 - (e - x);
    return withHighWord(y, highWord(y) + k * 1048576) - 1;
  }
  if (k < 20) {
    const t2 = withHighWord(1, 0x3ff00000 - (0x200000 >> k));
    const y = t2 - (e - x);
    return withHighWord(y, highWord(y) + k * 1048576);
  }
  const t2 = withHighWord(1, (0x3ff - k) << 20);
  const y = x - (e + t2) + 1;
  return withHighWord(y, highWord(y) + k * 1048576);
}

/**
 * `log1p` bit-identical to glibc's: fdlibm's algorithm as glibc
 * keeps it (argument reduction 1 + x = 2^k (1 + f) with a correction term, then
 * log1p(f) = f - (hfsq - s (hfsq + R)) with R evaluated in Estrin's scheme, where the engine's
 * fdlibm port uses Horner's), the polynomial fused as glibc's FMA build fuses it.
 */

import { fma } from "./fma";

const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const LP1 = 6.666666666666735130e-01;
const LP2 = 3.999999999940941908e-01;
const LP3 = 2.857142874366239149e-01;
const LP4 = 2.222219843214978396e-01;
const LP5 = 1.818357216161805012e-01;
const LP6 = 1.531383769920937332e-01;
const LP7 = 1.479819860511658591e-01;

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

function highWord(x: number): number {
  F64[0] = x;
  return U32[1] | 0;
}

/** log(1 + x), bit for bit glibc's. */
export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1);
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    F64[0] = u;
    if (hu < 0x6a09e) {
      U32[1] = hu | 0x3ff00000;
    } else {
      k += 1;
      U32[1] = hu | 0x3fe00000;
      hu = (0x00100000 - hu) >> 2;
    }
    f = F64[0] - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + (c + k * LN2_LO);
    const rr = hfsq * (1 - 0.66666666666666666 * f);
    if (k === 0) return f - rr;
    return k * LN2_HI - (rr - (k * LN2_LO + c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  // glibc's FMA build fuses the polynomial (and nothing after it)
  const r = fma(z6, fma(z, LP7, LP6), fma(z4, fma(z, LP5, LP4), fma(z, LP1, z2 * fma(z, LP3, LP2))));
  if (k === 0) return f - (hfsq - s * (hfsq + r));
  return k * LN2_HI - (hfsq - (s * (hfsq + r) + (k * LN2_LO + c)) - f);
}

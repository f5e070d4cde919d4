/**
 * `pow` bit-identical to glibc's on x86-64 machines with FMA, for positive finite normal x and
 * 2^-65 <= |y| < 2^63 (every power NumPy's samplers take): log(x) to about 68 bits from the
 * tables of pow-table.ts, times y in double-double, then glibc's exp with the extra tail (see
 * exp.ts), fused where GCC fuses. Other arguments go to the engine's Math.pow, which agrees
 * with C on those special cases.
 */
import { fma } from "./fma";
import { POW_A, POW_INVC, POW_LN2_HI, POW_LN2_LO, POW_LOGC, POW_LOGCTAIL } from "./pow-table";
import { expFast, expWithTail } from "./exp";

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const A0 = POW_A[0], A1 = POW_A[1], A2 = POW_A[2], A3 = POW_A[3], A4 = POW_A[4], A5 = POW_A[5], A6 = POW_A[6];
const OFF_HI = 0x3fe69555; // high word of OFF = 0x3fe6955500000000
let logTail = 0;

/** log(x) for positive normal x as hi (returned) + logTail, glibc's `log_inline`. */
function logInline(x: number): number {
  F64[0] = x;
  const hiWord = U32[1];
  // tmp = ix - OFF (OFF's low word is 0); i = (tmp >> 45) % 128; k = tmp >> 52 (arithmetic)
  const tmpHi = (hiWord - OFF_HI) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  // z = x / 2^k: clear tmp's exponent bits from ix
  U32[1] = (hiWord - (tmpHi & 0xfff00000)) >>> 0;
  const z = F64[0];
  const invc = POW_INVC[i];
  const r = fma(z, invc, -1);
  const t1 = fma(k, POW_LN2_HI, POW_LOGC[i]);
  const t2 = t1 + r;
  const lo1 = fma(k, POW_LN2_LO, POW_LOGCTAIL[i]);
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const q = fma(ar2, fma(ar2, fma(r, A6, A5), fma(r, A4, A3)), fma(r, A2, A1));
  const lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  logTail = hi - y + lo;
  return y;
}

const SPLIT = 134217729; // 2^27 + 1
const TWO_POW_M63 = 2 ** -63;

/**
 * log_inline without fused operations (r is still exact: z is split so that both partial
 * products with 1/c are exact). Its hi + logTail drifts from the fused value by less than
 * 2^-66 in absolute terms.
 */
function logInlineUnfused(x: number): number {
  F64[0] = x;
  const hiWord = U32[1];
  const tmpHi = (hiWord - OFF_HI) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  U32[1] = (hiWord - (tmpHi & 0xfff00000)) >>> 0;
  const z = F64[0];
  // zhi: z rounded to its top 21 bits, as glibc's non-FMA variant splits it
  const zWordHi = U32[1];
  const zWordLo = U32[0];
  U32[0] = 0;
  U32[1] = zWordLo >= 0x80000000 ? zWordHi + 1 : zWordHi;
  const zhi = F64[0];
  const invc = POW_INVC[i];
  const r = zhi * invc - 1 + (z - zhi) * invc;
  const t1 = k * POW_LN2_HI + POW_LOGC[i];
  const t2 = t1 + r;
  const lo1 = k * POW_LN2_LO + POW_LOGCTAIL[i];
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo4 = t2 - hi + ar2;
  const q = A1 + r * A2 + ar2 * (A3 + r * A4 + ar2 * (A5 + r * A6));
  const lo = lo1 + lo2 + lo4 + ar3 * q;
  const y = hi + lo;
  logTail = hi - y + lo;
  return y;
}

/** x ** y, bit for bit glibc's for x > 0 normal and finite, 2^-65 <= |y| < 2^63. */
export function pow(x: number, y: number): number {
  const ay = Math.abs(y);
  if (!(x >= 2.2250738585072014e-308 && x < Infinity && ay >= 2.710505431213761e-20 && ay < 9223372036854775808)) return Math.pow(x, y);
  // fast path: unfused log and exp, kept when the drift bound settles the rounding
  const uh = logInlineUnfused(x);
  const ul = logTail;
  const eh = y * uh;
  let t = SPLIT * y;
  const yh = t - (t - y);
  const yl = y - yh;
  t = SPLIT * uh;
  const hh = t - (t - uh);
  const hl = uh - hh;
  const productErr = yh * hh - eh + yh * hl + yl * hh + yl * hl;
  const fast = expFast(eh, y * ul + productErr, ay * TWO_POW_M63);
  if (fast === fast) return fast;
  const hi = logInline(x);
  const lo = logTail;
  const ehi = y * hi;
  const elo = fma(y, lo, fma(y, hi, -ehi));
  return expWithTail(ehi, elo);
}

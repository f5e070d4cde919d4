/**
 * Element functions the generated ufunc loops call by name (kernels.ts compiles expressions
 * over x and y with these in scope): C's float functions JavaScript lacks, and 64-bit integer
 * bit operations on int64/uint64 values held as doubles.
 */

const LN2 = Math.LN2;

/** NumPy's npy_logaddexp: log(exp(x) + exp(y)) without overflow. */
function logaddexp(x: number, y: number): number {
  if (x === y) return x + LN2; // also infinities of one sign
  const d = x - y;
  if (d > 0) return x + Math.log1p(Math.exp(-d));
  if (d <= 0) return y + Math.log1p(Math.exp(d));
  return d; // NaN
}

/** NumPy's npy_logaddexp2: log2(2**x + 2**y). */
function logaddexp2(x: number, y: number): number {
  if (x === y) return x + 1;
  const d = x - y;
  if (d > 0) return x + Math.LOG2E * Math.log1p(2 ** -d);
  if (d <= 0) return y + Math.LOG2E * Math.log1p(2 ** d);
  return d;
}

/** C's copysign (a NaN's sign bit is not visible to JavaScript: NaN counts as positive). */
function copysign(x: number, y: number): number {
  return y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x);
}

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);
const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);

/** C's nextafter for doubles. */
function nextafter64(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  F64[0] = x;
  U64[0] = (x < y) === (x > 0) ? U64[0] + 1n : U64[0] - 1n;
  return F64[0];
}

/** C's nextafterf: the next float32 from x (already a float32 value) toward y. */
function nextafter32(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 1.401298464324817e-45 : -1.401298464324817e-45;
  F32[0] = x;
  U32[0] = (x < y) === (x > 0) ? U32[0] + 1 : U32[0] - 1;
  return F32[0];
}

/** NumPy's npy_spacing: distance to the next value away from zero (NaN for infinities). */
function spacing64(x: number): number {
  if (x === Infinity || x === -Infinity) return NaN;
  if (x === 0) return 5e-324; // -0 too, as NumPy's _next
  return nextafter64(x, copysign(Infinity, x)) - x;
}

function spacing32(x: number): number {
  if (x === Infinity || x === -Infinity) return NaN;
  if (x === 0) return 1.401298464324817e-45;
  return Math.fround(nextafter32(x, copysign(Infinity, x)) - x);
}

/** np.heaviside: 0 below zero, h0 at zero, 1 above, NaN for NaN. */
function heaviside(x: number, h0: number): number {
  return x < 0 ? 0 : x > 0 ? 1 : x === 0 ? h0 : x;
}

/** Greatest common divisor of integer values (non-negative, gcd(0, 0) = 0). */
function gcd(x: number, y: number): number {
  let a = Math.abs(x);
  let b = Math.abs(y);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** Least common multiple as NumPy's npy_lcm: |x / gcd * y|, 0 when either is 0. */
function lcm(x: number, y: number): number {
  const g = gcd(x, y);
  return g === 0 ? 0 : Math.abs((x / g) * y);
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const fits32 = (v: number) => v >= INT32_MIN && v <= INT32_MAX;
const i64 = (v: bigint) => Number(BigInt.asIntN(64, v));
const u64 = (v: bigint) => Number(BigInt.asUintN(64, v));

function and64(x: number, y: number): number {
  return fits32(x) && fits32(y) ? x & y : i64(BigInt(x) & BigInt(y));
}
function or64(x: number, y: number): number {
  return fits32(x) && fits32(y) ? x | y : i64(BigInt(x) | BigInt(y));
}
function xor64(x: number, y: number): number {
  return fits32(x) && fits32(y) ? x ^ y : i64(BigInt(x) ^ BigInt(y));
}
function andu64(x: number, y: number): number {
  return u64(BigInt(x) & BigInt(y));
}
function oru64(x: number, y: number): number {
  return u64(BigInt(x) | BigInt(y));
}
function xoru64(x: number, y: number): number {
  return u64(BigInt(x) ^ BigInt(y));
}
function invertu64(x: number): number {
  return u64(~BigInt(x));
}

/** NumPy's npy_lshift for types up to 32 bits: a shift outside [0, 32) gives 0 (the store wraps smaller types). */
function lshift32(x: number, y: number): number {
  return y < 0 || y >= 32 ? 0 : x << y;
}
/** NumPy's npy_rshift for signed types up to 32 bits: a shift outside [0, 32) gives the sign. */
function rshift32(x: number, y: number): number {
  return y < 0 || y >= 32 ? (x < 0 ? -1 : 0) : x >> y;
}
function rshiftu32(x: number, y: number): number {
  return y < 0 || y >= 32 ? 0 : x >>> y;
}
function lshift64(x: number, y: number): number {
  return y < 0 || y >= 64 ? 0 : i64(BigInt(x) << BigInt(y));
}
function rshift64(x: number, y: number): number {
  return y < 0 || y >= 64 ? (x < 0 ? -1 : 0) : i64(BigInt(x) >> BigInt(y));
}
function lshiftu64(x: number, y: number): number {
  return y < 0 || y >= 64 ? 0 : u64(BigInt(x) << BigInt(y));
}
function rshiftu64(x: number, y: number): number {
  return y < 0 || y >= 64 ? 0 : u64(BigInt(x) >> BigInt(y));
}

/** x * 2**s for a shift that lands x's mantissa in [0.5, 1): exact, in two steps when 2**s alone would overflow. */
function scaleExact(x: number, s: number): number {
  if (s > 1000) return x * 2 ** 1000 * 2 ** (s - 1000);
  if (s < -1000) return x * 2 ** -1000 * 2 ** (s + 1000);
  return x * 2 ** s;
}

/** C's ldexp: x * 2**n rounded once (x is split into mantissa and exponent first). */
function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x) || n === 0) return x;
  const k = frexpExponent(x);
  const m = scaleExact(x, -k); // 0.5 <= |m| < 1
  const t = k + n;
  if (t > 1024) return copysign(Infinity, x);
  if (t === 1024) return m * 2 * 2 ** 1023;
  if (t < -1074) return copysign(0, x);
  return m * 2 ** t;
}

/** frexp's exponent: x = m * 2**e with 0.5 <= |m| < 1 (0 for zero, infinities and NaN). */
function frexpExponent(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  F64[0] = x;
  const biased = Number((U64[0] >> 52n) & 0x7ffn);
  if (biased === 0) return frexpExponent(x * 2 ** 64) - 64; // subnormal
  return biased - 1022;
}

/** frexp's mantissa. */
function frexpMantissa(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return scaleExact(x, -frexpExponent(x));
}

/** C's modf fraction: x - trunc(x) with x's sign (±0 for infinities). */
function modfFraction(x: number): number {
  if (x === Infinity || x === -Infinity) return copysign(0, x);
  return copysign(x - Math.trunc(x), x);
}

export const KERNEL_MATH = {
  logaddexp, logaddexp2, copysign, nextafter64, nextafter32, spacing64, spacing32, heaviside, gcd, lcm,
  and64, or64, xor64, andu64, oru64, xoru64, invertu64, lshift32, rshift32, rshiftu32, lshift64, rshift64, lshiftu64, rshiftu64,
  ldexp, frexpExponent, frexpMantissa, modfFraction,
};

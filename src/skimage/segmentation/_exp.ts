/**
 * exp(x) for x <= 0, inlined by the JIT where Math.exp is a call into the runtime: a hot kernel
 * sum (quickshift's Parzen density) spends most of its time there. Table-driven as in common libm
 * designs: x = (k * 128 + j) ln2/128 + r with |r| <= ln2/256, exp(x) = 2^k 2^(j/128) exp(r),
 * exp(r) - 1 by a degree-5 polynomial (its truncation error is below 1e-18). Within about one
 * unit in the last place of the correctly rounded value (libm's own exp differs by as much).
 */

const TABLE_BITS = 7;
const TABLE_SIZE = 1 << TABLE_BITS;
/** 2^(j/128) for j = 0..127. */
const FRACTION_POWERS = Float64Array.from({ length: TABLE_SIZE }, (_, j) => 2 ** (j / TABLE_SIZE));
/** 2^-k for k = 0..1022. */
const NEGATIVE_POWERS = Float64Array.from({ length: 1023 }, (_, k) => 2 ** -k);
const INV_STEP = TABLE_SIZE / Math.LN2;
// ln2/128 as high and low parts (fdlibm's ln2_hi, ln2_lo): STEP_HI has 32 significant bits, so
// n * STEP_HI is exact for every n reached here (|n| < 2^18)
const STEP_HI = 6.93147180369123816490e-1 / TABLE_SIZE;
const STEP_LO = 1.90821492927058770002e-10 / TABLE_SIZE;
/** Adding then subtracting 1.5 * 2^52 rounds to the nearest integer. */
const ROUNDER = 6755399441055744;
/** Below this exp(x) is subnormal or zero: left to Math.exp. */
const SMALLEST = -708;


/** e^x for x <= 0 (x > 0 and NaN go to Math.exp). */
export function expNonPositive(x: number): number {
  if (!(x <= 0 && x >= SMALLEST)) return Math.exp(x);
  const nd = x * INV_STEP + ROUNDER - ROUNDER;
  const n = nd | 0;
  const r = x - nd * STEP_HI - nd * STEP_LO;
  const r2 = r * r;
  const em1 = r + r2 * (0.5 + r * (1 / 6)) + r2 * r2 * (1 / 24 + r * (1 / 120));
  const t = FRACTION_POWERS[n & (TABLE_SIZE - 1)];
  return (t + t * em1) * NEGATIVE_POWERS[-(n >> TABLE_BITS)];
}

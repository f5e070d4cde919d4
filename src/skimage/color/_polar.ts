/**
 * atan2 and hypot for per-pixel loops over many values: inlinable JavaScript that the
 * compiler keeps in the loop (Math.atan2 and Math.hypot are calls into the runtime, several
 * times the cost of the arithmetic). Both stay within about one unit in the last place of the
 * correctly rounded result; zeros, infinities, NaN and extreme magnitudes go to Math's.
 */

/** The series of atan on |t| < 0.4375 (fdlibm's minimax coefficients A0 .. A10). */
export const ATAN_SERIES = [
  3.33333333333329318027e-1, -1.99999999998764832476e-1, 1.42857142725034663711e-1, -1.11111104054623557880e-1,
  9.09088713343650656196e-2, -7.69187620504482999495e-2, 6.66107313738753120669e-2, -5.83357013379057348645e-2,
  4.97687799461593236017e-2, -3.65315727442169155270e-2, 1.62858201153657823623e-2,
];
const [A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10] = ATAN_SERIES;

/** pi / 4, pi / 2 and pi as a double and the rest below it. */
export const QUARTER_PI_HI = 7.85398163397448278999e-1;
export const QUARTER_PI_LO = 3.06161699786838301793e-17;
export const HALF_PI_HI = 1.5707963267948966;
export const HALF_PI_LO = 6.123233995736766e-17;
export const PI_HI = 3.141592653589793;
export const PI_LO = 1.2246467991473532e-16;

/** t * (the series' correction), t - this being atan(t) for |t| < 0.4375. */
function seriesTerm(t: number): number {
  const z = t * t;
  const w = z * z;
  const odd = z * (A0 + w * (A2 + w * (A4 + w * (A6 + w * (A8 + w * A10)))));
  const even = w * (A1 + w * (A3 + w * (A5 + w * (A7 + w * A9))));
  return t * (odd + even);
}

/** atan(t) for 0 <= t <= 1: the series directly, or about pi / 4 for t >= 0.4375. */
function atanUnit(t: number): number {
  if (t < 0.4375) return t - seriesTerm(t);
  // atan(t) = pi / 4 + atan(u), |u| < 0.4
  const u = (t - 1) / (t + 1);
  return QUARTER_PI_HI - (seriesTerm(u) - QUARTER_PI_LO - u);
}

/** Math.atan2(y, x) to within about an ulp. */
export function atan2Fast(y: number, x: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (!(ax > 0 && ay > 0 && ax < Infinity && ay < Infinity)) return Math.atan2(y, x);
  // the angle from the nearer axis, then reflected into its quadrant
  let a = ay <= ax ? atanUnit(ay / ax) : HALF_PI_HI - (atanUnit(ax / ay) - HALF_PI_LO);
  if (x < 0) a = PI_HI - (a - PI_LO);
  return y < 0 ? -a : a;
}

/** Below this a sum of squares may have lost bits to subnormal squares. */
export const SQUARES_MIN = 2 ** -968;

/** Math.hypot(a, b) to within about an ulp: the square root of the sum of squares where neither overflows nor underflows. */
export function hypotFast(a: number, b: number): number {
  const s = a * a + b * b;
  return s >= SQUARES_MIN && s < Infinity ? Math.sqrt(s) : Math.hypot(a, b);
}

/**
 * More elementwise ufuncs: reciprocal, fabs, positive, float_power, fmod, copysign,
 * nextafter, spacing, heaviside, fmax/fmin and signbit, with NumPy's loops per dtype.
 */
import { DType, bool, float64, int8 } from "../dtype";
import { binaryUfunc, unaryUfunc } from "./declare";
import { floatLoop, floatSpec, noLoop, ufuncSpec } from "./loops";
import { logErrors } from "./fpe";

const same = (d: DType) => d;
const boolToInt8 = (d: DType) => (d.kind === "b" ? int8 : d);

/** What 1 / 0 gives in NumPy's integer reciprocal loop (the C conversion of inf). */
function reciprocalOfZero(d: DType): number {
  return d.kind === "i" && d.itemsize >= 4 ? -(2 ** (d.itemsize * 8 - 1)) : 0;
}

// 1 / ±0 divides by zero (the pole, as log's at 0)
const RECIPROCAL = {
  ...ufuncSpec("reciprocal", boolToInt8, (d) => (d.kind === "f" ? "1 / x" : `(x === 0 ? ${reciprocalOfZero(d)} : Math.trunc(1 / x))`)),
  fpe: logErrors(0),
};
const POSITIVE = ufuncSpec("positive", (d) => {
  if (d.kind === "b") throw noLoop("positive", d, 1);
  return d;
}, () => "x");
const FMOD = ufuncSpec("fmod", boolToInt8, (d) => (d.kind === "f" ? "x % y" : "(y === 0 ? 0 : x % y)"));
const FLOAT_POWER = ufuncSpec("float_power", () => float64, () => "cpow(x, y)");
const NEXTAFTER = floatSpec("nextafter", (d) => (d.itemsize === 4 ? "nextafter32(x, y)" : "nextafter64(x, y)"));
const SPACING = floatSpec("spacing", (d) => (d.itemsize === 4 ? "spacing32(x)" : "spacing64(x)"));
const SIGNBIT = ufuncSpec("signbit", floatLoop, () => "(x < 0 || Object.is(x, -0) ? 1 : 0)", () => bool);
const FMAX = ufuncSpec("fmax", same, () => "(x >= y || y !== y ? x : y)");
const FMIN = ufuncSpec("fmin", same, () => "(x <= y || y !== y ? x : y)");

/** `numpy.reciprocal(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: 1 / x (integers: truncated, so 0 but for 1 and -1). */
export const reciprocal = unaryUfunc(RECIPROCAL);
/** `numpy.fabs(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: |x| as a float. */
export const fabs = unaryUfunc(floatSpec("fabs", "Math.abs(x)"));
/** `numpy.positive(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: +x, a copy (no loop for bool). */
export const positive = unaryUfunc(POSITIVE);
/** `numpy.float_power(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x1 ** x2 computed in float64 for every input type. */
export const float_power = binaryUfunc(FLOAT_POWER);
/** `numpy.fmod(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: C's remainder, with the sign of x1 (integer division by zero gives 0). */
export const fmod = binaryUfunc(FMOD);
/** `numpy.copysign(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: |x1| with the sign of x2. */
export const copysign = binaryUfunc(floatSpec("copysign", "copysign(x, y)"));
/** `numpy.nextafter(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: the next float after x1 toward x2. */
export const nextafter = binaryUfunc(NEXTAFTER);
/** `numpy.spacing(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: distance from x to the next float away from zero. */
export const spacing = unaryUfunc(SPACING);
/** `numpy.heaviside(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: 0 where x1 < 0, x2 where x1 == 0, 1 where x1 > 0. */
export const heaviside = binaryUfunc(floatSpec("heaviside", "heaviside(x, y)"));
/** `numpy.fmax(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: elementwise maximum ignoring NaN. */
export const fmax = binaryUfunc(FMAX);
/** `numpy.fmin(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: elementwise minimum ignoring NaN. */
export const fmin = binaryUfunc(FMIN);
/** `numpy.signbit(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: true where the sign bit is set (-0.0 included). */
export const signbit = unaryUfunc(SIGNBIT);

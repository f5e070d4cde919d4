/**
 * Float ufuncs beyond the basic ones: inverse hyperbolics, angle conversions, exp2, cbrt,
 * arctan2, hypot and the log-sum-exps. Each has NumPy's ufunc signature (declare.ts).
 */
import { binaryUfunc, unaryUfunc } from "./declare";
import { floatSpec } from "./loops";

const TO_DEGREES = 180 / Math.PI;
const TO_RADIANS = Math.PI / 180;

/** `numpy.arcsinh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: inverse hyperbolic sine. */
export const arcsinh = unaryUfunc(floatSpec("arcsinh", "Math.asinh(x)"));
/** `numpy.arccosh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: inverse hyperbolic cosine (NaN below 1). */
export const arccosh = unaryUfunc(floatSpec("arccosh", "Math.acosh(x)"));
/** `numpy.arctanh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: inverse hyperbolic tangent. */
export const arctanh = unaryUfunc(floatSpec("arctanh", "Math.atanh(x)"));
/** `numpy.deg2rad(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: degrees to radians. */
export const deg2rad = unaryUfunc(floatSpec("deg2rad", `x * ${TO_RADIANS}`));
/** `numpy.rad2deg(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: radians to degrees. */
export const rad2deg = unaryUfunc(floatSpec("rad2deg", `x * ${TO_DEGREES}`));
/** `numpy.radians(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: degrees to radians. */
export const radians = unaryUfunc(floatSpec("radians", `x * ${TO_RADIANS}`));
/** `numpy.degrees(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: radians to degrees. */
export const degrees = unaryUfunc(floatSpec("degrees", `x * ${TO_DEGREES}`));
/** `numpy.exp2(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: 2 ** x. */
export const exp2 = unaryUfunc(floatSpec("exp2", "2 ** x"));
/** `numpy.cbrt(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: real cube root. */
export const cbrt = unaryUfunc(floatSpec("cbrt", "Math.cbrt(x)"));
/** `numpy.arctan2(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: the angle of the point (x2, x1), in (-pi, pi]. */
export const arctan2 = binaryUfunc(floatSpec("arctan2", "Math.atan2(x, y)"));
/** `numpy.hypot(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: sqrt(x1**2 + x2**2) without overflow. */
export const hypot = binaryUfunc(floatSpec("hypot", "Math.hypot(x, y)"));
/** `numpy.logaddexp(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: log(exp(x1) + exp(x2)). */
export const logaddexp = binaryUfunc(floatSpec("logaddexp", "logaddexp(x, y)"));
/** `numpy.logaddexp2(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: log2(2**x1 + 2**x2). */
export const logaddexp2 = binaryUfunc(floatSpec("logaddexp2", "logaddexp2(x, y)"));

/**
 * One-input ufuncs: negative, abs, exp, log, sqrt, trigonometry, rounding, logical_not.
 * Each is `np.<name>(x, { out })`; several are NDArray methods too.
 */
import { PyTypeError } from "../../errors";
import { DType, bool, float32, float64, int8 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { divide, multiply } from "./binary";
import { UfuncOptions, UfuncSpec, runUnary } from "../ufunc";
import { expRun, logRun } from "../simd-math";
import { logErrors } from "./fpe";

/**
 * Loop dtype of float functions: floats keep their type, integers become float64 (int32 and
 * wider) or float32 (8/16-bit and bool; NumPy gives float16 for 8-bit, which is not supported).
 */
function floatLoop(d: DType): DType {
  if (d.kind === "f") return d;
  return d.itemsize <= 2 ? float32 : float64;
}

function floatFn(name: string, fn: string): UfuncSpec {
  return { name, loop: floatLoop, output: (d) => d, expr: () => `${fn}(x)` };
}

const NEGATIVE: UfuncSpec = {
  name: "negative",
  loop: (d) => {
    if (d.kind === "b") {
      throw new PyTypeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.");
    }
    return d;
  },
  output: (d) => d,
  expr: () => "-x",
};
const ABSOLUTE: UfuncSpec = { name: "absolute", loop: (d) => d, output: (d) => d, expr: (d) => (d.kind === "b" ? "x" : "Math.abs(x)") };
const SQUARE: UfuncSpec = {
  name: "square",
  loop: (d) => (d.kind === "b" ? int8 : d),
  output: (d) => d,
  expr: (d) => (d.kind !== "f" && d.itemsize === 4 ? "Math.imul(x, x)" : "x * x"),
};
const SIGN: UfuncSpec = {
  name: "sign",
  loop: (d) => {
    if (d.kind === "b") {
      const e = new PyTypeError("ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtype[bool_]'> -> None");
      e.name = "UFuncTypeError";
      throw e;
    }
    return d;
  },
  output: (d) => d,
  expr: () => "sign(x)",
};
const POSITIVE: UfuncSpec = { name: "positive", loop: (d) => d, output: (d) => d, expr: () => "x" };
const LOGICAL_NOT: UfuncSpec = { name: "logical_not", loop: (d) => d, output: () => bool, expr: () => "(x === 0 ? 1 : 0)" };
const ISNAN: UfuncSpec = { name: "isnan", loop: (d) => d, output: () => bool, expr: () => "(x !== x ? 1 : 0)" };
const ISINF: UfuncSpec = { name: "isinf", loop: (d) => d, output: () => bool, expr: () => "(x === Infinity || x === -Infinity ? 1 : 0)" };
const ISFINITE: UfuncSpec = { name: "isfinite", loop: (d) => d, output: () => bool, expr: () => "(x - x === 0 ? 1 : 0)" };
// float64: NumPy's own bits where the SIMD kernels run (simd-math.ts)
const EXP: UfuncSpec = { ...floatFn("exp", "Math.exp"), float64Run: expRun };
const EXPM1 = floatFn("expm1", "Math.expm1");
const LOG: UfuncSpec = { ...floatFn("log", "Math.log"), float64Run: logRun, fpe: logErrors(0) };
const LOG2: UfuncSpec = { ...floatFn("log2", "Math.log2"), fpe: logErrors(0) };
const LOG10: UfuncSpec = { ...floatFn("log10", "Math.log10"), fpe: logErrors(0) };
const LOG1P: UfuncSpec = { ...floatFn("log1p", "Math.log1p"), fpe: logErrors(-1) };
const SQRT = floatFn("sqrt", "Math.sqrt");
const SIN = floatFn("sin", "Math.sin");
const COS = floatFn("cos", "Math.cos");
const TAN = floatFn("tan", "Math.tan");
const ARCSIN = floatFn("arcsin", "Math.asin");
const ARCCOS = floatFn("arccos", "Math.acos");
const ARCTAN = floatFn("arctan", "Math.atan");
const SINH = floatFn("sinh", "Math.sinh");
const COSH = floatFn("cosh", "Math.cosh");
const TANH = floatFn("tanh", "Math.tanh");
const FLOOR = floatFn("floor", "Math.floor");
const CEIL = floatFn("ceil", "Math.ceil");
const TRUNC = floatFn("trunc", "Math.trunc");
const RINT = floatFn("rint", "rint");

/** `np.negative(x, out=None)`: -x (unsigned integers wrap). */
export function negative(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(NEGATIVE, x, opts);
}
/** `np.abs(x, out=None)` (absolute): |x|. */
export function abs(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(ABSOLUTE, x, opts);
}
/** `np.absolute(x, out=None)`: same as np.abs. */
export const absolute = abs;
/** `np.square(x, out=None)`: x * x. */
export function square(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(SQUARE, x, opts);
}
/** `np.sign(x, out=None)`: -1, 0 or 1 per element. */
export function sign(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(SIGN, x, opts);
}
/** `np.logical_not(x, out=None)`: truth of not x. */
export function logical_not(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(LOGICAL_NOT, x, opts);
}
/** `np.exp(x, out=None)`: e ** x. */
export function exp(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(EXP, x, opts);
}
/** `np.expm1(x, out=None)`: e ** x - 1, accurate near 0. */
export function expm1(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(EXPM1, x, opts);
}
/** `np.log(x, out=None)`: natural logarithm. */
export function log(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(LOG, x, opts);
}
/** `np.log2(x, out=None)`: base-2 logarithm. */
export function log2(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(LOG2, x, opts);
}
/** `np.log10(x, out=None)`: base-10 logarithm. */
export function log10(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(LOG10, x, opts);
}
/** `np.log1p(x, out=None)`: log(1 + x), accurate near 0. */
export function log1p(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(LOG1P, x, opts);
}
/** `np.sqrt(x, out=None)`: square root (NaN for negatives). */
export function sqrt(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(SQRT, x, opts);
}
/** `np.sin(x, out=None)`. */
export function sin(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(SIN, x, opts);
}
/** `np.cos(x, out=None)`. */
export function cos(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(COS, x, opts);
}
/** `np.tan(x, out=None)`. */
export function tan(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(TAN, x, opts);
}
/** `np.arcsin(x, out=None)`. */
export function arcsin(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(ARCSIN, x, opts);
}
/** `np.arccos(x, out=None)`. */
export function arccos(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(ARCCOS, x, opts);
}
/** `np.arctan(x, out=None)`. */
export function arctan(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(ARCTAN, x, opts);
}
/** `np.sinh(x, out=None)`. */
export function sinh(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(SINH, x, opts);
}
/** `np.cosh(x, out=None)`. */
export function cosh(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(COSH, x, opts);
}
/** `np.tanh(x, out=None)`. */
export function tanh(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(TANH, x, opts);
}
/** `np.floor(x, out=None)`: largest integer <= x (as a float). */
export function floor(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(FLOOR, x, opts);
}
/** `np.ceil(x, out=None)`: smallest integer >= x (as a float). */
export function ceil(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(CEIL, x, opts);
}
/** `np.trunc(x, out=None)`: x rounded toward zero (as a float). */
export function trunc(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(TRUNC, x, opts);
}
/** `np.rint(x, out=None)`: x rounded to the nearest integer, halves to even. */
export function rint(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(RINT, x, opts);
}
/** `np.isnan(x, out=None)`: true where x is NaN. */
export function isnan(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(ISNAN, x, opts);
}
/** `np.isinf(x, out=None)`: true where x is positive or negative infinity. */
export function isinf(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(ISINF, x, opts);
}
/** `np.isfinite(x, out=None)`: true where x is neither infinite nor NaN. */
export function isfinite(x: ArrayLike, opts?: UfuncOptions): NDArray {
  return runUnary(ISFINITE, x, opts);
}

/** Keyword arguments of np.around. */
export interface AroundOptions extends UfuncOptions {
  decimals?: number;
}

/**
 * `np.around(a, decimals=0, out=None)` (np.round): halves round to even, as NumPy
 * (scaling by 10**decimals, rint, scaling back). Integer arrays with decimals >= 0 are copied.
 */
export function around(a: ArrayLike, opts?: AroundOptions): NDArray {
  const arr = asarray(a);
  const decimals = opts?.decimals ?? 0;
  if (arr.dtype.kind !== "f") {
    if (decimals >= 0) return opts?.out ? runUnary(POSITIVE, arr, opts) : arr.copy();
    const scale = 10 ** -decimals;
    return multiply(rint(divide(arr, scale)), scale).astype(arr.dtype);
  }
  if (decimals === 0) return rint(arr, opts);
  const scale = 10 ** Math.abs(decimals);
  const scaled = decimals > 0 ? multiply(arr, scale) : divide(arr, scale);
  const r = rint(scaled);
  return decimals > 0 ? divide(r, scale, opts) : multiply(r, scale, opts);
}

export { around as round };

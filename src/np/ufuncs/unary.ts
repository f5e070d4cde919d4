/**
 * One-input ufuncs: negative, abs, exp, log, sqrt, trigonometry, rounding, logical_not.
 * Each is `np.<name>(x, { out })`; several are NDArray methods too.
 */
import { PyTypeError } from "../../errors";
import { DType, bool, float32, float64, int8 } from "../dtype";
import { ArrayLike, asarray } from "../create";
import { divide, multiply } from "./binary";
import { UfuncOptions, UfuncSpec, runUnary } from "../ufunc";
import { PyArgs, pyfunction, signature } from "../../signature";
import { OUT } from "../params";
import { NDArray, cContiguousStrides } from "../ndarray";
import { unaryUfunc } from "./declare";
import { expRun, logRun } from "../simd-math";
import { unarySimdRun } from "../unary-simd";
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
  float64Run: unarySimdRun("neg"),
};
const ABSOLUTE: UfuncSpec = {
  name: "absolute", loop: (d) => d, output: (d) => d, expr: (d) => (d.kind === "b" ? "x" : "Math.abs(x)"), float64Run: unarySimdRun("abs"),
};
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
const SQRT: UfuncSpec = { ...floatFn("sqrt", "Math.sqrt"), float64Run: unarySimdRun("sqrt") };
const SIN = floatFn("sin", "Math.sin");
const COS = floatFn("cos", "Math.cos");
const TAN = floatFn("tan", "Math.tan");
const ARCSIN = floatFn("arcsin", "Math.asin");
const ARCCOS = floatFn("arccos", "Math.acos");
const ARCTAN = floatFn("arctan", "Math.atan");
const SINH = floatFn("sinh", "Math.sinh");
const COSH = floatFn("cosh", "Math.cosh");
const TANH = floatFn("tanh", "Math.tanh");
const FLOOR: UfuncSpec = { ...floatFn("floor", "Math.floor"), float64Run: unarySimdRun("floor") };
const CEIL: UfuncSpec = { ...floatFn("ceil", "Math.ceil"), float64Run: unarySimdRun("ceil") };
const TRUNC: UfuncSpec = { ...floatFn("trunc", "Math.trunc"), float64Run: unarySimdRun("trunc") };
const RINT: UfuncSpec = { ...floatFn("rint", "rint"), float64Run: unarySimdRun("nearest") };

/** `numpy.negative(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: -x (unsigned integers wrap) */
export const negative = unaryUfunc(NEGATIVE);
/** `numpy.absolute(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)` (np.abs): |x|. */
export const abs = unaryUfunc(ABSOLUTE);
/** `numpy.absolute(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: same as np.abs. */
export const absolute = abs;
/** `numpy.square(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x * x. */
export const square = unaryUfunc(SQUARE);
/** `numpy.sign(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: -1, 0 or 1 per element. */
export const sign = unaryUfunc(SIGN);
/** `numpy.logical_not(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: truth of not x. */
export const logical_not = unaryUfunc(LOGICAL_NOT);
/** `numpy.exp(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: e ** x. */
export const exp = unaryUfunc(EXP);
/** `numpy.expm1(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: e ** x - 1, accurate near 0. */
export const expm1 = unaryUfunc(EXPM1);
/** `numpy.log(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: natural logarithm. */
export const log = unaryUfunc(LOG);
/** `numpy.log2(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: base-2 logarithm. */
export const log2 = unaryUfunc(LOG2);
/** `numpy.log10(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: base-10 logarithm. */
export const log10 = unaryUfunc(LOG10);
/** `numpy.log1p(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: log(1 + x), accurate near 0. */
export const log1p = unaryUfunc(LOG1P);
/** `numpy.sqrt(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: square root (NaN for negatives) */
export const sqrt = unaryUfunc(SQRT);
/** `numpy.sin(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)` */
export const sin = unaryUfunc(SIN);
/** `numpy.cos(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)` */
export const cos = unaryUfunc(COS);
/** `numpy.tan(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)` */
export const tan = unaryUfunc(TAN);
/** `numpy.arcsin(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)` */
export const arcsin = unaryUfunc(ARCSIN);
/** `numpy.arccos(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)` */
export const arccos = unaryUfunc(ARCCOS);
/** `numpy.arctan(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)` */
export const arctan = unaryUfunc(ARCTAN);
/** `numpy.sinh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)` */
export const sinh = unaryUfunc(SINH);
/** `numpy.cosh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)` */
export const cosh = unaryUfunc(COSH);
/** `numpy.tanh(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)` */
export const tanh = unaryUfunc(TANH);
/** `numpy.floor(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: largest integer <= x (as a float) */
export const floor = unaryUfunc(FLOOR);
/** `numpy.ceil(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: smallest integer >= x (as a float) */
export const ceil = unaryUfunc(CEIL);
/** `numpy.trunc(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x rounded toward zero (as a float) */
export const trunc = unaryUfunc(TRUNC);
/** `numpy.rint(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: x rounded to the nearest integer, halves to even. */
export const rint = unaryUfunc(RINT);
/** `numpy.isnan(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: true where x is NaN. */
export const isnan = unaryUfunc(ISNAN);
/** `numpy.isinf(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: true where x is positive or negative infinity. */
export const isinf = unaryUfunc(ISINF);
/** `numpy.isfinite(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)`: true where x is neither infinite nor NaN. */
export const isfinite = unaryUfunc(ISFINITE);

/** Keyword arguments of np.around / np.round. */
export interface AroundOptions extends UfuncOptions {
  a?: ArrayLike;
  decimals?: number;
  out?: NDArray;
}

const ROUND_SPEC = { types: { decimals: "int", out: OUT } };
const AROUND = signature("numpy.around(a, decimals=0, out=None)", ROUND_SPEC);
const ROUND = signature("numpy.round_(a, decimals=0, out=None)", ROUND_SPEC);

/** 10**n as NumPy computes it for rounding: exact table entries, then repeated multiplication. */
function powerOfTen(n: number): number {
  if (n < 9) return 10 ** n;
  let p = 1e9;
  for (let k = 9; k < n; k++) p *= 10;
  return p;
}

/**
 * NumPy's rounding: `rint(a * 10**d) / 10**d` (or `rint(a / 10**-d) * 10**-d` for negative
 * d), each step in a's float type; integer arrays are copied for d >= 0 and go through
 * float64 and back otherwise.
 */
function roundTo(a: ArrayLike, decimals: number, out: NDArray | null): NDArray {
  const arr = asarray(a);
  const isInt = arr.dtype.kind === "i" || arr.dtype.kind === "u";
  if (isInt && decimals >= 0) return out !== null ? runUnary(POSITIVE, arr, { out }) : arr.copy();
  if (decimals === 0) return out !== null ? rint(arr, out) : rint(arr);
  const f = powerOfTen(Math.abs(decimals));
  const [scale, unscale] = decimals > 0 ? [multiply, divide] : [divide, multiply];
  const dt = out !== null ? out.dtype : isInt ? float64 : arr.dtype;
  const target = out ?? new NDArray(new dt.storage(arr.size), arr.shape, cContiguousStrides(arr.shape), 0, dt);
  scale(arr, f, target);
  rint(target, target);
  unscale(target, f, target);
  return isInt && out === null ? target.astype(arr.dtype) : target;
}

/**
 * `numpy.around(a, decimals=0, out=None)`: rounds to `decimals` places, halves to even at the
 * scaled value as NumPy does (`np.around(0.125, 2)` is 0.12: 12.5 rounds to 12).
 */
export function around(a: ArrayLike, ...rest: PyArgs<[decimals: number, out: NDArray | null, options: AroundOptions], AroundOptions>): NDArray;
export function around(...args: unknown[]): NDArray {
  if (args.length === 1) return roundTo(args[0] as ArrayLike, 0, null);
  const { a, decimals, out } = AROUND.bind(args);
  return roundTo(a, decimals, out);
}
pyfunction(AROUND, around);

/** `numpy.round_(a, decimals=0, out=None)` (np.round): the same as np.around. */
export function round(a: ArrayLike, ...rest: PyArgs<[decimals: number, out: NDArray | null, options: AroundOptions], AroundOptions>): NDArray;
export function round(...args: unknown[]): NDArray {
  if (args.length === 1) return roundTo(args[0] as ArrayLike, 0, null);
  const { a, decimals, out } = ROUND.bind(args);
  return roundTo(a, decimals, out);
}
pyfunction(ROUND, round);

/**
 * What a notebook cell's operators become: `a - b` compiles to `sub(a, b)`, `a += b` to
 * `a = iadd(a, b)`. An NDArray on either side runs NumPy's ufunc (np.subtract, np.add with
 * out=a ...); anything else runs JavaScript's own operator, so plain numbers, strings and
 * bigints behave as they always did. The overloads give each call the type TypeScript gives the
 * operator, or NDArray when an array is involved.
 *
 * The last argument of a binary helper says which operands were written as float literals
 * (`2.`, `1.0`, `1e3`; bit 1 the left, bit 2 the right): next to an array such an operand is a
 * Python float, so `int_array * 2.` is float64 as in NumPy.
 */
import { NDArray, ArrayLike, asarray, float64 } from "../../np";
import * as np from "../../np";
import { signatureOf } from "../../signature";
import { warn } from "../../np/warnings";
import { floatScalarPower } from "../../np/ufuncs/scalar-power";

/** A binary arithmetic or bitwise operator: `a - b`. */
export interface Arithmetic {
  (x: number, y: number, floats?: number): number;
  (x: bigint, y: bigint, floats?: number): bigint;
  (x: NDArray, y: ArrayLike, floats?: number): NDArray;
  (x: ArrayLike, y: NDArray, floats?: number): NDArray;
}

/** `+`, which also joins strings. */
export interface Addition extends Arithmetic {
  (x: string, y: unknown, floats?: number): string;
  (x: unknown, y: string, floats?: number): string;
}

/** `<`, `<=`, `>`, `>=`: a bool array next to an array, else JavaScript's comparison. */
export interface Comparison {
  (x: number | bigint, y: number | bigint, floats?: number): boolean;
  (x: string, y: string, floats?: number): boolean;
  (x: NDArray, y: ArrayLike, floats?: number): NDArray;
  (x: ArrayLike, y: NDArray, floats?: number): NDArray;
  <T>(x: T, y: T, floats?: number): boolean;
}

/** `-a`, `~a`. */
export interface Unary {
  (x: number): number;
  (x: bigint): bigint;
  (x: NDArray): NDArray;
  (x: string | boolean): number;
}

/** `+a`: a copy of an array (np.positive), else JavaScript's conversion to a number. */
export interface UnaryPlus {
  (x: NDArray): NDArray;
  (x: number | string | boolean): number;
}

/** `a op= b` on a reassignable target: an array is updated in place (and stays the value). */
export interface InPlace {
  (x: NDArray, y: ArrayLike, floats?: number): NDArray;
  (x: number, y: number, floats?: number): number;
  (x: bigint, y: bigint, floats?: number): bigint;
}

/** `a += b` on a reassignable target, strings included. */
export interface InPlaceAddition extends InPlace {
  (x: string, y: unknown, floats?: number): string;
}

/** `a op= b` on a `const` binding: only an array can be updated (in place). */
export type InPlaceConst = (x: NDArray, y: ArrayLike, floats?: number) => NDArray;

/** A two-input ufunc; the in-place operators pass `out` positionally (the ufuncs' short path). */
type Ufunc2 = (x: ArrayLike, y: ArrayLike, out?: NDArray) => NDArray;

/**
 * An operand written as a float literal, as NumPy sees a Python float: a 0-d float64 array.
 * Next to a float64 array any number already acts as a Python float, and stays a number (the
 * ufuncs' short path for an array and a number).
 */
function pyFloat(x: unknown, isFloat: number, other: unknown): unknown {
  if (isFloat === 0 || typeof x !== "number" || (other instanceof NDArray && other.dtype === float64)) return x;
  return asarray(x, float64);
}

/**
 * Each operator gets a function of its own, compiled from its symbol: number operands then run
 * the bare JavaScript operator, which V8 inlines as if the cell had been left alone.
 */
function binary(ufunc: Ufunc2, symbol: string): any {
  const arrays = (x: unknown, y: unknown, floats: number) => ufunc(pyFloat(x, floats & 1, y) as ArrayLike, pyFloat(y, floats & 2, x) as ArrayLike);
  return new Function(
    "NDArray", "arrays",
    `return function (x, y, floats) {
      if (typeof x === "number" && typeof y === "number") return x ${symbol} y;
      if (x instanceof NDArray || y instanceof NDArray) return arrays(x, y, floats | 0);
      return x ${symbol} y;
    };`,
  )(NDArray, arrays);
}

function inPlace(ufunc: Ufunc2, symbol: string): any {
  const arrays = (x: NDArray, y: unknown, floats: number) => {
    ufunc(x, pyFloat(y, floats & 2, x) as ArrayLike, x);
    return x;
  };
  return new Function(
    "NDArray", "arrays",
    `return function (x, y, floats) {
      if (typeof x === "number" && typeof y === "number") return x ${symbol} y;
      if (x instanceof NDArray) return arrays(x, y, floats | 0);
      return x ${symbol} y;
    };`,
  )(NDArray, arrays);
}

/** Python's TypeError for `a op= b` on a const binding that holds no array. */
function inPlaceConst(ufunc: Ufunc2, symbol: string): InPlaceConst {
  return (x, y, floats = 0) => {
    if (!(x instanceof NDArray)) throw new TypeError(`Assignment to constant variable (${symbol}= on a ${typeof x}).`);
    ufunc(x, pyFloat(y, floats & 2, x) as ArrayLike, x);
    return x;
  };
}

/**
 * `a ** e` and `a **= e` as NumPy's ndarray does it: a scalar exponent of 2 (and for float
 * arrays 1, -1, 0, 0.5) runs square (positive, reciprocal, ones_like, sqrt) instead of power,
 * so `bool_array ** 2` is int8 and `int_array **= 2.` stays integer, as in NumPy.
 */
function powerOf(inPlace: boolean): Ufunc2 {
  const power = (x: ArrayLike, y: ArrayLike, out?: NDArray) => (out === undefined ? np.power(x, y) : np.power(x, y, out));
  return (x, y, out) => {
    const e = typeof y === "number" || typeof y === "boolean" ? Number(y) : y instanceof NDArray && y.ndim === 0 && y.dtype.kind !== "b" ? Number(y.item()) : NaN;
    if (!(x instanceof NDArray) || Number.isNaN(e)) return power(x, y, out);
    if (x.dtype.kind === "f") return floatScalarPower(x, e, inPlace) ?? power(x, y, out);
    if (e !== 2) return power(x, y, out);
    if (inPlace) return np.square(x, x);
    // a Python float exponent squares an integer array in float64 (a bool one stays int8)
    const floatExponent = y instanceof NDArray && y.dtype.kind === "f";
    return np.square(floatExponent && x.dtype.kind !== "b" ? x.astype(float64) : x);
  };
}

export const add: Addition = binary(np.add, "+");
export const sub: Arithmetic = binary(np.subtract, "-");
export const mul: Arithmetic = binary(np.multiply, "*");
export const div: Arithmetic = binary(np.true_divide, "/");
export const mod: Arithmetic = binary(np.remainder, "%");
export const pow: Arithmetic = binary(powerOf(false), "**");
export const and: Arithmetic = binary(np.bitwise_and, "&");
export const or: Arithmetic = binary(np.bitwise_or, "|");
export const xor: Arithmetic = binary(np.bitwise_xor, "^");
export const lshift: Arithmetic = binary(np.left_shift, "<<");
export const rshift: Arithmetic = binary(np.right_shift, ">>");
export const lt: Comparison = binary(np.less, "<");
export const le: Comparison = binary(np.less_equal, "<=");
export const gt: Comparison = binary(np.greater, ">");
export const ge: Comparison = binary(np.greater_equal, ">=");

export const iadd: InPlaceAddition = inPlace(np.add, "+");
export const isub: InPlace = inPlace(np.subtract, "-");
export const imul: InPlace = inPlace(np.multiply, "*");
export const idiv: InPlace = inPlace(np.true_divide, "/");
export const imod: InPlace = inPlace(np.remainder, "%");
export const ipow: InPlace = inPlace(powerOf(true), "**");
export const iand: InPlace = inPlace(np.bitwise_and, "&");
export const ior: InPlace = inPlace(np.bitwise_or, "|");
export const ixor: InPlace = inPlace(np.bitwise_xor, "^");
export const ilshift: InPlace = inPlace(np.left_shift, "<<");
export const irshift: InPlace = inPlace(np.right_shift, ">>");

export const iaddConst = inPlaceConst(np.add, "+");
export const isubConst = inPlaceConst(np.subtract, "-");
export const imulConst = inPlaceConst(np.multiply, "*");
export const idivConst = inPlaceConst(np.true_divide, "/");
export const imodConst = inPlaceConst(np.remainder, "%");
export const ipowConst = inPlaceConst(powerOf(true), "**");
export const iandConst = inPlaceConst(np.bitwise_and, "&");
export const iorConst = inPlaceConst(np.bitwise_or, "|");
export const ixorConst = inPlaceConst(np.bitwise_xor, "^");
export const ilshiftConst = inPlaceConst(np.left_shift, "<<");
export const irshiftConst = inPlaceConst(np.right_shift, ">>");

export const neg: Unary = ((x: any) => (typeof x !== "number" && x instanceof NDArray ? np.negative(x) : -x)) as Unary;
export const pos: UnaryPlus = ((x: any) => (typeof x !== "number" && x instanceof NDArray ? positive(x) : +x)) as UnaryPlus;

/** Python's `+a` (ndarray.__pos__): np.positive, but a bool array is copied with NumPy 1.24's warning. */
function positive(a: NDArray): NDArray {
  if (a.dtype.kind !== "b") return np.positive(a);
  warn("Applying '+' to a non-numerical array is ill-defined. Returning a copy, but in the future this will error.", "DeprecationWarning");
  return a.copy();
}
export const invert: Unary = ((x: any) => (typeof x !== "number" && x instanceof NDArray ? np.invert(x) : ~x)) as Unary;

/** The mark np's dtype inference reads on a list (see src/np/create.ts). */
const PYTHON_FLOATS = Symbol.for("tslab-sci.python-floats");

/** Marks a list literal written with float literals (`[2., -1., 4.]`): np infers float64 from it. */
export function floats<T>(list: T): T {
  Object.defineProperty(list, PYTHON_FLOATS, { value: true });
  return list;
}

/**
 * `obj.method(..., 1.0, ...)`: the method, with the arguments at the `mask` bits (float
 * literals) given to a tslab-sci function as Python floats where that parameter takes arrays.
 */
export function method<T, K extends keyof T>(obj: T, key: K, mask: number): T[K] {
  const fn = obj[key] as unknown;
  if (typeof fn !== "function") return fn as T[K];
  const converted = pythonFloatsFor(fn, mask);
  return (converted === null ? fn.bind(obj) : (...args: unknown[]) => fn.apply(obj, converted(args))) as T[K];
}

/** `f(..., 1.0, ...)`: as `method`, for a function called without a receiver. */
export function call<F>(fn: F, mask: number): F {
  if (typeof fn !== "function") return fn;
  const converted = pythonFloatsFor(fn, mask);
  return (converted === null ? fn : (...args: unknown[]) => fn(...converted(args))) as F;
}

/** How to turn the masked arguments into Python floats for a tslab-sci function; null for others. */
function pythonFloatsFor(fn: Function, mask: number): ((args: unknown[]) => unknown[]) | null {
  const sig = signatureOf(fn);
  if (sig === undefined) return null;
  const probe = asarray(0, float64);
  const takesArray = (i: number) => {
    const p = sig.params[i];
    return p !== undefined && p.kind !== "varargs" && p.kind !== "keyword" && (p.check === null || p.check.test(probe));
  };
  return (args) => args.map((a, i) => (mask & (1 << i) && typeof a === "number" && takesArray(i) ? asarray(a, float64) : a));
}

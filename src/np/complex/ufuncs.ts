/**
 * The complex loops of NumPy's ufuncs: when an operand is complex, runUnary / runBinary hand
 * over here. Each loop reads interleaved (re, im) pairs at twice the element position; a ufunc
 * without a complex loop raises NumPy's "not supported for the input types" TypeError.
 */
import { PyTypeError } from "../../errors";
import { DType, Operand, bool, can_cast, float64, int64, resultTypeOf } from "../dtype";
import { NDArray, cContiguousStrides } from "../ndarray";
import { forEachRun } from "../iterate";
import { astype, copyInto } from "../cast";
import { broadcastShapes, broadcastStrides, shapeSize } from "../shape";
import { complexOf, partDType } from "./parts";
import * as m from "./math";

type Out = Float64Array;
type UnaryFn = (a: number, b: number, out: Out) => void;
type BinaryFn = (ar: number, ai: number, br: number, bi: number, out: Out) => void;
/** What a loop writes: a complex value, a real one (abs) or a boolean (isnan, comparisons). */
type Result = "c" | "f" | "b";

const LN10 = Math.LN10;
const LN2 = Math.LN2;
const T = new Float64Array(2);

const UNARY: Record<string, [UnaryFn, Result]> = {
  negative: [(a, b, o) => { o[0] = -a; o[1] = -b; }, "c"],
  positive: [(a, b, o) => { o[0] = a; o[1] = b; }, "c"],
  conjugate: [(a, b, o) => { o[0] = a; o[1] = -b; }, "c"],
  absolute: [(a, b, o) => { o[0] = Math.hypot(a, b); }, "f"],
  square: [(a, b, o) => { o[0] = a * a - b * b; o[1] = a * b + b * a; }, "c"],
  reciprocal: [m.creciprocal, "c"],
  sign: [m.csign, "c"],
  exp: [m.cexp, "c"],
  exp2: [(a, b, o) => m.cexp(a * LN2, b * LN2, o), "c"],
  expm1: [(a, b, o) => { m.cexp(a, b, o); o[0] = b === 0 ? Math.expm1(a) : Math.expm1(a) * Math.cos(b) - 2 * Math.sin(b / 2) ** 2; }, "c"],
  log: [m.clog, "c"],
  log10: [(a, b, o) => { m.clog(a, b, o); o[0] /= LN10; o[1] /= LN10; }, "c"],
  log2: [(a, b, o) => { m.clog(a, b, o); o[0] /= LN2; o[1] /= LN2; }, "c"],
  log1p: [(a, b, o) => { m.clog(a + 1, b, o); }, "c"],
  sqrt: [m.csqrt, "c"],
  sin: [m.csin, "c"],
  cos: [m.ccos, "c"],
  tan: [m.ctan, "c"],
  sinh: [m.csinh, "c"],
  cosh: [m.ccosh, "c"],
  tanh: [m.ctanh, "c"],
  arcsin: [m.casin, "c"],
  arccos: [m.cacos, "c"],
  arctan: [m.catan, "c"],
  arcsinh: [m.casinh, "c"],
  arccosh: [m.cacosh, "c"],
  arctanh: [m.catanh, "c"],
  rint: [(a, b, o) => { o[0] = roundHalfEven(a); o[1] = roundHalfEven(b); }, "c"],
  isnan: [(a, b, o) => { o[0] = a !== a || b !== b ? 1 : 0; }, "b"],
  isinf: [(a, b, o) => { o[0] = a === Infinity || a === -Infinity || b === Infinity || b === -Infinity ? 1 : 0; }, "b"],
  isfinite: [(a, b, o) => { o[0] = Number.isFinite(a) && Number.isFinite(b) ? 1 : 0; }, "b"],
  logical_not: [(a, b, o) => { o[0] = a === 0 && b === 0 ? 1 : 0; }, "b"],
};

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const isNaN2 = (r: number, i: number) => r !== r || i !== i;
/** NumPy's lexicographic complex order (CGT, CGE, ...): real parts first, a NaN compares false. */
const CGT = (xr: number, xi: number, yr: number, yi: number) => (xr > yr && xi === xi && yi === yi) || (xr === yr && xi > yi);
const CGE = (xr: number, xi: number, yr: number, yi: number) => (xr > yr && xi === xi && yi === yi) || (xr === yr && xi >= yi);

function pick(first: boolean, ar: number, ai: number, br: number, bi: number, o: Out): void {
  o[0] = first ? ar : br;
  o[1] = first ? ai : bi;
}

const BINARY: Record<string, [BinaryFn, Result]> = {
  add: [(ar, ai, br, bi, o) => { o[0] = ar + br; o[1] = ai + bi; }, "c"],
  subtract: [(ar, ai, br, bi, o) => { o[0] = ar - br; o[1] = ai - bi; }, "c"],
  multiply: [(ar, ai, br, bi, o) => { o[0] = ar * br - ai * bi; o[1] = ar * bi + ai * br; }, "c"],
  divide: [m.cdiv, "c"],
  true_divide: [m.cdiv, "c"],
  power: [m.cpow, "c"],
  float_power: [m.cpow, "c"],
  equal: [(ar, ai, br, bi, o) => { o[0] = ar === br && ai === bi ? 1 : 0; }, "b"],
  not_equal: [(ar, ai, br, bi, o) => { o[0] = ar !== br || ai !== bi ? 1 : 0; }, "b"],
  greater: [(ar, ai, br, bi, o) => { o[0] = CGT(ar, ai, br, bi) ? 1 : 0; }, "b"],
  greater_equal: [(ar, ai, br, bi, o) => { o[0] = CGE(ar, ai, br, bi) ? 1 : 0; }, "b"],
  less: [(ar, ai, br, bi, o) => { o[0] = CGT(br, bi, ar, ai) ? 1 : 0; }, "b"],
  less_equal: [(ar, ai, br, bi, o) => { o[0] = CGE(br, bi, ar, ai) ? 1 : 0; }, "b"],
  maximum: [(ar, ai, br, bi, o) => pick(isNaN2(ar, ai) || CGE(ar, ai, br, bi), ar, ai, br, bi, o), "c"],
  minimum: [(ar, ai, br, bi, o) => pick(isNaN2(ar, ai) || CGE(br, bi, ar, ai), ar, ai, br, bi, o), "c"],
  fmax: [(ar, ai, br, bi, o) => pick(isNaN2(br, bi) || CGE(ar, ai, br, bi), ar, ai, br, bi, o), "c"],
  fmin: [(ar, ai, br, bi, o) => pick(isNaN2(br, bi) || CGE(br, bi, ar, ai), ar, ai, br, bi, o), "c"],
  logical_and: [(ar, ai, br, bi, o) => { o[0] = (ar !== 0 || ai !== 0) && (br !== 0 || bi !== 0) ? 1 : 0; }, "b"],
  logical_or: [(ar, ai, br, bi, o) => { o[0] = ar !== 0 || ai !== 0 || br !== 0 || bi !== 0 ? 1 : 0; }, "b"],
};

/** NumPy's TypeError for a ufunc that has no loop for complex inputs. */
export function noComplexLoop(name: string): Error {
  const e = new PyTypeError(`ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
  e.name = "UFuncTypeError";
  return e;
}

function resultDType(kind: Result, loop: DType): DType {
  return kind === "c" ? loop : kind === "f" ? partDType(loop) : bool;
}

/** Writes `result` into `out` as a ufunc does (casting "same_kind"), or returns it. */
function deliver(name: string, result: NDArray, out: NDArray | undefined): NDArray {
  if (out === undefined) return result;
  if (!can_cast(result.dtype, out.dtype, "same_kind")) {
    const e = new PyTypeError(`Cannot cast ufunc '${name}' output from dtype('${result.dtype.name}') to dtype('${out.dtype.name}') with casting rule 'same_kind'`);
    e.name = "UFuncTypeError";
    throw e;
  }
  copyInto(out, result, name);
  return out;
}

function newArray(shape: readonly number[], dt: DType): NDArray {
  return new NDArray(new dt.storage(shapeSize(shape)), shape.slice(), cContiguousStrides(shape), 0, dt);
}

/** Whether this ufunc has a complex loop. */
export function hasComplexLoop(name: string, nin: 1 | 2): boolean {
  return (nin === 1 ? UNARY : BINARY)[name] !== undefined;
}

/** A one-input ufunc over a complex array. */
export function runComplexUnary(name: string, a: NDArray, out?: NDArray): NDArray {
  const entry = UNARY[name];
  if (entry === undefined) throw noComplexLoop(name);
  const [fn, kind] = entry;
  const target = newArray(a.shape, resultDType(kind, a.dtype));
  const o = target.data;
  const x = a.data;
  const wide = kind === "c";
  forEachRun(a.shape, [target, a], (pos, steps, n) => {
    let op = pos[0];
    let xp = pos[1];
    for (let k = 0; k < n; k++, op += steps[0], xp += steps[1]) {
      fn(x[2 * xp], x[2 * xp + 1], T);
      if (wide) {
        o[2 * op] = T[0];
        o[2 * op + 1] = T[1];
      } else o[op] = T[0];
    }
  });
  return deliver(name, target, out);
}

/** The operand as result_type sees it (a complex scalar's both parts count for value-based casting). */
function operandOf(arr: NDArray, pythonNumber: boolean): Operand {
  if (arr.ndim > 0) return { dtype: arr.dtype, scalar: false, value: 0 };
  const isComplex = arr.dtype.kind === "c";
  const value = isComplex ? arr.data[2 * arr.offset] : arr.data[arr.offset];
  const dtype = pythonNumber ? (Number.isInteger(value) && Math.abs(value) < 2 ** 63 ? int64 : float64) : arr.dtype;
  return { dtype, scalar: true, value, imag: isComplex ? arr.data[2 * arr.offset + 1] : 0 };
}

/** A two-input ufunc where one input is complex; `x`, `y` are arrays (a Python number came as a 0-d array). */
export function runComplexBinary(name: string, x: NDArray, y: NDArray, xNumber: boolean, yNumber: boolean, out?: NDArray): NDArray {
  const entry = BINARY[name];
  if (entry === undefined) throw noComplexLoop(name);
  const [fn, kind] = entry;
  const loop = complexOf(resultTypeOf([operandOf(x, xNumber), operandOf(y, yNumber)]));
  const a = x.dtype === loop ? x : astype(x, loop);
  const b = y.dtype === loop ? y : astype(y, loop);
  const shape = broadcastShapes([a.shape, b.shape]);
  const target = newArray(shape, resultDType(kind, loop));
  const o = target.data;
  const ad = a.data;
  const bd = b.data;
  const wide = kind === "c";
  const ops = [
    target,
    { data: ad, offset: a.offset, strides: broadcastStrides(a.shape, a.strides, shape) },
    { data: bd, offset: b.offset, strides: broadcastStrides(b.shape, b.strides, shape) },
  ];
  const arith = name === "add" ? 0 : name === "subtract" ? 1 : name === "multiply" ? 2 : -1;
  forEachRun(shape, ops, (pos, steps, n) => {
    let op = pos[0];
    let ap = pos[1];
    let bp = pos[2];
    if (arith >= 0) {
      // the common arithmetic inline, without a call per element
      for (let k = 0; k < n; k++, op += steps[0], ap += steps[1], bp += steps[2]) {
        const ar = ad[2 * ap], ai = ad[2 * ap + 1], br = bd[2 * bp], bi = bd[2 * bp + 1];
        o[2 * op] = arith === 0 ? ar + br : arith === 1 ? ar - br : ar * br - ai * bi;
        o[2 * op + 1] = arith === 0 ? ai + bi : arith === 1 ? ai - bi : ar * bi + ai * br;
      }
      return;
    }
    for (let k = 0; k < n; k++, op += steps[0], ap += steps[1], bp += steps[2]) {
      fn(ad[2 * ap], ad[2 * ap + 1], bd[2 * bp], bd[2 * bp + 1], T);
      if (wide) {
        o[2 * op] = T[0];
        o[2 * op + 1] = T[1];
      } else o[op] = T[0];
    }
  });
  return deliver(name, target, out);
}

/**
 * sum, mean, var and std of complex arrays with dtype=, following NumPy's _methods: the
 * elements cast to the dtype first (a real dtype drops the imaginary parts, with NumPy's
 * ComplexWarning); var / std take the mean in the dtype, the squared moduli of the deviations
 * in the input's precision, and their sum in the dtype again, as numpy.core._methods._var does.
 */
import { DType, DTypeLike, dtype as toDType } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { broadcast_to } from "../manipulate";
import { normalizeAxes } from "../shape";
import { add, divide, maximum, multiply, subtract } from "../ufuncs/binary";
import { sqrt } from "../ufuncs/unary";
import { PyTypeError } from "../../errors";
import { warn } from "../warnings";
import { Complex } from "../complex/scalar";
import { maskFor, toOut } from "./masked";
import * as stats from "./stats";

/** The keywords as the reductions' signatures bound them (<no value> defaults are symbols). */
export interface ComplexDTypeOptions {
  axis?: number | readonly number[] | null;
  dtype?: DTypeLike | null;
  out?: NDArray | null;
  ddof?: number;
  keepdims?: unknown;
  initial?: unknown;
  where?: unknown;
}

const given = (v: unknown) => v !== undefined && v !== null && typeof v !== "symbol";

/** The options without dtype and out, symbols dropped: what the inner reductions take. */
function inner(opts: ComplexDTypeOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ["axis", "keepdims", "initial", "where"] as const) if (given(opts[key])) out[key] = opts[key];
  return out;
}

/** A 0-d result as NumPy's scalar: a number or a Complex. */
function scalarOf(r: NDArray): NDArray | number | Complex {
  if (r.ndim !== 0) return r;
  return r.dtype.kind === "c" ? new Complex(r.data[0] as number, r.data[1] as number, r.dtype) : (r.item() as number);
}

/** sum or mean of the complex `a` with a dtype: the reduction of the elements cast to it. */
export function sumLikeWithDType(kind: "sum" | "mean", a: NDArray, opts: ComplexDTypeOptions): NDArray | number | Complex {
  const dt = toDType(opts.dtype as DTypeLike);
  const fn = kind === "sum" ? stats.sum : stats.mean;
  const options = { ...inner(opts), ...(given(opts.out) ? { out: opts.out } : {}) };
  // a complex dtype: the complex reduction in that precision; a real one: the real reduction in it
  return fn(astype(a, dt), dt.kind === "c" ? options : { ...options, dtype: dt }) as NDArray | number | Complex;
}

/** The number of elements each output element reduces: n, or the mask's count per slice. */
function counts(a: NDArray, opts: ComplexDTypeOptions): NDArray | number {
  const axes = normalizeAxes(opts.axis ?? null, a.ndim);
  if (!given(opts.where) || opts.where === true) return axes.reduce((p, ax) => p * a.shape[ax], 1);
  const mask = broadcast_to(maskFor(opts.where as ArrayLike, a), a.shape);
  return stats.sum(mask, { axis: opts.axis ?? null, keepdims: opts.keepdims === true }) as NDArray | number;
}

/** NumPy's message when sqrt's float result cannot go into an integer or bool dtype. */
function sqrtCastError(dt: DType): PyTypeError {
  const size = dt.kind === "b" ? 1 : dt.itemsize;
  const from = size === 1 ? "float16" : size === 2 ? "float32" : "float64";
  const e = new PyTypeError(`Cannot cast ufunc 'sqrt' output from dtype('${from}') to dtype('${dt.name}') with casting rule 'same_kind'`);
  e.name = "UFuncTypeError";
  return e;
}

/** var (std with `root`) of the complex `a` with a dtype, step by step as NumPy's _var. */
export function varianceWithDType(a: NDArray, opts: ComplexDTypeOptions, root: boolean): NDArray | number | Complex {
  const dt = toDType(opts.dtype as DTypeLike);
  const where = (given(opts.where) ? { where: opts.where } : {}) as { where?: ArrayLike };
  const axis = opts.axis ?? null;
  const rcount = counts(a, opts);
  const ddof = opts.ddof ?? 0;
  const short = typeof rcount === "number" ? ddof >= rcount : (rcount.ravel().tolist() as number[]).some((c) => ddof >= c);
  if (short) warn("Degrees of freedom <= 0 for slice");
  if (root && (dt.kind === "i" || dt.kind === "u" || dt.kind === "b")) throw sqrtCastError(dt);
  const arrmean = stats.mean(astype(a, dt), { axis, keepdims: true, ...where, ...(dt.kind === "c" ? {} : { dtype: dt }) }) as NDArray;
  const x = subtract(a, arrmean);
  // |x|^2 in x's precision, as NumPy squares the float view
  const squared = add(multiply(x.real, x.real), multiply(x.imag, x.imag));
  const keepdims = opts.keepdims === true;
  const total = dt.kind === "c" ? stats.sum(astype(squared, dt), { axis, keepdims, ...where }) : stats.sum(squared, { axis, dtype: dt, keepdims, ...where });
  const divisor = typeof rcount === "number" ? Math.max(rcount - ddof, 0) : maximum(subtract(rcount, ddof), 0);
  let ret = astype(divide(asarray(total as ArrayLike), divisor), dt, "reduce");
  if (root) ret = astype(sqrt(ret), dt);
  if (given(opts.out)) return toOut(ret, opts.out) as NDArray;
  return scalarOf(ret);
}

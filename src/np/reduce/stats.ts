/** Reductions as np functions: sum, prod, min, max, any, all, count_nonzero, mean, var, std. */
import { complexExtremum } from "../complex/order";
import { DTypeLike, can_cast, dtype as toDType, float64 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { ReduceKind, ReduceOptions, Reduced, reduce, reduceAll, reduceDType } from "./core";
import { meanOf, stdOf, varOf } from "./moments";
import { PyArgs, Signature, check, pyfunction, signature } from "../../signature";
import { AXIS, DTYPE, OUT } from "../params";
import * as extra from "./masked";
import { Complex } from "../complex/scalar";
import { reduceComplex } from "../complex/reduce";
import { ComplexProdOptions, complexProduct } from "../complex/prod";
import { sumLikeWithDType, varianceWithDType } from "./complex-dtype";
import { not_equal } from "../ufuncs/binary";
import { NotImplementedError, PyTypeError } from "../../errors";

export type { ReduceOptions, Reduced } from "./core";

/** Reduction options that also take an accumulator dtype. */
export interface DTypeReduceOptions extends ReduceOptions {
  dtype?: DTypeLike | null;
}

/** Options of var/std: ddof is the "delta degrees of freedom" (divisor n - ddof). */
export interface VarOptions extends DTypeReduceOptions {
  ddof?: number;
}

/** Keyword arguments every reduction declares beyond axis/dtype/keepdims. */
export interface ReduceKeywords {
  a?: ArrayLike;
  /** The array the result is written into (cast unsafely, as NumPy's reductions do); it is returned. */
  out?: NDArray | null;
  /** The starting value (sum, prod, max, min); makes an empty max/min defined. */
  initial?: number | boolean;
  /** A boolean mask broadcast to `a`: only true elements are reduced (max/min need `initial`). */
  where?: ArrayLike;
}

type Axis = number | readonly number[] | null;
/** The positional forms after `a`: axis, then the function's own parameters, or the options object. */
type ReduceArgs<P extends unknown[], O> = PyArgs<[...params: P, options: O & ReduceKeywords], O & ReduceKeywords>;

/** initial=: a number, a boolean, or a complex scalar (for complex arrays). */
const INITIAL = check("float or bool", (v) => typeof v === "number" || typeof v === "boolean" || v instanceof Complex);
const REDUCE_SPEC = {
  types: { axis: AXIS, dtype: DTYPE, keepdims: "bool", ddof: "float", out: OUT, initial: INITIAL, where: "array_like" },
  unsupported: [] as string[],
  defaults: { keepdims: false, initial: undefined, where: true },
};
/** Declares a reduction; the spec lists only the parameters its signature has. */
function reduction(text: string): Signature {
  const names = text.slice(text.indexOf("(") + 1, -1);
  const has = (n: string) => new RegExp(`\\b${n}\\b`).test(names);
  const pick = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).filter(([k]) => has(k)));
  return signature(text, {
    types: pick(REDUCE_SPEC.types),
    unsupported: REDUCE_SPEC.unsupported.filter(has),
    defaults: pick<unknown>(REDUCE_SPEC.defaults),
  });
}

const SUM = reduction("numpy.sum(a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)");
const PROD = reduction("numpy.prod(a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)");
const AMAX = reduction("numpy.amax(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)");
const AMIN = reduction("numpy.amin(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)");
const ANY = reduction("numpy.any(a, axis=None, out=None, keepdims=<no value>, *, where=<no value>)");
const ALL = reduction("numpy.all(a, axis=None, out=None, keepdims=<no value>, *, where=<no value>)");
const COUNT_NONZERO = reduction("numpy.count_nonzero(a, axis=None, *, keepdims=False)");
const MEAN = reduction("numpy.mean(a, axis=None, dtype=None, out=None, keepdims=<no value>, *, where=<no value>)");
const VAR = reduction("numpy.var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=<no value>, *, where=<no value>)");
const STD = reduction("numpy.std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=<no value>, *, where=<no value>)");


function run(kind: ReduceKind, a: ArrayLike, opts: DTypeReduceOptions | undefined): NDArray | number {
  let arr = asarray(a);
  if (arr.dtype.kind === "c") {
    if (kind === "max" || kind === "min") return complexExtremum(arr, opts, kind === "max", false) as never;
    // truth of a complex value: either part non-zero
    if (kind !== "any" && kind !== "all" && kind !== "count_nonzero") throw new NotImplementedError(`${kind}() of a complex array is not supported yet`);
    arr = not_equal(arr, 0);
  }
  const dt = opts?.dtype ? toDType(opts.dtype) : undefined;
  if (dt !== undefined && (kind === "sum" || kind === "prod")) {
    // NumPy's reduction casts the elements to the dtype first; in bool, + is "or" and * is "and"
    if (dt.kind === "b" || !can_cast(arr.dtype, dt)) arr = astype(arr, dt, "reduce");
    if (dt.kind === "b") kind = kind === "sum" ? "any" : "all";
  }
  return reduce(arr, kind, opts, dt ?? reduceDType(kind, arr.dtype));
}

/** Whether the input is a complex array (or a complex scalar), reduced part by part. */
function isComplexArray(a: ArrayLike): a is NDArray {
  return (a instanceof NDArray && a.dtype.kind === "c") || a instanceof Complex || (Array.isArray(a) && asarray(a).dtype.kind === "c");
}

/** The bound options without the array itself. */
function withoutA(opts: (VarOptions & { a?: ArrayLike }) | undefined): Record<string, unknown> | undefined {
  if (opts === undefined) return undefined;
  const { a, ...rest } = opts;
  return rest;
}

/** The call's options as a reduction reads them: the bound arguments, or none for `f(a)`. */
/** A reduction call's options, bound by its signature (only called when there are options). */
function bound(sig: Signature, args: IArguments): VarOptions & { a: ArrayLike } {
  const b = sig.bind(args) as VarOptions & { a: ArrayLike; initial?: unknown };
  // Python's float(initial) for a real array
  if (b.initial instanceof Complex && !isComplexArray(b.a)) throw new PyTypeError("float() argument must be a string or a real number, not 'complex'");
  return b;
}

/** `numpy.sum(a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)`: sum of elements (ints accumulate in int64). */
export function sum<O extends DTypeReduceOptions = {}>(a: ArrayLike, opts?: O & ReduceKeywords): Reduced<O>;
export function sum(a: ArrayLike, ...rest: ReduceArgs<[axis: Axis, dtype: DTypeLike | null, out: null, keepdims: boolean], DTypeReduceOptions>): NDArray | number;
export function sum(input: ArrayLike): NDArray | number {
  const opts = arguments.length === 1 ? undefined : bound(SUM, arguments);
  const a = opts === undefined ? input : opts.a;
  if (isComplexArray(a)) return (opts?.dtype ? sumLikeWithDType("sum", asarray(a), opts) : reduceComplex("sum", asarray(a), withoutA(opts), (part, o) => sum(part, o ?? {}))) as number;
  if (opts !== undefined && extra.hasExtras(opts as extra.Extras)) return extra.sumLike("sum", a, opts as extra.Extras);
  return run("sum", a, opts);
}
pyfunction(SUM, sum);

/** `numpy.prod(a, axis=None, dtype=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)`: product of elements. */
export function prod<O extends DTypeReduceOptions = {}>(a: ArrayLike, opts?: O & ReduceKeywords): Reduced<O>;
export function prod(a: ArrayLike, ...rest: ReduceArgs<[axis: Axis, dtype: DTypeLike | null, out: null, keepdims: boolean], DTypeReduceOptions>): NDArray | number;
export function prod(input: ArrayLike): NDArray | number {
  const opts = arguments.length === 1 ? undefined : bound(PROD, arguments);
  const a = opts === undefined ? input : opts.a;
  if (isComplexArray(a)) {
    const arr = asarray(a);
    const dt = opts?.dtype ? toDType(opts.dtype) : arr.dtype;
    // a real dtype: the real product of the elements cast to it (NumPy's ComplexWarning)
    if (dt.kind === "c") return complexProduct(arr, dt, opts as ComplexProdOptions) as unknown as number;
    return prod(astype(arr, dt), withoutA(opts) as DTypeReduceOptions);
  }
  if (opts !== undefined && extra.hasExtras(opts as extra.Extras)) return extra.sumLike("prod", a, opts as extra.Extras);
  return run("prod", a, opts);
}
pyfunction(PROD, prod);

/** `numpy.amax(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)` (np.max): largest element, NaN if any is NaN. */
export function max<O extends ReduceOptions = {}>(a: ArrayLike, opts?: O & ReduceKeywords): Reduced<O>;
export function max(a: ArrayLike, ...rest: ReduceArgs<[axis: Axis, out: null, keepdims: boolean], ReduceOptions>): NDArray | number;
export function max(input: ArrayLike): NDArray | number {
  const opts = arguments.length === 1 ? undefined : bound(AMAX, arguments);
  const a = opts === undefined ? input : opts.a;
  if (opts !== undefined && extra.hasExtras(opts as extra.Extras) && !isComplexArray(a)) return extra.extremum("max", a, opts as extra.Extras);
  return run("max", a, opts);
}
pyfunction(AMAX, max);

/** `numpy.amin(a, axis=None, out=None, keepdims=<no value>, initial=<no value>, where=<no value>)` (np.min): smallest element, NaN if any is NaN. */
export function min<O extends ReduceOptions = {}>(a: ArrayLike, opts?: O & ReduceKeywords): Reduced<O>;
export function min(a: ArrayLike, ...rest: ReduceArgs<[axis: Axis, out: null, keepdims: boolean], ReduceOptions>): NDArray | number;
export function min(input: ArrayLike): NDArray | number {
  const opts = arguments.length === 1 ? undefined : bound(AMIN, arguments);
  const a = opts === undefined ? input : opts.a;
  if (opts !== undefined && extra.hasExtras(opts as extra.Extras) && !isComplexArray(a)) return extra.extremum("min", a, opts as extra.Extras);
  return run("min", a, opts);
}
pyfunction(AMIN, min);

export { max as amax, min as amin };

/** `numpy.any(a, axis=None, out=None, keepdims=<no value>, *, where=<no value>)`: whether any element is true (a boolean, or a bool array). */
export function any<O extends ReduceOptions = {}>(a: ArrayLike, opts?: O & ReduceKeywords): Reduced<O, boolean>;
export function any(a: ArrayLike, ...rest: ReduceArgs<[axis: Axis, out: null, keepdims: boolean], ReduceOptions>): NDArray | boolean;
export function any(input: ArrayLike): NDArray | boolean {
  const opts = arguments.length === 1 ? undefined : bound(ANY, arguments);
  const a = opts === undefined ? input : opts.a;
  if (opts !== undefined && extra.hasExtras(opts as extra.Extras)) return extra.truth("any", a, opts as extra.Extras);
  const r = run("any", a, opts);
  return typeof r === "number" ? r !== 0 : r;
}
pyfunction(ANY, any);

/** `numpy.all(a, axis=None, out=None, keepdims=<no value>, *, where=<no value>)`: whether all elements are true. */
export function all<O extends ReduceOptions = {}>(a: ArrayLike, opts?: O & ReduceKeywords): Reduced<O, boolean>;
export function all(a: ArrayLike, ...rest: ReduceArgs<[axis: Axis, out: null, keepdims: boolean], ReduceOptions>): NDArray | boolean;
export function all(input: ArrayLike): NDArray | boolean {
  const opts = arguments.length === 1 ? undefined : bound(ALL, arguments);
  const a = opts === undefined ? input : opts.a;
  if (opts !== undefined && extra.hasExtras(opts as extra.Extras)) return extra.truth("all", a, opts as extra.Extras);
  const r = run("all", a, opts);
  return typeof r === "number" ? r !== 0 : r;
}
pyfunction(ALL, all);

/** `numpy.count_nonzero(a, axis=None, *, keepdims=False)`: number of non-zero elements. */
export function count_nonzero<O extends ReduceOptions = {}>(a: ArrayLike, opts?: O & { a?: ArrayLike }): Reduced<O>;
export function count_nonzero(a: ArrayLike, axis: Axis, options?: { keepdims?: boolean }): NDArray | number;
export function count_nonzero(input: ArrayLike): NDArray | number {
  const opts = arguments.length === 1 ? undefined : bound(COUNT_NONZERO, arguments);
  const a = opts === undefined ? input : opts.a;
  return run("count_nonzero", a, opts);
}
pyfunction(COUNT_NONZERO, count_nonzero);

/**
 * `numpy.mean(a, axis=None, dtype=None, out=None, keepdims=<no value>, *, where=<no value>)`:
 * arithmetic mean; integers average in float64, float32 stays float32 (summed pairwise as
 * NumPy does).
 */
export function mean<O extends DTypeReduceOptions = {}>(a: ArrayLike, opts?: O & ReduceKeywords): Reduced<O>;
export function mean(a: ArrayLike, ...rest: ReduceArgs<[axis: Axis, dtype: DTypeLike | null, out: null, keepdims: boolean], DTypeReduceOptions>): NDArray | number;
export function mean(input: ArrayLike): NDArray | number {
  const opts = arguments.length === 1 ? undefined : bound(MEAN, arguments);
  const a = opts === undefined ? input : opts.a;
  if (isComplexArray(a)) return (opts?.dtype ? sumLikeWithDType("mean", asarray(a), opts) : reduceComplex("mean", asarray(a), withoutA(opts), (part, o) => mean(part, o ?? {}))) as number;
  if (opts !== undefined && extra.hasExtras(opts as extra.Extras)) return extra.meanOf(a, opts as extra.Extras);
  const arr = asarray(a);
  const full = (opts?.axis === undefined || opts.axis === null) && !opts?.keepdims;
  if (full && !opts?.dtype && arr.size > 0 && (arr.dtype.kind !== "f" || arr.dtype === float64)) {
    const total = reduceAll(arr, "sum", float64);
    if (total !== null) return total / arr.size;
  }
  return meanOf(arr, opts);
}
pyfunction(MEAN, mean);

/** `numpy.var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=<no value>, *, where=<no value>)`: mean squared deviation. */
export function var_<O extends VarOptions = {}>(a: ArrayLike, opts?: O & ReduceKeywords): Reduced<O>;
export function var_(a: ArrayLike, ...rest: ReduceArgs<[axis: Axis, dtype: DTypeLike | null, out: null, ddof: number, keepdims: boolean], VarOptions>): NDArray | number;
export function var_(input: ArrayLike): NDArray | number {
  const opts = arguments.length === 1 ? undefined : bound(VAR, arguments);
  const a = opts === undefined ? input : opts.a;
  if (isComplexArray(a)) return (opts?.dtype ? varianceWithDType(asarray(a), opts, false) : reduceComplex("var", asarray(a), withoutA(opts), (part, o) => var_(part, o ?? {}))) as number;
  if (opts !== undefined && extra.hasExtras(opts as extra.Extras)) return extra.varianceOf(a, opts as extra.Extras, false);
  return varOf(asarray(a), opts);
}
pyfunction(VAR, var_);

/** `numpy.std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=<no value>, *, where=<no value>)`: square root of np.var. */
export function std<O extends VarOptions = {}>(a: ArrayLike, opts?: O & ReduceKeywords): Reduced<O>;
export function std(a: ArrayLike, ...rest: ReduceArgs<[axis: Axis, dtype: DTypeLike | null, out: null, ddof: number, keepdims: boolean], VarOptions>): NDArray | number;
export function std(input: ArrayLike): NDArray | number {
  const opts = arguments.length === 1 ? undefined : bound(STD, arguments);
  const a = opts === undefined ? input : opts.a;
  if (isComplexArray(a)) return (opts?.dtype ? varianceWithDType(asarray(a), opts, true) : reduceComplex("std", asarray(a), withoutA(opts), (part, o) => std(part, o ?? {}))) as number;
  if (opts !== undefined && extra.hasExtras(opts as extra.Extras)) return extra.varianceOf(a, opts as extra.Extras, true);
  return stdOf(asarray(a), opts);
}
pyfunction(STD, std);

export { var_ as var };

/** Reductions as np functions: sum, prod, min, max, any, all, count_nonzero, mean, var, std. */
import { DTypeLike, can_cast, dtype as toDType, float64 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { ReduceKind, ReduceOptions, Reduced, reduce, reduceAll, reduceDType } from "./core";
import { meanOf, stdOf, varOf } from "./moments";

export type { ReduceOptions, Reduced } from "./core";

/** Reduction options that also take an accumulator dtype. */
export interface DTypeReduceOptions extends ReduceOptions {
  dtype?: DTypeLike | null;
}

/** Options of var/std: ddof is the "delta degrees of freedom" (divisor n - ddof). */
export interface VarOptions extends DTypeReduceOptions {
  ddof?: number;
}


function run(kind: ReduceKind, a: ArrayLike, opts: DTypeReduceOptions | undefined): NDArray | number {
  let arr = asarray(a);
  const dt = opts?.dtype ? toDType(opts.dtype) : undefined;
  if (dt !== undefined && (kind === "sum" || kind === "prod")) {
    // NumPy's reduction casts the elements to the dtype first; in bool, + is "or" and * is "and"
    if (dt.kind === "b" || !can_cast(arr.dtype, dt)) arr = astype(arr, dt, "reduce");
    if (dt.kind === "b") kind = kind === "sum" ? "any" : "all";
  }
  return reduce(arr, kind, opts, dt ?? reduceDType(kind, arr.dtype));
}

/** `np.sum(a, axis=None, dtype=None, keepdims=False)`: sum of elements (ints accumulate in int64). */
export function sum<O extends DTypeReduceOptions = {}>(a: ArrayLike, opts?: O): Reduced<O> {
  return run("sum", a, opts) as Reduced<O>;
}

/** `np.prod(a, axis=None, dtype=None, keepdims=False)`: product of elements. */
export function prod<O extends DTypeReduceOptions = {}>(a: ArrayLike, opts?: O): Reduced<O> {
  return run("prod", a, opts) as Reduced<O>;
}

/** `np.max(a, axis=None, keepdims=False)` (amax): largest element, NaN if any is NaN. */
export function max<O extends ReduceOptions = {}>(a: ArrayLike, opts?: O): Reduced<O> {
  return run("max", a, opts) as Reduced<O>;
}

/** `np.min(a, axis=None, keepdims=False)` (amin): smallest element, NaN if any is NaN. */
export function min<O extends ReduceOptions = {}>(a: ArrayLike, opts?: O): Reduced<O> {
  return run("min", a, opts) as Reduced<O>;
}

export { max as amax, min as amin };

/** `np.any(a, axis=None, keepdims=False)`: whether any element is true (a boolean, or a bool array). */
export function any<O extends ReduceOptions = {}>(a: ArrayLike, opts?: O): Reduced<O, boolean> {
  const r = run("any", a, opts);
  return (typeof r === "number" ? r !== 0 : r) as Reduced<O, boolean>;
}

/** `np.all(a, axis=None, keepdims=False)`: whether all elements are true. */
export function all<O extends ReduceOptions = {}>(a: ArrayLike, opts?: O): Reduced<O, boolean> {
  const r = run("all", a, opts);
  return (typeof r === "number" ? r !== 0 : r) as Reduced<O, boolean>;
}

/** `np.count_nonzero(a, axis=None, keepdims=False)`: number of non-zero elements. */
export function count_nonzero<O extends ReduceOptions = {}>(a: ArrayLike, opts?: O): Reduced<O> {
  return run("count_nonzero", a, opts) as Reduced<O>;
}

/**
 * `np.mean(a, axis=None, dtype=None, keepdims=False)`: arithmetic mean; integers average in
 * float64, float32 stays float32 (summed pairwise as NumPy does).
 */
export function mean<O extends DTypeReduceOptions = {}>(a: ArrayLike, opts?: O): Reduced<O> {
  const arr = asarray(a);
  const full = (opts?.axis === undefined || opts.axis === null) && !opts?.keepdims;
  if (full && !opts?.dtype && arr.size > 0 && (arr.dtype.kind !== "f" || arr.dtype === float64)) {
    const total = reduceAll(arr, "sum", float64);
    if (total !== null) return (total / arr.size) as Reduced<O>;
  }
  return meanOf(arr, opts) as Reduced<O>;
}

/** `np.var(a, axis=None, dtype=None, ddof=0, keepdims=False)`: mean squared deviation. */
export function var_<O extends VarOptions = {}>(a: ArrayLike, opts?: O): Reduced<O> {
  return varOf(asarray(a), opts) as Reduced<O>;
}

/** `np.std(a, axis=None, dtype=None, ddof=0, keepdims=False)`: square root of np.var. */
export function std<O extends VarOptions = {}>(a: ArrayLike, opts?: O): Reduced<O> {
  return stdOf(asarray(a), opts) as Reduced<O>;
}

export { var_ as var };

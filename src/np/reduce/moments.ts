/**
 * mean, var and std as NumPy 1.24's numpy/core/_methods.py computes them: sums in the
 * requested dtype (elements cast first), division by the count into that dtype, the
 * deviations' squares summed again, and NumPy's warnings on the way ("Mean of empty slice.",
 * "Degrees of freedom <= 0 for slice", "invalid value encountered in divide" or, for a full
 * reduction, which NumPy finishes on scalars, "... in scalar divide").
 */
import { PyTypeError } from "../../errors";
import { DType, can_cast, dtype as toDType, float64, int64 } from "../dtype";
import { NDArray } from "../ndarray";
import { astype, castWouldWarn } from "../cast";
import { normalizeAxes } from "../shape";
import { reduceAxes, sumRun } from "./core";
import { multiply, subtract } from "../ufuncs/binary";
import { sqrt } from "../ufuncs/unary";
import { warn, warnFloatErrors } from "../warnings";
import type { DTypeReduceOptions, VarOptions } from "./stats";

/**
 * The reduced axes (sorted), the count of reduced items, whether NumPy finishes on a scalar
 * (every axis reduced without keepdims, or a 0-d input) and whether the answer is a plain number here.
 */
function plan(arr: NDArray, opts: DTypeReduceOptions | undefined): { axes: number[]; count: number; scalar: boolean; number: boolean } {
  const axes = normalizeAxes(opts?.axis, arr.ndim).sort((x, y) => x - y);
  const count = axes.reduce((n, ax) => n * arr.shape[ax], 1);
  const scalar = (axes.length === arr.ndim && !opts?.keepdims) || arr.ndim === 0;
  return { axes, count, scalar, number: (opts?.axis === undefined || opts.axis === null) && !opts?.keepdims };
}

/**
 * `np.add.reduce(arr, axes, dtype, keepdims=True)`: elements that the dtype cannot hold exactly
 * are cast first (as NumPy's reduction casts its input); bool sums are logical or.
 */
export function sumKeep(arr: NDArray, axes: readonly number[], dt: DType): NDArray {
  // (a 0-d input is cast, not reduced: NumPy's warning then names the cast)
  const src = arr.dtype === dt || (dt.kind !== "b" && can_cast(arr.dtype, dt)) ? arr : astype(arr, dt, arr.ndim === 0 ? "cast" : "reduce");
  const r = reduceAxes(src, axes, dt.kind === "b" ? "any" : "sum", dt);
  return r.reshape(arr.shape.map((d, i) => (axes.includes(i) ? 1 : d)));
}

/**
 * `ret / count` cast back into ret's dtype, as NumPy's `true_divide(ret, count, out=ret,
 * casting="unsafe")` does for arrays (one warning of each kind, named "divide"), or
 * `ret.dtype.type(ret / count)` for scalars: scalar math ("scalar divide") when ret's type and
 * intp convert safely one way, else the divide ufunc, then a cast with its own warning.
 */
function divideInto(ret: NDArray, count: number, scalar: boolean): NDArray {
  const src = ret.dtype.kind === "f" ? ret : astype(ret, float64);
  const quotient = NDArray.fromStorage(new src.dtype.storage(src.size), ret.shape, src.dtype);
  let divide = false;
  let invalid = false;
  const x = src.data;
  const q = quotient.data;
  for (let i = 0; i < q.length; i++) {
    const v = x[src.offset + i];
    q[i] = v / count;
    if (count === 0 && v === v) {
      if (v === 0) invalid = true;
      else if (v - v === 0) divide = true;
    }
  }
  if (ret.dtype.kind === "f") {
    warnFloatErrors(scalar && ret.dtype === float64 ? "scalar divide" : "divide", { divide, overflow: false, invalid });
    return quotient;
  }
  const castInvalid = castWouldWarn(quotient, ret.dtype);
  if (scalar) {
    warnFloatErrors(can_cast(ret.dtype, int64) ? "scalar divide" : "divide", { divide, overflow: false, invalid });
    if (castInvalid) warn("invalid value encountered in cast");
  } else {
    warnFloatErrors("divide", { divide, overflow: false, invalid: invalid || castInvalid });
  }
  return withoutWarnings(() => astype(quotient, ret.dtype));
}

/** Runs `f` with NumPy's cast warnings already accounted for by the caller. */
function withoutWarnings<T>(f: () => T): T {
  const emit = process.emitWarning;
  process.emitWarning = (() => undefined) as typeof process.emitWarning;
  try {
    return f();
  } finally {
    process.emitWarning = emit;
  }
}

/** The result as NumPy returns it: a number for a full reduction, else the array (keepdims or not). */
function finish(r: NDArray, axes: readonly number[], number: boolean, keepdims: boolean | undefined): NDArray | number {
  if (number) return r.data[r.offset];
  return keepdims ? r : r.reshape(r.shape.filter((_, i) => !axes.includes(i)));
}

/** `np.mean(a, axis, dtype, keepdims)`. */
export function meanOf(arr: NDArray, opts: DTypeReduceOptions | undefined): NDArray | number {
  const { axes, count, scalar, number } = plan(arr, opts);
  if (count === 0) warn("Mean of empty slice.");
  const dt = opts?.dtype ? toDType(opts.dtype) : arr.dtype.kind === "f" ? arr.dtype : float64;
  return finish(divideInto(sumKeep(arr, axes, dt), count, scalar), axes, number, opts?.keepdims);
}

/** `np.var` kept as an array with the reduced axes of length 1, and whether NumPy ends on a scalar. */
function varKeep(arr: NDArray, opts: VarOptions | undefined): { ret: NDArray; axes: number[]; scalar: boolean; number: boolean } {
  const { axes, count, scalar, number } = plan(arr, opts);
  const ddof = opts?.ddof ?? 0;
  if (ddof >= count) warn("Degrees of freedom <= 0 for slice");
  const given = opts?.dtype ? toDType(opts.dtype) : null;
  const dt = given ?? (arr.dtype.kind === "f" ? arr.dtype : float64);
  const mean = divideInto(sumKeep(arr, axes, dt), count, arr.ndim === 0);
  const dev = subtract(arr, mean);
  const sq = multiply(dev, dev, { out: dev });
  const ret = sumKeep(sq, axes, given ?? sq.dtype);
  return { ret: divideInto(ret, Math.max(count - ddof, 0), scalar), axes, scalar, number };
}

/** Deviations of vectors up to this long are squared into one kept buffer (warm in cache). */
const DEVIATIONS_MAX = 1 << 16;
let deviations = new Float64Array(0);

/**
 * `np.var(a)` of a non-empty contiguous 1-D float64 array (the common call): varKeep's steps
 * (pairwise sums in one run, deviations from the mean, their squares), each element rounded
 * as the subtract and multiply ufuncs round it, into a buffer kept between calls; null for
 * any other array, and for a result that is not finite, where the ufuncs' warnings are due.
 */
function varOfVector(arr: NDArray): number | null {
  if (arr.ndim !== 1 || arr.dtype !== float64 || arr.size === 0 || arr.strides[0] !== 1 || arr.size > DEVIATIONS_MAX) return null;
  const n = arr.size;
  const x = arr.data as Float64Array;
  const start = arr.offset;
  const mean = sumRun(x, start, n) / n;
  if (deviations.length < n) deviations = new Float64Array(Math.min(DEVIATIONS_MAX, Math.max(n, 2 * deviations.length)));
  const d = deviations;
  for (let i = 0; i < n; i++) {
    const v = x[start + i] - mean;
    d[i] = v * v;
  }
  const result = sumRun(d, 0, n) / n;
  return result - result === 0 ? result : null;
}

/** `np.var(a, axis, dtype, ddof, keepdims)`. */
export function varOf(arr: NDArray, opts: VarOptions | undefined): NDArray | number {
  const whole = opts === undefined ? varOfVector(arr) : null;
  if (whole !== null) return whole;
  const { ret, axes, number } = varKeep(arr, opts);
  return finish(ret, axes, number, opts?.keepdims);
}

/** `np.std(a, axis, dtype, ddof, keepdims)`: sqrt of the variance in its dtype. */
export function stdOf(arr: NDArray, opts: VarOptions | undefined): NDArray | number {
  const whole = opts === undefined ? varOfVector(arr) : null;
  if (whole !== null) return Math.sqrt(whole);
  const { ret, axes, scalar, number } = varKeep(arr, opts);
  if (ret.dtype.kind === "f") return finish(sqrt(ret, { out: ret }), axes, number, opts?.keepdims);
  if (!scalar) {
    // NumPy's sqrt loop for the integer type: float16 for 8-bit and bool, float32 for 16-bit
    const loop = ret.dtype.itemsize === 1 ? "float16" : ret.dtype.itemsize === 2 ? "float32" : "float64";
    const e = new PyTypeError(`Cannot cast ufunc 'sqrt' output from dtype('${loop}') to dtype('${ret.dtype.name}') with casting rule 'same_kind'`);
    e.name = "UFuncTypeError";
    throw e;
  }
  // a NumPy integer scalar: sqrt in floats, then the scalar type's cast
  const root = astype(sqrt(ret), ret.dtype);
  return finish(root, axes, number, opts?.keepdims);
}

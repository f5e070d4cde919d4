/**
 * NaN-ignoring reductions as numpy/lib/nanfunctions.py computes them: NaNs are replaced by the
 * operation's identity (0 for sums, 1 for products, an infinity for extremes) and the usual
 * reduction runs; slices that were all NaN give NaN (nanargmin/nanargmax: ValueError).
 */
import { ValueError } from "../../errors";
import { complexArg, complexExtremum } from "../complex/order";
import { Signature, pyfunction, signature } from "../../signature";
import { AXIS, DTYPE } from "../params";
import { DTypeLike, float64, int64 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";
import { argmax, argmin } from "../reduce/arg";
import { max, min, prod, sum } from "../reduce/stats";
import { cumprod, cumsum } from "../sorting";
import { divide, multiply, subtract } from "../ufuncs/binary";
import { sqrt } from "../ufuncs/unary";
import { where } from "../ufuncs/select";

/** Keyword arguments of the nan* reductions (every one lists its own NumPy parameters). */
export interface NanReduceOptions {
  a?: ArrayLike;
  axis?: number | readonly number[] | null;
  dtype?: DTypeLike | null;
  out?: null;
  keepdims?: boolean;
  initial?: null;
  where?: true;
  ddof?: number;
}

/** Keyword arguments of np.nanargmin / nanargmax. */
export interface NanArgOptions {
  a?: ArrayLike;
  axis?: number | null;
  out?: null;
  keepdims?: boolean;
}

/** Keyword arguments of np.nancumsum / nancumprod. */
export interface NanCumulativeOptions {
  a?: ArrayLike;
  axis?: number | null;
  dtype?: DTypeLike | null;
  out?: null;
}

type Reduced = NDArray | number;
type Axis = number | number[] | null;

const NOT_YET = ["out", "initial", "where"];
const sumLike = (name: string) =>
  signature(`numpy.${name}(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True)`, {
    types: { a: "array_like", axis: AXIS, dtype: DTYPE, keepdims: "bool" }, unsupported: NOT_YET,
  });
const NANSUM = sumLike("nansum");
const NANPROD = sumLike("nanprod");
const NANMEAN = signature("numpy.nanmean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True)", {
  types: { a: "array_like", axis: AXIS, dtype: DTYPE, keepdims: "bool" }, unsupported: ["out", "where"],
});
const varLike = (name: string) =>
  signature(`numpy.${name}(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True)`, {
    types: { a: "array_like", axis: AXIS, dtype: DTYPE, ddof: "float", keepdims: "bool" }, unsupported: ["out", "where"],
  });
const NANVAR = varLike("nanvar");
const NANSTD = varLike("nanstd");
const minLike = (name: string) =>
  signature(`numpy.${name}(a, axis=None, out=None, keepdims=False, initial=None, where=True)`, {
    types: { a: "array_like", axis: AXIS, keepdims: "bool" }, unsupported: NOT_YET,
  });
const NANMIN = minLike("nanmin");
const NANMAX = minLike("nanmax");
const argLike = (name: string) =>
  signature(`numpy.${name}(a, axis=None, out=None, *, keepdims=False)`, { types: { a: "array_like", axis: "int|None", keepdims: "bool" }, unsupported: ["out"] });
const NANARGMIN = argLike("nanargmin");
const NANARGMAX = argLike("nanargmax");
const cumLike = (name: string) =>
  signature(`numpy.${name}(a, axis=None, dtype=None, out=None)`, { types: { a: "array_like", axis: "int|None", dtype: DTYPE }, unsupported: ["out"] });
const NANCUMSUM = cumLike("nancumsum");
const NANCUMPROD = cumLike("nancumprod");

/** The array with NaNs replaced by `value` (itself when it cannot hold NaN), and the NaN mask. */
export function replaceNaN(a: ArrayLike, value: number): { arr: NDArray; mask: NDArray | null } {
  const arr = asarray(a);
  if (arr.dtype.kind !== "f") return { arr, mask: null };
  const src = contiguousStorage(arr);
  const out = new arr.dtype.storage(src.length);
  const mask = new Uint8Array(src.length);
  for (let i = 0; i < src.length; i++) {
    const v = src[i];
    if (v !== v) {
      out[i] = value;
      mask[i] = 1;
    } else out[i] = v;
  }
  const shape = arr.shape.slice();
  return { arr: NDArray.fromStorage(out, shape, arr.dtype), mask: NDArray.fromStorage(mask, shape, asarray(true).dtype) };
}

/** How many non-NaN values each reduced slice holds. */
function countValid(mask: NDArray, axis: Axis, keepdims: boolean): Reduced {
  const valid = astype(mask, int64);
  const m = contiguousStorage(valid);
  for (let i = 0; i < m.length; i++) m[i] = 1 - m[i];
  return sum(NDArray.fromStorage(m, mask.shape.slice(), int64), { axis, keepdims }) as Reduced;
}

function bindReduce(sig: Signature, args: unknown[]): { a: ArrayLike; axis: Axis; keepdims: boolean; dtype?: DTypeLike | null; ddof?: number } {
  return sig.bind(args) as { a: ArrayLike; axis: Axis; keepdims: boolean; dtype?: DTypeLike | null; ddof?: number };
}

/** `numpy.nansum(a, axis=None, dtype=None, out=None, keepdims=False, ...)`: the sum treating NaN as 0. */
export function nansum(a: ArrayLike, axis?: number | readonly number[] | null | NanReduceOptions, options?: NanReduceOptions): Reduced;
export function nansum(...args: unknown[]): Reduced {
  const b = bindReduce(NANSUM, args);
  return sum(replaceNaN(b.a, 0).arr, { axis: b.axis, keepdims: b.keepdims, dtype: b.dtype }) as Reduced;
}
pyfunction(NANSUM, nansum);

/** `numpy.nanprod(a, axis=None, dtype=None, out=None, keepdims=False, ...)`: the product treating NaN as 1. */
export function nanprod(a: ArrayLike, axis?: number | readonly number[] | null | NanReduceOptions, options?: NanReduceOptions): Reduced;
export function nanprod(...args: unknown[]): Reduced {
  const b = bindReduce(NANPROD, args);
  return prod(replaceNaN(b.a, 1).arr, { axis: b.axis, keepdims: b.keepdims, dtype: b.dtype }) as Reduced;
}
pyfunction(NANPROD, nanprod);

/** NaN where a slice had no valid value. */
function nanWhereEmpty(r: Reduced, count: Reduced): Reduced {
  if (typeof r === "number") return count === 0 ? NaN : r;
  const out = where(subtract(count, 0), r, NaN);
  return out.dtype === r.dtype ? out : astype(out, r.dtype);
}

function extreme(sig: Signature, args: unknown[], isMax: boolean): Reduced {
  const b = bindReduce(sig, args);
  const input = asarray(b.a);
  if (input.dtype.kind === "c") return complexExtremum(input, { axis: b.axis, keepdims: b.keepdims }, isMax, true) as Reduced;
  const { arr, mask } = replaceNaN(b.a, isMax ? -Infinity : Infinity);
  const r = (isMax ? max : min)(arr, { axis: b.axis, keepdims: b.keepdims }) as Reduced;
  return mask === null ? r : nanWhereEmpty(r, countValid(mask, b.axis, b.keepdims));
}

/** `numpy.nanmin(a, axis=None, out=None, keepdims=False, ...)`: the minimum ignoring NaN (NaN for all-NaN slices). */
export function nanmin(a: ArrayLike, axis?: number | readonly number[] | null | NanReduceOptions, options?: NanReduceOptions): Reduced;
export function nanmin(...args: unknown[]): Reduced {
  return extreme(NANMIN, args, false);
}
pyfunction(NANMIN, nanmin);

/** `numpy.nanmax(a, axis=None, out=None, keepdims=False, ...)`: the maximum ignoring NaN (NaN for all-NaN slices). */
export function nanmax(a: ArrayLike, axis?: number | readonly number[] | null | NanReduceOptions, options?: NanReduceOptions): Reduced;
export function nanmax(...args: unknown[]): Reduced {
  return extreme(NANMAX, args, true);
}
pyfunction(NANMAX, nanmax);

function argExtreme(sig: Signature, args: unknown[], isMax: boolean): Reduced {
  const b = bindReduce(sig, args);
  const input = asarray(b.a);
  if (input.dtype.kind === "c") return complexArg(input, b.axis as number | null, b.keepdims, isMax, true) as Reduced;
  const { arr, mask } = replaceNaN(b.a, isMax ? -Infinity : Infinity);
  if (mask !== null) {
    const count = countValid(mask, b.axis, false);
    const empty = typeof count === "number" ? count === 0 : Array.from(count.data).some((c) => c === 0);
    if (empty) throw new ValueError("All-NaN slice encountered");
  }
  return (isMax ? argmax : argmin)(arr, { axis: b.axis as number | null, keepdims: b.keepdims }) as Reduced;
}

/** `numpy.nanargmin(a, axis=None, out=None, *, keepdims=False)`: the index of the minimum ignoring NaN. */
export function nanargmin(a: ArrayLike, axis?: number | null | NanArgOptions, options?: NanArgOptions): Reduced;
export function nanargmin(...args: unknown[]): Reduced {
  return argExtreme(NANARGMIN, args, false);
}
pyfunction(NANARGMIN, nanargmin);

/** `numpy.nanargmax(a, axis=None, out=None, *, keepdims=False)`: the index of the maximum ignoring NaN. */
export function nanargmax(a: ArrayLike, axis?: number | null | NanArgOptions, options?: NanArgOptions): Reduced;
export function nanargmax(...args: unknown[]): Reduced {
  return argExtreme(NANARGMAX, args, true);
}
pyfunction(NANARGMAX, nanargmax);

/** tot / cnt in tot's dtype (float32 sums stay float32), as nanfunctions' _divide_by_count. */
function divideByCount(tot: Reduced, cnt: Reduced): Reduced {
  if (typeof tot === "number") return tot / (cnt as number);
  const q = divide(tot, cnt);
  return q.dtype === tot.dtype || tot.dtype.kind !== "f" ? q : astype(q, tot.dtype);
}

function f32Scalar(v: Reduced, arr: NDArray): Reduced {
  return typeof v === "number" && arr.dtype.name === "float32" ? Math.fround(v) : v;
}

/** `numpy.nanmean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True)`: the mean of the non-NaN values. */
export function nanmean(a: ArrayLike, axis?: number | readonly number[] | null | NanReduceOptions, options?: NanReduceOptions): Reduced;
export function nanmean(...args: unknown[]): Reduced {
  const b = bindReduce(NANMEAN, args);
  const { arr, mask } = replaceNaN(b.a, 0);
  const floatIn = arr.dtype.kind === "f" ? arr : astype(arr, float64);
  const tot = sum(floatIn, { axis: b.axis, keepdims: b.keepdims, dtype: b.dtype }) as Reduced;
  const cnt = mask === null ? arr.size / (typeof tot === "number" ? 1 : tot.size) : countValid(mask, b.axis, b.keepdims);
  return f32Scalar(divideByCount(tot, cnt), floatIn);
}
pyfunction(NANMEAN, nanmean);

function variance(sig: Signature, args: unknown[]): { v: Reduced; arr: NDArray } {
  const b = bindReduce(sig, args);
  const { arr: replaced, mask } = replaceNaN(b.a, 0);
  const arr = replaced.dtype.kind === "f" ? replaced : astype(replaced, float64);
  const cntKeep = mask === null ? arr.size / Math.max((sum(arr, { axis: b.axis, keepdims: true }) as NDArray).size, 1) : countValid(mask, b.axis, true);
  const avg = divideByCount(sum(arr, { axis: b.axis, keepdims: true, dtype: b.dtype }) as NDArray, cntKeep) as NDArray;
  let dev = subtract(arr, avg);
  if (dev.dtype !== arr.dtype) dev = astype(dev, arr.dtype);
  if (mask !== null) dev = where(mask, 0, dev).astype(arr.dtype);
  const sq = sum(multiply(dev, dev), { axis: b.axis, keepdims: b.keepdims, dtype: b.dtype }) as Reduced;
  const cnt = mask === null ? cntKeep : countValid(mask, b.axis, b.keepdims);
  const ddof = b.ddof ?? 0;
  const dof = typeof cnt === "number" ? cnt - ddof : subtract(cnt, ddof);
  let v = divideByCount(sq, dof);
  // no degrees of freedom left: NaN
  if (typeof v === "number") v = (dof as number) <= 0 ? NaN : v;
  else {
    const bad = typeof dof === "number" ? null : contiguousStorage(dof);
    const vs = contiguousStorage(v).slice();
    for (let i = 0; i < vs.length; i++) if ((bad === null ? (dof as number) : bad[i]) <= 0) vs[i] = NaN;
    v = NDArray.fromStorage(vs, v.shape.slice(), v.dtype);
  }
  return { v, arr };
}

/** `numpy.nanvar(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True)`: the variance of the non-NaN values. */
export function nanvar(a: ArrayLike, axis?: number | readonly number[] | null | NanReduceOptions, options?: NanReduceOptions): Reduced;
export function nanvar(...args: unknown[]): Reduced {
  const { v, arr } = variance(NANVAR, args);
  return f32Scalar(v, arr);
}
pyfunction(NANVAR, nanvar);

/** `numpy.nanstd(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True)`: the standard deviation of the non-NaN values. */
export function nanstd(a: ArrayLike, axis?: number | readonly number[] | null | NanReduceOptions, options?: NanReduceOptions): Reduced;
export function nanstd(...args: unknown[]): Reduced {
  const { v, arr } = variance(NANSTD, args);
  return f32Scalar(typeof v === "number" ? Math.sqrt(v) : sqrt(v), arr);
}
pyfunction(NANSTD, nanstd);

/** `numpy.nancumsum(a, axis=None, dtype=None, out=None)`: running sums treating NaN as 0. */
export function nancumsum(a: ArrayLike, axis?: number | null | NanCumulativeOptions, options?: NanCumulativeOptions): NDArray;
export function nancumsum(...args: unknown[]): NDArray {
  const b = NANCUMSUM.bind(args);
  return cumsum(replaceNaN(b.a, 0).arr, { axis: b.axis, dtype: b.dtype });
}
pyfunction(NANCUMSUM, nancumsum);

/** `numpy.nancumprod(a, axis=None, dtype=None, out=None)`: running products treating NaN as 1. */
export function nancumprod(a: ArrayLike, axis?: number | null | NanCumulativeOptions, options?: NanCumulativeOptions): NDArray;
export function nancumprod(...args: unknown[]): NDArray {
  const b = NANCUMPROD.bind(args);
  return cumprod(replaceNaN(b.a, 1).arr, { axis: b.axis, dtype: b.dtype });
}
pyfunction(NANCUMPROD, nancumprod);

/**
 * The reduction keywords beyond axis/dtype/keepdims: `where=` (a mask: masked-out elements
 * count as the reduction's identity), `initial=` (the starting value, which also makes an
 * empty max/min defined) and `out=` (the result written into an array, cast unsafely as
 * NumPy's reductions do).
 */
import { PyTypeError, ValueError } from "../../errors";
import { DType, DTypeLike, bool, dtype as toDType, float32, float64 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray, castScalar } from "../create";
import { astype, copyInto } from "../cast";
import { broadcastShapes, compactShape, normalizeAxes, sameShape } from "../shape";
import { broadcast_to } from "../manipulate";
import { where as select } from "../ufuncs/select";
import { add, divide, maximum, minimum, multiply, subtract } from "../ufuncs/binary";
import { sqrt } from "../ufuncs/unary";
import { reduceDType, sumDType } from "./core";
import * as stats from "./stats";

/** The keywords a reduction was called with (bound by its signature). */
export interface Extras {
  axis: number | readonly number[] | null;
  dtype?: DTypeLike | null;
  keepdims: boolean;
  ddof?: number;
  out?: NDArray | null;
  initial?: number | boolean;
  where?: ArrayLike;
}

/** True when the call needs more than the plain reduction. */
export function hasExtras(b: Extras): boolean {
  return (b.out !== undefined && b.out !== null) || b.initial !== undefined || (b.where !== undefined && b.where !== true);
}

/** The `where=` mask, which must be boolean and broadcast to a's shape. */
export function maskFor(where: ArrayLike, arr: NDArray): NDArray {
  const mask = asarray(where);
  if (mask.dtype !== bool) throw new PyTypeError(`Cannot cast array data from dtype('${mask.dtype.name}') to dtype('bool') according to the rule 'safe'`);
  let shape: number[] | null;
  try {
    shape = broadcastShapes([mask.shape, arr.shape]);
  } catch {
    shape = null;
  }
  if (shape === null || !sameShape(shape, arr.shape)) {
    throw new ValueError(`operands could not be broadcast together with shapes ${compactShape(arr.shape)} ${compactShape(mask.shape)} `);
  }
  return mask;
}

/** `a` with the masked-out elements replaced by `fill`. */
export function masked(arr: NDArray, where: ArrayLike | undefined, fill: number): NDArray {
  if (where === undefined || where === true) return arr;
  const filled = select(maskFor(where, arr), arr, fill);
  return filled.dtype === arr.dtype || arr.dtype.kind === "b" ? filled : astype(filled, arr.dtype);
}

/** Writes a result into `out` (NumPy's reductions cast unsafely) and returns `out`, or the result. */
export function toOut(r: NDArray | number | boolean, out: NDArray | null | undefined): NDArray | number | boolean {
  if (out === undefined || out === null) return r;
  const value = r instanceof NDArray ? r : asarray(r);
  if (!sameShape(value.shape, out.shape)) {
    throw new ValueError(`output array has shape ${compactShape(out.shape)} but the reduction gives shape ${compactShape(value.shape)}`);
  }
  copyInto(out, value);
  return out;
}

/** The plain reduction's options (dtype only for the reductions that take one). */
const plain = (b: Extras) => (b.dtype === undefined ? { axis: b.axis, keepdims: b.keepdims } : { axis: b.axis, dtype: b.dtype, keepdims: b.keepdims });

/** The number of elements each output element reduces (the mask's true count when masked). */
function countOf(arr: NDArray, b: Extras, keepdims: boolean): NDArray | number {
  if (b.where === undefined || b.where === true) {
    const axes = normalizeAxes(b.axis, arr.ndim);
    const n = axes.reduce((p, ax) => p * arr.shape[ax], 1);
    return n;
  }
  const full = broadcast_to(maskFor(b.where, arr), arr.shape);
  return stats.count_nonzero(full, { axis: b.axis, keepdims }) as NDArray | number;
}

/** np.sum / np.prod with where/initial/out. */
export function sumLike(kind: "sum" | "prod", a: ArrayLike, b: Extras): NDArray | number {
  const arr = asarray(a);
  const identity = kind === "sum" ? 0 : 1;
  const fn = kind === "sum" ? stats.sum : stats.prod;
  let r = fn(masked(arr, b.where, identity), plain(b)) as NDArray | number;
  if (b.initial !== undefined) {
    const dt = b.dtype ? toDType(b.dtype) : sumDType(arr.dtype);
    const start = castScalar(Number(b.initial), dt);
    if (typeof r === "number") r = roundTo(kind === "sum" ? start + r : start * r, dt);
    else r = (kind === "sum" ? add : multiply)(r, start);
  }
  return toOut(r, b.out) as NDArray | number;
}

function roundTo(v: number, dt: DType): number {
  return dt === float32 ? Math.fround(v) : dt.kind === "f" ? v : castScalar(v, dt);
}

/** np.max / np.min with where/initial/out. */
export function extremum(kind: "max" | "min", a: ArrayLike, b: Extras): NDArray | number {
  const arr = asarray(a);
  const ufunc = kind === "max" ? "maximum" : "minimum";
  if (b.where !== undefined && b.where !== true && b.initial === undefined) {
    throw new ValueError(`reduction operation '${ufunc}' does not have an identity, so to use a where mask one has to specify 'initial'`);
  }
  let r: NDArray | number;
  if (b.initial === undefined) r = (kind === "max" ? stats.max : stats.min)(arr, plain(b)) as NDArray | number;
  else {
    const start = castScalar(Number(b.initial), reduceDType(kind, arr.dtype));
    const src = masked(arr, b.where, start);
    const axes = normalizeAxes(b.axis, arr.ndim);
    if (axes.some((ax) => arr.shape[ax] === 0)) {
      // nothing to reduce: every output element is `initial`
      const shape = arr.shape.map((d, i) => (axes.includes(i) ? 1 : d)).filter((_, i) => b.keepdims || !axes.includes(i));
      const filled = NDArray.fromStorage(new arr.dtype.storage(shape.reduce((p, d) => p * d, 1)).fill(start), shape, arr.dtype);
      r = (b.axis === null && !b.keepdims) ? start : filled;
    } else {
      r = (kind === "max" ? stats.max : stats.min)(src, plain(b)) as NDArray | number;
      if (typeof r === "number") r = kind === "max" ? (r >= start || r !== r ? r : start) : (r <= start || r !== r ? r : start);
      else r = (kind === "max" ? maximum : minimum)(r, start);
    }
  }
  return toOut(r, b.out) as NDArray | number;
}

/** np.any / np.all with where/out. */
export function truth(kind: "any" | "all", a: ArrayLike, b: Extras): NDArray | boolean {
  const arr = asarray(a);
  const r = (kind === "any" ? stats.any : stats.all)(masked(arr, b.where, kind === "any" ? 0 : 1), plain(b)) as NDArray | boolean;
  return toOut(r, b.out) as NDArray | boolean;
}

/** The float dtype mean/var accumulate in. */
function meanDType(arr: NDArray, dtype: DTypeLike | null | undefined): DType {
  if (dtype) return toDType(dtype);
  return arr.dtype.kind === "f" ? arr.dtype : float64;
}

/** Sum of the masked elements as an array in `dt` (keepdims as asked). */
function maskedSum(arr: NDArray, b: Extras, dt: DType, keepdims: boolean): NDArray | number {
  return stats.sum(masked(arr, b.where, 0), { axis: b.axis, dtype: dt, keepdims }) as NDArray | number;
}

/** np.mean with where/out: the masked sum over the mask's count. */
export function meanOf(a: ArrayLike, b: Extras): NDArray | number {
  const arr = asarray(a);
  const dt = meanDType(arr, b.dtype);
  const s = maskedSum(arr, b, dt, b.keepdims);
  const n = countOf(arr, b, b.keepdims);
  const r = typeof s === "number" ? roundTo(s / (n as number), dt) : astype(divide(s, n), dt);
  return toOut(r, b.out) as NDArray | number;
}

/** np.var / np.std with where/out: squared deviations from the masked mean, over count - ddof. */
export function varianceOf(a: ArrayLike, b: Extras, root: boolean): NDArray | number {
  const arr = asarray(a);
  const dt = meanDType(arr, b.dtype);
  const keptSum = maskedSum(arr, b, dt, true) as NDArray;
  const keptCount = countOf(arr, b, true);
  const mean = astype(divide(keptSum, keptCount), dt);
  const dev = subtract(arr.dtype === dt ? arr : astype(arr, dt), mean);
  const sq = multiply(dev, dev);
  const s = maskedSum(sq, b, dt, b.keepdims);
  const count = countOf(arr, b, b.keepdims);
  const ddof = b.ddof ?? 0;
  const n = typeof count === "number" ? Math.max(count - ddof, 0) : maximum(subtract(count, ddof), 0);
  let r: NDArray | number = typeof s === "number" ? roundTo(s / (n as number), dt) : astype(divide(s, n), dt);
  if (root) r = typeof r === "number" ? roundTo(Math.sqrt(r), dt) : sqrt(r);
  return toOut(r, b.out) as NDArray | number;
}

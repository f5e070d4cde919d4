/** np.average (weights, returned, keepdims) and np.ptp. */
import { PyTypeError, ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { AXIS } from "../params";
import { DType, float64, promote_types } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, ZeroDivisionError, asarray } from "../create";
import { astype } from "../cast";
import { broadcast_to } from "../manipulate";
import { max, mean, min, sum } from "../reduce/stats";
import { multiply, divide, subtract } from "../ufuncs/binary";
import { normalizeAxis, shapeSize } from "../shape";
import { Complex } from "../complex/scalar";

/** Keyword arguments of np.average. */
export interface AverageOptions {
  a?: ArrayLike;
  axis?: number | readonly number[] | null;
  weights?: ArrayLike | null;
  returned?: boolean;
  keepdims?: boolean;
}

/** Keyword arguments of np.ptp. */
export interface PtpOptions {
  a?: ArrayLike;
  axis?: number | readonly number[] | null;
  out?: null;
  keepdims?: boolean;
}

const AVERAGE = signature("numpy.average(a, axis=None, weights=None, returned=False, *, keepdims=False)", {
  types: { a: "array_like", axis: AXIS, weights: "array_like|None", returned: "bool", keepdims: "bool" },
});
const PTP = signature("numpy.ptp(a, axis=None, out=None, keepdims=False)", {
  types: { a: "array_like", axis: AXIS, keepdims: "bool" },
  unsupported: ["out"],
});

type Reduced = NDArray | number;

function asArray(v: Reduced, dt: DType): NDArray {
  if (typeof v !== "number") return v;
  const data = new dt.storage(1);
  data[0] = v;
  return NDArray.fromStorage(data, [], dt);
}

/**
 * `numpy.average(a, axis=None, weights=None, returned=False, *, keepdims=False)`: the mean,
 * or the weighted mean sum(a * w) / sum(w) along `axis` (1-d weights along that axis, or
 * weights of a's shape). With `returned: true`, `[average, sum_of_weights]`. Integer data
 * averages in float64. Weights summing to zero throw ZeroDivisionError.
 */
export function average(a: ArrayLike, axis?: number | readonly number[] | null | AverageOptions, weights?: ArrayLike | null | AverageOptions, returned?: boolean | AverageOptions, options?: AverageOptions): Reduced | [Reduced, Reduced];
export function average(...args: unknown[]): Reduced | [Reduced, Reduced] {
  const bound = AVERAGE.bind(args);
  const arr = asarray(bound.a);
  const axis = bound.axis as number | number[] | null;
  const keepdims: boolean = bound.keepdims;
  let avg: Reduced;
  let scl: Reduced;
  if (bound.weights === null) {
    avg = mean(arr, { axis, keepdims }) as Reduced;
    const count = typeof avg === "number" ? arr.size : arr.size / avg.size;
    scl = typeof avg === "number" || !bound.returned ? count : broadcast_to(asArray(count, avg.dtype), avg.shape).copy();
  } else {
    let w = asarray(bound.weights);
    const promoted = promote_types(arr.dtype, w.dtype);
    const dt = arr.dtype.kind === "f" ? promoted : promote_types(promoted, float64);
    if (arr.shape.length !== w.shape.length || arr.shape.some((d, i) => d !== w.shape[i])) {
      if (axis === null) throw new PyTypeError("Axis must be specified when shapes of a and weights differ.");
      if (w.ndim !== 1) throw new PyTypeError("1D weights expected when shapes of a and weights differ.");
      if (typeof axis !== "number") throw new PyTypeError("1D weights expected when shapes of a and weights differ.");
      const ax = normalizeAxis(axis, arr.ndim);
      if (w.shape[0] !== arr.shape[ax]) throw new ValueError("Length of weights not compatible with specified axis.");
      w = w.reshape(arr.shape.map((d, i) => (i === ax ? d : 1)));
    }
    // real weights of complex data: the weights' sum stays real (the average is complex)
    scl = sum(astype(w, dt.kind === "c" && w.dtype.kind !== "c" ? float64 : dt), { axis, keepdims }) as Reduced;
    const zero = typeof scl === "number" ? scl === 0 : Array.from(scl.data).some((v) => v === 0);
    if (zero) throw new ZeroDivisionError("Weights sum to zero, can't be normalized");
    const total = sum(multiply(astype(arr, dt), astype(w, dt)), { axis, keepdims }) as Reduced;
    if (total instanceof Complex && typeof scl === "number") avg = new Complex(total.re / scl, total.im / scl, total.dtype) as never;
    else avg = typeof total === "number" ? total / (scl as number) : divide(total, scl);
    if (bound.returned && typeof avg !== "number" && typeof scl !== "number" && shapeSize(scl.shape) !== avg.size) {
      scl = broadcast_to(scl, avg.shape).copy();
    } else if (bound.returned && typeof avg !== "number" && typeof scl === "number") {
      scl = broadcast_to(asArray(scl, avg.dtype), avg.shape).copy();
    }
  }
  return bound.returned ? [avg, scl] : avg;
}
pyfunction(AVERAGE, average);

/**
 * `numpy.ptp(a, axis=None, out=None, keepdims=False)`: max - min ("peak to peak"), in a's
 * dtype (so integers wrap as in NumPy). A number over all axes, an array otherwise.
 */
export function ptp(a: ArrayLike, axis?: number | readonly number[] | null | PtpOptions, options?: PtpOptions): Reduced;
export function ptp(...args: unknown[]): Reduced {
  const bound = PTP.bind(args);
  const arr = asarray(bound.a);
  const axis = bound.axis as number | number[] | null;
  const hi = asArray(max(arr, { axis, keepdims: true }) as Reduced, arr.dtype);
  const lo = asArray(min(arr, { axis, keepdims: true }) as Reduced, arr.dtype);
  let r = subtract(hi, lo);
  if (r.dtype !== arr.dtype) r = astype(r, arr.dtype);
  if (bound.keepdims) return r;
  if (axis === null) return r.item();
  const axes = (typeof axis === "number" ? [axis] : axis).map((x) => normalizeAxis(x, arr.ndim));
  return r.reshape(arr.shape.filter((_, i) => !axes.includes(i)));
}
pyfunction(PTP, ptp);

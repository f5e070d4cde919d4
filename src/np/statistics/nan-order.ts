/**
 * np.nanmedian, np.nanpercentile and np.nanquantile: the order statistics of each slice's
 * non-NaN values (NaN for a slice with none, with NumPy's "All-NaN slice encountered"),
 * computed by np.median / np.percentile / np.quantile on the compacted slice, with any of
 * their methods. A complex value is NaN when either part is, as np.isnan says.
 */
import { AXIS, OUT } from "../params";
import { copyInto } from "../cast";
import { broadcastShapes, compactShape, sameShape } from "../shape";
import { broadcast_to } from "../manipulate";
import { ValueError } from "../../errors";
import { Signature, check, pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { contiguousStorage } from "../contiguous";
import { median, methodOf, percentile, quantile } from "../reduce/quantile";
import { QuantileMethod } from "../reduce/quantile-methods";
import { normalizeAxes } from "../shape";
import { warn } from "../warnings";

/** Keyword arguments of np.nanmedian. */
export interface NanMedianOptions {
  a?: ArrayLike;
  axis?: number | readonly number[] | null;
  /** The array the result is written into (broadcast, cast unsafely); it is returned. */
  out?: NDArray | null;
  overwrite_input?: boolean;
  keepdims?: boolean;
}
/** Keyword arguments of np.nanpercentile / np.nanquantile. */
export interface NanQuantileOptions extends NanMedianOptions {
  q?: number | readonly number[];
  /** One of NumPy's 13 methods ("linear" by default; "lower", "higher", "nearest", "midpoint", "hazen", ...). */
  method?: QuantileMethod;
  /** Deprecated name of `method` (NumPy's DeprecationWarning is emitted). */
  interpolation?: QuantileMethod | null;
}

const Q = check("float or a sequence of floats", (v) => typeof v === "number" || Array.isArray(v) || v instanceof NDArray);
const NANMEDIAN = signature("numpy.nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=False)", {
  types: { a: "array_like", axis: AXIS, out: OUT, overwrite_input: "bool", keepdims: "bool" },
});
const quantileLike = (name: string) =>
  signature(`numpy.${name}(a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=False, *, interpolation=None)`, {
    types: { a: "array_like", q: Q, axis: AXIS, out: OUT, overwrite_input: "bool", method: "str", keepdims: "bool", interpolation: "str|None" },
  });
const NANPERCENTILE = quantileLike("nanpercentile");
const NANQUANTILE = quantileLike("nanquantile");

/** One compacted row's statistics, one value per q (one for the median), as an array. */
type Stat = (row: NDArray, qs: number[]) => NDArray;

function run(a: ArrayLike, q: number | number[] | null, axisArg: number | number[] | null, keepdims: boolean, stat: Stat): NDArray | number {
  const arr = asarray(a);
  // a complex element is two doubles, NaN when either is
  const width = arr.dtype.kind === "c" ? 2 : 1;
  const axes = axisArg === null ? arr.shape.map((_, i) => i) : normalizeAxes(axisArg, arr.ndim);
  const rest = arr.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const moved = arr.transpose([...rest, ...axes]);
  const len = axes.reduce((p, ax) => p * arr.shape[ax], 1);
  const outShape = rest.map((i) => arr.shape[i]);
  const rows = outShape.reduce((p, d) => p * d, 1);
  const flat = contiguousStorage(moved);
  const qs = q === null ? [0.5] : Array.isArray(q) ? q : [q];
  const nq = qs.length;
  // the dtype np.median / np.percentile give this input
  const dt = stat(NDArray.fromStorage(new arr.dtype.storage(width), [1], arr.dtype), qs).dtype;
  const outWidth = dt.kind === "c" ? 2 : 1;
  const out = new dt.storage(outWidth * nq * rows);
  const kept = new arr.dtype.storage(width * len);
  let allNan = false;
  for (let r = 0; r < rows; r++) {
    let count = 0;
    for (let i = 0; i < len; i++) {
      const at = width * (r * len + i);
      let isNan = false;
      for (let p = 0; p < width; p++) isNan ||= flat[at + p] !== flat[at + p];
      if (isNan) continue;
      for (let p = 0; p < width; p++) kept[width * count + p] = flat[at + p];
      count++;
    }
    if (count === 0) {
      allNan ||= len > 0;
      for (let k = 0; k < nq; k++) {
        out[outWidth * (k * rows + r)] = NaN;
        if (outWidth === 2) out[outWidth * (k * rows + r) + 1] = 0;
      }
      continue;
    }
    const row = NDArray.fromStorage(kept.slice(0, width * count), [count], arr.dtype);
    const vals = contiguousStorage(stat(row, qs));
    for (let k = 0; k < nq; k++) for (let p = 0; p < outWidth; p++) out[outWidth * (k * rows + r) + p] = vals[outWidth * k + p];
  }
  if (allNan) warn("All-NaN slice encountered");
  const shape = keepdims ? arr.shape.map((d, i) => (axes.includes(i) ? 1 : d)) : outShape;
  const full = Array.isArray(q) ? [nq, ...shape] : shape;
  const result = NDArray.fromStorage(out, full, dt);
  return full.length === 0 ? result.item() : result;
}

function bound(sig: Signature, args: unknown[]) {
  const b = sig.bind(args);
  const q = b.q === undefined ? null : b.q instanceof NDArray ? Array.from(contiguousStorage(b.q)) : b.q;
  const method = b.method === undefined ? "linear" : methodOf(b as { method: string; interpolation: string | null }, sig.qualname.slice("numpy.".length));
  return { a: b.a as ArrayLike, q: q as number | number[] | null, axis: b.axis as number | number[] | null, keepdims: b.keepdims as boolean, method, out: (b.out ?? null) as NDArray | null };
}

/** NumPy's `out[...] = result`: broadcast into out, cast unsafely; out is returned. */
function into(result: NDArray | number, out: NDArray | null): NDArray | number {
  if (out === null) return result;
  const r = asarray(result);
  let fits = false;
  try {
    fits = sameShape(broadcastShapes([r.shape, out.shape]), out.shape);
  } catch {
    fits = false;
  }
  if (!fits) throw new ValueError(`could not broadcast input array from shape ${compactShape(r.shape)} into shape ${compactShape(out.shape)}`);
  copyInto(out, broadcast_to(r, out.shape));
  return out;
}

/** `numpy.nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=False)`: the median ignoring NaNs (complex input too). */
export function nanmedian(a: ArrayLike, axis?: number | readonly number[] | null | NanMedianOptions, options?: NanMedianOptions): NDArray | number;
export function nanmedian(...args: unknown[]): NDArray | number {
  const b = bound(NANMEDIAN, args);
  return into(run(b.a, null, b.axis, b.keepdims, (row) => median(row, { axis: 0 }) as NDArray), b.out);
}
pyfunction(NANMEDIAN, nanmedian);

/**
 * `numpy.nanpercentile(a, q, axis=None, out=None, overwrite_input=False, method='linear',
 * keepdims=False, *, interpolation=None)`: percentiles of the non-NaN values, by any of
 * np.percentile's methods; complex input too.
 */
export function nanpercentile(a: ArrayLike, q: number | readonly number[], axis?: number | readonly number[] | null | NanQuantileOptions, options?: NanQuantileOptions): NDArray | number;
export function nanpercentile(...args: unknown[]): NDArray | number {
  const b = bound(NANPERCENTILE, args);
  percentile([0], b.q as number | number[]);
  return into(run(b.a, b.q, b.axis, b.keepdims, (row, qs) => percentile(row, qs, { axis: 0, method: b.method }) as NDArray), b.out);
}
pyfunction(NANPERCENTILE, nanpercentile);

/**
 * `numpy.nanquantile(a, q, axis=None, out=None, overwrite_input=False, method='linear',
 * keepdims=False, *, interpolation=None)`: quantiles (q in [0, 1]) of the non-NaN values, by
 * any of np.quantile's methods; complex input too.
 */
export function nanquantile(a: ArrayLike, q: number | readonly number[], axis?: number | readonly number[] | null | NanQuantileOptions, options?: NanQuantileOptions): NDArray | number;
export function nanquantile(...args: unknown[]): NDArray | number {
  const b = bound(NANQUANTILE, args);
  quantile([0], b.q as number | number[]);
  return into(run(b.a, b.q, b.axis, b.keepdims, (row, qs) => quantile(row, qs, { axis: 0, method: b.method }) as NDArray), b.out);
}
pyfunction(NANQUANTILE, nanquantile);

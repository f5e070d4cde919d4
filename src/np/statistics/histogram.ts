/** np.histogram and np.histogram_bin_edges, following numpy/lib/histograms.py step by step. */
import { PyTypeError, ValueError } from "../../errors";
import { check, pyfunction, signature } from "../../signature";
import { DType, float32, float64, int64 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { float64Copy } from "../linalg/stack";
import { ESTIMATORS } from "./bin-estimators";
import { searchSorted } from "./search";

/** `bins=`: a count, a sequence of edges or an estimator's name. */
export type Bins = number | ArrayLike | "auto" | "fd" | "doane" | "rice" | "scott" | "sqrt" | "stone" | "sturges";

/** Keyword arguments of np.histogram. */
export interface HistogramOptions {
  a?: ArrayLike;
  bins?: Bins;
  range?: readonly [number, number] | null;
  density?: boolean | null;
  weights?: ArrayLike | null;
}

export const RANGE = check("a (min, max) pair or None", (v) => v === null || (Array.isArray(v) && v.length === 2));
const HISTOGRAM = signature("numpy.histogram(a, bins=10, range=None, density=None, weights=None)", {
  types: { a: "array_like", bins: "int|str|array_like", range: RANGE, density: "bool|None", weights: "array_like|None" },
});
const BIN_EDGES = signature("numpy.histogram_bin_edges(a, bins=10, range=None, weights=None)", {
  types: { a: "array_like", bins: "int|str|array_like", range: RANGE, weights: "array_like|None" },
});

/** The data's flat values, and the weights' (checked to have the data's shape). */
function flatten(a: ArrayLike, weights: ArrayLike | null): { x: Float64Array; arr: NDArray; w: NDArray | null } {
  const arr = asarray(a);
  let w: NDArray | null = null;
  if (weights !== null) {
    w = asarray(weights);
    if (w.shape.length !== arr.shape.length || w.shape.some((d, i) => d !== arr.shape[i])) {
      throw new ValueError("weights should have the same shape as a.");
    }
  }
  return { x: float64Copy(arr), arr, w };
}

/** _get_outer_edges: the range, or the data's min and max (widened by 0.5 when equal). */
export function outerEdges(x: Float64Array, range: readonly [number, number] | null): [number, number] {
  let first: number;
  let last: number;
  if (range !== null) {
    [first, last] = range;
    if (first > last) throw new ValueError("max must be larger than min in range parameter.");
    if (!Number.isFinite(first) || !Number.isFinite(last)) throw new ValueError(`supplied range of [${pyFloat(first)}, ${pyFloat(last)}] is not finite`);
  } else if (x.length === 0) {
    [first, last] = [0, 1];
  } else {
    first = Infinity;
    last = -Infinity;
    let nan = false;
    for (let i = 0; i < x.length; i++) {
      if (x[i] !== x[i]) nan = true;
      if (x[i] < first) first = x[i];
      if (x[i] > last) last = x[i];
    }
    if (nan) first = last = NaN;
    if (!Number.isFinite(first) || !Number.isFinite(last)) throw new ValueError(`autodetected range of [${pyFloat(first)}, ${pyFloat(last)}] is not finite`);
  }
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  return [first, last];
}

function pyFloat(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  return Number.isInteger(v) ? v.toFixed(1) : String(v);
}

/** Bin edges and, for equal bins, (first, last, count) as _get_bin_edges returns them. */
export interface BinEdges {
  edges: Float64Array;
  dtype: DType;
  uniform: [number, number, number] | null;
}

/** Equal-width edges: np.linspace(first, last, n + 1) in the edges' dtype. */
function equalEdges(first: number, last: number, n: number, f32: boolean): Float64Array {
  const edges = new Float64Array(n + 1);
  const step = (last - first) / n;
  for (let i = 0; i <= n; i++) edges[i] = i * step + first;
  edges[n] = last;
  if (f32) for (let i = 0; i <= n; i++) edges[i] = Math.fround(edges[i]);
  return edges;
}

/** Counts per equal bin of the values within range (the path histogram and stone share). */
function equalBinCounts(x: Float64Array, edges: Float64Array, first: number, last: number, n: number, w: Float64Array | null): Float64Array {
  const counts = new Float64Array(n);
  const denom = last - first;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (!(v >= first && v <= last)) continue;
    let k = Math.trunc(((v - first) / denom) * n);
    if (k === n) k--;
    // the computed index can be one off against the rounded edges: correct it as NumPy does
    if (v < edges[k]) k--;
    else if (k !== n - 1 && v >= edges[k + 1]) k++;
    counts[k] += w === null ? 1 : w[i];
  }
  return counts;
}

/** _get_bin_edges for the data x (a's dtype decides float32 edges). */
export function binEdges(x: Float64Array, dtype: DType, bins: Bins, range: readonly [number, number] | null, weighted: boolean): BinEdges {
  const f32 = dtype === float32;
  const edgeType = f32 ? float32 : float64;
  let n: number;
  let first: number;
  let last: number;
  if (typeof bins === "string") {
    const estimator = ESTIMATORS[bins];
    if (!estimator) throw new ValueError(`'${bins}' is not a valid estimator for \`bins\``);
    if (weighted) throw new PyTypeError("Automated estimation of the number of bins is not supported for weighted data");
    [first, last] = outerEdges(x, range);
    let data = x;
    if (range !== null) data = x.filter((v) => v >= first && v <= last);
    if (data.length === 0) n = 1;
    else {
      const count = (d: Float64Array, nb: number, r: [number, number]) => equalBinCounts(d, equalEdges(r[0], r[1], nb, f32), r[0], r[1], nb, null);
      const width = estimator(data, [first, last], count);
      n = width ? Math.ceil((last - first) / width) : 1;
    }
  } else if (typeof bins === "number" || typeof bins === "boolean") {
    if (!Number.isInteger(Number(bins))) throw new PyTypeError("`bins` must be an integer, a string, or an array");
    n = Number(bins);
    if (n < 1) throw new ValueError("`bins` must be positive, when an integer");
    [first, last] = outerEdges(x, range);
  } else {
    const given = asarray(bins);
    if (given.ndim !== 1) throw new ValueError("`bins` must be 1d, when an array");
    const edges = float64Copy(given);
    for (let i = 0; i + 1 < edges.length; i++) {
      if (edges[i] > edges[i + 1]) throw new ValueError("`bins` must increase monotonically, when an array");
    }
    return { edges, dtype: given.dtype, uniform: null };
  }
  return { edges: equalEdges(first, last, n, f32), dtype: edgeType, uniform: [first, last, n] };
}

/** The counts (float64, one per bin) of x in the given edges, weighted or not. */
export function histogramCounts(x: Float64Array, be: BinEdges, w: Float64Array | null): Float64Array {
  if (be.uniform !== null) {
    const [first, last, n] = be.uniform;
    return equalBinCounts(x, be.edges, first, last, n, w);
  }
  // arbitrary edges: a value belongs to bin k when edges[k] <= v < edges[k+1] (the last bin closed)
  const nb = be.edges.length - 1;
  const counts = new Float64Array(Math.max(nb, 0));
  const edges = be.edges;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (!(v >= edges[0] && v <= edges[nb])) continue;
    let k = searchSorted(edges, nb + 1, v, true) - 1;
    if (k === nb) k = nb - 1;
    // equal consecutive edges: NumPy's cumulative counting puts the value in the last of them
    counts[k] += w === null ? 1 : w[i];
  }
  return counts;
}

function edgesArray(be: BinEdges): NDArray {
  const out = NDArray.fromStorage(be.edges, [be.edges.length], float64);
  return be.dtype === float64 ? out : astype(out, be.dtype);
}

/**
 * `numpy.histogram(a, bins=10, range=None, density=None, weights=None)`: `[hist, bin_edges]`
 * of the flattened data. `bins` is a count of equal bins over `range` (default: the data's
 * min and max), a sequence of edges, or an estimator ('auto', 'fd', 'doane', 'rice', 'scott',
 * 'sqrt', 'stone', 'sturges'). Every bin is half-open except the last. Counts are int64 (the
 * weights' dtype when weighted); `density: true` gives float64 densities.
 */
export function histogram(a: ArrayLike, bins?: Bins | HistogramOptions, range?: readonly [number, number] | null | HistogramOptions, density?: boolean | null | HistogramOptions, weights?: ArrayLike | null | HistogramOptions, options?: HistogramOptions): [NDArray, NDArray];
export function histogram(...args: unknown[]): [NDArray, NDArray] {
  const bound = HISTOGRAM.bind(args);
  const { x, arr, w } = flatten(bound.a, bound.weights);
  const be = binEdges(x, arr.dtype, bound.bins, bound.range, w !== null);
  const counts = histogramCounts(x, be, w === null ? null : float64Copy(w));
  const edges = edgesArray(be);
  if (bound.density) {
    let total = 0;
    for (let k = 0; k < counts.length; k++) total += counts[k];
    const dens = new Float64Array(counts.length);
    for (let k = 0; k < counts.length; k++) dens[k] = counts[k] / (be.edges[k + 1] - be.edges[k]) / total;
    return [NDArray.fromStorage(dens, [dens.length], float64), edges];
  }
  const countType = w === null ? int64 : w.dtype;
  const hist = NDArray.fromStorage(counts, [counts.length], float64);
  return [countType === float64 ? hist : astype(hist, countType), edges];
}
pyfunction(HISTOGRAM, histogram);

/**
 * `numpy.histogram_bin_edges(a, bins=10, range=None, weights=None)`: the edges np.histogram
 * would use (weights only matter in that estimators refuse them).
 */
export function histogram_bin_edges(a: ArrayLike, bins?: Bins | HistogramOptions, range?: readonly [number, number] | null | HistogramOptions, weights?: ArrayLike | null | HistogramOptions, options?: HistogramOptions): NDArray;
export function histogram_bin_edges(...args: unknown[]): NDArray {
  const bound = BIN_EDGES.bind(args);
  const { x, arr, w } = flatten(bound.a, bound.weights);
  return edgesArray(binEdges(x, arr.dtype, bound.bins, bound.range, w !== null));
}
pyfunction(BIN_EDGES, histogram_bin_edges);

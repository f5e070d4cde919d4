/** np.histogramdd: the multidimensional histogram of D-dimensional points. */
import { ValueError } from "../../errors";
import { check, pyfunction, signature } from "../../signature";
import { float64 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { float64Copy } from "../linalg/stack";
import { DimBins, binOf, dimEdges } from "./histogram2d";

/** Keyword arguments of np.histogramdd. */
export interface HistogramddOptions {
  sample?: ArrayLike;
  bins?: DimBins | readonly DimBins[];
  range?: readonly (readonly [number, number] | null)[] | null;
  density?: boolean | null;
  weights?: ArrayLike | null;
}

const RANGES = check("a sequence of (min, max) pairs or None", (v) => v === null || Array.isArray(v));
const HISTOGRAMDD = signature("numpy.histogramdd(sample, bins=10, range=None, density=None, weights=None)", {
  types: { sample: "array_like", bins: "int|array_like", range: RANGES, density: "bool|None", weights: "array_like|None" },
});

/** The sample as N points of D coordinates: an (N, D) array, or D sequences of N values. */
function points(sample: ArrayLike): { columns: Float64Array[]; n: number } {
  let arr = asarray(sample);
  if (!(sample instanceof NDArray && sample.ndim === 2)) {
    // NumPy: sample.shape must unpack as (N, D); otherwise atleast_2d(sample).T
    if (arr.ndim === 0) arr = arr.reshape([1, 1]);
    else if (arr.ndim === 1) arr = arr.reshape([1, arr.shape[0]]);
    if (arr.ndim !== 2) throw new ValueError(`too many values to unpack (expected 2)`);
    arr = arr.T;
  }
  const [n, d] = arr.shape;
  const columns = Array.from({ length: d }, (_, i) => float64Copy(arr.get(":", i)));
  return { columns, n };
}

/**
 * `numpy.histogramdd(sample, bins=10, range=None, density=None, weights=None)`: `[H, edges]`,
 * H (float64, one axis per dimension) counting the points of `sample` (an (N, D) array or D
 * coordinate sequences) per bin, and the D arrays of bin edges. `bins` is one count for all,
 * or per dimension a count or edges; `range` gives (min, max) per dimension.
 */
export function histogramdd(sample: ArrayLike, bins?: DimBins | readonly DimBins[] | HistogramddOptions, range?: HistogramddOptions["range"] | HistogramddOptions, density?: boolean | null | HistogramddOptions, weights?: ArrayLike | null | HistogramddOptions, options?: HistogramddOptions): [NDArray, NDArray[]];
export function histogramdd(...args: unknown[]): [NDArray, NDArray[]] {
  const bound = HISTOGRAMDD.bind(args);
  const { columns, n } = points(bound.sample);
  const d = columns.length;
  let bins = bound.bins as DimBins | DimBins[];
  if (typeof bins === "number" || typeof bins === "boolean") bins = new Array(d).fill(bins);
  else if (bins instanceof NDArray && bins.ndim === 0) bins = new Array(d).fill(bins.item());
  const binList = bins instanceof NDArray ? (bins.tolist() as DimBins[]) : (bins as DimBins[]);
  if (binList.length !== d) throw new ValueError("The dimension of bins must be equal to the dimension of the  sample x.");
  const range = (bound.range ?? new Array(d).fill(null)) as (readonly [number, number] | null)[];
  if (range.length !== d) throw new ValueError("range argument must have one entry per dimension");
  const edges = columns.map((col, i) => dimEdges(col, binList[i], range[i], i));
  const w = bound.weights === null ? null : float64Copy(asarray(bound.weights));
  if (w !== null && w.length !== n) throw new ValueError("The weights and list don't have the same length.");
  const sizes = edges.map((e) => e.edges.length - 1);
  const strides = new Array<number>(d);
  let total = 1;
  for (let i = d - 1; i >= 0; i--) {
    strides[i] = total;
    total *= sizes[i];
  }
  const hist = new Float64Array(total);
  for (let p = 0; p < n; p++) {
    let at = 0;
    let inside = true;
    for (let i = 0; i < d && inside; i++) {
      const k = binOf(edges[i].edges, columns[i][p]);
      if (k < 1 || k > sizes[i]) inside = false;
      else at += (k - 1) * strides[i];
    }
    if (inside) hist[at] += w === null ? 1 : w[p];
  }
  if (bound.density) {
    let s = 0;
    for (let k = 0; k < total; k++) s += hist[k];
    for (let k = 0; k < total; k++) {
      let v = hist[k];
      for (let i = 0; i < d; i++) {
        const j = Math.floor(k / strides[i]) % sizes[i];
        v = v / (edges[i].edges[j + 1] - edges[i].edges[j]);
      }
      hist[k] = v / s;
    }
  }
  return [NDArray.fromStorage(hist, sizes, float64), edges.map((e) => e.arr)];
}

pyfunction(HISTOGRAMDD, histogramdd);

/** np.histogram2d: NumPy's histogramdd for two coordinates. */
import { PyTypeError, ValueError } from "../../errors";
import { check, pyfunction, signature } from "../../signature";
import { float64 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { float64Copy } from "../linalg/stack";
import { outerEdges } from "./histogram";
import { searchSorted } from "./search";

/** One dimension's bins: a count or the edges. */
export type DimBins = number | ArrayLike;

/** Keyword arguments of np.histogram2d. */
export interface Histogram2dOptions {
  x?: ArrayLike;
  y?: ArrayLike;
  bins?: DimBins | readonly [DimBins, DimBins];
  range?: readonly [readonly [number, number] | null, readonly [number, number] | null] | null;
  density?: boolean | null;
  weights?: ArrayLike | null;
}

const RANGE2 = check("a pair of (min, max) pairs or None", (v) => v === null || (Array.isArray(v) && v.length === 2));
const HISTOGRAM2D = signature("numpy.histogram2d(x, y, bins=10, range=None, density=None, weights=None)", {
  types: { x: "array_like", y: "array_like", bins: "int|array_like", range: RANGE2, density: "bool|None", weights: "array_like|None" },
});

/** Edges of one dimension (float64 for a count, the given dtype for edges). */
export function dimEdges(values: Float64Array, bins: DimBins, range: readonly [number, number] | null, i: number): { edges: Float64Array; arr: NDArray } {
  if (typeof bins === "number" || typeof bins === "boolean") {
    const n = Number(bins);
    if (!Number.isInteger(n)) throw new PyTypeError(`\`bins[${i}]\` must be an integer, when a scalar`);
    if (n < 1) throw new ValueError(`\`bins[${i}]\` must be positive, when an integer`);
    const [lo, hi] = outerEdges(values, range);
    const edges = new Float64Array(n + 1);
    const step = (hi - lo) / n;
    for (let k = 0; k <= n; k++) edges[k] = k * step + lo;
    edges[n] = hi;
    return { edges, arr: NDArray.fromStorage(edges, [n + 1], float64) };
  }
  const arr = asarray(bins);
  if (arr.ndim !== 1) throw new ValueError(`\`bins[${i}]\` must be a scalar or 1d array`);
  const edges = float64Copy(arr);
  for (let k = 0; k + 1 < edges.length; k++) {
    if (edges[k] > edges[k + 1]) throw new ValueError(`\`bins[${i}]\` must be monotonically increasing, when an array`);
  }
  return { edges, arr };
}

/** The bin of v among edges (1..len-1 inside, 0 and len outside), the last edge closed. */
export function binOf(edges: Float64Array, v: number): number {
  const k = searchSorted(edges, edges.length, v, true);
  return v === edges[edges.length - 1] ? k - 1 : k;
}

/**
 * `numpy.histogram2d(x, y, bins=10, range=None, density=None, weights=None)`: `[H, xedges,
 * yedges]`, H (float64) counting the points (x[i], y[i]) per bin, x along the first axis.
 * `bins` is a count or edges for both, or `[bins_x, bins_y]`; `range` is
 * `[[xmin, xmax], [ymin, ymax]]`.
 */
export function histogram2d(x: ArrayLike, y: ArrayLike, bins?: DimBins | readonly [DimBins, DimBins] | Histogram2dOptions, range?: Histogram2dOptions["range"] | Histogram2dOptions, density?: boolean | null | Histogram2dOptions, weights?: ArrayLike | null | Histogram2dOptions, options?: Histogram2dOptions): [NDArray, NDArray, NDArray];
export function histogram2d(...args: unknown[]): [NDArray, NDArray, NDArray] {
  const bound = HISTOGRAM2D.bind(args);
  const xs = float64Copy(asarray(bound.x));
  const ys = float64Copy(asarray(bound.y));
  if (xs.length !== ys.length) throw new ValueError("all the input array dimensions except for the concatenation axis must match exactly");
  let bins = bound.bins as DimBins | DimBins[];
  const count = typeof bins === "number" || typeof bins === "boolean" ? 1 : bins instanceof NDArray ? (bins.ndim === 0 ? 1 : bins.shape[0]) : (bins as unknown[]).length;
  if (count !== 1 && count !== 2) bins = [bins as DimBins, bins as DimBins];
  else if (count === 1 && (typeof bins === "number" || typeof bins === "boolean")) bins = [bins, bins];
  const [bx, by] = bins as DimBins[];
  const range = (bound.range ?? [null, null]) as [readonly [number, number] | null, readonly [number, number] | null];
  const ex = dimEdges(xs, bx, range[0], 0);
  const ey = dimEdges(ys, by, range[1], 1);
  const w = bound.weights === null ? null : float64Copy(asarray(bound.weights));
  if (w !== null && w.length !== xs.length) throw new ValueError(`weights should have the same length as the sample: ${w.length} != ${xs.length}`);
  const nx = ex.edges.length - 1;
  const ny = ey.edges.length - 1;
  const hist = new Float64Array(nx * ny);
  for (let i = 0; i < xs.length; i++) {
    const kx = binOf(ex.edges, xs[i]);
    const ky = binOf(ey.edges, ys[i]);
    if (kx < 1 || kx > nx || ky < 1 || ky > ny) continue;
    hist[(kx - 1) * ny + (ky - 1)] += w === null ? 1 : w[i];
  }
  if (bound.density) {
    let total = 0;
    for (let k = 0; k < hist.length; k++) total += hist[k];
    for (let i = 0; i < nx; i++) {
      for (let j = 0; j < ny; j++) {
        hist[i * ny + j] = hist[i * ny + j] / (ex.edges[i + 1] - ex.edges[i]) / (ey.edges[j + 1] - ey.edges[j]) / total;
      }
    }
  }
  return [NDArray.fromStorage(hist, [nx, ny], float64), ex.arr, ey.arr];
}
pyfunction(HISTOGRAM2D, histogram2d);

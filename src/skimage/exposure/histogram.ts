/**
 * `skimage.exposure.histogram` and `cumulative_distribution` (0.19): one bin per integer for
 * integer images, NumPy's equal-width bins for floats.
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { DType, Storage, float32, float64, int64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, valueRange, warn } from "../_internal/arrays";
import { dtype_limits } from "../util/dtype";
import { channelLast, supportedFloat } from "./_common";
import { roundingFor } from "../_internal/rounding";

/** Which value range the bins cover: the image's own or its dtype's. */
export type SourceRange = "image" | "dtype";

/** Counts and bin centers; `counts` holds integers unless normalised. */
export interface Histogram {
  counts: Float64Array;
  centers: Float64Array;
}

/** Bin centers of an integer image: every integer from its (or its dtype's) min to max. */
export function integerCenters(values: ArrayLike<number>, dt: DType, source_range: SourceRange): Float64Array {
  let lo: number, hi: number;
  if (source_range === "image") [lo, hi] = valueRange(values);
  else [lo, hi] = dtype_limits(NDArray.fromStorage(new dt.storage(0), [0], dt));
  const centers = new Float64Array(Math.max(hi - lo + 1, 0));
  for (let k = 0; k < centers.length; k++) centers[k] = lo + k;
  return centers;
}

/** np.bincount against given integer centers (values outside them are not counted). */
export function integerCounts(values: ArrayLike<number>, centers: Float64Array): Float64Array {
  const counts = new Float64Array(centers.length);
  const lo = centers[0];
  const n = centers.length;
  for (let i = 0; i < values.length; i++) {
    const k = values[i] - lo;
    if (k >= 0 && k < n) counts[k]++;
  }
  return counts;
}

/**
 * np.histogram's (first, last) edges: the given range, or the data's min and max (widened by
 * 0.5 each way when equal). Non-finite ranges are ValueError as in NumPy.
 */
function outerEdges(values: ArrayLike<number>, range: [number, number] | null): [number, number] {
  let first: number, last: number;
  if (range !== null) [first, last] = range;
  else if (values.length === 0) [first, last] = [0, 1];
  else {
    [first, last] = valueRange(values);
    let nan = false;
    for (let i = 0; i < values.length && !nan; i++) nan = values[i] !== values[i];
    if (nan) [first, last] = [NaN, NaN];
    if (!Number.isFinite(first) || !Number.isFinite(last)) {
      throw new ValueError(`autodetected range of [${first}, ${last}] is not finite`);
    }
  }
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  return [first, last];
}

/** np.linspace(first, last, nbins + 1) in the bins' float type. */
export function binEdges(values: ArrayLike<number>, nbins: number, range: [number, number] | null, single: boolean): Float64Array {
  const [first, last] = outerEdges(values, range);
  const edges = new Float64Array(nbins + 1);
  const step = (last - first) / nbins;
  for (let k = 0; k <= nbins; k++) edges[k] = k * step + first;
  edges[nbins] = last;
  if (single) for (let k = 0; k <= nbins; k++) edges[k] = Math.fround(edges[k]);
  return edges;
}

/** np.histogram(values, bins=nbins, range) through NumPy's equal-bins fast path. */
export function uniformCounts(values: ArrayLike<number>, edges: Float64Array, single: boolean): Float64Array {
  const nbins = edges.length - 1;
  const first = edges[0];
  const last = edges[nbins];
  const f = roundingFor(single);
  const norm = f(nbins / f(last - first));
  const counts = new Float64Array(nbins);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= first && v <= last)) continue;
    let k = Math.trunc(f(f(v - first) * norm));
    if (k === nbins) k--;
    if (v < edges[k]) k--;
    else if (v >= edges[k + 1] && k !== nbins - 1) k++;
    counts[k]++;
  }
  return counts;
}

/** np.histogram(values, bins=edges): explicit edges, counted by search (last bin closed). */
export function edgeCounts(values: ArrayLike<number>, edges: Float64Array): Float64Array {
  const nbins = edges.length - 1;
  const counts = new Float64Array(nbins);
  const first = edges[0];
  const last = edges[nbins];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= first && v <= last)) continue;
    if (v === last) {
      // values equal to the last edge belong to the last bin with a non-empty width
      let k = nbins - 1;
      while (k > 0 && edges[k] === last) k--;
      counts[k]++;
      continue;
    }
    let lo = 0;
    let hi = nbins - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (edges[mid] <= v) lo = mid;
      else hi = mid - 1;
    }
    counts[lo]++;
  }
  return counts;
}

/** Centers (e[k] + e[k+1]) / 2 of consecutive edges. */
export function edgeCenters(edges: Float64Array, single: boolean): Float64Array {
  const c = new Float64Array(edges.length - 1);
  for (let k = 0; k < c.length; k++) c[k] = single ? Math.fround(Math.fround(edges[k] + edges[k + 1]) / 2) : (edges[k] + edges[k + 1]) / 2;
  return c;
}

/** The (min, max) a float image's bins cover: None for 'image', the dtype's limits otherwise. */
function floatRange(dt: DType, source_range: SourceRange): [number, number] | null {
  return source_range === "image" ? null : dtype_limits(NDArray.fromStorage(new dt.storage(0), [0], dt));
}

/**
 * 8- and 16-bit integers: one counting pass over a table of the whole dtype range, trimmed to
 * the values present ('image') or kept whole ('dtype').
 */
function smallIntegerHistogram(values: Storage, dt: DType, source_range: SourceRange): Histogram {
  const signed = dt.kind === "i";
  const size = 2 ** (8 * dt.itemsize);
  const offset = signed ? size / 2 : 0;
  const table = new Float64Array(size);
  if (values instanceof Uint8Array) for (let i = 0; i < values.length; i++) table[values[i]]++;
  else for (let i = 0; i < values.length; i++) table[values[i] + offset]++;
  let lo = 0;
  let hi = size - 1;
  if (source_range === "image") {
    while (lo < size && table[lo] === 0) lo++;
    while (hi > lo && table[hi] === 0) hi--;
    if (lo === size) return { counts: new Float64Array(0), centers: new Float64Array(0) };
  }
  const counts = table.slice(lo, hi + 1);
  const centers = new Float64Array(counts.length);
  for (let k = 0; k < centers.length; k++) centers[k] = lo - offset + k;
  return { counts, centers };
}

/** The histogram of flat values as skimage.exposure's private `_histogram` computes it. */
export function flatHistogram(values: Storage, dt: DType, nbins: number, source_range: SourceRange): Histogram {
  if ((dt.kind === "i" || dt.kind === "u") && dt.itemsize <= 2 && values.length > 0) return smallIntegerHistogram(values, dt, source_range);
  if (dt.kind === "i" || dt.kind === "u") {
    const centers = integerCenters(values, dt, source_range);
    return { counts: integerCounts(values, centers), centers };
  }
  const single = dt === float32;
  const edges = binEdges(values, nbins, floatRange(dt, source_range), single);
  return { counts: uniformCounts(values, edges, single), centers: edgeCenters(edges, single) };
}

const HISTOGRAM = signature(
  "skimage.exposure.histogram(image, nbins=256, source_range='image', normalize=False, *, channel_axis=None)",
  {
    types: { image: "array_like", nbins: "int", source_range: "str", normalize: "bool", channel_axis: "int|None" },
    choices: { source_range: ["image", "dtype"] },
  },
);

/** Keyword arguments of exposure.histogram. */
export interface HistogramOptions {
  nbins?: number;
  source_range?: SourceRange;
  normalize?: boolean;
  channel_axis?: number | null;
}

function normalizeCounts(counts: Float64Array): void {
  let total = 0;
  for (let k = 0; k < counts.length; k++) total += counts[k];
  for (let k = 0; k < counts.length; k++) counts[k] /= total;
}

/**
 * `skimage.exposure.histogram(image, nbins=256, source_range='image', normalize=False, *,
 * channel_axis=None)`: `[hist, bin_centers]`. Integer images get one bin per integer value
 * (int64 centers; `nbins` unused), float images `nbins` equal bins over the image's range
 * (or the dtype's, [-1, 1]). With `channel_axis`, one row of counts per channel over common
 * bins. `normalize` divides by the total (float64).
 */
export function histogram(
  image: NDArrayLike,
  ...rest: PyArgs<[nbins: number, source_range: SourceRange, normalize: boolean, options: HistogramOptions], HistogramOptions>
): [NDArray, NDArray];
export function histogram(...args: unknown[]): [NDArray, NDArray] {
  const { image, nbins, source_range, normalize, channel_axis } = HISTOGRAM.bind(args);
  const img = asNDArray(image as NDArrayLike);
  const dt = img.dtype;
  const isInt = dt.kind === "i" || dt.kind === "u";
  const sh = img.shape;
  if (sh.length === 3 && sh[2] < 4 && channel_axis === null) {
    warn("This might be a color image. The histogram will be computed on the flattened image. You can instead apply this function to each color channel, or set channel_axis.");
  }
  const countType = normalize ? float64 : int64;
  const centerType = isInt ? int64 : dt === float32 ? float32 : float64;
  if (channel_axis === null) {
    const h = flatHistogram(contiguousStorage(img), dt, nbins, source_range);
    if (normalize) normalizeCounts(h.counts);
    return [NDArray.fromStorage(h.counts, [h.counts.length], countType), centersArray(h.centers, centerType)];
  }
  const moved = channelLast(img, channel_axis);
  const values = contiguousStorage(moved);
  const channels = moved.shape[moved.ndim - 1];
  const single = dt === float32;
  let centers: Float64Array;
  let edges: Float64Array | null = null;
  if (isInt) centers = integerCenters(values, dt, source_range);
  else {
    edges = binEdges(values, nbins, floatRange(dt, source_range), single);
    centers = edgeCenters(edges, single);
  }
  const perChannel = values.length / Math.max(channels, 1);
  const channel = new Float64Array(perChannel);
  const nb = centers.length;
  const out = new Float64Array(channels * nb);
  for (let c = 0; c < channels; c++) {
    for (let i = 0; i < perChannel; i++) channel[i] = values[i * channels + c];
    const counts = isInt ? integerCounts(channel, centers) : edgeCounts(channel, edges!);
    if (normalize) normalizeCounts(counts);
    out.set(counts, c * nb);
  }
  return [NDArray.fromStorage(out, [channels, nb], countType), centersArray(centers, centerType)];
}
pyfunction(HISTOGRAM, histogram);

function centersArray(centers: Float64Array, dt: DType): NDArray {
  const data = dt === float64 || dt === int64 ? centers : new dt.storage(centers);
  return NDArray.fromStorage(data, [centers.length], dt);
}

const CUMULATIVE = signature("skimage.exposure.cumulative_distribution(image, nbins=256)", {
  types: { image: "array_like", nbins: "int" },
});

/** The cdf of flat values and its bin centers, in float64. */
export function flatCdf(values: Storage, dt: DType, nbins: number): Histogram {
  const h = flatHistogram(values, dt, nbins, "image");
  const c = h.counts;
  for (let k = 1; k < c.length; k++) c[k] += c[k - 1];
  const total = c[c.length - 1];
  for (let k = 0; k < c.length; k++) c[k] /= total;
  return h;
}

/**
 * `skimage.exposure.cumulative_distribution(image, nbins=256)`: `[img_cdf, bin_centers]`,
 * the cumulative histogram divided by the pixel count (float32 for float32 images).
 */
export function cumulative_distribution(image: NDArrayLike, ...rest: PyArgs<[nbins: number, options: { nbins?: number }], { nbins?: number }>): [NDArray, NDArray];
export function cumulative_distribution(...args: unknown[]): [NDArray, NDArray] {
  const { image, nbins } = CUMULATIVE.bind(args);
  const img = asNDArray(image as NDArrayLike);
  const dt = img.dtype;
  const h = flatCdf(contiguousStorage(img), dt, nbins);
  const cdfType = supportedFloat(dt);
  const isInt = dt.kind === "i" || dt.kind === "u";
  return [centersArray(h.counts, cdfType), centersArray(h.centers, isInt ? int64 : dt === float32 ? float32 : float64)];
}
pyfunction(CUMULATIVE, cumulative_distribution);

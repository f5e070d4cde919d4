/**
 * Global thresholds from the image histogram (scikit-image 0.19): threshold_yen,
 * threshold_isodata, threshold_minimum, threshold_triangle, and threshold_mean.
 * Float32 steps are kept where scikit-image computes in float32.
 */
import { NDArray } from "../../np/ndarray";
import { mean } from "../../np/reduce/stats";
import { float32, uint8 } from "../../np/dtype";
import { contiguousStorage } from "../../np/contiguous";
import { IndexError, RuntimeError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { uniformFilter1d } from "./_uniform";
import { HistLike, argmax, centersAt, thresholdHistogram } from "./_histogram";
import { keepFloat64 } from "../_internal/rounding";

const f = Math.fround;

/** Keyword arguments of the thresholds that take `nbins` and `hist`. */
export interface HistThresholdOptions {
  nbins?: number;
  hist?: HistLike | null;
}

const YEN = signature("skimage.filters.threshold_yen(image=None, nbins=256, *, hist=None)", {
  types: { image: "array_like|None", nbins: "int", hist: "array_like|sequence|None" },
});

/**
 * `skimage.filters.threshold_yen(image=None, nbins=256, *, hist=None)`: Yen's threshold, the
 * bin center maximising the entropic correlation of the two classes.
 */
export function threshold_yen(image?: NDArrayLike | null, ...rest: PyArgs<[nbins: number, options: HistThresholdOptions], HistThresholdOptions>): number;
export function threshold_yen(...args: unknown[]): number {
  const { image, nbins, hist } = YEN.bind(args);
  const h = thresholdHistogram(image, hist, nbins);
  const n = h.centers.length;
  if (n === 1) return h.centers[0];
  let total = 0;
  for (let k = 0; k < n; k++) total += h.counts[k];
  const t32 = f(total);
  const pmf = new Float64Array(n);
  for (let k = 0; k < n; k++) pmf[k] = f(f(h.counts[k]) / t32);
  const p1 = new Float64Array(n);
  const p1sq = new Float64Array(n);
  const p2sq = new Float64Array(n);
  let a = 0;
  let b = 0;
  for (let k = 0; k < n; k++) {
    p1[k] = a = f(a + pmf[k]);
    p1sq[k] = b = f(b + f(pmf[k] * pmf[k]));
  }
  b = 0;
  for (let k = n - 1; k >= 0; k--) p2sq[k] = b = f(b + f(pmf[k] * pmf[k]));
  const crit = new Float64Array(n - 1);
  for (let k = 0; k < n - 1; k++) {
    const inv = f(1 / f(p1sq[k] * p2sq[k + 1]));
    const c = f(p1[k] * f(1 - p1[k]));
    crit[k] = f(Math.log(f(inv * f(c * c))));
  }
  return h.centers[argmax(crit)];
}
pyfunction(YEN, threshold_yen);

const ISODATA = signature("skimage.filters.threshold_isodata(image=None, nbins=256, return_all=False, *, hist=None)", {
  types: { image: "array_like|None", nbins: "int", return_all: "bool", hist: "array_like|sequence|None" },
});

/** Keyword arguments of threshold_isodata. */
export interface IsodataOptions extends HistThresholdOptions {
  return_all?: boolean;
}

/**
 * `skimage.filters.threshold_isodata(image=None, nbins=256, return_all=False, *, hist=None)`:
 * the Ridler-Calvard threshold, the first bin center t with t = (mean below + mean above) / 2
 * within one bin; with `return_all`, every such center as an array.
 */
export function threshold_isodata(image: NDArrayLike | null | undefined, options: IsodataOptions & { return_all: true }): NDArray;
export function threshold_isodata(image?: NDArrayLike | null, ...rest: PyArgs<[nbins: number, return_all: false, options: IsodataOptions & { return_all?: false }], IsodataOptions & { return_all?: false }>): number;
export function threshold_isodata(image?: NDArrayLike | null, ...rest: PyArgs<[nbins: number, return_all: boolean, options: IsodataOptions], IsodataOptions>): number | NDArray;
export function threshold_isodata(...args: unknown[]): number | NDArray {
  const { image, nbins, return_all, hist } = ISODATA.bind(args);
  const h = thresholdHistogram(image, hist, nbins);
  const n = h.centers.length;
  if (n === 1) return return_all ? centersAt(h, [0]) : h.centers[0];
  // float32 counts; the intensity sums are float32 too when the centers are (float32 images)
  const g = h.centerType === float32 ? f : keepFloat64;
  const csuml = new Float64Array(n);
  const csumInt = new Float64Array(n);
  let s = 0;
  let si = 0;
  for (let k = 0; k < n; k++) {
    const c = f(h.counts[k]);
    csuml[k] = s = f(s + c);
    csumInt[k] = si = g(si + g(c * h.centers[k]));
  }
  const width = g(h.centers[1] - h.centers[0]);
  const picked: number[] = [];
  for (let k = 0; k < n - 1; k++) {
    const lower = g(csumInt[k] / csuml[k]);
    const higher = g(g(csumInt[n - 1] - csumInt[k]) / f(csuml[n - 1] - csuml[k]));
    const d = g(g(g(lower + higher) / 2.0) - h.centers[k]);
    if (d >= 0 && d < width) picked.push(k);
  }
  if (return_all) return centersAt(h, picked);
  if (picked.length === 0) throw new IndexError("index 0 is out of bounds for axis 0 with size 0");
  return h.centers[picked[0]];
}
pyfunction(ISODATA, threshold_isodata);

const MEAN = signature("skimage.filters.threshold_mean(image)", { types: { image: "array_like" } });

/** `skimage.filters.threshold_mean(image)`: the mean intensity (np.mean). */
export function threshold_mean(image: NDArrayLike): number;
export function threshold_mean(...args: unknown[]): number {
  const { image } = MEAN.bind(args);
  const img = asNDArray(image);
  // a uint8 sum is exact in any order, so the mean is NumPy's to the bit
  if (img.dtype === uint8 && img.size > 0) return byteSum(contiguousStorage(img) as Uint8Array) / img.size;
  return mean(img) as number;
}

/** The sum of bytes, four per 32-bit word (two 16-bit lanes of byte pairs) where aligned. */
function byteSum(b: Uint8Array): number {
  let total = 0;
  let i = 0;
  if (b.byteOffset % 4 === 0) {
    const words = new Uint32Array(b.buffer, b.byteOffset, b.length >> 2);
    for (let k = 0; k < words.length; ) {
      // 64 words add at most 64 * 510 to a lane: no carry into the next, and the total stays a small integer
      const end = Math.min(words.length, k + 64);
      let lanes = 0;
      for (; k < end; k++) {
        const w = words[k];
        lanes += (w & 0x00ff00ff) + ((w >>> 8) & 0x00ff00ff);
      }
      total += (lanes & 0xffff) + (lanes >>> 16);
    }
    i = words.length << 2;
  }
  for (; i < b.length; i++) total += b[i];
  return total;
}
pyfunction(MEAN, threshold_mean);

const TRIANGLE = signature("skimage.filters.threshold_triangle(image, nbins=256)", {
  types: { image: "array_like", nbins: "int" },
});

/**
 * `skimage.filters.threshold_triangle(image, nbins=256)`: Zack's triangle method, the level
 * farthest from the line joining the histogram peak to its far end.
 */
export function threshold_triangle(image: NDArrayLike, ...rest: PyArgs<[nbins: number, options: { nbins?: number }], { nbins?: number }>): number;
export function threshold_triangle(...args: unknown[]): number {
  const { image, nbins } = TRIANGLE.bind(args);
  const h = thresholdHistogram(image, null, nbins);
  let hist = h.counts;
  const n = hist.length;
  let peak = argmax(hist);
  const peakHeight = hist[peak];
  let low = 0;
  while (low < n && !(hist[low] > 0)) low++;
  let high = n - 1;
  while (high > 0 && !(hist[high] > 0)) high--;
  const flip = peak - low < high - peak;
  if (flip) {
    hist = hist.slice().reverse();
    low = n - high - 1;
    peak = n - peak - 1;
  }
  const width = peak - low;
  const norm = Math.sqrt(peakHeight * peakHeight + width * width);
  const ph = peakHeight / norm;
  const w = width / norm;
  if (width <= 0) throw new RuntimeError("attempt to get argmax of an empty sequence");
  let best = -Infinity;
  let level = 0;
  for (let x = 0; x < width; x++) {
    const len = ph * x - w * hist[x + low];
    if (len > best) {
      best = len;
      level = x;
    }
  }
  level += low;
  if (flip) level = n - level - 1;
  return h.centers[level];
}
pyfunction(TRIANGLE, threshold_triangle);

const MINIMUM = signature("skimage.filters.threshold_minimum(image=None, nbins=256, max_num_iter=10000, *, hist=None)", {
  types: { image: "array_like|None", nbins: "int", max_num_iter: "int", hist: "array_like|sequence|None" },
});

/** Keyword arguments of threshold_minimum. */
export interface MinimumOptions extends HistThresholdOptions {
  max_num_iter?: number;
}

function localMaxima(h: Float64Array): number[] {
  const idx: number[] = [];
  let dir = 1;
  for (let i = 0; i < h.length - 1; i++) {
    if (dir > 0) {
      if (h[i + 1] < h[i]) {
        dir = -1;
        idx.push(i);
      }
    } else if (h[i + 1] > h[i]) dir = 1;
  }
  return idx;
}

/**
 * `skimage.filters.threshold_minimum(image=None, nbins=256, max_num_iter=10000, *,
 * hist=None)`: the histogram is smoothed (3-wide running mean) until it has two maxima; the
 * threshold is the minimum between them. RuntimeError when that never happens.
 */
export function threshold_minimum(image?: NDArrayLike | null, ...rest: PyArgs<[nbins: number, max_num_iter: number, options: MinimumOptions], MinimumOptions>): number;
export function threshold_minimum(...args: unknown[]): number {
  const { image, nbins, max_num_iter, hist } = MINIMUM.bind(args);
  const h = thresholdHistogram(image, hist, nbins);
  let smooth = h.counts;
  let maxima: number[] = [];
  let counter = 0;
  for (counter = 0; counter < max_num_iter; counter++) {
    smooth = uniformFilter1d(smooth, [smooth.length], 0, 3, "reflect");
    maxima = localMaxima(smooth);
    if (maxima.length < 3) break;
  }
  if (counter === max_num_iter) counter--;
  if (maxima.length !== 2) throw new RuntimeError("Unable to find two maxima in histogram");
  if (counter === max_num_iter - 1) throw new RuntimeError("Maximum iteration reached for histogramsmoothing");
  let best = maxima[0];
  for (let k = maxima[0]; k <= maxima[1]; k++) if (smooth[k] < smooth[best]) best = k;
  return h.centers[best];
}
pyfunction(MINIMUM, threshold_minimum);

/** `skimage.filters.threshold_otsu` (0.19). */
import { contiguousStorage } from "../../np/contiguous";
import { ValueError } from "../../errors";
import { NDArrayLike, asNDArray, shapeStr, valueRange, warn } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";
import { PyException } from "../_internal/errors";
import { IndexError } from "../../errors";
import { NDArray } from "../../np/ndarray";
import { pyfunction, signature } from "../../signature";

const THRESHOLD_OTSU = signature("skimage.filters.threshold_otsu(image=None, nbins=256, *, hist=None)", {
  types: { image: [IMAGE, "None"], nbins: "int", hist: [IMAGE, "None"] },
});

/** Keyword arguments of threshold_otsu. */
export interface ThresholdOtsuOptions {
  image?: NDArrayLike | null;
  /** Bins of the histogram of a float image (integer images get one bin per value). */
  nbins?: number;
  /** A histogram instead of the image: counts (an NDArray; centers 0, 1, ...) or a [counts, centers] pair. */
  hist?: NDArray | readonly [NDArrayLike, NDArrayLike] | null;
}

/** A float as Python prints it: 0.0, 0.5, nan, inf. */
function pyFloat(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  return Number.isInteger(v) ? v.toFixed(1) : String(v);
}

/** skimage.exposure.histogram with source_range='image': integer bincount or np.histogram. */
function histogram(values: ArrayLike<number>, isInt: boolean, nbins: number): { counts: Float64Array; centers: Float64Array } {
  let [lo, hi] = valueRange(values);
  if (isInt) {
    const n = hi - lo + 1;
    const counts = new Float64Array(n);
    for (let i = 0; i < values.length; i++) counts[values[i] - lo]++;
    const centers = new Float64Array(n);
    for (let k = 0; k < n; k++) centers[k] = lo + k;
    return { counts, centers };
  }
  // np.histogram's range is (min, max), NaN when any value is NaN
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== values[i]) {
      lo = NaN;
      hi = NaN;
      break;
    }
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    throw new ValueError(`autodetected range of [${pyFloat(lo)}, ${pyFloat(hi)}] is not finite`);
  }
  if (nbins < 1) throw new ValueError("`bins` must be positive, when an integer");
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  // np.linspace(lo, hi, nbins + 1) and numpy's uniform-bin assignment with edge corrections
  const edges = new Float64Array(nbins + 1);
  const step = (hi - lo) / nbins;
  for (let k = 0; k <= nbins; k++) edges[k] = k * step + lo;
  edges[nbins] = hi;
  const norm = nbins / (hi - lo);
  const counts = new Float64Array(nbins);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    let k = Math.trunc((v - lo) * norm);
    if (k === nbins) k--;
    if (v < edges[k]) k--;
    else if (v >= edges[k + 1] && k !== nbins - 1) k++;
    counts[k]++;
  }
  const centers = new Float64Array(nbins);
  for (let k = 0; k < nbins; k++) centers[k] = (edges[k] + edges[k + 1]) / 2;
  return { counts, centers };
}

/** scikit-image's `_validate_image_histogram` for a given histogram: zero counts trimmed from both ends. */
function givenHistogram(hist: NDArray | readonly [NDArrayLike, NDArrayLike]): { counts: Float64Array; centers: Float64Array } {
  let counts: Float64Array;
  let centers: Float64Array;
  if (Array.isArray(hist)) {
    // a Python tuple or list is (counts, bin_centers)
    if (hist.length !== 2) throw new ValueError(`${hist.length > 2 ? "too many" : "not enough"} values to unpack (expected 2${hist.length > 2 ? "" : `, got ${hist.length}`})`);
    counts = Float64Array.from(contiguousStorage(asNDArray(hist[0], "hist")));
    centers = Float64Array.from(contiguousStorage(asNDArray(hist[1], "hist")));
  } else {
    counts = Float64Array.from(contiguousStorage(hist as NDArray));
    centers = Float64Array.from(counts, (_, i) => i);
  }
  if (counts.length === 0) throw new IndexError("index 0 is out of bounds for axis 0 with size 0");
  if (counts[0] === 0 || counts[counts.length - 1] === 0) {
    let start = 0;
    while (start < counts.length && !(counts[start] > 0)) start++;
    if (start === counts.length) start = 0; // np.argmax of all False
    let end = counts.length;
    while (end > 0 && !(counts[end - 1] > 0)) end--;
    if (end === 0) end = counts.length;
    counts = counts.slice(start, end);
    centers = centers.slice(start, end);
  }
  return { counts, centers };
}

/**
 * `skimage.filters.threshold_otsu(image=None, nbins=256, *, hist=None)`: Otsu's threshold
 * maximising the between-class variance of the image histogram (integer images: one bin per
 * value; floats: nbins equal bins over [min, max]), or of the given `hist`. A constant image
 * returns its value.
 */
export function threshold_otsu(image?: NDArrayLike | null | ThresholdOtsuOptions, nbins?: number | ThresholdOtsuOptions, options?: ThresholdOtsuOptions): number;
export function threshold_otsu(...args: unknown[]): number {
  const bound = args.length === 1 && args[0] instanceof NDArray ? { image: args[0], nbins: 256, hist: null } : THRESHOLD_OTSU.bind(args);
  const image = bound.image as NDArrayLike | null;
  if (image === null && bound.hist === null) throw new PyException("Either image or hist must be provided.");
  let isInt = false;
  let values: ArrayLike<number> = [];
  if (image !== null) {
    const img = asNDArray(image);
    if (img.ndim > 2 && (img.shape[img.ndim - 1] === 3 || img.shape[img.ndim - 1] === 4)) {
      warn(`threshold_otsu is expected to work correctly only for grayscale images; image shape ${shapeStr(img.shape)} looks like that of an RGB image.`);
    }
    values = contiguousStorage(img);
    if (values.length === 0) throw new IndexError("index 0 is out of bounds for axis 0 with size 0");
    const first = values[0];
    let constant = true;
    for (let i = 1; i < values.length; i++) {
      if (values[i] !== first) {
        constant = false;
        break;
      }
    }
    if (constant) return first;
    isInt = img.dtype.kind !== "f";
  }
  const { counts, centers } = bound.hist !== null ? givenHistogram(bound.hist) : histogram(values, isInt, bound.nbins);
  const n = counts.length;
  const w1 = new Float64Array(n);
  const m1 = new Float64Array(n);
  let cw = 0;
  let cm = 0;
  for (let k = 0; k < n; k++) {
    cw += counts[k];
    cm += counts[k] * centers[k];
    w1[k] = cw;
    m1[k] = cm / cw;
  }
  const w2 = new Float64Array(n);
  const m2 = new Float64Array(n);
  cw = 0;
  cm = 0;
  for (let k = n - 1; k >= 0; k--) {
    cw += counts[k];
    cm += counts[k] * centers[k];
    w2[k] = cw;
    m2[k] = cm / cw;
  }
  let best = -Infinity;
  let idx = 0;
  for (let k = 0; k < n - 1; k++) {
    const d = m1[k] - m2[k + 1];
    const v = w1[k] * w2[k + 1] * d * d;
    if (v > best || (best !== best && v === v)) {
      best = v;
      idx = k;
    }
  }
  return centers[idx];
}
pyfunction(THRESHOLD_OTSU, threshold_otsu);

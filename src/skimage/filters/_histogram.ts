/**
 * The histogram the histogram-based thresholds start from (`_validate_image_histogram`): the
 * image's exposure.histogram, or a given histogram (counts, or [counts, bin_centers]) with its
 * empty ends trimmed.
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { DType, float64, int64 } from "../../np/dtype";
import { PyTypeError } from "../../errors";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { flatHistogram } from "../exposure/histogram";

/** A histogram as the thresholds take it: counts, or [counts, bin_centers]. */
export type HistLike = NDArrayLike | readonly [NDArrayLike, NDArrayLike];

export interface ThresholdHistogram {
  counts: Float64Array;
  centers: Float64Array;
  /** The dtype the centers have in scikit-image (int64 for integer images). */
  centerType: DType;
}

function values(x: NDArrayLike): Float64Array {
  return Float64Array.from(contiguousStorage(asNDArray(x, "hist")));
}

/** The counts and bin centers a threshold works on. */
export function thresholdHistogram(image: NDArrayLike | null, hist: HistLike | null, nbins: number, normalize = false): ThresholdHistogram {
  if (image === null && hist === null) throw new Error("Either image or hist must be provided.");
  if (hist !== null) {
    let counts: Float64Array;
    let centers: Float64Array;
    let centerType: DType = int64;
    if (Array.isArray(hist) && hist.length === 2 && !(typeof hist[0] === "number")) {
      counts = values(hist[0] as NDArrayLike);
      const c = asNDArray(hist[1] as NDArrayLike, "hist");
      centers = values(c);
      centerType = c.dtype;
    } else {
      counts = values(hist as NDArrayLike);
      centers = new Float64Array(counts.length);
      for (let k = 0; k < counts.length; k++) centers[k] = k;
    }
    if (counts[0] === 0 || counts[counts.length - 1] === 0) {
      let start = 0;
      while (start < counts.length && !(counts[start] > 0)) start++;
      if (start === counts.length) start = 0;
      let end = counts.length;
      while (end > 0 && !(counts[end - 1] > 0)) end--;
      if (end === 0) end = counts.length;
      counts = counts.slice(start, end);
      centers = centers.slice(start, end);
    }
    return { counts, centers, centerType };
  }
  const img = asNDArray(image as NDArrayLike);
  if (img.dtype.kind === "b") throw new PyTypeError("numpy boolean subtract, the `-` operator, is not supported");
  const h = flatHistogram(contiguousStorage(img), img.dtype, nbins, "image");
  if (normalize) {
    let total = 0;
    for (let k = 0; k < h.counts.length; k++) total += h.counts[k];
    for (let k = 0; k < h.counts.length; k++) h.counts[k] /= total;
  }
  const isInt = img.dtype.kind === "i" || img.dtype.kind === "u";
  return { counts: h.counts, centers: h.centers, centerType: isInt ? int64 : img.dtype.name === "float32" ? img.dtype : float64 };
}

/** The index of the first maximum (the first NaN if any, as np.argmax). */
export function argmax(a: ArrayLike<number>): number {
  let best = 0;
  for (let k = 0; k < a.length; k++) {
    if (a[k] !== a[k]) return k;
    if (a[k] > a[best]) best = k;
  }
  return best;
}

/** A 1-D array of picked bin centers in their dtype. */
export function centersAt(h: ThresholdHistogram, idx: readonly number[]): NDArray {
  const out = new h.centerType.storage(idx.length);
  for (let k = 0; k < idx.length; k++) out[k] = h.centers[idx[k]];
  return NDArray.fromStorage(out, [idx.length], h.centerType);
}

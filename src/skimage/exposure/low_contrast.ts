/** `skimage.exposure.is_low_contrast` (0.19). */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { bool, uint8 } from "../../np/dtype";
import { quantilePositions, quantileValue } from "../../np/reduce/quantile-methods";
import { percentile } from "../../np/reduce/quantile";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { rgb2gray, rgba2rgb } from "../color/gray";
import { dtype_limits } from "../util/dtype";

const LOW_CONTRAST = signature(
  "skimage.exposure.is_low_contrast(image, fraction_threshold=0.05, lower_percentile=1, upper_percentile=99, method='linear')",
  {
    types: { image: "array_like", fraction_threshold: "float", lower_percentile: "float", upper_percentile: "float", method: "str" },
    // 0.19 computes the linear ratio whatever method says: any other value is refused
    unsupported: ["method"],
  },
);

/** Keyword arguments of exposure.is_low_contrast. */
export interface IsLowContrastOptions {
  fraction_threshold?: number;
  lower_percentile?: number;
  upper_percentile?: number;
  method?: "linear";
}

/**
 * `skimage.exposure.is_low_contrast(image, fraction_threshold=0.05, lower_percentile=1,
 * upper_percentile=99, method='linear')`: true when the spread between the two percentiles is
 * below `fraction_threshold` of the dtype's range. RGB(A) images are judged in gray; a bool
 * image is low contrast unless it holds both values.
 */
export function is_low_contrast(
  image: NDArrayLike,
  ...rest: PyArgs<[fraction_threshold: number, lower_percentile: number, upper_percentile: number, method: "linear", options: IsLowContrastOptions], IsLowContrastOptions>
): boolean;
export function is_low_contrast(...args: unknown[]): boolean {
  const { image, fraction_threshold, lower_percentile, upper_percentile } = LOW_CONTRAST.bind(args);
  let img = asNDArray(image as NDArrayLike);
  if (img.dtype === bool) {
    const d = contiguousStorage(img);
    let any = false;
    let all = true;
    for (let i = 0; i < d.length; i++) {
      if (d[i]) any = true;
      else all = false;
    }
    return !(any && !all);
  }
  if (img.ndim === 3) {
    if (img.shape[2] === 4) img = rgba2rgb(img);
    if (img.shape[2] === 3) img = rgb2gray(img);
  }
  const [dlo, dhi] = dtype_limits(img);
  const l = img.dtype === uint8 ? byteImagePercentiles(img, lower_percentile, upper_percentile) : null;
  if (l === null) {
    const limits = percentile(img, [lower_percentile, upper_percentile]) as NDArray;
    const p = contiguousStorage(limits);
    return (p[1] - p[0]) / (dhi - dlo) < fraction_threshold;
  }
  return (l[1] - l[0]) / (dhi - dlo) < fraction_threshold;
}

/**
 * np.percentile's linear percentiles of a uint8 image from its histogram: the sorted values
 * at any position are read off the cumulative counts, no sort or copy needed. Null when a
 * percentile is outside [0, 100] (np.percentile then raises).
 */
function byteImagePercentiles(img: NDArray, lower: number, upper: number): [number, number] | null {
  if (!(lower >= 0 && lower <= 100 && upper >= 0 && upper <= 100)) return null;
  const src = contiguousStorage(img);
  const n = src.length;
  if (n === 0) return null;
  const counts = new Float64Array(256);
  for (let i = 0; i < n; i++) counts[src[i]]++;
  // the sorted value at position p: the first level whose cumulative count exceeds p
  const sortedAt = (p: number): number => {
    let seen = 0;
    for (let v = 0; v < 256; v++) {
      seen += counts[v];
      if (seen > p) return v;
    }
    return 255;
  };
  const window = [0, 0];
  const at = (q: number): number => {
    const [previous, next] = quantilePositions(n, q, "linear");
    window[0] = sortedAt(previous);
    window[1] = sortedAt(next);
    return quantileValue(window, -previous, n, q, "linear", false);
  };
  return [at(lower / 100), at(upper / 100)];
}
pyfunction(LOW_CONTRAST, is_low_contrast);

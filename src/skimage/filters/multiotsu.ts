/** `skimage.filters.threshold_multiotsu` (0.19): Otsu's method for several classes. */
import { NDArray } from "../../np/ndarray";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, shapeStr, warn } from "../_internal/arrays";
import { HistLike, centersAt, thresholdHistogram } from "./_histogram";

const f = Math.fround;

const MULTIOTSU = signature("skimage.filters.threshold_multiotsu(image=None, classes=3, nbins=256, *, hist=None)", {
  types: { image: "array_like|None", classes: "int", nbins: "int", hist: "array_like|sequence|None" },
});

/** Keyword arguments of threshold_multiotsu. */
export interface MultiotsuOptions {
  classes?: number;
  nbins?: number;
  hist?: HistLike | null;
}

/**
 * The upper triangle of between-class variances S(i..j)^2 / P(i..j) in float32, as
 * scikit-image's lookup table holds it (row i starts at i * (2n - i + 1) / 2).
 */
function varianceTable(prob: Float64Array): Float64Array {
  const n = prob.length;
  const table = new Float64Array((n * (n + 1)) / 2);
  const p = new Float64Array(n);
  const s = new Float64Array(n);
  p[0] = prob[0];
  s[0] = prob[0];
  for (let i = 1; i < n; i++) {
    p[i] = f(p[i - 1] + prob[i]);
    s[i] = f(s[i - 1] + f(i * prob[i]));
    if (p[i] > 0) table[i] = f(f(s[i] * s[i]) / p[i]);
  }
  let idx = n;
  for (let i = 1; i < n; i++) {
    for (let j = i; j < n; j++) {
      const pij = f(p[j] - p[i - 1]);
      if (pij > 0) {
        const sij = f(s[j] - s[i - 1]);
        table[idx] = f(f(sij * sij) / pij);
      }
      idx++;
    }
  }
  return table;
}

/** The threshold indices maximising the summed variances, searched as scikit-image does. */
function bestIndices(table: Float64Array, n: number, count: number): number[] {
  const at = (i: number, j: number) => table[(i * (2 * n - i + 1)) / 2 + j - i];
  const current = new Array<number>(count).fill(0);
  const best = new Array<number>(count).fill(0);
  let sigmaMax = 0;
  const visit = (histIdx: number, threshIdx: number): void => {
    if (threshIdx < count) {
      for (let idx = histIdx; idx < n - count + threshIdx; idx++) {
        current[threshIdx] = idx;
        visit(idx + 1, threshIdx + 1);
      }
      return;
    }
    let sigma = f(at(0, current[0]) + at(current[count - 1] + 1, n - 1));
    for (let k = 0; k < count - 1; k++) sigma = f(sigma + at(current[k] + 1, current[k + 1]));
    if (sigma > sigmaMax) {
      sigmaMax = sigma;
      for (let k = 0; k < count; k++) best[k] = current[k];
    }
  };
  visit(0, 0);
  return best;
}

/**
 * `skimage.filters.threshold_multiotsu(image=None, classes=3, nbins=256, *, hist=None)`: the
 * `classes - 1` thresholds maximising the between-class variance, as an array of bin centers.
 * ValueError when the image has fewer distinct values than classes.
 */
export function threshold_multiotsu(image?: NDArrayLike | null, ...rest: PyArgs<[classes: number, nbins: number, options: MultiotsuOptions], MultiotsuOptions>): NDArray;
export function threshold_multiotsu(...args: unknown[]): NDArray {
  const { image, classes, nbins, hist } = MULTIOTSU.bind(args);
  if (image !== null) {
    const img = asNDArray(image as NDArrayLike);
    if (img.ndim > 2 && (img.shape[img.ndim - 1] === 3 || img.shape[img.ndim - 1] === 4)) {
      warn(`threshold_multiotsu is expected to work correctly only for grayscale images; image shape ${shapeStr(img.shape)} looks like that of an RGB image.`);
    }
  }
  const h = thresholdHistogram(image, hist, nbins, true);
  const prob = h.counts.map((c) => f(c));
  let nvalues = 0;
  for (let k = 0; k < prob.length; k++) if (prob[k] !== 0) nvalues++;
  if (nvalues < classes) {
    throw new ValueError(`The input image has only ${nvalues} different values. It cannot be thresholded in ${classes} classes.`);
  }
  let idx: number[];
  if (nvalues === classes) {
    idx = [];
    for (let k = 0; k < prob.length; k++) if (prob[k] > 0) idx.push(k);
    idx.pop();
  } else {
    idx = bestIndices(varianceTable(prob), prob.length, classes - 1);
  }
  return centersAt(h, idx);
}
pyfunction(MULTIOTSU, threshold_multiotsu);

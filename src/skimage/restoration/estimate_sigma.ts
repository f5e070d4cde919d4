/**
 * `skimage.restoration.estimate_sigma` (0.19): Donoho's robust noise estimate from the finest
 * diagonal detail coefficients of a single-level db2 wavelet transform (as pywt.dwtn computes
 * them, symmetric extension).
 */
import { NDArray } from "../../np/ndarray";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";
import { axisLayout, extendIndex } from "../_internal/boundary";
import { multichannelToAxis } from "../_internal/multichannel";
import { splitPlanes } from "./_channels";

const ESTIMATE_SIGMA = signature("skimage.restoration.estimate_sigma(image, average_sigmas=False, multichannel=False, *, channel_axis=None)", {
  types: { image: IMAGE, average_sigmas: "bool", multichannel: "bool", channel_axis: "int|None" },
});

/** Keyword arguments of estimate_sigma. */
export interface EstimateSigmaOptions {
  average_sigmas?: boolean;
  /** Deprecated in scikit-image 0.19: `channel_axis: -1` instead. */
  multichannel?: boolean;
  channel_axis?: number | null;
}

/** Daubechies 2 decomposition high-pass filter (pywt's `Wavelet('db2').dec_hi`). */
const DB2_DEC_HI = new Float64Array([-0.48296291314453416, 0.8365163037378079, -0.2241438680420134, -0.12940952255126037]);
/** scipy.stats.norm.ppf(0.75): the 75th percentile of |N(0, 1)|'s symmetric law. */
const NORM_PPF_075 = 0.6744897501960817;

/**
 * `skimage.restoration.estimate_sigma(image, average_sigmas=False, multichannel=False, *,
 * channel_axis=None)`: the noise standard deviation, median(|d|) / 0.6745 over the non-zero
 * finest diagonal db2 detail coefficients d. With `channel_axis`, one estimate per channel (an
 * array of numbers, Python's list), or their mean with `average_sigmas`.
 */
export function estimate_sigma(
  image: NDArrayLike,
  ...rest: PyArgs<[average_sigmas: boolean, multichannel: boolean, options: EstimateSigmaOptions], EstimateSigmaOptions>
): number | number[];
export function estimate_sigma(...args: unknown[]): number | number[] {
  const b = ESTIMATE_SIGMA.bind(args);
  const channelAxis = multichannelToAxis(args, b, 2, "estimate_sigma");
  const img = asNDArray(b.image as NDArrayLike);
  if (channelAxis !== null) {
    const { planes, spatial } = splitPlanes(img, channelAxis);
    const sigmas = planes.map((p) => sigmaOfPlane(p, spatial));
    if (!b.average_sigmas) return sigmas;
    let s = 0;
    for (const v of sigmas) s += v;
    return s / sigmas.length;
  }
  const shape = img.shape;
  if (shape[shape.length - 1] <= 4) {
    warn(`image is size ${shape[shape.length - 1]} on the last axis, but channel_axis is None. If this is a color image, please set channel_axis=-1 for proper noise estimation.`);
  }
  return sigmaOfPlane(splitPlanes(img, null).planes[0], shape);
}
pyfunction(ESTIMATE_SIGMA, estimate_sigma);

function sigmaOfPlane(values: Float64Array, shape: readonly number[]): number {
  let cur = values;
  let curShape = shape.slice();
  for (let axis = 0; axis < curShape.length; axis++) {
    cur = highPassDecimate(cur, curShape, axis);
    curShape[axis] = Math.floor((curShape[axis] + DB2_DEC_HI.length - 1) / 2);
  }
  let count = 0;
  for (let i = 0; i < cur.length; i++) if (cur[i] !== 0) cur[count++] = Math.abs(cur[i]);
  return median(cur.subarray(0, count)) / NORM_PPF_075;
}

/** np.median, reordering `v` (NaN for none, as NumPy's mean of an empty slice). */
function median(v: Float64Array): number {
  const n = v.length;
  if (n === 0) return NaN;
  const m = n >> 1;
  const upper = select(v, m);
  if (n % 2 === 1) return upper;
  // the lower middle is the largest of the part below m
  let lower = -Infinity;
  for (let i = 0; i < m; i++) if (v[i] > lower) lower = v[i];
  return (lower + upper) / 2;
}

/** The k-th smallest of v (Hoare's selection); afterwards v[0..k) <= v[k] <= v(k..n). */
function select(v: Float64Array, k: number): number {
  let lo = 0;
  let hi = v.length - 1;
  while (hi > lo) {
    const pivot = v[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (v[i] < pivot) i++;
      while (v[j] > pivot) j--;
      if (i <= j) {
        const t = v[i];
        v[i++] = v[j];
        v[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return v[k];
}

/** pywt's downsampling convolution along one axis: out[o] = sum_j h[j] x[2o + 1 - j], symmetric ends. */
function highPassDecimate(src: Float64Array, shape: readonly number[], axis: number): Float64Array {
  const { outer, n, inner } = axisLayout(shape, axis);
  const f = DB2_DEC_HI.length;
  const m = Math.floor((n + f - 1) / 2);
  const out = new Float64Array(outer * m * inner);
  const at = new Int32Array(m * f);
  for (let o = 0; o < m; o++) for (let j = 0; j < f; j++) at[o * f + j] = extendIndex(2 * o + 1 - j, n, "reflect");
  for (let a = 0; a < outer; a++) {
    for (let o = 0; o < m; o++) {
      const ob = (a * m + o) * inner;
      for (let j = 0; j < f; j++) {
        const sb = (a * n + at[o * f + j]) * inner;
        const h = DB2_DEC_HI[j];
        for (let i = 0; i < inner; i++) out[ob + i] += h * src[sb + i];
      }
    }
  }
  return out;
}

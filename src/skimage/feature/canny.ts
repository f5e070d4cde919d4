/**
 * `skimage.feature.canny` (scikit-image 0.19): Gaussian smoothing (renormalised under the
 * mask), Sobel gradients, non-maximum suppression along the gradient direction by
 * interpolating between the two neighbours it passes, then hysteresis: weak edges survive when
 * connected (8-way) to a strong one.
 */
import { NDArray } from "../../np/ndarray";
import { bool, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { percentile } from "../../np/reduce/quantile";
import { gaussian } from "../filters/gaussian";
import { sobel } from "../../scipy/ndimage/derivatives";
import { label } from "../../scipy/ndimage/label";
import { binary_erosion } from "../../scipy/ndimage/binary";
import { binaryStructure } from "../../scipy/ndimage/structure";
import { dtype_limits } from "../util/dtype";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";

const CANNY = signature("skimage.feature.canny(image, sigma=1.0, low_threshold=None, high_threshold=None, mask=None, use_quantiles=False, *, mode='constant', cval=0.0)", {
  types: { image: "array_like", sigma: "float", low_threshold: "float|None", high_threshold: "float|None", mask: "array_like|None", use_quantiles: "bool", mode: "str", cval: "float" },
  choices: { mode: ["reflect", "constant", "nearest", "mirror", "wrap"] },
});

/** Keyword arguments of canny. */
export interface CannyOptions {
  sigma?: number;
  low_threshold?: number | null;
  high_threshold?: number | null;
  mask?: NDArrayLike | null;
  use_quantiles?: boolean;
  mode?: "reflect" | "constant" | "nearest" | "mirror" | "wrap";
  cval?: number;
}

/**
 * `skimage.feature.canny(image, sigma=1.0, low_threshold=None, high_threshold=None, mask=None,
 * use_quantiles=False, *, mode='constant', cval=0.0)`: a boolean edge map of a 2-D image.
 * Thresholds are in the image's units (default 10% and 20% of its dtype's maximum), or
 * quantiles of the gradient magnitude with `use_quantiles`.
 */
export function canny(image: NDArrayLike, ...rest: PyArgs<[sigma: number, low_threshold: number | null, high_threshold: number | null, mask: NDArrayLike | null, use_quantiles: boolean, options: CannyOptions], CannyOptions>): NDArray;
export function canny(...args: unknown[]): NDArray {
  const b = CANNY.bind(args);
  const img = asNDArray(b.image);
  if (img.ndim !== 2) throw new ValueError("The parameter `image` must be a 2-dimensional array");
  const dtypeMax = dtype_limits(img, false)[1];
  let low = thresholdOf(b.low_threshold, 0.1, b.use_quantiles, dtypeMax);
  let high = thresholdOf(b.high_threshold, 0.2, b.use_quantiles, dtypeMax);
  if (high < low) throw new ValueError("low_threshold should be lower then high_threshold");
  const [rows, cols] = img.shape;
  const { smoothed, eroded } = preprocess(img, b.mask, b.sigma, b.mode, b.cval);
  const isobel = readFloat64(sobel(smoothed, 0));
  const jsobel = readFloat64(sobel(smoothed, 1));
  const n = rows * cols;
  const magnitude = new Float64Array(n);
  for (let i = 0; i < n; i++) magnitude[i] = Math.hypot(isobel[i], jsobel[i]);
  if (b.use_quantiles) {
    const q = percentile(NDArray.fromStorage(magnitude, [n], float64), [100 * low, 100 * high]) as NDArray;
    [low, high] = Array.from(readFloat64(q));
  }
  const maxima = localMaxima(isobel, jsobel, magnitude, eroded, rows, cols);
  const lowMask = new Uint8Array(n);
  for (let i = 0; i < n; i++) lowMask[i] = maxima[i] && magnitude[i] >= low ? 1 : 0;
  const [labels, count] = label(NDArray.fromStorage(lowMask, [rows, cols], bool), binaryStructure(2, 2)) as [NDArray, number];
  if (count === 0) return NDArray.fromStorage(lowMask, [rows, cols], bool);
  const ids = readFloat64(labels);
  const good = new Uint8Array(count + 1);
  for (let i = 0; i < n; i++) if (maxima[i] && magnitude[i] >= high) good[ids[i]] = 1;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = good[ids[i]];
  return NDArray.fromStorage(out, [rows, cols], bool);
}
pyfunction(CANNY, canny);

function thresholdOf(given: number | null, fallback: number, quantiles: boolean, dtypeMax: number): number {
  if (given === null) return fallback;
  if (quantiles) {
    if (!(given >= 0 && given <= 1)) throw new ValueError("Quantile thresholds must be between 0 and 1.");
    return given;
  }
  return given / dtypeMax;
}

/** _preprocess: the smoothed image divided by the smoothed mask, and the mask eroded by one pixel. */
function preprocess(img: NDArray, maskIn: unknown, sigma: number, mode: string, cval: number): { smoothed: NDArray; eroded: Uint8Array } {
  const [rows, cols] = img.shape;
  const n = rows * cols;
  const opts = { sigma, mode: mode as never, cval, preserve_range: false };
  let maskValues: Float64Array;
  let masked: NDArray;
  let eroded: Uint8Array;
  if (maskIn === null) {
    maskValues = new Float64Array(n).fill(1);
    masked = img;
    eroded = new Uint8Array(n);
    for (let r = 1; r < rows - 1; r++) for (let c = 1; c < cols - 1; c++) eroded[r * cols + c] = 1;
  } else {
    const mask = readFloat64(asNDArray(maskIn as NDArrayLike, "mask"));
    maskValues = Float64Array.from(mask, (v) => (v ? 1 : 0));
    const values = readFloat64(img);
    const data = new img.dtype.storage(n);
    for (let i = 0; i < n; i++) if (maskValues[i]) data[i] = values[i];
    masked = NDArray.fromStorage(data, [rows, cols], img.dtype);
    const maskArr = NDArray.fromStorage(Uint8Array.from(maskValues), [rows, cols], bool);
    eroded = Uint8Array.from(readFloat64(binary_erosion(maskArr, binaryStructure(2, 2), { border_value: 0 })));
  }
  const bleed = readFloat64(gaussian(NDArray.fromStorage(maskValues, [rows, cols], float64), opts));
  const smooth = Float64Array.from(readFloat64(gaussian(masked, opts)));
  for (let i = 0; i < n; i++) smooth[i] /= bleed[i] + Number.EPSILON;
  return { smoothed: NDArray.fromStorage(smooth, [rows, cols], float64), eroded };
}

/**
 * _get_local_maxima: a pixel is a maximum when its magnitude is at least the magnitude
 * interpolated at both neighbours along the gradient, in each of the four direction sectors.
 */
function localMaxima(isobel: Float64Array, jsobel: Float64Array, magnitude: Float64Array, eroded: Uint8Array, rows: number, cols: number): Uint8Array {
  const out = new Uint8Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      if (!eroded[i] || !(magnitude[i] > 0)) continue;
      const gi = isobel[i];
      const gj = jsobel[i];
      const ai = Math.abs(gi);
      const aj = Math.abs(gj);
      const horizontal = ai >= aj;
      const vertical = ai <= aj;
      const plus = (gi >= 0 && gj >= 0) || (gi <= 0 && gj <= 0);
      const minus = (gi <= 0 && gj >= 0) || (gi >= 0 && gj <= 0);
      const m = magnitude[i];
      const at = (dr: number, dc: number) => magnitude[(r + dr) * cols + c + dc];
      // Each sector writes its verdict over the earlier ones, as scikit-image assigns them in turn.
      if (plus && horizontal) out[i] = suppress(m, aj / ai, at(1, 0), at(1, 1), at(-1, 0), at(-1, -1));
      if (plus && vertical) out[i] = suppress(m, ai / aj, at(0, 1), at(1, 1), at(0, -1), at(-1, -1));
      if (minus && vertical) out[i] = suppress(m, ai / aj, at(0, 1), at(-1, 1), at(0, -1), at(1, -1));
      if (minus && horizontal) out[i] = suppress(m, aj / ai, at(-1, 0), at(-1, 1), at(1, 0), at(1, -1));
    }
  }
  return out;
}

/** 1 when m is at least both interpolated neighbours (c2*w + c1*(1-w), on each side). */
function suppress(m: number, w: number, c1p: number, c2p: number, c1m: number, c2m: number): number {
  const plus = c2p * w + c1p * (1 - w) <= m;
  const minus = c2m * w + c1m * (1 - w) <= m;
  return plus && minus ? 1 : 0;
}

/** `skimage.feature.match_template` (scikit-image 0.19): normalised cross-correlation. */
import { NDArray } from "../../np/ndarray";
import { float32, float64, type DType } from "../../np/dtype";
import { uninitData } from "../../np/alloc";
import { astype } from "../../np/cast";
import { pad, type PadMode } from "../../np/manipulation/pad";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64, readStorage } from "../_internal/arrays";
import { releaseScratch, uninitFloat64 } from "../_internal/scratch";
import { pairwiseSum } from "../_internal/correlate";
import { fftCorrelate2d } from "./_fft_correlate";
import { windowSum, windowSums2d } from "./_window_sums";

const MATCH_TEMPLATE = signature("skimage.feature.match_template(image, template, pad_input=False, mode='constant', constant_values=0)", {
  types: { image: "array_like", template: "array_like", pad_input: "bool", mode: "str", constant_values: "float" },
});

/** Keyword arguments of match_template. */
export interface MatchTemplateOptions {
  pad_input?: boolean;
  mode?: PadMode;
  constant_values?: number;
}

/**
 * The 2-D correlation of img (H x W) with the template for an oh x ow output whose first
 * window starts at (offY, offX): directly for small templates, by FFT past a few hundred
 * template pixels (a direct sum costs th * tw per output).
 */
function correlate2d(img: Float64Array, H: number, W: number, tpl: Float64Array, th: number, tw: number, oh: number, ow: number, offY: number, offX: number, out: Float64Array): void {
  if (th * tw > 256) return fftCorrelate2d(img, H, W, tpl, th, tw, oh, ow, offY, offX, out);
  for (let y = 0; y < oh; y++) {
    for (let x = 0; x < ow; x++) {
      let s = 0;
      for (let u = 0; u < th; u++) {
        const row = (y + offY + u) * W + x + offX;
        const trow = u * tw;
        for (let v = 0; v < tw; v++) s += img[row + v] * tpl[trow + v];
      }
      out[y * ow + x] = s;
    }
  }
}

/** Valid-mode 3-D correlation of a padded image with the template, trimmed by one on each side. */
function correlate3d(img: Float64Array, shape: number[], tpl: Float64Array, tshape: number[], outShape: number[]): Float64Array {
  const out = new Float64Array(outShape.reduce((p, q) => p * q, 1));
  const [, H, W] = shape;
  const [td, th, tw] = tshape;
  const [od, oh, ow] = outShape;
  for (let z = 0; z < od; z++) for (let y = 0; y < oh; y++) for (let x = 0; x < ow; x++) {
    let s = 0;
    for (let a = 0; a < td; a++) for (let u = 0; u < th; u++) {
      const row = ((z + 1 + a) * H + y + 1 + u) * W + x + 1;
      const trow = (a * th + u) * tw;
      for (let v = 0; v < tw; v++) s += img[row + v] * tpl[trow + v];
    }
    out[(z * oh + y) * ow + x] = s;
  }
  return out;
}

/** np.finfo(float32).eps and np.finfo(float64).eps: responses with a smaller denominator are 0. */
const FLOAT32_EPS = 1.1920928955078125e-7;
const FLOAT64_EPS = 2.220446049250313e-16;

/** The template's statistics the normalisation needs. */
interface TemplateStats {
  mean: number;
  ssd: number;
  volume: number;
}

/**
 * response = (xcorr - sum * mean) / sqrt(max((sum2 - sum^2 / volume) * ssd, 0)), zero where
 * that root is not above eps, in scikit-image's order of operations.
 */
function normalise(xcorr: Float64Array, sum: Float64Array, sum2: Float64Array, t: TemplateStats, eps: number, out: Float64Array | Float32Array): void {
  for (let i = 0; i < xcorr.length; i++) {
    const s = sum[i];
    const numerator = xcorr[i] - s * t.mean;
    let den = sum2[i] - (s * s) / t.volume;
    den *= t.ssd;
    den = Math.sqrt(Math.max(den, 0));
    out[i] = den > eps ? numerator / den : 0;
  }
}

/** The image as float64, padded by the template's shape on each side as np.pad pads. */
function padToFloat(img: NDArray, tshape: readonly number[], mode: PadMode, cval: number): NDArray {
  const widths = tshape.map((w) => [w, w]);
  const asFloat = astype(img, float64);
  return mode === "constant" ? pad(asFloat, widths, "constant", { constant_values: cval }) : pad(asFloat, widths, mode);
}

/**
 * The 2-D response for the returned windows only: the window sums and the correlation start
 * at the crop's first window. Constant padding is written straight into a scratch image.
 */
function matchTemplate2d(img: NDArray, tshape: readonly number[], tv: Float64Array, stats: TemplateStats, mode: PadMode, cval: number, starts: number[], sizes: number[], outType: DType): NDArray {
  const [th, tw] = tshape;
  const H = img.shape[0] + 2 * th;
  const W = img.shape[1] + 2 * tw;
  const direct = mode === "constant" && img.dtype.kind !== "c";
  const pv = direct ? padConstant2d(img, th, tw, cval) : readFloat64(padToFloat(img, tshape, mode, cval));
  const [oh, ow] = sizes;
  const n = oh * ow;
  const sum = uninitFloat64(n);
  const sum2 = uninitFloat64(n);
  windowSums2d(pv, H, W, th, tw, starts[0], oh, starts[1], ow, sum, sum2);
  const xcorr = uninitFloat64(n);
  correlate2d(pv, H, W, tv, th, tw, oh, ow, starts[0] + 1, starts[1] + 1, xcorr);
  const out = uninitData(outType, n) as Float64Array | Float32Array;
  normalise(xcorr, sum, sum2, stats, outType === float32 ? FLOAT32_EPS : FLOAT64_EPS, out);
  releaseScratch(sum, sum2, xcorr);
  if (direct) releaseScratch(pv);
  return NDArray.fromStorage(out, sizes.slice(), outType);
}

/** img (2-D, real) as float64 with th rows and tw columns of `cval` on each side. */
function padConstant2d(img: NDArray, th: number, tw: number, cval: number): Float64Array {
  const [h, w] = img.shape;
  const W = w + 2 * tw;
  const out = uninitFloat64((h + 2 * th) * W);
  out.fill(cval, 0, th * W);
  out.fill(cval, (th + h) * W);
  const src = readStorage(img);
  for (let r = 0; r < h; r++) {
    const to = (th + r) * W;
    out.fill(cval, to, to + tw);
    for (let c = 0, from = r * w; c < w; c++) out[to + tw + c] = src[from + c];
    out.fill(cval, to + tw + w, to + W);
  }
  return out;
}

/**
 * `skimage.feature.match_template(image, template, pad_input=False, mode='constant',
 * constant_values=0)`: the normalised cross-correlation of the template at every position
 * (2-D or 3-D), in [-1, 1]; with pad_input the result has the image's shape, centred on the
 * template's middle. Like scikit-image, large templates are correlated by FFT (small ones
 * directly), so values agree with it to rounding (float32 images are computed in float64,
 * then stored as float32).
 */
export function match_template(image: NDArrayLike, template: NDArrayLike, ...rest: PyArgs<[pad_input: boolean, mode: PadMode, constant_values: number, options: MatchTemplateOptions], MatchTemplateOptions>): NDArray;
export function match_template(...args: unknown[]): NDArray {
  const b = MATCH_TEMPLATE.bind(args);
  const img = asNDArray(b.image);
  const tpl = asNDArray(b.template, "template");
  if (img.size === 0) throw new ValueError("The parameter `image` cannot be an empty array");
  if (img.ndim !== 2 && img.ndim !== 3) throw new ValueError("The parameter `image` must be a 2- or 3-dimensional array");
  if (img.ndim < tpl.ndim) throw new ValueError("Dimensionality of template must be less than or equal to the dimensionality of image.");
  if (img.shape.some((s, i) => s < (tpl.shape[i] ?? 0))) throw new ValueError("Image must be larger than template.");
  if (tpl.ndim !== img.ndim) throw new ValueError("template must have as many dimensions as the image");
  const outType = img.dtype === float32 ? float32 : float64;
  const tv = readFloat64(astype(tpl, float64));
  const mean = pairwiseSum(tv, 0, tv.length) / tv.length;
  const dev = tv.map((v) => (v - mean) * (v - mean));
  const stats = { mean, ssd: pairwiseSum(dev, 0, dev.length), volume: tv.length };
  // the part of the full response returned: centred on the template with pad_input, else
  // the positions where it fits
  const starts = tpl.shape.map((t) => (b.pad_input ? Math.floor((t - 1) / 2) : t - 1));
  const sizes = img.shape.map((s, i) => (b.pad_input ? s : s - tpl.shape[i] + 1));
  if (img.ndim === 2) return matchTemplate2d(img, tpl.shape, tv, stats, b.mode, b.constant_values, starts, sizes, outType);
  const padded = padToFloat(img, tpl.shape, b.mode, b.constant_values);
  const pv = readFloat64(padded);
  const pshape = padded.shape.slice();
  let sum = { data: pv, shape: pshape };
  let sum2 = { data: pv.map((v) => v * v), shape: pshape };
  const scratch = new Float64Array(pv.length);
  for (let axis = 0; axis < img.ndim; axis++) {
    sum = windowSum(sum.data, sum.shape, axis, tpl.shape[axis], scratch);
    sum2 = windowSum(sum2.data, sum2.shape, axis, tpl.shape[axis], scratch);
  }
  const xcorr = correlate3d(pv, pshape, tv, tpl.shape.slice(), sum.shape);
  const response = new Float64Array(xcorr.length);
  normalise(xcorr, sum.data, sum2.data, stats, outType === float32 ? FLOAT32_EPS : FLOAT64_EPS, response);
  const full = NDArray.fromStorage(response, sum.shape, float64);
  const cropped = full.get(...starts.map((s, i) => `${s}:${s + sizes[i]}`)).copy();
  return outType === float64 ? cropped : astype(cropped, float32);
}
pyfunction(MATCH_TEMPLATE, match_template);

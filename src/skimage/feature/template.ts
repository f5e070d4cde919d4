/** `skimage.feature.match_template` (scikit-image 0.19): normalised cross-correlation. */
import { NDArray } from "../../np/ndarray";
import { float32, float64 } from "../../np/dtype";
import { astype } from "../../np/cast";
import { pad, type PadMode } from "../../np/manipulation/pad";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { pairwiseSum } from "../_internal/correlate";
import { fftCorrelate2d } from "./_fft_correlate";

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
 * Running sums of `window` consecutive elements along one axis, as cumsum differences. The
 * cumulative sums run over whole slabs at once (contiguous reads), each element summed in
 * the same order as a line-by-line cumsum; `scratch` (the input's size at least) holds them.
 */
function windowSum(src: Float64Array, shape: number[], axis: number, window: number, scratch: Float64Array): { data: Float64Array; shape: number[] } {
  const n = shape[axis];
  let inner = 1;
  for (let d = axis + 1; d < shape.length; d++) inner *= shape[d];
  let outer = 1;
  for (let d = 0; d < axis; d++) outer *= shape[d];
  const m = n - window - 1;
  const outShape = shape.slice();
  outShape[axis] = m;
  const out = new Float64Array(outer * m * inner);
  const cum = scratch;
  for (let o = 0; o < outer; o++) {
    const at = o * n * inner;
    for (let i = 0; i < inner; i++) cum[i] = src[at + i];
    for (let p = inner; p < n * inner; p++) cum[p] = cum[p - inner] + src[at + p];
    const to = o * m * inner;
    const shift = window * inner;
    for (let p = 0; p < m * inner; p++) out[to + p] = cum[p + shift] - cum[p];
  }
  return { data: out, shape: outShape };
}

/** Valid-mode correlation of a padded image with the template, trimmed by one on each side. */
function correlateValid(img: Float64Array, shape: number[], tpl: Float64Array, tshape: number[], outShape: number[]): Float64Array {
  const out = new Float64Array(outShape.reduce((p, q) => p * q, 1));
  if (shape.length === 2) {
    const [H, W] = shape;
    const [th, tw] = tshape;
    const [oh, ow] = outShape;
    // a direct sum costs th * tw per output; past a few hundred the FFT is cheaper
    if (th * tw > 256) return fftCorrelate2d(img, H, W, tpl, th, tw, oh, ow, 1);
    for (let y = 0; y < oh; y++) {
      for (let x = 0; x < ow; x++) {
        let s = 0;
        for (let u = 0; u < th; u++) {
          const row = (y + 1 + u) * W + x + 1;
          const trow = u * tw;
          for (let v = 0; v < tw; v++) s += img[row + v] * tpl[trow + v];
        }
        out[y * ow + x] = s;
      }
    }
    return out;
  }
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
  const widths = tpl.shape.map((w) => [w, w]);
  const asFloat = astype(img, float64);
  const padded = b.mode === "constant" ? pad(asFloat, widths, "constant", { constant_values: b.constant_values }) : pad(asFloat, widths, b.mode);
  const pv = readFloat64(padded);
  const pshape = padded.shape.slice();
  const sq = pv.map((v) => v * v);
  let sum = { data: pv, shape: pshape };
  let sum2 = { data: sq, shape: pshape };
  const scratch = new Float64Array(pv.length);
  for (let axis = 0; axis < img.ndim; axis++) {
    sum = windowSum(sum.data, sum.shape, axis, tpl.shape[axis], scratch);
    sum2 = windowSum(sum2.data, sum2.shape, axis, tpl.shape[axis], scratch);
  }
  const tv = readFloat64(astype(tpl, float64));
  const tMean = pairwiseSum(tv, 0, tv.length) / tv.length;
  const dev = tv.map((v) => (v - tMean) * (v - tMean));
  const tSsd = pairwiseSum(dev, 0, dev.length);
  const volume = tv.length;
  const xcorr = correlateValid(pv, pshape, tv, tpl.shape.slice(), sum.shape);
  const eps = outType === float32 ? 1.1920928955078125e-7 : 2.220446049250313e-16;
  const response = new Float64Array(xcorr.length);
  for (let i = 0; i < xcorr.length; i++) {
    const s = sum.data[i];
    const numerator = xcorr[i] - s * tMean;
    let den = sum2.data[i] - (s * s) / volume;
    den *= tSsd;
    den = Math.sqrt(Math.max(den, 0));
    if (den > eps) response[i] = numerator / den;
  }
  // crop: centred on the template with pad_input, else the positions where it fits
  const starts = tpl.shape.map((t) => (b.pad_input ? Math.floor((t - 1) / 2) : t - 1));
  const sizes = img.shape.map((s, i) => (b.pad_input ? s : s - tpl.shape[i] + 1));
  const full = NDArray.fromStorage(response, sum.shape, float64);
  const cropped = full.get(...starts.map((s, i) => `${s}:${s + sizes[i]}`)).copy();
  return outType === float64 ? cropped : astype(cropped, float32);
}
pyfunction(MATCH_TEMPLATE, match_template);

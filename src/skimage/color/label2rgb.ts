/** `skimage.color.label2rgb` (0.19): a label image painted in colours, over an image or alone. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { astype } from "../../np/cast";
import { float32, float64 } from "../../np/dtype";
import { KeyError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { channelBack, channelLast } from "../exposure/_common";
import { img_as_float } from "../util/dtype";
import { hsv2rgb, rgb2hsv } from "./hsv";
import { COLOR_DICT } from "./rgb_colors";
import { roundingFor } from "../_internal/rounding";

/** A colour: a name from skimage.color.color_dict or an RGB triple in [0, 1]. */
export type ColorLike = string | readonly number[];

const DEFAULT_COLORS = ["red", "blue", "yellow", "magenta", "green", "indigo", "darkorange", "cyan", "pink", "yellowgreen"];

function rgbVector(color: ColorLike): number[] {
  if (typeof color === "string") {
    const c = COLOR_DICT[color];
    if (c === undefined) throw new KeyError(`'${color}'`);
    return c.slice(0, 3);
  }
  return color.slice(0, 3);
}

const LABEL2RGB = signature("skimage.color.label2rgb(label, image=None, colors=None, alpha=0.3, bg_label=0, bg_color=(0, 0, 0), image_alpha=1, kind='overlay', *, saturation=0, channel_axis=-1)", {
  types: {
    label: "array_like", image: "array_like|None", colors: "sequence|None", alpha: "float", bg_label: "int", bg_color: "str|sequence|None",
    image_alpha: "float", kind: "str", saturation: "float", channel_axis: "int",
  },
  choices: { kind: ["overlay", "avg"] },
});

/** Keyword arguments of label2rgb. */
export interface Label2rgbOptions {
  image?: NDArrayLike | null;
  colors?: readonly ColorLike[] | null;
  alpha?: number;
  bg_label?: number;
  bg_color?: ColorLike | null;
  image_alpha?: number;
  kind?: "overlay" | "avg";
  saturation?: number;
  channel_axis?: number;
}

/** Sorted distinct labels and each pixel's rank among them (np.unique with return_inverse). */
function uniqueInverse(labels: ArrayLike<number>): { uniq: number[]; inverse: Int32Array } {
  const n = labels.length;
  const inverse = new Int32Array(n);
  let lo = Infinity;
  let hi = -Infinity;
  let integral = true;
  for (let i = 0; i < n; i++) {
    const v = labels[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (integral && !Number.isInteger(v)) integral = false;
  }
  if (integral && hi - lo < 4 * n + 1024) {
    // integer labels in a modest range: ranks through a lookup table
    const seen = new Int32Array(hi - lo + 1);
    for (let i = 0; i < n; i++) seen[labels[i] - lo] = 1;
    const uniq: number[] = [];
    for (let k = 0; k < seen.length; k++) if (seen[k]) seen[k] = uniq.push(k + lo) - 1;
    for (let i = 0; i < n; i++) inverse[i] = seen[labels[i] - lo];
    return { uniq, inverse };
  }
  const uniq = Array.from(new Set(Array.from(labels))).sort((a, b) => a - b);
  const rank = new Map<number, number>();
  uniq.forEach((v, k) => rank.set(v, k));
  for (let i = 0; i < n; i++) inverse[i] = rank.get(labels[i])!;
  return { uniq, inverse };
}

function overlay(label: NDArray, image: NDArray | null, b: Record<string, any>): { data: Float64Array; single: boolean } {
  const sat: number = b.saturation;
  if (!(sat >= 0 && sat <= 1)) warn(`saturation must be in range [0, 1], got ${sat}`);
  const colors = ((b.colors ?? DEFAULT_COLORS) as ColorLike[]).map(rgbVector);
  const n = label.size;
  let alpha: number = b.alpha;
  let base: Float64Array;
  let single = false;
  if (image === null) {
    base = new Float64Array(n * 3);
    alpha = 1;
  } else {
    const same = label.shape.every((d, k) => image.shape[k] === d);
    if (!same || image.ndim > label.ndim + 1) throw new ValueError("`image` and `label` must be the same shape");
    if (image.ndim === label.ndim + 1 && image.shape[image.ndim - 1] !== 3) throw new ValueError("`image` must be RGB (image.shape[-1] must be 3).");
    const raw = contiguousStorage(image);
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] < 0) {
        warn("Negative intensities in `image` are not supported");
        break;
      }
    }
    let img = img_as_float(image);
    single = img.dtype === float32;
    if (img.ndim > label.ndim) {
      const hsv = rgb2hsv(img);
      const d = contiguousStorage(hsv);
      for (let i = 1; i < d.length; i += 3) d[i] = single ? Math.fround(d[i] * sat) : d[i] * sat;
      img = hsv2rgb(hsv);
    }
    const r = roundingFor(single);
    const ia: number = b.image_alpha;
    const v = contiguousStorage(img);
    base = new Float64Array(n * 3);
    // a gray image is repeated into the three channels (gray2rgb)
    const step = img.ndim > label.ndim ? 3 : 1;
    for (let i = 0; i < n; i++) {
      for (let ch = 0; ch < 3; ch++) base[i * 3 + ch] = r(r(v[i * step + (step === 3 ? ch : 0)] * ia) + (1 - ia));
    }
  }
  const lv = contiguousStorage(label);
  let bg: number = b.bg_label;
  let min = Infinity;
  for (let i = 0; i < lv.length; i++) if (lv[i] < min) min = lv[i];
  const offset = Math.min(min, bg);
  const labels = offset !== 0 ? Float64Array.from(lv, (v) => v - offset) : lv;
  bg -= offset;
  if (n === 0) return { data: base, single };
  const { inverse } = uniqueInverse(labels);
  let bgRank = -1;
  for (let i = 0; i < n; i++) {
    if (labels[i] === bg) {
      bgRank = inverse[i];
      break;
    }
  }
  const mapped = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (bgRank >= 0) mapped[i] = labels[i] === bg ? 0 : inverse[i] < bgRank ? inverse[i] + 1 : inverse[i];
    else mapped[i] = inverse[i] + 1;
  }
  const bgColor = b.bg_color === null ? [0, 0, 0] : rgbVector(b.bg_color);
  // colour k * alpha for every mapped label k: the background first, then the colours cycled
  let top = 0;
  for (let i = 0; i < n; i++) if (mapped[i] > top) top = mapped[i];
  const paint = new Float64Array((top + 1) * 3);
  for (let k = 0; k <= top; k++) {
    const c = k === 0 ? bgColor : colors[(k - 1) % colors.length];
    for (let ch = 0; ch < 3; ch++) paint[k * 3 + ch] = c[ch] * alpha;
  }
  const out = new Float64Array(n * 3);
  const keep = 1 - alpha;
  const r = roundingFor(single);
  for (let i = 0; i < n; i++) {
    const k = mapped[i] * 3;
    const p = i * 3;
    out[p] = paint[k] + r(base[p] * keep);
    out[p + 1] = paint[k + 1] + r(base[p + 1] * keep);
    out[p + 2] = paint[k + 2] + r(base[p + 2] * keep);
  }
  if (b.bg_color === null && bgRank >= 0) {
    for (let i = 0; i < n; i++) if (labels[i] === bg) for (let ch = 0; ch < 3; ch++) out[i * 3 + ch] = base[i * 3 + ch];
  }
  return { data: out, single: false };
}

function average(label: NDArray, image: NDArray | null, b: Record<string, any>): NDArray {
  if (image === null) throw new ValueError("label2rgb(kind='avg') needs an image");
  const lv = contiguousStorage(label);
  const iv = contiguousStorage(image);
  const n = label.size;
  const out = new Float64Array(n * 3);
  const bgColor = b.bg_color === null ? null : rgbVector(b.bg_color);
  const sums = new Map<number, [number, number, number, number]>();
  for (let i = 0; i < n; i++) {
    const l = lv[i];
    if (l === b.bg_label) continue;
    let s = sums.get(l);
    if (s === undefined) sums.set(l, (s = [0, 0, 0, 0]));
    for (let ch = 0; ch < 3; ch++) s[ch] += iv[i * 3 + ch];
    s[3]++;
  }
  for (let i = 0; i < n; i++) {
    const l = lv[i];
    if (l === b.bg_label) {
      for (let ch = 0; ch < 3; ch++) out[i * 3 + ch] = bgColor === null ? NaN : bgColor[ch];
      continue;
    }
    const s = sums.get(l)!;
    for (let ch = 0; ch < 3; ch++) out[i * 3 + ch] = s[ch] / s[3];
  }
  return astype(NDArray.fromStorage(out, [...label.shape, 3], float64), image.dtype);
}

/**
 * `skimage.color.label2rgb(label, image=None, colors=None, alpha=0.3, bg_label=0,
 * bg_color=(0, 0, 0), image_alpha=1, kind='overlay', *, saturation=0, channel_axis=-1)`:
 * an RGB image of the labels. 'overlay' paints each label in the next colour of `colors`
 * (scikit-image's ten by default; `bg_label` in `bg_color`, or the image itself when bg_color
 * is None) blended over the image (made gray by `saturation` 0) with weight `alpha`; 'avg'
 * paints each region in its mean image colour. Float64 out ('avg': the image's dtype).
 */
export function label2rgb(
  label: NDArrayLike,
  ...rest: PyArgs<[image: NDArrayLike | null, colors: readonly ColorLike[] | null, alpha: number, bg_label: number, bg_color: ColorLike | null, image_alpha: number, kind: "overlay" | "avg", options: Label2rgbOptions], Label2rgbOptions>
): NDArray;
export function label2rgb(...args: unknown[]): NDArray {
  const b = LABEL2RGB.bind(args);
  const label = asNDArray(b.label as NDArrayLike, "label");
  let image = b.image === null ? null : asNDArray(b.image as NDArrayLike);
  if (image !== null && image.ndim > 0) image = channelLast(image, b.channel_axis);
  if (b.kind === "avg") return channelBack(average(label, image, b), b.channel_axis);
  const { data } = overlay(label, image, b);
  return channelBack(NDArray.fromStorage(data, [...label.shape, 3], float64), b.channel_axis);
}
pyfunction(LABEL2RGB, label2rgb);

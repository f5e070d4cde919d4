/** HSV conversions: rgb2hsv, hsv2rgb (skimage.color, 0.19). */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { channelLayout, prepareColorArray } from "./channels";
import { IMAGE, plainCall } from "../_internal/bind";
import { pyfunction, signature } from "../../signature";
import type { ChannelAxisOptions } from "./gray";

const RGB2HSV = signature("skimage.color.rgb2hsv(rgb, *, channel_axis=-1)", { types: { rgb: IMAGE, channel_axis: "int" } });
const HSV2RGB = signature("skimage.color.hsv2rgb(hsv, *, channel_axis=-1)", { types: { hsv: IMAGE, channel_axis: "int" } });

/** Python's float modulo (result has the divisor's sign). */
function pymod1(x: number): number {
  const r = x % 1;
  return r < 0 ? r + 1 : r === 0 ? 0 : r;
}

/**
 * The input samples and a same-sized output of the image's float type; `f` rounds each step to
 * that type (float32 images are computed in single precision, as NumPy does).
 */
function pixelBuffers(image: NDArray) {
  const single = image.dtype === float32;
  const f = single ? Math.fround : (x: number) => x;
  const src = contiguousStorage(image);
  const out = single ? new Float32Array(src.length) : new Float64Array(src.length);
  return { single, f, src, out };
}

/**
 * `skimage.color.rgb2hsv(rgb, *, channel_axis=-1)`: hue, saturation and value in [0, 1] of an
 * RGB image (img_as_float first). A single pixel of shape (3,) is accepted too.
 */
export function rgb2hsv(rgb: NDArrayLike, options?: ChannelAxisOptions & { rgb?: NDArrayLike }): NDArray;
export function rgb2hsv(): NDArray {
  const { rgb, channel_axis } = plainCall(arguments, 1) ? { rgb: arguments[0], channel_axis: -1 } : RGB2HSV.bind(arguments);
  let arr0 = asNDArray(rgb, "rgb");
  const onePixel = arr0.ndim === 1;
  // the channel axis is checked against the pixel itself, as np.moveaxis does in scikit-image
  if (onePixel) channelLayout(arr0.shape, channel_axis);
  if (onePixel) arr0 = NDArray.fromStorage(contiguousStorage(arr0), [1, arr0.shape[0]], arr0.dtype);
  const { image, layout } = prepareColorArray(arr0, onePixel ? -1 : channel_axis);
  const { single, f, src, out } = pixelBuffers(image);
  const { outer, inner } = layout;
  for (let o = 0; o < outer; o++) {
    const base = o * 3 * inner;
    for (let i = 0; i < inner; i++) {
      const p = base + i;
      const r = src[p], g = src[p + inner], b = src[p + 2 * inner];
      const v = Math.max(r, g, b);
      const delta = f(v - Math.min(r, g, b));
      let s = delta === 0 ? 0 : f(delta / v);
      let h: number;
      // The later assignments win, as scikit-image assigns red, then green, then blue.
      if (b === v) h = f(4 + f(f(r - g) / delta));
      else if (g === v) h = f(2 + f(f(b - r) / delta));
      else h = f(f(g - b) / delta);
      h = delta === 0 ? 0 : pymod1(f(h / 6));
      if (h !== h) h = 0;
      if (s !== s) s = 0;
      out[p] = h;
      out[p + inner] = s;
      out[p + 2 * inner] = v !== v ? 0 : v;
    }
  }
  const shape = onePixel ? [3] : image.shape.slice();
  return NDArray.fromStorage(out, shape, single ? float32 : float64);
}
pyfunction(RGB2HSV, rgb2hsv);

/**
 * `skimage.color.hsv2rgb(hsv, *, channel_axis=-1)`: RGB in [0, 1] from hue, saturation, value
 * (img_as_float first).
 */
export function hsv2rgb(hsv: NDArrayLike, options?: ChannelAxisOptions & { hsv?: NDArrayLike }): NDArray;
export function hsv2rgb(): NDArray {
  const { hsv, channel_axis } = plainCall(arguments, 1) ? { hsv: arguments[0], channel_axis: -1 } : HSV2RGB.bind(arguments);
  const { image, layout } = prepareColorArray(asNDArray(hsv, "hsv"), channel_axis);
  const { single, f, src, out } = pixelBuffers(image);
  const { outer, inner } = layout;
  for (let o = 0; o < outer; o++) {
    const base = o * 3 * inner;
    for (let i = 0; i < inner; i++) {
      const idx = base + i;
      const hh = src[idx], s = src[idx + inner], v = src[idx + 2 * inner];
      const h6 = f(hh * 6);
      const hiF = Math.floor(h6);
      const fr = f(h6 - hiF);
      const p = f(v * f(1 - s));
      const q = f(v * f(1 - f(fr * s)));
      const t = f(v * f(1 - f(f(1 - fr) * s)));
      // np.floor(...).astype(uint8) % 6: the cast to uint8 wraps modulo 256 first.
      const hi = ((((hiF | 0) % 256) + 256) % 256) % 6;
      let r: number, g: number, b: number;
      switch (hi) {
        case 0: r = v; g = t; b = p; break;
        case 1: r = q; g = v; b = p; break;
        case 2: r = p; g = v; b = t; break;
        case 3: r = p; g = q; b = v; break;
        case 4: r = t; g = p; b = v; break;
        default: r = v; g = p; b = q; break;
      }
      out[idx] = r;
      out[idx + inner] = g;
      out[idx + 2 * inner] = b;
    }
  }
  return NDArray.fromStorage(out, image.shape.slice(), single ? float32 : float64);
}
pyfunction(HSV2RGB, hsv2rgb);

/** Gray and alpha conversions: rgb2gray, gray2rgb, gray2rgba, rgba2rgb (skimage.color, 0.19). */
import { uninitStorage } from "../../np/alloc";
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { Storage, float32, float64, uint8 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { NDArrayLike, asNDArray, shapeStr, warn } from "../_internal/arrays";
import { dtype_limits, img_as_float32, img_as_float64 } from "../util/dtype";
import { channelLayout, colorLayout } from "./channels";
import { grayFromFloat32, grayFromFloat64 } from "./gray-float";
import { grayRoute, rowRoundings } from "./gray-rounding";
import { grayFromUint8 } from "./gray-uint8";
import { IMAGE, plainCall } from "../_internal/bind";
import { PyArgs, pyfunction, signature } from "../../signature";

/** The keyword-only `channel_axis` of the colour conversions. */
export interface ChannelAxisOptions {
  /** The axis holding the colour channels (default -1, the last). */
  channel_axis?: number;
}

const RGB2GRAY = signature("skimage.color.rgb2gray(rgb, *, channel_axis=-1)", { types: { rgb: IMAGE, channel_axis: "int" } });
const GRAY2RGB = signature("skimage.color.gray2rgb(image, *, channel_axis=-1)", { types: { image: IMAGE, channel_axis: "int" } });
const GRAY2RGBA = signature("skimage.color.gray2rgba(image, alpha=None, *, channel_axis=-1)", {
  types: { image: IMAGE, alpha: [IMAGE, "None"], channel_axis: "int" },
});
const RGBA2RGB = signature("skimage.color.rgba2rgb(rgba, background=(1, 1, 1), *, channel_axis=-1)", {
  types: { rgba: IMAGE, background: "sequence", channel_axis: "int" },
});

/**
 * `skimage.color.rgb2gray(rgb, *, channel_axis=-1)`: luminance Y = 0.2125 R + 0.7154 G + 0.0721 B
 * of an RGB image converted with img_as_float first. Returns float64 (float32 for float32 input)
 * with the channel axis removed. As in scikit-image 0.19.3, the channel axis must have size 3
 * (convert RGBA with rgba2rgb first). The values are NumPy's to the last bit: its matrix
 * product rounds differently with the memory layout, and so does this (gray-rounding.ts).
 */
export function rgb2gray(rgb: NDArrayLike, options?: ChannelAxisOptions & { rgb?: NDArrayLike }): NDArray;
export function rgb2gray(): NDArray {
  const { rgb, channel_axis } = plainCall(arguments, 1) ? { rgb: arguments[0], channel_axis: -1 } : RGB2GRAY.bind(arguments);
  const arr = asNDArray(rgb, "rgb");
  const { axis } = colorLayout(arr, channel_axis);
  const route = grayRoute(arr.shape, arr.strides, axis, arr.dtype.kind !== "f");
  // NumPy's view with the channel moved last: its C order is the order of the outputs.
  const perm = arr.shape.map((_, k) => k).filter((k) => k !== axis);
  const outShape = perm.map((k) => arr.shape[k]);
  const pixels = arr.transpose([...perm, axis]);
  const n = pixels.size / 3;
  if (arr.dtype === uint8 && route.kind === "rows") {
    const out = uninitStorage(Float64Array, n) as Float64Array;
    grayFromUint8(contiguousStorage(pixels) as Uint8Array, out);
    return NDArray.fromStorage(out, outShape, float64);
  }
  const single = arr.dtype === float32;
  // The float image in its own axis order: channel last is interleaved, otherwise planes.
  const data = contiguousStorage(single ? img_as_float32(arr) : img_as_float64(arr));
  const { inner } = channelLayout(arr.shape, axis);
  const rounding = rowRoundings(route, outShape.length > 0 ? outShape[outShape.length - 1] : 1, single);
  if (single) {
    const out = uninitStorage(Float32Array, n) as Float32Array;
    grayFromFloat32({ data: data as Float32Array, inner }, out, rounding);
    return NDArray.fromStorage(out, outShape, float32);
  }
  const out = uninitStorage(Float64Array, n) as Float64Array;
  grayFromFloat64({ data: data as Float64Array, inner }, out, rounding);
  return NDArray.fromStorage(out, outShape, float64);
}
pyfunction(RGB2GRAY, rgb2gray);

/** Stacks copies of `image` along a new axis `channel_axis` (np.stack). */
function stackChannels(arr: NDArray, planes: (NDArray | number)[], channel_axis: number): NDArray {
  const ndim = arr.ndim + 1;
  const outShape = arr.shape.slice();
  const axis = channelLayout(new Array<number>(ndim).fill(1), channel_axis, "").axis;
  outShape.splice(axis, 0, planes.length);
  const { outer, inner } = channelLayout(outShape, axis);
  const out = uninitStorage(arr.dtype.storage, arr.size * planes.length);
  const c = planes.length;
  const sources = planes.map((plane) => (typeof plane === "number" ? plane : contiguousStorage(plane)));
  if (inner === 1 && c >= 3 && sources[1] === sources[0] && sources[2] === sources[0] && typeof sources[0] !== "number") {
    // gray repeated into RGB, channels last: one read per pixel
    repeatGray(sources[0], c === 4 ? sources[3] : null, out, outer, c);
    return NDArray.fromStorage(out, outShape, arr.dtype);
  }
  sources.forEach((src, ch) => {
    if (typeof src === "number") {
      for (let o = 0; o < outer; o++) out.fill(src, (o * c + ch) * inner, (o * c + ch + 1) * inner);
      return;
    }
    if (inner === 1) {
      // channels last, the common case: one element per copy, so no subarray views
      for (let o = 0, j = ch; o < outer; o++, j += c) out[j] = src[o];
      return;
    }
    for (let o = 0; o < outer; o++) {
      out.set(src.subarray(o * inner, (o + 1) * inner), (o * c + ch) * inner);
    }
  });
  return NDArray.fromStorage(out, outShape, arr.dtype);
}

/** out[p, 0..2] = gray[p], and out[p, 3] = alpha (a value or a plane) when c is 4. */
function repeatGray(gray: Storage, alpha: Storage | number | null, out: Storage, n: number, c: number): void {
  if (c === 3) {
    for (let o = 0, j = 0; o < n; o++, j += 3) {
      const v = gray[o];
      out[j] = v;
      out[j + 1] = v;
      out[j + 2] = v;
    }
    return;
  }
  for (let o = 0, j = 0; o < n; o++, j += 4) {
    const v = gray[o];
    out[j] = v;
    out[j + 1] = v;
    out[j + 2] = v;
    out[j + 3] = typeof alpha === "number" ? alpha : (alpha as Storage)[o];
  }
}

/**
 * `skimage.color.gray2rgb(image, *, channel_axis=-1)`: the gray image repeated into 3 channels
 * along a new axis, same dtype.
 */
export function gray2rgb(image: NDArrayLike, options?: ChannelAxisOptions & { image?: NDArrayLike }): NDArray;
export function gray2rgb(): NDArray {
  const { image, channel_axis } = plainCall(arguments, 1) ? { image: arguments[0], channel_axis: -1 } : GRAY2RGB.bind(arguments);
  const arr = asNDArray(image);
  return stackChannels(arr, [arr, arr, arr], channel_axis);
}
pyfunction(GRAY2RGB, gray2rgb);

/** Keyword arguments of gray2rgba. */
export interface Gray2rgbaOptions extends ChannelAxisOptions {
  image?: NDArrayLike;
  /** The alpha channel: one value, or an array of the image's shape (default: the dtype's maximum). */
  alpha?: number | NDArrayLike | null;
}

/**
 * `skimage.color.gray2rgba(image, alpha=None, *, channel_axis=-1)`: gray repeated into RGB plus
 * an alpha channel (default: the dtype's maximum).
 */
export function gray2rgba(image: NDArrayLike, ...rest: PyArgs<[alpha: number | NDArrayLike | null, options: Gray2rgbaOptions], Gray2rgbaOptions>): NDArray;
export function gray2rgba(...args: unknown[]): NDArray {
  const options = GRAY2RGBA.bind(args);
  const arr = asNDArray(options.image);
  let alphaPlane: NDArray | number;
  const alpha = options.alpha ?? dtype_limits(arr)[1];
  if (typeof alpha === "number") {
    if (arr.dtype.kind !== "f" && !(Number.isInteger(alpha) && alpha >= dtype_limits(arr)[0] && alpha <= dtype_limits(arr)[1])) {
      warn(`alpha cannot be safely cast to image dtype ${arr.dtype.name}`);
    }
    alphaPlane = alpha;
  } else {
    const a = asNDArray(alpha, "alpha");
    if (a.shape.length !== arr.shape.length || a.shape.some((d, k) => d !== arr.shape[k])) {
      throw new ValueError("alpha.shape must match image.shape");
    }
    const data = uninitStorage(arr.dtype.storage, arr.size);
    data.set(contiguousStorage(a));
    alphaPlane = NDArray.fromStorage(data, arr.shape.slice(), arr.dtype);
  }
  return stackChannels(arr, [arr, arr, arr, alphaPlane], options.channel_axis);
}
pyfunction(GRAY2RGBA, gray2rgba);

/** rgba2rgb's blend of float64 pixels (4 channels `inner` apart) over `background`, clipped to [0, 1]. */
function blendFloat64(src: Float64Array, out: Float64Array, outer: number, inner: number, background: number[]): void {
  for (let o = 0; o < outer; o++) {
    const sb = o * 4 * inner;
    const ob = o * 3 * inner;
    for (let ch = 0; ch < 3; ch++) {
      const bg = background[ch];
      for (let i = 0; i < inner; i++) {
        const alpha = src[sb + 3 * inner + i];
        const v = (1 - alpha) * bg + alpha * src[sb + ch * inner + i];
        out[ob + ch * inner + i] = v < 0 ? 0 : v > 1 ? 1 : v;
      }
    }
  }
}

/** The same in float32: every product and sum rounded to float32, as NumPy computes float32 images. */
function blendFloat32(src: Float32Array, out: Float32Array, outer: number, inner: number, background: number[]): void {
  const f = Math.fround;
  for (let o = 0; o < outer; o++) {
    const sb = o * 4 * inner;
    const ob = o * 3 * inner;
    for (let ch = 0; ch < 3; ch++) {
      const bg = background[ch];
      for (let i = 0; i < inner; i++) {
        const alpha = src[sb + 3 * inner + i];
        const v = f(f(f(1 - alpha) * bg) + f(alpha * src[sb + ch * inner + i]));
        out[ob + ch * inner + i] = v < 0 ? 0 : v > 1 ? 1 : v;
      }
    }
  }
}

/** Keyword arguments of rgba2rgb. */
export interface Rgba2rgbOptions extends ChannelAxisOptions {
  rgba?: NDArrayLike;
  /** The RGB colour (three floats in [0, 1]) the image is blended onto (default white). */
  background?: readonly number[];
}

/**
 * `skimage.color.rgba2rgb(rgba, background=(1, 1, 1), *, channel_axis=-1)`: alpha-blends onto
 * the background: clip((1 - alpha) * background + alpha * rgb, 0, 1), after img_as_float.
 */
export function rgba2rgb(rgba: NDArrayLike, ...rest: PyArgs<[background: readonly number[], options: Rgba2rgbOptions], Rgba2rgbOptions>): NDArray;
export function rgba2rgb(...args: unknown[]): NDArray {
  const options = plainCall(args, 1) ? { rgba: args[0], background: [1, 1, 1], channel_axis: -1 } : RGBA2RGB.bind(args);
  const arr0 = asNDArray(options.rgba, "rgba");
  const layout = channelLayout(arr0.shape, options.channel_axis);
  if (layout.channels !== 4) {
    throw new ValueError(`the input array must have size 4 along \`channel_axis\`, got ${shapeStr(arr0.shape)}`);
  }
  const single = arr0.dtype === float32;
  const arr = single ? img_as_float32(arr0) : img_as_float64(arr0);
  const f = single ? Math.fround : (x: number) => x;
  const background = Array.from(options.background as ArrayLike<number>, (v) => f(v));
  if (background.length !== 3) {
    throw new ValueError(`background must be an array-like containing 3 RGB values. Got ${background.length} items`);
  }
  if (background.some((v) => v < 0 || v > 1)) throw new ValueError("background RGB values must be floats between 0 and 1.");
  const src = contiguousStorage(arr);
  const { outer, inner } = layout;
  const outShape = arr.shape.slice();
  outShape[layout.axis] = 3;
  // every element is written; a large result comes from the array heap, as others do
  const out = uninitStorage(single ? Float32Array : Float64Array, outer * 3 * inner);
  if (single) blendFloat32(src as Float32Array, out as Float32Array, outer, inner, background);
  else blendFloat64(src as Float64Array, out as Float64Array, outer, inner, background);
  return NDArray.fromStorage(out, outShape, single ? float32 : float64);
}
pyfunction(RGBA2RGB, rgba2rgb);

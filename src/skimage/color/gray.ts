/** Gray and alpha conversions: rgb2gray, gray2rgb, gray2rgba, rgba2rgb (skimage.color, 0.19). */
import { uninitStorage, zeroedStorage } from "../../np/alloc";
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64, uint8 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { NDArrayLike, asNDArray, shapeStr, warn } from "../_internal/arrays";
import { dtype_limits, img_as_float32, img_as_float64 } from "../util/dtype";
import { channelLayout, colorLayout } from "./channels";
import { grayFromFloat32, grayFromFloat64 } from "./gray-float";
import { grayRoute, rowRoundings } from "./gray-rounding";
import { grayFromUint8 } from "./gray-uint8";

/**
 * `skimage.color.rgb2gray(rgb, *, channel_axis=-1)`: luminance Y = 0.2125 R + 0.7154 G + 0.0721 B
 * of an RGB image converted with img_as_float first. Returns float64 (float32 for float32 input)
 * with the channel axis removed. As in scikit-image 0.19.3, the channel axis must have size 3
 * (convert RGBA with rgba2rgb first). The values are NumPy's to the last bit: its matrix
 * product rounds differently with the memory layout, and so does this (gray-rounding.ts).
 */
export function rgb2gray(rgb: NDArrayLike, options: { channel_axis?: number } = {}): NDArray {
  const arr = asNDArray(rgb, "rgb");
  const { axis } = colorLayout(arr, options.channel_axis ?? -1);
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

/** Stacks copies of `image` along a new axis `channel_axis` (np.stack). */
function stackChannels(arr: NDArray, planes: NDArray[], channel_axis: number): NDArray {
  const ndim = arr.ndim + 1;
  const outShape = arr.shape.slice();
  const axis = channelLayout(new Array<number>(ndim).fill(1), channel_axis).axis;
  outShape.splice(axis, 0, planes.length);
  const { outer, inner } = channelLayout(outShape, axis);
  const out = zeroedStorage(arr.dtype.storage, arr.size * planes.length);
  const c = planes.length;
  planes.forEach((plane, ch) => {
    const src = contiguousStorage(plane);
    for (let o = 0; o < outer; o++) {
      out.set(src.subarray(o * inner, (o + 1) * inner), (o * c + ch) * inner);
    }
  });
  return NDArray.fromStorage(out, outShape, arr.dtype);
}

/**
 * `skimage.color.gray2rgb(image, *, channel_axis=-1)`: the gray image repeated into 3 channels
 * along a new axis, same dtype.
 */
export function gray2rgb(image: NDArrayLike, options: { channel_axis?: number } = {}): NDArray {
  const arr = asNDArray(image);
  return stackChannels(arr, [arr, arr, arr], options.channel_axis ?? -1);
}

/**
 * `skimage.color.gray2rgba(image, alpha=None, *, channel_axis=-1)`: gray repeated into RGB plus
 * an alpha channel (default: the dtype's maximum).
 */
export function gray2rgba(image: NDArrayLike, options: { alpha?: number | NDArrayLike; channel_axis?: number } = {}): NDArray {
  const arr = asNDArray(image);
  let alphaPlane: NDArray;
  const alpha = options.alpha ?? dtype_limits(arr)[1];
  if (typeof alpha === "number") {
    if (arr.dtype.kind !== "f" && !(Number.isInteger(alpha) && alpha >= dtype_limits(arr)[0] && alpha <= dtype_limits(arr)[1])) {
      warn(`alpha cannot be safely cast to image dtype ${arr.dtype.name}`);
    }
    const data = zeroedStorage(arr.dtype.storage, arr.size);
    data.fill(alpha);
    alphaPlane = NDArray.fromStorage(data, arr.shape.slice(), arr.dtype);
  } else {
    const a = asNDArray(alpha, "alpha");
    if (a.shape.length !== arr.shape.length || a.shape.some((d, k) => d !== arr.shape[k])) {
      throw new ValueError("alpha.shape must match image.shape");
    }
    const data = zeroedStorage(arr.dtype.storage, arr.size);
    data.set(contiguousStorage(a));
    alphaPlane = NDArray.fromStorage(data, arr.shape.slice(), arr.dtype);
  }
  return stackChannels(arr, [arr, arr, arr, alphaPlane], options.channel_axis ?? -1);
}

/**
 * `skimage.color.rgba2rgb(rgba, background=(1, 1, 1), *, channel_axis=-1)`: alpha-blends onto
 * the background: clip((1 - alpha) * background + alpha * rgb, 0, 1), after img_as_float.
 */
export function rgba2rgb(
  rgba: NDArrayLike,
  options: { background?: readonly number[]; channel_axis?: number } = {},
): NDArray {
  const arr0 = asNDArray(rgba, "rgba");
  const layout = channelLayout(arr0.shape, options.channel_axis ?? -1);
  if (layout.channels !== 4) {
    throw new ValueError(`the input array must have size 4 along \`channel_axis\`, got ${shapeStr(arr0.shape)}`);
  }
  const single = arr0.dtype === float32;
  const arr = single ? img_as_float32(arr0) : img_as_float64(arr0);
  const f = single ? Math.fround : (x: number) => x;
  const background = (options.background ?? [1, 1, 1]).map((v) => f(v));
  if (background.length !== 3) {
    throw new ValueError(`background must be an array-like containing 3 RGB values. Got ${background.length} items`);
  }
  if (background.some((v) => v < 0 || v > 1)) throw new ValueError("background RGB values must be floats between 0 and 1.");
  const src = contiguousStorage(arr);
  const { outer, inner } = layout;
  const outShape = arr.shape.slice();
  outShape[layout.axis] = 3;
  const out = single ? new Float32Array(outer * 3 * inner) : new Float64Array(outer * 3 * inner);
  for (let o = 0; o < outer; o++) {
    const sb = o * 4 * inner;
    const ob = o * 3 * inner;
    for (let i = 0; i < inner; i++) {
      const alpha = src[sb + 3 * inner + i];
      const oneMinus = f(1 - alpha);
      for (let ch = 0; ch < 3; ch++) {
        const v = f(f(oneMinus * background[ch]) + f(alpha * src[sb + ch * inner + i]));
        out[ob + ch * inner + i] = v < 0 ? 0 : v > 1 ? 1 : v;
      }
    }
  }
  return NDArray.fromStorage(out, outShape, single ? float32 : float64);
}

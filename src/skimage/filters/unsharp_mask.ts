/** `skimage.filters.unsharp_mask` (0.19): image + amount * (image - blurred), clipped. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { img_as_float } from "../util/dtype";
import { channelBack, channelLast } from "../exposure/_common";
import { sigmasFor, smooth } from "./_smooth";
import { roundingFor } from "../_internal/rounding";

const UNSHARP = signature("skimage.filters.unsharp_mask(image, radius=1.0, amount=1.0, multichannel=False, preserve_range=False, *, channel_axis=None)", {
  types: { image: "array_like", radius: "float", amount: "float", multichannel: "bool", preserve_range: "bool", channel_axis: "int|None" },
});

/** Keyword arguments of unsharp_mask. */
export interface UnsharpMaskOptions {
  radius?: number;
  amount?: number;
  /** Deprecated in scikit-image 0.19: `channel_axis: -1` instead. */
  multichannel?: boolean;
  preserve_range?: boolean;
  channel_axis?: number | null;
}

/**
 * `skimage.filters.unsharp_mask(image, radius=1.0, amount=1.0, multichannel=False,
 * preserve_range=False, *, channel_axis=None)`: sharpening by image + amount * (image -
 * gaussian(image, radius)), clipped to [0, 1] (or [-1, 1] when the image has negative values)
 * unless `preserve_range`. Float64 out (float32 for float32 images).
 */
export function unsharp_mask(
  image: NDArrayLike,
  ...rest: PyArgs<[radius: number, amount: number, multichannel: boolean, preserve_range: boolean, options: UnsharpMaskOptions], UnsharpMaskOptions>
): NDArray;
export function unsharp_mask(...args: unknown[]): NDArray {
  const b = UNSHARP.bind(args);
  let channelAxis: number | null = b.channel_axis;
  if (b.multichannel) {
    warn("`multichannel` is a deprecated argument name for `unsharp_mask`. It will be removed in version 1.0. Please use `channel_axis` instead.", "FutureWarning");
    channelAxis = -1;
  }
  const img0 = asNDArray(b.image as NDArrayLike);
  const single = img0.dtype === float32;
  const fimg = b.preserve_range ? img0 : img_as_float(img0);
  const r = roundingFor(single);
  let range: [number, number] | null = null;
  const all = contiguousStorage(fimg);
  if (!b.preserve_range) {
    let negative = false;
    for (let i = 0; i < all.length && !negative; i++) negative = all[i] < 0;
    range = negative ? [-1, 1] : [0, 1];
  }
  const moved = channelAxis === null ? fimg : channelLast(fimg, channelAxis);
  const shape = moved.shape.slice();
  const values = new Float64Array(contiguousStorage(moved));
  const nch = channelAxis === null ? 1 : shape[shape.length - 1];
  const spatial = channelAxis === null ? shape : shape.slice(0, -1);
  const per = values.length / nch;
  const out = new Float64Array(values.length);
  const channel = new Float64Array(per);
  // scikit-image's gaussian takes an (M, N, 3) image as RGB: no smoothing across channels
  const rgbLike = channelAxis === null && spatial.length === 3 && spatial[2] === 3;
  if (rgbLike) {
    warn("Images with dimensions (M, N, 3) are interpreted as 2D+RGB by default. Use `multichannel=False` to interpret as 3D image with last dimension of length 3.", "RuntimeWarning");
  }
  const sigmas = sigmasFor(b.radius, spatial.length, rgbLike ? -1 : null);
  for (let c = 0; c < nch; c++) {
    for (let i = 0; i < per; i++) channel[i] = values[i * nch + c];
    const blurred = smooth(channel, spatial, sigmas, "reflect", 0, 4.0, single);
    const amount: number = b.amount;
    for (let i = 0; i < per; i++) {
      let v = r(channel[i] + r(r(channel[i] - blurred[i]) * amount));
      if (range !== null) v = v < range[0] ? range[0] : v > range[1] ? range[1] : v;
      out[i * nch + c] = v;
    }
  }
  const result = NDArray.fromStorage(single ? new Float32Array(out) : out, shape, single ? float32 : float64);
  return channelAxis === null ? result : channelBack(result, channelAxis);
}
pyfunction(UNSHARP, unsharp_mask);

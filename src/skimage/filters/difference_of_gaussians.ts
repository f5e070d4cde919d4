/** `skimage.filters.difference_of_gaussians` (0.19): a band-pass filter. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { NdMode } from "../_internal/boundary";
import { img_as_float } from "../util/dtype";
import { sigmasFor, smooth } from "./_smooth";

const DOG = signature("skimage.filters.difference_of_gaussians(image, low_sigma, high_sigma=None, *, mode='nearest', cval=0, channel_axis=None, truncate=4.0, multichannel=False)", {
  types: { image: "array_like", low_sigma: "float|sequence", high_sigma: "float|sequence|None", mode: "str", cval: "float", channel_axis: "int|None", truncate: "float", multichannel: "bool" },
  choices: { mode: ["reflect", "constant", "nearest", "mirror", "wrap"] },
});

/** Keyword arguments of difference_of_gaussians. */
export interface DifferenceOfGaussiansOptions {
  high_sigma?: number | readonly number[] | null;
  mode?: NdMode;
  cval?: number;
  channel_axis?: number | null;
  truncate?: number;
  /** Deprecated in scikit-image 0.19: `channel_axis: -1` instead. */
  multichannel?: boolean;
}

/**
 * `skimage.filters.difference_of_gaussians(image, low_sigma, high_sigma=None, *,
 * mode='nearest', cval=0, channel_axis=None, truncate=4.0, multichannel=False)`: the image
 * blurred with `low_sigma` minus it blurred with `high_sigma` (default 1.6 * low_sigma), after
 * img_as_float. Sigmas are one number or one per spatial axis.
 */
export function difference_of_gaussians(
  image: NDArrayLike, low_sigma: number | readonly number[],
  ...rest: PyArgs<[high_sigma: number | readonly number[] | null, options: DifferenceOfGaussiansOptions], DifferenceOfGaussiansOptions>
): NDArray;
export function difference_of_gaussians(...args: unknown[]): NDArray {
  const b = DOG.bind(args);
  let channelAxis: number | null = b.channel_axis;
  if (b.multichannel) {
    warn("`multichannel` is a deprecated argument name for `difference_of_gaussians`. It will be removed in version 1.0. Please use `channel_axis` instead.", "FutureWarning");
    channelAxis = -1;
  }
  const img = img_as_float(asNDArray(b.image as NDArrayLike));
  const single = img.dtype === float32;
  const low: number[] = typeof b.low_sigma === "number" ? [b.low_sigma] : (b.low_sigma as number[]).slice();
  const high: number[] = b.high_sigma === null ? low.map((s) => s * 1.6) : typeof b.high_sigma === "number" ? [b.high_sigma] : (b.high_sigma as number[]).slice();
  const spatial = channelAxis === null ? img.ndim : img.ndim - 1;
  if (low.length !== 1 && low.length !== spatial) throw new ValueError("low_sigma must have length equal to number of spatial dimensions of input");
  if (high.length !== 1 && high.length !== spatial) throw new ValueError("high_sigma must have length equal to number of spatial dimensions of input");
  const lows = low.length === 1 ? new Array(spatial).fill(low[0]) : low;
  const highs = high.length === 1 ? new Array(spatial).fill(high[0]) : high;
  if (highs.some((h, k) => h < lows[k])) throw new ValueError("high_sigma must be equal to or larger thanlow_sigma for all axes");
  if (img.ndim === 3 && img.shape[2] === 3 && channelAxis === null) {
    warn("Images with dimensions (M, N, 3) are interpreted as 2D+RGB by default. Use `multichannel=False` to interpret as 3D image with last dimension of length 3.", "RuntimeWarning");
    channelAxis = -1;
  }
  const values = Float64Array.from(contiguousStorage(img));
  const mode = b.mode as NdMode;
  const a = smooth(values, img.shape, sigmasFor(lows, img.ndim, channelAxis), mode, b.cval, b.truncate, single);
  const c = smooth(values, img.shape, sigmasFor(highs, img.ndim, channelAxis), mode, b.cval, b.truncate, single);
  for (let i = 0; i < a.length; i++) a[i] = single ? Math.fround(a[i] - c[i]) : a[i] - c[i];
  return NDArray.fromStorage(single ? new Float32Array(a) : a, img.shape.slice(), single ? float32 : float64);
}
pyfunction(DOG, difference_of_gaussians);

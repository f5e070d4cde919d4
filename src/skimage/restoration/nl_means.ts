/** `skimage.restoration.denoise_nl_means` (0.19): non-local means denoising of 2-D and 3-D images. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { NotImplementedError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";
import { multichannelToAxis } from "../_internal/multichannel";
import { img_as_float } from "../util/dtype";
import { channelBack, channelLast } from "../exposure/_common";
import { fastNlMeans2d, fastNlMeans3d, slowNlMeans2d, slowNlMeans3d } from "./_nl_means_kernels";

const DENOISE_NL_MEANS = signature(
  "skimage.restoration.denoise_nl_means(image, patch_size=7, patch_distance=11, h=0.1, multichannel=False, fast_mode=True, sigma=0.0, *, preserve_range=False, channel_axis=None)",
  {
    types: {
      image: IMAGE, patch_size: "int", patch_distance: "int", h: "float", multichannel: "bool", fast_mode: "bool", sigma: "float",
      preserve_range: "bool", channel_axis: "int|None",
    },
  },
);

/** Keyword arguments of denoise_nl_means. */
export interface DenoiseNlMeansOptions {
  patch_size?: number;
  patch_distance?: number;
  h?: number;
  /** Deprecated in scikit-image 0.19: `channel_axis: -1` instead. */
  multichannel?: boolean;
  fast_mode?: boolean;
  sigma?: number;
  preserve_range?: boolean;
  channel_axis?: number | null;
}

/**
 * `skimage.restoration.denoise_nl_means(image, patch_size=7, patch_distance=11, h=0.1,
 * multichannel=False, fast_mode=True, sigma=0.0, *, preserve_range=False, channel_axis=None)`:
 * each pixel becomes the mean of the pixels within `patch_distance`, weighted by how alike
 * their patch_size patches are (exp(-max(d^2 - 2 sigma^2, 0) / h^2), with scikit-image's
 * approximate exponential). `fast_mode` uses uniform patch weights and integral images, the
 * slow mode Gaussian patch weights. 2-D and 3-D images, grey or with `channel_axis` (3-D with
 * channels needs fast_mode, as in scikit-image); 4-D images are not supported here. Integer
 * images are scaled by img_as_float unless `preserve_range`. Float64 out (float32 for float32).
 */
export function denoise_nl_means(
  image: NDArrayLike,
  ...rest: PyArgs<[patch_size: number, patch_distance: number, h: number, multichannel: boolean, fast_mode: boolean, sigma: number, options: DenoiseNlMeansOptions], DenoiseNlMeansOptions>
): NDArray;
export function denoise_nl_means(...args: unknown[]): NDArray {
  const b = DENOISE_NL_MEANS.bind(args);
  const channelAxis = multichannelToAxis(args, b, 4, "denoise_nl_means");
  const input = asNDArray(b.image as NDArrayLike);
  const moved = channelAxis === null ? input : channelLast(input, channelAxis);
  const spatial = channelAxis === null ? moved.shape.slice() : moved.shape.slice(0, -1);
  const nch = channelAxis === null ? 1 : moved.shape[moved.ndim - 1];
  if (spatial.length < 2 || spatial.length > 4) {
    throw new NotImplementedError("Non-local means denoising is only implemented for 2D, 3D or 4D grayscale or multichannel images.");
  }
  if (spatial.length === 4) throw new NotImplementedError("denoise_nl_means: 4-D images are not supported yet");
  const fimg = b.preserve_range ? (moved.dtype.kind === "f" ? moved : moved.astype(float64)) : img_as_float(moved);
  const single = fimg.dtype === float32;
  const values = new Float64Array(contiguousStorage(fimg));
  const s: number = b.patch_size;
  const d: number = b.patch_distance;
  const h: number = b.h;
  const variance = b.sigma * b.sigma;
  let out: Float64Array;
  let shape: number[];
  if (spatial.length === 2) {
    const [rows, cols] = spatial;
    out = b.fast_mode ? fastNlMeans2d(values, rows, cols, nch, s, d, h, variance) : slowNlMeans2d(values, rows, cols, nch, s, d, h, variance);
    // the compiled loops return np.squeeze of (rows, cols, channels)
    shape = [rows, cols, nch].filter((n) => n !== 1);
  } else {
    const [pln, rows, cols] = spatial;
    if (b.fast_mode) {
      out = fastNlMeans3d(values, pln, rows, cols, nch, s, d, h, variance);
      shape = [pln, rows, cols, nch].filter((n) => n !== 1);
    } else {
      if (channelAxis !== null) throw new NotImplementedError("Multichannel 3D requires fast_mode to be True.");
      out = slowNlMeans3d(values, pln, rows, cols, s, d, h, variance);
      shape = [pln, rows, cols];
    }
  }
  const result = NDArray.fromStorage(single ? new Float32Array(out) : out, shape, single ? float32 : float64);
  return channelAxis === null || result.ndim !== spatial.length + 1 ? result : channelBack(result, channelAxis);
}
pyfunction(DENOISE_NL_MEANS, denoise_nl_means);

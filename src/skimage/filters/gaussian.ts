/** `skimage.filters.gaussian` (0.19): scipy.ndimage.gaussian_filter after convert_to_float. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import type { NdMode } from "../_internal/boundary";
import { gaussianFilter } from "../_internal/correlate";
import { convertToFloat } from "../transform/resize";
import { IMAGE, plainCall } from "../_internal/bind";
import { RuntimeError } from "../_internal/errors";
import { multichannelToAxis } from "../_internal/multichannel";
import { PyArgs, check, pyfunction, signature } from "../../signature";

const GAUSSIAN = signature(
  "skimage.filters.gaussian(image, sigma=1, output=None, mode='nearest', cval=0, multichannel=None, preserve_range=False, truncate=4.0, *, channel_axis=None)",
  {
    types: {
      image: IMAGE, sigma: ["float", "sequence"], output: check("an NDArray or None", (v) => v === null || v instanceof NDArray),
      mode: "str", cval: "float", multichannel: "bool|None", preserve_range: "bool", truncate: "float", channel_axis: "int|None",
    },
  },
);

const MODES: readonly string[] = ["reflect", "mirror", "nearest", "constant", "wrap", "grid-constant", "grid-wrap", "grid-mirror"];

export interface GaussianOptions {
  image?: NDArrayLike;
  /** Standard deviation, one for all axes or one per axis (default 1). */
  sigma?: number | readonly number[];
  /** A float array of the image's shape that receives the result (and is returned). */
  output?: NDArray | null;
  /** scipy.ndimage boundary mode (default 'nearest'). */
  mode?: NdMode | "grid-mirror";
  cval?: number;
  /** Keep the input's value range instead of converting with img_as_float. */
  preserve_range?: boolean;
  /** Kernel radius in sigmas (default 4.0). */
  truncate?: number;
  /** Deprecated in scikit-image 0.19 (FutureWarning): true is channel_axis=-1. */
  multichannel?: boolean | null;
  /** Axis holding colour channels: not smoothed. (M, N, 3) images default to -1, with a warning. */
  channel_axis?: number | null;
}

const DEFAULTS: Required<Omit<GaussianOptions, "image">> = {
  sigma: 1, output: null, mode: "nearest", cval: 0, multichannel: null, preserve_range: false, truncate: 4.0, channel_axis: null,
};

/**
 * `skimage.filters.gaussian(image, sigma=1, output=None, mode='nearest', cval=0,
 * multichannel=None, preserve_range=False, truncate=4.0, *, channel_axis=None)`: Gaussian
 * smoothing with scipy's kernel (radius int(truncate * sigma + 0.5)), separable, in float64
 * (float32 kept for float32 input). The deprecated `multichannel` works as in 0.19 (with its
 * FutureWarning); `output`, a float array, receives the result and is returned.
 */
export function gaussian(image: NDArrayLike, ...rest: PyArgs<[
  sigma: number | readonly number[], output: NDArray | null, mode: NdMode | "grid-mirror", cval: number, multichannel: boolean | null,
  preserve_range: boolean, truncate: number, options: GaussianOptions,
], GaussianOptions>): NDArray;
export function gaussian(...args: unknown[]): NDArray {
  const plain = plainCall(args, 1) || (plainCall(args, 2) && typeof args[1] === "number");
  const options = plain ? { ...DEFAULTS, image: args[0], sigma: args.length > 1 ? (args[1] as number) : 1 } : GAUSSIAN.bind(args);
  let img = asNDArray(options.image as NDArrayLike);
  let channelAxis: number | null = plain ? null : multichannelToAxis(args, options, 5, "gaussian");
  if (img.ndim === 3 && img.shape[2] === 3 && channelAxis === null) {
    warn("Images with dimensions (M, N, 3) are interpreted as 2D+RGB by default. Use `multichannel=False` to interpret as 3D image with last dimension of length 3.", "RuntimeWarning");
    channelAxis = -1;
  }
  const sigma = options.sigma as number | readonly number[];
  const given = typeof sigma === "number" ? [sigma] : Array.from(sigma);
  if (given.some((s) => s < 0)) throw new ValueError("Sigma values less than zero are not valid");
  let sigmas: number[];
  if (channelAxis !== null) {
    const ax = ((channelAxis % img.ndim) + img.ndim) % img.ndim;
    sigmas = typeof sigma === "number" ? new Array<number>(img.ndim - 1).fill(sigma) : given;
    if (sigmas.length === img.ndim - 1) sigmas.splice(ax, 0, 0);
  } else {
    sigmas = typeof sigma === "number" ? new Array<number>(img.ndim).fill(sigma) : given;
  }
  img = convertToFloat(img, options.preserve_range);
  const output = options.output as NDArray | null;
  if (output !== null && output.dtype.kind !== "f") throw new ValueError("Provided output data type is not float");
  // scipy.ndimage's checks
  if (sigmas.length !== img.ndim) throw new RuntimeError("sequence argument must have length equal to input rank");
  let mode = options.mode as string;
  if (!MODES.includes(mode)) throw new RuntimeError(`boundary mode not supported: '${mode}'`);
  if (mode === "grid-mirror") mode = "reflect";
  if (output !== null && (output.ndim !== img.ndim || output.shape.some((d, k) => d !== img.shape[k]))) {
    throw new RuntimeError("output shape not correct");
  }
  const single = img.dtype === float32;
  const data = new Float64Array(contiguousStorage(img));
  const out = gaussianFilter(data, img.shape, sigmas, mode as NdMode, options.cval as number, options.truncate as number);
  const result = NDArray.fromStorage(single ? new Float32Array(out) : out, img.shape.slice(), img.dtype);
  if (output === null) return result;
  output.set("...", result);
  return output;
}
pyfunction(GAUSSIAN, gaussian);

/**
 * `skimage.filters.rank` (0.19): local mean, median, minimum and maximum of uint8/uint16 2-D
 * images over a footprint, counting only the neighbours inside the image (and `mask`).
 */
import { NDArray } from "../../np/ndarray";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike } from "../_internal/arrays";
import { KERNELS, applyRank } from "./_rank_core";

/** Keyword arguments of the rank filters. */
export interface RankOptions {
  footprint?: NDArrayLike | null;
  /** Writing into a given array is not supported: results are new arrays. */
  out?: null;
  /** Only pixels where mask is non-zero are counted. */
  mask?: NDArrayLike | null;
  /** Move the footprint centre one column right (true) or keep it (false). */
  shift_x?: boolean | number;
  shift_y?: boolean | number;
  /** For 3-D images, which are not supported yet. */
  shift_z?: boolean | number;
}

function rankSignature(name: string, footprintDefault: boolean) {
  return signature(`skimage.filters.rank.${name}(image, footprint${footprintDefault ? "=None" : ""}, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`, {
    types: { image: "array_like", footprint: footprintDefault ? "array_like|None" : "array_like", mask: "array_like|None", shift_x: "bool", shift_y: "bool", shift_z: "bool" },
    unsupported: ["out", "shift_z"],
  });
}

type RankArgs = PyArgs<[out: null, mask: NDArrayLike | null, shift_x: boolean, shift_y: boolean, shift_z: boolean, options: RankOptions], RankOptions>;

function run(sig: ReturnType<typeof rankSignature>, kernel: keyof typeof KERNELS, args: unknown[]): NDArray {
  const { image, footprint, mask, shift_x, shift_y } = sig.bind(args);
  return applyRank(image, footprint, mask, Number(shift_x), Number(shift_y), KERNELS[kernel]);
}

const MEAN = rankSignature("mean", false);
/**
 * `skimage.filters.rank.mean(image, footprint, out=None, mask=None, shift_x=False,
 * shift_y=False, shift_z=False)`: the local mean, truncated to the image's integer dtype.
 */
export function mean(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function mean(...args: unknown[]): NDArray {
  return run(MEAN, "mean", args);
}
pyfunction(MEAN, mean);

const MEDIAN = rankSignature("median", true);
/**
 * `skimage.filters.rank.median(image, footprint=None, out=None, mask=None, shift_x=False,
 * shift_y=False, shift_z=False)`: the local median (the upper one for an even count; default
 * footprint 3x3).
 */
export function median(image: NDArrayLike, footprint?: NDArrayLike | null, ...rest: RankArgs): NDArray;
export function median(...args: unknown[]): NDArray {
  return run(MEDIAN, "median", args);
}
pyfunction(MEDIAN, median);

const MINIMUM = rankSignature("minimum", false);
/** `skimage.filters.rank.minimum(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: the local minimum (grey erosion). */
export function minimum(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function minimum(...args: unknown[]): NDArray {
  return run(MINIMUM, "minimum", args);
}
pyfunction(MINIMUM, minimum);

const MAXIMUM = rankSignature("maximum", false);
/** `skimage.filters.rank.maximum(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: the local maximum (grey dilation). */
export function maximum(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function maximum(...args: unknown[]): NDArray {
  return run(MAXIMUM, "maximum", args);
}
pyfunction(MAXIMUM, maximum);

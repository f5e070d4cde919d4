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

function rankSignature(name: string, footprintDefault: boolean, keywordOut = false) {
  return signature(`skimage.filters.rank.${name}(image, footprint${footprintDefault ? "=None" : ""}, ${keywordOut ? "*, " : ""}out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`, {
    types: { image: "array_like", footprint: footprintDefault ? "array_like|None" : "array_like", mask: "array_like|None", shift_x: "bool", shift_y: "bool", shift_z: "bool" },
    unsupported: ["out", "shift_z"],
  });
}

type RankArgs = PyArgs<[out: null, mask: NDArrayLike | null, shift_x: boolean, shift_y: boolean, shift_z: boolean, options: RankOptions], RankOptions>;

function run(sig: ReturnType<typeof rankSignature>, kernel: string, args: unknown[], options: { float64Out?: boolean; clearCentre?: boolean } = {}): NDArray {
  const { image, footprint, mask, shift_x, shift_y } = sig.bind(args);
  return applyRank(image, footprint, mask, Number(shift_x), Number(shift_y), KERNELS[kernel], options);
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

const AUTOLEVEL = rankSignature("autolevel", false);
/** `skimage.filters.rank.autolevel(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: the centre pixel stretched between the window's minimum and maximum to the full range (n_bins - 1). */
export function autolevel(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function autolevel(...args: unknown[]): NDArray {
  return run(AUTOLEVEL, "autolevel", args);
}
pyfunction(AUTOLEVEL, autolevel);

const EQUALIZE = rankSignature("equalize", false);
/** `skimage.filters.rank.equalize(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: local histogram equalisation: (n_bins - 1) times the window's fraction of values up to the centre pixel. */
export function equalize(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function equalize(...args: unknown[]): NDArray {
  return run(EQUALIZE, "equalize", args);
}
pyfunction(EQUALIZE, equalize);

const GRADIENT = rankSignature("gradient", false);
/** `skimage.filters.rank.gradient(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: the window's maximum minus its minimum. */
export function gradient(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function gradient(...args: unknown[]): NDArray {
  return run(GRADIENT, "gradient", args);
}
pyfunction(GRADIENT, gradient);

const GEOMETRIC_MEAN = rankSignature("geometric_mean", false);
/** `skimage.filters.rank.geometric_mean(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: the window's geometric mean, exp(mean(log(1 + x))) - 1, rounded. */
export function geometric_mean(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function geometric_mean(...args: unknown[]): NDArray {
  return run(GEOMETRIC_MEAN, "geometric_mean", args);
}
pyfunction(GEOMETRIC_MEAN, geometric_mean);

const SUBTRACT_MEAN = rankSignature("subtract_mean", false);
/** `skimage.filters.rank.subtract_mean(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: (centre - local mean) / 2 + n_bins // 2 - 1, truncated. */
export function subtract_mean(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function subtract_mean(...args: unknown[]): NDArray {
  return run(SUBTRACT_MEAN, "subtract_mean", args);
}
pyfunction(SUBTRACT_MEAN, subtract_mean);

const MODAL = rankSignature("modal", false);
/** `skimage.filters.rank.modal(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: the window's most frequent value (the lowest on ties). */
export function modal(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function modal(...args: unknown[]): NDArray {
  return run(MODAL, "modal", args);
}
pyfunction(MODAL, modal);

const ENHANCE_CONTRAST = rankSignature("enhance_contrast", false);
/** `skimage.filters.rank.enhance_contrast(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: the window's maximum or minimum, whichever is closer to the centre pixel (the minimum on ties). */
export function enhance_contrast(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function enhance_contrast(...args: unknown[]): NDArray {
  return run(ENHANCE_CONTRAST, "enhance_contrast", args);
}
pyfunction(ENHANCE_CONTRAST, enhance_contrast);

const POP = rankSignature("pop", false);
/** `skimage.filters.rank.pop(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: the number of footprint pixels inside the image (and mask). */
export function pop(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function pop(...args: unknown[]): NDArray {
  return run(POP, "pop", args);
}
pyfunction(POP, pop);

const SUM = rankSignature("sum", false);
/** `skimage.filters.rank.sum(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: the sum of the window's values (wrapping in the image's integer type, as in scikit-image). */
export function sum(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function sum(...args: unknown[]): NDArray {
  return run(SUM, "sum", args);
}
pyfunction(SUM, sum);

const THRESHOLD = rankSignature("threshold", false);
/** `skimage.filters.rank.threshold(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: 1 where the centre pixel exceeds the local mean, 0 elsewhere. */
export function threshold(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function threshold(...args: unknown[]): NDArray {
  return run(THRESHOLD, "threshold", args);
}
pyfunction(THRESHOLD, threshold);

const NOISE_FILTER = rankSignature("noise_filter", false);
/** `skimage.filters.rank.noise_filter(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: the distance from the centre pixel to the nearest value in the window without it (0 where that value occurs). */
export function noise_filter(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function noise_filter(...args: unknown[]): NDArray {
  return run(NOISE_FILTER, "noise_filter", args, { clearCentre: true });
}
pyfunction(NOISE_FILTER, noise_filter);

const ENTROPY = rankSignature("entropy", false);
/** `skimage.filters.rank.entropy(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: the local Shannon entropy in bits (float64). */
export function entropy(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function entropy(...args: unknown[]): NDArray {
  return run(ENTROPY, "entropy", args, { float64Out: true });
}
pyfunction(ENTROPY, entropy);

const OTSU = rankSignature("otsu", false);
/** `skimage.filters.rank.otsu(image, footprint, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: the local Otsu threshold of the window. */
export function otsu(image: NDArrayLike, footprint: NDArrayLike, ...rest: RankArgs): NDArray;
export function otsu(...args: unknown[]): NDArray {
  return run(OTSU, "otsu", args);
}
pyfunction(OTSU, otsu);

const MAJORITY = rankSignature("majority", false, true);
/** `skimage.filters.rank.majority(image, footprint, *, out=None, mask=None, shift_x=False, shift_y=False, shift_z=False)`: the window's most frequent value (the lowest on ties). */
export function majority(image: NDArrayLike, footprint: NDArrayLike, options?: RankOptions): NDArray;
export function majority(...args: unknown[]): NDArray {
  return run(MAJORITY, "majority", args);
}
pyfunction(MAJORITY, majority);

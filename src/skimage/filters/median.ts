/** `skimage.filters.median` (0.19): scipy.ndimage.median_filter, or the rank filter with behavior='rank'. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { astype } from "../../np/cast";
import { float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { footprintFrom, rankFilter } from "./_rank_filter";
import { rankMedian } from "./_rank_core";

const MEDIAN = signature("skimage.filters.median(image, footprint=None, out=None, mode='nearest', cval=0.0, behavior='ndimage')", {
  types: { image: "array_like", footprint: "array_like|None", out: "any", mode: "str", cval: "float", behavior: "str" },
  choices: { mode: ["reflect", "constant", "nearest", "mirror", "wrap"], behavior: ["ndimage", "rank"] },
  unsupported: ["out"],
});

/** Keyword arguments of filters.median. */
export interface MedianOptions {
  footprint?: NDArrayLike | null;
  out?: null;
  mode?: "reflect" | "constant" | "nearest" | "mirror" | "wrap";
  cval?: number;
  behavior?: "ndimage" | "rank";
}

/**
 * `skimage.filters.median(image, footprint=None, out=None, mode='nearest', cval=0.0,
 * behavior='ndimage')`: the median over the footprint (default: the full 3x3(x3...) cube)
 * around every pixel, borders extended by `mode`; same dtype out. behavior='rank' uses
 * skimage.filters.rank.median (uint8/uint16 images, pixels outside the image not counted).
 */
export function median(
  image: NDArrayLike,
  ...rest: PyArgs<[footprint: NDArrayLike | null, out: null, mode: MedianOptions["mode"], cval: number, behavior: "ndimage" | "rank", options: MedianOptions], MedianOptions>
): NDArray;
export function median(...args: unknown[]): NDArray {
  const { image, footprint, mode, cval, behavior } = MEDIAN.bind(args);
  const img = asNDArray(image as NDArrayLike);
  if (behavior === "rank") {
    if (mode !== "nearest" || Math.abs(cval) > 1e-8) {
      warn("Change 'behavior' to 'ndimage' if you want to use the parameters 'mode' or 'cval'. They will be discarded otherwise.");
    }
    return rankMedian(img, footprint);
  }
  let fp;
  if (footprint === null) fp = footprintFrom(new Uint8Array(3 ** img.ndim).fill(1), new Array(img.ndim).fill(3));
  else {
    const f = asNDArray(footprint as NDArrayLike, "footprint");
    if (f.ndim !== img.ndim) throw new ValueError("footprint array has incorrect shape.");
    fp = footprintFrom(contiguousStorage(f), f.shape);
  }
  if (fp.offsets.length === 0) throw new ValueError("All-zero footprint is not supported.");
  const src = Float64Array.from(contiguousStorage(img));
  const out = rankFilter(src, img.shape, fp, fp.offsets.length >> 1, mode, cval);
  return img.dtype === float64 ? NDArray.fromStorage(out, img.shape.slice(), float64) : astype(NDArray.fromStorage(out, img.shape.slice(), float64), img.dtype);
}
pyfunction(MEDIAN, median);

/** `skimage.exposure.equalize_hist` (0.19): the image mapped through its own cdf. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { interpInto, supportedFloat } from "./_common";
import { flatCdf } from "./histogram";

const EQUALIZE_HIST = signature("skimage.exposure.equalize_hist(image, nbins=256, mask=None)", {
  types: { image: "array_like", nbins: "int", mask: "array_like|None" },
});

/** Keyword arguments of exposure.equalize_hist. */
export interface EqualizeHistOptions {
  nbins?: number;
  mask?: NDArrayLike | null;
}

/**
 * `skimage.exposure.equalize_hist(image, nbins=256, mask=None)`: histogram equalisation, each
 * value replaced by np.interp over the cdf (float64; float32 for float32 images). With `mask`,
 * the cdf comes from the masked pixels only and is applied to the whole image.
 */
export function equalize_hist(
  image: NDArrayLike,
  ...rest: PyArgs<[nbins: number, mask: NDArrayLike | null, options: EqualizeHistOptions], EqualizeHistOptions>
): NDArray;
export function equalize_hist(...args: unknown[]): NDArray {
  const { image, nbins, mask } = EQUALIZE_HIST.bind(args);
  const img = asNDArray(image as NDArrayLike);
  const values = contiguousStorage(img);
  let source: ArrayLike<number> = values;
  if (mask !== null) {
    const m = asNDArray(mask as NDArrayLike, "mask");
    if (m.size !== img.size || m.ndim !== img.ndim || m.shape.some((d, k) => d !== img.shape[k])) {
      throw new ValueError(`boolean index did not match indexed array along dimension 0; dimension is ${img.shape[0]} but corresponding boolean dimension is ${m.shape[0]}`);
    }
    const mv = contiguousStorage(m);
    const picked = new img.dtype.storage(values.length);
    let n = 0;
    for (let i = 0; i < values.length; i++) if (mv[i]) picked[n++] = values[i];
    source = picked.subarray(0, n);
  }
  const { counts: cdf, centers } = flatCdf(source as typeof values, img.dtype, nbins);
  // the cdf is float32 for float32 images before np.interp widens it
  if (img.dtype === float32) for (let k = 0; k < cdf.length; k++) cdf[k] = Math.fround(cdf[k]);
  const out = new Float64Array(values.length);
  interpInto(values, centers, cdf, out);
  const dt = supportedFloat(img.dtype);
  return NDArray.fromStorage(dt === float32 ? new Float32Array(out) : out, img.shape.slice(), dt);
}
pyfunction(EQUALIZE_HIST, equalize_hist);

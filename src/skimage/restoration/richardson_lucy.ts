/** `skimage.restoration.richardson_lucy` (0.19): Richardson-Lucy deconvolution. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";
import { convolveSame } from "./_convolve_same";

const RICHARDSON_LUCY = signature("skimage.restoration.richardson_lucy(image, psf, num_iter=50, clip=True, filter_epsilon=None)", {
  types: { image: IMAGE, psf: IMAGE, num_iter: "int", clip: "bool", filter_epsilon: "float|None" },
});

/** Keyword arguments of richardson_lucy. */
export interface RichardsonLucyOptions {
  num_iter?: number;
  clip?: boolean;
  filter_epsilon?: number | null;
}

/** Added to every blurred estimate before dividing by it (scikit-image's regularisation). */
const EPS = 1e-12;

/**
 * `skimage.restoration.richardson_lucy(image, psf, num_iter=50, clip=True,
 * filter_epsilon=None)`: deconvolution by `num_iter` multiplicative updates from an estimate
 * of 0.5 everywhere: estimate *= convolve(image / convolve(estimate, psf), flipped psf), both
 * convolutions scipy.signal's 'same' mode. With `filter_epsilon`, ratios where the blurred
 * estimate is below it are 0. `clip` limits the result to [-1, 1]. The image is not rescaled:
 * integers are used as they are. Float64 out (float32 for float32 images).
 */
export function richardson_lucy(
  image: NDArrayLike, psf: NDArrayLike,
  ...rest: PyArgs<[num_iter: number, clip: boolean, filter_epsilon: number | null, options: RichardsonLucyOptions], RichardsonLucyOptions>
): NDArray;
export function richardson_lucy(...args: unknown[]): NDArray {
  const b = RICHARDSON_LUCY.bind(args);
  const img = asNDArray(b.image as NDArrayLike);
  const kernel = asNDArray(b.psf as NDArrayLike, "psf");
  if (kernel.ndim !== img.ndim) throw new ValueError("in1 and in2 should have the same dimensionality");
  const single = img.dtype === float32;
  const shape = img.shape.slice();
  const observed = contiguousStorage(img);
  const psf = new Float64Array(contiguousStorage(kernel));
  const mirror = psf.slice().reverse();
  const n = observed.length;
  const estimate = new Float64Array(n).fill(0.5);
  const blurred = new Float64Array(n);
  const ratio = new Float64Array(n);
  const correction = new Float64Array(n);
  const feps: number | null = b.filter_epsilon;
  const filter = feps !== null && feps !== 0;
  for (let it = 0; it < b.num_iter; it++) {
    convolveSame(estimate, shape, psf, kernel.shape, blurred);
    for (let i = 0; i < n; i++) {
      const c = blurred[i] + EPS;
      ratio[i] = filter && c < (feps as number) ? 0 : observed[i] / c;
    }
    convolveSame(ratio, shape, mirror, kernel.shape, correction);
    for (let i = 0; i < n; i++) estimate[i] *= correction[i];
  }
  if (b.clip) {
    for (let i = 0; i < n; i++) {
      if (estimate[i] > 1) estimate[i] = 1;
      if (estimate[i] < -1) estimate[i] = -1;
    }
  }
  return NDArray.fromStorage(single ? new Float32Array(estimate) : estimate, shape, single ? float32 : float64);
}
pyfunction(RICHARDSON_LUCY, richardson_lucy);

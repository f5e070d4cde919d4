/** downscale_local_mean (skimage.transform, 0.19): block means via block_reduce. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { IMAGE, plainCall } from "../_internal/bind";
import { PyTypeError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";

/** Keyword arguments of downscale_local_mean. */
export interface DownscaleOptions {
  image?: NDArrayLike;
  factors?: number | readonly number[];
  /** Value of the padding that completes the last blocks (default 0). */
  cval?: number;
  /** Unused, as in scikit-image 0.19 (kept there for consistency with the other transforms). */
  clip?: boolean;
}

const DOWNSCALE_LOCAL_MEAN = signature("skimage.transform.downscale_local_mean(image, factors, cval=0, clip=True)", {
  types: { image: IMAGE, factors: ["int", "sequence"], cval: "float", clip: "bool" },
});

/**
 * `skimage.transform.downscale_local_mean(image, factors, cval=0, clip=True)`: the mean of each
 * factors-sized block; the image is padded at the far end with cval to a multiple of the
 * factors. `factors` is one integer per axis (or one for all). Returns float64 (float32 for
 * float32 input). `clip` is accepted and unused, as in scikit-image 0.19.
 */
export function downscale_local_mean(
  image: NDArrayLike, factors: number | readonly number[], ...rest: PyArgs<[cval: number, clip: boolean, options: DownscaleOptions], DownscaleOptions>
): NDArray;
export function downscale_local_mean(...args: unknown[]): NDArray {
  const { image, factors, cval } = plainCall(args, 2) ? { image: args[0], factors: args[1], cval: 0 } : DOWNSCALE_LOCAL_MEAN.bind(args);
  const img = asNDArray(image as NDArrayLike);
  const ndim = img.ndim;
  const f: number[] = typeof factors === "number" ? new Array<number>(ndim).fill(factors) : Array.from(factors as ArrayLike<number>);
  // block_reduce's checks, in its order
  if (f.length !== ndim) throw new ValueError("`block_size` must be a scalar or have the same length as `image.shape`");
  if (f.some((v) => !(v >= 1))) throw new ValueError("Down-sampling factors must be >= 1. Use `skimage.transform.resize` to up-sample an image.");
  if (f.some((v) => !Number.isInteger(v))) throw new PyTypeError("`pad_width` must be of integral type.");
  const outShape = img.shape.map((d, k) => Math.ceil(d / f[k]));
  const src = contiguousStorage(img);
  const single = img.dtype === float32;
  if (ndim >= 1 && ndim <= 3 && (ndim < 3 || f[2] === 1) && img.size > 0) {
    return blockMean2d(src, img.shape, f[0], ndim >= 2 ? f[1] : 1, outShape, cval, single);
  }
  // Sum along each axis in turn (separable), padding with cval at the far end.
  let cur: Float64Array = new Float64Array(src);
  let curShape = img.shape.slice();
  // Each value summed so far stands for `mult` original samples: a padded one adds cval * mult.
  let mult = 1;
  for (let axis = 0; axis < ndim; axis++) {
    const b = f[axis];
    if (b === 1) continue;
    const pad = cval * mult;
    let outer = 1;
    for (let k = 0; k < axis; k++) outer *= curShape[k];
    let inner = 1;
    for (let k = axis + 1; k < ndim; k++) inner *= curShape[k];
    const n = curShape[axis];
    const m = outShape[axis];
    const next = new Float64Array(outer * m * inner);
    for (let o = 0; o < outer; o++) {
      for (let j = 0; j < m; j++) {
        const ob = (o * m + j) * inner;
        for (let t = 0; t < b; t++) {
          const s = j * b + t;
          if (s < n) {
            const sb = (o * n + s) * inner;
            for (let i = 0; i < inner; i++) next[ob + i] += cur[sb + i];
          } else {
            for (let i = 0; i < inner; i++) next[ob + i] += pad;
          }
        }
      }
    }
    cur = next;
    curShape = curShape.slice();
    curShape[axis] = m;
    mult *= b;
  }
  let blockSize = 1;
  for (const v of f) blockSize *= v;
  const out = single ? new Float32Array(cur.length) : cur;
  for (let i = 0; i < cur.length; i++) out[i] = cur[i] / blockSize;
  return NDArray.fromStorage(out, outShape, single ? float32 : float64);
}
pyfunction(DOWNSCALE_LOCAL_MEAN, downscale_local_mean);

/**
 * Block means of a C-ordered (H, W, C) image over (b0, b1) blocks in one pass over the input:
 * each row adds its block sums into its output row; samples past the far edges count as cval.
 */
function blockMean2d(
  src: ArrayLike<number>, shape: readonly number[], b0: number, b1: number, outShape: number[], cval: number, single: boolean,
): NDArray {
  const h = shape[0];
  const w = shape.length >= 2 ? shape[1] : 1;
  const ch = shape.length === 3 ? shape[2] : 1;
  const m0 = Math.ceil(h / b0);
  const m1 = Math.ceil(w / b1);
  const sums = new Float64Array(m0 * m1 * ch);
  const full = Math.floor(w / b1);
  for (let y = 0; y < h; y++) {
    const ob = Math.floor(y / b0) * m1 * ch;
    let p = y * w * ch;
    if (ch === 1) {
      for (let j = 0; j < full; j++) {
        let s = 0;
        for (let t = 0; t < b1; t++) s += src[p + t];
        p += b1;
        sums[ob + j] += s;
      }
      let s = 0;
      for (let x = full * b1; x < w; x++) s += src[p++];
      if (full < m1) sums[ob + full] += s;
    } else {
      for (let x = 0; x < w; x++) {
        const o = ob + Math.floor(x / b1) * ch;
        for (let c = 0; c < ch; c++) sums[o + c] += src[p++];
      }
    }
  }
  const size = b0 * b1;
  const out = single ? new Float32Array(sums.length) : sums;
  for (let j0 = 0; j0 < m0; j0++) {
    const rows = Math.min(b0, h - j0 * b0);
    for (let j1 = 0; j1 < m1; j1++) {
      const missing = size - rows * Math.min(b1, w - j1 * b1);
      const o = (j0 * m1 + j1) * ch;
      for (let c = 0; c < ch; c++) out[o + c] = (missing ? sums[o + c] + cval * missing : sums[o + c]) / size;
    }
  }
  return NDArray.fromStorage(out, outShape, single ? float32 : float64);
}

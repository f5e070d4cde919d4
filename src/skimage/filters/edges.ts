/** `skimage.filters.sobel` (0.19). */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import type { NdMode } from "../_internal/boundary";
import { convolve } from "../../scipy/ndimage/correlate";
import { edgeKernel } from "./_edge_common";
import { img_as_float } from "../util/dtype";
import { IMAGE, plainCall } from "../_internal/bind";
import { RuntimeError } from "../_internal/errors";
import { IndexError } from "../../errors";
import { pyfunction, signature } from "../../signature";

const SOBEL = signature("skimage.filters.sobel(image, mask=None, *, axis=None, mode='reflect', cval=0.0)", {
  types: { image: IMAGE, mask: [IMAGE, "None"], axis: ["int", "sequence", "None"], mode: ["str", "sequence"], cval: "float" },
});

const NDIMAGE_MODES: readonly string[] = ["reflect", "mirror", "nearest", "constant", "wrap", "grid-constant", "grid-wrap", "grid-mirror"];

/** Keyword arguments of sobel. */
export interface SobelOptions {
  image?: NDArrayLike;
  /** Zero the result outside this mask (eroded by one pixel). */
  mask?: NDArrayLike | null;
  /** The one axis for a signed gradient, or axes whose gradients make the magnitude (default: all). */
  axis?: number | readonly number[] | null;
  /** scipy.ndimage boundary mode (default 'reflect'); one mode per axis is refused, as SciPy's convolve does. */
  mode?: NdMode | "grid-mirror";
  /** Accepted and unused, as in scikit-image 0.19.3 (which does not pass it to the convolution: 'constant' pads with 0). */
  cval?: number;
}

const SMOOTH = new Float64Array([0.25, 0.5, 0.25]);
const EDGE = new Float64Array([1, 0, -1]);

/**
 * `skimage.filters.sobel(image, mask=None, *, axis=None, mode='reflect', cval=0.0)`: the Sobel
 * gradient. With axis=None, the magnitude sqrt(sum of squared axis gradients) / sqrt(ndim);
 * with one axis, the signed gradient along it. Kernels: [1, 0, -1] along the axis, [1, 2, 1]/4
 * across. `mask` zeroes the result outside the mask eroded by one pixel. As in scikit-image
 * 0.19.3, `cval` is not used (mode 'constant' pads with 0) and a negative axis also smooths
 * along itself.
 */
export function sobel(image: NDArrayLike, mask?: NDArrayLike | null | SobelOptions, options?: SobelOptions): NDArray;
export function sobel(...args: unknown[]): NDArray {
  const options = plainCall(args, 1) ? { image: args[0], mask: null, axis: null, mode: "reflect", cval: 0 } : SOBEL.bind(args);
  let img = asNDArray(options.image as NDArrayLike);
  img = img.dtype.kind === "f" ? img : img_as_float(img);
  const ndim = img.ndim;
  const shape = img.shape;
  const axis = options.axis as number | readonly number[] | null;
  const axes = axis === null ? [...Array(ndim).keys()] : typeof axis === "number" ? [axis] : Array.from(axis);
  // scikit-image's `_reshape_nd`: new_shape[axis] = -1 on a list of ndim entries
  const norm = axes.map((a) => {
    if (a < -ndim || a >= ndim) throw new IndexError(`list assignment index out of range (axis ${a} for an image of dimension ${ndim})`);
    return a;
  });
  const magnitude = norm.length > 1;
  // scipy.ndimage.convolve takes one mode
  if (typeof options.mode !== "string") throw new RuntimeError("A sequence of modes is not supported");
  const mode = options.mode as NdMode;
  if (!NDIMAGE_MODES.includes(mode)) throw new RuntimeError(`boundary mode not supported: '${mode}'`);
  const ndMode = (mode as string) === "grid-mirror" ? "reflect" : mode;
  const src = NDArray.fromStorage(new Float64Array(contiguousStorage(img)), shape.slice(), float64);
  const out = new Float64Array(src.size);
  for (const a of norm) {
    // the whole n-D kernel in one convolution: each pixel adds its terms in scipy's order
    const cur = contiguousStorage(convolve(src, edgeKernel(ndim, a, EDGE, SMOOTH), { mode: ndMode })) as Float64Array;
    if (magnitude) for (let i = 0; i < out.length; i++) out[i] += cur[i] * cur[i];
    else for (let i = 0; i < out.length; i++) out[i] += cur[i];
  }
  if (magnitude) {
    const s = Math.sqrt(ndim);
    for (let i = 0; i < out.length; i++) out[i] = Math.sqrt(out[i]) / s;
  }
  if (options.mask !== null) applyMask(out, shape, asNDArray(options.mask as NDArrayLike, "mask"));
  const single = img.dtype === float32;
  return NDArray.fromStorage(single ? new Float32Array(out) : out, shape.slice(), img.dtype);
}
pyfunction(SOBEL, sobel);

/** Zeroes `out` outside the mask eroded with a full 3x3(x...) structure and border 0. */
function applyMask(out: Float64Array, shape: readonly number[], mask: NDArray): void {
  if (mask.shape.length !== shape.length || mask.shape.some((d, k) => d !== shape[k])) {
    // NumPy's words for `result[~mask] = 0` with a mask of another shape
    const py = (s: readonly number[]) => `(${s.join(",")}${s.length === 1 ? "," : ""})`;
    throw new ValueError(`operands could not be broadcast together with shapes ${py(shape)} ${py(mask.shape)} ${py(shape)} `);
  }
  const m = contiguousStorage(mask);
  const ndim = shape.length;
  const strides = new Array<number>(ndim);
  let step = 1;
  for (let k = ndim - 1; k >= 0; k--) {
    strides[k] = step;
    step *= shape[k];
  }
  const idx = new Array<number>(ndim).fill(0);
  for (let n = 0; n < out.length; n++) {
    let keep = m[n] !== 0;
    // eroded: every neighbour in the 3^ndim cube must be inside the image and set
    if (keep) {
      const count = 3 ** ndim;
      for (let c = 0; c < count && keep; c++) {
        let off = 0;
        let rem = c;
        for (let k = ndim - 1; k >= 0; k--) {
          const d = (rem % 3) - 1;
          rem = Math.floor(rem / 3);
          const p = idx[k] + d;
          if (p < 0 || p >= shape[k]) {
            keep = false;
            break;
          }
          off += d * strides[k];
        }
        if (keep && m[n + off] === 0) keep = false;
      }
    }
    if (!keep) out[n] = 0;
    for (let k = ndim - 1; k >= 0; k--) {
      if (++idx[k] < shape[k]) break;
      idx[k] = 0;
    }
  }
}

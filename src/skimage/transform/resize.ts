/** resize and rescale (skimage.transform, 0.19): scipy.ndimage.zoom in grid mode after an optional Gaussian. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { NDArrayLike, asNDArray, clipInPlace, readFloat64, valueRange, warn } from "../_internal/arrays";
import type { NdMode } from "../_internal/boundary";
import { gaussianFilter } from "../_internal/correlate";
import { zoomGrid, zoomReads } from "../_internal/spline";
import { smoothZoom } from "../_internal/smooth_zoom";
import { img_as_float } from "../util/dtype";
import { IMAGE } from "../_internal/bind";
import { RuntimeError, pyInt } from "../_internal/errors";
import { multichannelToAxis } from "../_internal/multichannel";
import { PyArgs, Signature, check, pyfunction, signature } from "../../signature";
import { AxisError } from "../../errors";

/** scikit-image's boundary modes (numpy.pad names). */
export type WarpMode = "constant" | "edge" | "symmetric" | "reflect" | "wrap";

/** scikit-image's `_to_ndimage_mode` with scipy >= 1.6's grid variants. */
export function toNdimageMode(mode: string): NdMode {
  switch (mode) {
    case "constant": return "grid-constant";
    case "edge": return "nearest";
    case "symmetric": return "reflect";
    case "reflect": return "mirror";
    case "wrap": return "grid-wrap";
    default:
      throw new ValueError(
        `Unknown mode: '${mode}', or cannot translate mode. The mode should be one of 'constant', 'edge', 'symmetric', 'reflect', or 'wrap'. See the documentation of numpy.pad for more info.`,
      );
  }
}

/**
 * scikit-image's `_validate_interpolation_order`, then SciPy's own refusal of a fractional
 * order; orders 4 and 5 (valid in Python) are NotImplementedError of `sig`.
 */
export function validateOrder(isBool: boolean, order: number | null | undefined, sig: Signature): number {
  if (order === undefined || order === null) return isBool ? 0 : 1;
  if (typeof order !== "number" || order < 0 || order > 5) throw new ValueError("Spline interpolation order has to be in the range 0-5.");
  if (!Number.isInteger(order)) throw new RuntimeError("spline order not supported");
  if (order > 3) sig.notSupported("order", order);
  if (isBool && order !== 0) {
    throw new ValueError(
      "Input image dtype is bool. Interpolation is not defined with bool data type. Please set order to 0 or explicitely cast input image to another data type.",
    );
  }
  return order;
}

/** scikit-image's `convert_to_float`: floats kept, others to float64 (scaled unless preserve_range). */
export function convertToFloat(image: NDArray, preserve_range: boolean): NDArray {
  if (image.dtype.kind === "f") return image;
  if (preserve_range) {
    return NDArray.fromStorage(new Float64Array(contiguousStorage(image)), image.shape.slice(), float64);
  }
  return img_as_float(image);
}

/** scipy's store into an integer output: round half away from zero, saturate, in place. */
function storeInteger(values: Float64Array, unsigned: boolean, dt: { storage: { new (n: number): ArrayLike<number> & { [i: number]: number } } }): void {
  const probe = new dt.storage(1);
  for (let i = 0; i < values.length; i++) {
    const t = values[i];
    probe[0] = unsigned ? (t > 0 ? Math.trunc(t + 0.5) : 0) : Math.trunc(t > 0 ? t + 0.5 : t - 0.5);
    values[i] = probe[0];
  }
}

/** scikit-image's `_clip_warp_output`, in place. */
export function clipWarpOutput(inMin: number, inMax: number, out: Float64Array, mode: string, cval: number): void {
  let lo = inMin;
  let hi = inMax;
  if (mode === "constant" && !(lo <= cval && cval <= hi)) {
    const [omin, omax] = valueRange(out);
    if (omin <= cval && cval <= omax) {
      lo = Math.min(lo, cval);
      hi = Math.max(hi, cval);
    }
  }
  clipInPlace(out, lo, hi);
}

/** The number-valued parameters of the warps (order, cval, sigma): checked by the functions themselves, as in Python. */
const NUMBER = check("a number", () => true);

export interface ResizeOptions {
  image?: NDArrayLike;
  output_shape?: readonly number[];
  /** Spline order: 0 (nearest), 1 (bilinear, default; 0 for bool), 2 (biquadratic) or 3 (bicubic); 4 and 5 are not supported yet. */
  order?: number | null;
  /** Boundary mode: 'constant', 'edge', 'symmetric', 'reflect' (default) or 'wrap'. */
  mode?: WarpMode;
  /** Value outside the image for mode 'constant'. */
  cval?: number;
  /** Clip the output to the input's range (default true). */
  clip?: boolean;
  /** Keep the input's value range instead of converting with img_as_float. */
  preserve_range?: boolean;
  /** Gaussian smoothing before downsampling (default: true when shrinking a non-bool image). */
  anti_aliasing?: boolean | null;
  /** Gaussian sigma (default: max(0, (factor - 1) / 2) per axis). */
  anti_aliasing_sigma?: number | readonly number[] | null;
}

const WARP_TYPES = {
  image: IMAGE, order: NUMBER, mode: "str", cval: "float", clip: "bool", preserve_range: "bool",
  anti_aliasing: "bool|None", anti_aliasing_sigma: ["float", "sequence", "None"],
} as const;

const RESIZE = signature(
  "skimage.transform.resize(image, output_shape, order=None, mode='reflect', cval=0, clip=True, preserve_range=False, anti_aliasing=None, anti_aliasing_sigma=None)",
  { types: { ...WARP_TYPES, output_shape: "sequence" } },
);

const RESCALE = signature(
  "skimage.transform.rescale(image, scale, order=None, mode='reflect', cval=0, clip=True, preserve_range=False, multichannel=False, anti_aliasing=None, anti_aliasing_sigma=None, *, channel_axis=None)",
  { types: { ...WARP_TYPES, scale: ["float", "sequence"], multichannel: "bool|None", channel_axis: "int|None" } },
);

type ResizeArgs = PyArgs<[
  order: number | null, mode: WarpMode, cval: number, clip: boolean, preserve_range: boolean, anti_aliasing: boolean | null,
  anti_aliasing_sigma: number | readonly number[] | null, options: ResizeOptions,
], ResizeOptions>;

/**
 * `skimage.transform.resize(image, output_shape, order=None, mode='reflect', cval=0, clip=True,
 * preserve_range=False, anti_aliasing=None, anti_aliasing_sigma=None)`: resamples to
 * output_shape (a missing last axis keeps the channel count) exactly as scikit-image 0.19 with
 * scipy >= 1.6: a Gaussian prefilter with sigma max(0, (factor - 1) / 2) when anti-aliasing, then
 * scipy.ndimage.zoom(grid_mode=True). Returns float64 (float32 for float32 input; the input
 * dtype for order 0 without conversion).
 */
export function resize(image: NDArrayLike, output_shape: readonly number[], ...rest: ResizeArgs): NDArray;
export function resize(...args: unknown[]): NDArray {
  const b = RESIZE.bind(args);
  return resizeBound(asNDArray(b.image), Array.from(b.output_shape as ArrayLike<number>), b as Required<ResizeOptions>);
}
pyfunction(RESIZE, resize);

/** resize after binding: the output shape as given (floats allowed, as in Python). */
function resizeBound(image: NDArray, output_shape: readonly number[], options: Required<ResizeOptions>): NDArray {
  let img = image;
  let outShape = output_shape.slice();
  let inShape = img.shape.slice();
  if (outShape.length > img.ndim) {
    inShape = inShape.concat(new Array<number>(outShape.length - img.ndim).fill(1));
  } else if (outShape.length === img.ndim - 1) {
    outShape = outShape.concat([img.shape[img.ndim - 1]]);
  } else if (outShape.length < img.ndim) {
    throw new ValueError("output_shape length cannot be smaller than the image number of dimensions");
  }
  const isBool = img.dtype.kind === "b";
  let anti = options.anti_aliasing;
  if (anti === null) anti = !isBool && outShape.some((d, k) => d < inShape[k]);
  if (isBool && anti) throw new ValueError("anti_aliasing must be False for boolean images");
  const factors = inShape.map((d, k) => d / outShape[k]);
  const order = validateOrder(isBool, options.order, RESIZE);
  if (order > 0) img = convertToFloat(img, options.preserve_range);
  if (img.size === 0 && options.clip) throw new ValueError("zero-size array to reduction operation minimum which has no identity");
  const mode = options.mode;
  const ndMode = toNdimageMode(mode);
  const cval = options.cval;
  const clip = options.clip;
  const outDtype = img.dtype;
  // read only: the Gaussian and the zoom write new arrays
  let data = readFloat64(img);
  const [lo, hi] = valueRange(data);
  const single = outDtype === float32;
  let sigmas: number[] | undefined;
  if (anti) {
    if (options.anti_aliasing_sigma === null) {
      // NaN stays NaN, as np.maximum keeps it
      sigmas = factors.map((f) => (Number.isNaN(f) ? f : Math.max(0, (f - 1) / 2)));
    } else {
      const given = options.anti_aliasing_sigma;
      const list = typeof given === "number" ? [given] : Array.from(given);
      // np.atleast_1d(sigma) * np.ones_like(factors)
      if (list.length !== 1 && list.length !== factors.length) {
        throw new ValueError(`operands could not be broadcast together with shapes (${list.length},) (${factors.length},) `);
      }
      sigmas = factors.map((_, k) => list[list.length === 1 ? 0 : k]);
      if (sigmas.some((s) => s < 0)) throw new ValueError("Anti-aliasing standard deviation must be greater than or equal to zero");
      if (sigmas.some((s, k) => s > 0 && factors[k] <= 1)) warn("Anti-aliasing standard deviation greater than zero but not down-sampling along all axes");
    }
    // scipy's kernel radius int(4 * sigma + 0.5): an infinite or NaN sigma fails there
    for (const s of sigmas) pyInt(4 * s + 0.5);
  }
  // ndimage.zoom's output shape: int(round(n * (1 / factor))) per axis
  outShape = inShape.map((d, k) => {
    const n = pyInt(roundHalfEven(d * (1 / factors[k])));
    if (n < 0) throw new ValueError("negative dimensions are not allowed");
    return n;
  });
  let out: Float64Array;
  if (order <= 1 && outDtype === float64) {
    // float64 keeps no intermediate rounding: the Gaussian folds into the interpolation
    out = smoothZoom(data, inShape, outShape, order, ndMode, cval, sigmas);
  } else {
    if (sigmas !== undefined) {
      // scipy writes the smoothed image in the input's dtype after each axis (a C cast for integers)
      const store = single
        ? (v: Float64Array) => { for (let i = 0; i < v.length; i++) v[i] = Math.fround(v[i]); }
        : outDtype.kind !== "f"
          ? (v: Float64Array) => { const probe = new outDtype.storage(v.length); probe.set(v.map(Math.trunc)); v.set(probe); }
          : undefined;
      // only the samples the zoom reads are smoothed
      data = gaussianFilter(data, inShape, sigmas, ndMode, cval, 4.0, store, zoomReads(inShape, outShape, order, ndMode));
    }
    out = zoomGrid(data, inShape, outShape, order, ndMode, cval);
  }
  if (clip && data.length > 0) clipWarpOutput(lo, hi, out, mode, cval);
  if (outDtype === float64) return NDArray.fromStorage(out, outShape, float64);
  if (outDtype.kind !== "f") storeInteger(out, outDtype.kind === "u", outDtype);
  const result = new outDtype.storage(out.length);
  result.set(out);
  return NDArray.fromStorage(result, outShape, outDtype);
}

/** Keyword arguments of rescale. */
export interface RescaleOptions extends Omit<ResizeOptions, "output_shape"> {
  scale?: number | readonly number[];
  /** Deprecated in scikit-image 0.19 (FutureWarning): true is channel_axis=-1. */
  multichannel?: boolean | null;
  /** The axis holding channels, which is not scaled. */
  channel_axis?: number | null;
}

/**
 * `skimage.transform.rescale(image, scale, order=None, mode='reflect', cval=0, clip=True,
 * preserve_range=False, multichannel=False, anti_aliasing=None, anti_aliasing_sigma=None, *,
 * channel_axis=None)`: resize by a scale factor (one number, or one per spatial axis); the
 * output shape is max(round(scale * shape), 1). With channel_axis the channel axis is not
 * scaled; the deprecated `multichannel` (FutureWarning, as in 0.19) true means channel_axis=-1.
 */
export function rescale(image: NDArrayLike, scale: number | readonly number[], ...rest: PyArgs<[
  order: number | null, mode: WarpMode, cval: number, clip: boolean, preserve_range: boolean, multichannel: boolean | null,
  anti_aliasing: boolean | null, anti_aliasing_sigma: number | readonly number[] | null, options: RescaleOptions,
], RescaleOptions>): NDArray;
export function rescale(...args: unknown[]): NDArray {
  const b = RESCALE.bind(args);
  const img = asNDArray(b.image);
  const channel_axis = multichannelToAxis(args, b, 7, "rescale");
  const scale = b.scale as number | readonly number[];
  const multichannel = channel_axis !== null;
  let work = img;
  let moved: number[] | undefined;
  if (multichannel) {
    const ax = channel_axis < 0 ? channel_axis + img.ndim : channel_axis;
    if (ax < 0 || ax >= img.ndim) throw new AxisError(`source: axis ${channel_axis} is out of bounds for array of dimension ${img.ndim}`);
    if (ax !== img.ndim - 1) {
      moved = [];
      for (let k = 0; k < img.ndim; k++) if (k !== ax) moved.push(k);
      moved.push(ax);
      work = transposeTo(img, moved);
    }
  }
  let scales = typeof scale === "number" ? [scale] : Array.from(scale);
  if (scales.length > 1) {
    const want = multichannel ? work.ndim - 1 : work.ndim;
    if (scales.length !== want) throw new ValueError("Supply a single scale, or one value per spatial axis");
    if (multichannel) scales = scales.concat([1]);
  }
  // np.maximum(np.round(scale * shape), 1): NaN stays NaN (and fails in resize as in Python)
  const outShape = work.shape.map((d, k) => {
    const v = roundHalfEven((scales.length === 1 ? scales[0] : scales[k]) * d);
    return Number.isNaN(v) ? v : Math.max(v, 1);
  });
  if (multichannel) outShape[outShape.length - 1] = work.shape[work.ndim - 1];
  const out = resizeBound(work, outShape, b as Required<ResizeOptions>);
  if (moved === undefined) return out;
  const inverse = new Array<number>(moved.length);
  moved.forEach((src, k) => (inverse[src] = k));
  return transposeTo(out, inverse);
}
pyfunction(RESCALE, rescale);

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** A C-ordered copy with axes permuted (out axis k = input axis perm[k]). */
export function transposeTo(a: NDArray, perm: readonly number[]): NDArray {
  const src = contiguousStorage(a);
  const inStrides = new Array<number>(a.ndim);
  let step = 1;
  for (let k = a.ndim - 1; k >= 0; k--) {
    inStrides[k] = step;
    step *= a.shape[k];
  }
  const shape = perm.map((p) => a.shape[p]);
  const strides = perm.map((p) => inStrides[p]);
  const out = new a.dtype.storage(a.size);
  const idx = new Array<number>(shape.length).fill(0);
  for (let n = 0; n < out.length; n++) {
    let off = 0;
    for (let k = 0; k < shape.length; k++) off += idx[k] * strides[k];
    out[n] = src[off];
    for (let k = shape.length - 1; k >= 0; k--) {
      if (++idx[k] < shape[k]) break;
      idx[k] = 0;
    }
  }
  return NDArray.fromStorage(out, shape, a.dtype);
}

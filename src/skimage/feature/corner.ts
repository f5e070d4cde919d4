/**
 * scikit-image 0.19's corner measures: the structure tensor (Gaussian-weighted products of
 * Sobel derivatives), the Harris and Shi-Tomasi responses, and corner_peaks.
 */
import { NDArray } from "../../np/ndarray";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { sobel } from "../../scipy/ndimage/derivatives";
import { gaussian } from "../filters/gaussian";
import { img_as_float } from "../util/dtype";
import { NDArrayLike, asNDArray, readFloat64, warn } from "../_internal/arrays";
import { PeakLocalMaxOptions, coordinateArray, maskArray, peaks } from "./peak";
import { spacedPoints } from "./spacing";

const SIGMA = check("float or sequence of floats", (v) => typeof v === "number" || (Array.isArray(v) && v.every((x) => typeof x === "number")));
const MODES = ["reflect", "constant", "nearest", "mirror", "wrap"];
const STRUCTURE_TENSOR = signature("skimage.feature.structure_tensor(image, sigma=1, mode='constant', cval=0, order=None)", {
  types: { image: "array_like", sigma: SIGMA, mode: "str", cval: "float", order: "str|None" },
  choices: { mode: MODES, order: ["rc", "xy", null] },
});
const CORNER_HARRIS = signature("skimage.feature.corner_harris(image, method='k', k=0.05, eps=1e-06, sigma=1)", {
  types: { image: "array_like", method: "str", k: "float", eps: "float", sigma: SIGMA },
});
const CORNER_SHI_TOMASI = signature("skimage.feature.corner_shi_tomasi(image, sigma=1)", { types: { image: "array_like", sigma: SIGMA } });
const CORNER_PEAKS = signature("skimage.feature.corner_peaks(image, min_distance=1, threshold_abs=None, threshold_rel=None, exclude_border=True, indices=True, num_peaks=inf, footprint=None, labels=None, *, num_peaks_per_label=inf, p_norm=inf)", {
  types: {
    image: "array_like", min_distance: "int", threshold_abs: "float|None", threshold_rel: "float|None", exclude_border: "bool|int|sequence",
    indices: "bool", num_peaks: "float", footprint: "array_like|None", labels: "array_like|None", num_peaks_per_label: "float", p_norm: "float",
  },
});

/** Keyword arguments of structure_tensor. */
export interface StructureTensorOptions {
  sigma?: number | readonly number[];
  mode?: "reflect" | "constant" | "nearest" | "mirror" | "wrap";
  cval?: number;
  /** "rc" (row, column: Arr, Arc, Acc) or "xy" (Axx, Axy, Ayy); None is "xy" with a FutureWarning for 2-D images. */
  order?: "rc" | "xy" | null;
}

/** The image as scikit-image's corner functions take it: squeezed, 2-D to 5-D, as float (float32 stays float32). */
function grayscaleFloat(image: NDArrayLike): NDArray {
  let img = asNDArray(image);
  img = img.squeeze();
  if (img.ndim < 2 || img.ndim > 5) throw new ValueError(`The parameter \`image\` must be a 2-dimensional array`);
  return img_as_float(img);
}

/**
 * `skimage.feature.structure_tensor(image, sigma=1, mode='constant', cval=0, order=None)`: the
 * distinct elements of the Gaussian-weighted tensor of Sobel derivatives, [Arr, Arc, Acc] for
 * 2-D images in "rc" order.
 */
export function structure_tensor(image: NDArrayLike, ...rest: PyArgs<[sigma: number | readonly number[], mode: StructureTensorOptions["mode"], cval: number, order: "rc" | "xy" | null, options: StructureTensorOptions], StructureTensorOptions>): NDArray[];
export function structure_tensor(...args: unknown[]): NDArray[] {
  const b = STRUCTURE_TENSOR.bind(args);
  const img0 = asNDArray(b.image);
  let order = b.order as string | null;
  if (order === "xy" && img0.ndim > 2) throw new ValueError('Only "rc" order is supported for dim > 2.');
  if (order === null) {
    if (img0.ndim === 2) {
      warn('deprecation warning: the default order of the structure tensor values will be "row-column" instead of "xy" starting in skimage version 0.20. Use order="rc" or order="xy" to set this explicitly.  (Specify order="xy" to maintain the old behavior.)', "FutureWarning");
      order = "xy";
    } else order = "rc";
  }
  if (Array.isArray(b.sigma) && b.sigma.length !== img0.ndim) throw new ValueError("sigma must have as many elements as image has axes");
  return tensor(grayscaleFloat(img0), b.sigma, b.mode, b.cval, order === "xy");
}
pyfunction(STRUCTURE_TENSOR, structure_tensor);

function tensor(img: NDArray, sigma: number | readonly number[], mode: string, cval: number, xy: boolean): NDArray[] {
  const derivatives = img.shape.map((_, axis) => readFloat64(sobel(img, axis, { mode: mode as never, cval })));
  if (xy) derivatives.reverse();
  const dt = img.dtype === float32 ? float32 : float64;
  const out: NDArray[] = [];
  for (let i = 0; i < derivatives.length; i++) {
    for (let j = i; j < derivatives.length; j++) {
      const product = new dt.storage(img.size);
      for (let k = 0; k < product.length; k++) product[k] = derivatives[i][k] * derivatives[j][k];
      out.push(gaussian(NDArray.fromStorage(product, img.shape.slice(), dt), { sigma, mode: mode as never, cval }));
    }
  }
  return out;
}

/** Arr, Arc, Acc of a 2-D image, as float64 values. */
function tensor2d(image: NDArrayLike, sigma: number | readonly number[]): { img: NDArray; rr: Float64Array; rc: Float64Array; cc: Float64Array } {
  const img = grayscaleFloat(image);
  const [rr, rc, cc] = tensor(img, sigma, "constant", 0, false).map(readFloat64);
  return { img, rr, rc, cc };
}

function like(img: NDArray, values: Float64Array): NDArray {
  const dt = img.dtype === float32 ? float32 : float64;
  const data = new dt.storage(values.length);
  data.set(values);
  return NDArray.fromStorage(data, img.shape.slice(), dt);
}

/**
 * `skimage.feature.corner_harris(image, method='k', k=0.05, eps=1e-06, sigma=1)`: the Harris
 * response det(A) - k trace(A)^2, or with method 'eps' the Noble measure 2 det(A) / (trace(A) + eps).
 */
export function corner_harris(image: NDArrayLike, ...rest: PyArgs<[method: "k" | "eps", k: number, eps: number, sigma: number | readonly number[], options: { method?: "k" | "eps"; k?: number; eps?: number; sigma?: number | readonly number[] }], { method?: "k" | "eps"; k?: number; eps?: number; sigma?: number | readonly number[] }>): NDArray;
export function corner_harris(...args: unknown[]): NDArray {
  const b = CORNER_HARRIS.bind(args);
  const { img, rr, rc, cc } = tensor2d(b.image, b.sigma);
  const out = new Float64Array(rr.length);
  for (let i = 0; i < out.length; i++) {
    const det = rr[i] * cc[i] - rc[i] ** 2;
    const trace = rr[i] + cc[i];
    // scikit-image takes any method other than 'k' as 'eps'.
    out[i] = b.method === "k" ? det - b.k * trace ** 2 : (2 * det) / (trace + b.eps);
  }
  return like(img, out);
}
pyfunction(CORNER_HARRIS, corner_harris);

/** `skimage.feature.corner_shi_tomasi(image, sigma=1)`: the smaller eigenvalue of the structure tensor. */
export function corner_shi_tomasi(image: NDArrayLike, ...rest: PyArgs<[sigma: number | readonly number[], options: { sigma?: number | readonly number[] }], { sigma?: number | readonly number[] }>): NDArray;
export function corner_shi_tomasi(...args: unknown[]): NDArray {
  const b = CORNER_SHI_TOMASI.bind(args);
  const { img, rr, rc, cc } = tensor2d(b.image, b.sigma);
  const out = new Float64Array(rr.length);
  for (let i = 0; i < out.length; i++) out[i] = (rr[i] + cc[i] - Math.sqrt((rr[i] - cc[i]) ** 2 + 4 * rc[i] ** 2)) / 2;
  return like(img, out);
}
pyfunction(CORNER_SHI_TOMASI, corner_shi_tomasi);

/**
 * `skimage.feature.corner_peaks(image, min_distance=1, threshold_abs=None, threshold_rel=None,
 * exclude_border=True, indices=True, num_peaks=inf, footprint=None, labels=None, *,
 * num_peaks_per_label=inf, p_norm=inf)`: peak_local_max of a corner response, then thinned
 * once more so that no two corners are `min_distance` or less apart.
 */
export function corner_peaks(image: NDArrayLike, ...rest: PyArgs<[min_distance: number, threshold_abs: number | null, threshold_rel: number | null, exclude_border: boolean | number | readonly number[], indices: boolean, num_peaks: number, footprint: NDArrayLike | null, labels: NDArrayLike | null, options: PeakLocalMaxOptions], PeakLocalMaxOptions>): NDArray;
export function corner_peaks(...args: unknown[]): NDArray {
  const b = CORNER_PEAKS.bind(args);
  const img = asNDArray(b.image);
  const found = peaks({ ...b, num_peaks: Infinity, p_norm: Infinity, indices: true });
  const coords = readFloat64(found);
  const n = found.shape[0];
  const ndim = img.ndim;
  const kept = spacedPoints(coords, n, ndim, b.min_distance, b.p_norm, null, true);
  const limit = Number.isFinite(b.num_peaks) ? Math.trunc(b.num_peaks) : kept.length;
  const out: number[] = [];
  for (const k of kept.slice(0, limit)) for (let d = 0; d < ndim; d++) out.push(coords[k * ndim + d]);
  return b.indices ? coordinateArray(out, ndim) : maskArray(out, img.shape);
}
pyfunction(CORNER_PEAKS, corner_peaks);

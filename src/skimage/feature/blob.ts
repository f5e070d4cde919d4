/** `skimage.feature.blob_log`, `blob_dog` and `blob_doh` (scikit-image 0.19). */
import { NDArray } from "../../np/ndarray";
import { bool, float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { gaussianFilter } from "../_internal/correlate";
import { gaussian_laplace } from "../../scipy/ndimage/filters1d";
import { img_as_float } from "../util/dtype";
import { peaks } from "./peak";
import { pruneBlobs } from "./_blob_prune";
import { hessianDeterminant, integralImage } from "./_hessian_det";
import { releaseScratch, uninitFloat64 } from "../_internal/scratch";

const SIGMA = "float|sequence";
const BORDER = check("bool, int or tuple of ints", (v) => typeof v === "boolean" || Number.isInteger(v) || Array.isArray(v));
const BLOB_LOG = signature("skimage.feature.blob_log(image, min_sigma=1, max_sigma=50, num_sigma=10, threshold=0.2, overlap=0.5, log_scale=False, *, threshold_rel=None, exclude_border=False)", {
  types: { image: "array_like", min_sigma: SIGMA, max_sigma: SIGMA, num_sigma: "int", threshold: "float|None", overlap: "float", log_scale: "bool", threshold_rel: "float|None", exclude_border: BORDER },
});
const BLOB_DOG = signature("skimage.feature.blob_dog(image, min_sigma=1, max_sigma=50, sigma_ratio=1.6, threshold=0.5, overlap=0.5, *, threshold_rel=None, exclude_border=False)", {
  types: { image: "array_like", min_sigma: SIGMA, max_sigma: SIGMA, sigma_ratio: "float", threshold: "float|None", overlap: "float", threshold_rel: "float|None", exclude_border: BORDER },
});
const BLOB_DOH = signature("skimage.feature.blob_doh(image, min_sigma=1, max_sigma=30, num_sigma=10, threshold=0.01, overlap=0.5, log_scale=False, *, threshold_rel=None)", {
  types: { image: "array_like", min_sigma: "float", max_sigma: "float", num_sigma: "int", threshold: "float|None", overlap: "float", log_scale: "bool", threshold_rel: "float|None" },
});

type Sigma = number | readonly number[];
type Border = boolean | number | readonly number[];

/** Keyword arguments of blob_log. */
export interface BlobLogOptions {
  min_sigma?: Sigma;
  max_sigma?: Sigma;
  num_sigma?: number;
  threshold?: number | null;
  overlap?: number;
  log_scale?: boolean;
  threshold_rel?: number | null;
  exclude_border?: Border;
}

/** Keyword arguments of blob_dog. */
export interface BlobDogOptions {
  min_sigma?: Sigma;
  max_sigma?: Sigma;
  sigma_ratio?: number;
  threshold?: number | null;
  overlap?: number;
  threshold_rel?: number | null;
  exclude_border?: Border;
}

/** Keyword arguments of blob_doh. */
export interface BlobDohOptions {
  min_sigma?: number;
  max_sigma?: number;
  num_sigma?: number;
  threshold?: number | null;
  overlap?: number;
  log_scale?: boolean;
  threshold_rel?: number | null;
}

/** np.linspace(start, stop, num) for one value. */
function linspace(start: number, stop: number, num: number): number[] {
  const div = num - 1;
  const delta = stop - start;
  const step = delta / div;
  const out: number[] = [];
  for (let i = 0; i < num; i++) out.push(step === 0 ? (i / div) * delta + start : i * step + start);
  if (num > 1) out[num - 1] = stop;
  return out;
}

function perAxis(s: Sigma, ndim: number): number[] {
  return typeof s === "number" ? new Array<number>(ndim).fill(s) : Array.from(s);
}

/** _format_exclude_border: a tuple passes as given, an int (or bool) widens every image axis. */
function excludeBorder(ndim: number, exclude: Border): number[] {
  if (Array.isArray(exclude)) {
    if (exclude.length !== ndim) throw new ValueError("`exclude_border` should have the same length as the dimensionality of the image.");
    if (!exclude.every((e) => Number.isInteger(e))) throw new ValueError("exclude border, when expressed as a tuple, must only contain ints.");
    return exclude.slice();
  }
  const w = Number(exclude);
  return [...new Array<number>(ndim).fill(w), 0];
}

/** Peaks of the (..., scale) cube as blob rows: coordinates then the scale's sigma(s). */
function cubePeaks(
  cube: Float64Array, shape: number[], sigmas: number[][], threshold: number | null, thresholdRel: number | null, border: number[],
  scalarSigma: boolean,
): Float64Array[] {
  const ndimCube = shape.length;
  const coords = readFloat64(peaks({
    image: NDArray.fromStorage(cube, shape, float64), min_distance: 1, threshold_abs: threshold, threshold_rel: thresholdRel,
    exclude_border: border, indices: true, num_peaks: Infinity, footprint: NDArray.fromStorage(new Uint8Array(3 ** ndimCube).fill(1), new Array(ndimCube).fill(3), bool),
    labels: null, num_peaks_per_label: Infinity, p_norm: Infinity,
  }));
  const rows: Float64Array[] = [];
  for (let k = 0; k < coords.length / ndimCube; k++) {
    const at = coords.subarray(k * ndimCube, (k + 1) * ndimCube);
    const s = sigmas[at[ndimCube - 1]];
    rows.push(Float64Array.from([...at.subarray(0, ndimCube - 1), ...(scalarSigma ? [s[0]] : s)]));
  }
  return rows;
}

function blobArray(rows: Float64Array[], width: number, dt: typeof float64): NDArray {
  const out = new dt.storage(rows.length * width);
  rows.forEach((r, i) => out.set(r, i * width));
  return NDArray.fromStorage(out, [rows.length, width], dt);
}

/** The image as float values (img_as_float), and the dtype its blobs come back in. */
function floatImage(image: NDArrayLike): { img: NDArray; values: Float64Array; dt: typeof float64 } {
  const img = img_as_float(asNDArray(image));
  return { img, values: readFloat64(img), dt: img.dtype === float32 ? float32 : float64 };
}

/**
 * `skimage.feature.blob_log(image, min_sigma=1, max_sigma=50, num_sigma=10, threshold=0.2,
 * overlap=0.5, log_scale=False, *, threshold_rel=None, exclude_border=False)`: blobs as
 * maxima of the scale-normalised Laplacian of Gaussian over space and scale, overlapping
 * ones pruned. Rows (r, c, sigma) — one sigma per axis when a sigma is a sequence.
 */
export function blob_log(image: NDArrayLike, ...rest: PyArgs<[min_sigma: Sigma, max_sigma: Sigma, num_sigma: number, threshold: number | null, overlap: number, log_scale: boolean, options: BlobLogOptions], BlobLogOptions>): NDArray;
export function blob_log(...args: unknown[]): NDArray {
  const b = BLOB_LOG.bind(args);
  const { img, values, dt } = floatImage(b.image);
  const ndim = img.ndim;
  const scalarSigma = typeof b.min_sigma === "number" && typeof b.max_sigma === "number";
  const lo = perAxis(b.min_sigma, ndim);
  const hi = perAxis(b.max_sigma, ndim);
  const columns = lo.map((l, d) => (b.log_scale ? linspace(Math.log10(l), Math.log10(hi[d]), b.num_sigma).map((e) => 10 ** e) : linspace(l, hi[d], b.num_sigma)));
  const sigmas = Array.from({ length: b.num_sigma }, (_, i) => columns.map((col) => col[i]));
  const n = values.length;
  const cube = uninitFloat64(n * b.num_sigma);
  const asF64 = NDArray.fromStorage(values, img.shape.slice(), float64);
  sigmas.forEach((s, k) => {
    const mean = s.reduce((p, q) => p + q, 0) / s.length;
    const gl = readFloat64(gaussian_laplace(asF64, s));
    for (let i = 0; i < n; i++) cube[i * b.num_sigma + k] = -gl[i] * mean ** 2;
    if (gl !== values) releaseScratch(gl);
  });
  const rows = cubePeaks(cube, [...img.shape, b.num_sigma], sigmas, b.threshold, b.threshold_rel, excludeBorder(ndim, b.exclude_border), scalarSigma);
  releaseScratch(cube);
  const width = ndim + (scalarSigma ? 1 : ndim);
  return blobArray(pruneBlobs(rows, b.overlap, scalarSigma ? 1 : ndim), width, rows.length ? dt : float64);
}
pyfunction(BLOB_LOG, blob_log);

/**
 * `skimage.feature.blob_dog(image, min_sigma=1, max_sigma=50, sigma_ratio=1.6, threshold=0.5,
 * overlap=0.5, *, threshold_rel=None, exclude_border=False)`: blobs as maxima of
 * differences of Gaussians at sigmas min_sigma * sigma_ratio^i, overlapping ones pruned.
 */
export function blob_dog(image: NDArrayLike, ...rest: PyArgs<[min_sigma: Sigma, max_sigma: Sigma, sigma_ratio: number, threshold: number | null, overlap: number, options: BlobDogOptions], BlobDogOptions>): NDArray;
export function blob_dog(...args: unknown[]): NDArray {
  const b = BLOB_DOG.bind(args);
  const { img, values, dt } = floatImage(b.image);
  const ndim = img.ndim;
  const scalarSigma = typeof b.min_sigma === "number" && typeof b.max_sigma === "number";
  const lo = perAxis(b.min_sigma, ndim);
  const hi = perAxis(b.max_sigma, ndim);
  if (b.sigma_ratio <= 1.0) throw new ValueError("sigma_ratio must be > 1.0");
  const logs = lo.map((l, d) => Math.log(hi[d] / l) / Math.log(b.sigma_ratio) + 1);
  const k = Math.trunc(logs.reduce((p, q) => p + q, 0) / logs.length);
  const sigmas = Array.from({ length: k + 1 }, (_, i) => lo.map((l) => l * b.sigma_ratio ** i));
  const blurred = sigmas.map((s) => gaussianFilter(values, img.shape.slice(), s, "reflect", 0, 4.0));
  const sf = 1 / (b.sigma_ratio - 1);
  const n = values.length;
  const cube = uninitFloat64(n * k);
  // pixel by pixel: the cube is written in order
  for (let i = 0, at = 0; i < n; i++) {
    let next = blurred[0][i];
    for (let j = 0; j < k; j++, at++) {
      const current = next;
      next = blurred[j + 1][i];
      cube[at] = (current - next) * sf;
    }
  }
  releaseScratch(...blurred.filter((a) => a !== values));
  const rows = cubePeaks(cube, [...img.shape, k], sigmas, b.threshold, b.threshold_rel, excludeBorder(ndim, b.exclude_border), scalarSigma);
  releaseScratch(cube);
  const width = ndim + (scalarSigma ? 1 : ndim);
  return blobArray(pruneBlobs(rows, b.overlap, scalarSigma ? 1 : ndim), width, rows.length ? dt : float64);
}
pyfunction(BLOB_DOG, blob_dog);

/**
 * `skimage.feature.blob_doh(image, min_sigma=1, max_sigma=30, num_sigma=10, threshold=0.01,
 * overlap=0.5, log_scale=False, *, threshold_rel=None)`: blobs as maxima of the determinant
 * of the Hessian, approximated with box filters on the integral image; float64 rows
 * (r, c, sigma). 2-D images only.
 */
export function blob_doh(image: NDArrayLike, ...rest: PyArgs<[min_sigma: number, max_sigma: number, num_sigma: number, threshold: number | null, overlap: number, log_scale: boolean, options: BlobDohOptions], BlobDohOptions>): NDArray;
export function blob_doh(...args: unknown[]): NDArray {
  const b = BLOB_DOH.bind(args);
  const raw = asNDArray(b.image);
  if (raw.size === 0) throw new ValueError("The parameter `image` cannot be an empty array");
  if (raw.ndim !== 2) throw new ValueError("The parameter `image` must be a 2-dimensional array");
  const { img, values } = floatImage(raw);
  const [rows, cols] = img.shape;
  const integral = integralImage(values, rows, cols);
  const sigmaList = b.log_scale
    ? linspace(Math.log(b.min_sigma) / Math.log(10), Math.log(b.max_sigma) / Math.log(10), b.num_sigma).map((e) => 10 ** e)
    : linspace(b.min_sigma, b.max_sigma, b.num_sigma);
  const n = rows * cols;
  const num = b.num_sigma;
  const cube = uninitFloat64(n * num);
  sigmaList.forEach((s, k) => {
    const det = hessianDeterminant(integral, rows, cols, s);
    for (let i = 0; i < n; i++) cube[i * num + k] = det[i];
    releaseScratch(det);
  });
  releaseScratch(integral);
  const found = cubePeaks(cube, [rows, cols, num], sigmaList.map((s) => [s]), b.threshold, b.threshold_rel, [0, 0, 0], true);
  releaseScratch(cube);
  return blobArray(pruneBlobs(found, b.overlap, 1), 3, float64);
}
pyfunction(BLOB_DOH, blob_doh);

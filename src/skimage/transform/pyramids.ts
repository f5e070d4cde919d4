/**
 * `skimage.transform.pyramid_reduce`, `pyramid_expand`, `pyramid_gaussian` and
 * `pyramid_laplacian` (0.19): Gaussian smoothing (scipy's filter, each channel on its own)
 * around `resize` without anti-aliasing.
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, Signature, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";
import { NdMode } from "../_internal/boundary";
import { RuntimeError } from "../_internal/errors";
import { multichannelToAxis } from "../_internal/multichannel";
import { normalizeAxis } from "../exposure/_common";
import { sigmasFor, smooth } from "../filters/_smooth";
import { WarpMode, convertToFloat, resize } from "./resize";

const TYPES = {
  image: IMAGE, sigma: "float|None", order: "int", mode: "str", cval: "float", multichannel: "bool", preserve_range: "bool", channel_axis: "int|None",
} as const;
const CHOICES = { choices: { mode: ["reflect", "constant", "edge", "symmetric", "wrap"] } };

const PYRAMID_REDUCE = signature(
  "skimage.transform.pyramid_reduce(image, downscale=2, sigma=None, order=1, mode='reflect', cval=0, multichannel=False, preserve_range=False, *, channel_axis=None)",
  { types: { ...TYPES, downscale: "float" }, ...CHOICES },
);
const PYRAMID_EXPAND = signature(
  "skimage.transform.pyramid_expand(image, upscale=2, sigma=None, order=1, mode='reflect', cval=0, multichannel=False, preserve_range=False, *, channel_axis=None)",
  { types: { ...TYPES, upscale: "float" }, ...CHOICES },
);
const PYRAMID_GAUSSIAN = signature(
  "skimage.transform.pyramid_gaussian(image, max_layer=-1, downscale=2, sigma=None, order=1, mode='reflect', cval=0, multichannel=False, preserve_range=False, *, channel_axis=None)",
  { types: { ...TYPES, max_layer: "int", downscale: "float" }, ...CHOICES },
);
const PYRAMID_LAPLACIAN = signature(
  "skimage.transform.pyramid_laplacian(image, max_layer=-1, downscale=2, sigma=None, order=1, mode='reflect', cval=0, multichannel=False, preserve_range=False, *, channel_axis=None)",
  { types: { ...TYPES, max_layer: "int", downscale: "float" }, ...CHOICES },
);

/** Keyword arguments shared by the pyramid functions. */
export interface PyramidCommonOptions {
  sigma?: number | null;
  order?: number;
  mode?: WarpMode;
  cval?: number;
  /** Deprecated in scikit-image 0.19: `channel_axis: -1` instead. */
  multichannel?: boolean;
  preserve_range?: boolean;
  channel_axis?: number | null;
}
/** Keyword arguments of pyramid_reduce. */
export interface PyramidReduceOptions extends PyramidCommonOptions {
  downscale?: number;
}
/** Keyword arguments of pyramid_expand. */
export interface PyramidExpandOptions extends PyramidCommonOptions {
  upscale?: number;
}
/** Keyword arguments of pyramid_gaussian and pyramid_laplacian. */
export interface PyramidOptions extends PyramidCommonOptions {
  max_layer?: number;
  downscale?: number;
}

function checkFactor(factor: number): void {
  if (factor <= 1) throw new ValueError("scale factor must be greater than 1");
}

/** scikit-image's pyramids._smooth: its Gaussian filter (sigma 0 on the channel axis) into a float array. */
function smoothed(image: NDArray, sigma: number, mode: string, cval: number, channelAxis: number | null): NDArray {
  let axis = channelAxis;
  if (axis === null && image.ndim === 3 && image.shape[2] === 3) {
    warn("Images with dimensions (M, N, 3) are interpreted as 2D+RGB by default. Use `multichannel=False` to interpret as 3D image with last dimension of length 3.", "RuntimeWarning");
    axis = -1;
  }
  if (sigma < 0) throw new ValueError("Sigma values less than zero are not valid");
  // scipy's gaussian_filter knows no 'edge' or 'symmetric'
  if (mode === "edge" || mode === "symmetric") throw new RuntimeError("boundary mode not supported");
  const sigmas = sigmasFor(sigma, image.ndim, axis === null ? null : normalizeAxis(axis, image.ndim));
  const single = image.dtype === float32;
  const values = smooth(new Float64Array(contiguousStorage(image)), image.shape, sigmas, mode as NdMode, cval, 4.0, single);
  return NDArray.fromStorage(single ? new Float32Array(values) : values, image.shape.slice(), single ? float32 : float64);
}

/** The shape divided (reduce) or multiplied (expand) by `factor` and rounded up, channel axis kept. */
function scaledShape(shape: readonly number[], factor: number, reduce: boolean, channelAxis: number | null): number[] {
  const ax = channelAxis === null ? -1 : normalizeAxis(channelAxis, shape.length);
  return shape.map((d, k) => (k === ax ? d : Math.ceil(reduce ? d / factor : factor * d)));
}

function resized(image: NDArray, shape: number[], order: number, mode: WarpMode, cval: number): NDArray {
  return resize(image, shape, { order, mode, cval, anti_aliasing: false });
}

function subtract(a: NDArray, b: NDArray): NDArray {
  const x = contiguousStorage(a);
  const y = contiguousStorage(b);
  const single = a.dtype === float32;
  const out = single ? new Float32Array(x.length) : new Float64Array(x.length);
  for (let i = 0; i < out.length; i++) out[i] = x[i] - y[i];
  return NDArray.fromStorage(out, a.shape.slice(), single ? float32 : float64);
}

function reduceOnce(image: NDArray, downscale: number, sigma: number | null, order: number, mode: WarpMode, cval: number, channelAxis: number | null): NDArray {
  const shape = scaledShape(image.shape, downscale, true, channelAxis);
  return resized(smoothed(image, sigma ?? (2 * downscale) / 6.0, mode, cval, channelAxis), shape, order, mode, cval);
}

function bindPyramid(sig: Signature, args: unknown[], position: number, name: string): { b: Record<string, any>; channelAxis: number | null; image: NDArray } {
  const b = sig.bind(args);
  const channelAxis = multichannelToAxis(args, b, position, name);
  const factor = "upscale" in b ? b.upscale : b.downscale;
  checkFactor(factor);
  const image = convertToFloat(asNDArray(b.image as NDArrayLike), b.preserve_range);
  return { b, channelAxis, image };
}

/**
 * `skimage.transform.pyramid_reduce(image, downscale=2, sigma=None, order=1, mode='reflect',
 * cval=0, multichannel=False, preserve_range=False, *, channel_axis=None)`: Gaussian smoothing
 * (sigma defaults to 2 * downscale / 6) then resize to ceil(shape / downscale). Float out.
 * The smoothing is scipy's, so modes 'edge' and 'symmetric' fail there as in scikit-image.
 */
export function pyramid_reduce(image: NDArrayLike, ...rest: PyArgs<[downscale: number, sigma: number | null, order: number, mode: WarpMode, cval: number, multichannel: boolean, preserve_range: boolean, options: PyramidReduceOptions], PyramidReduceOptions>): NDArray;
export function pyramid_reduce(...args: unknown[]): NDArray {
  const { b, channelAxis, image } = bindPyramid(PYRAMID_REDUCE, args, 6, "pyramid_reduce");
  return reduceOnce(image, b.downscale, b.sigma, b.order, b.mode, b.cval, channelAxis);
}
pyfunction(PYRAMID_REDUCE, pyramid_reduce);

/**
 * `skimage.transform.pyramid_expand(image, upscale=2, sigma=None, order=1, mode='reflect',
 * cval=0, multichannel=False, preserve_range=False, *, channel_axis=None)`: resize to
 * ceil(upscale * shape), then Gaussian smoothing (sigma defaults to 2 * upscale / 6). Float out.
 */
export function pyramid_expand(image: NDArrayLike, ...rest: PyArgs<[upscale: number, sigma: number | null, order: number, mode: WarpMode, cval: number, multichannel: boolean, preserve_range: boolean, options: PyramidExpandOptions], PyramidExpandOptions>): NDArray;
export function pyramid_expand(...args: unknown[]): NDArray {
  const { b, channelAxis, image } = bindPyramid(PYRAMID_EXPAND, args, 6, "pyramid_expand");
  const shape = scaledShape(image.shape, b.upscale, false, channelAxis);
  const up = resized(image, shape, b.order, b.mode, b.cval);
  return smoothed(up, b.sigma ?? (2 * b.upscale) / 6.0, b.mode, b.cval, channelAxis);
}
pyfunction(PYRAMID_EXPAND, pyramid_expand);

/**
 * `skimage.transform.pyramid_gaussian(image, max_layer=-1, downscale=2, sigma=None, order=1,
 * mode='reflect', cval=0, multichannel=False, preserve_range=False, *, channel_axis=None)`: a
 * generator of the image (as float) and its successive pyramid_reduce layers, up to
 * `max_layer` layers or until a reduction leaves the shape unchanged. Spread it
 * (`[...pyramid_gaussian(img)]`) where Python writes `tuple(...)`.
 */
export function pyramid_gaussian(image: NDArrayLike, ...rest: PyArgs<[max_layer: number, downscale: number, sigma: number | null, order: number, mode: WarpMode, cval: number, multichannel: boolean, preserve_range: boolean, options: PyramidOptions], PyramidOptions>): Generator<NDArray, void, undefined>;
export function pyramid_gaussian(...args: unknown[]): Generator<NDArray, void, undefined> {
  const { b, channelAxis, image } = bindPyramid(PYRAMID_GAUSSIAN, args, 7, "pyramid_gaussian");
  return gaussianLayers(image, b, channelAxis);
}
pyfunction(PYRAMID_GAUSSIAN, pyramid_gaussian);

function* gaussianLayers(image: NDArray, b: Record<string, any>, channelAxis: number | null): Generator<NDArray, void, undefined> {
  yield image;
  let prev = image;
  for (let layer = 0; layer !== b.max_layer;) {
    layer += 1;
    const next = reduceOnce(prev, b.downscale, b.sigma, b.order, b.mode, b.cval, channelAxis);
    const same = next.shape.length === prev.shape.length && next.shape.every((d, k) => d === prev.shape[k]);
    if (same) return;
    prev = next;
    yield next;
  }
}

/**
 * `skimage.transform.pyramid_laplacian(image, max_layer=-1, downscale=2, sigma=None, order=1,
 * mode='reflect', cval=0, multichannel=False, preserve_range=False, *, channel_axis=None)`: a
 * generator of band-pass layers, each a (resized) smoothed image minus its own smoothing; the
 * first is image - smooth(image). With max_layer -1, ceil(log(max spatial size, downscale))
 * layers follow the first.
 */
export function pyramid_laplacian(image: NDArrayLike, ...rest: PyArgs<[max_layer: number, downscale: number, sigma: number | null, order: number, mode: WarpMode, cval: number, multichannel: boolean, preserve_range: boolean, options: PyramidOptions], PyramidOptions>): Generator<NDArray, void, undefined>;
export function pyramid_laplacian(...args: unknown[]): Generator<NDArray, void, undefined> {
  const { b, channelAxis, image } = bindPyramid(PYRAMID_LAPLACIAN, args, 7, "pyramid_laplacian");
  return laplacianLayers(image, b, channelAxis);
}
pyfunction(PYRAMID_LAPLACIAN, pyramid_laplacian);

function* laplacianLayers(image: NDArray, b: Record<string, any>, channelAxis: number | null): Generator<NDArray, void, undefined> {
  const sigma: number = b.sigma ?? (2 * b.downscale) / 6.0;
  let current = smoothed(image, sigma, b.mode, b.cval, channelAxis);
  yield subtract(image, current);
  const spatial = image.shape.filter((_, k) => channelAxis === null || k !== normalizeAxis(channelAxis, image.ndim));
  const layers: number = b.max_layer === -1 ? Math.ceil(Math.log(Math.max(...spatial)) / Math.log(b.downscale)) : b.max_layer;
  let shape = image.shape.slice();
  for (let layer = 0; layer < layers; layer++) {
    const next = resized(current, scaledShape(shape, b.downscale, true, channelAxis), b.order, b.mode, b.cval);
    current = smoothed(next, sigma, b.mode, b.cval, channelAxis);
    shape = next.shape.slice();
    yield subtract(next, current);
  }
}

/** `skimage.restoration.denoise_tv_chambolle` (0.19): Chambolle's total-variation denoising. */
import { NDArray } from "../../np/ndarray";
import { float32, float64 } from "../../np/dtype";
import { PyArgs, isPlainObject, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { IMAGE } from "../_internal/bind";
import { multichannelToAxis } from "../_internal/multichannel";
import { img_as_float } from "../util/dtype";
import { joinPlanes, splitPlanes } from "./_channels";

const DENOISE_TV_CHAMBOLLE = signature(
  "skimage.restoration.denoise_tv_chambolle(image, weight=0.1, eps=0.0002, max_num_iter=200, multichannel=False, *, channel_axis=None)",
  { types: { image: IMAGE, weight: "float", eps: "float", max_num_iter: "int", multichannel: "bool", channel_axis: "int|None" } },
);

/** Keyword arguments of denoise_tv_chambolle. */
export interface DenoiseTvChambolleOptions {
  weight?: number;
  eps?: number;
  max_num_iter?: number;
  /** Deprecated in scikit-image 0.19 (as `max_num_iter`). */
  n_iter_max?: number;
  /** Deprecated in scikit-image 0.19: `channel_axis: -1` instead. */
  multichannel?: boolean;
  channel_axis?: number | null;
}

/**
 * `skimage.restoration.denoise_tv_chambolle(image, weight=0.1, eps=0.0002, max_num_iter=200,
 * multichannel=False, *, channel_axis=None)`: total-variation denoising of an n-D image by
 * Chambolle's projection algorithm, each channel on its own with `channel_axis`. Integer images
 * are scaled by img_as_float first. Iterates until the energy changes by less than eps times
 * the first energy. Float64 out (float32 for float32 images). `n_iter_max` is the deprecated
 * name of `max_num_iter`.
 */
export function denoise_tv_chambolle(
  image: NDArrayLike,
  ...rest: PyArgs<[weight: number, eps: number, max_num_iter: number, multichannel: boolean, options: DenoiseTvChambolleOptions], DenoiseTvChambolleOptions>
): NDArray;
export function denoise_tv_chambolle(...args: unknown[]): NDArray {
  renameDeprecatedIterations(args);
  const b = DENOISE_TV_CHAMBOLLE.bind(args);
  const channelAxis = multichannelToAxis(args, b, 4, "denoise_tv_chambolle");
  const img = img_as_float(asNDArray(b.image as NDArrayLike));
  const single = img.dtype === float32;
  const { planes, spatial, axis } = splitPlanes(img, channelAxis);
  const out = planes.map((p) => tvChambolle(p, spatial, b.weight, b.eps, b.max_num_iter));
  return joinPlanes(out, spatial, axis, single ? float32 : float64);
}
pyfunction(DENOISE_TV_CHAMBOLLE, denoise_tv_chambolle);

/** scikit-image's deprecate_kwarg: `n_iter_max` is read as `max_num_iter`, with its warning. */
function renameDeprecatedIterations(args: unknown[]): void {
  const last = args[args.length - 1];
  if (!isPlainObject(last) || !("n_iter_max" in last)) return;
  warn("`n_iter_max` is a deprecated argument name for `denoise_tv_chambolle`. It will be removed in version 1.0. Please use `max_num_iter` instead.", "FutureWarning");
  const { n_iter_max, ...others } = last as Record<string, unknown>;
  if (!("max_num_iter" in others)) others.max_num_iter = n_iter_max;
  args[args.length - 1] = others;
}

/**
 * The n-D iteration (scikit-image's _denoise_tv_chambolle_nd): the dual field p (one array per
 * axis) is updated from the forward differences of out = image - div p, until the energy
 * E = (sum d^2 + weight * sum |grad out|) / size stalls.
 */
export function tvChambolle(image: Float64Array, shape: readonly number[], weight: number, eps: number, maxIter: number): Float64Array {
  const n = image.length;
  const ndim = shape.length;
  if (n === 0) return new Float64Array(0);
  const strides: number[] = new Array(ndim);
  for (let ax = ndim - 1, s = 1; ax >= 0; ax--) {
    strides[ax] = s;
    s *= shape[ax];
  }
  const p: Float64Array[] = [];
  for (let ax = 0; ax < ndim; ax++) p.push(new Float64Array(n));
  // the gradient and its norm are kept in arrays only beyond 2-D
  const g: Float64Array[] = [];
  for (let ax = 0; ndim !== 2 && ax < ndim; ax++) g.push(new Float64Array(n));
  const out = new Float64Array(n);
  const norm = new Float64Array(ndim !== 2 ? n : 0);
  const tau = 1 / (2 * ndim);
  const scale = tau / weight;
  let eInit = 0;
  let ePrev = 0;
  for (let i = 0; i < maxIter; i++) {
    let e = 0;
    if (i > 0) e = divergenceStep(image, p, shape, strides, out);
    else out.set(image);
    if (ndim === 2) {
      e += weight * projectStep2d(out, p[0], p[1], shape[0], shape[1], tau, scale);
    } else {
      e += weight * projectStep(out, p, g, norm, shape, strides, tau, scale);
    }
    e /= n;
    if (i === 0) {
      eInit = e;
      ePrev = e;
    } else if (Math.abs(ePrev - e) < eps * eInit) {
      break;
    } else {
      ePrev = e;
    }
  }
  return out;
}

/**
 * g = forward differences of out (0 on each axis' last slice), |g| summed (returned), and
 * p = (p - tau g) / (1 + |g| tau / weight).
 */
function projectStep(
  out: Float64Array, p: Float64Array[], g: Float64Array[], norm: Float64Array, shape: readonly number[], strides: number[], tau: number, scale: number,
): number {
  const n = out.length;
  const ndim = shape.length;
  norm.fill(0);
  for (let ax = 0; ax < ndim; ax++) forwardDiff(out, g[ax], norm, shape[ax], strides[ax], n);
  let tv = 0;
  for (let k = 0; k < n; k++) {
    const v = Math.sqrt(norm[k]);
    tv += v;
    norm[k] = v * scale + 1;
  }
  for (let ax = 0; ax < ndim; ax++) {
    const pa = p[ax];
    const ga = g[ax];
    for (let k = 0; k < n; k++) pa[k] = (pa[k] - tau * ga[k]) / norm[k];
  }
  return tv;
}

/** projectStep for 2-D images in one pass, without the gradient arrays. */
function projectStep2d(out: Float64Array, p0: Float64Array, p1: Float64Array, h: number, w: number, tau: number, scale: number): number {
  let tv = 0;
  for (let r = 0; r < h; r++) {
    const row = r * w;
    const lastRow = r === h - 1;
    for (let c = 0; c < w; c++) {
      const k = row + c;
      const g0 = lastRow ? 0 : out[k + w] - out[k];
      const g1 = c === w - 1 ? 0 : out[k + 1] - out[k];
      const v = Math.sqrt(g0 * g0 + g1 * g1);
      tv += v;
      const den = v * scale + 1;
      p0[k] = (p0[k] - tau * g0) / den;
      p1[k] = (p1[k] - tau * g1) / den;
    }
  }
  return tv;
}

/** out = image + d with d = -sum p + p shifted forward along each axis; returns sum d^2. */
function divergenceStep(image: Float64Array, p: Float64Array[], shape: readonly number[], strides: number[], out: Float64Array): number {
  const n = image.length;
  const ndim = shape.length;
  if (ndim === 2) return divergence2d(image, p[0], p[1], shape[0], shape[1], out);
  // out holds d while it is built
  out.fill(0);
  for (let ax = 0; ax < ndim; ax++) {
    const pa = p[ax];
    const st = strides[ax];
    const len = shape[ax];
    for (let k = 0; k < n; k++) {
      let d = out[k] - pa[k];
      if (Math.floor(k / st) % len !== 0) d += pa[k - st];
      out[k] = d;
    }
  }
  let e = 0;
  for (let k = 0; k < n; k++) {
    const d = out[k];
    e += d * d;
    out[k] = image[k] + d;
  }
  return e;
}

function divergence2d(image: Float64Array, p0: Float64Array, p1: Float64Array, h: number, w: number, out: Float64Array): number {
  let e = 0;
  for (let r = 0; r < h; r++) {
    const row = r * w;
    for (let c = 0; c < w; c++) {
      const k = row + c;
      let d = -(p0[k] + p1[k]);
      if (r > 0) d += p0[k - w];
      if (c > 0) d += p1[k - 1];
      e += d * d;
      out[k] = image[k] + d;
    }
  }
  return e;
}

/** g = out[k + stride] - out[k] where the axis index is not last (else 0); norm += g^2. */
function forwardDiff(out: Float64Array, g: Float64Array, norm: Float64Array, len: number, stride: number, n: number): void {
  const block = stride * len;
  for (let base = 0; base < n; base += block) {
    const end = base + block - stride;
    for (let k = base; k < end; k++) {
      const v = out[k + stride] - out[k];
      g[k] = v;
      norm[k] += v * v;
    }
    for (let k = end; k < base + block; k++) g[k] = 0;
  }
}

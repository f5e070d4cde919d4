/** `skimage.metrics.structural_similarity` (0.19): mean SSIM, its gradient and the SSIM image. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { smooth } from "../filters/_smooth";
import { channelBack, channelLast } from "../exposure/_common";
import { uniformFilter } from "../filters/_uniform";
import { dtype_limits } from "../util/dtype";
import { pairwiseSum } from "../_internal/correlate";
import { checkShapeEquality } from "./simple_metrics";
import { roundingFor } from "../_internal/rounding";

const SSIM = signature(
  "skimage.metrics.structural_similarity(im1, im2, *, win_size=None, gradient=False, data_range=None, channel_axis=None, multichannel=False, gaussian_weights=False, full=False, K1=0.01, K2=0.03, sigma=1.5, use_sample_covariance=True)",
  {
    types: {
      im1: "array_like", im2: "array_like", win_size: "int|None", gradient: "bool", data_range: "float|None", channel_axis: "int|None",
      multichannel: "bool", gaussian_weights: "bool", full: "bool", K1: "float", K2: "float", sigma: "float", use_sample_covariance: "bool",
    },
  },
);

/** Keyword arguments of structural_similarity (K1, K2, sigma and use_sample_covariance are its **kwargs). */
export interface StructuralSimilarityOptions {
  win_size?: number | null;
  gradient?: boolean;
  data_range?: number | null;
  channel_axis?: number | null;
  /** Deprecated in scikit-image 0.19: `channel_axis: -1` instead. */
  multichannel?: boolean;
  gaussian_weights?: boolean;
  full?: boolean;
  K1?: number;
  K2?: number;
  sigma?: number;
  use_sample_covariance?: boolean;
}

interface SsimResult {
  mssim: number;
  grad: Float64Array | null;
  S: Float64Array | null;
}

/** SSIM of two single-channel images given as float values (rounded by `r` for float32). */
function ssimSingle(
  x: Float64Array, y: Float64Array, shape: readonly number[], winSize: number, dataRange: number, o: { K1: number; K2: number; sigma: number; gaussian: boolean; sample: boolean; gradient: boolean },
  r: (v: number) => number,
): SsimResult {
  const ndim = shape.length;
  const filter = o.gaussian
    ? (a: Float64Array) => smooth(a, shape, new Array(ndim).fill(o.sigma), "reflect", 0, 3.5, r === Math.fround)
    : (a: Float64Array) => uniformFilter(a, shape, new Array(ndim).fill(winSize), "reflect", 0, r === Math.fround ? r : undefined);
  const np = winSize ** ndim;
  const covNorm = o.sample ? np / (np - 1) : 1.0;
  const n = x.length;
  const xx = new Float64Array(n);
  const yy = new Float64Array(n);
  const xy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xx[i] = r(x[i] * x[i]);
    yy[i] = r(y[i] * y[i]);
    xy[i] = r(x[i] * y[i]);
  }
  const ux = filter(x);
  const uy = filter(y);
  const uxx = filter(xx);
  const uyy = filter(yy);
  const uxy = filter(xy);
  const C1 = (o.K1 * dataRange) ** 2;
  const C2 = (o.K2 * dataRange) ** 2;
  const A1 = new Float64Array(n);
  const A2 = new Float64Array(n);
  const B1 = new Float64Array(n);
  const B2 = new Float64Array(n);
  const D = new Float64Array(n);
  const S = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const vx = r(covNorm * r(uxx[i] - r(ux[i] * ux[i])));
    const vy = r(covNorm * r(uyy[i] - r(uy[i] * uy[i])));
    const vxy = r(covNorm * r(uxy[i] - r(ux[i] * uy[i])));
    A1[i] = r(r(r(2 * ux[i]) * uy[i]) + C1);
    A2[i] = r(r(2 * vxy) + C2);
    B1[i] = r(r(r(ux[i] * ux[i]) + r(uy[i] * uy[i])) + C1);
    B2[i] = r(r(vx + vy) + C2);
    D[i] = r(B1[i] * B2[i]);
    S[i] = r(r(A1[i] * A2[i]) / D[i]);
  }
  // mean over the image cropped by the half window on every side, accumulated in float64
  const pad = (winSize - 1) >> 1;
  const inner = shape.map((d) => Math.max(d - 2 * pad, 0));
  const count = inner.reduce((a, b) => a * b, 1);
  const strides: number[] = [];
  let step = 1;
  for (let k = ndim - 1; k >= 0; k--) {
    strides[k] = step;
    step *= shape[k];
  }
  const lastLen = inner[ndim - 1];
  const rows = count / Math.max(lastLen, 1);
  let total = 0;
  const idx = new Array<number>(ndim - 1).fill(0);
  for (let row = 0; row < rows; row++) {
    let off = pad;
    for (let k = 0; k < ndim - 1; k++) off += (idx[k] + pad) * strides[k];
    total += pairwiseSum(S, off, lastLen);
    for (let k = ndim - 2; k >= 0; k--) {
      if (++idx[k] < inner[k]) break;
      idx[k] = 0;
    }
  }
  const mssim = total / count;
  let grad: Float64Array | null = null;
  if (o.gradient) {
    const t1 = new Float64Array(n);
    const t2 = new Float64Array(n);
    const t3 = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      t1[i] = r(A1[i] / D[i]);
      t2[i] = r(-S[i] / B2[i]);
      t3[i] = r(r(r(ux[i] * r(A2[i] - A1[i])) - r(r(uy[i] * r(B2[i] - B1[i])) * S[i])) / D[i]);
    }
    const f1 = filter(t1);
    const f2 = filter(t2);
    const f3 = filter(t3);
    const scale = 2 / n;
    grad = new Float64Array(n);
    for (let i = 0; i < n; i++) grad[i] = r(r(r(r(f1[i] * x[i]) + r(f2[i] * y[i])) + f3[i]) * scale);
  }
  return { mssim, grad, S };
}

/**
 * `skimage.metrics.structural_similarity(im1, im2, *, win_size=None, gradient=False,
 * data_range=None, channel_axis=None, multichannel=False, gaussian_weights=False, full=False,
 * **kwargs)`: the mean structural similarity index of two images, over `win_size` windows
 * (default 7, or 11 with Gaussian weights sigma 1.5). `data_range` defaults to the dtype's
 * range (255 for uint8, 2 for floats). With `gradient` and/or `full` returns
 * `[mssim, grad]`, `[mssim, S]` or `[mssim, grad, S]`. Keyword extras K1, K2, sigma and
 * use_sample_covariance as in scikit-image.
 */
export function structural_similarity(im1: NDArrayLike, im2: NDArrayLike, options?: StructuralSimilarityOptions & { gradient?: false; full?: false }): number;
export function structural_similarity(im1: NDArrayLike, im2: NDArrayLike, options: StructuralSimilarityOptions): number | [number, NDArray] | [number, NDArray, NDArray];
export function structural_similarity(...args: unknown[]): number | [number, NDArray] | [number, NDArray, NDArray] {
  const b = SSIM.bind(args);
  const a1 = asNDArray(b.im1 as NDArrayLike, "im1");
  const a2 = asNDArray(b.im2 as NDArrayLike, "im2");
  checkShapeEquality(a1, a2);
  let channelAxis: number | null = b.channel_axis;
  if (b.multichannel) {
    warn("`multichannel` is a deprecated argument name for `structural_similarity`. It will be removed in version 1.0. Please use `channel_axis` instead.", "FutureWarning");
    channelAxis = -1;
  }
  if (b.K1 < 0) throw new ValueError("K1 must be positive");
  if (b.K2 < 0) throw new ValueError("K2 must be positive");
  if (b.sigma < 0) throw new ValueError("sigma must be positive");
  const single = a1.dtype === float32;
  const r = roundingFor(single);
  const outDt = single ? float32 : float64;
  let winSize: number | null = b.win_size;
  if (winSize === null) winSize = b.gaussian_weights ? 2 * Math.trunc(3.5 * b.sigma + 0.5) + 1 : 7;
  const spatial = channelAxis === null ? a1.shape : a1.shape.filter((_, k) => k !== (((channelAxis as number) % a1.ndim) + a1.ndim) % a1.ndim);
  if (spatial.some((d) => d - (winSize as number) < 0)) {
    throw new ValueError(
      "win_size exceeds image extent. Either ensure that your images are at least 7x7; or pass win_size explicitly in the function call, with an odd value less than or equal to the smaller side of your images. If your images are multichannel (with color channels), set channel_axis to the axis number corresponding to the channels.",
    );
  }
  if (winSize % 2 !== 1) throw new ValueError("Window size must be odd.");
  let dataRange: number | null = b.data_range;
  if (dataRange === null) {
    if (a1.dtype !== a2.dtype) warn("Inputs have mismatched dtype.  Setting data_range based on im1.dtype.");
    const [dmin, dmax] = dtype_limits(a1);
    dataRange = dmax - dmin;
  }
  const opts = { K1: b.K1, K2: b.K2, sigma: b.sigma, gaussian: b.gaussian_weights, sample: b.use_sample_covariance, gradient: b.gradient };
  const pack = (mssim: number, grad: NDArray | null, S: NDArray | null): number | [number, NDArray] | [number, NDArray, NDArray] => {
    if (b.gradient && b.full) return [mssim, grad!, S!];
    if (b.gradient) return [mssim, grad!];
    if (b.full) return [mssim, S!];
    return mssim;
  };
  const wrapOut = (v: Float64Array, shape: readonly number[]) => NDArray.fromStorage(single ? new Float32Array(v) : v, shape.slice(), outDt);
  if (channelAxis === null) {
    // im2 is cast to im1's float type; values already in it need no rounding
    const x = new Float64Array(contiguousStorage(a1));
    const y = single && a2.dtype !== float32 ? Float64Array.from(contiguousStorage(a2), Math.fround) : new Float64Array(contiguousStorage(a2));
    const res = ssimSingle(x, y, a1.shape, winSize, dataRange, opts, r);
    return pack(r(res.mssim), res.grad && wrapOut(res.grad, a1.shape), res.S && wrapOut(res.S, a1.shape));
  }
  const m1 = channelLast(a1, channelAxis);
  const m2 = channelLast(a2, channelAxis);
  const nch = m1.shape[m1.ndim - 1];
  const sp = m1.shape.slice(0, -1);
  const per = sp.reduce((p, q) => p * q, 1);
  const v1 = contiguousStorage(m1);
  const v2 = contiguousStorage(m2);
  const G = new Float64Array(v1.length);
  const Sall = new Float64Array(v1.length);
  const means = new Float64Array(nch);
  for (let c = 0; c < nch; c++) {
    const x = new Float64Array(per);
    const y = new Float64Array(per);
    for (let i = 0; i < per; i++) {
      x[i] = r(v1[i * nch + c]);
      y[i] = r(v2[i * nch + c]);
    }
    const res = ssimSingle(x, y, sp, winSize, dataRange, opts, r);
    means[c] = r(res.mssim);
    for (let i = 0; i < per; i++) {
      if (res.grad) G[i * nch + c] = res.grad[i];
      Sall[i * nch + c] = res.S![i];
    }
  }
  const mssim = r(pairwiseSum(means, 0, nch) / nch);
  const back = (v: Float64Array) => channelBack(wrapOut(v, m1.shape), channelAxis as number);
  return pack(mssim, b.gradient ? back(G) : null, b.full ? back(Sall) : null);
}
pyfunction(SSIM, structural_similarity);

/**
 * Gradient and Laplace edge filters of scikit-image 0.19 beside `sobel`: sobel_h/sobel_v,
 * scharr (+ _h/_v), prewitt (+ _h/_v), roberts (+ diagonals), farid (+ _h/_v) and laplace.
 * `_h` filters respond to horizontal edges (derivative along rows), `_v` to vertical ones.
 */
import { NDArray } from "../../np/ndarray";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike } from "../_internal/arrays";
import { NdMode } from "../_internal/boundary";
import { correlate1d } from "../_internal/correlate";
import {
  CONVOLVE_MODES, FloatImage, check2d, edgeAxes, floatImage, floatResult, genericEdge, maskResult, ndMode, separableConvolve,
} from "./_edge_common";
import { roundingFor } from "../_internal/rounding";

const SOBEL_SMOOTH = new Float64Array([0.25, 0.5, 0.25]);
const SCHARR_SMOOTH = new Float64Array([3 / 16, 10 / 16, 3 / 16]);
const PREWITT_SMOOTH = new Float64Array([1 / 3, 1 / 3, 1 / 3]);
const FARID_P = new Float64Array([0.0376593171958126, 0.249153396177344, 0.426374573253687, 0.249153396177344, 0.0376593171958126]);
const FARID_D1 = new Float64Array([0.109603762960254, 0.276690988455557, 0, -0.276690988455557, -0.109603762960254]);

/** Keyword arguments of the gradient filters with an axis choice. */
export interface EdgeOptions {
  mask?: NDArrayLike | null;
  axis?: number | readonly number[] | null;
  mode?: NdMode | "grid-mirror";
  /** Not passed on by scikit-image 0.19 (constant mode pads with 0): only 0.0 is accepted. */
  cval?: number;
}

function gradientSignature(name: string) {
  return signature(`skimage.filters.${name}(image, mask=None, *, axis=None, mode='reflect', cval=0.0)`, {
    types: { image: "array_like", mask: "array_like|None", axis: "int|sequence|None", mode: "str", cval: "float" },
    choices: { mode: CONVOLVE_MODES },
    unsupported: ["cval"],
  });
}

function gradient(sig: ReturnType<typeof gradientSignature>, smooth: Float64Array, args: unknown[]): NDArray {
  const { image, mask, axis, mode } = sig.bind(args);
  const x = floatImage(image);
  const out = genericEdge(x, edgeAxes(axis, x.shape.length), smooth, ndMode(mode));
  maskResult(out, x.shape, mask);
  return floatResult(out, x);
}

function axisFilter(image: NDArrayLike, mask: NDArrayLike | null, axis: number, smooth: Float64Array): NDArray {
  check2d(image);
  const x = floatImage(image);
  const out = genericEdge(x, [axis], smooth, "reflect");
  maskResult(out, x.shape, mask);
  return floatResult(out, x);
}

function axisSignature(name: string, keywordMask = false) {
  return signature(`skimage.filters.${name}(image, ${keywordMask ? "*, " : ""}mask=None)`, {
    types: { image: "array_like", mask: "array_like|None" },
  });
}

type MaskArgs = PyArgs<[mask: NDArrayLike | null, options: { mask?: NDArrayLike | null }], { mask?: NDArrayLike | null }>;

const SCHARR = gradientSignature("scharr");
/**
 * `skimage.filters.scharr(image, mask=None, *, axis=None, mode='reflect', cval=0.0)`: the
 * Scharr gradient ([1, 0, -1] along an axis, [3, 10, 3] / 16 across): its magnitude over all
 * axes divided by sqrt(ndim), or the signed gradient along `axis`.
 */
export function scharr(image: NDArrayLike, ...rest: PyArgs<[mask: NDArrayLike | null, options: EdgeOptions], EdgeOptions>): NDArray;
export function scharr(...args: unknown[]): NDArray {
  return gradient(SCHARR, SCHARR_SMOOTH, args);
}
pyfunction(SCHARR, scharr);

const PREWITT = gradientSignature("prewitt");
/**
 * `skimage.filters.prewitt(image, mask=None, *, axis=None, mode='reflect', cval=0.0)`: the
 * Prewitt gradient ([1, 0, -1] along an axis, [1, 1, 1] / 3 across), magnitude or one axis.
 */
export function prewitt(image: NDArrayLike, ...rest: PyArgs<[mask: NDArrayLike | null, options: EdgeOptions], EdgeOptions>): NDArray;
export function prewitt(...args: unknown[]): NDArray {
  return gradient(PREWITT, PREWITT_SMOOTH, args);
}
pyfunction(PREWITT, prewitt);

const SOBEL_H = axisSignature("sobel_h");
/** `skimage.filters.sobel_h(image, mask=None)`: the Sobel derivative along rows (horizontal edges) of a 2-D image. */
export function sobel_h(image: NDArrayLike, ...rest: MaskArgs): NDArray;
export function sobel_h(...args: unknown[]): NDArray {
  const { image, mask } = SOBEL_H.bind(args);
  return axisFilter(image, mask, 0, SOBEL_SMOOTH);
}
pyfunction(SOBEL_H, sobel_h);

const SOBEL_V = axisSignature("sobel_v");
/** `skimage.filters.sobel_v(image, mask=None)`: the Sobel derivative along columns (vertical edges) of a 2-D image. */
export function sobel_v(image: NDArrayLike, ...rest: MaskArgs): NDArray;
export function sobel_v(...args: unknown[]): NDArray {
  const { image, mask } = SOBEL_V.bind(args);
  return axisFilter(image, mask, 1, SOBEL_SMOOTH);
}
pyfunction(SOBEL_V, sobel_v);

const SCHARR_H = axisSignature("scharr_h");
/** `skimage.filters.scharr_h(image, mask=None)`: the Scharr derivative along rows of a 2-D image. */
export function scharr_h(image: NDArrayLike, ...rest: MaskArgs): NDArray;
export function scharr_h(...args: unknown[]): NDArray {
  const { image, mask } = SCHARR_H.bind(args);
  return axisFilter(image, mask, 0, SCHARR_SMOOTH);
}
pyfunction(SCHARR_H, scharr_h);

const SCHARR_V = axisSignature("scharr_v");
/** `skimage.filters.scharr_v(image, mask=None)`: the Scharr derivative along columns of a 2-D image. */
export function scharr_v(image: NDArrayLike, ...rest: MaskArgs): NDArray;
export function scharr_v(...args: unknown[]): NDArray {
  const { image, mask } = SCHARR_V.bind(args);
  return axisFilter(image, mask, 1, SCHARR_SMOOTH);
}
pyfunction(SCHARR_V, scharr_v);

const PREWITT_H = axisSignature("prewitt_h");
/** `skimage.filters.prewitt_h(image, mask=None)`: the Prewitt derivative along rows of a 2-D image. */
export function prewitt_h(image: NDArrayLike, ...rest: MaskArgs): NDArray;
export function prewitt_h(...args: unknown[]): NDArray {
  const { image, mask } = PREWITT_H.bind(args);
  return axisFilter(image, mask, 0, PREWITT_SMOOTH);
}
pyfunction(PREWITT_H, prewitt_h);

const PREWITT_V = axisSignature("prewitt_v");
/** `skimage.filters.prewitt_v(image, mask=None)`: the Prewitt derivative along columns of a 2-D image. */
export function prewitt_v(image: NDArrayLike, ...rest: MaskArgs): NDArray;
export function prewitt_v(...args: unknown[]): NDArray {
  const { image, mask } = PREWITT_V.bind(args);
  return axisFilter(image, mask, 1, PREWITT_SMOOTH);
}
pyfunction(PREWITT_V, prewitt_v);

/** ndi.convolve with a 2x2 diagonal kernel: +/-(x[i+1, j+1] - x[i, j]) or the anti-diagonal. */
function robertsDiag(x: FloatImage, positive: boolean): Float64Array {
  const [h, w] = x.shape;
  const v = x.values;
  const out = new Float64Array(v.length);
  // reflect mode: the sample past the last row/column is the last one
  for (let i = 0; i < h; i++) {
    const i1 = i + 1 < h ? i + 1 : h - 1;
    for (let j = 0; j < w; j++) {
      const j1 = j + 1 < w ? j + 1 : w - 1;
      out[i * w + j] = positive ? v[i1 * w + j1] - v[i * w + j] : v[i1 * w + j] - v[i * w + j1];
    }
  }
  if (x.single) for (let i = 0; i < out.length; i++) out[i] = Math.fround(out[i]);
  return out;
}

function diagonal(args: unknown[], sig: ReturnType<typeof axisSignature>, positive: boolean): NDArray {
  const { image, mask } = sig.bind(args);
  check2d(image);
  const x = floatImage(image);
  const out = robertsDiag(x, positive);
  maskResult(out, x.shape, mask);
  return floatResult(out, x);
}

const ROBERTS_POS = axisSignature("roberts_pos_diag");
/** `skimage.filters.roberts_pos_diag(image, mask=None)`: the Roberts cross along the main diagonal, [[1, 0], [0, -1]]. */
export function roberts_pos_diag(image: NDArrayLike, ...rest: MaskArgs): NDArray;
export function roberts_pos_diag(...args: unknown[]): NDArray {
  return diagonal(args, ROBERTS_POS, true);
}
pyfunction(ROBERTS_POS, roberts_pos_diag);

const ROBERTS_NEG = axisSignature("roberts_neg_diag");
/** `skimage.filters.roberts_neg_diag(image, mask=None)`: the Roberts cross along the anti-diagonal, [[0, 1], [-1, 0]]. */
export function roberts_neg_diag(image: NDArrayLike, ...rest: MaskArgs): NDArray;
export function roberts_neg_diag(...args: unknown[]): NDArray {
  return diagonal(args, ROBERTS_NEG, false);
}
pyfunction(ROBERTS_NEG, roberts_neg_diag);

/** sqrt(a**2 + b**2) / sqrt(2), elementwise, in the image's float type. */
function pairMagnitude(a: NDArray, b: NDArray): NDArray {
  const single = a.dtype.name === "float32";
  const r = roundingFor(single);
  const x = a.data;
  const y = b.data;
  const out = new Float64Array(x.length);
  for (let i = 0; i < out.length; i++) out[i] = r(r(Math.sqrt(r(r(x[i] * x[i]) + r(y[i] * y[i])))) / Math.SQRT2);
  return NDArray.fromStorage(single ? new Float32Array(out) : out, a.shape.slice(), a.dtype);
}

const ROBERTS = axisSignature("roberts");
/** `skimage.filters.roberts(image, mask=None)`: the Roberts cross magnitude sqrt(pos**2 + neg**2) / sqrt(2) of a 2-D image. */
export function roberts(image: NDArrayLike, ...rest: MaskArgs): NDArray;
export function roberts(...args: unknown[]): NDArray {
  const { image, mask } = ROBERTS.bind(args);
  return pairMagnitude(roberts_pos_diag(image, mask), roberts_neg_diag(image, mask));
}
pyfunction(ROBERTS, roberts);

function faridAxis(args: unknown[], sig: ReturnType<typeof axisSignature>, axis: number): NDArray {
  const { image, mask } = sig.bind(args);
  check2d(image);
  const x = floatImage(image);
  const out = separableConvolve(x, axis, FARID_D1, FARID_P, "reflect");
  if (x.single) for (let i = 0; i < out.length; i++) out[i] = Math.fround(out[i]);
  maskResult(out, x.shape, mask);
  return floatResult(out, x);
}

type KeywordMask = [options?: { mask?: NDArrayLike | null }];

const FARID_H = axisSignature("farid_h", true);
/** `skimage.filters.farid_h(image, *, mask=None)`: Farid and Simoncelli's 5-tap derivative along rows of a 2-D image. */
export function farid_h(image: NDArrayLike, ...rest: KeywordMask): NDArray;
export function farid_h(...args: unknown[]): NDArray {
  return faridAxis(args, FARID_H, 0);
}
pyfunction(FARID_H, farid_h);

const FARID_V = axisSignature("farid_v", true);
/** `skimage.filters.farid_v(image, *, mask=None)`: Farid and Simoncelli's 5-tap derivative along columns of a 2-D image. */
export function farid_v(image: NDArrayLike, ...rest: KeywordMask): NDArray;
export function farid_v(...args: unknown[]): NDArray {
  return faridAxis(args, FARID_V, 1);
}
pyfunction(FARID_V, farid_v);

const FARID = axisSignature("farid", true);
/** `skimage.filters.farid(image, *, mask=None)`: the Farid gradient magnitude sqrt(h**2 + v**2) / sqrt(2) of a 2-D image. */
export function farid(image: NDArrayLike, ...rest: KeywordMask): NDArray;
export function farid(...args: unknown[]): NDArray {
  const { image, mask } = FARID.bind(args);
  return pairMagnitude(farid_h(image, { mask }), farid_v(image, { mask }));
}
pyfunction(FARID, farid);

const LAPLACE = signature("skimage.filters.laplace(image, ksize=3, mask=None)", {
  types: { image: "array_like", ksize: "int", mask: "array_like|None" },
});

/**
 * `skimage.filters.laplace(image, ksize=3, mask=None)`: the discrete Laplace operator
 * (2 ndim at the centre, -1 at each face neighbour; 'reflect' borders). As in scikit-image
 * 0.19, the kernel is always 3 wide: `ksize` changes nothing.
 */
export function laplace(image: NDArrayLike, ...rest: PyArgs<[ksize: number, mask: NDArrayLike | null, options: { ksize?: number; mask?: NDArrayLike | null }], { ksize?: number; mask?: NDArrayLike | null }>): NDArray;
export function laplace(...args: unknown[]): NDArray {
  const { image, mask } = LAPLACE.bind(args);
  const x = floatImage(image);
  const ndim = x.shape.length;
  const out = new Float64Array(x.values.length);
  for (let i = 0; i < out.length; i++) out[i] = 2 * ndim * x.values[i];
  const taps = new Float64Array([-1, 0, -1]);
  for (let k = 0; k < ndim; k++) {
    const n = correlate1d(x.values, x.shape, k, taps, "reflect", 0);
    for (let i = 0; i < out.length; i++) out[i] += n[i];
  }
  if (x.single) for (let i = 0; i < out.length; i++) out[i] = Math.fround(out[i]);
  maskResult(out, x.shape, mask);
  return floatResult(out, x);
}
pyfunction(LAPLACE, laplace);

/**
 * Linear colour spaces of scikit-image 0.19 (one 3x3 matrix each way, constants as
 * scikit-image computes them) and the L*a*b* <-> LCh polar form.
 */
import { NDArray } from "../../np/ndarray";
import { uninitStorage } from "../../np/alloc";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { roundingFor } from "../_internal/rounding";
import { channelBack, channelLast } from "../exposure/_common";
import { img_as_float32, img_as_float64 } from "../util/dtype";
import { mapMatrix } from "./_pixels";
import { atan2Fast, hypotFast } from "./_polar";
import { labToLchSimd } from "./_polar_simd";

type Matrix = readonly (readonly number[])[];

const MATRICES: Record<string, Matrix> = {
  yuv_from_rgb: [[0.299, 0.587, 0.114], [-0.14714119, -0.28886916, 0.43601035], [0.61497538, -0.51496512, -0.10001026]],
  rgb_from_yuv: [[1.0000000000000002, -4.182779605511789e-9, 1.1398830297637945], [1.0, -0.3946423339441288, -0.5806218496761879], [1.0000000000000002, 2.0320618532969705, -1.2232658219701875e-9]],
  yiq_from_rgb: [[0.299, 0.587, 0.114], [0.59590059, -0.27455667, -0.32134392], [0.21153661, -0.52273617, 0.31119955]],
  rgb_from_yiq: [[1.0000000062082481, 0.9559863415731352, 0.6208247979787564], [0.9999999935279578, -0.27201283148102595, -0.6472042418461061], [1.000000017042305, -1.1067402109737305, 1.7042304856843515]],
  ypbpr_from_rgb: [[0.299, 0.587, 0.114], [-0.168736, -0.331264, 0.5], [0.5, -0.418688, -0.081312]],
  rgb_from_ypbpr: [[1.0, -1.218894188684273e-6, 1.4019995886573404], [1.0, -0.34413567816533663, -0.7141361555818124], [0.9999999999999998, 1.7720000660738162, 4.0629806308256633e-7]],
  rgb_from_ycbcr: [[0.004566210045662101, 1.1808799897946412e-9, 0.006258928969943936], [0.004566210045662101, -0.0015363236860449021, -0.003188110949655707], [0.004566210045662101, 0.007910716233554741, 1.1977497040190077e-8]],
  ydbdr_from_rgb: [[0.299, 0.587, 0.114], [-0.45, -0.883, 1.333], [-1.333, 1.116, 0.217]],
  rgb_from_ydbdr: [[1.0000000000000002, 9.230371614765698e-5, -0.5259126306618653], [1.0, -0.12913289889050927, 0.26789932820759876], [1.0000000000000002, 0.6646790599789548, -7.920254353310785e-5]],
};

type ChannelArgs = [options?: { channel_axis?: number }];

/** A declared conversion through one matrix (after img_as_float). */
function linear(name: string, param: string, matrix: string) {
  const sig = signature(`skimage.color.${name}(${param}, *, channel_axis=-1)`, { types: { [param]: "array_like", channel_axis: "int" } });
  const m = MATRICES[matrix];
  const fn = (...args: unknown[]): NDArray => {
    const b = sig.bind(args);
    return mapMatrix(b[param] as NDArrayLike, b.channel_axis, param, m);
  };
  Object.defineProperty(fn, "name", { value: name });
  return pyfunction(sig, fn as (image: NDArrayLike, ...rest: ChannelArgs) => NDArray);
}

/** `skimage.color.rgb2yuv(rgb, *, channel_axis=-1)`: RGB to YUV (after img_as_float). */
export const rgb2yuv: (rgb: NDArrayLike, ...rest: ChannelArgs) => NDArray = linear("rgb2yuv", "rgb", "yuv_from_rgb");
/** `skimage.color.yuv2rgb(yuv, *, channel_axis=-1)`: YUV to RGB. */
export const yuv2rgb: (yuv: NDArrayLike, ...rest: ChannelArgs) => NDArray = linear("yuv2rgb", "yuv", "rgb_from_yuv");
/** `skimage.color.rgb2yiq(rgb, *, channel_axis=-1)`: RGB to YIQ (after img_as_float). */
export const rgb2yiq: (rgb: NDArrayLike, ...rest: ChannelArgs) => NDArray = linear("rgb2yiq", "rgb", "yiq_from_rgb");
/** `skimage.color.yiq2rgb(yiq, *, channel_axis=-1)`: YIQ to RGB. */
export const yiq2rgb: (yiq: NDArrayLike, ...rest: ChannelArgs) => NDArray = linear("yiq2rgb", "yiq", "rgb_from_yiq");
/** `skimage.color.rgb2ypbpr(rgb, *, channel_axis=-1)`: RGB to YPbPr (after img_as_float). */
export const rgb2ypbpr: (rgb: NDArrayLike, ...rest: ChannelArgs) => NDArray = linear("rgb2ypbpr", "rgb", "ypbpr_from_rgb");
/** `skimage.color.ypbpr2rgb(ypbpr, *, channel_axis=-1)`: YPbPr to RGB. */
export const ypbpr2rgb: (ypbpr: NDArrayLike, ...rest: ChannelArgs) => NDArray = linear("ypbpr2rgb", "ypbpr", "rgb_from_ypbpr");
/** `skimage.color.rgb2ydbdr(rgb, *, channel_axis=-1)`: RGB to YDbDr (after img_as_float). */
export const rgb2ydbdr: (rgb: NDArrayLike, ...rest: ChannelArgs) => NDArray = linear("rgb2ydbdr", "rgb", "ydbdr_from_rgb");
/** `skimage.color.ydbdr2rgb(ydbdr, *, channel_axis=-1)`: YDbDr to RGB. */
export const ydbdr2rgb: (ydbdr: NDArrayLike, ...rest: ChannelArgs) => NDArray = linear("ydbdr2rgb", "ydbdr", "rgb_from_ydbdr");

const YCBCR2RGB = signature("skimage.color.ycbcr2rgb(ycbcr, *, channel_axis=-1)", { types: { ycbcr: "array_like", channel_axis: "int" } });

/**
 * `skimage.color.ycbcr2rgb(ycbcr, *, channel_axis=-1)`: scikit-image's YCbCr back to RGB (the
 * offsets 16, 128, 128 are removed in the input's dtype first, as scikit-image does).
 */
export function ycbcr2rgb(ycbcr: NDArrayLike, ...rest: ChannelArgs): NDArray;
export function ycbcr2rgb(...args: unknown[]): NDArray {
  const { ycbcr, channel_axis } = YCBCR2RGB.bind(args);
  const moved = channelLast(asNDArray(ycbcr as NDArrayLike, "ycbcr"), channel_axis);
  const offsets = [16, 128, 128];
  if ((moved.dtype === float64 || moved.dtype === float32) && moved.shape[moved.ndim - 1] === 3) {
    // a float image keeps its values through img_as_float: the offsets go into the product's loop
    return channelBack(mapMatrix(moved, -1, "ycbcr", MATRICES.rgb_from_ycbcr, offsets), channel_axis);
  }
  const src = contiguousStorage(moved);
  const data = uninitStorage(moved.dtype.storage, src.length);
  data.set(src);
  const n = moved.shape[moved.ndim - 1];
  for (let i = 0; i < data.length; i++) {
    const c = i % n;
    if (c < 3) data[i] = data[i] - offsets[c];
  }
  const shifted = NDArray.fromStorage(data, moved.shape.slice(), moved.dtype);
  return channelBack(mapMatrix(shifted, -1, "ycbcr", MATRICES.rgb_from_ycbcr), channel_axis);
}
pyfunction(YCBCR2RGB, ycbcr2rgb);

/** `_prepare_lab_array` with the channel axis last: a float copy with at least 3 channels. */
function labArray(input: NDArrayLike, channel_axis: number, name: string): { data: Float64Array; shape: number[]; single: boolean } {
  const moved = channelLast(asNDArray(input, name), channel_axis);
  if (moved.shape[moved.ndim - 1] < 3) throw new ValueError("Input array has less than 3 color channels");
  const single = moved.dtype === float32;
  const f = single ? img_as_float32(moved) : img_as_float64(moved);
  const src = contiguousStorage(f);
  const data = uninitStorage(Float64Array, src.length) as Float64Array;
  data.set(src);
  return { data, shape: f.shape.slice(), single };
}

function polarResult(x: { data: Float64Array; shape: number[]; single: boolean }, channel_axis: number): NDArray {
  const out = NDArray.fromStorage(x.single ? new Float32Array(x.data) : x.data, x.shape, x.single ? float32 : float64);
  return channelBack(out, channel_axis);
}

const LAB2LCH = signature("skimage.color.lab2lch(lab, *, channel_axis=-1)", { types: { lab: "array_like", channel_axis: "int" } });

/**
 * `skimage.color.lab2lch(lab, *, channel_axis=-1)`: L*a*b* to LCh: chroma hypot(a, b) and hue
 * atan2(b, a) in [0, 2 pi); channels past the third are kept.
 */
export function lab2lch(lab: NDArrayLike, ...rest: ChannelArgs): NDArray;
export function lab2lch(...args: unknown[]): NDArray {
  const { lab, channel_axis } = LAB2LCH.bind(args);
  const moved = channelLast(asNDArray(lab as NDArrayLike, "lab"), channel_axis);
  const n = moved.shape[moved.ndim - 1];
  if (n < 3) throw new ValueError("Input array has less than 3 color channels");
  const single = moved.dtype === float32;
  const f = single ? img_as_float32(moved) : img_as_float64(moved);
  const src = contiguousStorage(f);
  // one pass from the input into the result (float32 storage rounds each value once)
  const out = uninitStorage(single ? Float32Array : Float64Array, src.length);
  const twoPi = single ? Math.fround(2 * Math.PI) : 2 * Math.PI;
  const pixel = (p: number) => {
    const a = src[p + 1];
    const b = src[p + 2];
    const t = single ? Math.fround(atan2Fast(b, a)) : atan2Fast(b, a);
    out[p] = src[p];
    out[p + 1] = hypotFast(a, b);
    out[p + 2] = t < 0 ? t + twoPi : t;
  };
  if (single || !labToLchSimd(src as Float64Array, out as Float64Array, n, pixel)) for (let p = 0; p < src.length; p += n) pixel(p);
  if (n > 3) for (let p = 0; p < src.length; p += n) for (let c = 3; c < n; c++) out[p + c] = src[p + c];
  return channelBack(NDArray.fromStorage(out, f.shape.slice(), single ? float32 : float64), channel_axis);
}
pyfunction(LAB2LCH, lab2lch);

const LCH2LAB = signature("skimage.color.lch2lab(lch, *, channel_axis=-1)", { types: { lch: "array_like", channel_axis: "int" } });

/** `skimage.color.lch2lab(lch, *, channel_axis=-1)`: LCh back to L*a*b* (a = C cos h, b = C sin h). */
export function lch2lab(lch: NDArrayLike, ...rest: ChannelArgs): NDArray;
export function lch2lab(...args: unknown[]): NDArray {
  const { lch, channel_axis } = LCH2LAB.bind(args);
  const x = labArray(lch as NDArrayLike, channel_axis, "lch");
  const r = roundingFor(x.single);
  const n = x.shape[x.shape.length - 1];
  const d = x.data;
  for (let p = 0; p < d.length; p += n) {
    const c = d[p + 1];
    const h = d[p + 2];
    d[p + 1] = r(c * r(Math.cos(h)));
    d[p + 2] = r(c * r(Math.sin(h)));
  }
  return polarResult(x, channel_axis);
}
pyfunction(LCH2LAB, lch2lab);

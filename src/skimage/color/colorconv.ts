/**
 * Colour spaces of scikit-image 0.19 beside gray and HSV: CIE XYZ and L*a*b* (with every
 * illuminant and observer scikit-image knows), haematoxylin-eosin-DAB stain separation and
 * YCbCr. Constants are scikit-image's (the inverse matrices as NumPy computes them).
 */
import { NDArray } from "../../np/ndarray";
import { uninitStorage } from "../../np/alloc";
import { releaseHeapArray } from "../../np/heap/heap";
import { npLog } from "../../np/ufuncs/exact/log";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, warn } from "../_internal/arrays";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64, uint8 } from "../../np/dtype";
import { img_as_float64 } from "../util/dtype";
import { expArray, logArray } from "../_internal/bulk_math";
import { roundingFor } from "../_internal/rounding";
import { channelLayout, colorLayout, prepareColorArray } from "./channels";
import { encodeFloat64, gammaEncodeAll, linearRgb } from "./_srgb";
import { mapMatrix, mapPixels, matVec } from "./_pixels";

const XYZ_FROM_RGB = [[0.412453, 0.35758, 0.180423], [0.212671, 0.71516, 0.072169], [0.019334, 0.119193, 0.950227]];
const RGB_FROM_XYZ = [
  [3.2404813432005266, -1.5371515162713183, -0.4985363261688878],
  [-0.9692549499965682, 1.8759900014898907, 0.04155592655829284],
  [0.055646639135177166, -0.20404133836651123, 1.0573110696453443],
];
const RGB_FROM_HED = [[0.65, 0.7, 0.29], [0.07, 0.99, 0.11], [0.27, 0.57, 0.78]];
const HED_FROM_RGB = [
  [1.8779827368521356, -1.0076786862855642, -0.5561158181996246],
  [-0.06590806222356334, 1.1347303724996625, -0.13552179862837116],
  [-0.6019073634392891, -0.4804141884970579, 1.5735880719641926],
];
const YCBCR_FROM_RGB = [[65.481, 128.553, 24.966], [-37.797, -74.203, 112.0], [112.0, -93.786, -18.214]];

/** Reference whites (x, y, z) by illuminant and observer. */
const ILLUMINANTS: Record<string, Record<string, readonly number[]>> = {
  A: { "2": [1.098466069456375, 1, 0.3558228003436005], "10": [1.111420406956693, 1, 0.3519978321919493], R: [1.098466069456375, 1, 0.3558228003436005] },
  B: { "2": [0.9909274480248003, 1, 0.8531327322886154], "10": [0.9917777147717607, 1, 0.8434930535866175], R: [0.9909274480248003, 1, 0.8531327322886154] },
  C: { "2": [0.980705971659919, 1, 1.1822494939271255], "10": [0.9728569189782166, 1, 1.1614480488951577], R: [0.980705971659919, 1, 1.1822494939271255] },
  D50: { "2": [0.9642119944211994, 1, 0.8251882845188288], "10": [0.9672062750333777, 1, 0.8142801513128616], R: [0.9639501491621826, 1, 0.8241280285499208] },
  D55: { "2": [0.956797052643698, 1, 0.9214805860173273], "10": [0.9579665682254781, 1, 0.9092525159847462], R: [0.9565317453467969, 1, 0.9202554587037198] },
  D65: { "2": [0.95047, 1, 1.08883], "10": [0.94809667673716, 1, 1.0730513595166162], R: [0.9532057125493769, 1, 1.0853843816469158] },
  D75: { "2": [0.9497220898840717, 1, 1.226393520724154], "10": [0.9441713925645873, 1, 1.2064272211720228], R: [0.9497220898840717, 1, 1.226393520724154] },
  E: { "2": [1, 1, 1], "10": [1, 1, 1], R: [1, 1, 1] },
};

function referenceWhite(illuminant: string, observer: string): readonly number[] {
  const i = illuminant.toUpperCase();
  const o = observer.toUpperCase();
  const w = ILLUMINANTS[i]?.[o];
  if (w === undefined) throw new ValueError(`Unknown illuminant/observer combination (\`${i}\`, \`${o}\`)`);
  return w;
}

type ChannelArgs = [options?: { channel_axis?: number }];

function xyzToLab(v: Float64Array, out: Float64Array, white: readonly number[], r: (x: number) => number): void {
  for (let c = 0; c < 3; c++) {
    const t = r(v[c] / r(white[c]));
    v[c] = t > 0.008856 ? r(Math.cbrt(t)) : r(r(7.787 * t) + 16 / 116);
  }
  out[0] = r(r(116 * v[1]) - 16);
  out[1] = r(500 * r(v[0] - v[1]));
  out[2] = r(200 * r(v[1] - v[2]));
}

let zNegative = 0;

const SPLIT = 134217729; // 2 ** 27 + 1, Dekker's splitting constant

/** t ** 3 rounded once, as C's pow gives it: t * t kept exact as a sum of two doubles. */
function cube(t: number): number {
  const c = SPLIT * t;
  const th = c - (c - t);
  const tl = t - th;
  const sq = t * t;
  const sqErr = th * th - sq + 2 * th * tl + tl * tl;
  const cu = sq * t;
  const d = SPLIT * sq;
  const sh = d - (d - sq);
  const sl = sq - sh;
  const cuErr = sh * th - cu + sh * tl + sl * th + sl * tl;
  return cu + (cuErr + sqErr * t);
}

/** The inverse of L*a*b*'s f for one coordinate, times the white's coordinate. */
function labInverse(t: number, white: number, r: (x: number) => number): number {
  return r(r(t > 0.2068966 ? r(cube(t)) : r(r(t - 16 / 116) / 7.787)) * white);
}

function labToXyz(v: Float64Array, out: Float64Array, white: readonly number[], r: (x: number) => number): void {
  const y = r(r(v[0] + 16) / 116);
  const x = r(r(v[1] / 500) + y);
  let z = r(y - r(v[2] / 200));
  if (z < 0) {
    zNegative++;
    z = 0;
  }
  out[0] = labInverse(x, white[0], r);
  out[1] = labInverse(y, white[1], r);
  out[2] = labInverse(z, white[2], r);
}

/** lab2rgb's float64 path: labToXyz and the matrix product in one loop, then the encoding. */
function labToRgbFloat64(lab: NDArray, channel_axis: number, white: readonly number[]): NDArray {
  const { image, layout } = prepareColorArray(lab, channel_axis);
  const { outer, inner } = layout;
  const src = contiguousStorage(image) as Float64Array;
  const out = uninitStorage(Float64Array, src.length) as Float64Array;
  const [[m00, m01, m02], [m10, m11, m12], [m20, m21, m22]] = RGB_FROM_XYZ;
  const [wx, wy, wz] = white;
  const finv = (t: number) => (t > 0.2068966 ? cube(t) : (t - 16 / 116) / 7.787);
  let negative = 0;
  for (let o = 0; o < outer; o++) {
    const start = o * 3 * inner;
    for (let p = start; p < start + inner; p++) {
      const fy = (src[p] + 16) / 116;
      const fx = src[p + inner] / 500 + fy;
      let fz = fy - src[p + 2 * inner] / 200;
      if (fz < 0) {
        negative++;
        fz = 0;
      }
      const x = finv(fx) * wx;
      const y = finv(fy) * wy;
      const z = finv(fz) * wz;
      out[p] = x * m00 + y * m01 + z * m02;
      out[p + inner] = x * m10 + y * m11 + z * m12;
      out[p + 2 * inner] = x * m20 + y * m21 + z * m22;
    }
  }
  zNegative += negative;
  encodeFloat64(out);
  return NDArray.fromStorage(out, image.shape.slice(), float64);
}

function warnZ(): void {
  if (zNegative > 0) warn(`Color data out of range: Z < 0 in ${zNegative} pixels`);
  zNegative = 0;
}

const RGB2XYZ = signature("skimage.color.rgb2xyz(rgb, *, channel_axis=-1)", { types: { rgb: "array_like", channel_axis: "int" } });
/** `skimage.color.rgb2xyz(rgb, *, channel_axis=-1)`: sRGB (D65) to CIE XYZ, after img_as_float. */
export function rgb2xyz(rgb: NDArrayLike, ...rest: ChannelArgs): NDArray;
export function rgb2xyz(...args: unknown[]): NDArray {
  const { rgb, channel_axis } = RGB2XYZ.bind(args);
  const linear = linearRgb(rgb, channel_axis, "rgb");
  if (linear.dtype !== float64) return mapMatrix(linear, channel_axis, "rgb", XYZ_FROM_RGB);
  // the float64 linear copy is this call's own: the product is written over it
  const { outer, inner } = channelLayout(linear.shape, channel_axis);
  const d = linear.data as Float64Array;
  multiplyChannels(d, d, outer, inner, XYZ_FROM_RGB);
  return linear;
}
pyfunction(RGB2XYZ, rgb2xyz);

/**
 * out = m · src for each pixel of float64 images of 3 channels `inner` apart (`outer` blocks),
 * each output the sum in channel order; `out` may be `src` (a pixel is read before it is written).
 */
function multiplyChannels(src: Float64Array, out: Float64Array, outer: number, inner: number, m: readonly (readonly number[])[]): void {
  const [[m00, m01, m02], [m10, m11, m12], [m20, m21, m22]] = m;
  for (let o = 0; o < outer; o++) {
    const start = o * 3 * inner;
    for (let p = start; p < start + inner; p++) {
      const a = src[p];
      const b = src[p + inner];
      const c = src[p + 2 * inner];
      out[p] = a * m00 + b * m01 + c * m02;
      out[p + inner] = a * m10 + b * m11 + c * m12;
      out[p + 2 * inner] = a * m20 + b * m21 + c * m22;
    }
  }
}

const XYZ2RGB = signature("skimage.color.xyz2rgb(xyz, *, channel_axis=-1)", { types: { xyz: "array_like", channel_axis: "int" } });
/** `skimage.color.xyz2rgb(xyz, *, channel_axis=-1)`: CIE XYZ to sRGB, clipped to [0, 1]. */
export function xyz2rgb(xyz: NDArrayLike, ...rest: ChannelArgs): NDArray;
export function xyz2rgb(...args: unknown[]): NDArray {
  const { xyz, channel_axis } = XYZ2RGB.bind(args);
  const arr = asNDArray(xyz, "xyz");
  if (arr.dtype === float32) return gammaEncodeAll(mapMatrix(arr, channel_axis, "xyz", RGB_FROM_XYZ));
  return xyzToRgbFloat64(arr, channel_axis);
}

/** xyz2rgb's float64 path: the matrix product, then the encoding. */
function xyzToRgbFloat64(xyz: NDArray, channel_axis: number): NDArray {
  const { image, layout } = prepareColorArray(xyz, channel_axis);
  const { outer, inner } = layout;
  const src = contiguousStorage(image) as Float64Array;
  const out = uninitStorage(Float64Array, src.length) as Float64Array;
  multiplyChannels(src, out, outer, inner, RGB_FROM_XYZ);
  encodeFloat64(out);
  return NDArray.fromStorage(out, image.shape.slice(), float64);
}
pyfunction(XYZ2RGB, xyz2rgb);

/** Keyword arguments of the L*a*b* conversions. */
export interface LabOptions {
  illuminant?: "A" | "B" | "C" | "D50" | "D55" | "D65" | "D75" | "E" | string;
  observer?: "2" | "10" | "R" | string;
  channel_axis?: number;
}

const RGB2LAB = signature("skimage.color.rgb2lab(rgb, illuminant='D65', observer='2', *, channel_axis=-1)", {
  types: { rgb: "array_like", illuminant: "str", observer: "str", channel_axis: "int" },
});
/**
 * `skimage.color.rgb2lab(rgb, illuminant='D65', observer='2', *, channel_axis=-1)`: sRGB to
 * CIE L*a*b* (L in [0, 100]) relative to the illuminant's white.
 */
export function rgb2lab(rgb: NDArrayLike, ...rest: PyArgs<[illuminant: string, observer: string, options: LabOptions], LabOptions>): NDArray;
export function rgb2lab(...args: unknown[]): NDArray {
  const { rgb, illuminant, observer, channel_axis } = RGB2LAB.bind(args);
  const white = referenceWhite(illuminant, observer);
  const linear = linearRgb(rgb, channel_axis, "rgb");
  if (linear.dtype === float64) return rgb2labFloat64(linear, channel_axis, white);
  const xyz = new Float64Array(3);
  return mapPixels(linear, channel_axis, "rgb", (v, out, r) => {
    matVec(XYZ_FROM_RGB, v, xyz, r);
    xyzToLab(xyz, out, white, r);
  });
}

/** rgb2lab's float64 loop over linear RGB: the same steps as xyzToLab without rounding calls. */
function rgb2labFloat64(linear: NDArray, channel_axis: number, white: readonly number[]): NDArray {
  const { outer, inner } = prepareColorArray(linear, channel_axis).layout;
  const src = linear.data as Float64Array;
  const out = uninitStorage(Float64Array, src.length) as Float64Array;
  const [[a00, a01, a02], [a10, a11, a12], [a20, a21, a22]] = XYZ_FROM_RGB;
  const [wx, wy, wz] = white;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  for (let o = 0; o < outer; o++) {
    const base = o * 3 * inner;
    for (let i = 0; i < inner; i++) {
      const p = base + i;
      const r = src[p];
      const g = src[p + inner];
      const b = src[p + 2 * inner];
      const fx = f((r * a00 + g * a01 + b * a02) / wx);
      const fy = f((r * a10 + g * a11 + b * a12) / wy);
      const fz = f((r * a20 + g * a21 + b * a22) / wz);
      out[p] = 116 * fy - 16;
      out[p + inner] = 500 * (fx - fy);
      out[p + 2 * inner] = 200 * (fy - fz);
    }
  }
  return NDArray.fromStorage(out, linear.shape.slice(), float64);
}
pyfunction(RGB2LAB, rgb2lab);

const LAB2RGB = signature("skimage.color.lab2rgb(lab, illuminant='D65', observer='2', *, channel_axis=-1)", {
  types: { lab: "array_like", illuminant: "str", observer: "str", channel_axis: "int" },
});
/**
 * `skimage.color.lab2rgb(lab, illuminant='D65', observer='2', *, channel_axis=-1)`: CIE
 * L*a*b* to sRGB clipped to [0, 1]; negative Z is set to 0 with a warning, as in scikit-image.
 */
export function lab2rgb(lab: NDArrayLike, ...rest: PyArgs<[illuminant: string, observer: string, options: LabOptions], LabOptions>): NDArray;
export function lab2rgb(...args: unknown[]): NDArray {
  const { lab, illuminant, observer, channel_axis } = LAB2RGB.bind(args);
  const white = referenceWhite(illuminant, observer);
  const arr = asNDArray(lab, "lab");
  if (arr.dtype !== float32) {
    const out = labToRgbFloat64(arr, channel_axis, white);
    warnZ();
    return out;
  }
  const xyz = new Float64Array(3);
  const out = gammaEncodeAll(mapPixels(arr, channel_axis, "lab", (v, o, r) => {
    labToXyz(v, xyz, white, r);
    matVec(RGB_FROM_XYZ, xyz, o, r);
  }));
  warnZ();
  return out;
}
pyfunction(LAB2RGB, lab2rgb);

const LOG_ADJUST = npLog(1e-6);

let densities: Float64Array | null = null;

/** log(max(x, 1e-6)) / log(1e-6) of the 256 uint8 values after img_as_float (NumPy's log). */
function densityTable(): Float64Array {
  if (densities === null) {
    const levels = NDArray.fromStorage(Uint8Array.from({ length: 256 }, (_, k) => k), [256], uint8);
    const scaled = img_as_float64(levels).data;
    densities = new Float64Array(256);
    for (let k = 0; k < 256; k++) densities[k] = npLog(scaled[k] < 1e-6 ? 1e-6 : scaled[k]) / LOG_ADJUST;
  }
  return densities;
}

/**
 * Stain transforms through a 3x3 matrix (out_j = sum_k in_k m[k][j]) with a log before
 * (separation) or an exp after (combination), the transcendental over the whole image at once.
 */
function stains(input: NDArrayLike, channel_axis: number, name: string, m: readonly number[][], separate: boolean): NDArray {
  const arr = asNDArray(input, name);
  if (separate && arr.dtype === uint8) return byteDensities(arr, colorLayout(arr, channel_axis), m);
  const { image, layout } = prepareColorArray(arr, channel_axis);
  const single = image.dtype === float32;
  const r = roundingFor(single);
  const src = contiguousStorage(image);
  const n = src.length;
  const pre = uninitStorage(Float64Array, n) as Float64Array;
  if (separate) {
    // np.maximum(rgb, 1e-6), then np.log in the image's float type
    const lo = r(1e-6);
    for (let i = 0; i < n; i++) pre[i] = src[i] < lo ? lo : src[i];
    const adj = r(LOG_ADJUST);
    if (single) for (let i = 0; i < n; i++) pre[i] = Math.fround(Math.fround(Math.log(pre[i])) / adj);
    else {
      const logs = logArray(pre);
      for (let i = 0; i < n; i++) pre[i] = logs[i] / adj;
      releaseHeapArray(logs);
    }
  } else {
    const adj = r(-LOG_ADJUST);
    if (single) for (let i = 0; i < n; i++) pre[i] = Math.fround(-Math.fround(src[i] * adj));
    else for (let i = 0; i < n; i++) pre[i] = -(src[i] * adj);
  }
  // the product with the float64 matrix is float64, whatever the image's type
  const out = uninitStorage(Float64Array, n) as Float64Array;
  const { outer, inner } = layout;
  const [m00, m01, m02] = m[0];
  const [m10, m11, m12] = m[1];
  const [m20, m21, m22] = m[2];
  for (let o = 0; o < outer; o++) {
    const base = o * 3 * inner;
    for (let i = 0; i < inner; i++) {
      const p0 = pre[base + i];
      const p1 = pre[base + inner + i];
      const p2 = pre[base + 2 * inner + i];
      out[base + i] = p0 * m00 + p1 * m10 + p2 * m20;
      out[base + inner + i] = p0 * m01 + p1 * m11 + p2 * m21;
      out[base + 2 * inner + i] = p0 * m02 + p1 * m12 + p2 * m22;
    }
  }
  releaseHeapArray(pre);
  const res = separate ? out : expArray(out);
  if (res !== out) releaseHeapArray(out);
  for (let i = 0; i < n; i++) {
    const v = res[i];
    res[i] = v < 0 ? 0 : !separate && v > 1 ? 1 : v;
  }
  return NDArray.fromStorage(res, image.shape.slice(), float64);
}

/** `stains` separating a uint8 image: each byte's density looked up, the product and the clip in one loop. */
function byteDensities(image: NDArray, layout: { outer: number; inner: number }, m: readonly number[][]): NDArray {
  const table = densityTable();
  const src = contiguousStorage(image) as Uint8Array;
  const out = uninitStorage(Float64Array, src.length) as Float64Array;
  const { outer, inner } = layout;
  const [m00, m01, m02] = m[0];
  const [m10, m11, m12] = m[1];
  const [m20, m21, m22] = m[2];
  for (let o = 0; o < outer; o++) {
    const start = o * 3 * inner;
    for (let p = start; p < start + inner; p++) {
      const p0 = table[src[p]];
      const p1 = table[src[p + inner]];
      const p2 = table[src[p + 2 * inner]];
      const d0 = p0 * m00 + p1 * m10 + p2 * m20;
      const d1 = p0 * m01 + p1 * m11 + p2 * m21;
      const d2 = p0 * m02 + p1 * m12 + p2 * m22;
      out[p] = d0 < 0 ? 0 : d0;
      out[p + inner] = d1 < 0 ? 0 : d1;
      out[p + 2 * inner] = d2 < 0 ? 0 : d2;
    }
  }
  return NDArray.fromStorage(out, image.shape.slice(), float64);
}

const RGB2HED = signature("skimage.color.rgb2hed(rgb, *, channel_axis=-1)", { types: { rgb: "array_like", channel_axis: "int" } });
/**
 * `skimage.color.rgb2hed(rgb, *, channel_axis=-1)`: Haematoxylin-Eosin-DAB stain densities by
 * colour deconvolution (Ruifrok and Johnston), negative densities set to 0. Float64 out.
 */
export function rgb2hed(rgb: NDArrayLike, ...rest: ChannelArgs): NDArray;
export function rgb2hed(...args: unknown[]): NDArray {
  const { rgb, channel_axis } = RGB2HED.bind(args);
  return stains(rgb, channel_axis, "rgb", HED_FROM_RGB, true);
}
pyfunction(RGB2HED, rgb2hed);

const HED2RGB = signature("skimage.color.hed2rgb(hed, *, channel_axis=-1)", { types: { hed: "array_like", channel_axis: "int" } });
/** `skimage.color.hed2rgb(hed, *, channel_axis=-1)`: stain densities back to RGB in [0, 1]. Float64 out. */
export function hed2rgb(hed: NDArrayLike, ...rest: ChannelArgs): NDArray;
export function hed2rgb(...args: unknown[]): NDArray {
  const { hed, channel_axis } = HED2RGB.bind(args);
  return stains(hed, channel_axis, "hed", RGB_FROM_HED, false);
}
pyfunction(HED2RGB, hed2rgb);

const RGB2YCBCR = signature("skimage.color.rgb2ycbcr(rgb, *, channel_axis=-1)", { types: { rgb: "array_like", channel_axis: "int" } });
/**
 * `skimage.color.rgb2ycbcr(rgb, *, channel_axis=-1)`: ITU-R BT.601 YCbCr with scikit-image's
 * scaling: Y in [16, 235], Cb and Cr in [16, 240] for RGB in [0, 1].
 */
export function rgb2ycbcr(rgb: NDArrayLike, ...rest: ChannelArgs): NDArray;
export function rgb2ycbcr(...args: unknown[]): NDArray {
  const { rgb, channel_axis } = RGB2YCBCR.bind(args);
  // the matrix product, then the offsets added in the result's float type (its storage rounds)
  const res = mapMatrix(rgb, channel_axis, "rgb", YCBCR_FROM_RGB);
  const { outer, inner } = channelLayout(res.shape, channel_axis);
  const d = res.data;
  for (let o = 0; o < outer; o++) {
    const base = o * 3 * inner;
    for (let i = base; i < base + inner; i++) d[i] += 16;
    for (let i = base + inner; i < base + 3 * inner; i++) d[i] += 128;
  }
  return res;
}
pyfunction(RGB2YCBCR, rgb2ycbcr);

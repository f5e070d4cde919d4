/**
 * `skimage.exposure.equalize_adapthist` (0.19): CLAHE as scikit-image computes it. The image is
 * brought to 14 bits, padded by reflection to whole tiles, binned into `nbins` levels; each
 * tile's histogram is clipped, redistributed and cumulated into a mapping; every pixel blends
 * the mappings of its four surrounding tiles bilinearly (in float32, as scikit-image does).
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { extendIndex } from "../_internal/boundary";
import { hsv2rgb, rgb2hsv } from "../color/hsv";
import { img_as_uint } from "../util/dtype";
import { supportedFloat } from "./_common";
import { NR_OF_GRAY, clipHistogram, mapHistogram } from "./_clahe_hist";
import { claheNd } from "./_clahe_nd";
import { rescaleValues } from "./rescale";


const ADAPTHIST = signature("skimage.exposure.equalize_adapthist(image, kernel_size=None, clip_limit=0.01, nbins=256)", {
  types: { image: "array_like", kernel_size: "int|sequence|None", clip_limit: "float", nbins: "int" },
});

/** Keyword arguments of exposure.equalize_adapthist. */
export interface EqualizeAdapthistOptions {
  kernel_size?: number | readonly number[] | null;
  clip_limit?: number;
  nbins?: number;
}

/** Round half to even (np.round). */
function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** `_clahe` on a 2-D image of 14-bit values; returns the uint16-truncated result. */
function clahe2d(img: Uint16Array, h: number, w: number, k0: number, k1: number, clipLimit: number, nbins: number): Float64Array {
  const start0 = k0 >> 1;
  const start1 = k1 >> 1;
  const ph = h + start0 + ((k0 - (h % k0)) % k0) + Math.ceil(k0 / 2);
  const pw = w + start1 + ((k1 - (w % k1)) % k1) + Math.ceil(k1 / 2);
  const binSize = 1 + Math.floor(NR_OF_GRAY / nbins);
  // padded, binned image (numpy's 'reflect' pad is scipy's 'mirror')
  const rowSrc = new Int32Array(ph);
  for (let r = 0; r < ph; r++) rowSrc[r] = extendIndex(r - start0, h, "mirror");
  const colSrc = new Int32Array(pw);
  for (let c = 0; c < pw; c++) colSrc[c] = extendIndex(c - start1, w, "mirror");
  const binned = new Int32Array(ph * pw);
  for (let r = 0; r < ph; r++) {
    const base = rowSrc[r] * w;
    for (let c = 0; c < pw; c++) binned[r * pw + c] = Math.floor(img[base + colSrc[c]] / binSize);
  }
  const nProc0 = Math.trunc(ph / k0);
  const nProc1 = Math.trunc(pw / k1);
  const nHist0 = nProc0 - 1;
  const nHist1 = nProc1 - 1;
  const pixels = k0 * k1;
  const limit = clipLimit > 0 ? Math.trunc(Math.max(clipLimit * pixels, 1)) : pixels;
  let nb = nbins;
  for (let i = 0; i < binned.length; i++) if (binned[i] >= nb) nb = binned[i] + 1;
  // one mapping per histogram tile, edge-padded by one tile on every side
  const mw = nHist1 + 2;
  const maps: Float64Array[] = new Array((nHist0 + 2) * mw);
  const tileMaps: Float64Array[] = new Array(nHist0 * nHist1);
  for (let a = 0; a < nHist0; a++) {
    for (let b = 0; b < nHist1; b++) {
      const hist = new Float64Array(nb);
      const r0 = start0 + a * k0;
      const c0 = start1 + b * k1;
      for (let r = r0; r < r0 + k0; r++) for (let c = c0; c < c0 + k1; c++) hist[binned[r * pw + c]]++;
      clipHistogram(hist, limit);
      mapHistogram(hist, pixels);
      tileMaps[a * nHist1 + b] = hist;
    }
  }
  for (let i = 0; i < nHist0 + 2; i++) {
    const a = Math.min(Math.max(i - 1, 0), nHist0 - 1);
    for (let j = 0; j < mw; j++) maps[i * mw + j] = tileMaps[a * nHist1 + Math.min(Math.max(j - 1, 0), nHist1 - 1)];
  }
  const rowFrac = new Float64Array(k0);
  for (let a = 0; a < k0; a++) rowFrac[a] = a / k0;
  const colFrac = new Float64Array(k1);
  for (let b = 0; b < k1; b++) colFrac[b] = b / k1;
  const out = new Float64Array(h * w);
  const f = Math.fround;
  for (let y = 0; y < h; y++) {
    const py = y + start0;
    const i = Math.floor(py / k0);
    const ry = rowFrac[py - i * k0];
    const iy = 1 - ry;
    for (let x = 0; x < w; x++) {
      const px = x + start1;
      const j = Math.floor(px / k1);
      const cx = colFrac[px - j * k1];
      const ix = 1 - cx;
      const v = binned[py * pw + px];
      let acc = 0;
      acc = f(acc + f(maps[i * mw + j][v] * (ix * iy)));
      acc = f(acc + f(maps[i * mw + j + 1][v] * (cx * iy)));
      acc = f(acc + f(maps[(i + 1) * mw + j][v] * (ix * ry)));
      acc = f(acc + f(maps[(i + 1) * mw + j + 1][v] * (cx * ry)));
      out[y * w + x] = Math.trunc(acc);
    }
  }
  return out;
}

/** CLAHE of one gray image (any number of dimensions), float64 (or float32) in [0, 1]. */
function equalizeGray(img: NDArray, kernel: number | readonly number[] | null, clipLimit: number, nbins: number): NDArray {
  const floatDt = supportedFloat(img.dtype);
  const u16 = img_as_uint(img);
  const scaled = rescaleValues(contiguousStorage(u16), u16.dtype, "image", [0, NR_OF_GRAY - 1]);
  const fourteen = new Uint16Array(scaled.length);
  for (let i = 0; i < scaled.length; i++) fourteen[i] = rint(scaled[i]);
  const shape = img.shape.slice();
  let ks: number[];
  if (kernel === null) ks = shape.map((s) => Math.max(Math.floor(s / 8), 1));
  else if (typeof kernel === "number") ks = shape.map(() => kernel);
  else {
    if (kernel.length !== shape.length) throw new ValueError(`Incorrect value of \`kernel_size\`: [${kernel.join(", ")}]`);
    ks = kernel.map(Number);
  }
  ks = ks.map((k) => Math.trunc(k));
  if (ks.some((k) => k < 1)) throw new ValueError(`Incorrect value of \`kernel_size\`: [${ks.join(", ")}]`);
  const result = shape.length === 2
    ? clahe2d(fourteen, shape[0], shape[1], ks[0], ks[1], clipLimit, nbins)
    : claheNd(fourteen, shape, ks, clipLimit, nbins);
  if (floatDt === float32) for (let i = 0; i < result.length; i++) result[i] = Math.fround(result[i]);
  const out = rescaleValues(result, floatDt, "image", "dtype");
  return NDArray.fromStorage(floatDt === float32 ? new Float32Array(out) : out, shape, floatDt);
}

/**
 * `skimage.exposure.equalize_adapthist(image, kernel_size=None, clip_limit=0.01, nbins=256)`:
 * Contrast Limited Adaptive Histogram Equalization. `kernel_size` is the tile shape (default
 * 1/8 of each side), `clip_limit` the normalised clipping limit (0: plain AHE), `nbins` the
 * histogram levels. RGB(A) images are equalised on the HSV value channel (alpha dropped).
 * Returns float64 in [0, 1] (float32 for float32 input).
 */
export function equalize_adapthist(
  image: NDArrayLike,
  ...rest: PyArgs<[kernel_size: number | readonly number[] | null, clip_limit: number, nbins: number, options: EqualizeAdapthistOptions], EqualizeAdapthistOptions>
): NDArray;
export function equalize_adapthist(...args: unknown[]): NDArray {
  const { image, kernel_size, clip_limit, nbins } = ADAPTHIST.bind(args);
  const img = asNDArray(image as NDArrayLike);
  if (img.ndim === 3 && (img.shape[2] === 3 || img.shape[2] === 4)) {
    const rgb = img.shape[2] === 4 ? img.get(":", ":", ":3") : img;
    const hsv = rgb2hsv(rgb);
    const [h, w] = hsv.shape;
    const data = contiguousStorage(hsv).slice();
    const value = new (data.constructor as Float64ArrayConstructor)(h * w);
    for (let i = 0; i < h * w; i++) value[i] = data[3 * i + 2];
    const eq = equalizeGray(NDArray.fromStorage(value, [h, w], hsv.dtype), kernel_size, clip_limit, nbins);
    const ev = contiguousStorage(eq);
    for (let i = 0; i < h * w; i++) data[3 * i + 2] = ev[i];
    return hsv2rgb(NDArray.fromStorage(data, hsv.shape.slice(), hsv.dtype));
  }
  return equalizeGray(img, kernel_size, clip_limit, nbins);
}
pyfunction(ADAPTHIST, equalize_adapthist);


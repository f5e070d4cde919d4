/**
 * imshow's pixel pipeline: 2-D data through vmin/vmax normalisation and a colormap, RGB(A)
 * float data clipped to [0, 1], integer RGB(A) shown as is; then an optional box downsample.
 */
import { NDArray } from "../np/ndarray";
import { contiguousStorage } from "../np/contiguous";
import { ValueError, PyTypeError } from "../errors";
import { NDArrayLike, finiteRange, readArray } from "./data";
import { Colormap, lookupCmap as get_cmap, lutIndex } from "./colormaps";

/** RGBA pixels ready for a PNG, with the normalisation that produced them. */
export interface RgbaImage {
  rgba: Uint8Array;
  width: number;
  height: number;
  /** For 2-D data: the colormap and limits used (what a colorbar shows). */
  mapped?: { cmap: Colormap; vmin: number; vmax: number };
}

/** Options of imshow's color mapping. */
export interface MapOptions {
  cmap?: string | Colormap;
  vmin?: number | null;
  vmax?: number | null;
}

function storageOf(X: NDArrayLike): { values: ArrayLike<number>; shape: number[]; integer: boolean } {
  if (X instanceof NDArray) {
    return { values: contiguousStorage(X), shape: X.shape.slice(), integer: X.dtype.kind !== "f" };
  }
  const { values, shape } = readArray(X, "X");
  return { values, shape, integer: false };
}

/** Colormaps 2-D data with matplotlib's Normalize (limits default to the finite data range). */
function mapScalar(values: ArrayLike<number>, height: number, width: number, opts: MapOptions, defaultCmap: string): RgbaImage {
  const cmap = get_cmap(opts.cmap ?? defaultCmap);
  let vmin = opts.vmin ?? NaN;
  let vmax = opts.vmax ?? NaN;
  if (opts.vmin == null || opts.vmax == null) {
    const [lo, hi] = finiteRange(values);
    if (opts.vmin == null) vmin = Number.isNaN(lo) ? 0 : lo;
    if (opts.vmax == null) vmax = Number.isNaN(hi) ? 1 : hi;
  }
  if (vmin > vmax) throw new ValueError("minvalue must be less than or equal to maxvalue");
  const n = height * width;
  const rgba = new Uint8Array(n * 4);
  const lut = cmap.lut;
  const N = cmap.N;
  const span = vmax - vmin;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const x = span === 0 ? (v !== v ? NaN : 0) : (v - vmin) / span;
    const k = lutIndex(x, N);
    const o = i * 4;
    if (k < 0) continue; // "bad" values stay transparent
    rgba[o] = lut[k * 3];
    rgba[o + 1] = lut[k * 3 + 1];
    rgba[o + 2] = lut[k * 3 + 2];
    rgba[o + 3] = 255;
  }
  return { rgba, width, height, mapped: { cmap, vmin, vmax } };
}

/** Direct color data: floats clipped to [0, 1] and scaled by 255 (truncating), integers clipped to [0, 255]. */
function directColor(values: ArrayLike<number>, height: number, width: number, channels: number, integer: boolean): RgbaImage {
  const n = height * width;
  const rgba = new Uint8Array(n * 4);
  if (values instanceof Uint8Array && integer) {
    for (let i = 0; i < n; i++) {
      const s = i * channels;
      const o = i * 4;
      rgba[o] = values[s];
      rgba[o + 1] = values[s + 1];
      rgba[o + 2] = values[s + 2];
      rgba[o + 3] = channels === 4 ? values[s + 3] : 255;
    }
    return { rgba, width, height };
  }
  for (let i = 0; i < n; i++) {
    const s = i * channels;
    const o = i * 4;
    for (let c = 0; c < channels; c++) {
      let v = values[s + c];
      if (integer) v = v < 0 ? 0 : v > 255 ? 255 : v;
      else v = v !== v || v < 0 ? 0 : v > 1 ? 255 : Math.trunc(v * 255);
      rgba[o + c] = v;
    }
    if (channels === 3) rgba[o + 3] = 255;
  }
  return { rgba, width, height };
}

/** Turns imshow's X ((M, N), (M, N, 3) or (M, N, 4)) into RGBA pixels. */
export function toRgba(X: NDArrayLike, opts: MapOptions, defaultCmap: string): RgbaImage {
  const { values, shape, integer } = storageOf(X);
  if (shape.length === 2) return mapScalar(values, shape[0], shape[1], opts, defaultCmap);
  if (shape.length === 3 && shape[2] === 1) return mapScalar(values, shape[0], shape[1], opts, defaultCmap);
  if (shape.length === 3 && (shape[2] === 3 || shape[2] === 4)) return directColor(values, shape[0], shape[1], shape[2], integer);
  throw new PyTypeError(`Invalid shape (${shape.join(", ")}${shape.length === 1 ? "," : ""}) for image data`);
}

/** Per output index along one axis: first source index and the coverage weights (sum 1). */
function areaWeights(src: number, dst: number): { start: Int32Array; weights: Float64Array[] } {
  const scale = src / dst;
  const start = new Int32Array(dst);
  const weights: Float64Array[] = [];
  for (let o = 0; o < dst; o++) {
    const a = o * scale;
    const b = Math.min(src, (o + 1) * scale);
    const i0 = Math.floor(a);
    const i1 = Math.min(src, Math.ceil(b));
    const w = new Float64Array(i1 - i0);
    for (let i = i0; i < i1; i++) w[i - i0] = (Math.min(b, i + 1) - Math.max(a, i)) / (b - a);
    start[o] = i0;
    weights.push(w);
  }
  return { start, weights };
}

/**
 * Area-averages RGBA pixels down to width x height (each output pixel is the mean of the source
 * area it covers, fractional edges weighted): what a screen shows of an image larger than it.
 */
export function downsample(img: RgbaImage, width: number, height: number): RgbaImage {
  if (width >= img.width && height >= img.height) return img;
  const src = img.rgba;
  const W = img.width;
  const H = img.height;
  const xs = areaWeights(W, width);
  const ys = areaWeights(H, height);
  // horizontal pass into floats, then vertical pass into bytes
  const mid = new Float32Array(H * width * 4);
  for (let y = 0; y < H; y++) {
    const rowIn = y * W * 4;
    const rowOut = y * width * 4;
    for (let ox = 0; ox < width; ox++) {
      const w = xs.weights[ox];
      let p = rowIn + xs.start[ox] * 4;
      let r = 0, g = 0, b = 0, a = 0;
      for (let k = 0; k < w.length; k++, p += 4) {
        const c = w[k];
        r += src[p] * c;
        g += src[p + 1] * c;
        b += src[p + 2] * c;
        a += src[p + 3] * c;
      }
      const o = rowOut + ox * 4;
      mid[o] = r;
      mid[o + 1] = g;
      mid[o + 2] = b;
      mid[o + 3] = a;
    }
  }
  const out = new Uint8Array(width * height * 4);
  const rowLen = width * 4;
  const acc = new Float64Array(rowLen);
  for (let oy = 0; oy < height; oy++) {
    acc.fill(0);
    const w = ys.weights[oy];
    for (let k = 0; k < w.length; k++) {
      const c = w[k];
      const base = (ys.start[oy] + k) * rowLen;
      for (let i = 0; i < rowLen; i++) acc[i] += mid[base + i] * c;
    }
    const o = oy * rowLen;
    for (let i = 0; i < rowLen; i++) out[o + i] = Math.round(acc[i]);
  }
  return { rgba: out, width, height, mapped: img.mapped };
}

/**
 * Repeats every pixel f x f times (nearest neighbour): an image smaller than its drawn size
 * stays crisp, as matplotlib's default interpolation shows it, instead of being blurred by the
 * SVG / canvas renderer's smoothing.
 */
export function upsample(img: RgbaImage, f: number): RgbaImage {
  if (f <= 1) return img;
  const width = img.width * f;
  const height = img.height * f;
  const out = new Uint8Array(width * height * 4);
  const src32 = new Uint32Array(img.rgba.buffer, img.rgba.byteOffset, img.width * img.height);
  const dst32 = new Uint32Array(out.buffer);
  for (let y = 0; y < img.height; y++) {
    const row = y * f * width;
    for (let x = 0; x < img.width; x++) {
      const v = src32[y * img.width + x];
      const o = row + x * f;
      for (let k = 0; k < f; k++) dst32[o + k] = v;
    }
    for (let k = 1; k < f; k++) out.copyWithin((row + k * width) * 4, row * 4, (row + width) * 4);
  }
  return { rgba: out, width, height, mapped: img.mapped };
}

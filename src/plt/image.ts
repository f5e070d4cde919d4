/**
 * imshow's pixel pipeline: 2-D data through vmin/vmax normalisation and a colormap, RGB(A)
 * float data clipped to [0, 1], integer RGB(A) shown as is; then an optional box downsample.
 */
import { NDArray } from "../np/ndarray";
import { contiguousStorage } from "../np/contiguous";
import { ValueError, PyTypeError } from "../errors";
import { NDArrayLike, finiteRange, readArray } from "./data";
import { Colormap, lookupCmap as get_cmap, lutIndex } from "./colormaps";
import type { Normalize } from "./norms";

/** RGBA pixels ready for a PNG, with the normalisation that produced them. */
export interface RgbaImage {
  rgba: Uint8Array;
  width: number;
  height: number;
  /** For 2-D data: the colormap and limits used (what a colorbar shows). */
  mapped?: { cmap: Colormap; vmin: number; vmax: number; norm?: Normalize };
}

/** Options of imshow's color mapping. */
export interface MapOptions {
  cmap?: string | Colormap;
  vmin?: number | null;
  vmax?: number | null;
  /** A norm object (matplotlib.colors.Normalize and kin): its limits and mapping instead of vmin / vmax. */
  norm?: Normalize | null;
}

export function storageOf(X: NDArrayLike): { values: ArrayLike<number>; shape: number[]; integer: boolean } {
  if (X instanceof NDArray) {
    return { values: contiguousStorage(X), shape: X.shape.slice(), integer: X.dtype.kind !== "f" };
  }
  const { values, shape } = readArray(X, "X");
  return { values, shape, integer: false };
}

/** matplotlib's Normalize limits for 2-D data: vmin/vmax, defaulting to the finite data range. */
export function normLimits(values: ArrayLike<number>, opts: MapOptions): { vmin: number; vmax: number } {
  if (opts.norm) {
    opts.norm._prepare(values);
    return { vmin: opts.norm.vmin!, vmax: opts.norm.vmax! };
  }
  let vmin = opts.vmin ?? NaN;
  let vmax = opts.vmax ?? NaN;
  if (opts.vmin == null || opts.vmax == null) {
    const [lo, hi] = finiteRange(values);
    if (opts.vmin == null) vmin = Number.isNaN(lo) ? 0 : lo;
    if (opts.vmax == null) vmax = Number.isNaN(hi) ? 1 : hi;
  }
  if (vmin > vmax) throw new ValueError("minvalue must be less than or equal to maxvalue");
  return { vmin, vmax };
}

/** Colormaps 2-D data with matplotlib's Normalize (limits default to the finite data range). */
export function mapScalar(values: ArrayLike<number>, height: number, width: number, opts: MapOptions, defaultCmap: string, limits = normLimits(values, opts)): RgbaImage {
  const cmap = get_cmap(opts.cmap ?? defaultCmap);
  const { vmin, vmax } = limits;
  const n = height * width;
  const rgba = new Uint8Array(n * 4);
  const lut = cmap.lut;
  const N = cmap.N;
  const span = vmax - vmin;
  const norm = opts.norm;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const x = norm ? norm._position(v) : span === 0 ? (v !== v ? NaN : 0) : (v - vmin) / span;
    const k = lutIndex(x, N);
    const o = i * 4;
    if (k < 0) continue; // "bad" values stay transparent
    rgba[o] = lut[k * 3];
    rgba[o + 1] = lut[k * 3 + 1];
    rgba[o + 2] = lut[k * 3 + 2];
    rgba[o + 3] = 255;
  }
  return { rgba, width, height, mapped: norm ? { cmap, vmin, vmax, norm } : { cmap, vmin, vmax } };
}

/** Direct color data: floats clipped to [0, 1] and scaled by 255 (truncating), integers clipped to [0, 255]. */
export function directColor(values: ArrayLike<number>, height: number, width: number, channels: number, integer: boolean): RgbaImage {
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

/**
 * Local thresholds (scikit-image 0.19): threshold_local (a threshold image from a Gaussian,
 * mean, median or custom window statistic), threshold_niblack and threshold_sauvola.
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { NdMode } from "../_internal/boundary";
import { dtype_limits } from "../util/dtype";
import { footprintFrom, rankFilter } from "./_rank_filter";
import { uniformFilter } from "./_uniform";
import { meanStd } from "./sparse";
import { smooth } from "./_smooth";
import { roundingFor } from "../_internal/rounding";

const MODES: readonly string[] = ["reflect", "constant", "nearest", "mirror", "wrap"];

const LOCAL = signature("skimage.filters.threshold_local(image, block_size=3, method='gaussian', offset=0, mode='reflect', param=None, cval=0)", {
  types: { image: "array_like", block_size: "int|sequence", method: "str", offset: "float", mode: "str", param: "any", cval: "float" },
  choices: { mode: MODES },
});

/** Keyword arguments of threshold_local. */
export interface ThresholdLocalOptions {
  block_size?: number | readonly number[];
  method?: "gaussian" | "mean" | "median" | "generic";
  offset?: number;
  mode?: NdMode;
  /** Gaussian sigma (default (block_size - 1) / 6), or the function of a window's values for 'generic'. */
  param?: number | readonly number[] | ((values: Float64Array) => number) | null;
  cval?: number;
}

/** Every window's values through `fn` (scipy.ndimage.generic_filter with a box footprint). */
function genericFilter(src: Float64Array, shape: readonly number[], sizes: readonly number[], fn: (v: Float64Array) => number, mode: NdMode, cval: number): Float64Array {
  const mask = new Uint8Array(sizes.reduce((a, b) => a * b, 1)).fill(1);
  const fp = footprintFrom(mask, sizes);
  // gather each neighbourhood through the rank filter's boundary handling, one rank at a time
  const columns = fp.offsets.map((o) => rankFilter(src, shape, { shape: sizes.slice(), offsets: [o] }, 0, mode, cval));
  const out = new Float64Array(src.length);
  const buf = new Float64Array(columns.length);
  for (let n = 0; n < out.length; n++) {
    for (let t = 0; t < columns.length; t++) buf[t] = columns[t][n];
    out[n] = Number(fn(buf));
  }
  return out;
}

/**
 * `skimage.filters.threshold_local(image, block_size=3, method='gaussian', offset=0,
 * mode='reflect', param=None, cval=0)`: a threshold per pixel, the weighted mean ('gaussian',
 * sigma = (block_size - 1) / 6 unless `param`), mean, median or `param(values)` ('generic') of
 * its odd-sized block, minus `offset`. Float64 (float32 for float32 images).
 */
export function threshold_local(
  image: NDArrayLike,
  ...rest: PyArgs<[block_size: number | readonly number[], method: "gaussian" | "mean" | "median" | "generic", offset: number, mode: NdMode, param: ThresholdLocalOptions["param"], cval: number, options: ThresholdLocalOptions], ThresholdLocalOptions>
): NDArray;
export function threshold_local(...args: unknown[]): NDArray {
  const { image, block_size, method, offset, mode, param, cval } = LOCAL.bind(args);
  const img = asNDArray(image as NDArrayLike);
  let sizes: number[];
  if (typeof block_size === "number") sizes = new Array(img.ndim).fill(block_size);
  else {
    if (block_size.length !== img.ndim) throw new ValueError("len(block_size) must equal image.ndim.");
    sizes = (block_size as number[]).slice();
  }
  if (sizes.some((b) => b % 2 === 0)) {
    throw new ValueError(`block_size must be odd! Given block_size (${sizes.join(", ")}${sizes.length === 1 ? "," : ""}) contains even values.`);
  }
  const single = img.dtype === float32;
  const round = roundingFor(single);
  const src = new Float64Array(contiguousStorage(img));
  let t: Float64Array;
  if (method === "gaussian") {
    const sigma = param === null ? sizes.map((b) => (b - 1) / 6.0) : typeof param === "number" ? new Array(img.ndim).fill(param) : (param as number[]).slice();
    t = smooth(src, img.shape, sigma, mode, cval, 4.0, single);
  } else if (method === "mean") {
    t = uniformFilter(src, img.shape, sizes, mode, cval, single ? Math.fround : undefined);
  } else if (method === "median") {
    const mask = new Uint8Array(sizes.reduce((a, b) => a * b, 1)).fill(1);
    t = rankFilter(src, img.shape, footprintFrom(mask, sizes), mask.length >> 1, mode, cval);
  } else if (method === "generic") {
    if (typeof param !== "function") throw new ValueError("method 'generic' needs a function as param");
    t = genericFilter(src, img.shape, sizes, param as (v: Float64Array) => number, mode, cval);
  } else {
    throw new ValueError("Invalid method specified. Please use `generic`, `gaussian`, `mean`, or `median`.");
  }
  for (let i = 0; i < t.length; i++) t[i] = round(round(t[i]) - offset);
  return NDArray.fromStorage(single ? new Float32Array(t) : t, img.shape.slice(), single ? float32 : float64);
}
pyfunction(LOCAL, threshold_local);

function windowOf(w: number | readonly number[], ndim: number): number[] {
  return typeof w === "number" ? new Array(ndim).fill(w) : w.slice();
}

const NIBLACK = signature("skimage.filters.threshold_niblack(image, window_size=15, k=0.2)", {
  types: { image: "array_like", window_size: "int|sequence", k: "float" },
});

/**
 * `skimage.filters.threshold_niblack(image, window_size=15, k=0.2)`: the local threshold
 * mean - k * std over odd windows. Float64 (float32 for float32 images).
 */
export function threshold_niblack(
  image: NDArrayLike,
  ...rest: PyArgs<[window_size: number | readonly number[], k: number, options: { window_size?: number | readonly number[]; k?: number }], { window_size?: number | readonly number[]; k?: number }>
): NDArray;
export function threshold_niblack(...args: unknown[]): NDArray {
  const { image, window_size, k } = NIBLACK.bind(args);
  const img = asNDArray(image as NDArrayLike);
  const { m, s, round } = meanStd(img, windowOf(window_size, img.ndim));
  for (let i = 0; i < m.length; i++) m[i] = round(m[i] - round(k * s[i]));
  const single = img.dtype === float32;
  return NDArray.fromStorage(single ? new Float32Array(m) : m, img.shape.slice(), single ? float32 : float64);
}
pyfunction(NIBLACK, threshold_niblack);

const SAUVOLA = signature("skimage.filters.threshold_sauvola(image, window_size=15, k=0.2, r=None)", {
  types: { image: "array_like", window_size: "int|sequence", k: "float", r: "float|None" },
});

/** Keyword arguments of threshold_sauvola. */
export interface SauvolaOptions {
  window_size?: number | readonly number[];
  k?: number;
  /** Dynamic range of the standard deviation (default half the dtype's range). */
  r?: number | null;
}

/**
 * `skimage.filters.threshold_sauvola(image, window_size=15, k=0.2, r=None)`: the local
 * threshold mean * (1 + k * (std / r - 1)). Float64 (float32 for float32 images).
 */
export function threshold_sauvola(
  image: NDArrayLike,
  ...rest: PyArgs<[window_size: number | readonly number[], k: number, r: number | null, options: SauvolaOptions], SauvolaOptions>
): NDArray;
export function threshold_sauvola(...args: unknown[]): NDArray {
  const { image, window_size, k, r: given } = SAUVOLA.bind(args);
  let r: number = given;
  const img = asNDArray(image as NDArrayLike);
  if (r === null) {
    const [lo, hi] = dtype_limits(img);
    r = 0.5 * (hi - lo);
  }
  const { m, s, round } = meanStd(img, windowOf(window_size, img.ndim));
  for (let i = 0; i < m.length; i++) m[i] = round(m[i] * round(1 + round(k * round(round(s[i] / r) - 1))));
  const single = img.dtype === float32;
  return NDArray.fromStorage(single ? new Float32Array(m) : m, img.shape.slice(), single ? float32 : float64);
}
pyfunction(SAUVOLA, threshold_sauvola);

/**
 * The sRGB transfer curves of scikit-image's rgb2xyz and xyz2rgb: x ** 2.4 and x ** (1 / 2.4)
 * computed as NumPy's exp(p log x), float32 images through powf. uint8 images decode through a
 * 256-entry table holding the same values.
 */
import { NDArray } from "../../np/ndarray";
import { uninitStorage } from "../../np/alloc";
import { releaseHeapArray } from "../../np/heap/heap";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64, uint8 } from "../../np/dtype";
import { npExp } from "../../np/ufuncs/exact/exp";
import { npLog } from "../../np/ufuncs/exact/log";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { expArray, expInto, logArray, logInto } from "../_internal/bulk_math";
import { roundingFor } from "../_internal/rounding";
import { img_as_float64 } from "../util/dtype";
import { colorLayout, prepareColorArray } from "./channels";
import { ENCODE_THRESHOLD, encodeSrgbSimd } from "./_srgb_simd";

const DECODE_THRESHOLD = 0.04045;

/** One sRGB value (float64) to linear light: NumPy's exp(2.4 log(...)) above the threshold. */
function decodeFloat64(x: number): number {
  return x > DECODE_THRESHOLD ? npExp(npLog((x + 0.055) / 1.055) * 2.4) : x / 12.92;
}

let byteTable: Float64Array | null = null;

/** Linear light of every uint8 value, after img_as_float as scikit-image converts it. */
function decodeTable(): Float64Array {
  if (byteTable === null) {
    const levels = NDArray.fromStorage(Uint8Array.from({ length: 256 }, (_, k) => k), [256], uint8);
    const scaled = img_as_float64(levels).data;
    byteTable = new Float64Array(256);
    for (let k = 0; k < 256; k++) byteTable[k] = decodeFloat64(scaled[k]);
  }
  return byteTable;
}

/**
 * x ** p for every value above `threshold` (others through `below`), in place. Float64 goes
 * through NumPy's vector exp and log over the whole array (exp(p log x), within a few ulp of
 * pow); float32 through powf per value.
 */
function powerAbove(values: Float64Array, single: boolean, threshold: number, pre: (x: number) => number, p: number, post: (x: number) => number, below: (x: number) => number): void {
  const n = values.length;
  if (single) {
    for (let i = 0; i < n; i++) values[i] = values[i] > threshold ? post(Math.fround(Math.fround(pre(values[i])) ** p)) : below(values[i]);
    return;
  }
  const picked = uninitStorage(Int32Array, n) as Int32Array;
  const base = uninitStorage(Float64Array, n) as Float64Array;
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (values[i] > threshold) {
      picked[m] = i;
      base[m++] = pre(values[i]);
    } else values[i] = below(values[i]);
  }
  const logs = logArray(base.subarray(0, m));
  for (let k = 0; k < m; k++) logs[k] *= p;
  const pw = expArray(logs);
  for (let k = 0; k < m; k++) values[picked[k]] = post(pw[k]);
}

/** sRGB to linear RGB, values of a float image (a float64 copy, float32-rounded for float32). */
export function linearRgb(input: NDArrayLike, channel_axis: number, name: string): NDArray {
  const arr = asNDArray(input, name);
  if (arr.dtype === uint8) {
    colorLayout(arr, channel_axis);
    const bytes = contiguousStorage(arr) as Uint8Array;
    const table = decodeTable();
    const out = uninitStorage(Float64Array, bytes.length) as Float64Array;
    for (let i = 0; i < bytes.length; i++) out[i] = table[bytes[i]];
    return NDArray.fromStorage(out, arr.shape.slice(), float64);
  }
  const { image } = prepareColorArray(arr, channel_axis);
  const single = image.dtype === float32;
  const values = uninitStorage(Float64Array, image.size) as Float64Array;
  values.set(contiguousStorage(image));
  const r = roundingFor(single);
  powerAbove(values, single, DECODE_THRESHOLD, (x) => r(r(x + 0.055) / 1.055), 2.4, (x) => x, (x) => r(x / 12.92));
  return NDArray.fromStorage(single ? new Float32Array(values) : values, image.shape.slice(), image.dtype);
}

/** Linear RGB to sRGB in place, clipped to [0, 1]. */
export function gammaEncodeAll(out: NDArray): NDArray {
  if (out.dtype === float64) {
    encodeFloat64(out.data as Float64Array);
    return out;
  }
  const single = out.dtype === float32;
  const r = roundingFor(single);
  const values = uninitStorage(Float64Array, out.size) as Float64Array;
  values.set(out.data);
  powerAbove(values, single, ENCODE_THRESHOLD, (x) => x, 1 / 2.4, (x) => r(r(1.055 * x) - 0.055), (x) => r(x * 12.92));
  const d = out.data;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    d[i] = x < 0 ? 0 : x > 1 ? 1 : x;
  }
  return out;
}

/** Values per block of encodeFloat64: its three blocks stay in the cache between passes. */
const BLOCK = 8192;

/**
 * gammaEncodeAll for float64 values `d`, in place: 1.055 * exp(log(x) / 2.4) - 0.055 above the
 * threshold (NumPy's log and exp, as the whole-array ufuncs give them), 12.92 x below, clipped
 * to [0, 1]; a block at a time, so the logs and powers never make arrays of the image's size.
 */
export function encodeFloat64(d: Float64Array): void {
  if (encodeSrgbSimd(d)) return;
  const n = d.length;
  const size = Math.min(BLOCK, n);
  const base = uninitStorage(Float64Array, size) as Float64Array;
  const pw = uninitStorage(Float64Array, size) as Float64Array;
  const p = 1 / 2.4;
  for (let start = 0; start < n; start += BLOCK) {
    const len = Math.min(BLOCK, n - start);
    // values at or below the threshold take log(1), unused
    for (let i = 0; i < len; i++) {
      const x = d[start + i];
      base[i] = x > ENCODE_THRESHOLD ? x : 1;
    }
    logInto(pw, base, len);
    for (let i = 0; i < len; i++) pw[i] *= p;
    expInto(base, pw, len);
    for (let i = 0; i < len; i++) {
      const x = d[start + i];
      const v = x > ENCODE_THRESHOLD ? 1.055 * base[i] - 0.055 : x * 12.92;
      d[start + i] = v < 0 ? 0 : v > 1 ? 1 : v;
    }
  }
  releaseHeapArray(base);
  releaseHeapArray(pw);
}

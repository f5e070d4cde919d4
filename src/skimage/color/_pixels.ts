/** Per-pixel colour transforms over any channel axis, in float64 (float32 kept as float32). */
import { NDArray } from "../../np/ndarray";
import { uninitStorage } from "../../np/alloc";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { prepareColorArray } from "./channels";
import { roundingFor } from "../_internal/rounding";

/** A pixel transform: reads in[0..2], writes out[0..2]; `r` rounds like the array's float type. */
export type PixelFn = (inp: Float64Array, out: Float64Array, r: (v: number) => number) => void;

/**
 * Applies `fn` to every pixel of a 3-channel image (after img_as_float). `float64Out`: the
 * result is float64 even for float32 images (a float32 @ float64 product in scikit-image).
 */
export function mapPixels(input: NDArrayLike, channel_axis: number, name: string, fn: PixelFn, float64Out = false): NDArray {
  const { image, layout } = prepareColorArray(asNDArray(input, name), channel_axis);
  const single = image.dtype === float32;
  const r = roundingFor(single);
  const src = contiguousStorage(image);
  const out = uninitStorage(single && !float64Out ? Float32Array : Float64Array, src.length);
  const { outer, inner } = layout;
  const a = new Float64Array(3);
  const b = new Float64Array(3);
  for (let o = 0; o < outer; o++) {
    const base = o * 3 * inner;
    for (let i = 0; i < inner; i++) {
      for (let c = 0; c < 3; c++) a[c] = src[base + c * inner + i];
      fn(a, b, r);
      for (let c = 0; c < 3; c++) out[base + c * inner + i] = b[c];
    }
  }
  return NDArray.fromStorage(out, image.shape.slice(), single && !float64Out ? float32 : float64);
}

/**
 * `mapPixels` with `matVec(m, ...)` as the transform, its loop written out (no per-pixel call):
 * the same products and roundings. `offsets`: subtracted from the three channels first, in
 * the image's float type (ycbcr2rgb's `arr[..., c] -= offset` on a float image).
 */
export function mapMatrix(input: NDArrayLike, channel_axis: number, name: string, m: readonly (readonly number[])[], offsets?: readonly number[]): NDArray {
  const { image, layout } = prepareColorArray(asNDArray(input, name), channel_axis);
  const single = image.dtype === float32;
  const r = roundingFor(single);
  const src = contiguousStorage(image);
  const out = uninitStorage(single ? Float32Array : Float64Array, src.length);
  const m00 = r(m[0][0]), m01 = r(m[0][1]), m02 = r(m[0][2]);
  const m10 = r(m[1][0]), m11 = r(m[1][1]), m12 = r(m[1][2]);
  const m20 = r(m[2][0]), m21 = r(m[2][1]), m22 = r(m[2][2]);
  const [d0, d1, d2] = offsets ?? [0, 0, 0];
  const { outer, inner } = layout;
  for (let o = 0; o < outer; o++) {
    const base = o * 3 * inner;
    for (let i = 0; i < inner; i++) {
      const p0 = base + i, p1 = p0 + inner, p2 = p1 + inner;
      let v0 = src[p0], v1 = src[p1], v2 = src[p2];
      if (offsets !== undefined) {
        v0 = single ? Math.fround(v0 - d0) : v0 - d0;
        v1 = single ? Math.fround(v1 - d1) : v1 - d1;
        v2 = single ? Math.fround(v2 - d2) : v2 - d2;
      }
      // float32 output storage rounds each result as r would
      out[p0] = v0 * m00 + v1 * m01 + v2 * m02;
      out[p1] = v0 * m10 + v1 * m11 + v2 * m12;
      out[p2] = v0 * m20 + v1 * m21 + v2 * m22;
    }
  }
  return NDArray.fromStorage(out, image.shape.slice(), single ? float32 : float64);
}

/**
 * out = m @ v (rows of m times the pixel). Float32 images: the matrix rounded to float32 and
 * the dot product rounded once, as a fused BLAS kernel gives it.
 */
export function matVec(m: readonly (readonly number[])[], v: Float64Array, out: Float64Array, r: (x: number) => number): void {
  for (let j = 0; j < 3; j++) out[j] = r(v[0] * r(m[j][0]) + v[1] * r(m[j][1]) + v[2] * r(m[j][2]));
}

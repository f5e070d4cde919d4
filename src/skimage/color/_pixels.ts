/** Per-pixel colour transforms over any channel axis, in float64 (float32 kept as float32). */
import { NDArray } from "../../np/ndarray";
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
  const out = single && !float64Out ? new Float32Array(src.length) : new Float64Array(src.length);
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
 * out = m @ v (rows of m times the pixel). Float32 images: the matrix rounded to float32 and
 * the dot product rounded once, as a fused BLAS kernel gives it.
 */
export function matVec(m: readonly (readonly number[])[], v: Float64Array, out: Float64Array, r: (x: number) => number): void {
  for (let j = 0; j < 3; j++) out[j] = r(v[0] * r(m[j][0]) + v[1] * r(m[j][1]) + v[2] * r(m[j][2]));
}

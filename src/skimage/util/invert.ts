/** `skimage.util.invert` (0.19). */
import { NDArray } from "../../np/ndarray";
import { uninitStorage } from "../../np/alloc";
import { invertBytesSimd } from "../_internal/simd_bytes";
import { contiguousStorage } from "../../np/contiguous";
import { pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { dtype_limits } from "./dtype";

/** out = 255 - src, four bytes at a time (V8 keeps 32-bit words in registers; no lane borrows: 255 - b >= 0). */
function invertBytes(src: Uint8Array, out: Uint8Array): void {
  const n = src.length;
  let i = 0;
  if (invertBytesSimd(src, out)) i = n - (n % 16);
  else if (src.byteOffset % 4 === 0 && out.byteOffset % 4 === 0) {
    const words = n >> 2;
    const a = new Uint32Array(src.buffer, src.byteOffset, words);
    const o = new Uint32Array(out.buffer, out.byteOffset, words);
    for (let k = 0; k < words; k++) o[k] = ~a[k];
    i = words << 2;
  }
  for (; i < n; i++) out[i] = 255 - src[i];
}

const INVERT = signature("skimage.util.invert(image, signed_float=False)", {
  types: { image: "array_like", signed_float: "bool" },
});

/**
 * `skimage.util.invert(image, signed_float=False)`: the image inverted within its dtype's
 * range: max - x for unsigned integers, -1 - x for signed integers, 1 - x for floats (-x with
 * `signed_float`), not x for bool. Same dtype out.
 */
export function invert(image: NDArrayLike, options?: { signed_float?: boolean }): NDArray;
export function invert(...args: unknown[]): NDArray {
  const { image, signed_float } = INVERT.bind(args);
  const img = asNDArray(image as NDArrayLike);
  const src = contiguousStorage(img);
  const out = uninitStorage(img.dtype.storage, src.length);
  const kind = img.dtype.kind;
  if (kind === "b") for (let i = 0; i < src.length; i++) out[i] = src[i] ? 0 : 1;
  else if (src instanceof Uint8Array) invertBytes(src, out as Uint8Array);
  else if (kind === "u") {
    const max = dtype_limits(img)[1];
    for (let i = 0; i < src.length; i++) out[i] = max - src[i];
  } else if (kind === "i") for (let i = 0; i < src.length; i++) out[i] = -1 - src[i];
  else if (signed_float) for (let i = 0; i < src.length; i++) out[i] = -src[i];
  else for (let i = 0; i < src.length; i++) out[i] = 1 - src[i];
  return NDArray.fromStorage(out, img.shape.slice(), img.dtype);
}
pyfunction(INVERT, invert);

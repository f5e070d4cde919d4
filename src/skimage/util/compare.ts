/** `skimage.util.compare_images` (0.19). */
import { NDArray } from "../../np/ndarray";
import { uninitStorage } from "../../np/alloc";
import { contiguousStorage } from "../../np/contiguous";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { img_as_float } from "./dtype";

const COMPARE = signature("skimage.util.compare_images(image1, image2, method='diff', *, n_tiles=(8, 8))", {
  types: { image1: "array_like", image2: "array_like", method: "str", n_tiles: "sequence" },
  choices: { method: ["diff", "blend", "checkerboard"] },
});

/** Keyword arguments of compare_images. */
export interface CompareImagesOptions {
  method?: "diff" | "blend" | "checkerboard";
  /** Tiles per axis for 'checkerboard'. */
  n_tiles?: readonly [number, number];
}

/** out = |y - x| of float64 images (a loop of its own stays monomorphic). */
function absDiff(x: Float64Array, y: Float64Array, out: Float64Array): void {
  for (let i = 0; i < x.length; i++) out[i] = Math.abs(y[i] - x[i]);
}

/**
 * `skimage.util.compare_images(image1, image2, method='diff', *, n_tiles=(8, 8))`: an image
 * showing how two images differ: |image2 - image1| ('diff'), their average ('blend'), or
 * alternating tiles of each ('checkerboard', 2-D images). After img_as_float.
 */
export function compare_images(
  image1: NDArrayLike, image2: NDArrayLike,
  ...rest: PyArgs<[method: CompareImagesOptions["method"], options: CompareImagesOptions], CompareImagesOptions>
): NDArray;
export function compare_images(...args: unknown[]): NDArray {
  const b = COMPARE.bind(args);
  const a1 = asNDArray(b.image1 as NDArrayLike, "image1");
  const a2 = asNDArray(b.image2 as NDArrayLike, "image2");
  if (a1.ndim !== a2.ndim || a1.shape.some((d, k) => d !== a2.shape[k])) throw new ValueError("Images must have the same shape.");
  const f1 = img_as_float(a1);
  const f2 = img_as_float(a2);
  const x = contiguousStorage(f1);
  const y = contiguousStorage(f2);
  // float32 only when both are float32 (NumPy's promotion)
  const single = f1.dtype === float32 && f2.dtype === float32;
  const out = uninitStorage(single ? Float32Array : Float64Array, x.length);
  if (b.method === "diff" && x instanceof Float64Array && y instanceof Float64Array) absDiff(x, y, out as Float64Array);
  else if (b.method === "diff") for (let i = 0; i < x.length; i++) out[i] = Math.abs(y[i] - x[i]);
  else if (b.method === "blend") for (let i = 0; i < x.length; i++) out[i] = 0.5 * (single ? Math.fround(y[i] + x[i]) : y[i] + x[i]);
  else {
    if (f1.ndim !== 2) throw new ValueError(`too many values to unpack (expected 2)`);
    const [h, w] = f1.shape;
    const [tr, tc] = b.n_tiles as number[];
    const sx = Math.trunc(h / tr);
    const sy = Math.trunc(w / tc);
    for (let r = 0; r < h; r++) {
      for (let c = 0; c < w; c++) {
        const i = Math.floor(r / sx);
        const j = Math.floor(c / sy);
        // tiles past the n_tiles grid (remainder rows/columns) take image2
        const first = sx > 0 && sy > 0 && i < tr && j < tc && (i + j) % 2 === 0;
        out[r * w + c] = first ? x[r * w + c] : y[r * w + c];
      }
    }
    // zeros_like(img1): image1's float type
    return NDArray.fromStorage(f1.dtype === float32 ? new Float32Array(out) : Float64Array.from(out), f1.shape.slice(), f1.dtype);
  }
  return NDArray.fromStorage(out, f1.shape.slice(), single ? float32 : float64);
}
pyfunction(COMPARE, compare_images);

/** `skimage.filters.apply_hysteresis_threshold` (0.19). */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { bool } from "../../np/dtype";
import { broadcast_to } from "../../np/manipulate";
import { pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { stridesOf } from "./sparse";

const HYSTERESIS = signature("skimage.filters.apply_hysteresis_threshold(image, low, high)", {
  types: { image: "array_like", low: "array_like", high: "array_like" },
});

function levels(x: NDArrayLike, shape: readonly number[]): ArrayLike<number> {
  return contiguousStorage(broadcast_to(asNDArray(x, "threshold"), shape as number[]));
}

/**
 * `skimage.filters.apply_hysteresis_threshold(image, low, high)`: true where the image exceeds
 * `low` in a face-connected region (scipy.ndimage.label's default structure) that has a pixel
 * above `high`. `low` and `high` are numbers or arrays broadcasting to the image.
 */
export function apply_hysteresis_threshold(image: NDArrayLike, low: NDArrayLike, high: NDArrayLike): NDArray;
export function apply_hysteresis_threshold(...args: unknown[]): NDArray {
  const { image, low, high } = HYSTERESIS.bind(args);
  const img = asNDArray(image as NDArrayLike);
  const shape = img.shape;
  const v = contiguousStorage(img);
  const n = v.length;
  const above = new Uint8Array(n);
  const out = new Uint8Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  // low is clipped to high; pixels above high seed the regions above low
  if (typeof low === "number" && typeof high === "number") {
    const lo = Math.min(low, high);
    for (let i = 0; i < n; i++) {
      if (v[i] > lo) above[i] = 1;
      if (v[i] > high) {
        out[i] = 1;
        stack[top++] = i;
      }
    }
  } else {
    const lo = levels(low, shape);
    const hi = levels(high, shape);
    for (let i = 0; i < n; i++) {
      if (v[i] > Math.min(lo[i], hi[i])) above[i] = 1;
      if (v[i] > hi[i]) {
        out[i] = 1;
        stack[top++] = i;
      }
    }
  }
  const strides = stridesOf(shape);
  const ndim = shape.length;
  const visit = (q: number) => {
    if (above[q] && !out[q]) {
      out[q] = 1;
      stack[top++] = q;
    }
  };
  if (ndim === 2) {
    const [h, w] = shape;
    while (top > 0) {
      const p = stack[--top];
      const r = (p / w) | 0;
      const c = p - r * w;
      if (r > 0) visit(p - w);
      if (r < h - 1) visit(p + w);
      if (c > 0) visit(p - 1);
      if (c < w - 1) visit(p + 1);
    }
  } else {
    while (top > 0) {
      const p = stack[--top];
      for (let k = 0; k < ndim; k++) {
        const pos = Math.floor(p / strides[k]) % shape[k];
        if (pos > 0) visit(p - strides[k]);
        if (pos < shape[k] - 1) visit(p + strides[k]);
      }
    }
  }
  return NDArray.fromStorage(out, shape.slice(), bool);
}
pyfunction(HYSTERESIS, apply_hysteresis_threshold);

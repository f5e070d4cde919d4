/** `skimage.filters.rank_order` (0.19). */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { uint32 } from "../../np/dtype";
import { pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";

const RANK_ORDER = signature("skimage.filters.rank_order(image)", { types: { image: "array_like" } });

/**
 * `skimage.filters.rank_order(image)`: `[int_image, original_values]`: each pixel replaced by
 * the rank of its value among the image's distinct values (uint32, 0 for the smallest), and
 * those distinct values in increasing order (the image's dtype).
 */
export function rank_order(image: NDArrayLike): [NDArray, NDArray];
export function rank_order(...args: unknown[]): [NDArray, NDArray] {
  const { image } = RANK_ORDER.bind(args);
  const img = asNDArray(image as NDArrayLike);
  const v = contiguousStorage(img);
  const order = Array.from({ length: v.length }, (_, i) => i).sort((a, b) => v[a] - v[b] || a - b);
  const ranks = new Uint32Array(v.length);
  const values: number[] = [];
  order.forEach((i, k) => {
    if (k === 0 || v[i] !== v[order[k - 1]]) values.push(v[i]);
    ranks[i] = values.length - 1;
  });
  const orig = new img.dtype.storage(values.length);
  orig.set(values);
  return [NDArray.fromStorage(ranks, img.shape.slice(), uint32), NDArray.fromStorage(orig, [values.length], img.dtype)];
}
pyfunction(RANK_ORDER, rank_order);

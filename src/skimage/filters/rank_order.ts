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
  const ranks = new Uint32Array(v.length);
  const values = smallIntegerRanks(v, ranks) ?? sortedRanks(v, ranks) ?? stableRanks(v, ranks);
  const orig = new img.dtype.storage(values.length);
  orig.set(values);
  return [NDArray.fromStorage(ranks, img.shape.slice(), uint32), NDArray.fromStorage(orig, [values.length], img.dtype)];
}
pyfunction(RANK_ORDER, rank_order);

/** 8- and 16-bit integers (and bool): ranks from a table over the whole value range. */
function smallIntegerRanks(v: ArrayLike<number>, ranks: Uint32Array): number[] | null {
  let bias: number;
  if (v instanceof Uint8Array || v instanceof Uint16Array) bias = 0;
  else if (v instanceof Int8Array) bias = 128;
  else if (v instanceof Int16Array) bias = 32768;
  else return null;
  const span = v instanceof Uint8Array || v instanceof Int8Array ? 256 : 65536;
  const table = new Int32Array(span);
  for (let i = 0; i < v.length; i++) table[v[i] + bias] = 1;
  const values: number[] = [];
  for (let k = 0; k < span; k++) {
    if (table[k] === 0) continue;
    table[k] = values.length;
    values.push(k - bias);
  }
  for (let i = 0; i < v.length; i++) ranks[i] = table[v[i] + bias];
  return values;
}

/**
 * Any other values without NaN or negative zero: the distinct values from a sorted copy, each
 * pixel's rank by binary search among them.
 */
function sortedRanks(v: ArrayLike<number>, ranks: Uint32Array): number[] | null {
  const sorted = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (x !== x || (x === 0 && 1 / x < 0)) return null;
    sorted[i] = x;
  }
  sorted.sort();
  const values: number[] = [];
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) values.push(sorted[k]);
  const distinct = Float64Array.from(values);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    let lo = 0;
    let hi = distinct.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo;
  }
  return values;
}

/** The general case: a stable sort of the indices (NaN and signed zeros keep their old ranks). */
function stableRanks(v: ArrayLike<number>, ranks: Uint32Array): number[] {
  const order = Array.from({ length: v.length }, (_, i) => i).sort((a, b) => v[a] - v[b] || a - b);
  const values: number[] = [];
  order.forEach((i, k) => {
    if (k === 0 || v[i] !== v[order[k - 1]]) values.push(v[i]);
    ranks[i] = values.length - 1;
  });
  return values;
}

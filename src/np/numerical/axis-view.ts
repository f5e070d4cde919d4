/**
 * Helpers the numerical functions share: slicing one axis (`a[..., 1:]` as NumPy's code
 * writes it) and a float64 copy with one axis last, row by row.
 */
import { DType, float32, float64 } from "../dtype";
import { NDArray, cContiguousStrides } from "../ndarray";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";
import { IndexElement } from "../indexing/parse";

/** `a[(slice(None),) * axis + (key,)]`: the key applied to one axis only. */
export function alongAxis(a: NDArray, axis: number, key: IndexElement): NDArray {
  const index: IndexElement[] = new Array(axis).fill(":");
  index.push(key);
  return a.get(...index);
}

/** The float type NumPy computes a float result in: float32 stays, everything else is float64. */
export function floatResult(d: DType): DType {
  return d === float32 ? float32 : float64;
}

/** A's values as float64 with `axis` moved last: rows of length n, and the shape moved. */
export function rowsLast(a: NDArray, axis: number): { data: Float64Array; n: number; rows: number; shape: number[] } {
  const perm = Array.from({ length: a.ndim }, (_, i) => i).filter((i) => i !== axis);
  perm.push(axis);
  const moved = a.transpose(perm);
  const data = Float64Array.from(contiguousStorage(astype(moved, float64)) as Float64Array);
  const n = a.shape[axis];
  return { data, n, rows: n === 0 ? 0 : data.length / n, shape: moved.shape.slice() };
}

/** The inverse of rowsLast: values laid out with the axis last, back in the original axis order. */
export function fromRowsLast(data: Float64Array, shape: readonly number[], axis: number, dt: DType): NDArray {
  let storage: NDArray["data"] = data;
  if (dt !== float64) {
    storage = new dt.storage(data.length);
    (storage as Float32Array).set(data);
  }
  const last = new NDArray(storage, shape, cContiguousStrides(shape), 0, dt);
  const ndim = shape.length;
  const perm = Array.from({ length: ndim }, (_, i) => (i < axis ? i : i === axis ? ndim - 1 : i - 1));
  return last.transpose(perm);
}

/**
 * The common indices without the general parser: one element by integers (`a[5]`, `X[2, 1]`)
 * and views by integers, slices and np.newaxis (`X[:, 0]`, `a[::-1]`, `a[:, np.newaxis]`).
 * Anything else, and every index the general parser would refuse, answers null so that the
 * parser runs and reports the error as it does.
 */
import { NDArray } from "../ndarray";
import { viewOf } from "../flags";
import { IndexElement, Slice, sliceIndices, sliceOf } from "./parse";

/** The buffer position of `a[index]` when the index is one in-bounds integer per axis, else -1. */
export function elementPosition(a: NDArray, index: readonly IndexElement[]): number {
  const ndim = a.shape.length;
  if (index.length !== ndim) return -1;
  let at = a.offset;
  for (let axis = 0; axis < ndim; axis++) {
    const i = index[axis];
    const size = a.shape[axis];
    if (typeof i !== "number" || !Number.isInteger(i) || i < -size || i >= size) return -1;
    at += (i < 0 ? i + size : i) * a.strides[axis];
  }
  return at;
}

/**
 * The view `a[index]` when every element is an in-bounds integer, a slice (string or Slice)
 * or np.newaxis (null), and they index no more axes than `a` has; else null.
 */
export function basicView(a: NDArray, index: readonly IndexElement[]): NDArray | null {
  const ndim = a.shape.length;
  let consumed = 0;
  for (let k = 0; k < index.length; k++) {
    const el = index[k];
    if (el === null) continue;
    if (typeof el === "number" ? !Number.isInteger(el) : typeof el === "string" ? el === "..." : !(el instanceof Slice)) return null;
    consumed++;
  }
  if (consumed > ndim) return null;
  const shape: number[] = [];
  const strides: number[] = [];
  let offset = a.offset;
  let axis = 0;
  for (let k = 0; k < index.length; k++) {
    const el = index[k];
    if (el === null) {
      shape.push(1);
      strides.push(0);
    } else if (typeof el === "number") {
      const size = a.shape[axis];
      if (el < -size || el >= size) return null;
      offset += (el < 0 ? el + size : el) * a.strides[axis];
      axis++;
    } else {
      const { start, step, length } = sliceIndices(typeof el === "string" ? sliceOf(el) : (el as Slice), a.shape[axis]);
      if (length > 0) offset += start * a.strides[axis];
      shape.push(length);
      strides.push(a.strides[axis] * step);
      axis++;
    }
  }
  for (; axis < ndim; axis++) {
    shape.push(a.shape[axis]);
    strides.push(a.strides[axis]);
  }
  return viewOf(a, new NDArray(a.data, shape, strides, offset, a.dtype));
}

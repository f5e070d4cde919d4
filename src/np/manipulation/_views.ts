/**
 * Views along one axis, the building blocks of the shape functions: a slice of an axis, an
 * axis reversed, an axis taken at one index.
 */
import { NDArray } from "../ndarray";
import { viewOf } from "../flags";
import { int64 } from "../dtype";
import { IndexElement } from "../indexing/parse";
import { getItem } from "../indexing/access";

/** `a[..., start:stop:step, ...]` along `axis` (start/stop already within bounds, step > 0 or < 0). */
export function axisSlice(a: NDArray, axis: number, start: number, stop: number, step = 1): NDArray {
  const length = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
  const shape = a.shape.slice();
  const strides = a.strides.slice();
  shape[axis] = length;
  strides[axis] = a.strides[axis] * step;
  const offset = length === 0 ? a.offset : a.offset + start * a.strides[axis];
  return viewOf(a, new NDArray(a.data, shape, strides, offset, a.dtype));
}

/** `a` with the given (normalised) axes reversed: a view with negative strides. */
export function reversedAxes(a: NDArray, axes: readonly number[]): NDArray {
  const strides = a.strides.slice();
  let offset = a.offset;
  for (const ax of axes) {
    const n = a.shape[ax];
    if (n > 0) offset += (n - 1) * a.strides[ax];
    strides[ax] = -a.strides[ax];
  }
  return viewOf(a, new NDArray(a.data, a.shape, strides, offset, a.dtype));
}

/** `a[...]`: a new view of the same elements. */
export function sameView(a: NDArray): NDArray {
  return viewOf(a, new NDArray(a.data, a.shape, a.strides, a.offset, a.dtype));
}

/** `a[..., idx, ...]` along `axis` with an integer index list (a copy, in the order given). */
export function gatherAxis(a: NDArray, axis: number, idx: readonly number[]): NDArray {
  const index: IndexElement[] = new Array<IndexElement>(axis).fill(":");
  index.push(NDArray.fromStorage(Float64Array.from(idx), [idx.length], int64));
  return getItem(a, index);
}

/** The buffer position of each element of `a`, in C order (for writes through `a.flat`). */
export function bufferPositions(a: NDArray): Float64Array {
  const out = new Float64Array(a.size);
  const nd = a.ndim;
  const idx = new Array<number>(nd).fill(0);
  let pos = a.offset;
  for (let k = 0; k < out.length; k++) {
    out[k] = pos;
    for (let d = nd - 1; d >= 0; d--) {
      if (++idx[d] < a.shape[d]) {
        pos += a.strides[d];
        break;
      }
      pos -= (a.shape[d] - 1) * a.strides[d];
      idx[d] = 0;
    }
  }
  return out;
}

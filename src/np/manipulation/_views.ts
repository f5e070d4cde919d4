/**
 * Views along one axis, the building blocks of the shape functions: a slice of an axis, an
 * axis reversed, an axis taken at one index.
 */
import { NDArray } from "../ndarray";
import { viewOf } from "../flags";
import { isCContiguous } from "../contiguous";
import { astype } from "../cast";
import { uninitStorage } from "../alloc";

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

/**
 * `a[..., idx, ...]` along `axis` with in-range, non-negative integer indices: a new
 * C-contiguous array, copied in runs of the trailing axes.
 */
export function gatherAxis(a: NDArray, axis: number, idx: ArrayLike<number>): NDArray {
  const src = isCContiguous(a) ? a : astype(a, a.dtype);
  const shape = a.shape.slice();
  const n = shape[axis];
  shape[axis] = idx.length;
  let outer = 1;
  for (let d = 0; d < axis; d++) outer *= shape[d];
  let inner = 1;
  for (let d = axis + 1; d < shape.length; d++) inner *= shape[d];
  const out = NDArray.fromStorage(uninitStorage(a.dtype.storage, outer * idx.length * inner), shape, a.dtype);
  const from = src.data;
  const to = out.data;
  const base = src.offset;
  let w = 0;
  for (let o = 0; o < outer; o++) {
    const block = base + o * n * inner;
    for (let k = 0; k < idx.length; k++) {
      const start = block + idx[k] * inner;
      if (inner === 1) to[w++] = from[start];
      else {
        to.set(from.subarray(start, start + inner), w);
        w += inner;
      }
    }
  }
  return out;
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

/**
 * C-contiguous copies of strided arrays: the one place other modules get a flat,
 * C-ordered TypedArray from any view.
 */
import { uninitStorage } from "./alloc";
import { subarrayOf } from "./heap/heap";
import { NDArray, cContiguousStrides } from "./ndarray";
import { PyArgs, check, pyfunction, signature } from "../signature";
import { DType, DTypeLike } from "./dtype";
import { ArrayLike, asarray } from "./create";
import { checkLike } from "./params";
import { copyInto } from "./cast";

/** True when the array's elements fill its storage from `offset` in C order, no gaps. */
export function isCContiguous(a: NDArray): boolean {
  let step = 1;
  for (let axis = a.shape.length - 1; axis >= 0; axis--) {
    const n = a.shape[axis];
    if (n !== 1 && a.strides[axis] !== step) return false;
    step *= n;
  }
  return true;
}

/**
 * The array's elements in C order in a TypedArray of its storage type. Returns the storage
 * itself (a subarray, no copy) when the array is already contiguous, so callers must not
 * write into the result.
 */
export function contiguousStorage(a: NDArray): NDArray["data"] {
  const size = a.size;
  const width = a.dtype.kind === "c" ? 2 : 1;
  if (isCContiguous(a)) return a.offset === 0 && size * width === a.data.length ? a.data : subarrayOf(a.data, width * a.offset, width * (a.offset + size));
  const out = uninitStorage(a.dtype.storage, size);
  if (width === 2) {
    copyInto(NDArray.fromStorage(out, a.shape, a.dtype), a);
    return out;
  }
  const ndim = a.shape.length;
  if (size === 0) return out;
  const src = a.data;
  // Walk the last axis in an inner loop; carry the outer index like an odometer.
  const lastLen = a.shape[ndim - 1];
  const lastStride = a.strides[ndim - 1];
  const index = new Array<number>(Math.max(ndim - 1, 0)).fill(0);
  let bufferStart = a.offset;
  let written = 0;
  while (written < size) {
    let bufferPos = bufferStart;
    for (let i = 0; i < lastLen; i++) {
      out[written++] = src[bufferPos];
      bufferPos += lastStride;
    }
    for (let axis = ndim - 2; axis >= 0; axis--) {
      index[axis]++;
      bufferStart += a.strides[axis];
      if (index[axis] < a.shape[axis]) break;
      bufferStart -= a.strides[axis] * a.shape[axis];
      index[axis] = 0;
    }
  }
  return out;
}

const ASCONTIGUOUSARRAY = signature("numpy.ascontiguousarray(a, dtype=None, *, like=None)", {
  types: { dtype: check("a dtype", (v) => v === null || typeof v === "string" || v instanceof DType) },
});

/** Keyword arguments of np.ascontiguousarray. */
export interface AscontiguousOptions {
  a?: NDArray | ArrayLike;
  dtype?: DTypeLike | null;
  /** NEP 35's reference array: None or an ndarray (the result is a plain ndarray either way, as NumPy's). */
  like?: NDArray | null;
}

/**
 * `numpy.ascontiguousarray(a, dtype=None, *, like=None)`: a C-contiguous array with the same
 * values (a itself if it already is, with the dtype asked for).
 */
export function ascontiguousarray(a: NDArray | ArrayLike, ...rest: PyArgs<[dtype: DTypeLike | null, options: AscontiguousOptions], AscontiguousOptions>): NDArray;
export function ascontiguousarray(a: NDArray | ArrayLike): NDArray {
  if (arguments.length !== 1 || !(a instanceof NDArray)) {
    const b = arguments.length === 1 ? { a, dtype: null, like: null } : ASCONTIGUOUSARRAY.bind(arguments);
    checkLike(b.like);
    const arr = asarray(b.a, b.dtype);
    return isCContiguous(arr) && arr.ndim > 0 ? arr : ascontiguousarray(arr.ndim === 0 ? arr.reshape([1]) : arr);
  }
  if (isCContiguous(a)) return a;
  return new NDArray(contiguousStorage(a), a.shape.slice(), cContiguousStrides(a.shape), 0, a.dtype);
}
pyfunction(ASCONTIGUOUSARRAY, ascontiguousarray);

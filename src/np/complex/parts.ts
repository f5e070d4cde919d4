/**
 * The real and imaginary parts of a complex array as float views of its storage (NumPy's
 * `a.real` / `a.imag`): element k's parts sit at 2k and 2k + 1, so a part is the same shape
 * with doubled strides.
 */
import { DType, complex128, complex64, float32, float64 } from "../dtype";
import { NDArray } from "../ndarray";

/** The float dtype of a complex dtype's parts (the dtype itself for a real one). */
export function partDType(dt: DType): DType {
  return dt === complex64 ? float32 : dt === complex128 ? float64 : dt;
}

/** The complex dtype whose parts are `dt` (float32 and smaller -> complex64). */
export function complexOf(dt: DType): DType {
  if (dt.kind === "c") return dt;
  return dt === float32 || (dt.kind !== "f" && dt.itemsize <= 2) ? complex64 : complex128;
}

/** A float view of one part (0: real, 1: imaginary) of a complex array. */
export function partView(a: NDArray, part: 0 | 1): NDArray {
  const strides = a.strides.map((s) => 2 * s);
  const view = new NDArray(a.data, a.shape, strides, 2 * a.offset + part, partDType(a.dtype));
  view._readonly = a._readonly;
  view._readonlyBase = a._readonlyBase;
  return view;
}

/** `a.real`: a view of the real parts of a complex array; the array itself otherwise. */
export function realOf(a: NDArray): NDArray {
  return a.dtype.kind === "c" ? partView(a, 0) : a;
}

/** `a.imag`: a view of the imaginary parts; zeros (read-only) for a real array. */
export function imagOf(a: NDArray): NDArray {
  if (a.dtype.kind === "c") return partView(a, 1);
  const zeros = NDArray.fromStorage(new a.dtype.storage(a.size), a.shape, a.dtype);
  zeros._readonly = true;
  return zeros;
}

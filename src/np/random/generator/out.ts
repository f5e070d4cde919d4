/** The `out=` argument of Generator's float samplers. */
import { PyTypeError, ValueError } from "../../../errors";
import { NDArray } from "../../ndarray";
import type { DType } from "../../dtype";
import { isCContiguous } from "../../contiguous";
import { Size, toShape } from "../args";

/**
 * The storage an `out=` array is filled through, in memory order (C- or Fortran-contiguous
 * arrays only), with NumPy's errors for a wrong dtype, a size that disagrees or a strided array.
 */
export function fillTarget(out: unknown, dt: DType, size: unknown): Float64Array | Float32Array {
  const arr = out as NDArray;
  if (arr.dtype !== dt) throw new PyTypeError(`Supplied output array has the wrong type. Expected ${dt.name}, got ${arr.dtype.name}`);
  if (size !== null && size !== undefined) {
    const shape = toShape(size as Size);
    if (shape.length !== arr.ndim || shape.some((d, i) => d !== arr.shape[i])) throw new ValueError("size must match out.shape when used together");
  }
  const view = isCContiguous(arr) ? arr : isCContiguous(arr.T) ? arr.T : null;
  if (view === null) throw new ValueError("Supplied output array is not contiguous, writable or aligned.");
  return (view.data as Float64Array | Float32Array).subarray(view.offset, view.offset + view.size);
}

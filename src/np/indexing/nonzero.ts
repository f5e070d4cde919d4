/** np.nonzero / np.flatnonzero: indices of the non-zero elements. */
import { runComplexBinary } from "../complex/ufuncs";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { int64 } from "../dtype";
import { contiguousStorage } from "../contiguous";
import { pyfunction, signature } from "../../signature";

const NONZERO = signature("numpy.nonzero(a)");
const FLATNONZERO = signature("numpy.flatnonzero(a)");

/** `numpy.nonzero(a)`: one int64 array per dimension with the indices of non-zero elements, C order. */
export function nonzero(a: ArrayLike): NDArray[] {
  if (arguments.length !== 1) ({ a } = NONZERO.bind(arguments));
  let arr = asarray(a);
  // a complex value is non-zero when either part is
  if (arr.dtype.kind === "c") arr = runComplexBinary("not_equal", arr, asarray(0), false, true);
  const flat = contiguousStorage(arr);
  let count = 0;
  for (let i = 0; i < flat.length; i++) if (flat[i] !== 0) count++;
  const ndim = Math.max(arr.ndim, 1);
  const shape = arr.ndim === 0 ? [1] : arr.shape;
  const outs = Array.from({ length: ndim }, () => new Float64Array(count));
  const index = new Array<number>(ndim).fill(0);
  let k = 0;
  for (let i = 0; i < flat.length; i++) {
    if (flat[i] !== 0) {
      for (let d = 0; d < ndim; d++) outs[d][k] = index[d];
      k++;
    }
    for (let d = ndim - 1; d >= 0; d--) {
      if (++index[d] < shape[d]) break;
      index[d] = 0;
    }
  }
  return outs.map((data) => NDArray.fromStorage(data, [count], int64));
}

/** `numpy.flatnonzero(a)`: indices of non-zero elements in the flattened array. */
export function flatnonzero(a: ArrayLike): NDArray {
  if (arguments.length !== 1) ({ a } = FLATNONZERO.bind(arguments));
  const flat = contiguousStorage(asarray(a));
  const idx: number[] = [];
  for (let i = 0; i < flat.length; i++) if (flat[i] !== 0) idx.push(i);
  return NDArray.fromStorage(Float64Array.from(idx), [idx.length], int64);
}
pyfunction(NONZERO, nonzero);
pyfunction(FLATNONZERO, flatnonzero);

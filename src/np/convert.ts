/** Getting plain JavaScript values out of arrays: tolist and item. */
import { IndexError, PyTypeError, ValueError } from "../errors";
import type { NDArray } from "./ndarray";
import { Complex } from "./complex/scalar";

/** The element at a buffer position as Python gives it: a number, or a Complex for complex dtypes. */
function elementAt(a: NDArray, bufferPos: number): any {
  if (a.dtype.kind !== "c") return a.data[bufferPos];
  return new Complex(a.data[2 * bufferPos], a.data[2 * bufferPos + 1], a.dtype);
}

/** `a.tolist()`: nested lists of numbers (booleans for bool arrays); a number for 0-d. */
export function tolist(a: NDArray): any {
  const isBool = a.dtype.kind === "b";
  const build = (axis: number, bufferPos: number): unknown => {
    if (axis === a.ndim) return isBool ? a.data[bufferPos] !== 0 : elementAt(a, bufferPos);
    const out = new Array(a.shape[axis]);
    for (let i = 0; i < out.length; i++) out[i] = build(axis + 1, bufferPos + i * a.strides[axis]);
    return out;
  };
  return build(0, a.offset);
}

/** `a.item(*args)`: no index (size-1 arrays), one flat index, or one index per axis. */
export function item(a: NDArray, index: readonly number[]): number {
  if (index.length === 0) {
    if (a.size !== 1) throw new ValueError("can only convert an array of size 1 to a Python scalar");
    return elementAt(a, a.offset);
  }
  if (index.length === 1 && a.ndim !== 1) {
    let flat = index[0];
    const size = a.size;
    if (flat < -size || flat >= size) throw new IndexError(`index ${flat} is out of bounds for size ${size}`);
    if (flat < 0) flat += size;
    let bufferPos = a.offset;
    for (let axis = a.ndim - 1; axis >= 0; axis--) {
      bufferPos += (flat % a.shape[axis]) * a.strides[axis];
      flat = Math.floor(flat / a.shape[axis]);
    }
    return elementAt(a, bufferPos);
  }
  if (index.length !== a.ndim) throw new ValueError("incorrect number of indices for array");
  let bufferPos = a.offset;
  for (let axis = 0; axis < index.length; axis++) {
    const size = a.shape[axis];
    let i = index[axis];
    if (!Number.isInteger(i)) throw new PyTypeError("an integer is required");
    if (i < -size || i >= size) throw new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${size}`);
    if (i < 0) i += size;
    bufferPos += i * a.strides[axis];
  }
  return elementAt(a, bufferPos);
}

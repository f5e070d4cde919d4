/** Shared by the skimage.morphology functions: the default footprint and the `out` argument. */
import { NDArray } from "../../np/ndarray";
import { copyInto } from "../../np/cast";
import { ValueError } from "../../errors";
import { check } from "../../signature";
import { binaryStructure } from "../../scipy/ndimage/structure";
import { NDArrayLike, asNDArray } from "../_internal/arrays";

export { ARRAY_OR_NONE } from "../../scipy/ndimage/_support";
export const OUT = check("an array or None", (v) => v === null || v instanceof NDArray);

/** The footprint argument, or the cross of connectivity 1 (scikit-image's default). */
export function footprintArg(footprint: NDArrayLike | null | undefined, ndim: number): NDArray {
  return footprint === null || footprint === undefined ? binaryStructure(ndim, 1) : asNDArray(footprint, "footprint");
}

/** Writes `result` into `out` when one was given (and returns what the caller returns). */
export function intoOut(result: NDArray, out: NDArray | null | undefined): NDArray {
  if (out === null || out === undefined) return result;
  if (out.shape.length !== result.shape.length || out.shape.some((d, k) => d !== result.shape[k])) {
    throw new ValueError(`out has shape (${out.shape.join(", ")}), expected (${result.shape.join(", ")})`);
  }
  copyInto(out, result);
  return out;
}

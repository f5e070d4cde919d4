/**
 * median, percentile and quantile of complex arrays, as NumPy computes them: the values sorted
 * in NumPy's complex order (real part, then imaginary), then the linear method's interpolation
 * between neighbours, part by part.
 */
import { NDArray } from "../ndarray";
import { complex128, complex64 } from "../dtype";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";
import { sort } from "../sorting";
import { normalizeAxis } from "../shape";
import { NotImplementedError } from "../../errors";

/** The quantiles `qs` (in [0, 1]) along one axis (null: flattened), as rows of the result with q first. */
export function complexQuantiles(input: NDArray, qs: readonly number[], axisArg: number | null, keepdims: boolean, method: string): { out: NDArray; shape: number[] } {
  if (method !== "linear") throw new NotImplementedError(`quantile method '${method}' of a complex array is not supported yet`);
  const arr = axisArg === null ? input.ravel() : input;
  const axis = axisArg === null ? 0 : normalizeAxis(axisArg, arr.ndim);
  const n = arr.shape[axis];
  const sorted = sort(arr, { axis });
  const order = [...arr.shape.map((_, i) => i).filter((i) => i !== axis), axis];
  const moved = astype(sorted.transpose(order), complex128);
  const data = contiguousStorage(moved) as Float64Array;
  const rows = n === 0 ? 0 : moved.size / n;
  const out = new Float64Array(2 * qs.length * rows);
  qs.forEach((q, k) => {
    const at = q * (n - 1);
    const lo = Math.floor(at);
    const hi = Math.min(lo + 1, n - 1);
    const t = at - lo;
    for (let r = 0; r < rows; r++) {
      for (let part = 0; part < 2; part++) {
        const a = data[2 * (r * n + lo) + part];
        const b = data[2 * (r * n + hi) + part];
        // NumPy's _lerp: a + (b - a) * t, from the upper end when t >= 0.5
        out[2 * (k * rows + r) + part] = t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
      }
    }
  });
  const keptShape = moved.shape.slice(0, -1);
  const shape = keepdims ? (axisArg === null ? input.shape.map(() => 1) : input.shape.map((d, i) => (i === axis ? 1 : d))) : keptShape;
  const result = NDArray.fromStorage(out, [qs.length * rows], complex128);
  return { out: input.dtype === complex64 ? astype(result, complex64) : result, shape };
}

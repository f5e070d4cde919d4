/** Coordinate lists as the draw functions return them: int64 (intp) arrays. */
import { NDArray } from "../../np/ndarray";
import { int64 } from "../../np/dtype";

/** A 1-D int64 array of the values. */
export function intp(values: readonly number[] | Float64Array): NDArray {
  const data = values instanceof Float64Array ? values : Float64Array.from(values);
  return NDArray.fromStorage(data, [data.length], int64);
}

/** `_coords_inside_image`: the pairs with 0 <= r < shape[0] and 0 <= c < shape[1]. */
export function insideImage(rr: readonly number[], cc: readonly number[], shape: readonly number[]): [number[], number[], number[]] {
  const r: number[] = [];
  const c: number[] = [];
  const kept: number[] = [];
  for (let k = 0; k < rr.length; k++) {
    if (rr[k] >= 0 && rr[k] < shape[0] && cc[k] >= 0 && cc[k] < shape[1]) {
      r.push(rr[k]);
      c.push(cc[k]);
      kept.push(k);
    }
  }
  return [r, c, kept];
}

/** A Python `%` (result has the divisor's sign). */
export function pyMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
}

/**
 * A pixelwise curve computed once per level for images of img_as_float's 256 uint8 levels (the
 * usual float image in teaching code), and looked up.
 */
import { NDArray } from "../../np/ndarray";
import { uint8 } from "../../np/dtype";
import { img_as_float64 } from "../util/dtype";

/** Values looked at before judging whether the image lies on the levels. */
const PROBE = 1 << 13;

let byteLevels: Float64Array | null = null;

/** img_as_float's value of each uint8. */
function levels(): Float64Array {
  byteLevels ??= img_as_float64(NDArray.fromStorage(Uint8Array.from({ length: 256 }, (_, k) => k), [256], uint8)).data as Float64Array;
  return byteLevels;
}

/**
 * out[i] = f(values[i]) for every i, the same numbers as calling f: true when done; false
 * (after writing part of `out`) when the first values are too rarely uint8 levels to pay, so
 * the caller's own loop should run instead.
 */
export function mapOnByteLevels(values: Float64Array, out: Float64Array, f: (x: number) => number): boolean {
  const n = values.length;
  const level = levels();
  const results = new Float64Array(256);
  for (let k = 1; k < 256; k++) results[k] = f(level[k]);
  let misses = 0;
  for (let i = 0; i < n; i++) {
    if (i === PROBE && misses > PROBE >> 2) return false;
    const v = values[i];
    const k = (v * 255 + 0.5) | 0;
    // level 0 is left to f: -0 lands there too
    if (k > 0 && k < 256 && level[k] === v) out[i] = results[k];
    else {
      misses++;
      out[i] = f(v);
    }
  }
  return true;
}

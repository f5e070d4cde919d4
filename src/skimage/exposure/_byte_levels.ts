/**
 * A pixelwise curve computed once per level for images of img_as_float's 256 uint8 levels (the
 * usual float image in teaching code), and looked up.
 */
import { NDArray } from "../../np/ndarray";
import { uint8 } from "../../np/dtype";
import { img_as_float64 } from "../util/dtype";
import { mapOnByteLevelsSimd } from "./_byte_levels_simd";

/** Values looked at before judging whether the image lies on the levels. */
const PROBE = 1 << 13;

let byteLevels: Float64Array | null = null;

/** img_as_float's value of each uint8. */
function levels(): Float64Array {
  byteLevels ??= img_as_float64(NDArray.fromStorage(Uint8Array.from({ length: 256 }, (_, k) => k), [256], uint8)).data as Float64Array;
  return byteLevels;
}

/** out[i] = f(values[i]) over [from, to): the looked-up result where values[i] is a level; the misses counted. */
function mapRange(values: Float64Array, out: Float64Array, f: (x: number) => number, level: Float64Array, results: Float64Array, from: number, to: number): number {
  let misses = 0;
  for (let i = from; i < to; i++) {
    const v = values[i];
    // the nearest level's index (any index for values off [0, 1]: the comparison rejects them)
    const k = (v * 255 + 0.5) & 255;
    if (level[k] === v) out[i] = results[k];
    else {
      misses++;
      out[i] = f(v);
    }
  }
  return misses;
}

let levelsNoZero: Float64Array | null = null;

/**
 * out[i] = f(values[i]) for every i, the same numbers as calling f: true when done; false
 * (after writing part of `out`) when the first values are too rarely uint8 levels to pay, so
 * the caller's own loop should run instead.
 */
export function mapOnByteLevels(values: Float64Array, out: Float64Array, f: (x: number) => number): boolean {
  const n = values.length;
  let level = levels();
  const results = new Float64Array(256);
  for (let k = 0; k < 256; k++) results[k] = f(level[k]);
  if (mapOnByteLevelsSimd(values, out, f, results)) return true;
  // -0 equals level 0: where f tells the zeros apart, zeros are left to f (a NaN level matches nothing)
  if (!Object.is(f(-0), results[0])) {
    levelsNoZero ??= Float64Array.from(level, (x, k) => (k === 0 ? NaN : x));
    level = levelsNoZero;
  }
  const probe = Math.min(n, PROBE);
  if (mapRange(values, out, f, level, results, 0, probe) > PROBE >> 2) return false;
  mapRange(values, out, f, level, results, probe, n);
  return true;
}

/**
 * The warp scikit-image 0.19 runs for a transform given as a 3x3 matrix (output (col, row, 1)
 * to input): bilinear and bicubic through its own fast affine warp (orders 1 and 3), nearest
 * neighbour and the biquadratic spline through scipy's map_coordinates (orders 0 and 2), then
 * the output clipped to the input's range.
 */
import { NDArray } from "../../np/ndarray";
import { DType, float32, float64 } from "../../np/dtype";
import { clipInPlace, readFloat64, valueRange } from "../_internal/arrays";
import { warpFast } from "../_internal/warp_fast";
import { warpFast32 } from "../_internal/warp_fast32";
import { warpNearest } from "../_internal/warp_nearest";
import { warpSpline } from "../_internal/warp_spline";
import { toNdimageMode } from "./resize";

/** scipy's store of a computed value into an output of this dtype (round, saturate). */
function storeAs(dt: DType, t: number): number {
  if (dt.kind === "f") return dt === float32 ? Math.fround(t) : t;
  if (dt.kind === "b") return Math.trunc(t) !== 0 ? 1 : 0;
  const bits = dt.itemsize * 8;
  if (dt.kind === "u") {
    const max = Math.pow(2, bits) - 1;
    const v = t > 0 ? Math.trunc(t + 0.5) : 0;
    return v > max ? max : v;
  }
  const max = Math.pow(2, bits - 1) - 1;
  const v = Math.trunc(t > 0 ? t + 0.5 : t - 0.5);
  return v > max ? max : v < -max - 1 ? -max - 1 : v;
}

/** NumPy's scalar cast `dtype.type(value)` for a value that fits (truncation toward zero). */
function castAs(dt: DType, v: number): number {
  if (dt.kind === "f") return dt === float32 ? Math.fround(v) : v;
  if (dt.kind === "b") return v !== 0 ? 1 : 0;
  return Math.trunc(v);
}

/**
 * scikit-image's `_clip_warp_output`, in place: clip to the input's range, widened to take in
 * `cval` (cast to the input dtype) when mode 'constant' put it in the output.
 */
function clipToInput(inMin: number, inMax: number, out: Float64Array, mode: string, cval: number, dt: DType): void {
  let lo = inMin;
  let hi = inMax;
  if (mode === "constant" && !(lo <= cval && cval <= hi)) {
    const [omin, omax] = valueRange(out);
    if (omin <= cval && cval <= omax) {
      const c = castAs(dt, cval);
      lo = Math.min(lo, c);
      hi = Math.max(hi, c);
    }
  }
  clipInPlace(out, lo, hi);
}

/**
 * Warps a (rows, cols[, channels]) image, already converted to float when order > 0, through
 * the row-major matrix `m` into an outRows x outCols image of the same dtype.
 */
export function warpMatrix(img: NDArray, m: readonly number[], outRows: number, outCols: number, order: number, mode: string, cval: number, clip: boolean): NDArray {
  const rows = img.shape[0];
  const cols = img.shape[1];
  const channels = img.ndim === 3 ? img.shape[2] : 1;
  const dt = img.dtype;
  const src = readFloat64(img);
  let out: Float64Array;
  if (order === 0) {
    out = warpNearest(src, rows, cols, channels, m, outRows, outCols, toNdimageMode(mode), storeAs(dt, cval));
  } else if (order === 2) {
    out = warpSpline(src, rows, cols, channels, m, outRows, outCols, 2, toNdimageMode(mode), cval);
    if (dt === float32) for (let i = 0; i < out.length; i++) out[i] = Math.fround(out[i]);
  } else {
    out = (dt === float32 ? warpFast32 : warpFast)(src, rows, cols, channels, m, outRows, outCols, order as 1 | 3, mode as never, cval);
  }
  if (clip) {
    const [lo, hi] = valueRange(src);
    clipToInput(lo, hi, out, mode, cval, dt);
  }
  const shape = img.ndim === 3 ? [outRows, outCols, channels] : [outRows, outCols];
  if (dt === float64) return NDArray.fromStorage(out, shape, float64);
  const data = new dt.storage(out.length);
  data.set(out);
  return NDArray.fromStorage(data, shape, dt);
}

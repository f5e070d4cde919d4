/**
 * The spline warp scikit-image 0.19 does for order 2: the output grid mapped through a 3x3
 * matrix (a ProjectiveTransform on (col, row) pairs, as for order 0), then
 * scipy.ndimage.map_coordinates(prefilter=True): a B-spline prefilter (after scipy's
 * 12-sample prepad for 'nearest' and 'grid-constant') and the spline's taps at each point.
 * Channels are warped one by one: along the channel axis map_coordinates samples the knots,
 * where the spline returns the samples themselves.
 */
import { NdMode } from "./boundary";
import { prepad, splineFilter, splineTaps } from "./spline";

/** scipy's prepad for spline filtering: 'nearest' and 'grid-constant' get 12 samples a side. */
const NPAD = 12;

/**
 * Warps `img` (rows, cols, channels; channels 1 for a 2-D image) through the row-major 3x3
 * matrix `m` (output (col, row, 1) -> input (col, row, w)) with spline order `order` (2 or 3)
 * and scipy boundary mode `mode`.
 */
export function warpSpline(
  img: Float64Array, rows: number, cols: number, channels: number, m: readonly number[],
  outRows: number, outCols: number, order: number, mode: NdMode, cval: number,
): Float64Array {
  const out = new Float64Array(outRows * outCols * channels);
  const npad = mode === "nearest" || mode === "grid-constant" ? NPAD : 0;
  const plane = new Float64Array(rows * cols);
  for (let ch = 0; ch < channels; ch++) {
    for (let i = 0; i < plane.length; i++) plane[i] = img[i * channels + ch];
    const padded = npad > 0 ? prepad(plane, [rows, cols], npad, mode, cval) : { data: plane.slice(), shape: [rows, cols] };
    splineFilter(padded.data, padded.shape, order, mode);
    sample(padded.data, padded.shape[0], padded.shape[1], npad, m, outRows, outCols, order, mode, cval, out, ch, channels);
  }
  return out;
}

/** Evaluates the spline with coefficients `coef` (rowsP x colsP) at every output pixel of channel ch. */
function sample(
  coef: Float64Array, rowsP: number, colsP: number, npad: number, m: readonly number[], outRows: number, outCols: number,
  order: number, mode: NdMode, cval: number, out: Float64Array, ch: number, channels: number,
): void {
  const k1 = order + 1;
  const rt = new Int32Array(k1);
  const ct = new Int32Array(k1);
  const rw = new Float64Array(k1);
  const cw = new Float64Array(k1);
  for (let y = 0; y < outRows; y++) {
    for (let x = 0; x < outCols; x++) {
      // ProjectiveTransform's (col, row, 1) @ m.T, divided by w (a zero w becomes eps)
      let c = x * m[0] + y * m[1] + m[2];
      let r = x * m[3] + y * m[4] + m[5];
      let w = x * m[6] + y * m[7] + m[8];
      if (w === 0) w = 2.220446049250313e-16;
      c /= w;
      r /= w;
      const o = (y * outCols + x) * channels + ch;
      if (!splineTaps(r + npad, rowsP, order, mode, rt, rw, 0) || !splineTaps(c + npad, colsP, order, mode, ct, cw, 0)) {
        out[o] = cval;
        continue;
      }
      // scipy's sum over the taps, row-major, each value times its row then column weight
      let t = 0;
      for (let i = 0; i < k1; i++) {
        const ri = rt[i];
        const wr = rw[i];
        for (let j = 0; j < k1; j++) {
          const cj = ct[j];
          const v = ri < 0 || cj < 0 ? cval : coef[ri * colsP + cj];
          t += v * wr * cw[j];
        }
      }
      out[o] = t;
    }
  }
}

/**
 * The bicubic (order 3) float32 fast warp: `warp_bicubic` with every operation rounded to
 * float32 as scikit-image's float32 specialisation computes it.
 */
import { AxisFold, foldOffset } from "./warp_fold";
import type { WarpJob } from "./warp_fast";
import { rowCoords32 } from "./warp_fast32";

const f = Math.fround;

/** `cubic` in single precision, every operation rounded to float32 as the C code does. */
function cubic32(x: number, f0: number, f1: number, f2: number, f3: number): number {
  const inner = f(f(f(f(3.0 * f(f1 - f2)) + f3) - f0) * x);
  const mid = f(f(f(f(f(f(2.0 * f0) - f(5.0 * f1)) + f(4.0 * f2)) - f3) + inner) * x);
  return f(f1 + f(f(0.5 * x) * f(f(f2 - f0) + mid)));
}

/** A one-channel image. */
export function bicubic32Gray(job: WarpJob): void {
  const { img, rows, cols, m, outRows, outCols, out } = job;
  const xy = new Float64Array(2 * outCols);
  for (let y = 0; y < outRows; y++) {
    rowCoords32(m, y, outCols, xy);
    const ob = y * outCols;
    for (let x = 0; x < outCols; x++) {
      const c = xy[2 * x];
      const r = xy[2 * x + 1];
      const fr = Math.floor(r);
      const fc = Math.floor(c);
      if (!(fr >= 1 && fc >= 1 && fr + 2 < rows && fc + 2 < cols)) {
        x = bicubic32Edges(job, xy, x, ob) - 1;
        continue;
      }
      const xr = f(r - fr);
      const xc = f(c - fc);
      // two call sites: cubic32 is too long to inline five times
      for (let i = 0, p = (fr - 1) * cols + fc - 1; i < 4; i++, p += cols) {
        rowVals[i] = cubic32(xc, img[p], img[p + 1], img[p + 2], img[p + 3]);
      }
      out[ob + x] = cubic32(xr, rowVals[0], rowVals[1], rowVals[2], rowVals[3]);
    }
  }
}

/** An image with channels (the last axis). */
export function bicubic32Channels(job: WarpJob): void {
  const { img, rows, cols, channels, m, outRows, outCols, out } = job;
  const rowStep = cols * channels;
  const c2 = 2 * channels;
  const c3 = 3 * channels;
  const xy = new Float64Array(2 * outCols);
  for (let y = 0; y < outRows; y++) {
    rowCoords32(m, y, outCols, xy);
    const ob = y * outCols * channels;
    for (let x = 0; x < outCols; x++) {
      const c = xy[2 * x];
      const r = xy[2 * x + 1];
      const fr = Math.floor(r);
      const fc = Math.floor(c);
      if (!(fr >= 1 && fc >= 1 && fr + 2 < rows && fc + 2 < cols)) {
        x = bicubic32Edges(job, xy, x, ob) - 1;
        continue;
      }
      const xr = f(r - fr);
      const xc = f(c - fc);
      const o = ob + x * channels;
      for (let ch = 0; ch < channels; ch++) {
        for (let i = 0, p = ((fr - 1) * cols + fc - 1) * channels + ch; i < 4; i++, p += rowStep) {
          rowVals[i] = cubic32(xc, img[p], img[p + channels], img[p + c2], img[p + c3]);
        }
        out[o + ch] = cubic32(xr, rowVals[0], rowVals[1], rowVals[2], rowVals[3]);
      }
    }
  }
}

/** Row offsets (0..3) and column offsets (4..7) of an edge pixel's taps, -1 for cval. */
const offs = new Int32Array(8);
/** The cubic along each of its four rows. */
const rowVals = new Float64Array(4);

function fold4(t: AxisFold, first: number, step: number, dst: Int32Array, at: number): void {
  for (let k = 0; k < 4; k++) dst[at + k] = foldOffset(t, first + k, step);
}

function tap(img: Float64Array, ro: number, co: number, ch: number, cval: number): number {
  return co < 0 ? cval : img[ro + co + ch];
}

/** Pixels x0, x0 + 1, ... of a row while a tap is outside the image; returns the first that is not. */
function bicubic32Edges(job: WarpJob, xy: Float64Array, x0: number, ob: number): number {
  const { img, rows, cols, channels, outCols, rowFold, colFold, cval, out } = job;
  const rowStep = cols * channels;
  const constant = rowFold.mode === "constant";
  for (let x = x0; x < outCols; x++) {
    const c = xy[2 * x];
    const r = xy[2 * x + 1];
    const fr = Math.floor(r);
    const fc = Math.floor(c);
    if (fr >= 1 && fc >= 1 && fr + 2 < rows && fc + 2 < cols) return x;
    const xr = f(r - fr);
    const xc = f(c - fc);
    const o = ob + x * channels;
    // a row of four cval taps
    const g = cubic32(xc, cval, cval, cval, cval);
    // every tap cval: the same arithmetic without the look-ups
    const far = constant && (fr + 2 < 0 || fr > rows || fc + 2 < 0 || fc > cols);
    if (!far) {
      fold4(rowFold, fr - 1, rowStep, offs, 0);
      fold4(colFold, fc - 1, channels, offs, 4);
    }
    for (let ch = 0; ch < channels; ch++) {
      for (let i = 0; i < 4; i++) {
        const ro = far ? -1 : offs[i];
        rowVals[i] = ro < 0 ? g : cubic32(xc, tap(img, ro, offs[4], ch, cval), tap(img, ro, offs[5], ch, cval), tap(img, ro, offs[6], ch, cval), tap(img, ro, offs[7], ch, cval));
      }
      out[o + ch] = cubic32(xr, rowVals[0], rowVals[1], rowVals[2], rowVals[3]);
    }
  }
  return outCols;
}

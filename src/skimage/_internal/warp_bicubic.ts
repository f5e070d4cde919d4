/**
 * The bicubic (order 3) float64 fast warp: scikit-image's Catmull-Rom convolution of the 4x4
 * pixels around (floor(row), floor(col)), in its order of operations. Pixels with all 16 taps
 * inside the image read them directly; runs of the others fold their taps by table. Each loop
 * keeps `cubic` inlined: a call left out of line would box every double it passes.
 */
import { AxisFold, foldOffset, rowCoords64 } from "./warp_fold";
import type { WarpJob } from "./warp_fast";

/** skimage's `cubic_interpolation`: the Catmull-Rom cubic through f0..f3 at x in [0, 1]. */
function cubic(x: number, f0: number, f1: number, f2: number, f3: number): number {
  return f1 + 0.5 * x * (f2 - f0 + x * (2.0 * f0 - 5.0 * f1 + 4.0 * f2 - f3 + x * (3.0 * (f1 - f2) + f3 - f0)));
}

/** A one-channel image. */
export function bicubicGray(job: WarpJob): void {
  const { img, rows, cols, m, outRows, outCols, out } = job;
  const xy = new Float64Array(2 * outCols);
  for (let y = 0; y < outRows; y++) {
    rowCoords64(m, y, outCols, xy);
    const ob = y * outCols;
    for (let x = 0; x < outCols; x++) {
      const c = xy[2 * x];
      const r = xy[2 * x + 1];
      const fr = Math.floor(r);
      const fc = Math.floor(c);
      if (!(fr >= 1 && fc >= 1 && fr + 2 < rows && fc + 2 < cols)) {
        x = bicubicEdges(job, xy, x, ob) - 1;
        continue;
      }
      const xr = r - fr;
      const xc = c - fc;
      const p0 = (fr - 1) * cols + fc - 1;
      const p1 = p0 + cols, p2 = p1 + cols, p3 = p2 + cols;
      const f0 = cubic(xc, img[p0], img[p0 + 1], img[p0 + 2], img[p0 + 3]);
      const f1 = cubic(xc, img[p1], img[p1 + 1], img[p1 + 2], img[p1 + 3]);
      const f2 = cubic(xc, img[p2], img[p2 + 1], img[p2 + 2], img[p2 + 3]);
      const f3 = cubic(xc, img[p3], img[p3 + 1], img[p3 + 2], img[p3 + 3]);
      out[ob + x] = cubic(xr, f0, f1, f2, f3);
    }
  }
}

/** An image with channels (the last axis). */
export function bicubicChannels(job: WarpJob): void {
  const { img, rows, cols, channels, m, outRows, outCols, out } = job;
  const rowStep = cols * channels;
  const c2 = 2 * channels;
  const c3 = 3 * channels;
  const xy = new Float64Array(2 * outCols);
  for (let y = 0; y < outRows; y++) {
    rowCoords64(m, y, outCols, xy);
    const ob = y * outCols * channels;
    for (let x = 0; x < outCols; x++) {
      const c = xy[2 * x];
      const r = xy[2 * x + 1];
      const fr = Math.floor(r);
      const fc = Math.floor(c);
      if (!(fr >= 1 && fc >= 1 && fr + 2 < rows && fc + 2 < cols)) {
        x = bicubicEdges(job, xy, x, ob) - 1;
        continue;
      }
      const xr = r - fr;
      const xc = c - fc;
      const o = ob + x * channels;
      for (let ch = 0; ch < channels; ch++) {
        const p0 = ((fr - 1) * cols + fc - 1) * channels + ch;
        const p1 = p0 + rowStep, p2 = p1 + rowStep, p3 = p2 + rowStep;
        const f0 = cubic(xc, img[p0], img[p0 + channels], img[p0 + c2], img[p0 + c3]);
        const f1 = cubic(xc, img[p1], img[p1 + channels], img[p1 + c2], img[p1 + c3]);
        const f2 = cubic(xc, img[p2], img[p2 + channels], img[p2 + c2], img[p2 + c3]);
        const f3 = cubic(xc, img[p3], img[p3 + channels], img[p3 + c2], img[p3 + c3]);
        out[o + ch] = cubic(xr, f0, f1, f2, f3);
      }
    }
  }
}

/** Row offsets (0..3) and column offsets (4..7) of an edge pixel's taps, -1 for cval. */
const offs = new Int32Array(8);
/** The cubic along each of its four rows. */
const rowVals = new Float64Array(4);

/** dst[at + k] = offset of index first + k folded along the axis, times step (-1 stays -1). */
function fold4(t: AxisFold, first: number, step: number, dst: Int32Array, at: number): void {
  for (let k = 0; k < 4; k++) dst[at + k] = foldOffset(t, first + k, step);
}

/** The pixel at row offset ro, column offset co (-1: cval), channel ch. */
function tap(img: Float64Array, ro: number, co: number, ch: number, cval: number): number {
  return co < 0 ? cval : img[ro + co + ch];
}

/**
 * Output pixels x0, x0 + 1, ... of a row (xy its coordinates, ob its offset) while a tap is
 * outside the image, folded by table; returns the first x whose taps are all inside.
 */
function bicubicEdges(job: WarpJob, xy: Float64Array, x0: number, ob: number): number {
  const { img, rows, cols, channels, outCols, rowFold, colFold, cval, out } = job;
  const rowStep = cols * channels;
  const constant = rowFold.mode === "constant";
  for (let x = x0; x < outCols; x++) {
    const c = xy[2 * x];
    const r = xy[2 * x + 1];
    const fr = Math.floor(r);
    const fc = Math.floor(c);
    if (fr >= 1 && fc >= 1 && fr + 2 < rows && fc + 2 < cols) return x;
    const xr = r - fr;
    const xc = c - fc;
    const o = ob + x * channels;
    // a row of four cval taps
    const g = cubic(xc, cval, cval, cval, cval);
    if (constant && (fr + 2 < 0 || fr > rows || fc + 2 < 0 || fc > cols)) {
      // every tap is cval: the same arithmetic without the look-ups
      const v = cubic(xr, g, g, g, g);
      for (let ch = 0; ch < channels; ch++) out[o + ch] = v;
      continue;
    }
    fold4(rowFold, fr - 1, rowStep, offs, 0);
    fold4(colFold, fc - 1, channels, offs, 4);
    for (let ch = 0; ch < channels; ch++) {
      for (let i = 0; i < 4; i++) {
        const ro = offs[i];
        rowVals[i] = ro < 0 ? g : cubic(xc, tap(img, ro, offs[4], ch, cval), tap(img, ro, offs[5], ch, cval), tap(img, ro, offs[6], ch, cval), tap(img, ro, offs[7], ch, cval));
      }
      out[o + ch] = cubic(xr, rowVals[0], rowVals[1], rowVals[2], rowVals[3]);
    }
  }
  return outCols;
}

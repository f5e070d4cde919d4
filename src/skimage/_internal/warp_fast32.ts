/**
 * `warpFast` for float32 images: the matrix, coordinates and interpolation arithmetic in
 * single precision where scikit-image's float32 specialisation of `_warp_fast` uses it (the
 * bilinear weights 1 - d and the row sums are double there). Values are float32 (in a
 * Float64Array). Same structure as the float64 warp.
 */
import { PadMode, foldOffset, warpFolds } from "./warp_fold";
import type { WarpJob } from "./warp_fast";
import { bicubic32Channels, bicubic32Gray } from "./warp_bicubic32";

const f = Math.fround;

/** The input (col, row) of every output pixel of row y, rounded as float32 code rounds them. */
export function rowCoords32(m: readonly number[], y: number, outCols: number, xy: Float64Array): void {
  const affine = m[6] === 0 && m[7] === 0 && m[8] === 1;
  if (affine && m[1] === 0 && m[3] === 0) {
    const r = f(f(m[4] * y) + m[5]);
    for (let x = 0; x < outCols; x++) {
      xy[2 * x] = f(f(m[0] * x) + m[2]);
      xy[2 * x + 1] = r;
    }
  } else if (affine) {
    const m1y = f(m[1] * y);
    const m4y = f(m[4] * y);
    for (let x = 0; x < outCols; x++) {
      xy[2 * x] = f(f(f(m[0] * x) + m1y) + m[2]);
      xy[2 * x + 1] = f(f(f(m[3] * x) + m4y) + m[5]);
    }
  } else {
    const m1y = f(m[1] * y);
    const m4y = f(m[4] * y);
    const m7y = f(m[7] * y);
    for (let x = 0; x < outCols; x++) {
      const zz = f(f(f(m[6] * x) + m7y) + m[8]);
      xy[2 * x] = f(f(f(f(m[0] * x) + m1y) + m[2]) / zz);
      xy[2 * x + 1] = f(f(f(f(m[3] * x) + m4y) + m[5]) / zz);
    }
  }
}

/** Warps float32 values (held in a Float64Array) as `warpFast` does, in scikit-image's float32 arithmetic. */
export function warpFast32(
  img: Float64Array, rows: number, cols: number, channels: number, matrix: readonly number[],
  outRows: number, outCols: number, order: 1 | 3, mode: PadMode, cval: number,
): Float64Array {
  const m = Array.from(matrix, f);
  const out = new Float64Array(outRows * outCols * channels);
  const { rowFold, colFold } = warpFolds(m, rows, cols, outRows, outCols, mode);
  const job: WarpJob = { img, rows, cols, channels, m, outRows, outCols, rowFold, colFold, cval: f(cval), out };
  if (order === 1) {
    if (channels === 1) bilinear32Gray(job);
    else bilinear32Channels(job);
  } else if (channels === 1) {
    bicubic32Gray(job);
  } else {
    bicubic32Channels(job);
  }
  return out;
}

// The compiled code forms 1 - dc and 1 - dr, top and bottom in double precision; dc * pixel
// is a single-precision product.

function bilinear32Gray(job: WarpJob): void {
  const { img, rows, cols, m, outRows, outCols, out } = job;
  const xy = new Float64Array(2 * outCols);
  for (let y = 0; y < outRows; y++) {
    rowCoords32(m, y, outCols, xy);
    const ob = y * outCols;
    for (let x = 0; x < outCols; x++) {
      const c = xy[2 * x];
      const r = xy[2 * x + 1];
      const minr = Math.floor(r), minc = Math.floor(c), maxr = Math.ceil(r), maxc = Math.ceil(c);
      if (!(minr >= 0 && minc >= 0 && maxr < rows && maxc < cols)) {
        x = bilinear32Edges(job, xy, x, ob) - 1;
        continue;
      }
      const dr = f(r - minr);
      const dc = f(c - minc);
      const tl = minr * cols + minc;
      const tr = tl + (maxc - minc);
      const bl = tl + (maxr - minr) * cols;
      const br = bl + (maxc - minc);
      const top = (1 - dc) * img[tl] + f(dc * img[tr]);
      const bottom = (1 - dc) * img[bl] + f(dc * img[br]);
      out[ob + x] = f((1 - dr) * top + dr * bottom);
    }
  }
}

function bilinear32Channels(job: WarpJob): void {
  const { img, rows, cols, channels, m, outRows, outCols, out } = job;
  const rowStep = cols * channels;
  const xy = new Float64Array(2 * outCols);
  for (let y = 0; y < outRows; y++) {
    rowCoords32(m, y, outCols, xy);
    const ob = y * outCols * channels;
    for (let x = 0; x < outCols; x++) {
      const c = xy[2 * x];
      const r = xy[2 * x + 1];
      const minr = Math.floor(r), minc = Math.floor(c), maxr = Math.ceil(r), maxc = Math.ceil(c);
      if (!(minr >= 0 && minc >= 0 && maxr < rows && maxc < cols)) {
        x = bilinear32Edges(job, xy, x, ob) - 1;
        continue;
      }
      const dr = f(r - minr);
      const dc = f(c - minc);
      const wc = 1 - dc;
      const wr = 1 - dr;
      const tl = (minr * cols + minc) * channels;
      const tr = tl + (maxc - minc) * channels;
      const bl = tl + (maxr - minr) * rowStep;
      const br = bl + (maxc - minc) * channels;
      const o = ob + x * channels;
      for (let ch = 0; ch < channels; ch++) {
        const top = wc * img[tl + ch] + f(dc * img[tr + ch]);
        const bottom = wc * img[bl + ch] + f(dc * img[br + ch]);
        out[o + ch] = f(wr * top + dr * bottom);
      }
    }
  }
}

/** Pixels x0, x0 + 1, ... of a row while a tap is outside the image; returns the first that is not. */
function bilinear32Edges(job: WarpJob, xy: Float64Array, x0: number, ob: number): number {
  const { img, rows, cols, channels, outCols, rowFold, colFold, cval, out } = job;
  const rowStep = cols * channels;
  for (let x = x0; x < outCols; x++) {
    const c = xy[2 * x];
    const r = xy[2 * x + 1];
    const minr = Math.floor(r), minc = Math.floor(c), maxr = Math.ceil(r), maxc = Math.ceil(c);
    if (minr >= 0 && minc >= 0 && maxr < rows && maxc < cols) return x;
    const dr = f(r - minr);
    const dc = f(c - minc);
    const wc = 1 - dc;
    const wr = 1 - dr;
    const r0 = foldOffset(rowFold, minr, rowStep), r1 = foldOffset(rowFold, maxr, rowStep);
    const c0 = foldOffset(colFold, minc, channels), c1 = foldOffset(colFold, maxc, channels);
    const o = ob + x * channels;
    for (let ch = 0; ch < channels; ch++) {
      const tl = r0 < 0 || c0 < 0 ? cval : img[r0 + c0 + ch];
      const tr = r0 < 0 || c1 < 0 ? cval : img[r0 + c1 + ch];
      const bl = r1 < 0 || c0 < 0 ? cval : img[r1 + c0 + ch];
      const br = r1 < 0 || c1 < 0 ? cval : img[r1 + c1 + ch];
      const top = wc * tl + f(dc * tr);
      const bottom = wc * bl + f(dc * br);
      out[o + ch] = f(wr * top + dr * bottom);
    }
  }
  return outCols;
}

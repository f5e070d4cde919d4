/**
 * scikit-image's fast affine warp of 2-D images (its `_warp_fast` for orders 1 and 3), float64:
 * every output pixel (col x, row y) is mapped through a 3x3 matrix to an input (col, row) and
 * read with bilinear or Catmull-Rom bicubic convolution, using numpy.pad-style boundary modes
 * on integer pixel positions. Works on C-ordered (rows, cols[, channels]) Float64Arrays, with
 * the channels of a pixel together. Pixels whose whole footprint lies inside the image read it
 * directly (one loop for gray images, one for channels); runs of the others fold their taps
 * through tables. The arithmetic is scikit-image's, operation for operation.
 */
import { AxisFold, PadMode, foldOffset, rowCoords64, warpFolds } from "./warp_fold";
import { bicubicChannels, bicubicGray } from "./warp_bicubic";

export type { PadMode } from "./warp_fold";

/** One warp: the input, the matrix, the output grid and the boundary handling. */
export interface WarpJob {
  img: Float64Array;
  rows: number;
  cols: number;
  channels: number;
  m: readonly number[];
  outRows: number;
  outCols: number;
  rowFold: AxisFold;
  colFold: AxisFold;
  cval: number;
  out: Float64Array;
}

/**
 * Warps `img` (rows, cols, channels; channels 1 for a 2-D image) through the row-major 3x3
 * matrix `m` (output (col, row, 1) -> input (col, row, w)) with interpolation order 1 or 3.
 */
export function warpFast(
  img: Float64Array, rows: number, cols: number, channels: number, m: readonly number[],
  outRows: number, outCols: number, order: 1 | 3, mode: PadMode, cval: number,
): Float64Array {
  const out = new Float64Array(outRows * outCols * channels);
  const { rowFold, colFold } = warpFolds(m, rows, cols, outRows, outCols, mode);
  const job: WarpJob = { img, rows, cols, channels, m, outRows, outCols, rowFold, colFold, cval, out };
  if (order === 1) {
    if (channels === 1) bilinearGray(job);
    else bilinearChannels(job);
  } else if (channels === 1) {
    bicubicGray(job);
  } else {
    bicubicChannels(job);
  }
  return out;
}

function bilinearGray(job: WarpJob): void {
  const { img, rows, cols, m, outRows, outCols, out } = job;
  const xy = new Float64Array(2 * outCols);
  for (let y = 0; y < outRows; y++) {
    rowCoords64(m, y, outCols, xy);
    const ob = y * outCols;
    for (let x = 0; x < outCols; x++) {
      const c = xy[2 * x];
      const r = xy[2 * x + 1];
      const minr = Math.floor(r), minc = Math.floor(c), maxr = Math.ceil(r), maxc = Math.ceil(c);
      if (!(minr >= 0 && minc >= 0 && maxr < rows && maxc < cols)) {
        x = bilinearEdges(job, xy, x, ob) - 1;
        continue;
      }
      const dr = r - minr;
      const dc = c - minc;
      const tl = minr * cols + minc;
      const tr = tl + (maxc - minc);
      const bl = tl + (maxr - minr) * cols;
      const br = bl + (maxc - minc);
      const top = (1 - dc) * img[tl] + dc * img[tr];
      const bottom = (1 - dc) * img[bl] + dc * img[br];
      out[ob + x] = (1 - dr) * top + dr * bottom;
    }
  }
}

function bilinearChannels(job: WarpJob): void {
  const { img, rows, cols, channels, m, outRows, outCols, out } = job;
  const rowStep = cols * channels;
  const xy = new Float64Array(2 * outCols);
  for (let y = 0; y < outRows; y++) {
    rowCoords64(m, y, outCols, xy);
    const ob = y * outCols * channels;
    for (let x = 0; x < outCols; x++) {
      const c = xy[2 * x];
      const r = xy[2 * x + 1];
      const minr = Math.floor(r), minc = Math.floor(c), maxr = Math.ceil(r), maxc = Math.ceil(c);
      if (!(minr >= 0 && minc >= 0 && maxr < rows && maxc < cols)) {
        x = bilinearEdges(job, xy, x, ob) - 1;
        continue;
      }
      const dr = r - minr;
      const dc = c - minc;
      const tl = (minr * cols + minc) * channels;
      const tr = tl + (maxc - minc) * channels;
      const bl = tl + (maxr - minr) * rowStep;
      const br = bl + (maxc - minc) * channels;
      const o = ob + x * channels;
      for (let ch = 0; ch < channels; ch++) {
        const top = (1 - dc) * img[tl + ch] + dc * img[tr + ch];
        const bottom = (1 - dc) * img[bl + ch] + dc * img[br + ch];
        out[o + ch] = (1 - dr) * top + dr * bottom;
      }
    }
  }
}

/**
 * Output pixels x0, x0 + 1, ... of a row (xy its coordinates, ob its offset) while a tap is
 * outside the image, folded by table; returns the first x whose taps are all inside.
 */
function bilinearEdges(job: WarpJob, xy: Float64Array, x0: number, ob: number): number {
  const { img, rows, cols, channels, outCols, rowFold, colFold, cval, out } = job;
  const rowStep = cols * channels;
  for (let x = x0; x < outCols; x++) {
    const c = xy[2 * x];
    const r = xy[2 * x + 1];
    const minr = Math.floor(r), minc = Math.floor(c), maxr = Math.ceil(r), maxc = Math.ceil(c);
    if (minr >= 0 && minc >= 0 && maxr < rows && maxc < cols) return x;
    const dr = r - minr;
    const dc = c - minc;
    const r0 = foldOffset(rowFold, minr, rowStep), r1 = foldOffset(rowFold, maxr, rowStep);
    const c0 = foldOffset(colFold, minc, channels), c1 = foldOffset(colFold, maxc, channels);
    const o = ob + x * channels;
    for (let ch = 0; ch < channels; ch++) {
      const tl = r0 < 0 || c0 < 0 ? cval : img[r0 + c0 + ch];
      const tr = r0 < 0 || c1 < 0 ? cval : img[r0 + c1 + ch];
      const bl = r1 < 0 || c0 < 0 ? cval : img[r1 + c0 + ch];
      const br = r1 < 0 || c1 < 0 ? cval : img[r1 + c1 + ch];
      const top = (1 - dc) * tl + dc * tr;
      const bottom = (1 - dc) * bl + dc * br;
      out[o + ch] = (1 - dr) * top + dr * bottom;
    }
  }
  return outCols;
}

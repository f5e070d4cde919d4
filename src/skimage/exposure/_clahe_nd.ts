/**
 * scikit-image 0.19's `_clahe` for any number of dimensions (the 2-D case has its own loop in
 * adapthist.ts): tiles of `kernel` voxels, mappings blended over the 2**ndim surrounding tiles
 * with weights multiplied from the last axis to the first, summed in float32.
 */
import { extendIndex } from "../_internal/boundary";
import { NR_OF_GRAY, clipHistogram, mapHistogram } from "./_clahe_hist";

function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let step = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    s[k] = step;
    step *= shape[k];
  }
  return s;
}

/** Calls fn with every multi-index of `shape` in C order (the array is reused). */
function forEachIndex(shape: readonly number[], fn: (idx: number[], flat: number) => void): void {
  const total = shape.reduce((a, b) => a * b, 1);
  const idx = new Array<number>(shape.length).fill(0);
  for (let n = 0; n < total; n++) {
    fn(idx, n);
    for (let k = shape.length - 1; k >= 0; k--) {
      if (++idx[k] < shape[k]) break;
      idx[k] = 0;
    }
  }
}

/** The CLAHE result (uint16-truncated values) of 14-bit values of the given shape. */
export function claheNd(img: Uint16Array, shape: readonly number[], kernel: readonly number[], clipLimit: number, nbins: number): Float64Array {
  const ndim = shape.length;
  const start = kernel.map((k) => k >> 1);
  const padded = shape.map((s, d) => s + start[d] + ((kernel[d] - (s % kernel[d])) % kernel[d]) + Math.ceil(kernel[d] / 2));
  const binSize = 1 + Math.floor(NR_OF_GRAY / nbins);
  // the padded, binned image (numpy's 'reflect' pad is scipy's 'mirror')
  const srcStrides = stridesOf(shape);
  const maps = padded.map((p, d) => Int32Array.from({ length: p }, (_, i) => extendIndex(i - start[d], shape[d], "mirror")));
  const binned = new Int32Array(padded.reduce((a, b) => a * b, 1));
  let nb = nbins;
  forEachIndex(padded, (idx, n) => {
    let off = 0;
    for (let d = 0; d < ndim; d++) off += maps[d][idx[d]] * srcStrides[d];
    const v = Math.floor(img[off] / binSize);
    binned[n] = v;
    if (v >= nb) nb = v + 1;
  });
  const pStrides = stridesOf(padded);
  const nProc = padded.map((p, d) => Math.trunc(p / kernel[d]));
  const nHist = nProc.map((n) => n - 1);
  const pixels = kernel.reduce((a, b) => a * b, 1);
  const limit = clipLimit > 0 ? Math.trunc(Math.max(clipLimit * pixels, 1)) : pixels;
  const tiles: Float64Array[] = [];
  forEachIndex(nHist, (a) => {
    const hist = new Float64Array(nb);
    const origin = a.map((v, d) => start[d] + v * kernel[d]);
    forEachIndex(kernel, (o) => {
      let off = 0;
      for (let d = 0; d < ndim; d++) off += (origin[d] + o[d]) * pStrides[d];
      hist[binned[off]]++;
    });
    clipHistogram(hist, limit);
    mapHistogram(hist, pixels);
    tiles.push(hist);
  });
  // mappings on the tile grid, edge-padded by one tile on every side
  const gridShape = nHist.map((n) => n + 2);
  const gridStrides = stridesOf(gridShape);
  const tileStrides = stridesOf(nHist);
  const grid: Float64Array[] = [];
  forEachIndex(gridShape, (g) => {
    let off = 0;
    for (let d = 0; d < ndim; d++) off += Math.min(Math.max(g[d] - 1, 0), nHist[d] - 1) * tileStrides[d];
    grid.push(tiles[off]);
  });
  const corners = 1 << ndim;
  const out = new Float64Array(img.length);
  const f = Math.fround;
  const cell = new Array<number>(ndim);
  const frac = new Array<number>(ndim);
  forEachIndex(shape, (x, n) => {
    let off = 0;
    for (let d = 0; d < ndim; d++) {
      const p = x[d] + start[d];
      cell[d] = Math.floor(p / kernel[d]);
      frac[d] = (p - cell[d] * kernel[d]) / kernel[d];
      off += p * pStrides[d];
    }
    const v = binned[off];
    let acc = 0;
    // corners in np.ndindex order (last axis fastest)
    for (let e = 0; e < corners; e++) {
      let g = 0;
      let w = 1;
      for (let d = ndim - 1; d >= 0; d--) {
        const bit = (e >> (ndim - 1 - d)) & 1;
        g += (cell[d] + bit) * gridStrides[d];
        const wd = bit ? frac[d] : 1 - frac[d];
        w = d === ndim - 1 ? wd : w * wd;
      }
      acc = f(acc + f(grid[g][v] * w));
    }
    out[n] = Math.trunc(acc);
  });
  return out;
}

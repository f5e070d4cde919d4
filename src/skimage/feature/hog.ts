/** `skimage.feature.hog` (scikit-image 0.19): histograms of oriented gradients. */
import { NDArray } from "../../np/ndarray";
import { float32, float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { multichannelToAxis } from "../_internal/multichannel";
import { pairwiseSum } from "../_internal/correlate";
import { line } from "../draw/lines";
import { channelsLast } from "../segmentation/_channels_last";
import { hogHistograms, hypot } from "./_hog_histogram";

const PAIR = check("a pair of ints", (v) => Array.isArray(v) && v.length === 2 && v.every((x) => Number.isInteger(x)));
const HOG = signature(
  "skimage.feature.hog(image, orientations=9, pixels_per_cell=(8, 8), cells_per_block=(3, 3), block_norm='L2-Hys', visualize=False, transform_sqrt=False, feature_vector=True, multichannel=None, *, channel_axis=None)",
  {
    types: {
      image: "array_like", orientations: "int", pixels_per_cell: PAIR, cells_per_block: PAIR, block_norm: "str", visualize: "bool",
      transform_sqrt: "bool", feature_vector: "bool", multichannel: "bool|None", channel_axis: "int|None",
    },
  },
);

type BlockNorm = "L1" | "L1-sqrt" | "L2" | "L2-Hys";

/** Keyword arguments of hog. */
export interface HogOptions {
  orientations?: number;
  pixels_per_cell?: readonly [number, number];
  cells_per_block?: readonly [number, number];
  block_norm?: BlockNorm;
  visualize?: boolean;
  transform_sqrt?: boolean;
  feature_vector?: boolean;
  /** deprecated: use channel_axis */
  multichannel?: boolean | null;
  channel_axis?: number | null;
}

/** Central differences along rows and columns, 0 on the border rows / columns. */
function gradients(v: Float64Array, rows: number, cols: number, single: boolean): [Float64Array, Float64Array] {
  const gr = new Float64Array(rows * cols);
  const gc = new Float64Array(rows * cols);
  const round = single ? Math.fround : (x: number) => x;
  for (let r = 1; r < rows - 1; r++) for (let c = 0; c < cols; c++) gr[r * cols + c] = round(v[(r + 1) * cols + c] - v[(r - 1) * cols + c]);
  for (let r = 0; r < rows; r++) for (let c = 1; c < cols - 1; c++) gc[r * cols + c] = round(v[r * cols + c + 1] - v[r * cols + c - 1]);
  return [gr, gc];
}

/** One block's values normalised in place (eps 1e-5, as scikit-image). */
function normalizeBlock(block: Float64Array, method: BlockNorm): void {
  const eps = 1e-5;
  const n = block.length;
  const tmp = new Float64Array(n);
  if (method === "L1" || method === "L1-sqrt") {
    for (let i = 0; i < n; i++) tmp[i] = Math.abs(block[i]);
    const d = pairwiseSum(tmp, 0, n) + eps;
    for (let i = 0; i < n; i++) block[i] = method === "L1" ? block[i] / d : Math.sqrt(block[i] / d);
    return;
  }
  for (let i = 0; i < n; i++) tmp[i] = block[i] ** 2;
  const d = Math.sqrt(pairwiseSum(tmp, 0, n) + eps ** 2);
  for (let i = 0; i < n; i++) block[i] /= d;
  if (method === "L2") return;
  for (let i = 0; i < n; i++) block[i] = Math.min(block[i], 0.2);
  for (let i = 0; i < n; i++) tmp[i] = block[i] ** 2;
  const d2 = Math.sqrt(pairwiseSum(tmp, 0, n) + eps ** 2);
  for (let i = 0; i < n; i++) block[i] /= d2;
}

/**
 * `skimage.feature.hog(image, orientations=9, pixels_per_cell=(8, 8), cells_per_block=(3, 3),
 * block_norm='L2-Hys', visualize=False, transform_sqrt=False, feature_vector=True,
 * multichannel=None, *, channel_axis=None)`: the HOG descriptor as scikit-image computes it
 * (gradients of the raw values, the strongest channel per pixel, float32 cell sums), a flat
 * vector or (blocks_row, blocks_col, b_row, b_col, orientations); with visualize,
 * `[features, hog_image]`.
 */
export function hog(image: NDArrayLike, ...rest: PyArgs<[
  orientations: number, pixels_per_cell: readonly [number, number], cells_per_block: readonly [number, number], block_norm: BlockNorm,
  visualize: false, transform_sqrt: boolean, feature_vector: boolean, multichannel: boolean | null, options: HogOptions & { visualize?: false },
], HogOptions & { visualize?: false }>): NDArray;
export function hog(image: NDArrayLike, ...rest: PyArgs<[
  orientations: number, pixels_per_cell: readonly [number, number], cells_per_block: readonly [number, number], block_norm: BlockNorm,
  visualize: true, transform_sqrt: boolean, feature_vector: boolean, multichannel: boolean | null, options: HogOptions & { visualize: true },
], HogOptions & { visualize: true }>): [NDArray, NDArray];
export function hog(...args: unknown[]): NDArray | [NDArray, NDArray] {
  const b = HOG.bind(args);
  const channelAxis = multichannelToAxis(args, b, 8, "hog");
  let img = asNDArray(b.image);
  if (img.ndim < 2) img = img.reshape([1, img.size]);
  const outType = img.dtype === float32 ? float32 : float64;
  const single = outType === float32;
  const spatialDims = channelAxis !== null ? img.ndim - 1 : img.ndim;
  if (spatialDims !== 2) {
    throw new ValueError("Only images with two spatial dimensions are supported. If using with color/multichannel images, specify `channel_axis`.");
  }
  const { values: raw, spatial, channels } = channelsLast(img, channelAxis);
  const [rows, cols] = spatial;
  let values = raw;
  if (b.transform_sqrt) values = raw.map((v) => (single ? Math.fround(Math.sqrt(v)) : Math.sqrt(v)));
  let gRow: Float64Array;
  let gCol: Float64Array;
  if (channelAxis === null) {
    [gRow, gCol] = gradients(values, rows, cols, single);
  } else {
    gRow = new Float64Array(rows * cols);
    gCol = new Float64Array(rows * cols);
    const best = new Float64Array(rows * cols).fill(-Infinity);
    const plane = new Float64Array(rows * cols);
    for (let ch = 0; ch < channels; ch++) {
      for (let i = 0; i < plane.length; i++) plane[i] = values[i * channels + ch];
      const [gr, gc] = gradients(plane, rows, cols, single);
      for (let i = 0; i < plane.length; i++) {
        const m = single ? Math.fround(hypot(gr[i], gc[i])) : hypot(gr[i], gc[i]);
        // argmax keeps the first channel among equals
        if (m > best[i]) {
          best[i] = m;
          gRow[i] = gr[i];
          gCol[i] = gc[i];
        }
      }
    }
  }
  const [cRow, cCol] = b.pixels_per_cell as [number, number];
  const [bRow, bCol] = b.cells_per_block as [number, number];
  const orient: number = b.orientations;
  const nCellsRow = Math.floor(rows / cRow);
  const nCellsCol = Math.floor(cols / cCol);
  const hist = hogHistograms(gCol, gRow, cCol, cRow, cols, rows, nCellsCol, nCellsRow, orient);
  const hogImage = b.visualize ? drawHog(hist, rows, cols, cRow, cCol, nCellsRow, nCellsCol, orient, single) : null;
  const nBlocksRow = nCellsRow - bRow + 1;
  const nBlocksCol = nCellsCol - bCol + 1;
  const blockSize = bRow * bCol * orient;
  const out = new outType.storage(Math.max(nBlocksRow, 0) * Math.max(nBlocksCol, 0) * blockSize);
  const block = new Float64Array(blockSize);
  for (let r = 0; r < nBlocksRow; r++) {
    for (let c = 0; c < nBlocksCol; c++) {
      for (let i = 0, k = 0; i < bRow; i++) for (let j = 0; j < bCol; j++) for (let o = 0; o < orient; o++, k++) block[k] = hist[((r + i) * nCellsCol + c + j) * orient + o];
      if (!["L1", "L1-sqrt", "L2", "L2-Hys"].includes(b.block_norm)) throw new ValueError("Selected block normalization method is invalid.");
      normalizeBlock(block, b.block_norm);
      out.set(block, (r * nBlocksCol + c) * blockSize);
    }
  }
  const shape = b.feature_vector ? [out.length] : [Math.max(nBlocksRow, 0), Math.max(nBlocksCol, 0), bRow, bCol, orient];
  const features = NDArray.fromStorage(out, shape, outType);
  return hogImage === null ? features : [features, hogImage];
}
pyfunction(HOG, hog);

/** scikit-image's picture of the cell histograms: one line per bin through each cell centre. */
function drawHog(hist: Float64Array, rows: number, cols: number, cRow: number, cCol: number, nRows: number, nCols: number, orient: number, single: boolean): NDArray {
  const radius = Math.floor(Math.min(cRow, cCol) / 2) - 1;
  const img = single ? new Float32Array(rows * cols) : new Float64Array(rows * cols);
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      for (let o = 0; o < orient; o++) {
        const mid = (Math.PI * (o + 0.5)) / orient;
        const dr = radius * Math.sin(mid);
        const dc = radius * Math.cos(mid);
        const cr = r * cRow + Math.floor(cRow / 2);
        const cc = c * cCol + Math.floor(cCol / 2);
        const [rr, ccs] = line(Math.trunc(cr - dc), Math.trunc(cc + dr), Math.trunc(cr + dc), Math.trunc(cc - dr));
        const rv = readFloat64(rr);
        const cv = readFloat64(ccs);
        const v = hist[(r * nCols + c) * orient + o];
        for (let k = 0; k < rv.length; k++) {
          // negative indices wrap as NumPy's do
          const y = rv[k] < 0 ? rv[k] + rows : rv[k];
          const x = cv[k] < 0 ? cv[k] + cols : cv[k];
          img[y * cols + x] += v;
        }
      }
    }
  }
  return NDArray.fromStorage(img, [rows, cols], single ? float32 : float64);
}

/**
 * scikit-image's private feature.peak._prominent_peaks (0.19), which the Hough peak finders
 * share: local maxima of a 2-D accumulator over a (2 min_ydistance + 1) x (2 min_xdistance + 1)
 * window, the strongest first, each suppressing its neighbourhood (columns wrap around with
 * the rows mirrored, as for angles).
 */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { bool } from "../../np/dtype";
import { argQuicksort } from "../../np/argquicksort";
import { label } from "../measure/label";

/** The peaks' values (in the accumulator's terms), columns and rows. */
export interface Peaks {
  values: number[];
  xs: number[];
  ys: number[];
}

/** Running maximum of width 2 r + 1 along rows (axis 0) or columns (axis 1), zeros outside. */
function maxFilter(src: Float64Array, rows: number, cols: number, r: number, alongRows: boolean): Float64Array {
  const out = new Float64Array(src.length);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      let m = -Infinity;
      for (let k = -r; k <= r; k++) {
        const yy = alongRows ? y + k : y;
        const xx = alongRows ? x : x + k;
        const v = yy < 0 || yy >= rows || xx < 0 || xx >= cols ? 0 : src[yy * cols + xx];
        if (v > m) m = v;
      }
      out[y * cols + x] = m;
    }
  }
  return out;
}

/** np.round (half to even). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

export function prominentPeaks(image: NDArray, minX: number, minY: number, threshold: number | null, numPeaks: number): Peaks {
  const rows = image.shape[0];
  const cols = image.shape[1];
  const img = new Float64Array(contiguousStorage(image));
  let thr = threshold;
  if (thr === null) {
    let max = -Infinity;
    for (let i = 0; i < img.length; i++) if (img[i] > max) max = img[i];
    thr = 0.5 * max;
  }
  const imgMax = maxFilter(maxFilter(img, rows, cols, minY, true), rows, cols, minX, false);
  const above = new Uint8Array(img.length);
  for (let i = 0; i < img.length; i++) {
    const v = img[i] === imgMax[i] ? img[i] : 0;
    above[i] = v > thr ? 1 : 0;
  }
  const labels = contiguousStorage(label(NDArray.fromStorage(above, [rows, cols], bool)));
  // regionprops of the labels: centroid and maximum of imgMax per region
  let n = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] > n) n = labels[i];
  const sy = new Float64Array(n + 1);
  const sx = new Float64Array(n + 1);
  const count = new Float64Array(n + 1);
  const top = new Float64Array(n + 1).fill(-Infinity);
  for (let y = 0, i = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++, i++) {
      const l = labels[i];
      if (l === 0) continue;
      sy[l] += y;
      sx[l] += x;
      count[l] += 1;
      if (imgMax[i] > top[l]) top[l] = imgMax[i];
    }
  }
  // Python's stable sort by intensity_max, then reversed
  const order = Array.from({ length: n }, (_, k) => k + 1).sort((a, b) => top[a] - top[b]).reverse();
  const values: number[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const l of order) {
    const cy = roundHalfEven(sy[l] / count[l]);
    const cx = roundHalfEven(sx[l] / count[l]);
    const accum = imgMax[cy * cols + cx];
    if (!(accum > thr)) continue;
    for (let dy = -minY; dy <= minY; dy++) {
      const y0 = cy + dy;
      if (!(y0 > 0 && y0 < rows)) continue;
      for (let dx = -minX; dx <= minX; dx++) {
        let y = y0;
        let x = cx + dx;
        if (x < 0) {
          y = rows - y;
          x += cols;
        } else if (x >= cols) {
          y = rows - y;
          x -= cols;
        }
        // NumPy's fancy index: negative wraps; the mirrored row stays inside (0, rows)
        imgMax[y * cols + x] = 0;
      }
    }
    values.push(accum);
    ys.push(cy);
    xs.push(cx);
  }
  if (numPeaks < values.length) {
    const idx = Array.from(values.keys());
    argQuicksort(values, idx);
    const keep = idx.reverse().slice(0, numPeaks);
    return { values: keep.map((k) => values[k]), xs: keep.map((k) => xs[k]), ys: keep.map((k) => ys[k]) };
  }
  return { values, xs, ys };
}

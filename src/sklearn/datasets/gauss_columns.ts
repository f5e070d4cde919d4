/**
 * Standard normal draws written into some of the columns of a row-major buffer, in the order
 * `standard_normal((n_samples, n_cols))` draws them, as make_classification assigns
 * `X[:, a:b] = generator.standard_normal(...)`.
 */
import { RandomState } from "../../np/random/RandomState";

/** Values drawn per chunk when the columns are not the whole row. */
const CHUNK = 8192;

/**
 * Standard normal samples of shape (nSamples, nCols), drawn in C order, written into columns
 * col0 .. col0 + nCols of the row-major buffer `out` (row width `width`).
 */
export function fillGaussColumns(rs: RandomState, out: Float64Array, nSamples: number, width: number, col0: number, nCols: number): void {
  const total = nSamples * nCols;
  if (nCols === width) {
    rs._mt.fillGauss(out, 0, total);
    return;
  }
  const chunk = new Float64Array(Math.min(total, CHUNK));
  let row = 0;
  let col = 0;
  for (let done = 0; done < total; ) {
    const n = Math.min(chunk.length, total - done);
    rs._mt.fillGauss(chunk, 0, n);
    [row, col] = scatterIntoColumns(chunk, n, out, width, col0, nCols, row, col);
    done += n;
  }
}

/** Copies chunk[0, n) into the columns, continuing at (row, col); returns where it stopped. */
function scatterIntoColumns(
  chunk: Float64Array, n: number, out: Float64Array, width: number, col0: number, nCols: number, row: number, col: number,
): [number, number] {
  let pos = row * width + col0;
  for (let i = 0; i < n; i++) {
    out[pos + col] = chunk[i];
    if (++col === nCols) {
      col = 0;
      row++;
      pos += width;
    }
  }
  return [row, col];
}

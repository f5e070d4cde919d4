/**
 * scikit-image's `_hoghistogram.hog_histograms`: per cell, the gradient magnitudes whose
 * orientation (degrees in [0, 180)) falls in each bin, summed in a C float and divided by the
 * cell area. Cells are centred every cell size from half a cell, as scikit-image places them.
 */

/** NumPy's float remainder with a positive divisor (result in [0, d)). */
function remainder(x: number, d: number): number {
  let m = x % d;
  if (m !== 0) {
    if (m < 0) m += d;
  } else {
    m = 0;
  }
  return m;
}

/**
 * C's hypot, correctly rounded where the squares are exact (integer gradients): equal
 * magnitudes such as hypot(1, 7) and hypot(5, 5) must compare equal, which Math.hypot's
 * scaled algorithm does not guarantee.
 */
export function hypot(a: number, b: number): number {
  const s = a * a + b * b;
  return Number.isFinite(s) && s > 1e-300 ? Math.sqrt(s) : Math.hypot(a, b);
}

const RAD2DEG = 180.0 / Math.PI;

export function hogHistograms(
  gCol: Float64Array, gRow: Float64Array, cellCols: number, cellRows: number, sizeCols: number, sizeRows: number,
  nCellsCols: number, nCellsRows: number, nOrient: number,
): Float64Array {
  const n = gCol.length;
  const magnitude = new Float64Array(n);
  const orientation = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    magnitude[i] = hypot(gCol[i], gRow[i]);
    orientation[i] = remainder(Math.atan2(gRow[i], gCol[i]) * RAD2DEG, 180);
  }
  const hist = new Float64Array(nCellsRows * nCellsCols * nOrient);
  const r0 = Math.trunc(cellRows / 2);
  const c0 = Math.trunc(cellCols / 2);
  const rowStop = Math.trunc((cellRows + 1) / 2);
  const rowStart = -Math.trunc(cellRows / 2);
  const colStop = Math.trunc((cellCols + 1) / 2);
  const colStart = -Math.trunc(cellCols / 2);
  const per180 = 180 / nOrient;
  const area = cellRows * cellCols;
  for (let o = 0; o < nOrient; o++) {
    const start = per180 * (o + 1);
    const end = per180 * o;
    for (let ri = 0, r = r0; r < cellRows * nCellsRows; ri++, r += cellRows) {
      for (let ci = 0, c = c0; c < cellCols * nCellsCols; ci++, c += cellCols) {
        let total = 0;
        for (let dr = rowStart; dr < rowStop; dr++) {
          const y = r + dr;
          if (y < 0 || y >= sizeRows) continue;
          for (let dc = colStart; dc < colStop; dc++) {
            const x = c + dc;
            if (x < 0 || x >= sizeCols) continue;
            const p = y * sizeCols + x;
            if (orientation[p] >= start || orientation[p] < end) continue;
            total = Math.fround(total + magnitude[p]);
          }
        }
        hist[(ri * nCellsCols + ci) * nOrient + o] = Math.fround(total / area);
      }
    }
  }
  return hist;
}

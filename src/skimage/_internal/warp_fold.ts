/**
 * Pieces shared by scikit-image's fast warps (`_warp_fast`): the numpy.pad-style folding of
 * integer pixel positions (`coord_map`), by table over the range a warp reaches, and the input
 * coordinates of each output row.
 */

/** scikit-image's boundary modes (numpy.pad names). */
export type PadMode = "constant" | "edge" | "symmetric" | "reflect" | "wrap";

/** scikit-image's integer coordinate fold (`coord_map`) for the non-constant modes. */
export function padFold(dim: number, coord: number, mode: PadMode): number {
  const cmax = dim - 1;
  switch (mode) {
    case "symmetric":
      if (coord < 0) coord = -coord - 1;
      if (coord > cmax) return Math.trunc(coord / dim) % 2 !== 0 ? cmax - (coord % dim) : coord % dim;
      return coord;
    case "wrap":
      if (coord < 0) return cmax - ((-coord - 1) % dim);
      return coord > cmax ? coord % dim : coord;
    case "edge":
      return coord < 0 ? 0 : coord > cmax ? cmax : coord;
    case "reflect":
      if (dim === 1) return 0;
      if (coord < 0) return Math.trunc(-coord / cmax) % 2 !== 0 ? cmax - (-coord % cmax) : -coord % cmax;
      if (coord > cmax) return Math.trunc(coord / cmax) % 2 !== 0 ? cmax - (coord % cmax) : coord % cmax;
      return coord;
    default:
      return coord;
  }
}

/** The pixel index along an axis of length dim for `coord`, or -1 where mode 'constant' reads cval. */
export function foldIndex(dim: number, coord: number, mode: PadMode): number {
  if (mode === "constant") return coord < 0 || coord >= dim ? -1 : coord;
  return padFold(dim, coord, mode);
}

/**
 * Folded indices of one axis for the coordinates a warp can reach, so pixels near or beyond
 * the edge fold by table look-up instead of integer division. Coordinates outside the table
 * (projective maps) fold directly.
 */
export interface AxisFold {
  dim: number;
  mode: PadMode;
  /** Coordinate of idx[0]. */
  base: number;
  idx: Int32Array;
}

/** An AxisFold for coordinates lo..hi (clamped to a few image sizes around the image). */
export function axisFold(dim: number, lo: number, hi: number, mode: PadMode): AxisFold {
  const base = Math.max(Math.floor(lo), -4 * dim - 16);
  const top = Math.min(Math.ceil(hi), 5 * dim + 16);
  const idx = new Int32Array(Math.max(0, top - base + 1));
  for (let k = 0; k < idx.length; k++) idx[k] = foldIndex(dim, base + k, mode);
  return { dim, mode, base, idx };
}

/** The folded index i of an axis times `step`, the offset of that row or column (-1 stays -1). */
export function foldOffset(t: AxisFold, i: number, step: number): number {
  const k = i - t.base;
  const j = k >= 0 && k < t.idx.length ? t.idx[k] : foldIndex(t.dim, i, t.mode);
  return j < 0 ? -1 : j * step;
}

/**
 * The row and column folds for a warp through m onto an outRows x outCols grid: an affine map
 * reaches its extreme coordinates at the corners; taps reach 1 before and 2 after the floor.
 */
export function warpFolds(
  m: readonly number[], rows: number, cols: number, outRows: number, outCols: number, mode: PadMode,
): { rowFold: AxisFold; colFold: AxisFold } {
  let clo = Infinity, chi = -Infinity, rlo = Infinity, rhi = -Infinity;
  if (m[6] === 0 && m[7] === 0 && m[8] === 1) {
    for (const y of [0, outRows - 1]) {
      for (const x of [0, outCols - 1]) {
        const c = m[0] * x + m[1] * y + m[2];
        const r = m[3] * x + m[4] * y + m[5];
        clo = Math.min(clo, c);
        chi = Math.max(chi, c);
        rlo = Math.min(rlo, r);
        rhi = Math.max(rhi, r);
      }
    }
  }
  if (!(clo <= chi)) [clo, chi] = [0, cols - 1];
  if (!(rlo <= rhi)) [rlo, rhi] = [0, rows - 1];
  return { rowFold: axisFold(rows, rlo - 2, rhi + 3, mode), colFold: axisFold(cols, clo - 2, chi + 3, mode) };
}

/**
 * The input (col, row) of every output pixel of row y under the row-major 3x3 matrix m,
 * evaluated as scikit-image's float64 `_transform_*` helpers do ((m0 x + m1 y) + m2, ...).
 * Written to xy as [c0, r0, c1, r1, ...].
 */
export function rowCoords64(m: readonly number[], y: number, outCols: number, xy: Float64Array): void {
  const affine = m[6] === 0 && m[7] === 0 && m[8] === 1;
  if (affine && m[1] === 0 && m[3] === 0) {
    // metric: the row coordinate is the same along the row
    const r = m[4] * y + m[5];
    for (let x = 0; x < outCols; x++) {
      xy[2 * x] = m[0] * x + m[2];
      xy[2 * x + 1] = r;
    }
  } else if (affine) {
    const m1y = m[1] * y;
    const m4y = m[4] * y;
    for (let x = 0; x < outCols; x++) {
      xy[2 * x] = m[0] * x + m1y + m[2];
      xy[2 * x + 1] = m[3] * x + m4y + m[5];
    }
  } else {
    const m1y = m[1] * y;
    const m4y = m[4] * y;
    const m7y = m[7] * y;
    for (let x = 0; x < outCols; x++) {
      const zz = m[6] * x + m7y + m[8];
      xy[2 * x] = (m[0] * x + m1y + m[2]) / zz;
      xy[2 * x + 1] = (m[3] * x + m4y + m[5]) / zz;
    }
  }
}

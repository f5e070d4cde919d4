/**
 * random_walker's linear system as scikit-image 0.19 builds it: the graph Laplacian of the
 * (x, y, z) grid with Gaussian edge weights, unlabelled rows against seeded columns.
 */
import { expInto } from "../../np/ufuncs/exact";
import { expRun } from "../../np/simd-math";
import { pairwiseSum } from "../_internal/correlate";
import { filledFloat64, releaseScratch, uninitFloat64 } from "../_internal/scratch";
import { uninitStorage } from "../../np/alloc";

/**
 * The rows as a stencil, for a matrix-vector product without a branch per row: each row has
 * `far` entries before its column r - 1 and `far` after r + 1 (the neighbours along the
 * outer axes), with their columns, and the entries at r - 1, r and r + 1 (the innermost
 * axis), whose columns are implied; a missing entry has weight 0. In column order, so the
 * sums run in the CSR rows' order.
 */
export interface StencilRows {
  far: number;
  /** per row: far before, r - 1, r, r + 1, far after (2 far + 3 weights) */
  weights: Float64Array;
  /** per row: the columns of the far entries before, then after (2 far) */
  columns: Int32Array;
}

/** Unlabelled rows of the Laplacian in CSR form (and padded), and one right-hand side per label. */
export interface LinearSystem {
  indptr: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  stencil: StencilRows;
  diagonal: Float64Array;
  rhs: Float64Array[];
}

/** np.std of the values (NumPy's pairwise sums). */
function std(values: Float64Array): number {
  const n = values.length;
  const mean = pairwiseSum(values, 0, n) / n;
  const sq = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    sq[i] = d * d;
  }
  return Math.sqrt(pairwiseSum(sq, 0, n) / n);
}

/**
 * The weight of the edge from each pixel to its next neighbour along `axis` (0 where there
 * is none, or where either end is outside `active`): -(exp(scale * g) + 1e-10), g the summed
 * squared channel differences over the spacing, as scikit-image's _compute_weights_3d.
 */
function edgeWeights(data: Float64Array, dims: readonly number[], channels: number, axis: number, spacing: number, scale: number, active: Uint8Array | null): Float64Array {
  const [lx, ly, lz] = dims;
  const n = lx * ly * lz;
  const w = new Float64Array(n);
  if (dims[axis] <= 1) return w;
  const stride = axis === 0 ? ly * lz : axis === 1 ? lz : 1;
  // the exponents first, then np.exp over all of them at once
  const arg = uninitFloat64(n);
  const hasNext = new Uint8Array(n);
  for (let x = 0, p = 0; x < lx; x++) {
    for (let y = 0; y < ly; y++) {
      for (let z = 0; z < lz; z++, p++) {
        const last = axis === 0 ? x === lx - 1 : axis === 1 ? y === ly - 1 : z === lz - 1;
        if (last) {
          arg[p] = 0;
          continue;
        }
        const q = p + stride;
        let g = 0;
        for (let c = 0; c < channels; c++) {
          const d = (data[q * channels + c] - data[p * channels + c]) / spacing;
          g += d * d;
        }
        arg[p] = scale * g;
        hasNext[p] = active === null || (active[p] && active[q]) ? 1 : 0;
      }
    }
  }
  if (!expRun(w, 0, arg, 0, n)) expInto(arg, 0, w, n);
  for (let p = 0; p < n; p++) w[p] = hasNext[p] ? -(w[p] + 1e-10) : 0;
  releaseScratch(arg);
  return w;
}

/**
 * The system for data shaped (lx, ly, lz, channels) and labels (lx, ly, lz) numbered 0 for
 * unknown and 1..nlabels for seeds. With `active`, pixels outside it (inactive or isolated)
 * take no part: only edges between two active pixels count.
 */
export function buildSystem(data: Float64Array, dims: readonly number[], channels: number, labels: Float64Array, nlabels: number, spacing: readonly number[], beta: number, multichannel: boolean, active: Uint8Array | null = null): LinearSystem {
  const [lx, ly, lz] = dims;
  const n = lx * ly * lz;
  const sx = ly * lz;
  const sy = lz;
  let scale = -beta / (10 * std(data));
  if (multichannel) scale /= Math.sqrt(channels);
  const wDeep = edgeWeights(data, dims, channels, 2, spacing[2], scale, active);
  const wRight = edgeWeights(data, dims, channels, 1, spacing[1], scale, active);
  const wDown = edgeWeights(data, dims, channels, 0, spacing[0], scale, active);
  const position = new Int32Array(n);
  let m = 0;
  for (let p = 0; p < n; p++) position[p] = labels[p] === 0 && (active === null || active[p]) ? m++ : -1;
  const width = 1 + 2 * dims.filter((d) => d > 1).length;
  const indptr = new Int32Array(m + 1);
  const indices = new Int32Array(m * width);
  const values = new Float64Array(m * width);
  const diagonal = new Float64Array(m);
  const rhs = Array.from({ length: nlabels }, () => new Float64Array(m));
  let k = 0;
  let r = 0;
  // one neighbour q (edge weight w) of row r: a matrix entry, or a seed's term of the rhs
  const couple = (q: number, w: number): void => {
    if (w === 0) return; // an edge to an inactive pixel
    if (labels[q] === 0) {
      indices[k] = position[q];
      values[k++] = w;
    } else {
      rhs[labels[q] - 1][r] += -w;
    }
  };
  for (let x = 0, p = 0; x < lx; x++) {
    for (let y = 0; y < ly; y++) {
      for (let z = 0; z < lz; z++, p++) {
        if (position[p] < 0) continue;
        r = position[p];
        // the column sum in the COO's storage order: edges ending here (deep, right, down),
        // then starting here
        let colSum = 0;
        if (z > 0) colSum += wDeep[p - 1];
        if (y > 0) colSum += wRight[p - sy];
        if (x > 0) colSum += wDown[p - sx];
        colSum += wDeep[p] * (z < lz - 1 ? 1 : 0);
        colSum += wRight[p] * (y < ly - 1 ? 1 : 0);
        colSum += wDown[p] * (x < lx - 1 ? 1 : 0);
        diagonal[r] = -colSum;
        // neighbours in increasing index order, the diagonal among them
        if (x > 0) couple(p - sx, wDown[p - sx]);
        if (y > 0) couple(p - sy, wRight[p - sy]);
        if (z > 0) couple(p - 1, wDeep[p - 1]);
        indices[k] = r;
        values[k++] = diagonal[r];
        if (z < lz - 1) couple(p + 1, wDeep[p]);
        if (y < ly - 1) couple(p + sy, wRight[p]);
        if (x < lx - 1) couple(p + sx, wDown[p]);
        indptr[r + 1] = k;
      }
    }
  }
  return { indptr, indices: indices.subarray(0, k), values: values.subarray(0, k), diagonal, rhs, stencil: stencilRows(indptr, indices, values, Math.max(0, (width - 3) / 2)) };
}

/** The CSR rows as a stencil with `far` outer entries on each side (empty ones on the diagonal's column). */
function stencilRows(indptr: Int32Array, csrColumns: Int32Array, csrValues: Float64Array, far: number): StencilRows {
  const m = indptr.length - 1;
  const span = 2 * far + 3;
  // in the shared heap when large, where the WebAssembly product reads them
  const weights = filledFloat64(m * span, 0);
  const columns = uninitStorage(Int32Array, m * 2 * far) as Int32Array;
  for (let r = 0; r < m; r++) {
    const w = r * span;
    const c = r * 2 * far;
    for (let f = 0; f < 2 * far; f++) columns[c + f] = r;
    // far entries fill their side's slots from the outside in, so the order is kept
    let before = 0;
    for (let k = indptr[r]; k < indptr[r + 1]; k++) if (csrColumns[k] < r - 1) before++;
    let b = far - before;
    let a = 0;
    for (let k = indptr[r]; k < indptr[r + 1]; k++) {
      const col = csrColumns[k];
      const v = csrValues[k];
      if (col < r - 1) {
        weights[w + b] = v;
        columns[c + b++] = col;
      } else if (col <= r + 1) {
        weights[w + far + 1 + col - r] = v;
      } else {
        weights[w + far + 3 + a] = v;
        columns[c + far + a++] = col;
      }
    }
  }
  return { far, weights, columns };
}

/**
 * `scipy.ndimage.distance_transform_edt` (SciPy 1.10): exact Euclidean distances to the nearest
 * zero pixel by scipy's feature transform (a Voronoi pass along each axis in turn, ties going to
 * the earlier candidate as in scipy, so the returned indices agree too).
 */
import { NDArray } from "../../np/ndarray";
import { float64, int32 } from "../../np/dtype";
import { RuntimeError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { axisLayout } from "../../skimage/_internal/boundary";
import { NDArrayLike, SCALAR_OR_SEQ, inputArray, perAxis } from "./_support";
import { flagsOf } from "./structure";

const EDT = signature("scipy.ndimage.distance_transform_edt(input, sampling=None, return_distances=True, return_indices=False, distances=None, indices=None)", {
  types: { input: "array_like", sampling: [SCALAR_OR_SEQ, "None"], return_distances: "bool", return_indices: "bool" },
  unsupported: ["distances", "indices"],
});

/** Keyword arguments of distance_transform_edt. */
export interface EdtOptions {
  /** Pixel spacing along each axis (one number for all). */
  sampling?: number | readonly number[] | null;
  return_distances?: boolean;
  return_indices?: boolean;
  distances?: null;
  indices?: null;
}

/**
 * `scipy.ndimage.distance_transform_edt(input, sampling=None, return_distances=True,
 * return_indices=False, distances=None, indices=None)`: for every nonzero pixel, the distance
 * to the nearest zero pixel (0 on zero pixels), float64. With return_indices, also (or only)
 * the int32 array of shape (ndim, ...) holding that nearest zero pixel's coordinates.
 */
export function distance_transform_edt(input: NDArrayLike, sampling?: number | readonly number[] | null, return_distances?: true, return_indices?: false): NDArray;
export function distance_transform_edt(input: NDArrayLike, options: EdtOptions & { return_indices?: false; return_distances?: true }): NDArray;
export function distance_transform_edt(input: NDArrayLike, options: EdtOptions & { return_indices: true; return_distances?: true }): [NDArray, NDArray];
export function distance_transform_edt(input: NDArrayLike, ...rest: PyArgs<[sampling: number | readonly number[] | null, return_distances: boolean, return_indices: boolean, distances: null, indices: null, options: EdtOptions], EdtOptions>): NDArray | [NDArray, NDArray];
export function distance_transform_edt(...args: unknown[]): NDArray | [NDArray, NDArray] {
  const { input, sampling, return_distances, return_indices } = EDT.bind(args);
  if (!return_distances && !return_indices) throw new RuntimeError("at least one of return_distances/return_indices must be True");
  let img = inputArray(input);
  if (img.ndim === 0) img = img.reshape(1);
  const shape = img.shape;
  const rank = shape.length;
  const spacing = sampling === null ? null : perAxis<number>(sampling, rank);
  const ft = featureTransform(flagsOf(img), shape, spacing);
  const dist = return_distances ? NDArray.fromStorage(distancesOf(ft, shape, spacing), shape.slice(), float64) : null;
  const indices = return_indices ? NDArray.fromStorage(ft, [rank, ...shape], int32) : null;
  if (dist && indices) return [dist, indices];
  return (dist ?? indices)!;
}
pyfunction(EDT, distance_transform_edt);

/** sqrt(sum over axes of ((feature - index) * sampling)^2), the axes added in order as NumPy's add.reduce does. */
function distancesOf(ft: Int32Array, shape: readonly number[], spacing: readonly number[] | null): Float64Array {
  const rank = shape.length;
  const size = ft.length / rank;
  const d = new Float64Array(size);
  if (rank === 2 && !spacing) {
    const cols = shape[1];
    for (let r = 0, i = 0; r < shape[0]; r++) {
      for (let c = 0; c < cols; c++, i++) {
        const dr = ft[i] - r;
        const dc = ft[size + i] - c;
        d[i] = Math.sqrt(dr * dr + dc * dc);
      }
    }
    return d;
  }
  const coord = new Int32Array(rank);
  for (let i = 0; i < size; i++) {
    let acc = 0;
    for (let a = 0; a < rank; a++) {
      let t = ft[a * size + i] - coord[a];
      if (spacing) t *= spacing[a];
      acc += t * t;
    }
    d[i] = Math.sqrt(acc);
    for (let a = rank - 1; a >= 0; a--) {
      if (++coord[a] < shape[a]) break;
      coord[a] = 0;
    }
  }
  return d;
}

/** The feature transform: slot a (ft[a * size + i]) holds axis a's coordinate of pixel i's nearest zero pixel. */
export function featureTransform(flags: Uint8Array, shape: readonly number[], sampling: readonly number[] | null): Int32Array {
  const rank = shape.length;
  const size = flags.length;
  const ft = new Int32Array(rank * size);
  if (size === 0) return ft;
  if (rank === 2 && sampling === null) {
    featureTransform2d(flags, shape[0], shape[1], ft);
    return ft;
  }
  const maxLen = Math.max(...shape);
  const f = new Int32Array(maxLen * rank);
  const g = new Int32Array(maxLen);
  const coor = new Int32Array(rank);
  for (let d = 0; d < rank; d++) {
    const { outer, n, inner } = axisLayout(shape, d);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * n * inner + i;
        // the line's fixed coordinates
        let rem = base;
        for (let a = rank - 1; a >= 0; a--) {
          coor[a] = rem % shape[a];
          rem = Math.floor(rem / shape[a]);
        }
        if (d === 0) {
          for (let k = 0; k < n; k++) {
            const p = base + k * inner;
            if (flags[p]) {
              ft[p] = -1;
            } else {
              ft[p] = k;
              for (let a = 1; a < rank; a++) ft[a * size + p] = coor[a];
            }
          }
        }
        voronoiLine(ft, size, base, inner, n, coor, rank, d, f, g, sampling);
      }
    }
  }
  return ft;
}

/**
 * The 2-D feature transform without sampling: the same two Voronoi passes (down the columns,
 * then along the rows) on plain per-line arrays. ft holds rows in [0, size), columns after.
 */
function featureTransform2d(flags: Uint8Array, rows: number, cols: number, ft: Int32Array): void {
  const size = rows * cols;
  const n = Math.max(rows, cols);
  const fr = new Int32Array(n);
  const fc = new Int32Array(n);
  const g = new Int32Array(n);
  const outR = new Int32Array(n);
  const outC = new Int32Array(n);
  // pass 1, down each column: the nearest zero pixel in the column (rows only matter)
  for (let c = 0; c < cols; c++) {
    for (let k = 0; k < rows; k++) {
      const p = k * cols + c;
      if (flags[p]) {
        fr[k] = -1;
        fc[k] = 0;
      } else {
        fr[k] = k;
        fc[k] = c;
      }
    }
    voronoi2d(fr, fc, g, outR, outC, rows, c, true);
    for (let k = 0; k < rows; k++) {
      const p = k * cols + c;
      ft[p] = fr[k];
      ft[size + p] = fc[k];
    }
  }
  // pass 2, along each row
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let k = 0; k < cols; k++) {
      fr[k] = ft[base + k];
      fc[k] = ft[size + base + k];
    }
    voronoi2d(fr, fc, g, outR, outC, cols, r, false);
    for (let k = 0; k < cols; k++) {
      ft[base + k] = fr[k];
      ft[size + base + k] = fc[k];
    }
  }
}

/**
 * _VoronoiFT on one line of a 2-D image: candidates (fr, fc) per position (fr < 0: none),
 * `along` the other coordinate of the line; `down` when the line runs along rows (axis 0).
 * Updates fr, fc in place to each position's nearest candidate, ties to the earlier one.
 */
function voronoi2d(fr: Int32Array, fc: Int32Array, g: Int32Array, outR: Int32Array, outC: Int32Array, len: number, along: number, down: boolean): void {
  // d is the line's axis: its coordinate is fr (down) or fc; the other is compared with `along`
  const fd = down ? fr : fc;
  const fo = down ? fc : fr;
  let l = -1;
  for (let ii = 0; ii < len; ii++) {
    if (fr[ii] < 0) continue;
    const tw = fo[ii] - along;
    const wR = tw * tw;
    while (l >= 1) {
      const idx1 = g[l];
      const idx2 = g[l - 1];
      const f1 = fd[idx1];
      const a = f1 - fd[idx2];
      const b = fd[ii] - f1;
      const c = a + b;
      const tu = fo[idx2] - along;
      const tv = fo[idx1] - along;
      if (c * (tv * tv) - b * (tu * tu) - a * wR - a * b * c <= 0) break;
      l--;
    }
    g[++l] = ii;
  }
  const maxl = l;
  if (maxl < 0) return;
  // assign from the original candidates into scratch lines (the line is rewritten after)
  l = 0;
  for (let ii = 0; ii < len; ii++) {
    let t0 = fd[g[l]] - ii;
    let t1 = fo[g[l]] - along;
    let delta1 = t0 * t0 + t1 * t1;
    while (l < maxl) {
      t0 = fd[g[l + 1]] - ii;
      t1 = fo[g[l + 1]] - along;
      const delta2 = t0 * t0 + t1 * t1;
      if (delta1 <= delta2) break;
      delta1 = delta2;
      l++;
    }
    outR[ii] = fr[g[l]];
    outC[ii] = fc[g[l]];
  }
  fr.set(outR.subarray(0, len));
  fc.set(outC.subarray(0, len));
}

/** scipy's _VoronoiFT along one line: keeps the candidates whose regions meet the line, then assigns. */
function voronoiLine(
  ft: Int32Array, size: number, base: number, step: number, len: number, coor: Int32Array, rank: number, d: number,
  f: Int32Array, g: Int32Array, sampling: readonly number[] | null,
): void {
  for (let ii = 0; ii < len; ii++) for (let jj = 0; jj < rank; jj++) f[ii * rank + jj] = ft[jj * size + base + ii * step];
  const sd = sampling ? sampling[d] : 1;
  let l = -1;
  for (let ii = 0; ii < len; ii++) {
    if (f[ii * rank] < 0) continue;
    const fd = f[ii * rank + d];
    let wR = 0;
    for (let jj = 0; jj < rank; jj++) {
      if (jj === d) continue;
      let tw = f[ii * rank + jj] - coor[jj];
      if (sampling) tw *= sampling[jj];
      wR += tw * tw;
    }
    while (l >= 1) {
      const idx1 = g[l];
      const idx2 = g[l - 1];
      const f1 = f[idx1 * rank + d];
      let a = f1 - f[idx2 * rank + d];
      let b = fd - f1;
      if (sampling) {
        a *= sd;
        b *= sd;
      }
      const c = a + b;
      let uR = 0;
      let vR = 0;
      for (let jj = 0; jj < rank; jj++) {
        if (jj === d) continue;
        const cc = coor[jj];
        let tu = f[idx2 * rank + jj] - cc;
        let tv = f[idx1 * rank + jj] - cc;
        if (sampling) {
          tu *= sampling[jj];
          tv *= sampling[jj];
        }
        uR += tu * tu;
        vR += tv * tv;
      }
      if (c * vR - b * uR - a * wR - a * b * c <= 0) break;
      l--;
    }
    g[++l] = ii;
  }
  const maxl = l;
  if (maxl < 0) return;
  l = 0;
  for (let ii = 0; ii < len; ii++) {
    let delta1 = 0;
    for (let jj = 0; jj < rank; jj++) {
      let t = jj === d ? f[g[l] * rank + jj] - ii : f[g[l] * rank + jj] - coor[jj];
      if (sampling) t *= sampling[jj];
      delta1 += t * t;
    }
    while (l < maxl) {
      let delta2 = 0;
      for (let jj = 0; jj < rank; jj++) {
        let t = jj === d ? f[g[l + 1] * rank + jj] - ii : f[g[l + 1] * rank + jj] - coor[jj];
        if (sampling) t *= sampling[jj];
        delta2 += t * t;
      }
      if (delta1 <= delta2) break;
      delta1 = delta2;
      l++;
    }
    const idx1 = g[l];
    for (let jj = 0; jj < rank; jj++) ft[jj * size + base + ii * step] = f[idx1 * rank + jj];
  }
}

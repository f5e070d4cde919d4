/**
 * scikit-image's blob pruning: for every pair of blobs closer than twice the largest sigma
 * (times sqrt(ndim)), the smaller of two blobs overlapping by more than `overlap` is dropped.
 * Pairs are visited as scikit-image visits them: cKDTree.query_pairs' pairs, in the order of
 * the Python set holding them (exact while there are at most 16 blobs, the tree's leaf size,
 * where the tree lists pairs in index order).
 */
import { pythonSetOrder } from "./_python_set_order";

function diskOverlap(d: number, r1: number, r2: number): number {
  const clip = (x: number) => Math.min(Math.max(x, -1), 1);
  const acos1 = Math.acos(clip((d ** 2 + r1 ** 2 - r2 ** 2) / (2 * d * r1)));
  const acos2 = Math.acos(clip((d ** 2 + r2 ** 2 - r1 ** 2) / (2 * d * r2)));
  const a = -d + r2 + r1;
  const b = d - r2 + r1;
  const c = d + r2 - r1;
  const e = d + r2 + r1;
  const area = r1 ** 2 * acos1 + r2 ** 2 * acos2 - 0.5 * Math.sqrt(Math.abs(a * b * c * e));
  return area / (Math.PI * Math.min(r1, r2) ** 2);
}

function sphereOverlap(d: number, r1: number, r2: number): number {
  const vol = (Math.PI / (12 * d)) * (r1 + r2 - d) ** 2 * (d ** 2 + 2 * d * (r1 + r2) - 3 * (r1 ** 2 + r2 ** 2) + 6 * r1 * r2);
  return vol / ((4 / 3) * Math.PI * Math.min(r1, r2) ** 3);
}

/** _blob_overlap on two rows (coordinates, then sigmaDim sigmas). */
function blobOverlap(b1: Float64Array, b2: Float64Array, sigmaDim: number): number {
  const ndim = b1.length - sigmaDim;
  if (ndim > 3) return 0;
  const rootNdim = Math.sqrt(ndim);
  const s1 = b1[b1.length - 1];
  const s2 = b2[b2.length - 1];
  if (s1 === 0 && s2 === 0) return 0;
  let maxSigma: Float64Array;
  let r1: number;
  let r2: number;
  if (s1 > s2) {
    maxSigma = b1.subarray(ndim);
    r1 = 1;
    r2 = s2 / s1;
  } else {
    maxSigma = b2.subarray(ndim);
    r2 = 1;
    r1 = s1 / s2;
  }
  let sum = 0;
  for (let k = 0; k < ndim; k++) {
    const scale = maxSigma[sigmaDim === 1 ? 0 : k] * rootNdim;
    const diff = b2[k] / scale - b1[k] / scale;
    sum += diff ** 2;
  }
  const d = Math.sqrt(sum);
  if (d > r1 + r2) return 0;
  if (d <= Math.abs(r1 - r2)) return 1;
  return ndim === 2 ? diskOverlap(d, r1, r2) : sphereOverlap(d, r1, r2);
}

/** The blobs (rows of `width` values) that survive pruning, in their order. */
export function pruneBlobs(rows: Float64Array[], overlap: number, sigmaDim: number): Float64Array[] {
  if (rows.length === 0) return rows;
  const width = rows[0].length;
  const ndim = width - sigmaDim;
  let sigma = -Infinity;
  for (const r of rows) for (let k = ndim; k < width; k++) if (r[k] > sigma) sigma = r[k];
  const distance = 2 * sigma * Math.sqrt(width - sigmaDim);
  const bound = distance * distance;
  const pairs: [number, number][] = [];
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      let d = 0;
      for (let k = 0; k < ndim; k++) d += (rows[i][k] - rows[j][k]) ** 2;
      if (d <= bound) pairs.push([i, j]);
    }
  }
  if (pairs.length === 0) return rows;
  for (const p of pythonSetOrder(pairs)) {
    const [i, j] = pairs[p];
    const b1 = rows[i];
    const b2 = rows[j];
    if (blobOverlap(b1, b2, sigmaDim) > overlap) {
      if (b1[width - 1] > b2[width - 1]) b2[width - 1] = 0;
      else b1[width - 1] = 0;
    }
  }
  return rows.filter((r) => r[width - 1] > 0);
}

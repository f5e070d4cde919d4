/**
 * make_classification's clusters: centroids on hypercube vertices, then each cluster's rows
 * given a random covariance (`X_k @ A`) and moved to their centroid, with scikit-learn's
 * generator calls and rounding.
 */
import { RandomState } from "../../np/random/RandomState";
import { generateHypercube } from "./hypercube";
import { dotRows } from "./dot";
import { uniform01, uniformSigned } from "./uniform";

/**
 * Centroids (nClusters x ni, row-major) on the vertices of a hypercube of side 2 * class_sep,
 * randomly stretched per cluster and per feature unless `hypercube`.
 */
export function clusterCentroids(rs: RandomState, nClusters: number, ni: number, classSep: number, hypercube: boolean): Float64Array {
  const centroids = generateHypercube(nClusters, ni, rs);
  for (let i = 0; i < centroids.length; i++) centroids[i] = centroids[i] * (2 * classSep) - classSep;
  if (!hypercube) {
    const rowScale = uniform01(rs, nClusters);
    for (let c = 0; c < nClusters; c++) for (let d = 0; d < ni; d++) centroids[c * ni + d] *= rowScale[c];
    const colScale = uniform01(rs, ni);
    for (let c = 0; c < nClusters; c++) for (let d = 0; d < ni; d++) centroids[c * ni + d] *= colScale[d];
  }
  return centroids;
}

/**
 * For each cluster k (rows start .. start + sizes[k] of X, row width `width`, features in
 * columns 0 .. ni): labels y = k % nClasses, X_k = X_k @ A with A = 2 * uniform((ni, ni)) - 1,
 * then X_k += centroid k.
 */
export function formClusters(
  rs: RandomState, X: Float64Array, width: number, ni: number, sizes: readonly number[],
  centroids: Float64Array, y: Float64Array, nClasses: number,
): void {
  let start = 0;
  for (let k = 0; k < sizes.length; k++) {
    const stop = start + sizes[k];
    y.fill(k % nClasses, start, stop);
    const A = uniformSigned(rs, ni * ni);
    dotRows(X, start, stop - start, width, 0, ni, A, ni, X, start, width, 0);
    addToRows(X, start, stop, width, centroids, k * ni, ni);
    start = stop;
  }
}

/** X[r, 0 .. n] += v[v0 .. v0 + n] for rows start .. stop. */
function addToRows(X: Float64Array, start: number, stop: number, width: number, v: Float64Array, v0: number, n: number): void {
  for (let r = start; r < stop; r++) {
    const base = r * width;
    for (let d = 0; d < n; d++) X[base + d] += v[v0 + d];
  }
}

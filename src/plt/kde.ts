/**
 * matplotlib.mlab.GaussianKDE for one-dimensional data, as violinplot uses it: bandwidth factor
 * by Scott's or Silverman's rule or a scalar, the data variance with ddof 1, and evaluation in
 * matplotlib's loop order (over data points when there are fewer of them than of points).
 */
import { pairwiseKernel } from "../np/kernels";
import { ValueError } from "../errors";

/** The bandwidth factor for n data points: "scott", "silverman" or a number. */
export function kdeFactor(n: number, bwMethod: "scott" | "silverman" | number | null): number {
  if (bwMethod === null || bwMethod === "scott") return Math.pow(n, -1 / 5);
  if (bwMethod === "silverman") return Math.pow((n * 3) / 4, -1 / 5);
  if (typeof bwMethod === "number") return bwMethod;
  throw new ValueError("`bw_method` should be 'scott', 'silverman', a scalar or a callable");
}

/** The density of `data` at each of `points`. */
export function gaussianKde(data: Float64Array, points: Float64Array, bwMethod: "scott" | "silverman" | number | null): Float64Array {
  const n = data.length;
  if (n <= 1) throw new ValueError("`dataset` input should have multiple elements.");
  const sum = pairwiseKernel(data, false);
  const mean = sum(data, 0, 1, n) / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (data[i] - mean) * (data[i] - mean);
  const variance = ss * (1 / (n - 1));
  const factor = kdeFactor(n, bwMethod);
  const invCov = 1 / variance / factor ** 2;
  const covariance = variance * factor ** 2;
  const norm = Math.sqrt(2 * Math.PI * covariance) * n;
  const m = points.length;
  const out = new Float64Array(m);
  if (m >= n) {
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < m; k++) {
        const diff = data[i] - points[k];
        out[k] = out[k] + Math.exp(-((diff * (invCov * diff)) / 2));
      }
    }
  } else {
    const e = new Float64Array(n);
    for (let k = 0; k < m; k++) {
      for (let i = 0; i < n; i++) {
        const diff = data[i] - points[k];
        e[i] = Math.exp(-((diff * (invCov * diff)) / 2));
      }
      out[k] = sum(e, 0, 1, n);
    }
  }
  for (let k = 0; k < m; k++) out[k] /= norm;
  return out;
}

/**
 * scipy.stats.gaussian_kde (SciPy 1.10) for one-dimensional data with equal weights, as
 * seaborn's violinplot fits it: the weighted data covariance (np.cov with aweights 1/n), its
 * Cholesky factor scaled by the bandwidth factor (Scott's or Silverman's rule on the effective
 * sample size, or a number), and the density as the sum of unit Gaussians in whitened units.
 */
import { ValueError } from "../errors";
import { pairwiseKernel } from "../np/kernels";

/** A fitted 1-D Gaussian KDE: the bandwidth factor and the density at given points. */
export interface Kde1d {
  factor: number;
  /** The kernel's standard deviation in data units (sqrt of gaussian_kde.covariance). */
  bandwidth: number;
  evaluate(points: Float64Array): Float64Array;
}

/** Fits `data` with bandwidth method "scott", "silverman" or a scalar factor. */
export function gaussianKde1d(data: Float64Array, bwMethod: "scott" | "silverman" | number): Kde1d {
  const n = data.length;
  if (n <= 1) throw new ValueError("`dataset` input should have multiple elements.");
  const sum = pairwiseKernel(data, false);
  const w = 1 / n;
  const weights = new Float64Array(n).fill(w);
  const neff = 1 / sum(weights.map((v) => v * v), 0, 1, n);
  let factor: number;
  if (bwMethod === "scott") factor = Math.pow(neff, -1 / 5);
  else if (bwMethod === "silverman") factor = Math.pow((neff * 3) / 4, -1 / 5);
  else if (typeof bwMethod === "number") factor = bwMethod;
  else throw new ValueError("`bw_method` should be 'scott', 'silverman', a scalar or a callable.");
  // np.cov(dataset, bias=False, aweights=weights)
  const avg = sum(data.map((v) => v * w), 0, 1, n) / sum(weights, 0, 1, n);
  const fact = 1 - sum(weights.map((v) => v * v), 0, 1, n);
  let c = 0;
  for (let i = 0; i < n; i++) c += (data[i] - avg) * ((data[i] - avg) * w);
  const cov = c * (1 / fact);
  const cho = Math.sqrt(cov) * factor;
  const norm = Math.pow(2 * Math.PI, -0.5) / cho;
  return {
    factor,
    bandwidth: Math.sqrt(cov * factor ** 2),
    evaluate(points: Float64Array): Float64Array {
      const m = points.length;
      const out = new Float64Array(m);
      const xd = Float64Array.from(data, (v) => v / cho);
      const xp = Float64Array.from(points, (v) => v / cho);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < m; j++) {
          const r = xd[i] - xp[j];
          out[j] += w * Math.exp(-(r * r) / 2);
        }
      }
      for (let j = 0; j < m; j++) out[j] *= norm;
      return out;
    },
  };
}

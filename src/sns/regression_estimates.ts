/**
 * regplot's x_estimator / x_bins (seaborn 0.12's estimate_data and bin_predictor): x binned to
 * the nearest of `x_bins` centres (a count: its evenly spaced percentiles), then per distinct x
 * the estimate of its y values and an interval: a bootstrap CI of the estimator (x_ci, seeded as
 * the fit's), the estimate plus or minus the standard deviation ("sd"), or none.
 */
import { NDArray } from "../np/ndarray";
import { float64 } from "../np/dtype";
import { contiguousStorage } from "../np/contiguous";
import { linspace } from "../np/create-ranges";
import { nanpercentile } from "../np/statistics/nan-order";
import { bootstrap, Estimator, Seed, statisticOf } from "./estimate";

const arr = (a: Float64Array): NDArray => NDArray.fromStorage(a, [a.length], float64);
const percentiles = (a: Float64Array, q: number[]): Float64Array => contiguousStorage(nanpercentile(arr(Float64Array.from(a)), q) as NDArray) as Float64Array;

/** seaborn's bin_predictor: each x replaced by its nearest bin centre (the first on ties). */
export function binPredictor(x: Float64Array, bins: number | readonly number[]): Float64Array {
  const centres = typeof bins === "number" ? percentiles(x, Array.from(contiguousStorage(linspace(0, 100, bins + 2)).slice(1, -1))) : Float64Array.from(bins);
  return x.map((v) => {
    let best = 0;
    for (let k = 1; k < centres.length; k++) if (Math.abs(v - centres[k]) < Math.abs(v - centres[best])) best = k;
    return centres[best];
  });
}

/** The distinct x values (sorted), the estimate of y at each, and each one's interval (or null). */
export function estimateData(x: Float64Array, y: Float64Array, estimator: Estimator, xCi: number | "sd" | null, nBoot: number, seed: Seed): { xs: number[]; ys: number[]; cis: ([number, number] | null)[] } {
  const statistic = statisticOf(estimator);
  const xs = [...new Set(x)].sort((a, b) => a - b);
  const ys: number[] = [];
  const cis: ([number, number] | null)[] = [];
  for (const v of xs) {
    const sub = y.filter((_, i) => x[i] === v);
    const est = statistic(sub);
    ys.push(est);
    if (xCi === null) cis.push(null);
    else if (xCi === "sd") {
      let mean = 0;
      for (const u of sub) mean += u;
      mean /= sub.length;
      let ss = 0;
      for (const u of sub) ss += (u - mean) ** 2;
      const sd = Math.sqrt(ss / sub.length);
      cis.push([est - sd, est + sd]);
    } else {
      const [lo, hi] = percentiles(bootstrap(sub, statistic, nBoot, seed), [50 - xCi / 2, 50 + xCi / 2]);
      cis.push([lo, hi]);
    }
  }
  return { xs, ys, cis };
}

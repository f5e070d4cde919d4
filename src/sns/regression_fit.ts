/**
 * seaborn 0.12's regression fits for regplot: a straight line by least squares (pinv(X) y, here
 * in closed form, with pinv's minimum-norm answer when x is constant), in log(x) for `logx`, a
 * polynomial of higher `order` through np.polyfit / np.polyval; each evaluated on a grid of 100
 * points, and its bootstrap band: the fit on n_boot resamples of the rows (seaborn's bootstrap
 * stream), then the nanpercentiles of each grid point.
 */
import { NDArray } from "../np/ndarray";
import { float64 } from "../np/dtype";
import { contiguousStorage } from "../np/contiguous";
import { polyfit } from "../np/poly/polyfit";
import { polyval } from "../np/poly/arith";
import { nanpercentile } from "../np/statistics/nan-order";
import { resampleRows, Seed } from "./estimate";

/** Intercept and slope of y on x (numpy's pinv(c_[ones, x]).dot(y) up to rounding). */
function lineFit(x: Float64Array, y: Float64Array): [number, number] {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) (mx += x[i]), (my += y[i]);
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i] - mx) * (x[i] - mx);
    sxy += (x[i] - mx) * (y[i] - my);
  }
  if (sxx === 0) {
    // a constant x: the minimum-norm solution pinv gives, my / (1 + c^2) * [1, c]
    const k = my / (1 + mx * mx);
    return [k, k * mx];
  }
  const slope = sxy / sxx;
  return [my - slope * mx, slope];
}

const arr = (a: Float64Array): NDArray => NDArray.fromStorage(a, [a.length], float64);

/** The fitted values on `grid` of a line (in x or log x) or a polynomial of `order`. */
function fitter(order: number, logx: boolean, grid: Float64Array): (x: Float64Array, y: Float64Array) => Float64Array {
  if (order > 1) return (x, y) => contiguousStorage(polyval(polyfit(arr(x), arr(y), order), arr(grid)) as NDArray) as Float64Array;
  const at = logx ? grid.map(Math.log) : grid;
  return (x, y) => {
    const [b0, b1] = lineFit(logx ? x.map(Math.log) : x, y);
    return Float64Array.from(at, (g) => b0 + b1 * g);
  };
}

/** The fit on `grid` and, when `ci` is a level, its bootstrap band [low, high]. */
export function regressionBand(x: Float64Array, y: Float64Array, grid: Float64Array, order: number, logx: boolean, ci: number | null, nBoot: number, seed: Seed): { yhat: Float64Array; band: [Float64Array, Float64Array] | null } {
  const fit = fitter(order, logx, grid);
  const yhat = fit(x, y);
  if (ci === null) return { yhat, band: null };
  const n = x.length;
  const m = grid.length;
  const boots = new Float64Array(nBoot * m);
  const bx = new Float64Array(n);
  const by = new Float64Array(n);
  resampleRows(n, nBoot, seed, (rows, i) => {
    for (let k = 0; k < n; k++) (bx[k] = x[rows[k]]), (by[k] = y[rows[k]]);
    boots.set(fit(bx, by), i * m);
  });
  const q = [50 - ci / 2, 50 + ci / 2];
  const bands = contiguousStorage(nanpercentile(NDArray.fromStorage(boots, [nBoot, m], float64), q, 0) as NDArray);
  return { yhat, band: [bands.slice(0, m) as Float64Array, bands.slice(m, 2 * m) as Float64Array] };
}

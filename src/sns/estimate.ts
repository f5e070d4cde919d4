/**
 * seaborn 0.12's EstimateAggregator: an estimate of a group of values (pandas' NaN-skipping
 * aggregation) and its error interval: a bootstrap confidence interval ("ci", seaborn's
 * algorithms.bootstrap: `n_boot` resamples drawn with `rng.integers(0, n, n)` from
 * `np.random.default_rng(seed)`, restarted for every group, then numpy's nanpercentile), a
 * percentile interval ("pi"), or the standard deviation / error scaled by a level ("sd", "se").
 */
import { PyTypeError, ValueError } from "../errors";
import { NDArray } from "../np/ndarray";
import { float64 } from "../np/dtype";
import { contiguousStorage } from "../np/contiguous";
import { nanpercentile } from "../np/statistics/nan-order";
import { pairwiseKernel } from "../np/kernels";
import { default_rng, Generator } from "../np/random/generator";
import { RandomState } from "../np/random/RandomState";

/** A statistic of a vector: a numpy/pandas function name or a function. */
export type Estimator = "mean" | "median" | "sum" | "min" | "max" | ((values: Float64Array) => number);
/** seaborn's errorbar: a method name, (method, level), or None. */
export type Errorbar = "ci" | "pi" | "se" | "sd" | readonly ["ci" | "pi" | "se" | "sd", number] | null;
/** A bootstrap seed as seaborn takes it. */
export type Seed = number | Generator | RandomState | null;

const sumOf = (a: Float64Array): number => pairwiseKernel(a, false)(a, 0, 1, a.length);

function median(a: Float64Array): number {
  if (a.length === 0) return NaN;
  const s = Float64Array.from(a).sort();
  const h = s.length >> 1;
  return s.length % 2 === 1 ? s[h] : (s[h - 1] + s[h]) / 2;
}

const STATISTICS: Record<string, (a: Float64Array) => number> = {
  mean: (a) => (a.length === 0 ? NaN : sumOf(a) / a.length),
  median,
  sum: sumOf,
  min: (a) => (a.length === 0 ? NaN : a.reduce((m, v) => (v < m ? v : m), Infinity)),
  max: (a) => (a.length === 0 ? NaN : a.reduce((m, v) => (v > m ? v : m), -Infinity)),
};

const withoutNaN = (a: Float64Array): Float64Array => (a.some((v) => v !== v) ? a.filter((v) => v === v) : a);

/** The statistic named (NaN-skipping, as pandas' agg and seaborn's nan-aware numpy functions are). */
export function statisticOf(estimator: Estimator): (a: Float64Array) => number {
  if (typeof estimator === "function") return estimator;
  const f = STATISTICS[estimator];
  if (f === undefined) throw new ValueError(`estimator must be one of ${Object.keys(STATISTICS).map((k) => `'${k}'`).join(", ")} or a function, not '${String(estimator)}'`);
  return (a) => f(withoutNaN(a));
}

/** seaborn's _validate_errorbar_arg: (method, level). */
export function errorbarMethod(arg: unknown): [string | null, number] {
  const DEFAULT_LEVELS: Record<string, number> = { ci: 95, pi: 95, se: 1, sd: 1 };
  const usage = "`errorbar` must be a callable, string, or (string, number) tuple";
  if (arg == null) return [null, NaN];
  let method: unknown;
  let level: unknown;
  if (typeof arg === "string") [method, level] = [arg, DEFAULT_LEVELS[arg]];
  else if (Array.isArray(arg) && arg.length === 2) [method, level] = arg;
  else throw new PyTypeError(usage);
  if (typeof method !== "string" || !(method in DEFAULT_LEVELS)) {
    throw new ValueError(`\`errorbar\` must be one of ['ci', 'pi', 'se', 'sd'], but ${typeof method === "string" ? `'${method}'` : String(method)} was passed.`);
  }
  if (typeof level !== "number") throw new PyTypeError(usage);
  return [method, level];
}

/** The standard deviation with ddof 1 (NaN skipped), as numpy computes it. */
export function std(a: Float64Array): number {
  const v = withoutNaN(a);
  const mean = sumOf(v) / v.length;
  const d = v.map((x) => (x - mean) * (x - mean));
  return Math.sqrt(sumOf(d) / (v.length - 1));
}

/** seaborn's bootstrap loop: `each` gets the row indices of every one of n_boot resamples of n rows. */
export function resampleRows(n: number, nBoot: number, seed: Seed, each: (rows: ArrayLike<number>, i: number) => void): void {
  const rng = seed instanceof RandomState || seed instanceof Generator ? seed : default_rng(seed);
  for (let i = 0; i < nBoot; i++) {
    const draw = rng instanceof RandomState ? (rng.randint(0, n, n) as NDArray) : (rng.integers(0, n, n) as NDArray);
    each(contiguousStorage(draw), i);
  }
}

/** seaborn's bootstrap: the statistic of n_boot resamples with replacement. */
export function bootstrap(values: Float64Array, statistic: (a: Float64Array) => number, nBoot: number, seed: Seed): Float64Array {
  const n = values.length;
  const out = new Float64Array(nBoot);
  const sample = new Float64Array(n);
  resampleRows(n, nBoot, seed, (idx, i) => {
    for (let k = 0; k < n; k++) sample[k] = values[idx[k]];
    out[i] = statistic(sample);
  });
  return out;
}

/** The estimate and its (low, high) interval, NaN where there is none (fewer than two values). */
export function aggregate(values: Float64Array, estimator: Estimator, method: string | null, level: number, nBoot: number, seed: Seed): [number, number, number] {
  const statistic = statisticOf(estimator);
  const estimate = statistic(values);
  if (method === null || values.length <= 1) return [estimate, NaN, NaN];
  if (method === "sd" || method === "se") {
    const half = (method === "sd" ? std(values) : std(values) / Math.sqrt(withoutNaN(values).length)) * level;
    return [estimate, estimate - half, estimate + half];
  }
  const edge = (100 - level) / 2;
  const data = method === "pi" ? values : bootstrap(values, statistic, nBoot, seed);
  const [lo, hi] = contiguousStorage(nanpercentile(NDArray.fromStorage(Float64Array.from(data), [data.length], float64), [edge, 100 - edge]) as NDArray);
  return [estimate, lo, hi];
}

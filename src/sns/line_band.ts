/**
 * lineplot's aggregation as seaborn 0.12 does it: the points of one line sorted by (x, y), and
 * where an x value repeats, the mean of its y values and the error interval around it (the
 * bootstrap restarts from `seed` at every x value, over the y values in ascending order).
 */
import { aggregate, Estimator, Seed } from "./estimate";

/** One line's x values, estimates and interval bounds (NaN where no band). */
export interface AggregatedLine {
  t: Float64Array;
  estimate: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  repeated: boolean;
}

/**
 * Groups the rows `idx` by x (NaN y left out) and aggregates each x's y values; without an
 * estimator, every point in (x, y) order.
 */
export function aggregateByX(x: Float64Array, y: Float64Array, idx: readonly number[], estimator: Estimator | null, method: string | null, level: number, nBoot: number, seed: Seed): AggregatedLine {
  const byX = new Map<number, number[]>();
  for (const i of idx) {
    if (Number.isNaN(y[i])) continue;
    const ys = byX.get(x[i]);
    if (ys === undefined) byX.set(x[i], [y[i]]);
    else ys.push(y[i]);
  }
  const t = Float64Array.from(byX.keys()).sort();
  if (estimator === null) {
    const points = Array.from(t).flatMap((v) => Array.from(Float64Array.from(byX.get(v) as number[]).sort(), (w) => [v, w] as const));
    const none = new Float64Array(points.length).fill(NaN);
    return { t: Float64Array.from(points, (p) => p[0]), estimate: Float64Array.from(points, (p) => p[1]), lo: none, hi: none, repeated: false };
  }
  const n = t.length;
  const repeated = [...byX.values()].some((ys) => ys.length > 1);
  const estimate = new Float64Array(n);
  const lo = new Float64Array(n).fill(NaN);
  const hi = new Float64Array(n).fill(NaN);
  for (let k = 0; k < n; k++) {
    const ys = Float64Array.from(byX.get(t[k]) as number[]).sort();
    if (!repeated) {
      estimate[k] = ys[0];
      continue;
    }
    [estimate[k], lo[k], hi[k]] = aggregate(ys, estimator, method, level, nBoot, seed);
  }
  return { t, estimate, lo, hi, repeated };
}

/**
 * lineplot's aggregation as seaborn 0.12 does it: the points of one line sorted by (x, y), and
 * where an x value repeats, the mean of its y values and the error interval around it (the
 * bootstrap restarts from `seed` at every x value, over the y values in ascending order).
 */
import { aggregate, Seed } from "./estimate";

/** One line's x values, estimates and interval bounds (NaN where no band). */
export interface AggregatedLine {
  t: Float64Array;
  estimate: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  repeated: boolean;
}

/** Groups the rows `idx` by x (NaN y left out) and aggregates each x's y values. */
export function aggregateByX(x: Float64Array, y: Float64Array, idx: readonly number[], method: string | null, level: number, nBoot: number, seed: Seed): AggregatedLine {
  const byX = new Map<number, number[]>();
  for (const i of idx) {
    if (Number.isNaN(y[i])) continue;
    const ys = byX.get(x[i]);
    if (ys === undefined) byX.set(x[i], [y[i]]);
    else ys.push(y[i]);
  }
  const t = Float64Array.from(byX.keys()).sort();
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
    [estimate[k], lo[k], hi[k]] = aggregate(ys, "mean", method, level, nBoot, seed);
  }
  return { t, estimate, lo, hi, repeated };
}

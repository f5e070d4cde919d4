/**
 * matplotlib.cbook.boxplot_stats: per dataset the mean, quartiles (NumPy's linear percentiles),
 * whiskers at the last datum within whis * IQR of the box (or at percentiles), the notch's
 * confidence interval (median +- 1.57 IQR / sqrt(n)) and the fliers beyond the whiskers.
 */
import { NDArray } from "../np/ndarray";
import { pairwiseKernel } from "../np/kernels";
import { quantileValue } from "../np/reduce/quantile-methods";
import { ValueError } from "../errors";
import { readArray, type NDArrayLike } from "./data";

/** One dataset's statistics, keyed as matplotlib's dicts are. */
export interface BoxStats {
  label?: string;
  mean: number;
  iqr: number;
  cilo: number;
  cihi: number;
  whishi: number;
  whislo: number;
  fliers: number[];
  q1: number;
  med: number;
  q3: number;
}

/** matplotlib's _reshape_2D: a 2-D array's columns, a list of sequences, or one 1-D sequence. */
export function datasets(X: unknown, name: string): Float64Array[] {
  if (X instanceof NDArray) {
    const { values, shape } = readArray(X, name);
    if (shape.length <= 1) return [values];
    if (shape.length > 2) throw new ValueError(`${name} must have 2 or fewer dimensions`);
    const [rows, cols] = shape;
    return Array.from({ length: cols }, (_, j) => Float64Array.from({ length: rows }, (_, i) => values[i * cols + j]));
  }
  if (Array.isArray(X) && X.length > 0 && X.every((v) => typeof v === "number")) return [Float64Array.from(X as number[])];
  if (Array.isArray(X)) return X.map((x) => readArray(x as NDArrayLike, name).values);
  return [readArray(X as NDArrayLike, name).values];
}

function percentile(sorted: Float64Array, q: number): number {
  return quantileValue(sorted, 0, sorted.length, q / 100, "linear", false);
}

const EMPTY: BoxStats = { mean: NaN, iqr: NaN, cilo: NaN, cihi: NaN, whishi: NaN, whislo: NaN, fliers: [], q1: NaN, med: NaN, q3: NaN };

/** `cbook.boxplot_stats(X, whis=1.5, bootstrap=None, labels=None, autorange=False)` without bootstrapping. */
export function boxplotStats(X: Float64Array[], whis: number | readonly [number, number] = 1.5, labels: readonly string[] | null = null, autorange = false): BoxStats[] {
  if (labels !== null && labels.length !== X.length) throw new ValueError("Dimensions of labels and X must be compatible");
  return X.map((x, k) => {
    const stats: BoxStats = x.length === 0 ? { ...EMPTY, fliers: [] } : statsOf(x, whis, autorange);
    if (labels !== null) stats.label = labels[k];
    return stats;
  });
}

function statsOf(x: Float64Array, whisIn: number | readonly [number, number], autorange: boolean): BoxStats {
  const n = x.length;
  const mean = pairwiseKernel(x, false)(x, 0, 1, n) / n;
  const sorted = Float64Array.from(x).sort();
  const q1 = percentile(sorted, 25);
  const med = percentile(sorted, 50);
  const q3 = percentile(sorted, 75);
  const iqr = q3 - q1;
  const whis = iqr === 0 && autorange ? ([0, 100] as const) : whisIn;
  const cilo = med - (1.57 * iqr) / Math.sqrt(n);
  const cihi = med + (1.57 * iqr) / Math.sqrt(n);
  let loval: number;
  let hival: number;
  if (typeof whis === "number") {
    loval = q1 - whis * iqr;
    hival = q3 + whis * iqr;
  } else {
    loval = percentile(sorted, whis[0]);
    hival = percentile(sorted, whis[1]);
  }
  let hiMax = -Infinity;
  let loMin = Infinity;
  for (let i = 0; i < n; i++) {
    if (x[i] <= hival && x[i] > hiMax) hiMax = x[i];
    if (x[i] >= loval && x[i] < loMin) loMin = x[i];
  }
  const whishi = hiMax === -Infinity || hiMax < q3 ? q3 : hiMax;
  const whislo = loMin === Infinity || loMin > q1 ? q1 : loMin;
  const fliers: number[] = [];
  for (let i = 0; i < n; i++) if (x[i] < whislo) fliers.push(x[i]);
  for (let i = 0; i < n; i++) if (x[i] > whishi) fliers.push(x[i]);
  return { mean, iqr, cilo, cihi, whishi, whislo, fliers, q1, med, q3 };
}

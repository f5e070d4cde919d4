/**
 * numpy.histogram as plt.hist computes it: equal-width bins over `range` (default the data's
 * min..max, widened by 0.5 each side when they are equal), edges as numpy.linspace gives them,
 * the last bin closed, values outside the range left out.
 */
import { NotImplementedError, PyTypeError, ValueError } from "../errors";

/** Result of `numpy.histogram`: counts (or densities) and the bins+1 edges. */
export interface Histogram {
  counts: Float64Array;
  edges: Float64Array;
}

/** Options of numpy.histogram / plt.hist that shape the bins. */
export interface HistogramOptions {
  /** A count, the edges, or one of numpy's estimators ("auto", "fd", "sturges", ...). */
  bins?: number | readonly number[] | string;
  range?: readonly [number, number] | null;
  density?: boolean;
  weights?: ArrayLike<number> | null;
  /** The range was computed from float data (matplotlib's nanmin/nanmax): printed as floats. */
  rangeFromData?: boolean;
}

/** `numpy.linspace(start, stop, num)` evaluated as NumPy does (i * step + start, last = stop). */
export function linspaceEdges(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const div = num - 1;
  const delta = stop - start;
  const step = delta / div;
  for (let i = 0; i < num; i++) out[i] = step === 0 ? (i / div) * delta + start : i * step + start;
  if (num > 1) out[num - 1] = stop;
  return out;
}

function uniformCounts(a: ArrayLike<number>, edges: Float64Array, w: ArrayLike<number> | null | undefined): Float64Array {
  const n = edges.length - 1;
  const first = edges[0];
  const last = edges[n];
  const norm = n / (last - first);
  const counts = new Float64Array(n);
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (!(v >= first && v <= last)) continue;
    let k = Math.trunc((v - first) * norm);
    if (k === n) k -= 1;
    // NumPy corrects the float estimate against the computed edges.
    if (v < edges[k]) k -= 1;
    else if (k !== n - 1 && v >= edges[k + 1]) k += 1;
    counts[k] += w ? w[i] : 1;
  }
  return counts;
}

function edgeCounts(a: ArrayLike<number>, edges: Float64Array, w: ArrayLike<number> | null | undefined): Float64Array {
  const n = edges.length - 1;
  const counts = new Float64Array(n);
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (!(v >= edges[0] && v <= edges[n])) continue;
    // searchsorted(edges, v, "right") - 1, with the last edge closed
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edges[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    let k = lo - 1;
    if (k === n) k = n - 1;
    counts[k] += w ? w[i] : 1;
  }
  return counts;
}

/** numpy's _get_outer_edges before the widening of an empty range: range, or the data's min and max. */
function outerEdges(a: ArrayLike<number>, range: readonly [number, number] | null | undefined, floats: boolean): [number, number] {
  if (range != null) {
    const [first, last] = range;
    if (first > last) throw new ValueError("max must be larger than min in range parameter.");
    if (!Number.isFinite(first) || !Number.isFinite(last)) {
      const show = floats ? pyFloat : pyNumber;
      throw new ValueError(`supplied range of [${show(first)}, ${show(last)}] is not finite`);
    }
    return [first, last];
  }
  if (a.length === 0) return [0, 1];
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (v < first || v !== v) first = v;
    if (v > last || v !== v) last = v;
  }
  if (!Number.isFinite(first) || !Number.isFinite(last)) {
    throw new ValueError(`autodetected range of [${pyFloat(first)}, ${pyFloat(last)}] is not finite`);
  }
  return [first, last];
}

/** A number as Python prints what the caller wrote (integers without ".0"). */
function pyNumber(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  return String(v);
}

function pyFloat(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  return Number.isInteger(v) ? v.toFixed(1) : String(v);
}

/** numpy's linear percentile of sorted data (its _lerp, which counts back from b when t >= 0.5). */
function percentile(sorted: Float64Array, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  const t = pos - lo;
  const d = sorted[hi] - sorted[lo];
  return t >= 0.5 ? sorted[hi] - d * (1 - t) : sorted[lo] + d * t;
}

function mean(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s / x.length;
}

function std(x: Float64Array): number {
  const m = mean(x);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] - m) ** 2;
  return Math.sqrt(s / x.length);
}

/** numpy's bin width estimators (np.histogram_bin_edges with a string `bins`). */
const ESTIMATORS: Record<string, (x: Float64Array, ptp: number) => number> = {
  sqrt: (x, ptp) => ptp / Math.sqrt(x.length),
  sturges: (x, ptp) => ptp / (Math.log2(x.length) + 1.0),
  rice: (x, ptp) => ptp / (2.0 * x.length ** (1.0 / 3)),
  scott: (x) => ((24.0 * Math.PI ** 0.5) / x.length) ** (1.0 / 3.0) * std(x),
  fd: (x) => {
    const sorted = x.slice().sort();
    return 2.0 * (percentile(sorted, 0.75) - percentile(sorted, 0.25)) * x.length ** (-1.0 / 3.0);
  },
  doane: (x, ptp) => {
    const n = x.length;
    if (n <= 2) return 0;
    const sg1 = Math.sqrt((6.0 * (n - 2)) / ((n + 1.0) * (n + 3)));
    const sigma = std(x);
    if (!(sigma > 0)) return 0;
    const m = mean(x);
    let g = 0;
    for (let i = 0; i < n; i++) g += ((x[i] - m) / sigma) ** 3;
    g /= n;
    return ptp / (1.0 + Math.log2(n) + Math.log2(1.0 + Math.abs(g) / sg1));
  },
  auto: (x, ptp) => {
    const fd = ESTIMATORS.fd(x, ptp);
    const sturges = ESTIMATORS.sturges(x, ptp);
    return fd ? Math.min(fd, sturges) : sturges;
  },
};

/** Names numpy accepts for `bins`. */
export const BIN_ESTIMATORS = ["stone", "auto", "doane", "fd", "rice", "scott", "sqrt", "sturges"];

/** The number of equal bins numpy's estimator `name` picks between first and last. */
function estimatedBinCount(a: ArrayLike<number>, name: string, first: number, last: number, range: readonly [number, number] | null | undefined): number {
  if (!BIN_ESTIMATORS.includes(name)) throw new ValueError(`${JSON.stringify(name).replace(/"/g, "'")} is not a valid estimator for \`bins\``);
  if (name === "stone") throw new NotImplementedError("histogram bins='stone' is not supported yet");
  let x = Float64Array.from(a);
  if (range != null) x = x.filter((v) => v >= first && v <= last);
  if (x.length === 0) return 1;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < x.length; i++) {
    if (x[i] < lo) lo = x[i];
    if (x[i] > hi) hi = x[i];
  }
  const width = ESTIMATORS[name](x, hi - lo);
  return width ? Math.ceil((last - first) / width) : 1;
}

/** `numpy.histogram(a, bins=10, range=None, density=None, weights=None)`. */
export function histogram(a: ArrayLike<number>, opts: HistogramOptions = {}): Histogram {
  let bins = opts.bins ?? 10;
  let edges: Float64Array;
  let uniform: boolean;
  if (typeof bins === "string" || typeof bins === "number") {
    let [first, last] = outerEdges(a, opts.range, opts.rangeFromData === true);
    if (typeof bins === "string") {
      if (opts.weights != null) throw new PyTypeError("Automated estimation of the number of bins is not supported for weighted data");
      bins = estimatedBinCount(a, bins, first, last, opts.range);
    }
    if (!Number.isInteger(bins) || bins < 1) throw new ValueError("`bins` must be positive, when an integer");
    if (first === last) {
      first -= 0.5;
      last += 0.5;
    }
    edges = linspaceEdges(first, last, bins + 1);
    uniform = true;
  } else {
    edges = Float64Array.from(bins);
    for (let i = 1; i < edges.length; i++) {
      if (!(edges[i] >= edges[i - 1])) throw new ValueError("`bins` must increase monotonically, when an array");
    }
    if (edges.length === 0) throw new ValueError("`bins` must have at least 1 edge");
    uniform = false;
  }
  const counts = uniform ? uniformCounts(a, edges, opts.weights) : edgeCounts(a, edges, opts.weights);
  if (opts.density) {
    let total = 0;
    for (let i = 0; i < counts.length; i++) total += counts[i];
    for (let i = 0; i < counts.length; i++) counts[i] = counts[i] / total / (edges[i + 1] - edges[i]);
  }
  return { counts, edges };
}

/**
 * `scipy.ndimage.sum` / `sum_labels`, `mean`, `maximum`, `minimum` and `center_of_mass`
 * (SciPy 1.10): statistics of the whole array, of the pixels with label > 0, of one label, or
 * of each label in a sequence.
 */
import { NDArray } from "../../np/ndarray";
import { DType, float64 } from "../../np/dtype";
import { broadcast_to } from "../../np/manipulate";
import { broadcastShapes } from "../../np/shape";
import { ValueError } from "../../errors";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { pairwiseSum } from "../../skimage/_internal/correlate";
import { ARRAY_OR_NONE, NDArrayLike, inputArray, valuesOf } from "./_support";
import { select } from "./rank";

const INDEX = check("int, sequence of ints or None", (v) => v === null || typeof v === "number" || Array.isArray(v) || v instanceof NDArray);
const TYPES = { input: "array_like", labels: ARRAY_OR_NONE, index: INDEX } as const;
const SUM = signature("scipy.ndimage.sum(input, labels=None, index=None)", { types: TYPES });
const SUM_LABELS = signature("scipy.ndimage.sum_labels(input, labels=None, index=None)", { types: TYPES });
const MEAN = signature("scipy.ndimage.mean(input, labels=None, index=None)", { types: TYPES });
const MAXIMUM = signature("scipy.ndimage.maximum(input, labels=None, index=None)", { types: TYPES });
const MINIMUM = signature("scipy.ndimage.minimum(input, labels=None, index=None)", { types: TYPES });
const VARIANCE = signature("scipy.ndimage.variance(input, labels=None, index=None)", { types: TYPES });
const STANDARD_DEVIATION = signature("scipy.ndimage.standard_deviation(input, labels=None, index=None)", { types: TYPES });
const MEDIAN = signature("scipy.ndimage.median(input, labels=None, index=None)", { types: TYPES });
const MINIMUM_POSITION = signature("scipy.ndimage.minimum_position(input, labels=None, index=None)", { types: TYPES });
const MAXIMUM_POSITION = signature("scipy.ndimage.maximum_position(input, labels=None, index=None)", { types: TYPES });
const EXTREMA = signature("scipy.ndimage.extrema(input, labels=None, index=None)", { types: TYPES });
const CENTER_OF_MASS = signature("scipy.ndimage.center_of_mass(input, labels=None, index=None)", { types: TYPES });

/** Keyword arguments of the label statistics. */
export interface LabelStatsOptions {
  labels?: NDArrayLike | null;
  /** One label, several (a result per label), or None (every label > 0 as one group). */
  index?: number | readonly number[] | NDArray | null;
}

type StatsArgs = PyArgs<[labels: NDArrayLike | null, index: number | readonly number[] | NDArray | null, options: LabelStatsOptions], LabelStatsOptions>;

/** The groups a call asks about: one list of flat positions per group, and whether index was a sequence. */
interface Groups {
  values: Float64Array;
  dtype: DType;
  shape: readonly number[];
  /** Per group: the positions (flat, C order) in it. */
  members: Int32Array[];
  many: boolean;
  /** The label of each element (sequence index only). */
  labels?: Float64Array;
}

function groupsOf(b: Record<string, any>): Groups {
  let img = inputArray(b.input);
  if (b.labels === null) {
    return { values: valuesOf(img), dtype: img.dtype, shape: img.shape, members: [Int32Array.from({ length: img.size }, (_, i) => i)], many: false };
  }
  let lab = inputArray(b.labels, "labels");
  if (lab.shape.length !== img.shape.length || lab.shape.some((d, k) => d !== img.shape[k])) {
    const shape = broadcastShapes([img.shape, lab.shape]);
    img = broadcast_to(img, shape);
    lab = broadcast_to(lab, shape);
  }
  const values = valuesOf(img);
  const labels = valuesOf(lab);
  const index = b.index;
  if (index === null || typeof index === "number") {
    const pick: number[] = [];
    for (let i = 0; i < labels.length; i++) if (index === null ? labels[i] > 0 : labels[i] === index) pick.push(i);
    return { values, dtype: img.dtype, shape: img.shape, members: [Int32Array.from(pick)], many: false };
  }
  const wanted = index instanceof NDArray ? Array.from(valuesOf(index)) : (index as number[]);
  const members = membersByTable(labels, wanted) ?? membersByMap(labels, wanted);
  return { values, dtype: img.dtype, shape: img.shape, members, many: true, labels };
}

/** The positions (ascending) of each wanted label, through a Map from label to positions. */
function membersByMap(labels: Float64Array, wanted: readonly number[]): Int32Array[] {
  const slot = new Map<number, number[]>();
  for (const w of wanted) slot.set(w, []);
  for (let i = 0; i < labels.length; i++) slot.get(labels[i])?.push(i);
  return wanted.map((w) => Int32Array.from(slot.get(w)!));
}

/**
 * The same for integer labels in a compact range: a lookup table from label to group and a
 * counting sort (two passes, no per-pixel allocation); null when the labels do not suit it.
 */
function membersByTable(labels: Float64Array, wanted: readonly number[]): Int32Array[] | null {
  if (wanted.length === 0 || !wanted.every((w) => Number.isInteger(w))) return null;
  const lo = Math.min(...wanted);
  const span = Math.max(...wanted) - lo + 1;
  if (span > 4 * labels.length + 1024) return null;
  const groupOf = new Int32Array(span).fill(-1);
  const unique: number[] = [];
  for (const w of wanted) {
    if (groupOf[w - lo] < 0) {
      groupOf[w - lo] = unique.length;
      unique.push(w);
    }
  }
  const count = new Int32Array(unique.length);
  // each pixel's group, -1 for labels outside the table (non-integer, out of range, unwanted)
  const pixelGroup = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const k = labels[i] - lo;
    const ki = k | 0;
    const g = ki === k && ki >= 0 && ki < span ? groupOf[ki] : -1;
    pixelGroup[i] = g;
    if (g >= 0) count[g]++;
  }
  const groups = Array.from(count, (n) => new Int32Array(n));
  const fill = new Int32Array(unique.length);
  for (let i = 0; i < labels.length; i++) {
    const g = pixelGroup[i];
    if (g >= 0) groups[g][fill[g]++] = i;
  }
  return wanted.map((w) => groups[groupOf[w - lo]]);
}

/** The sum of the members' values: NumPy's pairwise order for one group, bincount's running order for many. */
function sumOf(values: Float64Array, members: Int32Array, pairwise: boolean): number {
  if (pairwise) {
    const v = new Float64Array(members.length);
    for (let i = 0; i < members.length; i++) v[i] = values[members[i]];
    return pairwiseSum(v, 0, v.length);
  }
  let s = 0;
  for (let i = 0; i < members.length; i++) s += values[members[i]];
  return s;
}

function runningSum(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return s;
}

/** A number per group: one number, or a float64 array for a sequence index. */
function perGroup(g: Groups, f: (m: Int32Array) => number, dt: DType = float64): number | NDArray {
  if (!g.many) return f(g.members[0]);
  const out = new dt.storage(g.members.length);
  g.members.forEach((m, i) => (out[i] = f(m)));
  return NDArray.fromStorage(out, [g.members.length], dt);
}

/** `scipy.ndimage.sum(input, labels=None, index=None)`: see sum_labels. */
export function sum(input: NDArrayLike, ...rest: StatsArgs): number | NDArray;
export function sum(...args: unknown[]): number | NDArray {
  const g = groupsOf(SUM.bind(args));
  return perGroup(g, (m) => sumOf(g.values, m, !g.many));
}
pyfunction(SUM, sum);

/**
 * `scipy.ndimage.sum_labels(input, labels=None, index=None)`: the sum of the values (of all,
 * of label > 0, of label == index, or one per label in a sequence, as a float64 array).
 */
export function sum_labels(input: NDArrayLike, ...rest: StatsArgs): number | NDArray;
export function sum_labels(...args: unknown[]): number | NDArray {
  const g = groupsOf(SUM_LABELS.bind(args));
  return perGroup(g, (m) => sumOf(g.values, m, !g.many));
}
pyfunction(SUM_LABELS, sum_labels);

/** `scipy.ndimage.mean(input, labels=None, index=None)`: sum / count per group (NaN for an empty one). */
export function mean(input: NDArrayLike, ...rest: StatsArgs): number | NDArray;
export function mean(...args: unknown[]): number | NDArray {
  const g = groupsOf(MEAN.bind(args));
  return perGroup(g, (m) => sumOf(g.values, m, !g.many) / m.length);
}
pyfunction(MEAN, mean);

function extreme(b: Record<string, any>, max: boolean): number | NDArray {
  const g = groupsOf(b);
  const f = (m: Int32Array): number => {
    if (m.length === 0) {
      if (!g.many) throw new ValueError(`zero-size array to reduction operation ${max ? "maximum" : "minimum"} which has no identity`);
      return 0;
    }
    let best = g.values[m[0]];
    for (let i = 1; i < m.length; i++) {
      const v = g.values[m[i]];
      if (max ? v > best : v < best) best = v;
    }
    return best;
  };
  return perGroup(g, f, g.dtype);
}

/** `scipy.ndimage.maximum(input, labels=None, index=None)`: the largest value per group (0 for a missing label). */
export function maximum(input: NDArrayLike, ...rest: StatsArgs): number | NDArray;
export function maximum(...args: unknown[]): number | NDArray {
  return extreme(MAXIMUM.bind(args), true);
}
pyfunction(MAXIMUM, maximum);

/** `scipy.ndimage.minimum(input, labels=None, index=None)`: the smallest value per group (0 for a missing label). */
export function minimum(input: NDArrayLike, ...rest: StatsArgs): number | NDArray;
export function minimum(...args: unknown[]): number | NDArray {
  return extreme(MINIMUM.bind(args), false);
}
pyfunction(MINIMUM, minimum);

/**
 * `scipy.ndimage.center_of_mass(input, labels=None, index=None)`: the value-weighted mean
 * coordinate, one number per axis; a list of them for a sequence index.
 */
export function center_of_mass(input: NDArrayLike, ...rest: StatsArgs): number[] | number[][];
export function center_of_mass(...args: unknown[]): number[] | number[][] {
  const g = groupsOf(CENTER_OF_MASS.bind(args));
  const rank = g.shape.length;
  const strides: number[] = [];
  let step = 1;
  for (let a = rank - 1; a >= 0; a--) {
    strides[a] = step;
    step *= g.shape[a];
  }
  const one = (m: Int32Array): number[] => {
    const total = sumOf(g.values, m, !g.many);
    const out: number[] = [];
    for (let a = 0; a < rank; a++) {
      const weighted = new Float64Array(m.length);
      for (let i = 0; i < m.length; i++) weighted[i] = g.values[m[i]] * (Math.floor(m[i] / strides[a]) % g.shape[a]);
      out.push((g.many ? runningSum(weighted) : pairwiseSum(weighted, 0, weighted.length)) / total);
    }
    return out;
  };
  return g.many ? g.members.map(one) : one(g.members[0]);
}
pyfunction(CENTER_OF_MASS, center_of_mass);

/** The centred sum of squares of a group: NumPy's (vals - vals.mean())**2 .sum() for one group, bincount's running sum for many. */
function centredSquares(g: Groups, m: Int32Array): number {
  const mean = sumOf(g.values, m, !g.many) / m.length;
  const sq = new Float64Array(m.length);
  for (let i = 0; i < m.length; i++) {
    const d = g.values[m[i]] - mean;
    sq[i] = d * d;
  }
  return g.many ? runningSum(sq) : pairwiseSum(sq, 0, sq.length);
}

/** `scipy.ndimage.variance(input, labels=None, index=None)`: the population variance per group. */
export function variance(input: NDArrayLike, ...rest: StatsArgs): number | NDArray;
export function variance(...args: unknown[]): number | NDArray {
  const g = groupsOf(VARIANCE.bind(args));
  return perGroup(g, (m) => centredSquares(g, m) / m.length);
}
pyfunction(VARIANCE, variance);

/** `scipy.ndimage.standard_deviation(input, labels=None, index=None)`: sqrt of variance per group. */
export function standard_deviation(input: NDArrayLike, ...rest: StatsArgs): number | NDArray;
export function standard_deviation(...args: unknown[]): number | NDArray {
  const g = groupsOf(STANDARD_DEVIATION.bind(args));
  return perGroup(g, (m) => Math.sqrt(centredSquares(g, m) / m.length));
}
pyfunction(STANDARD_DEVIATION, standard_deviation);

/**
 * `scipy.ndimage.median(input, labels=None, index=None)`: the median per group (the mean of the
 * two middle values for an even count).
 */
export function median(input: NDArrayLike, ...rest: StatsArgs): number | NDArray;
export function median(...args: unknown[]): number | NDArray {
  const g = groupsOf(MEDIAN.bind(args));
  // scipy gives a missing label the first value of its (label, value) sort: the smallest value
  // of the smallest label in the whole label image
  let fallback = NaN;
  if (g.many && g.labels) {
    let lowest = Infinity;
    for (let i = 0; i < g.labels.length; i++) {
      const l = g.labels[i];
      if (l < lowest || (l === lowest && g.values[i] < fallback)) {
        if (l < lowest) fallback = g.values[i];
        lowest = l;
        if (g.values[i] < fallback) fallback = g.values[i];
      }
    }
  }
  return perGroup(g, (m) => {
    if (m.length === 0) {
      if (!g.many) throw new ValueError("zero-size array to reduction operation which has no identity");
      return fallback;
    }
    const n = m.length;
    const v = new Float64Array(n);
    let plain = true;
    for (let i = 0; i < n; i++) {
      const x = g.values[m[i]];
      v[i] = x;
      // NaN sorts last and -0 before 0: such groups take the full sort
      if (x !== x || x === 0) plain = false;
    }
    if (!plain) {
      v.sort();
      return n % 2 ? v[n >> 1] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
    // the middle value(s) by selection: everything before position k is no larger than v[k]
    const k = n >> 1;
    const upper = select(v, k);
    if (n % 2) return upper;
    let lower = v[0];
    for (let i = 1; i < k; i++) if (v[i] > lower) lower = v[i];
    return (lower + upper) / 2;
  });
}
pyfunction(MEDIAN, median);

/** The first position (C order) of the group's smallest or largest value, as coordinates. */
function positionOf(g: Groups, m: Int32Array, max: boolean): number[] {
  if (m.length === 0) return g.shape.map(() => 0);
  let best = m[0];
  for (let i = 1; i < m.length; i++) {
    const v = g.values[m[i]];
    if (max ? v > g.values[best] : v < g.values[best]) best = m[i];
  }
  const coords: number[] = [];
  let rem = best;
  for (let a = g.shape.length - 1; a >= 0; a--) {
    coords[a] = rem % g.shape[a];
    rem = Math.floor(rem / g.shape[a]);
  }
  return coords;
}

/**
 * `scipy.ndimage.minimum_position(input, labels=None, index=None)`: the coordinates of the
 * first smallest value per group (a list of them for a sequence index).
 */
export function minimum_position(input: NDArrayLike, ...rest: StatsArgs): number[] | number[][];
export function minimum_position(...args: unknown[]): number[] | number[][] {
  const g = groupsOf(MINIMUM_POSITION.bind(args));
  return g.many ? g.members.map((m) => positionOf(g, m, false)) : positionOf(g, g.members[0], false);
}
pyfunction(MINIMUM_POSITION, minimum_position);

/**
 * `scipy.ndimage.maximum_position(input, labels=None, index=None)`: the coordinates of the
 * first largest value per group (a list of them for a sequence index).
 */
export function maximum_position(input: NDArrayLike, ...rest: StatsArgs): number[] | number[][];
export function maximum_position(...args: unknown[]): number[] | number[][] {
  const g = groupsOf(MAXIMUM_POSITION.bind(args));
  return g.many ? g.members.map((m) => positionOf(g, m, true)) : positionOf(g, g.members[0], true);
}
pyfunction(MAXIMUM_POSITION, maximum_position);

/**
 * `scipy.ndimage.extrema(input, labels=None, index=None)`: [minimum, maximum, minimum_position,
 * maximum_position] per group.
 */
export function extrema(input: NDArrayLike, ...rest: StatsArgs): [number | NDArray, number | NDArray, number[] | number[][], number[] | number[][]];
export function extrema(...args: unknown[]): [number | NDArray, number | NDArray, number[] | number[][], number[] | number[][]] {
  const b = EXTREMA.bind(args);
  const g = groupsOf(b);
  const pos = (max: boolean) => (g.many ? g.members.map((m) => positionOf(g, m, max)) : positionOf(g, g.members[0], max));
  return [extreme(b, false), extreme(b, true), pos(false), pos(true)];
}
pyfunction(EXTREMA, extrema);

/**
 * seaborn's size and style semantics for scatterplot: numeric sizes scale linearly from 18 to
 * 72 points^2 over the data range (categorical levels get linspace(72, 18)), style levels get
 * seaborn's marker sequence; legend rows are drawn in seaborn's ".2" gray.
 */
import { NDArray } from "../np/ndarray";
import { ValueError } from "../errors";
import { read1d, NDArrayLike } from "../plt/data";
import { markerShape } from "../plt/fmt";
import type { LegendEntry } from "../plt/artists";
import { formatTicks, maxNLocatorTicks } from "../plt/ticks";

/** A categorical or numeric semantic column. */
export type SemanticLike = NDArrayLike | readonly string[];

/** seaborn's legend color for size and style rows. */
export const LEGEND_GRAY = "#333333";

/** seaborn's unique_markers order ((4, 0, 45) is a square, (4, 0, 0) a diamond, (4, 1, *) stars). */
const MARKERS = ["o", "X", "s", "P", "D", "*", "^", "*", "v"];

const SIZE_RANGE: [number, number] = [18, 72];

function levelsOf(values: SemanticLike, n: number, what: string): { keys: (string | number)[]; labels: string[]; codes: Int32Array; numeric: Float64Array | null } {
  if (Array.isArray(values) && values.length > 0 && typeof values[0] === "string") {
    const v = values as readonly string[];
    if (v.length !== n) throw new ValueError("All arrays must be of the same length");
    const keys = [...new Set(v)];
    const index = new Map(keys.map((k, i) => [k, i]));
    return { keys, labels: keys, codes: Int32Array.from(v, (s) => index.get(s) as number), numeric: null };
  }
  const num = read1d(values as NDArrayLike, what);
  if (num.length !== n) throw new ValueError("All arrays must be of the same length");
  const keys = [...new Set(Array.from(num))].sort((a, b) => a - b);
  const index = new Map(keys.map((k, i) => [k, i]));
  const isFloat = values instanceof NDArray ? values.dtype.kind === "f" : !Array.from(num).every(Number.isInteger);
  const labels = keys.map((k) => (isFloat && Number.isInteger(k) ? k.toFixed(1) : String(k)));
  return { keys, labels, codes: Int32Array.from(num, (x) => index.get(x) as number), numeric: num };
}

/** Per-point marker areas (points^2) and the size legend rows. */
export function mapSize(values: SemanticLike, n: number): { sizes: Float64Array; legend: LegendEntry[] } {
  const { keys, labels, codes, numeric } = levelsOf(values, n, "size");
  const [small, big] = SIZE_RANGE;
  if (numeric !== null) {
    const lo = keys[0] as number;
    const hi = keys[keys.length - 1] as number;
    const at = (v: number): number => (hi === lo ? (small + big) / 2 : small + ((v - lo) / (hi - lo)) * (big - small));
    const sizes = Float64Array.from(numeric, at);
    let legend: LegendEntry[];
    if (keys.length > 6) {
      const ticks = maxNLocatorTicks(lo, hi, 6).filter((t) => t >= lo && t <= hi);
      const text = formatTicks(ticks);
      legend = ticks.map((t, i) => ({ label: text[i], color: LEGEND_GRAY, shape: "circle", size: at(t) }));
    } else {
      legend = keys.map((k, i) => ({ label: labels[i], color: LEGEND_GRAY, shape: "circle", size: at(k as number) }));
    }
    return { sizes, legend };
  }
  const m = keys.length;
  const levelSize = keys.map((_, i) => (m === 1 ? big : big - (i * (big - small)) / (m - 1)));
  return {
    sizes: Float64Array.from(codes, (c) => levelSize[c]),
    legend: keys.map((_, i) => ({ label: labels[i], color: LEGEND_GRAY, shape: "circle", size: levelSize[i] })),
  };
}

/** Per-point Vega shapes and the style legend rows. */
export function mapStyle(values: SemanticLike, n: number): { shapes: string[]; legend: LegendEntry[] } {
  const { keys, labels, codes } = levelsOf(values, n, "style");
  const shapes = keys.map((_, i) => markerShape(MARKERS[i % MARKERS.length]));
  return {
    shapes: Array.from(codes, (c) => shapes[c]),
    legend: keys.map((_, i) => ({ label: labels[i], color: LEGEND_GRAY, shape: shapes[i] })),
  };
}

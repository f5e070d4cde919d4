/**
 * seaborn 0.12's violinplot: per category (and hue level) SciPy's Gaussian KDE on a grid of
 * `gridsize` points cut `cut` bandwidths past the data, scaled by area, count or width, drawn as
 * fill_betweenx (fill_between when horizontal) in seaborn's desaturated palette with a gray
 * edge; inside, a mini box plot, the quartiles, one stick per observation or the points; split
 * violins put two hue levels back to back.
 */
import { ValueError } from "../errors";
import { pyfunction } from "../signature";
import { gca } from "../plt/pyplot";
import type { Axes } from "../plt/axes";
import { mplsig } from "../plt/pysig";
import { rcParams } from "../plt/rcparams";
import { NDArray } from "../np/ndarray";
import { float64 } from "../np/dtype";
import { contiguousStorage } from "../np/contiguous";
import { linspace } from "../np/create-ranges";
import { nanpercentile } from "../np/statistics/nan-order";
import { barColors, plan } from "./barplot";
import { annotateCategories, cells } from "./boxplot";
import { CategoricalData, CategoricalVariables } from "./categorical_data";
import { lineGray } from "./desaturate";
import { std } from "./estimate";
import { gaussianKde1d } from "./scipy_kde";

/** Options of `sns.violinplot`. */
export interface ViolinplotOptions extends CategoricalVariables {
  /** KDE bandwidth: "scott", "silverman" or a factor of the data's standard deviation. */
  bw?: "scott" | "silverman" | number;
  /** How many bandwidths the density extends past the data. */
  cut?: number;
  scale?: "area" | "count" | "width";
  scale_hue?: boolean;
  gridsize?: number;
  width?: number;
  inner?: "box" | "quartile" | "quartiles" | "point" | "points" | "stick" | "sticks" | null;
  split?: boolean;
  dodge?: boolean;
  orient?: "v" | "h" | null;
  linewidth?: number | null;
  color?: string | null;
  palette?: string | readonly string[] | Record<string, string> | null;
  saturation?: number;
  ax?: Axes | null;
}

const VIOLINPLOT = mplsig(
  "seaborn.violinplot(data=None, *, x=None, y=None, hue=None, order=None, hue_order=None, bw='scott', cut=2, scale='area', " +
    "scale_hue=True, gridsize=100, width=0.8, inner='box', split=False, dodge=True, orient=None, linewidth=None, color=None, " +
    "palette=None, saturation=0.75, ax=None)",
  { types: { cut: "float", scale_hue: "bool", gridsize: "int", width: "float", split: "bool", dodge: "bool", linewidth: "float|None", saturation: "float" } },
);

const percentiles = (v: Float64Array, q: number[]): Float64Array => contiguousStorage(nanpercentile(NDArray.fromStorage(Float64Array.from(v), [v.length], float64), q) as NDArray) as Float64Array;

interface Density {
  support: Float64Array;
  density: Float64Array;
  count: number;
  max: number;
}

/** seaborn's estimate_densities for one cell (empty support: no data; one point: a single value). */
function density(values: Float64Array, bw: "scott" | "silverman" | number, cut: number, gridsize: number): Density {
  if (values.length === 0) return { support: new Float64Array(0), density: Float64Array.of(1), count: 0, max: 0 };
  if (new Set(values).size === 1) return { support: values.slice(0, 1), density: Float64Array.of(1), count: 1, max: 0 };
  const kde = gaussianKde1d(values, bw);
  const bwUsed = kde.factor * std(values);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
  const support = contiguousStorage(linspace(lo - bwUsed * cut, hi + bwUsed * cut, gridsize)) as Float64Array;
  const d = kde.evaluate(support);
  return { support, density: d, count: values.length, max: maxOf(d) };
}

function maxOf(a: ArrayLike<number>): number {
  let m = -Infinity;
  for (let k = 0; k < a.length; k++) if (a[k] > m) m = a[k];
  return m;
}

/** seaborn's scale_area / scale_width / scale_count, in place. */
function scale(grid: Density[][], how: string, scaleHue: boolean, nested: boolean): void {
  const all = grid.flat();
  const globalMax = maxOf(all.map((d) => d.max));
  const globalCount = maxOf(all.map((d) => d.count));
  for (const row of grid) {
    const rowMax = maxOf(row.map((d) => d.max));
    const rowCount = maxOf(row.map((d) => d.count));
    for (const d of row) {
      if (how === "area") {
        const m = nested && scaleHue ? rowMax : globalMax;
        if (d.density.length > 1) for (let k = 0; k < d.density.length; k++) d.density[k] /= m;
      } else if (how === "width") {
        const m = maxOf(d.density);
        for (let k = 0; k < d.density.length; k++) d.density[k] /= m;
      } else {
        const top = nested ? rowCount : globalCount;
        if (top === 0) continue;
        const scaler = d.count / (nested && scaleHue ? rowCount : globalCount);
        const m = maxOf(d.density);
        for (let k = 0; k < d.density.length; k++) d.density[k] = (d.density[k] / m) * scaler;
      }
    }
  }
}

/**
 * `sns.violinplot(data=None, *, x=None, y=None, hue=None, order=None, hue_order=None,
 * bw='scott', cut=2, scale='area', scale_hue=True, gridsize=100, width=0.8, inner='box',
 * split=False, dodge=True, orient=None, linewidth=None, color=None, palette=None,
 * saturation=0.75, ax=None, **kwargs)`: returns the Axes (seaborn 0.12 draws none of `**kwargs`,
 * so none is taken).
 */
export function violinplot(data?: CategoricalData | ViolinplotOptions | null, options?: ViolinplotOptions): Axes;
export function violinplot(): Axes {
  const b = VIOLINPLOT.bind(arguments);
  const ax: Axes = b.ax ?? gca();
  const p = plan(b, true);
  const hasHue = p.hue !== null;
  const colors = barColors(b, hasHue ? p.hueLevels : p.groupLevels.length ? p.groupLevels : p.groupRows.map((_, i) => i), hasHue ? p.hue : p.groups, hasHue);
  const gray = lineGray(colors);
  if (!["area", "width", "count"].includes(b.scale)) throw new ValueError(`scale method '${b.scale}' not recognized`);
  const inner: string | null = b.inner;
  if (inner != null && !["quart", "box", "stick", "point"].some((k) => inner.startsWith(k))) throw new ValueError(`Inner style '${inner}' not recognized`);
  const nHue = p.hueLevels.length;
  if (b.split && hasHue && nHue !== 2) throw new ValueError("There must be exactly two hue levels to use `split`.'");
  const lw = b.linewidth ?? Number(rcParams["lines.linewidth"]);
  const cellList = cells(p);
  const grid: Density[][] = p.groupRows.map(() => []);
  for (const c of cellList) grid[c.group].push(density(c.values, b.bw, b.cut, b.gridsize));
  scale(grid, b.scale, b.scale_hue, hasHue);
  const dwidth = !hasHue || !b.dodge || b.split ? b.width / 2 : b.width / (2 * nHue);
  const each = b.width / nHue;
  const offsets = p.hueLevels.map((_, j) => (b.dodge ? (nHue === 1 ? 0 : (j * (b.width - each)) / (nHue - 1)) : 0));
  const mean = offsets.reduce((s, o) => s + o, 0) / Math.max(nHue, 1);
  const vertical = p.orient === "v";
  const line = (at: [number, number], val: [number, number], width: number, dashed = false) => {
    const [xs, ys] = vertical ? [at, val] : [val, at];
    ax.plot(xs, ys, { color: gray, linewidth: width, ...(dashed ? { linestyle: "--" } : {}) });
  };
  const toDensity = (center: number, val: number, d: Density, side: string | null, width: number, dashed: boolean) => {
    // the grid point nearest the value (np.argmin: the first on ties)
    let idx = 0;
    for (let k = 1; k < d.support.length; k++) if (Math.abs(d.support[k] - val) < Math.abs(d.support[idx] - val)) idx = k;
    const w = dwidth * d.density[idx] * 0.99;
    const span: [number, number] = side === "left" ? [center - w, center] : side === "right" ? [center, center + w] : [center - w, center + w];
    line(span, [val, val], width, dashed);
  };
  const boxLines = (values: Float64Array, center: number) => {
    const [q25, q50, q75] = percentiles(values, [25, 50, 75]);
    const reach = 1.5 * (q75 - q25);
    let h1 = Infinity;
    let h2 = -Infinity;
    for (const v of values) {
      if (v >= q25 - reach) h1 = Math.min(h1, v);
      if (v <= q75 + reach) h2 = Math.max(h2, v);
    }
    line([center, center], [h1, h2], lw);
    line([center, center], [q25, q75], lw * 3);
    const [x, y] = vertical ? [[center], [q50]] : [[q50], [center]];
    ax.scatter(x, y, { zorder: 3, color: "white", edgecolor: gray, s: (lw * 2) ** 2 });
  };
  const quartiles = (values: Float64Array, d: Density, center: number, side: string | null) => {
    for (const q of percentiles(values, [25, 50, 75])) toDensity(center, q, d, side, lw, true);
  };
  const points = (values: Float64Array, center: number) => {
    const at = new Float64Array(values.length).fill(center);
    const [x, y] = vertical ? [at, values] : [values, at];
    ax.scatter(x, y, { s: (lw * 2) ** 2, color: gray, edgecolor: gray });
  };
  const sticks = (values: Float64Array, d: Density, center: number, side: string | null) => {
    for (const v of values) toDensity(center, v, d, side, lw * 0.5, false);
  };
  const drawInner = (values: Float64Array, d: Density, center: number, side: string | null, whole: boolean) => {
    if (inner == null) return;
    if (inner.startsWith("box") && whole) boxLines(values, center);
    else if (inner.startsWith("quart") && !whole) quartiles(values, d, center, side);
    else if (inner.startsWith("stick") && !whole) sticks(values, d, center, side);
    else if (inner.startsWith("point") && whole) points(values, center);
  };
  const groupValues = (i: number) => {
    const parts = cellList.filter((c) => c.group === i).map((c) => c.values);
    return hasHue ? Float64Array.from(p.groupRows[i].map((r) => (p.values!.values as Float64Array)[r]).filter((v) => v === v)) : parts[0];
  };
  const fill = (d: Density, lo: Float64Array, hi: Float64Array, face: string) => {
    const opts = { facecolor: face, edgecolor: gray, linewidth: lw };
    if (vertical) ax.fill_betweenx(d.support, lo, hi, opts);
    else ax.fill_between(d.support, lo, hi, opts);
  };
  const hue0 = p.hue === null ? null : new Set(p.groupRows[0]?.map((r) => p.hue!.values[r]));
  for (const c of cellList) {
    const d = grid[c.group][Math.max(c.hue, 0)];
    const i = c.group;
    const j = c.hue;
    if (d.support.length === 0) continue;
    const center = hasHue && !b.split ? i + (offsets[j] - mean) : i;
    if (d.support.length === 1) {
      // a single observation: a line across its (scaled) density
      const half = (b.split && hasHue ? d.density[0] / 2 : d.density[0]) * dwidth;
      const at = hasHue ? i + (offsets[j] - mean) : i;
      line([at - half, at + half], [d.support[0], d.support[0]], lw);
      continue;
    }
    const n = d.support.length;
    const base = new Float64Array(n).fill(center);
    const lo = Float64Array.from(d.density, (v, k) => base[k] - v * dwidth);
    const hi = Float64Array.from(d.density, (v, k) => base[k] + v * dwidth);
    const face = colors[hasHue ? j : i];
    if (b.split && hasHue) {
      fill(d, j ? base : lo, j ? hi : base, face);
      if (inner == null) continue;
      const side = j ? "right" : "left";
      drawInner(c.values, d, i, side, false);
      // the box and the points show the whole group, once (seaborn checks the first group's hues)
      if (j && hue0 !== null && hue0.has(p.hueLevels[j] as never)) continue;
      drawInner(groupValues(i), d, i, null, true);
    } else {
      fill(d, lo, hi, face);
      drawInner(c.values, d, center, null, false);
      drawInner(c.values, d, center, null, true);
    }
  }
  annotateCategories(ax, p, colors, "square");
  if (p.orient === "h") ax.invert_yaxis();
  return ax;
}
pyfunction(VIOLINPLOT, violinplot);

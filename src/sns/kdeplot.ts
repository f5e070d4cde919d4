/**
 * seaborn 0.12's univariate kdeplot: SciPy's Gaussian KDE (bandwidth factor x bw_adjust) on
 * `gridsize` points cut `cut` bandwidths past the data (and clipped), one curve per hue level
 * scaled by its share of the rows (common_norm), on a grid of its own or a common one, drawn in
 * reverse hue order as lines or fills (alpha 0.25, opaque edge), with the "Density" label and a
 * hue legend.
 */
import { NotImplementedError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { gca } from "../plt/pyplot";
import type { Axes } from "../plt/axes";
import { mplsig } from "../plt/pysig";
import { toCss, withAlpha } from "../plt/colors";
import type { FillArtist, LineArtist } from "../plt/artists";
import { NDArray } from "../np/ndarray";
import { contiguousStorage } from "../np/contiguous";
import { linspace } from "../np/create-ranges";
import { CategoricalData, columnsOf, groupRows, Level, levelLabel, levelsOf, Variable, variableOf } from "./categorical_data";
import { levelColors } from "./category_hue";
import { gaussianKde1d } from "./scipy_kde";

/** Options of `sns.kdeplot` (univariate). */
export interface KdeplotOptions {
  data?: CategoricalData | NDArray | readonly number[] | null;
  x?: string | readonly number[] | NDArray | null;
  y?: string | readonly number[] | NDArray | null;
  hue?: string | readonly (string | number)[] | null;
  weights?: null;
  palette?: string | readonly string[] | Record<string, string> | null;
  hue_order?: readonly Level[] | null;
  hue_norm?: null;
  color?: string | null;
  fill?: boolean | null;
  multiple?: "layer";
  common_norm?: boolean;
  common_grid?: boolean;
  cumulative?: false;
  bw_method?: "scott" | "silverman" | number;
  bw_adjust?: number;
  warn_singular?: boolean;
  log_scale?: null;
  levels?: 10;
  thresh?: 0.05;
  gridsize?: number;
  cut?: number;
  clip?: readonly [number | null, number | null] | null;
  legend?: boolean;
  cbar?: false;
  cbar_ax?: null;
  cbar_kws?: null;
  ax?: Axes | null;
  alpha?: number | null;
  linewidth?: number | null;
  label?: string | null;
}

export const KDEPLOT = mplsig(
  "seaborn.kdeplot(data=None, *, x=None, y=None, hue=None, weights=None, palette=None, hue_order=None, hue_norm=None, color=None, " +
    "fill=None, multiple='layer', common_norm=True, common_grid=False, cumulative=False, bw_method='scott', bw_adjust=1, " +
    "warn_singular=True, log_scale=None, levels=10, thresh=0.05, gridsize=200, cut=3, clip=None, legend=True, cbar=False, " +
    "cbar_ax=None, cbar_kws=None, ax=None, alpha=None, linewidth=None, label=None)",
  {
    types: { fill: "bool|None", common_norm: "bool", common_grid: "bool", bw_adjust: "float", warn_singular: "bool", gridsize: "int", cut: "float", legend: "bool", alpha: "float|None", linewidth: "float|None", label: "str|None" },
    unsupported: ["weights", "hue_norm", "multiple", "cumulative", "log_scale", "levels", "thresh", "cbar", "cbar_ax", "cbar_kws"],
  },
);

/** The curves of a univariate KDE: support, density and color per hue level (null: no hue). */
export interface KdeCurve {
  level: Level | null;
  support: Float64Array;
  density: Float64Array;
  color: string;
}

/**
 * seaborn's _compute_univariate_density and colors; levels without a density (singular) are left
 * out. `pool`: the data of every facet of a grid, whose grid (common_grid) and row count
 * (common_norm) the facets share.
 */
export function kdeCurves(values: Float64Array, hue: Variable | null, b: Record<string, any>, color: string, pool: Float64Array | null = null): { curves: KdeCurve[]; levels: Level[]; colors: string[] } {
  const keep = Array.from(values, (v, i) => v === v && (hue === null || hue.kind === "categorical" || hue.values[i] === hue.values[i]));
  const levels = hue === null ? [] : levelsOf(hue, b.hue_order);
  const colors = hue === null ? [] : levelColors(levels, hue, b.palette);
  const clip: [number, number] = [b.clip?.[0] ?? -Infinity, b.clip?.[1] ?? Infinity];
  const fit = (v: Float64Array) => {
    const kde = gaussianKde1d(v, b.bw_method);
    return gaussianKde1d(v, kde.factor * b.bw_adjust);
  };
  const grid = (v: Float64Array) => {
    const kde = fit(v);
    let lo = Infinity;
    let hi = -Infinity;
    for (const u of v) (lo = Math.min(lo, u)), (hi = Math.max(hi, u));
    return contiguousStorage(linspace(Math.max(lo - kde.bandwidth * b.cut, clip[0]), Math.min(hi + kde.bandwidth * b.cut, clip[1]), b.gridsize)) as Float64Array;
  };
  const all = values.filter((_, i) => keep[i]);
  const grouped = hue !== null || pool !== null;
  const whole = pool ?? all;
  const common = grouped && b.common_grid ? grid(whole) : null;
  const groups = hue === null ? [{ level: null as Level | null, rows: keep.flatMap((k, i) => (k ? [i] : [])) }] : groupRows(hue, levels).map((rows, j) => ({ level: levels[j] as Level | null, rows: rows.filter((r) => keep[r]) }));
  const curves: KdeCurve[] = [];
  groups.forEach((g, j) => {
    const v = Float64Array.from(g.rows, (r) => values[r]);
    // a level without rows (in a facet) has no curve and no warning
    if (v.length === 0) return;
    let mean = 0;
    for (const u of v) mean += u;
    mean /= v.length;
    let ss = 0;
    for (const u of v) ss += (u - mean) ** 2;
    const variance = v.length > 1 ? ss / (v.length - 1) : 0;
    if (v.length < 2 || variance === 0) {
      if (b.warn_singular) process.emitWarning("Dataset has 0 variance; skipping density estimate. Pass `warn_singular=False` to disable this warning.", { type: "UserWarning" });
      return;
    }
    const support = common ?? grid(v);
    const density = fit(v).evaluate(support);
    if (grouped && b.common_norm) for (let k = 0; k < density.length; k++) density[k] *= v.length / whole.length;
    curves.push({ level: g.level, support, density, color: hue === null ? color : colors[j] });
  });
  return { curves, levels, colors };
}

/** Draws the curves as seaborn does (reverse hue order; fill or line) and returns the artists. */
export function drawKdeCurves(ax: Axes, curves: readonly KdeCurve[], vertical: boolean, fill: boolean, b: Record<string, any>): (FillArtist | LineArtist)[] {
  const alpha = b.alpha ?? (fill ? 0.25 : 1);
  const out: (FillArtist | LineArtist)[] = [];
  for (const c of [...curves].reverse()) {
    const extra: Record<string, unknown> = {};
    if (b.linewidth != null) extra.linewidth = b.linewidth;
    if (b.label != null) extra.label = b.label;
    if (fill) {
      const zero = new Float64Array(c.support.length);
      const kw = { facecolor: withAlpha(c.color, alpha), edgecolor: withAlpha(c.color, 1), ...extra };
      const a = vertical ? ax.fill_betweenx(c.support, zero, c.density, kw) : ax.fill_between(c.support, zero, c.density, kw);
      if (vertical) a.stickyX = [0, Infinity];
      else a.stickyY = [0, Infinity];
      out.push(a);
    } else {
      const [xs, ys] = vertical ? [c.density, c.support] : [c.support, c.density];
      const line = ax.plot(xs, ys, { color: withAlpha(c.color, alpha), ...extra })[0].artist as LineArtist;
      if (vertical) line.stickyX = [0, Infinity];
      else line.stickyY = [0, Infinity];
      out.push(line);
    }
  }
  return out;
}

/**
 * `sns.kdeplot(data=None, *, x=None, y=None, hue=None, weights=None, palette=None,
 * hue_order=None, hue_norm=None, color=None, fill=None, multiple='layer', common_norm=True,
 * common_grid=False, cumulative=False, bw_method='scott', bw_adjust=1, warn_singular=True,
 * log_scale=None, levels=10, thresh=0.05, gridsize=200, cut=3, clip=None, legend=True,
 * cbar=False, cbar_ax=None, cbar_kws=None, ax=None, **kwargs)`: a univariate density (x or y,
 * not both); returns the Axes.
 */
export function kdeplot(data?: KdeplotOptions["data"] | KdeplotOptions, options?: KdeplotOptions): Axes;
export function kdeplot(): Axes {
  const b = KDEPLOT.bind(arguments);
  let data = b.data;
  let xArg = b.x;
  if (data != null && (Array.isArray(data) ? typeof data[0] === "number" : data instanceof NDArray) && xArg == null && b.y == null) {
    xArg = data;
    data = null;
  }
  if (xArg != null && b.y != null) throw new NotImplementedError("a bivariate kdeplot (both x and y) is not supported yet");
  const columns = columnsOf(data);
  const vertical = xArg == null;
  const v = variableOf(vertical ? b.y : xArg, columns);
  const hue = variableOf(b.hue, columns);
  const ax: Axes = b.ax ?? gca();
  const fill = b.fill ?? false;
  if (hue !== null && hue.kind === "numeric" && !Array.from(hue.values).every((u) => u === 0 || u === 1 || u !== u)) throw new NotImplementedError("a numeric hue in kdeplot is not supported yet");
  // seaborn's _default_color: the next color of the patch cycle (fill) or line cycle
  const color = hue !== null ? "" : toCss(b.color ?? (fill ? ax.nextPatchColor() : ax.nextColor()));
  if (v === null) return ax;
  if (v.kind !== "numeric") throw new ValueError("kdeplot needs a numeric variable");
  if (hue !== null && hue.values.length !== v.values.length) throw new ValueError("All arrays must be of the same length");
  const { curves, levels, colors } = kdeCurves(v.values, hue, b, color);
  drawKdeCurves(ax, curves, vertical, fill, b);
  // seaborn's _add_axis_labels: only where no label is set yet
  const [xlabel, ylabel] = vertical ? ["Density", v.name ?? ""] : [v.name ?? "", "Density"];
  if (!ax.get_xlabel()) ax.set_xlabel(xlabel);
  if (!ax.get_ylabel()) ax.set_ylabel(ylabel);
  if (hue !== null && b.legend) {
    const alpha = b.alpha ?? (fill ? 0.25 : 1);
    ax.customLegend = {
      ...(hue.name !== null ? { title: hue.name } : {}),
      entries: levels.map((l, j) => ({ label: levelLabel(l, hue), color: toCss(withAlpha(colors[j], alpha)), shape: fill ? "square" : "stroke" })),
    };
    ax.legendShown = true;
    ax.legendOptions = { loc: "best" };
  }
  return ax;
}
pyfunction(KDEPLOT, kdeplot);

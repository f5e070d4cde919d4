/**
 * seaborn 0.12's lmplot on a FacetGrid: one subplot per (row, col) level pair, each
 * height x aspect inches, all sharing x and y; in each, a regplot per hue level in that level's
 * color, marker and label; "col = level" titles (row and col joined by " | "), the x label on the
 * bottom row, the y label on the left column, and a hue legend at the right.
 */
import { PyTypeError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { subplots } from "../plt/pyplot";
import type { Axes } from "../plt/axes";
import type { Figure } from "../plt/figure";
import { mplsig } from "../plt/pysig";
import { withRepr } from "../plt/pyobjects";
import { CategoricalData, columnsOf, Level, levelLabel, levelsOf, Variable, variableOf } from "./categorical_data";
import { levelColors } from "./category_hue";
import { drawRegression, ESTIMATE_PARAMETERS, RegressionOptions, REGPLOT_TEXT, REGRESSION_TYPES, REGRESSION_UNSUPPORTED } from "./regplot";
import { applyShares, share, shareGroups } from "./grid_share";


/** What lmplot returns: seaborn's FacetGrid attributes a user reads. */
export interface FacetGrid {
  figure: Figure;
  fig: Figure;
  /** Rows of facets. */
  axes: Axes[][];
  /** The only Axes of a 1x1 grid (seaborn raises for more; here null). */
  ax: Axes | null;
  /** The Axes of each level of the one faceting variable, by its label. */
  axes_dict: Record<string, Axes>;
  row_names: string[];
  col_names: string[];
  hue_names: string[] | null;
  data: CategoricalData;
}

/** Options of `sns.lmplot`. */
export interface LmplotOptions extends RegressionOptions {
  data?: CategoricalData;
  x?: string;
  y?: string;
  hue?: string | null;
  col?: string | null;
  row?: string | null;
  palette?: string | readonly string[] | Record<string, string> | null;
  col_wrap?: null;
  height?: number;
  aspect?: number;
  /** A marker, or one per hue level. */
  markers?: string | readonly string[];
  sharex?: null;
  sharey?: null;
  hue_order?: readonly Level[] | null;
  col_order?: readonly Level[] | null;
  row_order?: readonly Level[] | null;
  legend?: boolean;
  legend_out?: null;
  facet_kws?: null;
}

const LMPLOT = mplsig(
  "seaborn.lmplot(data=None, *, x=None, y=None, hue=None, col=None, row=None, palette=None, col_wrap=None, height=5, aspect=1, " +
    "markers='o', sharex=None, sharey=None, hue_order=None, col_order=None, row_order=None, legend=True, legend_out=None, " +
    `${REGPLOT_TEXT}, x_jitter=None, y_jitter=None, scatter_kws=None, line_kws=None, facet_kws=None)`,
  {
    types: { ...REGRESSION_TYPES, height: "float", aspect: "float", legend: "bool" },
    unsupported: [...ESTIMATE_PARAMETERS, ...REGRESSION_UNSUPPORTED, "col_wrap", "sharex", "sharey", "legend_out", "facet_kws"],
  },
);

/**
 * `sns.lmplot(data=None, *, x=None, y=None, hue=None, col=None, row=None, palette=None,
 * col_wrap=None, height=5, aspect=1, markers='o', sharex=None, sharey=None, hue_order=None,
 * col_order=None, row_order=None, legend=True, legend_out=None, x_estimator=None, x_bins=None,
 * x_ci='ci', scatter=True, fit_reg=True, ci=95, n_boot=1000, units=None, seed=None, order=1,
 * logistic=False, lowess=False, robust=False, logx=False, x_partial=None, y_partial=None,
 * truncate=True, x_jitter=None, y_jitter=None, scatter_kws=None, line_kws=None,
 * facet_kws=None)`: returns the FacetGrid (its figure shows in a notebook).
 */
export function lmplot(data?: CategoricalData | LmplotOptions, options?: LmplotOptions): FacetGrid;
export function lmplot(): FacetGrid {
  const b = LMPLOT.bind(arguments);
  if (b.data == null) throw new PyTypeError("Missing required keyword argument `data`.");
  const columns = columnsOf(b.data)!;
  const xv = variableOf(b.x, columns);
  const yv = variableOf(b.y, columns);
  if (xv === null || yv === null || xv.kind !== "numeric" || yv.kind !== "numeric") throw new ValueError("lmplot needs numeric x and y columns");
  const facet = (name: string | null, order: readonly Level[] | null) => {
    const v = variableOf(name, columns);
    return v === null ? { v: null as Variable | null, levels: [null] as (Level | null)[] } : { v, levels: levelsOf(v, order) as (Level | null)[] };
  };
  const rows = facet(b.row, b.row_order);
  const cols = facet(b.col, b.col_order);
  const hues = facet(b.hue, b.hue_order);
  const hueLevels = hues.v === null ? null : (hues.levels as Level[]);
  const colors = hues.v === null ? levelColors([0], { kind: "numeric", values: new Float64Array(0), integer: true, name: null }, null) : levelColors(hueLevels!, hues.v, b.palette);
  const nHue = hueLevels?.length ?? 1;
  const markers: string[] = typeof b.markers === "string" ? Array(nHue).fill(b.markers) : Array.from(b.markers);
  if (markers.length !== nHue) throw new ValueError("markers must be a singleton or a list of markers for each level of the hue variable");
  const nr = rows.levels.length;
  const nc = cols.levels.length;
  const [fig, grid] = subplots(nr, nc, { figsize: [nc * b.height * b.aspect, nr * b.height], squeeze: false }) as unknown as [Figure, Axes[][]];
  const axes = grid.map((r) => Array.from(r));
  const groups = shareGroups();
  share(groups, "x", axes.flat());
  share(groups, "y", axes.flat());
  applyShares(groups);
  const label = (v: Variable | null, l: Level | null) => (v === null || l === null ? "" : levelLabel(l, v));
  const n = xv.values.length;
  const inLevel = (f: { v: Variable | null }, l: Level | null, i: number) => f.v === null || f.v.values[i] === l;
  // seaborn first puts every facet's x data into the (shared) x limits
  let lo = Infinity;
  let hi = -Infinity;
  for (let r = 0; r < n; r++) {
    const faceted = [rows, cols].every((f) => f.v === null || f.levels.includes(f.v.values[r]));
    if (faceted && xv.values[r] === xv.values[r] && yv.values[r] === yv.values[r]) (lo = Math.min(lo, xv.values[r])), (hi = Math.max(hi, xv.values[r]));
  }
  const viewX: [number, number] = [lo - (hi - lo) * 0.05, hi + (hi - lo) * 0.05];
  axes.forEach((row, i) => row.forEach((ax, j) => {
    (hueLevels ?? [null]).forEach((h, k) => {
      const picked: number[] = [];
      for (let r = 0; r < n; r++) if (inLevel(rows, rows.levels[i], r) && inLevel(cols, cols.levels[j], r) && inLevel(hues, h, r)) picked.push(r);
      if (picked.length === 0) return;
      const d = { x: Float64Array.from(picked, (r) => xv.values[r]), y: Float64Array.from(picked, (r) => yv.values[r]), xname: null, yname: null };
      const keep = Array.from(d.x, (v, q) => v === v && d.y[q] === d.y[q]);
      drawRegression(ax, { ...b, color: colors[k], marker: markers[k], label: hues.v === null ? null : label(hues.v, h), dropna: true }, { ...d, x: d.x.filter((_, q) => keep[q]), y: d.y.filter((_, q) => keep[q]) }, viewX);
    });
    // titles and the outer axis labels (FacetGrid's set_titles / set_axis_labels)
    const parts = [rows.v ? `${rows.v.name} = ${label(rows.v, rows.levels[i])}` : "", cols.v ? `${cols.v.name} = ${label(cols.v, cols.levels[j])}` : ""].filter((t) => t !== "");
    ax.set_title(parts.join(" | "));
    ax.set_xlabel(i === nr - 1 ? b.x : "");
    ax.set_ylabel(j === 0 ? b.y : "");
    if (i !== nr - 1) ax.tick_params({ axis: "x", labelcolor: "none" });
    if (j !== 0) ax.tick_params({ axis: "y", labelcolor: "none" });
  }));
  if (b.legend && hues.v !== null && b.hue !== b.col && b.hue !== b.row) {
    const host = axes[Math.floor((nr - 1) / 2)][nc - 1];
    host.customLegend = { title: b.hue, entries: hueLevels!.map((l, k) => ({ label: label(hues.v, l), color: colors[k], shape: "circle" })) };
    host.legendShown = true;
    host.legendOptions = { loc: "right" };
  }
  fig.tight_layout();
  const axesDict: Record<string, Axes> = {};
  if (rows.v !== null && cols.v === null) rows.levels.forEach((l, i) => (axesDict[label(rows.v, l)] = axes[i][0]));
  if (cols.v !== null && rows.v === null) cols.levels.forEach((l, j) => (axesDict[label(cols.v, l)] = axes[0][j]));
  const out: FacetGrid = {
    figure: fig, fig, axes, ax: nr === 1 && nc === 1 ? axes[0][0] : null, axes_dict: axesDict,
    row_names: rows.v === null ? [] : rows.levels.map((l) => label(rows.v, l)), col_names: cols.v === null ? [] : cols.levels.map((l) => label(cols.v, l)),
    hue_names: hueLevels === null ? null : hueLevels.map((l) => label(hues.v, l)), data: b.data,
  };
  return withRepr(out, () => "<seaborn.axisgrid.FacetGrid object>", fig);
}
pyfunction(LMPLOT, lmplot);

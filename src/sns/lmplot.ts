/**
 * seaborn 0.12's lmplot on a FacetGrid: one subplot per (row, col) level pair, each
 * height x aspect inches, all sharing x and y; in each, a regplot per hue level in that level's
 * color, marker and label; "col = level" titles (row and col joined by " | "), the x label on the
 * bottom row, the y label on the left column, and a hue legend at the right.
 */
import { PyTypeError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { mplsig } from "../plt/pysig";
import { CategoricalData, columnsOf, Level, variableOf } from "./categorical_data";
import { levelColors } from "./category_hue";
import { drawRegression, ESTIMATE_PARAMETERS, RegressionOptions, REGPLOT_TEXT, REGRESSION_TYPES, REGRESSION_UNSUPPORTED } from "./regplot";
import { FacetGrid, facetAxes, facetGrid, facetLabel, facetLegend, facetOf, inFacet, labelFacets } from "./facet_grid";

export { FacetGrid };


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
  const rows = facetOf(b.row, b.row_order, columns);
  const cols = facetOf(b.col, b.col_order, columns);
  const hues = facetOf(b.hue, b.hue_order, columns);
  const hueLevels = hues.v === null ? null : (hues.levels as Level[]);
  const colors = hues.v === null ? levelColors([0], { kind: "numeric", values: new Float64Array(0), integer: true, name: null }, null) : levelColors(hueLevels!, hues.v, b.palette);
  const nHue = hueLevels?.length ?? 1;
  const markers: string[] = typeof b.markers === "string" ? Array(nHue).fill(b.markers) : Array.from(b.markers);
  if (markers.length !== nHue) throw new ValueError("markers must be a singleton or a list of markers for each level of the hue variable");
  const { fig, axes } = facetAxes(rows, cols, b.height, b.aspect);
  const n = xv.values.length;
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
      for (let r = 0; r < n; r++) if (inFacet(rows, rows.levels[i], r) && inFacet(cols, cols.levels[j], r) && inFacet(hues, h, r)) picked.push(r);
      if (picked.length === 0) return;
      const d = { x: Float64Array.from(picked, (r) => xv.values[r]), y: Float64Array.from(picked, (r) => yv.values[r]), xname: null, yname: null };
      const keep = Array.from(d.x, (v, q) => v === v && d.y[q] === d.y[q]);
      drawRegression(ax, { ...b, color: colors[k], marker: markers[k], label: hues.v === null ? null : facetLabel(hues.v, h), dropna: true }, { ...d, x: d.x.filter((_, q) => keep[q]), y: d.y.filter((_, q) => keep[q]) }, viewX);
    });
  }));
  labelFacets(axes, rows, cols, b.x, b.y);
  if (b.legend && hues.v !== null && b.hue !== b.col && b.hue !== b.row) {
    facetLegend(axes, b.hue, hueLevels!.map((l, k) => ({ label: facetLabel(hues.v, l), color: colors[k], shape: "circle" })));
  }
  return facetGrid(fig, axes, rows, cols, hues, b.data);
}
pyfunction(LMPLOT, lmplot);

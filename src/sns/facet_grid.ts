/**
 * seaborn 0.12's FacetGrid as lmplot and displot build it: one subplot per (row, col) level
 * pair, each height x aspect inches, all sharing x and y; "row = level | col = level" titles,
 * the x label on the bottom row, the y label on the left column (inner tick labels hidden), the
 * hue legend at the right, and the grid object a user reads.
 */
import { subplots } from "../plt/pyplot";
import type { Axes } from "../plt/axes";
import type { Figure } from "../plt/figure";
import type { LegendEntry } from "../plt/artists";
import { withRepr } from "../plt/pyobjects";
import { CategoricalData, Level, levelLabel, levelsOf, Variable, variableOf } from "./categorical_data";
import { applyShares, share, shareGroups } from "./grid_share";

/** What lmplot and displot return: seaborn's FacetGrid attributes a user reads. */
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

/** A faceting (or hue) variable and its levels in seaborn's order; no variable: one null level. */
export interface Facet {
  v: Variable | null;
  levels: (Level | null)[];
}

/** The variable named `name` of `columns` and its levels (`order` if given). */
export function facetOf(name: unknown, order: readonly Level[] | null, columns: Record<string, unknown> | null): Facet {
  const v = variableOf(name, columns);
  return v === null ? { v: null, levels: [null] } : { v, levels: levelsOf(v, order) };
}

/** Whether row `r` of the data belongs to `level` of the facet (always, without a variable). */
export function inFacet(f: Facet, level: Level | null, r: number): boolean {
  return f.v === null || f.v.values[r] === level;
}

/** A level's label ("" without a variable). */
export function facetLabel(v: Variable | null, l: Level | null): string {
  return v === null || l === null ? "" : levelLabel(l, v);
}

/** The figure and its grid of shared Axes, rows x cols, each height x aspect inches. */
export function facetAxes(rows: Facet, cols: Facet, height: number, aspect: number): { fig: Figure; axes: Axes[][] } {
  const nr = rows.levels.length;
  const nc = cols.levels.length;
  const [fig, grid] = subplots(nr, nc, { figsize: [nc * height * aspect, nr * height], squeeze: false }) as unknown as [Figure, Axes[][]];
  const axes = grid.map((r) => Array.from(r));
  const groups = shareGroups();
  share(groups, "x", axes.flat());
  share(groups, "y", axes.flat());
  applyShares(groups);
  return { fig, axes };
}

/** FacetGrid's set_titles and set_axis_labels: titles per facet, labels on the outer Axes. */
export function labelFacets(axes: Axes[][], rows: Facet, cols: Facet, xlabel: string, ylabel: string): void {
  const nr = axes.length;
  axes.forEach((row, i) => row.forEach((ax, j) => {
    const parts = [rows.v ? `${rows.v.name} = ${facetLabel(rows.v, rows.levels[i])}` : "", cols.v ? `${cols.v.name} = ${facetLabel(cols.v, cols.levels[j])}` : ""].filter((t) => t !== "");
    ax.set_title(parts.join(" | "));
    ax.set_xlabel(i === nr - 1 ? xlabel : "");
    ax.set_ylabel(j === 0 ? ylabel : "");
    if (i !== nr - 1) ax.tick_params({ axis: "x", labelcolor: "none" });
    if (j !== 0) ax.tick_params({ axis: "y", labelcolor: "none" });
  }));
}

/** FacetGrid's add_legend: the hue legend at the right of the middle row. */
export function facetLegend(axes: Axes[][], title: string | null, entries: LegendEntry[]): void {
  const host = axes[Math.floor((axes.length - 1) / 2)][axes[0].length - 1];
  host.customLegend = { ...(title !== null ? { title } : {}), entries };
  host.legendShown = true;
  host.legendOptions = { loc: "right" };
}

/** Lays the figure out and returns the grid object. */
export function facetGrid(fig: Figure, axes: Axes[][], rows: Facet, cols: Facet, hue: Facet, data: CategoricalData): FacetGrid {
  fig.tight_layout();
  const axesDict: Record<string, Axes> = {};
  if (rows.v !== null && cols.v === null) rows.levels.forEach((l, i) => (axesDict[facetLabel(rows.v, l)] = axes[i][0]));
  if (cols.v !== null && rows.v === null) cols.levels.forEach((l, j) => (axesDict[facetLabel(cols.v, l)] = axes[0][j]));
  const out: FacetGrid = {
    figure: fig, fig, axes, ax: axes.length === 1 && axes[0].length === 1 ? axes[0][0] : null, axes_dict: axesDict,
    row_names: rows.v === null ? [] : rows.levels.map((l) => facetLabel(rows.v, l)), col_names: cols.v === null ? [] : cols.levels.map((l) => facetLabel(cols.v, l)),
    hue_names: hue.v === null ? null : hue.levels.map((l) => facetLabel(hue.v, l)), data,
  };
  return withRepr(out, () => "<seaborn.axisgrid.FacetGrid object>", fig);
}

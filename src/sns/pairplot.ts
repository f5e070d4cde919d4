/**
 * seaborn 0.12's pairplot on a PairGrid: a figure of height x aspect inches per variable, one
 * row per y variable and one column per x variable, x shared down each column and y along each
 * row; scatterplots (or regplots) off the diagonal, and on it a histogram or a filled KDE drawn
 * on a twin of the cell's axes (axis off; the histograms share their counts' axis); axis labels
 * on the outer cells only, the inner cells' tick labels hidden, and a hue legend at the right.
 */
import { NotImplementedError, PyTypeError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { subplots } from "../plt/pyplot";
import type { Axes } from "../plt/axes";
import type { Figure } from "../plt/figure";
import { mplsig } from "../plt/pysig";
import { withRepr } from "../plt/pyobjects";
import { CategoricalData, columnsOf, Level, levelLabel, levelsOf, variableOf } from "./categorical_data";
import { levelColors } from "./category_hue";
import { scatterplot } from "./relational";
import { histplot } from "./histplot";
import { kdeplot } from "./kdeplot";
import { regplot } from "./regplot";
import { applyShares, share, shareGroups } from "./grid_share";

type Props = Record<string, unknown>;

/** What pairplot returns: seaborn's PairGrid attributes a user reads. */
export interface PairGrid {
  figure: Figure;
  fig: Figure;
  /** Rows of axes (null above the diagonal with corner=True). */
  axes: (Axes | null)[][];
  /** The twin axes holding the diagonal plots. */
  diag_axes: Axes[] | null;
  diag_vars: string[] | null;
  x_vars: string[];
  y_vars: string[];
  hue_names: string[] | null;
  square_grid: boolean;
  data: CategoricalData;
}

/** Options of `sns.pairplot`. */
export interface PairplotOptions {
  data?: CategoricalData;
  hue?: string | null;
  hue_order?: readonly Level[] | null;
  palette?: string | readonly string[] | Record<string, string> | null;
  vars?: readonly string[] | null;
  x_vars?: readonly string[] | null;
  y_vars?: readonly string[] | null;
  kind?: "scatter" | "reg";
  diag_kind?: "auto" | "hist" | "kde" | null;
  markers?: string | null;
  height?: number;
  aspect?: number;
  corner?: boolean;
  dropna?: false;
  plot_kws?: Props | null;
  diag_kws?: Props | null;
  grid_kws?: null;
  size?: null;
}

const PAIRPLOT = mplsig(
  "seaborn.pairplot(data, *, hue=None, hue_order=None, palette=None, vars=None, x_vars=None, y_vars=None, kind='scatter', " +
    "diag_kind='auto', markers=None, height=2.5, aspect=1, corner=False, dropna=False, plot_kws=None, diag_kws=None, grid_kws=None, size=None)",
  {
    types: { height: "float", aspect: "float", corner: "bool", markers: "str|None", plot_kws: "mapping|None", diag_kws: "mapping|None" },
    choices: { kind: ["scatter", "reg", "kde", "hist"], diag_kind: ["auto", "hist", "kde", null] },
    unsupported: ["dropna", "grid_kws", "size"],
  },
);

/**
 * `sns.pairplot(data, *, hue=None, hue_order=None, palette=None, vars=None, x_vars=None,
 * y_vars=None, kind='scatter', diag_kind='auto', markers=None, height=2.5, aspect=1,
 * corner=False, dropna=False, plot_kws=None, diag_kws=None, grid_kws=None, size=None)`: returns
 * the PairGrid (its figure shows in a notebook).
 */
export function pairplot(data: CategoricalData, options?: PairplotOptions): PairGrid;
export function pairplot(): PairGrid {
  const b = PAIRPLOT.bind(arguments);
  const columns = columnsOf(b.data);
  if (columns === null || typeof b.data !== "object") throw new PyTypeError(`'data' must be pandas DataFrame object, not: ${typeof b.data}`);
  if (b.kind === "kde" || b.kind === "hist") throw new NotImplementedError(`pairplot() kind='${b.kind}' (bivariate densities) is not supported yet`);
  const hueVar = variableOf(b.hue, columns);
  if (b.kind === "reg" && hueVar !== null) throw new NotImplementedError("pairplot() kind='reg' with hue is not supported yet");
  let diagKind: string | null = b.diag_kind;
  if (diagKind === "auto") diagKind = hueVar === null ? "hist" : "kde";
  if (diagKind === "hist" && hueVar !== null) throw new NotImplementedError("pairplot() diag_kind='hist' with hue is not supported yet");
  const numeric = Object.keys(columns).filter((k) => k !== b.hue && variableOf(k, columns)!.kind === "numeric");
  const vars: string[] = b.vars != null ? Array.from(b.vars) : numeric;
  const xVars: string[] = b.x_vars != null ? Array.from(b.x_vars) : vars;
  const yVars: string[] = b.y_vars != null ? Array.from(b.y_vars) : vars;
  if (xVars.length === 0 || yVars.length === 0) throw new ValueError("No variables found for grid columns.");
  const square = xVars.join("\u0000") === yVars.join("\u0000");
  const nr = yVars.length;
  const nc = xVars.length;
  const [fig, grid] = subplots(nr, nc, { figsize: [nc * b.height * b.aspect, nr * b.height], squeeze: false }) as unknown as [Figure, Axes[][]];
  const axes: (Axes | null)[][] = grid.map((row) => Array.from(row));
  if (b.corner) {
    // cells above the diagonal are removed
    axes.forEach((row, i) => row.forEach((ax, j) => {
      if (j > i && ax !== null) {
        fig.axes.splice(fig.axes.indexOf(ax), 1);
        row[j] = null;
      }
    }));
  }
  const hueLevels = hueVar === null ? null : levelsOf(hueVar, b.hue_order);
  const hueColors = hueVar === null ? [] : levelColors(hueLevels!, hueVar, b.palette);
  // scatterplot colors levels in order of appearance: a list palette in that order keeps hue_order's colors
  const appearance = hueVar === null ? [] : levelsOf(hueVar, null);
  const scatterPalette = hueVar === null ? null : appearance.map((l) => hueColors[hueLevels!.indexOf(l)] ?? hueColors[0]);
  const groups = shareGroups();
  for (let j = 0; j < nc; j++) share(groups, "x", axes.map((row) => row[j]).filter((a): a is Axes => a !== null));
  for (let i = 0; i < nr; i++) share(groups, "y", axes[i].filter((a): a is Axes => a !== null));
  let diagAxes: Axes[] | null = null;
  let diagVars: string[] | null = null;
  if (diagKind !== null && square) {
    diagAxes = [];
    diagVars = [];
    for (let i = 0; i < nr; i++) {
      const base = axes[i][i]!;
      const twin = base.twinx();
      twin.set_axis_off();
      diagAxes.push(twin);
      diagVars.push(xVars[i]);
      groups.x.get(base)!.push(twin);
      groups.x.set(twin, groups.x.get(base)!);
    }
    if (diagKind === "hist") share(groups, "y", diagAxes);
  }
  applyShares(groups);
  const plotKws: Props = { ...(b.plot_kws ?? {}) };
  if (b.markers != null) plotKws.marker = b.markers;
  const diagKws: Props = { ...(b.diag_kws ?? {}) };
  diagAxes?.forEach((ax, k) => {
    if (diagKind === "hist") histplot({ data: columns as never, x: diagVars![k], ax, ...diagKws });
    else kdeplot({ data: columns as never, x: diagVars![k], ...(hueVar ? { hue: b.hue, hue_order: hueLevels, palette: hueColors } : {}), fill: true, warn_singular: false, legend: false, ax, ...diagKws });
  });
  axes.forEach((row, i) => row.forEach((ax, j) => {
    if (ax === null || (diagAxes !== null && i === j)) return;
    if (b.kind === "reg") regplot({ data: columns as never, x: xVars[j], y: yVars[i], ax, ...plotKws });
    else scatterplot({ data: columns as never, x: xVars[j], y: yVars[i], ...(hueVar ? { hue: b.hue, palette: scatterPalette } : {}), legend: false, ax, ...plotKws });
  }));
  // seaborn's _add_axis_labels: x names on the bottom row, y names on the left column; the
  // shared axes of inner cells hide their tick labels
  axes.forEach((row, i) => row.forEach((ax, j) => {
    if (ax === null) return;
    const bottom = i === nr - 1;
    ax.set_xlabel(bottom ? xVars[j] : "");
    ax.set_ylabel(j === 0 ? yVars[i] : "");
    if (!bottom) ax.tick_params({ axis: "x", labelcolor: "none" });
    if (j !== 0) ax.tick_params({ axis: "y", labelcolor: "none" });
  }));
  if (hueVar !== null) {
    const host = axes[Math.floor((nr - 1) / 2)][nc - 1] ?? axes[nr - 1][nc - 1]!;
    host.customLegend = { ...(hueVar.name !== null ? { title: hueVar.name } : {}), entries: hueLevels!.map((l, k) => ({ label: levelLabel(l, hueVar), color: hueColors[k], shape: "circle" })) };
    host.legendShown = true;
    host.legendOptions = { loc: "right" };
  }
  fig.tight_layout();
  const out: PairGrid = {
    figure: fig, fig, axes, diag_axes: diagAxes, diag_vars: diagVars, x_vars: xVars, y_vars: yVars,
    hue_names: hueLevels === null ? null : hueLevels.map((l) => levelLabel(l, hueVar!)), square_grid: square, data: b.data,
  };
  return withRepr(out, () => "<seaborn.axisgrid.PairGrid object>", fig);
}
pyfunction(PAIRPLOT, pairplot);

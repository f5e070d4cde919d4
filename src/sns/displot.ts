/**
 * seaborn 0.12's displot: a FacetGrid (one subplot per row x col level pair, height x aspect
 * inches, shared axes) with a histplot (kind="hist") or kdeplot (kind="kde") in each facet. The
 * facets share the bins (common_bins), the density grid (common_grid) and the row count their
 * stats are normalised by (common_norm), as seaborn's plotter does over the whole data; the hue
 * legend goes to the grid.
 */
import { NotImplementedError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { mplsig } from "../plt/pysig";
import { toCss, withAlpha } from "../plt/colors";
import type { LegendEntry } from "../plt/artists";
import { CategoricalData, columnsOf, Level, levelLabel, Variable, variableOf } from "./categorical_data";
import { levelColors } from "./category_hue";
import { FacetGrid, facetAxes, facetGrid, facetLegend, facetOf, inFacet, labelFacets } from "./facet_grid";
import { checkHistChoices, drawHistogram, histLegend, HISTPLOT, HistplotOptions } from "./histplot";
import { drawKdeCurves, kdeCurves, KDEPLOT, KdeplotOptions } from "./kdeplot";

/** Options of `sns.displot`: the grid's own, and those of the histplot or kdeplot it draws. */
export interface DisplotOptions extends Omit<HistplotOptions, "data" | "x" | "y" | "hue" | "weights" | "palette" | "hue_order" | "hue_norm" | "color" | "log_scale" | "legend" | "ax">, Omit<KdeplotOptions, keyof HistplotOptions> {
  data?: CategoricalData | null;
  x?: string | readonly number[] | null;
  y?: string | readonly number[] | null;
  hue?: string | readonly (string | number)[] | null;
  row?: string | readonly (string | number)[] | null;
  col?: string | readonly (string | number)[] | null;
  weights?: string | readonly number[] | null;
  kind?: "hist" | "kde";
  rug?: false;
  rug_kws?: null;
  log_scale?: null;
  legend?: boolean;
  palette?: string | readonly string[] | Record<string, string> | null;
  hue_order?: readonly Level[] | null;
  hue_norm?: null;
  color?: string | null;
  col_wrap?: null;
  row_order?: readonly Level[] | null;
  col_order?: readonly Level[] | null;
  height?: number;
  aspect?: number;
  facet_kws?: null;
}

const DISPLOT = mplsig(
  "seaborn.displot(data=None, *, x=None, y=None, hue=None, row=None, col=None, weights=None, kind='hist', rug=False, " +
    "rug_kws=None, log_scale=None, legend=True, palette=None, hue_order=None, hue_norm=None, color=None, col_wrap=None, " +
    "row_order=None, col_order=None, height=5, aspect=1, facet_kws=None)",
  {
    types: { data: "mapping|sequence|None", height: "float", aspect: "float", legend: "bool" },
    unsupported: ["rug", "rug_kws", "log_scale", "hue_norm", "col_wrap", "facet_kws"],
  },
);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** displot's own keywords, and the rest (seaborn's **kwargs) for the histplot or kdeplot drawn. */
function splitKeywords(args: ArrayLike<unknown>): { own: unknown[]; forwarded: Record<string, unknown> } {
  const list = Array.from(args);
  let n = list.length;
  while (n > 0 && list[n - 1] === undefined) n--;
  const last = list[n - 1];
  // a lone table is the data, not keywords
  if (n === 0 || !isPlainObject(last) || (n === 1 && !Object.keys(last).some((k) => DISPLOT.param(k) !== undefined))) return { own: list.slice(0, n), forwarded: {} };
  const own: Record<string, unknown> = {};
  const forwarded: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(last)) (DISPLOT.param(k) !== undefined ? own : forwarded)[k] = v;
  return { own: [...list.slice(0, n - 1), own], forwarded };
}

/** The rows `picked` of a variable. */
function subset(v: Variable, picked: readonly number[]): Variable {
  return v.kind === "numeric" ? { ...v, values: Float64Array.from(picked, (r) => v.values[r]) } : { ...v, values: picked.map((r) => v.values[r]) };
}

/**
 * `sns.displot(data=None, *, x=None, y=None, hue=None, row=None, col=None, weights=None,
 * kind='hist', rug=False, rug_kws=None, log_scale=None, legend=True, palette=None,
 * hue_order=None, hue_norm=None, color=None, col_wrap=None, row_order=None, col_order=None,
 * height=5, aspect=1, facet_kws=None, **kwargs)`: returns the FacetGrid (its figure shows in a
 * notebook); kwargs go to the histplot or kdeplot of each facet.
 */
export function displot(data?: CategoricalData | DisplotOptions | null, options?: DisplotOptions): FacetGrid;
export function displot(): FacetGrid {
  const { own, forwarded } = splitKeywords(arguments);
  const b = DISPLOT.bind(own);
  if (!["hist", "kde", "ecdf"].includes(b.kind)) throw new ValueError(`\`kind\` must be one of ['hist', 'kde', 'ecdf'], but ${typeof b.kind === "string" ? `'${b.kind}'` : String(b.kind)} was passed.`);
  if (b.kind === "ecdf") throw new NotImplementedError("displot() kind='ecdf' is not supported yet");
  if ("ax" in forwarded) {
    process.emitWarning(`\`displot\` is a figure-level function and does not accept the ax= parameter. You may wish to try ${b.kind}plot.`, { type: "UserWarning" });
    delete forwarded.ax;
  }
  if (b.x != null && b.y != null) throw new NotImplementedError("a bivariate displot (both x and y) is not supported yet");
  if (b.x == null && b.y == null) throw new NotImplementedError("displot() needs x or y; wide-form data is not supported yet");
  const columns = columnsOf(b.data);
  const horizontal = b.x == null;
  const v = variableOf(horizontal ? b.y : b.x, columns)!;
  if (v.kind !== "numeric") throw new NotImplementedError("displot() of a categorical variable is not supported yet");
  const rows = facetOf(b.row, b.row_order, columns);
  const cols = facetOf(b.col, b.col_order, columns);
  const hue = facetOf(b.hue, b.hue_order, columns);
  if (hue.v !== null && hue.v.kind === "numeric" && !Array.from(hue.v.values).every((u) => u === 0 || u === 1 || u !== u)) throw new NotImplementedError("a numeric hue in displot is not supported yet");
  // the keywords object after an empty data: an unknown key is refused, not taken for a table
  const inner = b.kind === "hist" ? HISTPLOT.bind([null, forwarded]) : KDEPLOT.bind([null, forwarded]);
  // every facet colors the hue levels of the whole data; without hue, seaborn's "C0"
  const opts: Record<string, any> = { ...inner, hue_order: hue.v === null ? null : hue.levels, palette: b.palette, color: b.color ?? (hue.v === null ? "C0" : null) };
  if (b.kind === "hist") checkHistChoices(opts);
  const { fig, axes } = facetAxes(rows, cols, b.height, b.aspect);
  const weights = variableOf(b.weights, columns);
  if (weights !== null && b.kind === "kde") throw new NotImplementedError("displot() kind='kde' with weights is not supported yet");
  if (weights !== null && weights.kind !== "numeric") throw new ValueError("weights must be numeric");
  const pool = v.values.filter((u) => u === u);
  const poolWeight = weights === null ? null : (weights.values as Float64Array).reduce((t, u, r) => (v.values[r] === v.values[r] ? t + u : t), 0);
  const n = v.values.length;
  let drawn: { levels: Level[]; colors: string[]; alpha: number } | null = null;
  axes.forEach((row, i) => row.forEach((ax, j) => {
    const picked: number[] = [];
    for (let r = 0; r < n; r++) if (inFacet(rows, rows.levels[i], r) && inFacet(cols, cols.levels[j], r)) picked.push(r);
    const values = Float64Array.from(picked, (r) => v.values[r]);
    const subHue = hue.v === null ? null : subset(hue.v, picked);
    if (b.kind === "hist") {
      const w = weights === null ? null : Float64Array.from(picked, (r) => weights.values[r] as number);
      drawn = drawHistogram(ax, opts, { values, name: v.name ?? "" }, subHue, horizontal, w, pool, poolWeight) ?? drawn;
    } else {
      const { curves } = kdeCurves(values, subHue, opts, toCss(opts.color ?? "C0"), pool);
      drawKdeCurves(ax, curves, horizontal, opts.fill ?? false, opts);
    }
  }));
  const statLabel = b.kind === "hist" ? opts.stat[0].toUpperCase() + opts.stat.slice(1) : "Density";
  const name = v.name ?? "";
  labelFacets(axes, rows, cols, horizontal ? statLabel : name, horizontal ? name : statLabel);
  if (b.legend && hue.v !== null) facetLegend(axes, hue.v.name, legendEntries(hue.v, hue.levels as Level[], b.kind, opts, drawn));
  return facetGrid(fig, axes, rows, cols, hue, b.data);
}
pyfunction(DISPLOT, displot);

/** The grid's hue legend: the histograms' patches, or the KDE's lines or fills. */
function legendEntries(hue: Variable, levels: Level[], kind: string, opts: Record<string, any>, drawn: { levels: Level[]; colors: string[]; alpha: number } | null): LegendEntry[] {
  if (kind === "hist") return drawn === null ? [] : histLegend(hue, drawn, opts.fill);
  const colors = levelColors(levels, hue, opts.palette);
  const fill = opts.fill ?? false;
  const alpha = opts.alpha ?? (fill ? 0.25 : 1);
  return levels.map((l, k) => ({ label: levelLabel(l, hue), color: toCss(withAlpha(colors[k], alpha)), shape: fill ? "square" : "stroke" }));
}

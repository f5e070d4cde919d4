/**
 * seaborn's histplot, declared with seaborn 0.12's signature: seaborn's bin edges (numpy's
 * estimators, binwidth, binrange, discrete), its stats (count, frequency, probability /
 * proportion, percent, density), cumulative, shrink and fill, drawn as bars with seaborn's
 * styling; with hue, one histogram per level on shared or separate bins, layered, stacked,
 * filled or dodged, in the hue palette, with a legend.
 */
import { NotImplementedError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { gca } from "../plt/pyplot";
import type { Axes } from "../plt/axes";
import type { LegendEntry, LineArtist, RectsArtist } from "../plt/artists";
import { read1d, NDArrayLike } from "../plt/data";
import { histogram } from "../plt/histogram";
import { mplsig, RECTANGLE } from "../plt/pysig";
import { checkAlpha, toCss, withAlpha } from "../plt/colors";
import { rcParams } from "../plt/rcparams";
import type { DataTable } from "./relational";
import { KdeCurve, kdeCurves } from "./kdeplot";
import { columnsOf, groupRows, Level, levelLabel, levelsOf, Variable, variableOf } from "./categorical_data";
import { levelColors } from "./category_hue";
import { levelBars, resolveMultiple, statHeights } from "./hist_levels";
import { drawHull } from "./hist_hull";

/** Options of `sns.histplot`: seaborn's parameters and the Rectangle keywords drawn. */
export interface HistplotOptions {
  data?: DataTable | NDArrayLike | null;
  x?: NDArrayLike | string | null;
  /** The data along y (horizontal bars); not with x. */
  y?: NDArrayLike | string | null;
  /** A column of categories (or 0/1 numbers): one histogram per level. */
  hue?: string | readonly (string | number)[] | null;
  weights?: NDArrayLike | string | null;
  stat?: "count" | "frequency" | "probability" | "proportion" | "percent" | "density";
  bins?: number | string | readonly number[];
  binwidth?: number | null;
  binrange?: readonly [number, number] | null;
  discrete?: boolean | null;
  cumulative?: boolean;
  common_bins?: boolean;
  common_norm?: boolean;
  multiple?: "layer" | "stack" | "fill" | "dodge";
  element?: "bars" | "step" | "poly";
  fill?: boolean;
  shrink?: number;
  kde?: boolean;
  /** The KDE's bw_method, bw_adjust, gridsize, cut and clip (kde=True). */
  kde_kws?: Record<string, unknown> | null;
  /** Keywords of the KDE line (kde=True). */
  line_kws?: Record<string, unknown> | null;
  thresh?: number;
  pthresh?: null;
  pmax?: null;
  cbar?: boolean;
  cbar_ax?: null;
  cbar_kws?: null;
  palette?: string | readonly string[] | Record<string, string> | null;
  hue_order?: readonly Level[] | null;
  hue_norm?: null;
  color?: string | null;
  log_scale?: null;
  legend?: boolean;
  ax?: Axes | null;
  alpha?: number | null;
  label?: string | null;
  edgecolor?: string | null;
  linewidth?: number | null;
  zorder?: number | null;
}

export const HISTPLOT = mplsig(
  "seaborn.histplot(data=None, *, x=None, y=None, hue=None, weights=None, stat='count', bins='auto', binwidth=None, " +
    "binrange=None, discrete=None, cumulative=False, common_bins=True, common_norm=True, multiple='layer', element='bars', " +
    "fill=True, shrink=1, kde=False, kde_kws=None, line_kws=None, thresh=0, pthresh=None, pmax=None, cbar=False, " +
    "cbar_ax=None, cbar_kws=None, palette=None, hue_order=None, hue_norm=None, color=None, log_scale=None, legend=True, " +
    "ax=None, alpha=None, label=None, edgecolor=None, linewidth=None, zorder=None)",
  {
    types: { kde_kws: "mapping|None", line_kws: "mapping|None", data: "mapping|sequence|None", binwidth: "float|None", discrete: "bool|None", cumulative: "bool", fill: "bool", shrink: "float", kde: "bool", common_bins: "bool", common_norm: "bool", legend: "bool", alpha: "float|None", linewidth: "float|None", zorder: "float|None" },
    unsupported: [ "thresh", "pthresh", "pmax", "cbar", "cbar_ax", "cbar_kws", "hue_norm", "log_scale"],
    kwargs: RECTANGLE,
  },
);

/** numpy.histogram_bin_edges(a, bins="auto") bin count: the smaller width of Sturges and Freedman-Diaconis. */
export function autoBinCount(a: Float64Array, range?: readonly [number, number]): number {
  return histogram(a, { bins: "auto", range }).counts.length;
}

/** A data column: an array, or a key of `data`. */
function columnOf(v: unknown, data: unknown, what: string): { values: Float64Array; name: string } | null {
  if (v == null) return null;
  if (typeof v === "string") {
    const table = data as DataTable | null;
    if (table == null || !isTable(table) || !(v in table)) throw new ValueError(`Could not interpret value \`${v}\` for parameter \`${what}\``);
    return { values: read1d(table[v] as NDArrayLike, what), name: v };
  }
  return { values: read1d(v as NDArrayLike, what), name: "" };
}

/** seaborn's _define_bin_edges. */
function binEdges(x: Float64Array, b: Record<string, any>, weights: Float64Array | null): Float64Array {
  let start: number;
  let stop: number;
  if (b.binrange == null) {
    start = Infinity;
    stop = -Infinity;
    for (const v of x) {
      if (v < start) start = v;
      if (v > stop) stop = v;
    }
  } else [start, stop] = b.binrange;
  if (b.discrete) {
    const n = Math.ceil(stop + 1.5 - (start - 0.5));
    return Float64Array.from({ length: n }, (_, i) => start - 0.5 + i);
  }
  if (b.binwidth != null) {
    const step: number = b.binwidth;
    // numpy's arange with a step pointing away from stop is empty, and seaborn's .max() of it fails
    if (!(step > 0)) throw new ValueError("zero-size array to reduction operation minimum which has no identity");
    // np.arange(start, stop + step, step), extended when roundoff stopped it short
    const n = Math.ceil((stop + step - start) / step);
    const edges = Array.from({ length: n }, (_, i) => start + i * step);
    if (edges[edges.length - 1] < stop || edges.length < 2) edges.push(edges[edges.length - 1] + step);
    return Float64Array.from(edges);
  }
  const range = b.binrange == null ? undefined : ([b.binrange[0], b.binrange[1]] as [number, number]);
  const bins = typeof b.bins === "number" || typeof b.bins === "string" ? b.bins : Array.from(read1d(b.bins, "bins"));
  return histogram(x, { bins, range, weights }).edges;
}

/**
 * `sns.histplot(data=None, *, x=None, y=None, hue=None, weights=None, stat='count', bins='auto',
 * binwidth=None, binrange=None, discrete=None, cumulative=False, ..., shrink=1, ..., color=None,
 * ..., ax=None, **kwargs)`: returns the Axes.
 */
export function histplot(data?: DataTable | NDArrayLike | HistplotOptions | null, options?: HistplotOptions): Axes;
export function histplot(): Axes {
  const b = HISTPLOT.bind(arguments);
  checkHistChoices(b);
  const ax: Axes = b.ax ?? gca();
  if (b.x != null && b.y != null) throw new NotImplementedError("a bivariate histplot (both x and y) is not supported yet");
  // y alone: horizontal bars along the y axis
  const horizontal = b.x == null && b.y != null;
  let col = horizontal ? columnOf(b.y, b.data, "y") : columnOf(b.x, b.data, "x");
  if (col === null && b.data != null && !isTable(b.data)) col = { values: read1d(b.data as NDArrayLike, "data"), name: "" };
  if (col === null) throw new NotImplementedError("histplot() needs x (an array, or a column name with data); wide-form data is not supported yet");
  const hue = variableOf(b.hue, columnsOf(isTable(b.data) ? b.data : null));
  if (hue !== null) {
    if (hue.values.length !== col.values.length) throw new ValueError("All arrays must be of the same length");
    if (hue.kind === "numeric" && !Array.from(hue.values).every((u) => u === 0 || u === 1 || u !== u)) throw new NotImplementedError("a numeric hue in histplot is not supported yet");
    if (b.kde && !b.common_bins && (b.multiple === "stack" || b.multiple === "fill")) throw new NotImplementedError(`histplot() kde with multiple='${b.multiple}' and common_bins=False is not supported yet`);
  }
  const w = columnOf(b.weights, b.data, "weights");
  const drawn = drawHistogram(ax, b, col, hue, horizontal, w === null ? null : w.values, null);
  if (drawn !== null && hue !== null && b.legend) {
    ax.customLegend = { ...(hue.name !== null ? { title: hue.name } : {}), entries: histLegend(hue, drawn, b.fill) };
    ax.legendShown = true;
    ax.legendOptions = { loc: "best" };
  }
  return ax;
}
pyfunction(HISTPLOT, histplot);

/** seaborn's checks of `stat`, `multiple` and `element` (ValueError). */
export function checkHistChoices(b: Record<string, any>): void {
  if (!["count", "frequency", "probability", "percent", "density", "proportion"].includes(b.stat)) {
    throw new ValueError(`The \`stat\` parameter for \`Hist\` must be one of 'count', 'density', 'percent', 'probability' or 'frequency'; not ${typeof b.stat === "string" ? `'${b.stat}'` : String(b.stat)}.`);
  }
  const choices: [string, string[]][] = [["multiple", ["layer", "stack", "fill", "dodge"]], ["element", ["bars", "step", "poly"]]];
  for (const [name, allowed] of choices) {
    const v = b[name];
    if (!allowed.includes(v)) throw new ValueError(`\`${name}\` must be one of [${allowed.map((a) => `'${a}'`).join(", ")}], but ${typeof v === "string" ? `'${v}'` : String(v)} was passed.`);
  }
}

/** The hue legend rows of drawn histograms: patches in each level's face color (outlines: its edge color). */
export function histLegend(hue: Variable, drawn: { levels: Level[]; colors: string[]; alpha: number }, fill: boolean): LegendEntry[] {
  return drawn.levels.map((l, j) => ({ label: levelLabel(l, hue), color: toCss(withAlpha(drawn.colors[j], drawn.alpha)), shape: fill ? "square" : "stroke" }));
}

/**
 * Draws the histograms of one Axes (one per hue level) and labels its axes; `pool` is the data
 * of every facet of a grid, whose bins (common_bins) and row count or weight (`poolWeight`,
 * common_norm) the facets share. Returns the levels, their colors and the alpha drawn, or null when there was no data.
 */
export function drawHistogram(ax: Axes, b: Record<string, any>, col: { values: Float64Array; name: string }, hue: Variable | null, horizontal: boolean, weightValues: Float64Array | null, pool: Float64Array | null, poolWeight: number | null = null): { levels: Level[]; colors: string[]; alpha: number } | null {
  const keep = Array.from(col.values, (v) => !Number.isNaN(v));
  const values = col.values.filter((_, i) => keep[i]);
  // seaborn draws nothing for no data (the axes keeps its labels)
  if (values.length === 0) return null;
  if (weightValues !== null && typeof b.bins === "string" && !b.discrete && b.binwidth == null) {
    throw new NotImplementedError(`histplot() weights with bins='${b.bins}' is not supported yet; give bins as a number, binwidth or edges`);
  }
  // seaborn's KDE is weighted then; this one is not
  if (weightValues !== null && b.kde) throw new NotImplementedError("histplot() kde with weights is not supported yet");
  const weightOf = (rows: readonly number[]) => (weightValues === null ? null : Float64Array.from(rows, (r) => weightValues[r]));
  const sum = (w: Float64Array) => w.reduce((t, u) => t + u, 0);
  const wholeWeight = poolWeight ?? (weightValues === null ? 0 : sum(weightValues.filter((_, i) => keep[i])));
  const stat: string = b.stat;
  // several histograms (hue levels, facets) share the bins of all the data and are scaled by
  // their share of its rows unless the stat is a count
  const grouped = hue !== null || pool !== null;
  const all = pool ?? values;
  const shared = grouped && !b.common_bins ? null : binEdges(all, b, null);
  const levels = hue === null ? [] : levelsOf(hue, b.hue_order);
  const allGroups = hue === null ? [keep.flatMap((k, i) => (k ? [i] : []))] : groupRows(hue, levels).map((rows) => rows.filter((r) => keep[r]));
  // levels without rows draw nothing (in a facet, some may be missing)
  const present = allGroups.flatMap((rows, j) => (rows.length > 0 ? [j] : []));
  const groups = present.map((j) => allGroups[j]);
  const commonNorm = grouped && b.common_norm && stat !== "count";
  // seaborn scales each KDE to the area of its level's histogram before the common norm
  const kdeNorms: number[] = [];
  const bars = groups.map((rows) => {
    const v = Float64Array.from(rows, (r) => col.values[r]);
    const edges = shared ?? binEdges(v, b, null);
    const w = weightOf(rows);
    const heights = statHeights(v, w, edges, stat, b.cumulative);
    let area = 0;
    for (let i = 0; i < heights.length; i++) area += heights[i] * (edges[i + 1] - edges[i]);
    kdeNorms.push(area);
    // each level's share of the rows, or of the weight
    const share = w === null ? rows.length / all.length : sum(w) / wholeWeight;
    if (commonNorm) for (let i = 0; i < heights.length; i++) heights[i] *= share;
    return levelBars(heights, edges, b.shrink);
  });
  if (hue !== null) resolveMultiple(bars, b.multiple, present, levels.length);
  const levelColor = hue === null ? [toCss(b.color ?? ax.nextColor())] : levelColors(levels, hue, b.palette);
  const colors = present.map((j) => levelColor[j]);
  // seaborn's bars: filled with the color at alpha .5 (layered hue levels), .5 (with a KDE) or
  // .75, edged in rcParams' patch edge; or (fill=False) outlines in the color
  const defaultAlpha = !b.fill ? 1 : hue !== null && b.multiple === "layer" ? (b.element === "bars" ? 0.5 : 0.25) : b.kde ? 0.5 : 0.75;
  const alpha: number = b.alpha == null ? defaultAlpha : checkAlpha(b.alpha);
  const artists: RectsArtist[] = [];
  let thinnest = Infinity;
  const filled = b.multiple === "fill" && hue !== null;
  // each level's KDE scaled to its histogram's area, then stacked or filled as the bars are
  const kdes = (b.kde ? histKdes(hue === null ? values : col.values, hue, b, levels, commonNorm, pool) : []).map((c) => {
    const j = hue === null ? 0 : present.indexOf(levels.indexOf(c.level as Level));
    return { ...c, density: c.density.map((d) => d * kdeNorms[j]) };
  });
  if (hue !== null && (b.multiple === "stack" || b.multiple === "fill")) {
    resolveMultiple(kdes.map((c) => ({ lefts: c.support, widths: c.support, heights: c.density, bottoms: new Float64Array(c.density.length) })), b.multiple, [], 0);
  }
  const drawKde = (j: number, color: string) => {
    const curve = kdes.find((c) => c.level === (hue === null ? null : levels[present[j]]));
    if (curve !== undefined) drawKdeLine(ax, curve, color, horizontal, b);
  };
  for (let j = bars.length - 1; j >= 0; j--) {
    const { lefts, widths, heights, bottoms } = bars[j];
    const color = colors[j];
    if (b.element !== "bars") {
      // filled plots have no margin along the data either
      const last = lefts.length - 1;
      const sticky = { stat: filled ? [0, 1] : [0, Infinity], data: filled ? [lefts[0], lefts[last] + widths[last]] : [] };
      drawHull(ax, bars[j], color, alpha, horizontal, b, hue !== null && (b.multiple === "stack" || b.multiple === "fill"), sticky);
      drawKde(j, color);
      continue;
    }
    const keywords = {
      align: "edge" as const, color: "none", facecolor: b.fill ? withAlpha(color, alpha) : "none",
      edgecolor: b.edgecolor ?? (b.fill ? String(rcParams["patch.edgecolor"]) : withAlpha(color, alpha)),
      label: b.label, zorder: b.zorder,
    };
    const sizes = heights.map((h, i) => h - bottoms[i]);
    const container = horizontal ? ax.barh(lefts, sizes, widths, { ...keywords, left: bottoms }) : ax.bar(lefts, sizes, widths, { ...keywords, bottom: bottoms });
    const rects: RectsArtist = container[0].artist;
    const sticky = b.multiple === "fill" && hue !== null ? [0, 1] : [0];
    if (horizontal) rects.stickyX = sticky;
    else rects.stickyY = sticky;
    if (b.multiple === "fill" && hue !== null) {
      // filled plots have no margin along the data either
      const last = lefts.length - 1;
      const span = [lefts[0], lefts[last] + widths[last]];
      if (horizontal) rects.stickyY = span;
      else rects.stickyX = span;
    }
    for (const wd of widths) thinnest = Math.min(thinnest, wd);
    artists.push(rects);
    drawKde(j, color);
  }
  if (artists.length > 0) {
    const lw = b.linewidth ?? barLinewidth(ax, thinnest, b.fill, horizontal);
    for (const a of artists) a.linewidth = lw;
  }
  const names: Record<string, string> = { count: "Count", frequency: "Frequency", probability: "Probability", proportion: "Proportion", percent: "Percent", density: "Density" };
  const [dataLabel, statLabel] = horizontal ? ["ylabel", "xlabel"] as const : ["xlabel", "ylabel"] as const;
  if (col.name && !ax[dataLabel]) (horizontal ? ax.set_ylabel(col.name) : ax.set_xlabel(col.name));
  if (!ax[statLabel]) (horizontal ? ax.set_xlabel(names[stat]) : ax.set_ylabel(names[stat]));
  return { levels, colors: levelColor, alpha };
}

/**
 * seaborn's kde=True: a KDE per level (cut 0 unless kde_kws says otherwise) on the bins' common
 * grid (common_bins), normalised as the histograms are (common_norm).
 */
function histKdes(values: Float64Array, hue: Variable | null, b: Record<string, any>, levels: Level[], commonNorm: boolean, pool: Float64Array | null): KdeCurve[] {
  if (b.cumulative) throw new NotImplementedError("histplot() kde with cumulative=True is not supported yet");
  const kws = { bw_method: "scott", bw_adjust: 1, gridsize: 200, cut: 0, clip: null, ...(b.kde_kws ?? {}), warn_singular: false };
  const known = ["bw_method", "bw_adjust", "gridsize", "cut", "clip", "warn_singular"];
  for (const k of Object.keys(kws)) if (!known.includes(k)) throw new NotImplementedError(`histplot() kde_kws '${k}' is not supported yet`);
  return kdeCurves(values, hue, { ...kws, hue_order: levels, common_norm: commonNorm, common_grid: b.common_bins }, "", pool).curves;
}

/** One KDE as an opaque line in the level's color. */
function drawKdeLine(ax: Axes, c: KdeCurve, color: string, horizontal: boolean, b: Record<string, any>): void {
  const [xs, ys] = horizontal ? [c.density, c.support] : [c.support, c.density];
  const line = ax.plot(xs, ys, { ...(b.line_kws ?? {}), color: withAlpha(color, 1) })[0].artist as LineArtist;
  if (horizontal) line.stickyX = [0, Infinity];
  else line.stickyY = [0, Infinity];
}

/** seaborn's default bar edge width: a tenth of the thinnest bin in points, at most the patch linewidth (x1.5 unfilled, at least .5). */
function barLinewidth(ax: Axes, binwidth: number, fill: boolean, horizontal = false): number {
  const [x0, x1] = horizontal ? ax.get_ylim() : ax.get_xlim();
  const size = ax.figure.axesPixelSize(ax.position, ax);
  const widthPx = horizontal ? size.height : size.width;
  const points = (72 / ax.figure.dpi) * Math.abs((binwidth / (x1 - x0)) * widthPx);
  const max = Number(rcParams["patch.linewidth"]) * (fill ? 1 : 1.5);
  const lw = Math.min(0.1 * points, max);
  return fill ? lw : Math.max(lw, 0.5);
}

function isTable(d: unknown): d is DataTable {
  return typeof d === "object" && d !== null && !Array.isArray(d) && !ArrayBuffer.isView(d) && !("shape" in d);
}

/** seaborn's scatterplot and lineplot on plt Axes, declared with seaborn 0.12's signatures. */
import { NotImplementedError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { alias, LINE2D, mplsig, PATH_COLLECTION } from "../plt/pysig";
import { checkAlpha } from "../plt/colors";
import { gca } from "../plt/pyplot";
import type { Axes } from "../plt/axes";
import { read1d, NDArrayLike } from "../plt/data";
import { rcParams } from "../plt/rcparams";
import { mapHue, HueLike } from "./hue";
import { mapSize, mapStyle, SemanticLike } from "./semantics";
import type { LegendEntry } from "../plt/artists";
import { aggregateByX } from "./line_band";
import { errorbarMethod, Estimator, statisticOf } from "./estimate";

/** A column: an array, or a key of `data`. */
export type Column = NDArrayLike | string;
/** Tabular input: columns by name. */
export type DataTable = Record<string, NDArrayLike | readonly string[]>;

/** Options shared by scatterplot and lineplot: seaborn's parameters and the matplotlib keywords drawn. */
export interface RelationalOptions {
  data?: DataTable | null;
  x?: Column | null;
  y?: Column | null;
  hue?: HueLike | string | null;
  /** scatterplot: a column mapped to marker size (numeric: 18..72 points^2). */
  size?: SemanticLike | string | null;
  /** scatterplot: a column mapped to marker shape. */
  style?: SemanticLike | string | null;
  palette?: string | readonly string[] | null;
  hue_order?: null;
  hue_norm?: null;
  sizes?: null;
  size_order?: null;
  size_norm?: null;
  style_order?: null;
  legend?: "auto" | "brief" | "full" | false;
  ax?: Axes | null;
  /** scatterplot: marker area in points^2. */
  s?: number | null;
  color?: string | null;
  marker?: string | null;
  alpha?: number | null;
  label?: string | null;
  /** scatterplot: marker edge color (seaborn's default "w"). */
  edgecolor?: string | null;
  linewidth?: number | null;
  zorder?: number | null;
}

/** Options of `sns.scatterplot`. */
export interface ScatterplotOptions extends RelationalOptions {
  markers?: boolean;
}

/** Options of `sns.lineplot`. */
export interface LineplotOptions extends RelationalOptions {
  units?: null;
  dashes?: boolean;
  markers?: null;
  /** 'mean', 'median', 'sum', 'min', 'max', a function of a group's y values, or None (no aggregation). */
  estimator?: Estimator | null;
  errorbar?: readonly [string, number] | string | null;
  n_boot?: number;
  seed?: number | null;
  orient?: "x" | "y";
  sort?: boolean;
  err_style?: "band" | "bars";
  err_kws?: null;
  ci?: "deprecated";
  linestyle?: string | null;
  ls?: string | null;
  lw?: number | null;
}

const SEMANTIC_TYPES = { data: "mapping|sequence|None" } as const;
const NOT_YET = ["hue_order", "hue_norm", "sizes", "size_order", "size_norm", "style_order"];

export const SCATTERPLOT = mplsig(
  "seaborn.scatterplot(data=None, *, x=None, y=None, hue=None, size=None, style=None, palette=None, hue_order=None, " +
    "hue_norm=None, sizes=None, size_order=None, size_norm=None, markers=True, style_order=None, legend='auto', ax=None, " +
    "s=None, color=None, marker=None, alpha=None, label=None, edgecolor=None, linewidth=None, zorder=None)",
  {
    types: { ...SEMANTIC_TYPES, s: "float|None", alpha: "float|None", linewidth: "float|None", zorder: "float|None" },
    unsupported: [...NOT_YET, "markers"],
    kwargs: PATH_COLLECTION,
  },
);

export const LINEPLOT = mplsig(
  "seaborn.lineplot(data=None, *, x=None, y=None, hue=None, size=None, style=None, units=None, palette=None, " +
    "hue_order=None, hue_norm=None, sizes=None, size_order=None, size_norm=None, dashes=True, markers=None, " +
    "style_order=None, estimator='mean', errorbar=('ci', 95), n_boot=1000, seed=None, orient='x', sort=True, " +
    "err_style='band', err_kws=None, legend='auto', ci='deprecated', ax=None, color=None, linewidth=None, lw=None, " +
    "linestyle=None, ls=None, marker=None, alpha=None, label=None, zorder=None)",
  {
    types: { ...SEMANTIC_TYPES, linewidth: "float|None", lw: "float|None", alpha: "float|None", zorder: "float|None", sort: "bool" },
    inList: { orient: ["x", "y"], err_style: ["band", "bars"] },
    unsupported: [...NOT_YET, "size", "style", "units", "dashes", "markers", "orient", "sort", "err_kws", "ci"],
    kwargs: LINE2D,
  },
);

function column(v: Column | null | undefined, data: DataTable | null | undefined, what: string): { values: Float64Array; name: string } | undefined {
  if (v == null) return undefined;
  if (typeof v === "string") {
    if (data == null || !(v in data)) throw new ValueError(`Could not interpret value \`${v}\` for parameter \`${what}\``);
    return { values: read1d(data[v] as NDArrayLike, what), name: v };
  }
  return { values: read1d(v, what), name: "" };
}

function hueColumn(v: HueLike | string | null | undefined, data: DataTable | null | undefined, what = "hue"): { values: HueLike; name: string } | undefined {
  if (v == null) return undefined;
  if (typeof v === "string") {
    if (data == null || !(v in data)) throw new ValueError(`Could not interpret value \`${v}\` for parameter \`${what}\``);
    return { values: data[v], name: v };
  }
  return { values: v, name: "" };
}

function xy(o: Record<string, any>): { x: Float64Array; y: Float64Array; xname: string; yname: string } {
  const x = column(o.x, o.data, "x");
  const y = column(o.y, o.data, "y");
  if (x === undefined || y === undefined) throw new ValueError("x and y are required (arrays, or column names with data)");
  if (x.values.length !== y.values.length) throw new ValueError("All arrays must be of the same length");
  return { x: x.values, y: y.values, xname: x.name, yname: y.name };
}

function labelAxes(ax: Axes, xname: string, yname: string): void {
  if (xname && !ax.xlabel) ax.set_xlabel(xname);
  if (yname && !ax.ylabel) ax.set_ylabel(yname);
}

/**
 * `sns.scatterplot(data=None, *, x=None, y=None, hue=None, size=None, style=None, palette=None,
 * hue_order=None, hue_norm=None, sizes=None, size_order=None, size_norm=None, markers=True,
 * style_order=None, legend='auto', ax=None, **kwargs)`: returns the Axes (shown in a notebook
 * when it is the cell's value).
 */
export function scatterplot(data?: DataTable | ScatterplotOptions | null, options?: ScatterplotOptions): Axes;
export function scatterplot(): Axes {
  const options = SCATTERPLOT.bind(arguments);
  checkLegend(SCATTERPLOT, options.legend);
  const ax: Axes = options.ax ?? gca();
  const { x, y, xname, yname } = xy(options);
  const hue = hueColumn(options.hue, options.data);
  const s = options.s ?? rcParams["lines.markersize"] ** 2;
  const collection = ax.scatter(x, y, {
    s, marker: options.marker ?? "o", alpha: options.alpha, edgecolors: options.edgecolor ?? "w",
    linewidths: options.linewidth ?? 0.08 * Math.sqrt(s), label: options.label, zorder: options.zorder,
    ...(hue ? {} : { color: options.color ?? ax.nextColor() }),
  });
  const legend: LegendEntry[] = [];
  let titled = false;
  // seaborn's brief legend: a title row per named semantic, then its levels
  const section = (name: string, entries: LegendEntry[]): void => {
    if (name) {
      legend.push({ label: name, color: "transparent", shape: "circle" });
      titled = true;
    }
    legend.push(...entries);
  };
  if (hue) {
    const m = mapHue(hue.values, x.length, options.palette);
    collection.artist.color = m.colors;
    section(hue.name, m.legend);
  }
  const size = hueColumn(options.size, options.data, "size");
  if (size) {
    const m = mapSize(size.values, x.length);
    collection.artist.size = m.sizes;
    // seaborn's edge width follows the small markers: .08 * sqrt(10th percentile of the sizes)
    if (options.linewidth == null) collection.artist.linewidth = 0.08 * Math.sqrt(percentile10(m.sizes));
    section(size.name, m.legend);
  }
  const style = hueColumn(options.style, options.data, "style");
  if (style) {
    const m = mapStyle(style.values, x.length);
    collection.artist.shapes = m.shapes;
    if (hue && hue.values === style.values) {
      // the same column for hue and style: one set of rows with both color and marker
      const shapeOf = new Map(m.legend.map((e) => [e.label, e.shape]));
      for (const e of legend) e.shape = shapeOf.get(e.label) ?? e.shape;
    } else {
      section(style.name, m.legend);
    }
  }
  if (legend.length > 0 && options.legend !== false) {
    // a single named semantic becomes the legend title, as seaborn shows it
    const single = [hue, size, style && !(hue && hue.values === style.values) ? style : undefined].filter((c) => c !== undefined);
    if (single.length === 1 && titled) {
      ax.customLegend = { title: single[0]?.name, entries: legend.slice(1) };
    } else {
      ax.customLegend = { entries: legend };
    }
    ax.legendShown = true;
    ax.legendOptions = { loc: "best" };
  }
  labelAxes(ax, xname, yname);
  return ax;
}

/**
 * `sns.lineplot(data=None, *, x=None, y=None, hue=None, ..., estimator='mean', errorbar=('ci', 95),
 * ..., legend='auto', ax=None, **kwargs)`: one line per hue level, sorted by x, repeated x values
 * aggregated by `estimator` with seaborn's error band (err_style="bars": error bars) around them
 * (a seeded bootstrap CI, "pi", "sd" or "se").
 * Returns the Axes.
 */
export function lineplot(data?: DataTable | LineplotOptions | null, options?: LineplotOptions): Axes;
export function lineplot(): Axes {
  const options = LINEPLOT.bind(arguments);
  checkLegend(LINEPLOT, options.legend);
  const ax: Axes = options.ax ?? gca();
  const { x, y, xname, yname } = xy(options);
  const hue = hueColumn(options.hue, options.data);
  const groups = new Map<string, { color: string; idx: number[] }>();
  if (hue) {
    const m = mapHue(hue.values, x.length, options.palette);
    const labelOf = new Map(m.legend.map((e) => [e.color, e.label]));
    m.colors.forEach((c, i) => {
      const key = labelOf.get(c) ?? c;
      if (!groups.has(key)) groups.set(key, { color: c, idx: [] });
      (groups.get(key) as { idx: number[] }).idx.push(i);
    });
    if (options.legend !== false) {
      ax.customLegend = { title: hue.name, entries: m.legend.map((e) => ({ ...e, shape: "stroke" })) };
      ax.legendShown = true;
    }
  } else {
    groups.set(options.label ?? "", { color: options.color ?? ax.nextColor(), idx: Array.from(x, (_, i) => i) });
  }
  const lw = alias<number>(options, "linewidth", "lw");
  const ls = alias<string>(options, "linestyle", "ls");
  const [method, level] = errorbarMethod(options.errorbar);
  if (options.estimator != null) statisticOf(options.estimator);
  for (const [label, g] of groups) {
    const { t, estimate, lo, hi, repeated } = aggregateByX(x, y, g.idx, options.estimator, method, level, options.n_boot, options.seed);
    ax.plot(t, estimate, {
      color: g.color, linewidth: lw, linestyle: ls, marker: options.marker,
      alpha: options.alpha == null ? null : checkAlpha(options.alpha), zorder: options.zorder,
      label: hue ? "_" + label : options.label,
    });
    if (!repeated || method === null) continue;
    if (options.err_style === "bars") {
      // seaborn's error bars: errorbar without a line, in the line's color and alpha
      const below = Array.from(estimate, (v, k) => v - lo[k]);
      const above = Array.from(estimate, (v, k) => hi[k] - v);
      ax.errorbar(t, estimate, [below, above], { linestyle: "", color: g.color, alpha: options.alpha == null ? null : checkAlpha(options.alpha) });
    } else {
      // seaborn's band (fill_between at alpha .2 in the line's color) around repeated x values
      ax.fill_between(t, lo, hi, { color: g.color, alpha: 0.2 });
    }
  }
  if (!hue && options.label) ax.legend();
  labelAxes(ax, xname, yname);
  return ax;
}

/** numpy.percentile(values, 10) (linear interpolation). */
function percentile10(values: Float64Array): number {
  const sorted = values.slice().sort();
  const pos = (sorted.length - 1) * 0.1;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** seaborn's legend argument: "auto" / True and False are drawn; "brief" and "full" not yet. */
function checkLegend(sig: typeof SCATTERPLOT, legend: unknown): void {
  if (typeof legend === "string" && !["auto", "brief", "full"].includes(legend)) {
    throw new ValueError("`legend` must be 'auto', 'brief', 'full', or a boolean.");
  }
  if (legend === "brief" || legend === "full") sig.notSupported("legend", legend);
}


pyfunction(SCATTERPLOT, scatterplot);
pyfunction(LINEPLOT, lineplot);

/**
 * seaborn 0.12's barplot and countplot: one bar per category level (dodged per hue level) at
 * 0, 1, 2, ... with the estimate as its height, seaborn's colors (the current palette,
 * desaturated by `saturation`), error bars drawn as lines in `errcolor`, the category ticks,
 * limits (-0.5, n - 0.5), axis labels and the hue legend.
 */
import { NotImplementedError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { gca } from "../plt/pyplot";
import type { Axes } from "../plt/axes";
import { mplsig, RECTANGLE } from "../plt/pysig";
import { rcParams } from "../plt/rcparams";
import { rgbToHex, toCss } from "../plt/colors";
import { color_palette } from "./palettes";
import { desaturate } from "./desaturate";
import { setCategoryAxis } from "./category_axis";
import { grayToColor, huslRgb } from "./palettes_built";
import { aggregate, errorbarMethod, Errorbar, Estimator, Seed } from "./estimate";
import { CategoricalData, columnsOf, groupRows, inferOrient, Level, levelLabel, levelsOf, Variable, variableOf, CategoricalVariables } from "./categorical_data";

/** Options shared by `sns.barplot` and `sns.countplot`. */
export interface CategoricalBarOptions extends CategoricalVariables {
  orient?: "v" | "h" | null;
  color?: string | null;
  palette?: string | readonly string[] | Record<string, string> | null;
  saturation?: number;
  width?: number;
  dodge?: boolean;
  ax?: Axes | null;
  alpha?: number | null;
  edgecolor?: string | null;
  linewidth?: number | null;
  zorder?: number | null;
}

/** Options of `sns.barplot`. */
export interface BarplotOptions extends CategoricalBarOptions {
  estimator?: Estimator;
  errorbar?: Errorbar;
  n_boot?: number;
  units?: null;
  seed?: Seed;
  errcolor?: string;
  errwidth?: number | null;
  capsize?: number | null;
  ci?: "deprecated" | number | "sd" | null;
}

const BAR_KEYWORDS = "alpha=None, edgecolor=None, linewidth=None, zorder=None";
const BAR_TYPES = { saturation: "float", width: "float", dodge: "bool", alpha: "float|None", linewidth: "float|None", zorder: "float|None" } as const;

const BARPLOT = mplsig(
  "seaborn.barplot(data=None, *, x=None, y=None, hue=None, order=None, hue_order=None, estimator='mean', " +
    "errorbar=('ci', 95), n_boot=1000, units=None, seed=None, orient=None, color=None, palette=None, saturation=0.75, " +
    `width=0.8, errcolor='.26', errwidth=None, capsize=None, dodge=True, ci='deprecated', ax=None, ${BAR_KEYWORDS})`,
  { types: { ...BAR_TYPES, n_boot: "int", errwidth: "float|None", capsize: "float|None" }, unsupported: ["units"], kwargs: RECTANGLE },
);

const COUNTPLOT = mplsig(
  "seaborn.countplot(data=None, *, x=None, y=None, hue=None, order=None, hue_order=None, orient=None, color=None, " +
    `palette=None, saturation=0.75, width=0.8, dodge=True, ax=None, ${BAR_KEYWORDS})`,
  { types: BAR_TYPES, kwargs: RECTANGLE },
);

/** seaborn's establish_colors: one color per bar group (or hue level), desaturated; color with hue blends from light (or dark) gray. */
export function barColors(b: Record<string, any>, levels: readonly Level[], v: Variable | null, hasHue: boolean, gradient: "light" | "dark" = "light"): string[] {
  const n = levels.length;
  // float RGB where seaborn computes the colors, so that desaturation starts from the same values
  let colors: (string | [number, number, number])[];
  if (b.color == null && b.palette == null) {
    colors = n <= rcParams["axes.prop_cycle"].length ? color_palette(null, n) : huslRgb(n, 0.01, 0.9, 0.7);
  } else if (b.palette == null) {
    colors = hasHue ? grayToColor(b.color, n, false, gradient === "light" ? 95 : 15) : Array(n).fill(toCss(b.color));
  } else if (typeof b.palette === "object" && !Array.isArray(b.palette)) {
    colors = levels.map((l) => {
      const key = v === null ? String(l) : levelLabel(l, v);
      const c = (b.palette as Record<string, string>)[key];
      if (c === undefined) throw new ValueError(`The palette dictionary is missing keys: {'${key}'}`);
      return toCss(c);
    });
  } else colors = color_palette(b.palette, n);
  return colors.map((c) => (b.saturation < 1 ? desaturate(c, b.saturation) : typeof c === "string" ? c : rgbToHex(...c)));
}

export interface Plan {
  orient: "v" | "h";
  values: Variable | null;
  groups: Variable | null;
  groupLevels: Level[];
  groupRows: number[][];
  hue: Variable | null;
  hueLevels: Level[];
}

/** seaborn's establish_variables for long-form data. */
export function plan(b: Record<string, any>, requireNumeric: boolean): Plan {
  const columns = columnsOf(b.data);
  const x = variableOf(b.x, columns);
  const y = variableOf(b.y, columns);
  const hue = variableOf(b.hue, columns);
  if (x === null && y === null) {
    if (hue !== null) throw new ValueError("Cannot use `hue` without `x` and `y`");
    return widePlan(b, columns);
  }
  for (const v of [x, y, hue]) if (v !== null && x !== null && y !== null && v.values.length !== x.values.length) throw new ValueError("All arrays must be of the same length");
  const orient = inferOrient(x, y, b.orient, requireNumeric);
  if (x === null || y === null) {
    const values = (x ?? y) as Variable;
    return { orient, values, groups: null, groupLevels: [], groupRows: [Array.from({ length: values.values.length }, (_, i) => i)], hue: null, hueLevels: [] };
  }
  const [values, groups] = orient === "v" ? [y, x] : [x, y];
  const groupLevels = levelsOf(groups, b.order);
  return { orient, values, groups, groupLevels, groupRows: groupRows(groups, groupLevels), hue, hueLevels: hue === null ? [] : levelsOf(hue, b.hue_order) };
}

/** Wide-form data: one bar per numeric column of the record (or of `order`), named by the columns. */
function widePlan(b: Record<string, any>, columns: Record<string, unknown> | null): Plan {
  if (columns === null) throw new NotImplementedError("a bar plot needs x and y, or a record of columns (or rows) as data");
  const names: string[] = b.order ?? Object.keys(columns).filter((k) => variableOf(k, columns)!.kind === "numeric");
  const vars = names.map((k) => variableOf(k, columns)!);
  const lengths = vars.map((v) => v.values.length);
  const values = new Float64Array(lengths.reduce((s, n) => s + n, 0));
  const rows: number[][] = [];
  let at = 0;
  vars.forEach((v) => {
    values.set(v.kind === "numeric" ? v.values : Float64Array.from(v.values, Number), at);
    rows.push(Array.from({ length: v.values.length }, (_, i) => at + i));
    at += v.values.length;
  });
  const groups: Variable = { kind: "categorical", values: [], name: null };
  const orient = String(b.orient ?? "").startsWith("h") ? "h" : "v";
  return { orient, values: { kind: "numeric", values, integer: false, name: null }, groups, groupLevels: names, groupRows: rows, hue: null, hueLevels: [] };
}

/** Draws the bars, error lines, ticks, labels and legend as seaborn's _BarPlotter.plot. */
function drawBars(ax: Axes, b: Record<string, any>, p: Plan, stat: (rows: number[]) => [number, number, number], valueLabel: string | null, errors: { color: string; width: number; capsize: number | null } | null): void {
  const nGroups = p.groupRows.length;
  const hasHue = p.hue !== null;
  const colors = barColors(b, hasHue ? p.hueLevels : p.groupLevels.length ? p.groupLevels : [0], hasHue ? p.hue : p.groups, hasHue);
  const extra: Record<string, unknown> = {};
  for (const k of ["alpha", "edgecolor", "linewidth", "zorder"]) if (b[k] != null) extra[k] = b[k];
  const layers: { pos: number[]; width: number; color: string | string[]; label?: string; rows: number[][] }[] = [];
  if (!hasHue) {
    layers.push({ pos: p.groupRows.map((_, i) => i), width: b.width, color: nGroups === colors.length ? colors : Array(nGroups).fill(colors[0]), rows: p.groupRows });
  } else {
    const n = p.hueLevels.length;
    const each = b.width / n;
    // np.linspace(0, width - each, n) centred on 0
    const offsets = p.hueLevels.map((_, j) => (b.dodge ? (n === 1 ? 0 : (j * (b.width - each)) / (n - 1)) : 0));
    const mean = offsets.reduce((s, o) => s + o, 0) / n;
    const hueRows = groupRows(p.hue!, p.hueLevels);
    const hueOf = new Int32Array(p.hue!.values.length).fill(-1);
    hueRows.forEach((rows, j) => rows.forEach((r) => (hueOf[r] = j)));
    p.hueLevels.forEach((level, j) => {
      layers.push({
        pos: p.groupRows.map((_, i) => i + offsets[j] - mean), width: b.dodge ? each : b.width, color: colors[j],
        label: levelLabel(level, p.hue!), rows: p.groupRows.map((rows) => rows.filter((r) => hueOf[r] === j)),
      });
    });
  }
  for (const layer of layers) {
    const results = layer.rows.map((rows) => stat(rows));
    const keywords = { color: layer.color, align: "center" as const, ...(layer.label === undefined ? {} : { label: layer.label }), ...extra };
    const heights = results.map((r) => r[0]);
    if (p.orient === "v") ax.bar(layer.pos, heights, layer.width, keywords);
    else ax.barh(layer.pos, heights, layer.width, keywords);
    if (errors === null) continue;
    layer.pos.forEach((at, i) => {
      const [, lo, hi] = results[i];
      const line = (a: number[], v: number[]) => {
        const [xs, ys] = p.orient === "v" ? [a, v] : [v, a];
        ax.plot(xs, ys, { color: errors.color, linewidth: errors.width });
      };
      line([at, at], [lo, hi]);
      if (errors.capsize != null) {
        const c = errors.capsize / 2;
        line([at - c, at + c], [lo, lo]);
        line([at - c, at + c], [hi, hi]);
      }
    });
  }
  // annotate_axes
  const groupLabel = p.groups?.name ?? null;
  const [xlabel, ylabel] = p.orient === "v" ? [groupLabel, valueLabel] : [valueLabel, groupLabel];
  if (xlabel !== null) ax.set_xlabel(xlabel);
  if (ylabel !== null) ax.set_ylabel(ylabel);
  setCategoryAxis(ax, p.orient, p.groups === null ? p.groupRows.map(() => "") : p.groupLevels.map((l) => levelLabel(l, p.groups!)));
  if (p.orient === "h") ax.invert_yaxis();
  if (hasHue) ax.legend({ loc: "best", title: p.hue!.name });
}

/**
 * `sns.barplot(data=None, *, x=None, y=None, hue=None, order=None, hue_order=None,
 * estimator='mean', errorbar=('ci', 95), n_boot=1000, units=None, seed=None, orient=None,
 * color=None, palette=None, saturation=0.75, width=0.8, errcolor='.26', errwidth=None,
 * capsize=None, dodge=True, ci='deprecated', ax=None, **kwargs)`: returns the Axes. `estimator`
 * is 'mean', 'median', 'sum', 'min', 'max' or a function of the group's values; the bootstrap
 * CI draws as seaborn does, so a `seed` gives seaborn's numbers.
 */
export function barplot(data?: CategoricalData | BarplotOptions | null, options?: BarplotOptions): Axes;
export function barplot(): Axes {
  const b = BARPLOT.bind(arguments);
  let errorbar = b.errorbar;
  // seaborn's _deprecate_ci
  if (b.ci !== "deprecated") errorbar = b.ci === null ? null : b.ci === "sd" ? "sd" : ["ci", b.ci];
  const [method, level] = errorbarMethod(errorbar);
  if (typeof b.estimator !== "function" && !["mean", "median", "sum", "min", "max"].includes(b.estimator)) {
    throw new ValueError(`estimator must be 'mean', 'median', 'sum', 'min', 'max' or a function, not '${String(b.estimator)}'`);
  }
  if (b.seed != null && typeof b.seed !== "number" && typeof b.seed !== "object") throw new ValueError(`${String(b.seed)} cannot be used to seed a numpy.random.Generator instance`);
  const ax: Axes = b.ax ?? gca();
  const p = plan(b, true);
  const values = p.values!.values as Float64Array;
  const stat = (rows: number[]) => aggregate(Float64Array.from(rows, (r) => values[r]), b.estimator, method, level, b.n_boot, b.seed);
  const errors = { color: toCss(b.errcolor), width: b.errwidth ?? Number(rcParams["lines.linewidth"]) * 1.8, capsize: b.capsize };
  drawBars(ax, b, p, stat, p.values!.name, method === null ? null : errors);
  return ax;
}
pyfunction(BARPLOT, barplot);

/**
 * `sns.countplot(data=None, *, x=None, y=None, hue=None, order=None, hue_order=None,
 * orient=None, color=None, palette=None, saturation=0.75, width=0.8, dodge=True, ax=None,
 * **kwargs)`: bars of the number of rows of each level of x (or y: horizontal bars); returns
 * the Axes.
 */
export function countplot(data?: CategoricalData | CategoricalBarOptions | null, options?: CategoricalBarOptions): Axes;
export function countplot(): Axes {
  const b = COUNTPLOT.bind(arguments);
  if (b.x != null && b.y != null) throw new ValueError("Cannot pass values for both `x` and `y`");
  const orient = b.x == null && b.y != null ? "h" : b.x != null ? "v" : b.orient;
  const ax: Axes = b.ax ?? gca();
  const p = plan({ ...b, orient, x: b.x ?? b.y, y: b.y ?? b.x }, false);
  drawBars(ax, b, p, (rows) => [rows.length, NaN, NaN], "count", null);
  return ax;
}
pyfunction(COUNTPLOT, countplot);

/**
 * seaborn 0.12's boxplot: matplotlib's boxplot per category (and per hue level, dodged), with
 * patch boxes in seaborn's desaturated palette at zorder 0.9, whiskers, caps, medians and
 * diamond fliers in a gray darker than the lightest box, the category ticks and limits, axis
 * labels and the hue legend.
 */
import { pyfunction } from "../signature";
import { gca } from "../plt/pyplot";
import type { Axes } from "../plt/axes";
import { mplsig } from "../plt/pysig";
import { rcParams } from "../plt/rcparams";
import { barColors, plan, Plan } from "./barplot";
import { CategoricalData, CategoricalVariables, groupRows, levelLabel } from "./categorical_data";
import { lineGray } from "./desaturate";
import { setCategoryAxis } from "./category_axis";

type Props = Record<string, unknown>;

/** Options of `sns.boxplot`. */
export interface BoxplotOptions extends CategoricalVariables {
  orient?: "v" | "h" | null;
  color?: string | null;
  palette?: string | readonly string[] | Record<string, string> | null;
  saturation?: number;
  width?: number;
  dodge?: boolean;
  /** Flier marker size in points. */
  fliersize?: number;
  linewidth?: number | null;
  /** Whisker reach in IQRs, or (low, high) percentiles. */
  whis?: number | readonly [number, number];
  ax?: Axes | null;
  showfliers?: boolean;
  showmeans?: boolean;
  boxprops?: Props | null;
  whiskerprops?: Props | null;
  capprops?: Props | null;
  medianprops?: Props | null;
  flierprops?: Props | null;
}

const BOXPLOT = mplsig(
  "seaborn.boxplot(data=None, *, x=None, y=None, hue=None, order=None, hue_order=None, orient=None, color=None, palette=None, " +
    "saturation=0.75, width=0.8, dodge=True, fliersize=5, linewidth=None, whis=1.5, ax=None, showfliers=True, showmeans=False, " +
    "boxprops=None, whiskerprops=None, capprops=None, medianprops=None, flierprops=None)",
  {
    types: {
      saturation: "float", width: "float", dodge: "bool", fliersize: "float", linewidth: "float|None", showfliers: "bool", showmeans: "bool",
      boxprops: "mapping|None", whiskerprops: "mapping|None", capprops: "mapping|None", medianprops: "mapping|None", flierprops: "mapping|None",
    },
  },
);

/** Centers and widths of each group's boxes (one per hue level when nested), as seaborn's hue_offsets. */
export function nestedLayout(p: Plan, width: number, dodge: boolean): { offsets: number[]; width: number } {
  const n = p.hueLevels.length;
  if (p.hue === null || n === 0) return { offsets: [0], width };
  if (!dodge) return { offsets: new Array(n).fill(0), width };
  const each = width / n;
  const offsets = p.hueLevels.map((_, j) => (n === 1 ? 0 : (j * (width - each)) / (n - 1)));
  const mean = offsets.reduce((s, o) => s + o, 0) / n;
  return { offsets: offsets.map((o) => o - mean), width: (width / n) * 0.98 };
}

/** Values of each (group, hue level) cell without NaN, in seaborn's drawing order. */
export function cells(p: Plan): { group: number; hue: number; values: Float64Array }[] {
  const values = p.values!.values as Float64Array;
  const out: { group: number; hue: number; values: Float64Array }[] = [];
  const hueRows = p.hue === null ? null : groupRows(p.hue, p.hueLevels);
  const hueOf = new Int32Array(values.length).fill(-1);
  hueRows?.forEach((rows, j) => rows.forEach((r) => (hueOf[r] = j)));
  p.groupRows.forEach((rows, i) => {
    const levels = hueRows === null ? [-1] : p.hueLevels.map((_, j) => j);
    for (const j of levels) {
      const picked = rows.filter((r) => (j < 0 || hueOf[r] === j) && values[r] === values[r]);
      out.push({ group: i, hue: j, values: Float64Array.from(picked, (r) => values[r]) });
    }
  });
  return out;
}

/** seaborn's annotate_axes: labels, category ticks and limits, the hue legend as patches. */
export function annotateCategories(ax: Axes, p: Plan, colors: readonly string[], legendShape: string): void {
  const groupLabel = p.groups?.name ?? null;
  const valueLabel = p.values?.name ?? null;
  const [xlabel, ylabel] = p.orient === "v" ? [groupLabel, valueLabel] : [valueLabel, groupLabel];
  if (xlabel !== null) ax.set_xlabel(xlabel);
  if (ylabel !== null) ax.set_ylabel(ylabel);
  const names = p.groups === null || p.groupLevels.length === 0 ? p.groupRows.map(() => "") : p.groupLevels.map((l) => levelLabel(l, p.groups!));
  setCategoryAxis(ax, p.orient, names);
  if (p.hue !== null) {
    ax.customLegend = {
      ...(p.hue.name !== null ? { title: p.hue.name } : {}),
      entries: p.hueLevels.map((l, j) => ({ label: levelLabel(l, p.hue!), color: colors[j], shape: legendShape })),
    };
    ax.legendShown = true;
    ax.legendOptions = { loc: "best" };
  }
}

/**
 * `sns.boxplot(data=None, *, x=None, y=None, hue=None, order=None, hue_order=None, orient=None,
 * color=None, palette=None, saturation=0.75, width=0.8, dodge=True, fliersize=5, linewidth=None,
 * whis=1.5, ax=None, **kwargs)`: returns the Axes; `**kwargs` takes matplotlib boxplot's
 * showfliers, showmeans and the *props dicts, applied over seaborn's styling.
 */
export function boxplot(data?: CategoricalData | BoxplotOptions | null, options?: BoxplotOptions): Axes;
export function boxplot(): Axes {
  const b = BOXPLOT.bind(arguments);
  const ax: Axes = b.ax ?? gca();
  const p = plan(b, true);
  const hasHue = p.hue !== null;
  const colors = barColors(b, hasHue ? p.hueLevels : p.groupLevels.length ? p.groupLevels : p.groupRows.map((_, i) => i), hasHue ? p.hue : p.groups, hasHue);
  const gray = lineGray(colors);
  const linewidth = b.linewidth ?? Number(rcParams["lines.linewidth"]);
  const { offsets, width } = nestedLayout(p, b.width, b.dodge);
  for (const cell of cells(p)) {
    if (cell.values.length === 0) continue;
    const color = colors[hasHue ? cell.hue : cell.group];
    ax.boxplot(cell.values, {
      vert: p.orient === "v", patch_artist: true, positions: [cell.group + offsets[Math.max(cell.hue, 0)]], widths: hasHue ? width : b.width,
      whis: b.whis, showfliers: b.showfliers, showmeans: b.showmeans,
      boxprops: { facecolor: color, zorder: 0.9, edgecolor: gray, linewidth, ...(b.boxprops ?? {}) },
      whiskerprops: { color: gray, linewidth, linestyle: "-", ...(b.whiskerprops ?? {}) },
      capprops: { color: gray, linewidth, ...(b.capprops ?? {}) },
      medianprops: { color: gray, linewidth, ...(b.medianprops ?? {}) },
      flierprops: { markerfacecolor: gray, marker: "d", markeredgecolor: gray, markersize: b.fliersize, ...(b.flierprops ?? {}) },
    });
  }
  annotateCategories(ax, p, colors, "square");
  if (p.orient === "h") ax.invert_yaxis();
  return ax;
}
pyfunction(BOXPLOT, boxplot);

/**
 * seaborn 0.12's pointplot: the estimate of each category (per hue level, optionally dodged) as a
 * marker, joined by a line, with its error bar (a seeded bootstrap CI, sd, se or pi, as barplot
 * computes it) in the same color; seaborn's sizes (lines 1.8 x lines.linewidth x scale, markers
 * of area 2 pi lw^2), zorders by hue level, the category axis and the hue legend.
 */
import { ValueError } from "../errors";
import { pyfunction } from "../signature";
import { gca } from "../plt/pyplot";
import type { Axes } from "../plt/axes";
import { mplsig } from "../plt/pysig";
import { rcParams } from "../plt/rcparams";
import { markerShape } from "../plt/fmt";
import { color_palette } from "./palettes";
import { barColors, plan } from "./barplot";
import { annotateCategories, cells } from "./boxplot";
import { CategoricalData, CategoricalVariables, levelLabel } from "./categorical_data";
import { aggregate, errorbarMethod, Errorbar, Estimator, Seed } from "./estimate";

/** Options of `sns.pointplot`. */
export interface PointplotOptions extends CategoricalVariables {
  estimator?: Estimator;
  errorbar?: Errorbar;
  n_boot?: number;
  units?: null;
  seed?: Seed;
  /** A marker, or one per hue level. */
  markers?: string | readonly string[];
  /** A line style, or one per hue level. */
  linestyles?: string | readonly string[];
  /** False, True (0.025 per hue level) or the spread of the hue levels along the category axis. */
  dodge?: boolean | number;
  join?: boolean;
  scale?: number;
  orient?: "v" | "h" | null;
  color?: string | null;
  palette?: string | readonly string[] | Record<string, string> | null;
  errwidth?: number | null;
  ci?: "deprecated" | number | "sd" | null;
  capsize?: number | null;
  label?: string | null;
  ax?: Axes | null;
}

const POINTPLOT = mplsig(
  "seaborn.pointplot(data=None, *, x=None, y=None, hue=None, order=None, hue_order=None, estimator='mean', errorbar=('ci', 95), " +
    "n_boot=1000, units=None, seed=None, markers='o', linestyles='-', dodge=False, join=True, scale=1, orient=None, color=None, " +
    "palette=None, errwidth=None, ci='deprecated', capsize=None, label=None, ax=None)",
  { types: { n_boot: "int", join: "bool", scale: "float", errwidth: "float|None", capsize: "float|None", label: "str|None" }, unsupported: ["units"] },
);

/**
 * `sns.pointplot(data=None, *, x=None, y=None, hue=None, order=None, hue_order=None,
 * estimator='mean', errorbar=('ci', 95), n_boot=1000, units=None, seed=None, markers='o',
 * linestyles='-', dodge=False, join=True, scale=1, orient=None, color=None, palette=None,
 * errwidth=None, ci='deprecated', capsize=None, label=None, ax=None)`: returns the Axes.
 */
export function pointplot(data?: CategoricalData | PointplotOptions | null, options?: PointplotOptions): Axes;
export function pointplot(): Axes {
  const b = POINTPLOT.bind(arguments);
  let errorbar = b.errorbar;
  if (b.ci !== "deprecated") errorbar = b.ci === null ? null : b.ci === "sd" ? "sd" : ["ci", b.ci];
  const [method, level] = errorbarMethod(errorbar);
  const ax: Axes = b.ax ?? gca();
  const p = plan(b, true);
  const hasHue = p.hue !== null;
  let colors = barColors({ ...b, saturation: 1 }, hasHue ? p.hueLevels : p.groupLevels.length ? p.groupLevels : p.groupRows.map((_, i) => i), hasHue ? p.hue : p.groups, hasHue, "dark");
  if (!hasHue && b.color == null && b.palette == null) colors = colors.map(() => color_palette()[0]);
  const join = !hasHue && b.palette != null ? false : b.join;
  const nLayers = colors.length;
  const markers: string[] = typeof b.markers === "string" ? Array(nLayers).fill(b.markers) : Array.from(b.markers);
  const linestyles: string[] = typeof b.linestyles === "string" ? Array(nLayers).fill(b.linestyles) : Array.from(b.linestyles);
  const lw = Number(rcParams["lines.linewidth"]) * 1.8 * b.scale;
  const mew = lw * 0.75;
  const markersize = Math.PI * (lw * lw) * 2;
  const errwidth = b.errwidth ?? Number(rcParams["lines.linewidth"]) * 1.8;
  const vertical = p.orient === "v";
  const plotAt = (at: number[], values: number[], keywords: Record<string, unknown>) => {
    const [xs, ys] = vertical ? [at, values] : [values, at];
    ax.plot(xs, ys, keywords);
  };
  // the estimate and interval of every (group, hue level) cell, in drawing order
  const stats = cells(p).map((c) => {
    const hueRows = hasHue ? p.groupRows[c.group] : null;
    if (hueRows !== null && hueRows.length === 0) return { ...c, est: [NaN, NaN, NaN] };
    return { ...c, est: aggregate(c.values.length === 0 ? Float64Array.from([]) : c.values, b.estimator, method, level, b.n_boot, b.seed) };
  });
  const nGroups = p.groupRows.length;
  const positions = Array.from({ length: nGroups }, (_, i) => i);
  const confints = (at: number[], est: number[][], cols: string[], z: Record<string, unknown>) => {
    if (method === null) return;
    at.forEach((a, k) => {
      const [, lo, hi] = est[k];
      const kw = { color: cols[k], linewidth: errwidth, ...z };
      plotAt([a, a], [lo, hi], kw);
      if (b.capsize != null) {
        const c = b.capsize / 2;
        const cap = (v: number) => (vertical ? ax.plot([a - c, a + c], [v, v], kw) : ax.plot([v, v], [a - c, a + c], kw));
        cap(lo);
        cap(hi);
      }
    });
  };
  if (!hasHue) {
    const est = stats.map((s) => s.est);
    const statistic = est.map((e) => e[0]);
    if (join) plotAt(positions, statistic, { color: colors[0], linestyle: linestyles[0], linewidth: lw });
    confints(positions, est, colors, {});
    const [xs, ys] = vertical ? [positions, statistic] : [statistic, positions];
    ax.scatter(xs, ys, { linewidth: mew, marker: markers[0], s: markersize, facecolor: colors, edgecolor: colors, ...(b.label != null ? { label: b.label } : {}) });
  } else {
    const nHue = p.hueLevels.length;
    const spread = b.dodge === true ? 0.025 * nHue : b.dodge === false ? 0 : Number(b.dodge);
    const raw = p.hueLevels.map((_, j) => (spread === 0 || nHue === 1 ? 0 : (j * spread) / (nHue - 1)));
    const mean = raw.reduce((s, o) => s + o, 0) / nHue;
    p.hueLevels.forEach((levelName, j) => {
      const est = stats.filter((s) => s.hue === j).map((s) => s.est);
      const statistic = est.map((e) => e[0]);
      const offpos = positions.map((i) => i + (raw[j] - mean));
      const z = j + 1;
      if (join) plotAt(offpos, statistic, { color: colors[j], zorder: z, linestyle: linestyles[j], linewidth: lw });
      confints(offpos, est, offpos.map(() => colors[j]), { zorder: z });
      const empty = statistic.every((v) => v !== v);
      const [xs, ys] = empty ? [offpos.map(() => NaN), offpos.map(() => NaN)] : vertical ? [offpos, statistic] : [statistic, offpos];
      ax.scatter(xs, ys, { label: levelLabel(levelName, p.hue!), facecolor: colors[j], edgecolor: colors[j], linewidth: mew, marker: markers[j], s: markersize, zorder: z });
    });
  }
  if (markers.length < nLayers || linestyles.length < nLayers) throw new ValueError("markers and linestyles need one entry per hue level");
  annotateCategories(ax, p, colors, "circle");
  if (hasHue) ax.customLegend!.entries.forEach((e, j) => (e.shape = markerShape(markers[j])));
  if (p.orient === "h") ax.invert_yaxis();
  return ax;
}
pyfunction(POINTPLOT, pointplot);

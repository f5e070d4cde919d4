/**
 * seaborn 0.12's jointplot on a JointGrid: a square figure of `height` inches on a
 * (ratio + 1) x (ratio + 1) grid, the joint axes below and left, the marginal axes along its top
 * (sharing x) and right (sharing y); kind="scatter" draws a scatterplot with histograms in the
 * margins, or with a hue, filled KDEs per level; kind="reg" a regplot with histograms and their
 * KDE; the margins hide their labels and ticks.
 */
import { NotImplementedError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { subplot_mosaic } from "../plt/mosaic";
import type { Axes } from "../plt/axes";
import type { Figure } from "../plt/figure";
import { mplsig } from "../plt/pysig";
import { toCss } from "../plt/colors";
import { withRepr } from "../plt/pyobjects";
import { CategoricalData, columnsOf, Level, levelsOf, variableOf } from "./categorical_data";
import { levelColors } from "./category_hue";
import { scatterplot } from "./relational";
import { histplot } from "./histplot";
import { kdeplot } from "./kdeplot";
import { regplot } from "./regplot";
import { applyShares, share, shareGroups } from "./grid_share";

type Props = Record<string, unknown>;

/** What jointplot returns: seaborn's JointGrid attributes a user reads. */
export interface JointGrid {
  figure: Figure;
  fig: Figure;
  ax_joint: Axes;
  ax_marg_x: Axes;
  ax_marg_y: Axes;
  /** The plotted values (rows with a missing value dropped when dropna). */
  x: Float64Array;
  y: Float64Array;
  hue: (string | number)[] | null;
}

/** Options of `sns.jointplot`. */
export interface JointplotOptions {
  data?: CategoricalData | null;
  x?: string | readonly number[] | null;
  y?: string | readonly number[] | null;
  hue?: string | readonly (string | number)[] | null;
  kind?: "scatter" | "reg";
  height?: number;
  ratio?: number;
  space?: number;
  dropna?: boolean;
  xlim?: readonly [number, number] | null;
  ylim?: readonly [number, number] | null;
  color?: string | null;
  palette?: string | readonly string[] | Record<string, string> | null;
  hue_order?: readonly Level[] | null;
  hue_norm?: null;
  marginal_ticks?: false;
  joint_kws?: Props | null;
  marginal_kws?: Props | null;
  /** Joint scatter marker area (points^2). */
  s?: number | null;
  alpha?: number | null;
}

const JOINTPLOT = mplsig(
  "seaborn.jointplot(data=None, *, x=None, y=None, hue=None, kind='scatter', height=6, ratio=5, space=0.2, dropna=False, " +
    "xlim=None, ylim=None, color=None, palette=None, hue_order=None, hue_norm=None, marginal_ticks=False, joint_kws=None, " +
    "marginal_kws=None, s=None, alpha=None)",
  {
    types: { height: "float", ratio: "int", space: "float", dropna: "bool", marginal_ticks: "bool", joint_kws: "mapping|None", marginal_kws: "mapping|None", s: "float|None", alpha: "float|None" },
    choices: { kind: ["scatter", "hist", "hex", "kde", "reg", "resid"] },
    unsupported: ["space", "hue_norm", "marginal_ticks"],
  },
);

/**
 * `sns.jointplot(data=None, *, x=None, y=None, hue=None, kind='scatter', height=6, ratio=5,
 * space=0.2, dropna=False, xlim=None, ylim=None, color=None, palette=None, hue_order=None,
 * hue_norm=None, marginal_ticks=False, joint_kws=None, marginal_kws=None, **kwargs)`: returns
 * the JointGrid (its figure shows in a notebook).
 */
export function jointplot(data?: CategoricalData | JointplotOptions | null, options?: JointplotOptions): JointGrid;
export function jointplot(): JointGrid {
  const b = JOINTPLOT.bind(arguments);
  if (b.hue != null && ["hex", "reg", "resid"].includes(b.kind)) throw new ValueError(`Use of \`hue\` with \`kind='${b.kind}'\` is not currently supported.`);
  if (b.kind !== "scatter" && b.kind !== "reg") throw new NotImplementedError(`jointplot() kind='${b.kind}' is not supported yet`);
  const columns = columnsOf(b.data);
  const xv = variableOf(b.x, columns);
  const yv = variableOf(b.y, columns);
  const hv = variableOf(b.hue, columns);
  if (xv === null || yv === null || xv.kind !== "numeric" || yv.kind !== "numeric") throw new ValueError("jointplot needs numeric x and y");
  let rows = Array.from(xv.values, (_, i) => i);
  if (b.dropna) rows = rows.filter((i) => xv.values[i] === xv.values[i] && yv.values[i] === yv.values[i] && (hv === null || hv.kind === "categorical" || hv.values[i] === hv.values[i]));
  const x = Float64Array.from(rows, (i) => xv.values[i]);
  const y = Float64Array.from(rows, (i) => yv.values[i]);
  const hue = hv === null ? null : rows.map((i) => hv.values[i]);
  const table: Record<string, unknown> = { x, y, ...(hue === null ? {} : { hue }) };
  // the (ratio + 1)-square grid: the top row's first `ratio` cells, the joint block, the right column
  const r = b.ratio;
  const mosaic = [[...Array(r).fill("x"), "."], ...Array.from({ length: r }, () => [...Array(r).fill("j"), "y"])];
  const [fig, named] = subplot_mosaic(mosaic, { figsize: [b.height, b.height] });
  const joint = named.j;
  const margX = named.x;
  const margY = named.y;
  fig.axes.splice(0, fig.axes.length, joint, margX, margY);
  const groups = shareGroups();
  share(groups, "x", [joint, margX]);
  share(groups, "y", [joint, margY]);
  applyShares(groups);
  const color = toCss(b.color ?? "C0");
  const jointKws: Props = { ...(b.joint_kws ?? {}), ...(b.s != null ? { s: b.s } : {}), ...(b.alpha != null ? { alpha: b.alpha } : {}) };
  const margKws: Props = { ...(b.marginal_kws ?? {}) };
  let hueOptions: Props = {};
  let levels: Level[] = [];
  if (hv !== null) {
    levels = levelsOf(hv, b.hue_order);
    const colors = levelColors(levels, hv, b.palette);
    // scatterplot colors levels in order of appearance: a list palette in that order keeps hue_order's colors
    const appearance = levelsOf(hv, null);
    hueOptions = { hue: "hue", palette: appearance.map((l) => colors[levels.indexOf(l)] ?? colors[0]) };
    scatterplot({ data: table as never, x: "x", y: "y", ...hueOptions, ax: joint, ...jointKws });
    if (joint.customLegend !== undefined && joint.customLegend !== null) {
      joint.customLegend.title = hv.name ?? undefined;
      const byLabel = new Map(joint.customLegend.entries.map((e) => [e.label, e]));
      joint.customLegend.entries = levels.map((l) => byLabel.get(String(l))!).filter((e) => e !== undefined);
    }
    const kdeOptions = { data: table as never, hue: "hue", hue_order: levels, palette: colors, fill: true, warn_singular: false, legend: false, ...margKws };
    kdeplot({ ...kdeOptions, x: "x", ax: margX });
    kdeplot({ ...kdeOptions, y: "y", ax: margY });
  } else {
    // kind="reg": regplot in the joint axes, histograms with their KDE in the margins
    const reg = b.kind === "reg";
    const marg = { color, ...(reg ? { kde: true } : {}), ...margKws };
    if (reg) {
      histplot({ data: table as never, x: "x", ax: margX, ...marg });
      histplot({ data: table as never, y: "y", ax: margY, ...marg });
      regplot({ data: table as never, x: "x", y: "y", color, ax: joint, ...jointKws });
    } else {
      scatterplot({ data: table as never, x: "x", y: "y", color, ax: joint, ...jointKws });
      histplot({ data: table as never, x: "x", ax: margX, ...marg });
      histplot({ data: table as never, y: "y", ax: margY, ...marg });
    }
  }
  joint.set_xlabel(xv.name ?? "");
  joint.set_ylabel(yv.name ?? "");
  if (b.xlim != null) joint.set_xlim(b.xlim);
  if (b.ylim != null) joint.set_ylim(b.ylim);
  // the margins show no labels, and no tick labels on either axis
  for (const ax of [margX, margY]) {
    ax.set_xlabel("");
    ax.set_ylabel("");
    ax.tick_params({ axis: "both", labelcolor: "none" });
  }
  fig.tight_layout();
  const out: JointGrid = { figure: fig, fig, ax_joint: joint, ax_marg_x: margX, ax_marg_y: margY, x, y, hue };
  return withRepr(out, () => "<seaborn.axisgrid.JointGrid object>", fig);
}
pyfunction(JOINTPLOT, jointplot);

/**
 * Axes.tick_params (and pyplot's tick_params): the major ticks' label size, color and rotation
 * and the tick marks' color, length and width, per axis or both.
 */
import { ValueError } from "../errors";
import type { Axes } from "./axes";
import type { FixedTicks } from "./axes_ticks";
import { toCss } from "./colors";
import { GRID_KEYWORDS_TEXT } from "./properties";
import { KwargsSink, mplsig } from "./pysig";
import { textStyle } from "./text_style";

/** The keywords matplotlib's Tick takes: known ones plt does not draw are NotImplementedError. */
const TICK_KEYWORDS: KwargsSink = {
  known: new Set(Array.from(GRID_KEYWORDS_TEXT.matchAll(/'([^']+)'/g), (m) => m[1])),
  refuse: (key) => new ValueError(`keyword ${key} is not recognized; valid keywords are ${GRID_KEYWORDS_TEXT}`),
};

export const TICK_PARAMS = mplsig(
  "matplotlib.axes.Axes.tick_params(axis='both', *, which='major', reset=False, labelsize=None, labelcolor=None, labelrotation=None, colors=None, color=None, length=None, width=None)",
  {
    types: { labelsize: "float|str|None", labelrotation: "float|None", length: "float|None", width: "float|None" },
    inList: { axis: ["x", "y", "both"] },
    unsupported: ["which", "reset"],
    kwargs: TICK_KEYWORDS,
  },
);

/** Options of `Axes.tick_params`. */
export interface TickParamsOptions {
  axis?: "x" | "y" | "both";
  which?: "major" | "minor" | "both";
  reset?: boolean;
  labelsize?: number | string | null;
  labelcolor?: string | null;
  labelrotation?: number | null;
  colors?: string | null;
  color?: string | null;
  length?: number | null;
  width?: number | null;
}

/** Tick mark style a tick_params call set (points, CSS color). */
export interface TickMarkStyle {
  color?: string;
  length?: number;
  width?: number;
}

/** tick_params on `ax`: merges into each chosen axis' tick label and tick mark styles. */
export function setTickParams(ax: Axes, args: ArrayLike<unknown>): void {
  const b = TICK_PARAMS.bind(args);
  const label: FixedTicks["style"] = {};
  if (b.labelsize != null) Object.assign(label, textStyle({ fontsize: b.labelsize }));
  const labelColor = b.labelcolor ?? b.colors;
  if (labelColor != null) label.color = toCss(labelColor, "labelcolor", "value");
  if (b.labelrotation != null) label.rotation = ((Number(b.labelrotation) % 360) + 360) % 360;
  const mark: TickMarkStyle = {};
  const markColor = b.color ?? b.colors;
  if (markColor != null) mark.color = toCss(markColor, "color", "value");
  if (b.length != null) mark.length = b.length;
  if (b.width != null) mark.width = b.width;
  for (const which of b.axis === "both" ? (["x", "y"] as const) : [b.axis as "x" | "y"]) {
    const key = which === "x" ? "_xticks" : "_yticks";
    ax[key] ??= { locs: null, labels: null, style: {} };
    Object.assign(ax[key]!.style, label);
    Object.assign(ax._tickMarks[which], mark);
  }
}

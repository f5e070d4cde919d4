/** Axes.barh: horizontal bars, as matplotlib's bar(orientation='horizontal') draws them. */
import type { Axes } from "./axes";
import type { RectsArtist } from "./artists";
import { PATCH_KEYWORDS, PATCH_TYPES } from "./patch_props";
import { mplsig, RECTANGLE } from "./pysig";
import { drawBars } from "./bars";
import { convert } from "./categories";
import type { NDArrayLike } from "./data";
import type { BarOptions } from "./axes_options";

export const BARH = mplsig(
  "matplotlib.axes.Axes.barh(y, width, height=0.8, left=None, *, align='center', data=None, color=None, label=None, " +
    `tick_label=None, xerr=None, yerr=None, ecolor=None, capsize=None, error_kw=None, log=False, ${PATCH_KEYWORDS})`,
  {
    types: { ...PATCH_TYPES, log: "bool" },
    inList: { align: ["center", "edge"] },
    unsupported: ["data", "tick_label", "xerr", "yerr", "ecolor", "capsize", "error_kw", "log"],
    kwargs: RECTANGLE,
  },
);

/** Options of `Axes.barh`: bar's keywords, with height / left for width / bottom. */
export interface BarhOptions extends Omit<BarOptions, "x" | "height" | "width" | "bottom"> {
  y?: NDArrayLike | number | readonly string[] | string;
  width?: NDArrayLike | number;
  height?: number | NDArrayLike;
  left?: number | NDArrayLike | null;
}

/** barh(y, width, ...) on `ax`: returns its rects artist in a list, as bar does. */
export function drawBarh(ax: Axes, args: ArrayLike<unknown>): RectsArtist[] {
  const b = BARH.bind(args);
  return drawBars(ax, b, "horizontal", { pos: convert(ax, "y", b.y), thick: b.height, base: b.left, size: b.width });
}

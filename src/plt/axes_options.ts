/**
 * The options objects of the Axes methods: every Python parameter by its Python name, and the
 * artist keywords plt draws.
 */
import type { NDArray } from "../np/ndarray";
import type { NDArrayLike } from "./data";
import type { ColorLike } from "./colors";

/** Keywords of Line2D-drawing calls (plot, axhline, axvline). */
export interface LineKeywords {
  color?: ColorLike | null;
  c?: ColorLike | null;
  linewidth?: number | null;
  lw?: number | null;
  linestyle?: string | null;
  ls?: string | null;
  marker?: string | null;
  markersize?: number | null;
  ms?: number | null;
  markerfacecolor?: ColorLike | "none" | null;
  mfc?: ColorLike | "none" | null;
  markeredgecolor?: ColorLike | "none" | null;
  mec?: ColorLike | "none" | null;
  markeredgewidth?: number | null;
  mew?: number | null;
  alpha?: number | null;
  label?: string | null;
  zorder?: number | null;
}

/** Options of `Axes.plot`: matplotlib's keywords and the Line2D properties plt draws. */
export interface PlotOptions extends LineKeywords {
  scalex?: boolean;
  scaley?: boolean;
  data?: null;
}

/** Keywords of Patch-drawing calls (bar, hist). */
export interface PatchKeywords {
  facecolor?: ColorLike | readonly ColorLike[] | null;
  fc?: ColorLike | readonly ColorLike[] | null;
  edgecolor?: ColorLike | readonly ColorLike[] | null;
  ec?: ColorLike | readonly ColorLike[] | null;
  linewidth?: number | null;
  lw?: number | null;
  alpha?: number | null;
  zorder?: number | null;
}

/** hist's bins: a count, the edges, or a numpy estimator name. */
export type Bins = number | readonly number[] | NDArray | string | null;

/** Options of `Axes.hist`. */
export interface HistOptions extends PatchKeywords {
  x?: NDArrayLike;
  bins?: Bins;
  range?: readonly [number, number] | null;
  density?: boolean;
  weights?: NDArrayLike | null;
  cumulative?: boolean | number;
  bottom?: number | NDArrayLike | null;
  histtype?: "bar" | "barstacked" | "step" | "stepfilled";
  align?: "left" | "mid" | "right";
  orientation?: "vertical" | "horizontal";
  rwidth?: number | null;
  log?: boolean;
  color?: ColorLike | null;
  label?: string | null;
  stacked?: boolean;
  data?: null;
}

/** Options of `Axes.bar`. */
export interface BarOptions extends PatchKeywords {
  x?: NDArrayLike | number;
  height?: NDArrayLike | number;
  width?: number | NDArrayLike;
  bottom?: number | NDArrayLike | null;
  align?: "center" | "edge";
  data?: null;
  color?: ColorLike | readonly ColorLike[] | null;
  label?: string | null;
  tick_label?: null;
  xerr?: null;
  yerr?: null;
  ecolor?: null;
  capsize?: null;
  error_kw?: null;
  log?: boolean;
}

/** Options of `Axes.axhline` / `Axes.axvline`. */
export interface AxLineOptions extends LineKeywords {
  x?: number;
  y?: number;
  xmin?: number;
  xmax?: number;
  ymin?: number;
  ymax?: number;
}

/** Text keywords of titles and labels. */
export interface TextKeywords {
  fontsize?: number | string | null;
  size?: number | string | null;
  color?: ColorLike | null;
  c?: ColorLike | null;
  fontweight?: string | number | null;
  weight?: string | number | null;
}

/** Options of `Axes.set_title`. */
export interface TitleOptions extends TextKeywords {
  label?: string;
  fontdict?: null;
  loc?: "left" | "center" | "right" | null;
  pad?: null;
  y?: null;
}

/** Options of `Axes.set_xlabel` / `set_ylabel`. */
export interface LabelOptions extends TextKeywords {
  xlabel?: string;
  ylabel?: string;
  fontdict?: null;
  labelpad?: null;
  loc?: "left" | "center" | "right" | "bottom" | "top" | null;
}

/** Options of `Axes.set_xlim` / `set_ylim`. */
export interface LimOptions {
  left?: number | null;
  right?: number | null;
  bottom?: number | null;
  top?: number | null;
  emit?: boolean;
  auto?: boolean | null;
  xmin?: number | null;
  xmax?: number | null;
  ymin?: number | null;
  ymax?: number | null;
}

/** Options of `Axes.legend`: Legend's parameters. */
export interface LegendKeywords {
  handles?: readonly unknown[] | null;
  labels?: readonly string[] | null;
  loc?: string | null;
  title?: string | null;
  ncols?: number;
  ncol?: number;
  fontsize?: number | string | null;
  title_fontsize?: number | string | null;
  frameon?: boolean | null;
  [notSupportedYet: string]: unknown;
}

/** Options of `Axes.grid`. */
export interface GridOptions {
  visible?: boolean | null;
  which?: "major" | "minor" | "both";
  axis?: "both" | "x" | "y";
  color?: ColorLike | null;
  c?: ColorLike | null;
  linestyle?: string | null;
  ls?: string | null;
  linewidth?: number | null;
  lw?: number | null;
  alpha?: number | null;
}

/** Options of `Axes.axis`. */
export interface AxisOptions {
  emit?: boolean;
  xmin?: number | null;
  xmax?: number | null;
  ymin?: number | null;
  ymax?: number | null;
}


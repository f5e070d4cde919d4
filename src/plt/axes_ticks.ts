/**
 * Fixed ticks and tick labels: Axes.set_xticks / set_yticks, set_xticklabels / set_yticklabels,
 * get_xticks / get_yticks and pyplot's xticks / yticks, with the label keywords plt draws
 * (rotation, fontsize / size, color / c).
 */
import { PyTypeError, ValueError } from "../errors";
import type { Bound } from "../signature";
import type { Axes } from "./axes";
import { read1d, type NDArrayLike } from "./data";
import { mplsig, TEXT_PROPERTY } from "./pysig";
import { rcParams } from "./rcparams";
import { matrixTicks } from "./matshow";
import { textStyle, type TextStyle } from "./text_style";
import { axisTicks } from "./ticks";
import { logTicks } from "./axes_scale";
import { scaleParams } from "./scale_transforms";
import { scaledTickLabels, scaledTicks, tickSpace } from "./scale_ticks";

/** Where an axis' ticks sit and what they say (null: matplotlib's AutoLocator and ScalarFormatter). */
export interface FixedTicks {
  locs: number[] | null;
  labels: string[] | null;
  /** Label text keywords. */
  style: TextStyle & { rotation?: number };
}

const LABEL_KEYWORDS = "rotation=None, fontsize=None, size=None, color=None, c=None";
const LABEL_TYPES = { fontsize: "float|str|None", size: "float|str|None" } as const;

function ticksSig(name: string) {
  return mplsig(`matplotlib.axes.Axes.${name}(ticks, labels=None, *, minor=False, ${LABEL_KEYWORDS})`, { types: LABEL_TYPES, unsupported: ["minor"], kwargs: TEXT_PROPERTY });
}
function labelsSig(name: string) {
  return mplsig(`matplotlib.axes.Axes.${name}(labels, *, fontdict=None, minor=False, ${LABEL_KEYWORDS})`, { types: LABEL_TYPES, unsupported: ["fontdict", "minor"], kwargs: TEXT_PROPERTY });
}

export const SET_XTICKS = ticksSig("set_xticks");
export const SET_YTICKS = ticksSig("set_yticks");
export const SET_XTICKLABELS = labelsSig("set_xticklabels");
export const SET_YTICKLABELS = labelsSig("set_yticklabels");
export const GET_XTICKS = mplsig("matplotlib.axes.Axes.get_xticks(*, minor=False)", { unsupported: ["minor"] });
export const GET_YTICKS = mplsig("matplotlib.axes.Axes.get_yticks(*, minor=False)", { unsupported: ["minor"] });
export const XTICKS = mplsig(`matplotlib.pyplot.xticks(ticks=None, labels=None, *, minor=False, ${LABEL_KEYWORDS})`, { types: LABEL_TYPES, unsupported: ["minor"], kwargs: TEXT_PROPERTY });
export const YTICKS = mplsig(`matplotlib.pyplot.yticks(ticks=None, labels=None, *, minor=False, ${LABEL_KEYWORDS})`, { types: LABEL_TYPES, unsupported: ["minor"], kwargs: TEXT_PROPERTY });

/** Tick label keywords. */
export interface TickLabelOptions {
  rotation?: number | "horizontal" | "vertical" | null;
  fontsize?: number | string | null;
  size?: number | string | null;
  color?: string | null;
  c?: string | null;
}

/** Options of `set_xticks` / `xticks`. */
export interface TicksOptions extends TickLabelOptions {
  minor?: boolean;
}

/** Options of `set_xticklabels`. */
export interface TickLabelsOptions extends TicksOptions {
  fontdict?: null;
}

function labelStyle(b: Bound): FixedTicks["style"] {
  const style: FixedTicks["style"] = textStyle(b);
  if (b.rotation != null) {
    const r = b.rotation === "vertical" ? 90 : b.rotation === "horizontal" ? 0 : Number(b.rotation);
    if (!Number.isFinite(r)) throw new PyTypeError(`rotation must be 'vertical', 'horizontal' or a number, not ${String(b.rotation)}`);
    style.rotation = ((r % 360) + 360) % 360;
  }
  return style;
}

function hasLabelKeywords(b: Bound): string | null {
  for (const k of ["rotation", "fontsize", "size", "color", "c"]) if (b[k] != null) return k;
  return null;
}

function stringsOf(labels: unknown): string[] {
  if (!Array.isArray(labels)) throw new PyTypeError("labels must be a list of str");
  return labels.map(String);
}

/** The axis' fixed ticks record, created on first use. */
export function fixedOf(ax: Axes, which: "x" | "y"): FixedTicks {
  const key = which === "x" ? "_xticks" : "_yticks";
  ax[key] ??= { locs: null, labels: null, style: {} };
  return ax[key]!;
}

/** Sets the tick locations (and labels); the view grows to show every tick, as matplotlib's set_ticks. */
function setLocs(ax: Axes, which: "x" | "y", ticksArg: unknown, labels: unknown, b: Bound): void {
  const locs = Array.from(read1d(ticksArg as NDArrayLike, "ticks"));
  const fixed = fixedOf(ax, which);
  if (labels != null) {
    const strings = stringsOf(labels);
    if (strings.length !== locs.length) {
      throw new ValueError(`The number of FixedLocator locations (${locs.length}), usually from a call to set_ticks, does not match the number of ticklabels (${strings.length}).`);
    }
    fixed.labels = strings;
  } else fixed.labels = null;
  fixed.locs = locs;
  Object.assign(fixed.style, labelStyle(b));
  if (locs.length === 0) return;
  // matplotlib widens the current view to the ticks (set_view_interval); more data autoscales again
  const [a, c] = which === "x" ? ax.get_xlim() : ax.get_ylim();
  const lo = Math.min(a, c, ...locs);
  const hi = Math.max(a, c, ...locs);
  if (lo === Math.min(a, c) && hi === Math.max(a, c)) return;
  const lim: [number, number] = a <= c ? [lo, hi] : [hi, lo];
  if ((which === "x" ? ax.xlim : ax.ylim) !== null) {
    if (which === "x") ax.xlim = lim;
    else ax.ylim = lim;
  } else ax._tickView[which] = { lim, artists: ax.artists.length };
}

/** set_xticks / set_yticks. */
export function setTicks(ax: Axes, which: "x" | "y", args: ArrayLike<unknown>): void {
  const b = (which === "x" ? SET_XTICKS : SET_YTICKS).bind(args);
  const k = hasLabelKeywords(b);
  if (b.labels == null && k !== null) {
    throw new ValueError(`Incorrect use of keyword argument '${k}'. Keyword arguments other than 'minor' modify the text labels and can only be used if 'labels' are passed as well.`);
  }
  setLocs(ax, which, b.ticks, b.labels, b);
}

/** set_xticklabels / set_yticklabels: labels for the fixed ticks (or the current automatic ones). */
export function setTickLabels(ax: Axes, which: "x" | "y", args: ArrayLike<unknown>): void {
  const b = (which === "x" ? SET_XTICKLABELS : SET_YTICKLABELS).bind(args);
  const fixed = fixedOf(ax, which);
  const strings = stringsOf(b.labels);
  const locs = fixed.locs ?? currentTicks(ax, which);
  if (strings.length !== locs.length) {
    throw new ValueError(`The number of FixedLocator locations (${locs.length}), usually from a call to set_ticks, does not match the number of ticklabels (${strings.length}).`);
  }
  fixed.locs = locs;
  fixed.labels = strings;
  Object.assign(fixed.style, labelStyle(b));
}

/** The ticks an axis shows now: the fixed ones, or AutoLocator's over the current view. */
export function currentTicks(ax: Axes, which: "x" | "y"): number[] {
  const fixed = which === "x" ? ax._xticks : ax._yticks;
  if (fixed?.locs) return fixed.locs.slice();
  const [a, c] = which === "x" ? ax.get_xlim() : ax.get_ylim();
  if (ax._matrixTicks) return matrixTicks(a, c);
  const size = ax.drawnPixelSize();
  const params = scaleParams(ax._scales, which);
  if (params !== null) {
    const lengthPx = which === "x" ? size.width : size.height;
    return scaledTicks(params, a, c, tickSpace(lengthPx, ax.figure.dpi, Number(rcParams["font.size"]), which)).locs;
  }
  if (ax._scales[which] === "log") {
    const lengthPx = which === "x" ? size.width : size.height;
    const space = Math.floor(((lengthPx / ax.figure.dpi) * 72) / (Number(rcParams["font.size"]) * (which === "x" ? 3 : 2)));
    return logTicks(Math.min(a, c), Math.max(a, c), Math.min(9, Math.max(2, space)));
  }
  return axisTicks(Math.min(a, c), Math.max(a, c), which === "x" ? size.width : size.height, ax.figure.dpi, Number(rcParams["font.size"]), which);
}

/** pyplot's xticks / yticks: sets ticks and/or labels (or restyles the labels) and returns [locs, labels]. */
export function pyplotTicks(ax: Axes, which: "x" | "y", args: ArrayLike<unknown>): [number[], string[]] {
  const b = (which === "x" ? XTICKS : YTICKS).bind(args);
  if (b.ticks != null) setLocs(ax, which, b.ticks, b.labels, {});
  else if (b.labels != null) throw new PyTypeError(`${which}ticks(): Parameter 'labels' can't be set without setting 'ticks'`);
  const fixed = fixedOf(ax, which);
  Object.assign(fixed.style, labelStyle(b));
  const locs = currentTicks(ax, which);
  return [locs, fixed.labels ?? scaledTickLabels(ax, which, locs) ?? locs.map(String)];
}

/** The labels drawn for `values`: fixed labels by location, or none (the formatter's). */
export function labelExpr(fixed: FixedTicks | null): string | null {
  if (!fixed?.labels || !fixed.locs) return null;
  let expr = "''";
  for (let i = fixed.locs.length - 1; i >= 0; i--) expr = `abs(datum.value - ${fixed.locs[i]}) < 1e-9 ? ${JSON.stringify(fixed.labels[i])} : ${expr}`;
  return expr;
}

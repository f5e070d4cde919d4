/**
 * The Line2D keywords plt draws (plot, axhline, axvline): color / c, linewidth / lw,
 * linestyle / ls, marker, markersize / ms, marker face and edge colors and width, alpha,
 * label, zorder; resolved from a bound call with matplotlib's alias rules and checks.
 */
import type { Bound } from "../signature";
import { alias } from "./pysig";
import { checkAlpha, toCss } from "./colors";
import { lineStyle, markerShape, LineStyle } from "./fmt";

/** Keyword-only Line2D parameters in a signature's text. */
export const LINE2D_KEYWORDS =
  "color=None, c=None, linewidth=None, lw=None, linestyle=None, ls=None, marker=None, markersize=None, ms=None, " +
  "markerfacecolor=None, mfc=None, markeredgecolor=None, mec=None, markeredgewidth=None, mew=None, alpha=None, label=None, zorder=None";

/** Their types for the binder. */
export const LINE2D_TYPES = {
  linewidth: "float|None", lw: "float|None", linestyle: "str|None", ls: "str|None", marker: "str|None",
  markersize: "float|None", ms: "float|None", markeredgewidth: "float|None", mew: "float|None",
  alpha: "float|None", zorder: "float|None",
} as const;

/** Line2D properties a call gave (undefined: matplotlib's default). */
export interface LineProps {
  color?: string;
  linewidth?: number;
  linestyle?: LineStyle;
  marker?: string;
  markersize?: number;
  markerfacecolor?: string;
  markeredgecolor?: string;
  markeredgewidth?: number;
  alpha?: number;
  label?: string;
  zorder?: number;
}

/** A marker face/edge color: "none" leaves it empty (transparent). */
function markerColor(v: unknown, what: string): string {
  return v === "none" || v === "None" ? "transparent" : toCss(v as never, what, "value");
}

/** The Line2D keywords of a bound call. */
export function lineProps(b: Bound): LineProps {
  const out: LineProps = {};
  const color = alias(b, "color", "c");
  if (color !== null) out.color = toCss(color as never, "color", "value");
  const lw = alias<number>(b, "linewidth", "lw");
  if (lw !== null) out.linewidth = lw;
  const ls = alias<string>(b, "linestyle", "ls");
  if (ls !== null) out.linestyle = lineStyle(ls);
  if (b.marker != null) {
    if (b.marker !== "" && b.marker !== "None" && b.marker !== "none") markerShape(b.marker);
    out.marker = b.marker;
  }
  const ms = alias<number>(b, "markersize", "ms");
  if (ms !== null) out.markersize = ms;
  const mfc = alias(b, "markerfacecolor", "mfc");
  if (mfc !== null) out.markerfacecolor = markerColor(mfc, "markerfacecolor");
  const mec = alias(b, "markeredgecolor", "mec");
  if (mec !== null) out.markeredgecolor = markerColor(mec, "markeredgecolor");
  const mew = alias<number>(b, "markeredgewidth", "mew");
  if (mew !== null) out.markeredgewidth = mew;
  if (b.alpha != null) out.alpha = checkAlpha(b.alpha);
  if (b.label != null) out.label = String(b.label);
  if (b.zorder != null) out.zorder = b.zorder;
  return out;
}

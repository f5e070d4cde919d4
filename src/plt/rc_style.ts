/**
 * The rc keys styles set beyond colors and font.size that the renderer draws: the grid's line
 * style, width and alpha, the axes frame's width, and the tick and axis label sizes (points or
 * matplotlib's size names relative to font.size).
 */
import type { FigureStyle } from "./compile/figure";
import { lineStyle } from "./fmt";
import { rcParams } from "./rcparams";

const SCALINGS: Record<string, number> = {
  "xx-small": 0.579, "x-small": 0.694, small: 0.833, medium: 1.0, large: 1.2, "x-large": 1.44, "xx-large": 1.728, larger: 1.2, smaller: 0.833,
};

/** A font size rc value in points (a number, or a size name relative to font.size). */
export function sizePoints(v: unknown, fontSize: number): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v in SCALINGS) return SCALINGS[v] * fontSize;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** The style fields read from rcParams at draw time. */
export function styleExtras(fontSize: number): Partial<FigureStyle> {
  const rc = rcParams as Record<string, unknown>;
  const ls = String(rc["grid.linestyle"] ?? "-");
  const grid = { linestyle: lineStyle(ls === "none" || ls === "None" ? "None" : ls), linewidth: Number(rc["grid.linewidth"] ?? 0.8), alpha: Number(rc["grid.alpha"] ?? 1) };
  const tick = sizePoints(rc["xtick.labelsize"], fontSize);
  const label = sizePoints(rc["axes.labelsize"], fontSize);
  const out: Partial<FigureStyle> = { grid, axesLinewidth: Number(rc["axes.linewidth"] ?? 0.8) };
  if (tick !== undefined && tick !== fontSize) out.tickLabelSize = tick;
  if (label !== undefined && label !== fontSize) out.axisLabelSize = label;
  return out;
}

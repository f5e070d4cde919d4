/**
 * How an Axes frames its data: invert_xaxis / invert_yaxis (and xaxis_inverted), margins, and
 * set_aspect / get_aspect, with matplotlib's signatures and errors.
 */
import { PyTypeError, ValueError } from "../errors";
import type { Axes } from "./axes";
import { mplsig, notInList } from "./pysig";

export const INVERT_XAXIS = mplsig("matplotlib.axes.Axes.invert_xaxis()");
export const INVERT_YAXIS = mplsig("matplotlib.axes.Axes.invert_yaxis()");
export const XAXIS_INVERTED = mplsig("matplotlib.axes.Axes.xaxis_inverted()");
export const YAXIS_INVERTED = mplsig("matplotlib.axes.Axes.yaxis_inverted()");
export const MARGINS = mplsig("matplotlib.axes.Axes.margins(*margins, x=None, y=None, tight=True)", {
  types: { x: "float|None", y: "float|None" },
  unsupported: ["tight"],
});
export const SET_ASPECT = mplsig("matplotlib.axes.Axes.set_aspect(aspect, adjustable=None, anchor=None, share=False)", {
  unsupported: ["anchor", "share"],
});
export const GET_ASPECT = mplsig("matplotlib.axes.Axes.get_aspect()");

/** Options of `Axes.margins`. */
export interface MarginsOptions {
  x?: number | null;
  y?: number | null;
  tight?: boolean | null;
}

/** Options of `Axes.set_aspect`. */
export interface AspectOptions {
  adjustable?: "box" | "datalim" | null;
  anchor?: null;
  share?: boolean;
}

/** Flips one axis: swaps set limits, or runs autoscaled ones the other way. */
export function invertAxis(ax: Axes, which: "x" | "y"): void {
  if (which === "x") {
    if (ax.xlim !== null) ax.xlim = [ax.xlim[1], ax.xlim[0]];
    else ax.xInverted = !ax.xInverted;
  } else if (ax.ylim !== null) ax.ylim = [ax.ylim[1], ax.ylim[0]];
  else ax.yInverted = !ax.yInverted;
}

/** Whether the axis runs from high to low. */
export function axisInverted(ax: Axes, which: "x" | "y"): boolean {
  const [a, b] = which === "x" ? ax.get_xlim() : ax.get_ylim();
  return a > b;
}

function checkMargin(m: number): number {
  if (!(m > -0.5)) throw new ValueError("margin must be greater than -0.5");
  return m;
}

/** margins(): (xmargin, ymargin); margins(m), margins(mx, my) or x= / y= set them. */
export function setMargins(ax: Axes, args: ArrayLike<unknown>): [number, number] | void {
  const b = MARGINS.bind(args);
  const given = b.margins as number[];
  if (given.length === 0 && b.x == null && b.y == null) return [ax._margins.x, ax._margins.y];
  if (given.length > 0 && (b.x != null || b.y != null)) throw new PyTypeError("Cannot pass both positional and keyword arguments for x and/or y.");
  if (given.length > 2) throw new PyTypeError("Must pass a single positional argument for all margins, or one for each margin (x, y).");
  const [mx, my] = given.length === 1 ? [given[0], given[0]] : given.length === 2 ? given : [b.x, b.y];
  if (mx != null) ax._margins.x = checkMargin(Number(mx));
  if (my != null) ax._margins.y = checkMargin(Number(my));
}

/** set_aspect: "auto", "equal" (1) or a number of y units per x unit on screen; adjustable "box" or "datalim". */
export function setAspect(ax: Axes, args: ArrayLike<unknown>): void {
  const b = SET_ASPECT.bind(args);
  let aspect: "auto" | number;
  if (b.aspect === "auto") aspect = "auto";
  else if (b.aspect === "equal") aspect = 1;
  else {
    aspect = Number(b.aspect);
    if (typeof b.aspect === "string" && !Number.isFinite(aspect)) throw new ValueError(`could not convert string to float: '${b.aspect}'`);
    if (!(aspect > 0) || !Number.isFinite(aspect)) throw new ValueError("aspect must be finite and positive ");
  }
  if (b.adjustable != null && b.adjustable !== "box" && b.adjustable !== "datalim") throw notInList("adjustable", b.adjustable, ["box", "datalim"]);
  ax.aspect = aspect;
  if (b.adjustable != null) ax.adjustable = b.adjustable;
}

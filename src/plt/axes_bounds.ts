/**
 * Axes.get_xbound / set_xbound (the limits low to high, inversion kept), set_xmargin /
 * set_ymargin (one axis' autoscaling margin) and get_data_ratio (the view's height over its
 * width in scaled units).
 */
import { ValueError } from "../errors";
import { axisTransform } from "./scale_transforms";
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import { mplsig } from "./pysig";
import { autoscaleLater, autoscaleOn } from "./axes_autoscale";

const GET_XBOUND = mplsig("matplotlib.axes.Axes.get_xbound()");
const GET_YBOUND = mplsig("matplotlib.axes.Axes.get_ybound()");
const BOUND_TYPES = { types: { lower: "float|sequence|None", upper: "float|None" } } as const;
const SET_XBOUND = mplsig("matplotlib.axes.Axes.set_xbound(lower=None, upper=None)", BOUND_TYPES);
const SET_YBOUND = mplsig("matplotlib.axes.Axes.set_ybound(lower=None, upper=None)", BOUND_TYPES);
const SET_XMARGIN = mplsig("matplotlib.axes.Axes.set_xmargin(m)", { types: { m: "float" } });
const SET_YMARGIN = mplsig("matplotlib.axes.Axes.set_ymargin(m)", { types: { m: "float" } });
const GET_DATA_RATIO = mplsig("matplotlib.axes.Axes.get_data_ratio()");

declare module "./axes" {
  interface Axes {
    /** `Axes.get_xbound()`: the x limits as (lower, upper), whichever way the axis runs. */
    get_xbound(): [number, number];
    /** `Axes.get_ybound()`: the y limits as (lower, upper). */
    get_ybound(): [number, number];
    /** `Axes.set_xbound(lower=None, upper=None)`: sets the x limits low to high, keeping an inverted axis inverted; None keeps a bound. */
    set_xbound(lower?: number | readonly [number, number] | null | { lower?: number | null; upper?: number | null }, upper?: number | null): void;
    /** `Axes.set_ybound(lower=None, upper=None)`: as set_xbound, for y. */
    set_ybound(lower?: number | readonly [number, number] | null | { lower?: number | null; upper?: number | null }, upper?: number | null): void;
    /** `Axes.set_xmargin(m)`: autoscaling's x padding as a fraction of the data span (> -0.5). */
    set_xmargin(m: number): void;
    /** `Axes.set_ymargin(m)`: autoscaling's y padding. */
    set_ymargin(m: number): void;
    /** `Axes.get_data_ratio()`: the y span over the x span of the view, in scaled units (log10 on a log axis). */
    get_data_ratio(): number;
  }
}

function bound(ax: Axes, which: "x" | "y"): [number, number] {
  const [a, b] = which === "x" ? ax.get_xlim() : ax.get_ylim();
  return a <= b ? [a, b] : [b, a];
}

function setBound(ax: Axes, which: "x" | "y", args: ArrayLike<unknown>): void {
  const b = (which === "x" ? SET_XBOUND : SET_YBOUND).bind(args);
  let lower = b.lower;
  let upper = b.upper;
  if (upper == null && lower != null && typeof lower === "object") {
    if (lower.length !== 2) throw new ValueError(`${lower.length > 2 ? "too many" : "not enough"} values to unpack (expected 2${lower.length > 2 ? "" : `, got ${lower.length}`})`);
    [lower, upper] = lower;
  }
  const [oldLower, oldUpper] = bound(ax, which);
  const sorted = [lower ?? oldLower, upper ?? oldUpper].sort((p, q) => p - q);
  const inverted = which === "x" ? ax.xaxis_inverted() : ax.yaxis_inverted();
  if (inverted) sorted.reverse();
  // set_xbound leaves autoscaling as it was: an autoscaling axis follows the next artist's data
  const autoscaling = autoscaleOn(ax, which);
  if (which === "x") ax.set_xlim(sorted[0], sorted[1]);
  else ax.set_ylim(sorted[0], sorted[1]);
  if (autoscaling) autoscaleLater(ax, which);
}

function setMargin(ax: Axes, which: "x" | "y", m: number): void {
  if (m <= -0.5) throw new ValueError("margin must be greater than -0.5");
  ax._margins[which] = m;
}

const P = Axes.prototype;
P.get_xbound = function get_xbound(this: Axes): [number, number] {
  if (arguments.length > 0) GET_XBOUND.bind(arguments);
  return bound(this, "x");
};
P.get_ybound = function get_ybound(this: Axes): [number, number] {
  if (arguments.length > 0) GET_YBOUND.bind(arguments);
  return bound(this, "y");
};
P.set_xbound = function set_xbound(this: Axes): void {
  setBound(this, "x", arguments);
};
P.set_ybound = function set_ybound(this: Axes): void {
  setBound(this, "y", arguments);
};
P.set_xmargin = function set_xmargin(this: Axes): void {
  setMargin(this, "x", Number(SET_XMARGIN.bind(arguments).m));
};
P.set_ymargin = function set_ymargin(this: Axes): void {
  setMargin(this, "y", Number(SET_YMARGIN.bind(arguments).m));
};
P.get_data_ratio = function get_data_ratio(this: Axes): number {
  if (arguments.length > 0) GET_DATA_RATIO.bind(arguments);
  const span = (which: "x" | "y"): number => {
    const [lo, hi] = bound(this, which);
    const t = this._scales[which] === "log" ? Math.log10 : axisTransform(this._scales, which)?.forward ?? ((v: number) => v);
    return Math.max(Math.abs(t(hi) - t(lo)), 1e-30);
  };
  return span("y") / span("x");
};
pyfunction(GET_XBOUND, P.get_xbound);
pyfunction(GET_YBOUND, P.get_ybound);
pyfunction(SET_XBOUND, P.set_xbound);
pyfunction(SET_YBOUND, P.set_ybound);
pyfunction(SET_XMARGIN, P.set_xmargin);
pyfunction(SET_YMARGIN, P.set_ymargin);
pyfunction(GET_DATA_RATIO, P.get_data_ratio);

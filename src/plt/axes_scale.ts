/**
 * Axis scales: set_xscale / set_yscale (and pyplot's xscale / yscale) for "linear" and "log",
 * with matplotlib's LogLocator major ticks at decades and LogFormatterSciNotation's 10^k labels.
 */
import { NotImplementedError } from "../errors";
import type { Axes } from "./axes";
import { callSink, mplsig, notInList } from "./pysig";

/** Keywords the scale classes take (LogScale's base / subs / nonpositive, SymmetricalLogScale's ...). */
const SCALE_KWARGS = callSink("LogScale.__init__()", ["base", "subs", "nonpositive", "linthresh", "linscale", "functions"]);

export const SET_XSCALE = mplsig("matplotlib.axes.Axes.set_xscale(value)", { kwargs: SCALE_KWARGS });
export const SET_YSCALE = mplsig("matplotlib.axes.Axes.set_yscale(value)", { kwargs: SCALE_KWARGS });
export const GET_XSCALE = mplsig("matplotlib.axes.Axes.get_xscale()");
export const GET_YSCALE = mplsig("matplotlib.axes.Axes.get_yscale()");

const SCALES = ["linear", "log", "symlog", "asinh", "logit", "function", "functionlog"];

export type AxisScale = "linear" | "log";

/** set_xscale / set_yscale: "linear" or "log" (the other matplotlib scales are not drawn yet). */
export function setScale(ax: Axes, which: "x" | "y", args: ArrayLike<unknown>): void {
  const b = (which === "x" ? SET_XSCALE : SET_YSCALE).bind(args);
  const value = b.value as string;
  if (!SCALES.includes(value)) throw notInList("scale", value, SCALES);
  if (value !== "linear" && value !== "log") throw new NotImplementedError(`set_${which}scale() value='${value}' is not supported yet`);
  ax._scales[which] = value;
}

/** LogLocator's major ticks (base 10, subs (1.0,)): decades, every `stride` when there are many. */
export function logTicks(vmin: number, vmax: number, numticks: number): number[] {
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  if (!(vmin > 0)) return [];
  const lo = Math.log10(vmin);
  const hi = Math.log10(vmax);
  const numdec = Math.floor(hi) - Math.ceil(lo);
  let stride = Math.floor((numdec + 1) / numticks) + 1;
  // a stride as long as the range would leave one tick: clip it back
  if (stride >= numdec) stride = Math.max(1, numdec - 1);
  const out: number[] = [];
  for (let d = Math.floor(lo) - stride; d < Math.ceil(hi) + 2 * stride; d += stride) {
    const v = 10 ** d;
    // only the decades in view are drawn
    if (v >= vmin * (1 - 1e-10) && v <= vmax * (1 + 1e-10)) out.push(v);
  }
  return out;
}

const SUPERSCRIPT: Record<string, string> = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };

/** LogFormatterSciNotation's label of a decade, `$10^{k}$`, as text with superscript digits. */
export function decadeLabel(v: number): string {
  const k = String(Math.round(Math.log10(v)));
  return "10" + Array.from(k, (ch) => SUPERSCRIPT[ch]).join("");
}

/** A Vega label expression for decade ticks. */
export function decadeLabelExpr(values: readonly number[]): string {
  let expr = "''";
  for (let i = values.length - 1; i >= 0; i--) expr = `abs(datum.value / ${values[i]} - 1) < 1e-9 ? ${JSON.stringify(decadeLabel(values[i]))} : ${expr}`;
  return expr;
}

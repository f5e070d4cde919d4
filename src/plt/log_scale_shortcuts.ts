/**
 * semilogx / semilogy / loglog: plot on a log x, y or both axes, as Axes methods and pyplot
 * functions. matplotlib sets the scale first (with the LogScale keywords base / subs /
 * nonpositive) and sends every other argument to plot.
 */
import { isPlainObject, pyfunction } from "../signature";
import { Axes } from "./axes";
import type { Line2D } from "./line2d";
import type { PlotArg } from "./plotargs";
import type { PlotOptions } from "./axes_options";
import { LINE2D_KEYWORDS, LINE2D_TYPES } from "./line_props";
import { LINE2D, mplsig, MplSignature } from "./pysig";
import { PLOT } from "./lines";
import { gca } from "./pyplot";

const SCALE_KEYS = ["base", "subs", "nonpositive"] as const;

function logPlotSig(name: string): MplSignature {
  return mplsig(`${name}(*args, base=10, subs=None, nonpositive='clip', scalex=True, scaley=True, data=None, ${LINE2D_KEYWORDS})`, {
    types: { ...LINE2D_TYPES, scalex: "bool", scaley: "bool" },
    // LogScale's keywords: plt's log axes are base 10 with non-positive values clipped
    unsupported: ["data", "base", "subs", "nonpositive"],
    kwargs: LINE2D,
  }).forwardsTo(PLOT);
}

const SEMILOGX = logPlotSig("matplotlib.axes.Axes.semilogx");
const SEMILOGY = logPlotSig("matplotlib.axes.Axes.semilogy");
const LOGLOG = logPlotSig("matplotlib.axes.Axes.loglog");

/** Options of semilogx / semilogy / loglog: plot's keywords and the log scale's. */
export interface LogPlotOptions extends PlotOptions {
  base?: number;
  subs?: null;
  nonpositive?: "clip" | "mask";
}

declare module "./axes" {
  interface Axes {
    /** `Axes.semilogx(*args, **kwargs)`: plot with a log x axis; `semilogx(x, y, "o-", {base: 10})`. */
    semilogx(...args: (PlotArg | LogPlotOptions)[]): Line2D[];
    /** `Axes.semilogy(*args, **kwargs)`: plot with a log y axis. */
    semilogy(...args: (PlotArg | LogPlotOptions)[]): Line2D[];
    /** `Axes.loglog(*args, **kwargs)`: plot with both axes log. */
    loglog(...args: (PlotArg | LogPlotOptions)[]): Line2D[];
  }
}

function logPlot(ax: Axes, sig: MplSignature, axes: "x" | "y" | "xy", args: unknown[]): Line2D[] {
  sig.bind(args);
  const last = args[args.length - 1];
  const scaleKw: Record<string, unknown> = {};
  let plotArgs = args;
  if (isPlainObject(last)) {
    const rest: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(last)) {
      if ((SCALE_KEYS as readonly string[]).includes(k)) scaleKw[k] = v;
      else rest[k] = v;
    }
    plotArgs = [...args.slice(0, -1), ...(Object.keys(rest).length > 0 ? [rest] : [])];
  }
  if (axes.includes("x")) ax.set_xscale("log");
  if (axes.includes("y")) ax.set_yscale("log");
  return ax.plot(...(plotArgs as (PlotArg | PlotOptions)[]));
}

const P = Axes.prototype;
P.semilogx = function semilogx(this: Axes, ...args: unknown[]): Line2D[] {
  return logPlot(this, SEMILOGX, "x", args);
};
P.semilogy = function semilogy(this: Axes, ...args: unknown[]): Line2D[] {
  return logPlot(this, SEMILOGY, "y", args);
};
P.loglog = function loglog(this: Axes, ...args: unknown[]): Line2D[] {
  return logPlot(this, LOGLOG, "xy", args);
};
pyfunction(SEMILOGX, P.semilogx);
pyfunction(SEMILOGY, P.semilogy);
pyfunction(LOGLOG, P.loglog);

/** `plt.semilogx(*args, **kwargs)`: plot on the current axes with a log x axis. */
export function semilogx(...args: (PlotArg | LogPlotOptions)[]): Line2D[] {
  return gca().semilogx(...args);
}
/** `plt.semilogy(*args, **kwargs)`: plot on the current axes with a log y axis. */
export function semilogy(...args: (PlotArg | LogPlotOptions)[]): Line2D[] {
  return gca().semilogy(...args);
}
/** `plt.loglog(*args, **kwargs)`: plot on the current axes with both axes log. */
export function loglog(...args: (PlotArg | LogPlotOptions)[]): Line2D[] {
  return gca().loglog(...args);
}
pyfunction(SEMILOGX.twin("matplotlib.pyplot.semilogx").forwardsTo(PLOT), semilogx);
pyfunction(SEMILOGY.twin("matplotlib.pyplot.semilogy").forwardsTo(PLOT), semilogy);
pyfunction(LOGLOG.twin("matplotlib.pyplot.loglog").forwardsTo(PLOT), loglog);

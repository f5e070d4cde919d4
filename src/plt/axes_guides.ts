/** Axes.legend, Axes.grid and Axes.axis: their signatures and what they set. */
import { PyTypeError, ValueError } from "../errors";
import type { Axes } from "./axes";
import type { Artist } from "./artists";
import { alias, GRID_SINK, LEGEND_INIT, mplsig, notInList } from "./pysig";
import { LEGEND_PARAMETERS } from "./properties";
import { autoLimits } from "./limits";
import { checkAlpha, toCss } from "./colors";
import { lineStyle, LineStyle } from "./fmt";

/** Legend keywords plt draws; the rest of Legend's parameters are declared and not supported yet. */
const LEGEND_DRAWN = ["loc", "title", "ncols", "ncol", "fontsize", "title_fontsize", "frameon", "labels", "handles"];

export const LEGEND = mplsig(`matplotlib.axes.Axes.legend(*args, handles=None, labels=None, ${LEGEND_PARAMETERS.map((p) => `${p}=${p === "markerfirst" ? "True" : p === "ncols" || p === "ncol" ? "1" : p === "alignment" ? "'center'" : p === "draggable" ? "False" : "None"}`).join(", ")})`, {
  types: { ncols: "int", ncol: "int", title: "str|None", frameon: "bool|None", fontsize: "float|str|None", title_fontsize: "float|str|None" },
  unsupported: LEGEND_PARAMETERS.filter((p) => !LEGEND_DRAWN.includes(p)),
  kwargs: LEGEND_INIT,
});

export const GRID = mplsig("matplotlib.axes.Axes.grid(visible=None, which='major', axis='both', *, color=None, c=None, linestyle=None, ls=None, linewidth=None, lw=None, alpha=None)", {
  types: { visible: "bool|None", linewidth: "float|None", lw: "float|None", alpha: "float|None" },
  inList: { which: ["major", "minor", "both"], axis: ["x", "y", "both"] },
  kwargs: GRID_SINK,
});

export const AXIS = mplsig("matplotlib.axes.Axes.axis(*args, emit=True, xmin=None, xmax=None, ymin=None, ymax=None)", {
  types: { emit: "bool", xmin: "float|None", xmax: "float|None", ymin: "float|None", ymax: "float|None" },
});

/** matplotlib's legend locations (Legend.codes). */
export const LEGEND_LOCS = ["best", "upper right", "upper left", "lower left", "lower right", "right", "center left", "center right", "lower center", "upper center", "center"];

/** How a legend is drawn: matplotlib's keywords plt honours. */
export interface LegendOptions {
  loc?: string;
  title?: string;
  ncols?: number;
  fontsize?: number | string;
  title_fontsize?: number | string;
  frameon?: boolean;
}

function isArtistLike(a: unknown): boolean {
  return typeof a === "object" && a !== null && ("kind" in a || "artist" in a || Array.isArray(a));
}

/** The artists a legend handle stands for (a plot's list of lines, a PathCollection, a bar container). */
function handleArtists(h: unknown): Artist[] {
  if (Array.isArray(h)) return h.flatMap(handleArtists).slice(0, 1);
  if (typeof h === "object" && h !== null && "artist" in h) return [(h as { artist: Artist }).artist];
  if (typeof h === "object" && h !== null && "kind" in h) return [h as Artist];
  throw new PyTypeError(`Legend handle ${String(h)} is not an artist`);
}

/** legend(...) on `ax`. */
export function setLegend(ax: Axes, args: ArrayLike<unknown>): void {
  const b = LEGEND.bind(args);
  let handles: unknown[] | null = b.handles;
  let labels: unknown[] | null = b.labels;
  const pos = b.args as unknown[];
  if (pos.length > 2) throw new PyTypeError(`legend only accepts two non-keyword arguments`);
  if (pos.length === 2) [handles, labels] = pos as [unknown[], unknown[]];
  else if (pos.length === 1) {
    const only = pos[0] as unknown[];
    if (Array.isArray(only) && only.length > 0 && isArtistLike(only[0])) handles = only;
    else labels = only;
  }
  const drawn = ax.artists.filter((a) => a.kind !== "image");
  if (handles !== null) {
    const chosen = handles.map((h) => handleArtists(h)[0]);
    if (labels !== null) labels.forEach((l, i) => { if (chosen[i]) chosen[i].label = String(l); });
    ax.legendHandles = labels !== null ? chosen.slice(0, labels.length) : chosen;
  } else if (labels !== null) {
    // labels alone name the drawn artists in order
    labels.forEach((label, i) => {
      const a = drawn[i];
      if (a !== undefined && a.kind !== "image") a.label = String(label);
    });
    ax.legendHandles = drawn.slice(0, labels.length);
  } else {
    ax.legendHandles = null;
  }
  const loc = b.loc ?? "best";
  if (typeof loc !== "string") LEGEND.notSupported("loc", loc);
  if (!LEGEND_LOCS.includes(loc)) throw notInList("loc", loc, LEGEND_LOCS);
  const options: LegendOptions = { loc };
  if (b.title != null) options.title = String(b.title);
  const ncols = b.ncols !== 1 ? b.ncols : b.ncol;
  if (ncols !== 1) options.ncols = ncols;
  if (b.fontsize != null) options.fontsize = b.fontsize;
  if (b.title_fontsize != null) options.title_fontsize = b.title_fontsize;
  if (b.frameon != null) options.frameon = b.frameon;
  ax.legendShown = true;
  ax.legendOptions = options;
}

/** The style grid lines take from grid()'s keywords. */
export interface GridStyle {
  color?: string;
  linestyle?: LineStyle;
  linewidth?: number;
  alpha?: number;
}

/** grid(...) on `ax`. */
export function setGrid(ax: Axes, args: ArrayLike<unknown>): void {
  const b = GRID.bind(args);
  const style: GridStyle = {};
  const color = alias(b, "color", "c");
  if (color !== null) style.color = toCss(color as never, "color", "value");
  const ls = alias<string>(b, "linestyle", "ls");
  if (ls !== null) style.linestyle = lineStyle(ls);
  const lw = alias<number>(b, "linewidth", "lw");
  if (lw !== null) style.linewidth = lw;
  if (b.alpha != null) style.alpha = checkAlpha(b.alpha);
  const styled = Object.keys(style).length > 0;
  let visible: boolean | null = b.visible;
  // line properties turn the grid on, as matplotlib does
  if (styled) visible = true;
  // minor gridlines follow minor ticks, which plt's axes do not have: nothing to draw
  if (b.which === "minor") return;
  for (const axis of b.axis === "both" ? (["x", "y"] as const) : [b.axis as "x" | "y"]) {
    const on = visible ?? !(axis === "x" ? ax.gridX : ax.gridY);
    if (axis === "x") ax.gridX = on;
    else ax.gridY = on;
    if (styled) ax.gridStyle[axis] = { ...ax.gridStyle[axis], ...style };
  }
}

/** axis(...) on `ax`: returns (xmin, xmax, ymin, ymax). */
export function setAxis(ax: Axes, args: ArrayLike<unknown>): [number, number, number, number] {
  const b = AXIS.bind(args);
  const pos = b.args as unknown[];
  if (pos.length > 1) throw new PyTypeError(`axis() takes 0 or 1 positional arguments but ${pos.length} were given`);
  const arg = pos[0];
  if (typeof arg === "string" || typeof arg === "boolean") {
    const s = arg === true ? "on" : arg === false ? "off" : arg.toLowerCase();
    for (const k of ["xmin", "xmax", "ymin", "ymax"]) if (b[k] != null) throw new PyTypeError(`axis() got an unexpected keyword argument '${k}'`);
    if (s === "on") ax.axisOn = true;
    else if (s === "off") ax.axisOn = false;
    else if (["equal", "tight", "scaled", "auto", "image", "square"].includes(s)) {
      ax.xlim = null;
      ax.ylim = null;
      ax.aspect = "auto";
      ax.adjustable = "box";
      if (s === "equal" || s === "scaled") ax.aspect = 1;
      // "equal" keeps the axes box and widens the limits (matplotlib's adjustable='datalim')
      if (s === "equal") ax.adjustable = "datalim";
      if (s === "tight" || s === "image") {
        // "tight" keeps the margins since matplotlib 2.0: it freezes the autoscaled limits
        const { x, y } = autoLimits(ax.artists);
        ax.xlim = x;
        ax.ylim = ax.yInvertedByDefault ? [y[1], y[0]] : y;
        if (s === "image") ax.aspect = 1;
      }
      if (s === "square") {
        ax.aspect = 1;
        const xl = ax.get_xlim();
        const yl = ax.get_ylim();
        const edge = Math.max(xl[1] - xl[0], yl[1] - yl[0]);
        ax.xlim = [xl[0], xl[0] + edge];
        ax.ylim = [yl[0], yl[0] + edge];
      }
    } else {
      throw new ValueError(`Unrecognized string '${s}' to axis; try 'on' or 'off'`);
    }
  } else if (arg !== undefined) {
    if (!Array.isArray(arg) || arg.length !== 4) throw new PyTypeError("the first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]");
    ax.set_xlim(arg[0], arg[1]);
    ax.set_ylim(arg[2], arg[3]);
  } else {
    if (b.xmin != null || b.xmax != null) ax.set_xlim({ xmin: b.xmin, xmax: b.xmax });
    if (b.ymin != null || b.ymax != null) ax.set_ylim({ ymin: b.ymin, ymax: b.ymax });
  }
  const [x0, x1] = ax.get_xlim();
  const [y0, y1] = ax.get_ylim();
  return [x0, x1, y0, y1];
}

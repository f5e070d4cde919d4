/**
 * Line2D's setters: what plot / step / axhline return (the objects ax.lines lists) restyled
 * after the call, `l.set_linestyle(":")`, `l.set_data(x, y)`; the figure draws the new
 * properties. As in matplotlib, new data does not move autoscaled limits until `ax.relim()`.
 */
import { NotImplementedError, PyTypeError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { NDArray } from "../np/ndarray";
import { Line2D } from "./line2d";
import { checkAlpha, toCss, type ColorLike } from "./colors";
import { lineStyle, markerShape } from "./fmt";
import { read1d, type NDArrayLike } from "./data";
import { mplsig } from "./pysig";

const sig = (text: string, types: Record<string, string> = {}) => mplsig(`matplotlib.lines.Line2D.${text}`, { types: types as never });

const SET_COLOR = sig("set_color(color)");
const SET_C = sig("set_c(color)");
const SET_LINEWIDTH = sig("set_linewidth(w)", { w: "float" });
const SET_LW = sig("set_lw(w)", { w: "float" });
const SET_LS = sig("set_ls(ls)", { ls: "str" });
const SET_MARKER = sig("set_marker(marker)", { marker: "str|None" });
const SET_MARKERSIZE = sig("set_markersize(sz)", { sz: "float" });
const SET_MS = sig("set_ms(sz)", { sz: "float" });
const SET_MARKERFACECOLOR = sig("set_markerfacecolor(fc)");
const SET_MARKEREDGECOLOR = sig("set_markeredgecolor(ec)");
const SET_MARKEREDGEWIDTH = sig("set_markeredgewidth(ew)", { ew: "float|None" });
const SET_ALPHA = sig("set_alpha(alpha)", { alpha: "float|None" });
const SET_LABEL = sig("set_label(s)");
const SET_ZORDER = sig("set_zorder(level)", { level: "float" });
const SET_VISIBLE = sig("set_visible(b)", { b: "bool" });
const GET_VISIBLE = sig("get_visible()");
const SET_DATA = sig("set_data(*args)");
const SET_XDATA = sig("set_xdata(x)");
const SET_YDATA = sig("set_ydata(y)");

/** A marker's face or edge color: "none" leaves it empty; None is the line color. */
function markerColor(v: unknown, what: string): string | undefined {
  if (v == null || v === "auto") return undefined;
  return v === "none" || v === "None" ? "transparent" : toCss(v as ColorLike, what, "value");
}

/** A data sequence as float64 values (a copy: matplotlib keeps its own). */
function values(v: unknown, what: string): Float64Array {
  if (v == null || typeof v === "string" || typeof v === "number") {
    throw new PyTypeError(`${what} must be a sequence`);
  }
  return Float64Array.from(read1d(v as NDArrayLike, what));
}

declare module "./line2d" {
  interface Line2D {
    /** `Line2D.set_color(color)`: the line (and default marker) color. */
    set_color(color: ColorLike): void;
    /** `Line2D.set_c(color)`: alias of set_color. */
    set_c(color: ColorLike): void;
    /** `Line2D.set_linewidth(w)`: the width in points. */
    set_linewidth(w: number): void;
    /** `Line2D.set_lw(w)`: alias of set_linewidth. */
    set_lw(w: number): void;
    /** `Line2D.set_ls(ls)`: alias of set_linestyle. */
    set_ls(ls: string): void;
    /** `Line2D.set_marker(marker)`: a marker code ('o', 's', '^', ...); 'None', '' or null draw none. */
    set_marker(marker: string | null): void;
    /** `Line2D.set_markersize(sz)`: the marker size in points. */
    set_markersize(sz: number): void;
    /** `Line2D.set_ms(sz)`: alias of set_markersize. */
    set_ms(sz: number): void;
    /** `Line2D.set_markerfacecolor(fc)`: the markers' fill ('none' leaves them hollow; null: the line color). */
    set_markerfacecolor(fc: ColorLike | "none" | null): void;
    /** `Line2D.set_markeredgecolor(ec)`: the markers' outline color (null: the line color). */
    set_markeredgecolor(ec: ColorLike | "none" | null): void;
    /** `Line2D.set_markeredgewidth(ew)`: the markers' outline width in points (null: rcParams['lines.markeredgewidth']). */
    set_markeredgewidth(ew: number | null): void;
    /** `Line2D.set_alpha(alpha)`: opacity 0..1, null for opaque. */
    set_alpha(alpha: number | null): void;
    /** `Line2D.set_label(s)`: the legend label (null: none). */
    set_label(s: unknown): void;
    /** `Line2D.set_zorder(level)`: drawing order among the axes' artists. */
    set_zorder(level: number): void;
    /** `Line2D.set_visible(b)`: false hides the line. */
    set_visible(b: boolean): void;
    /** `Line2D.get_visible()`. */
    get_visible(): boolean;
    /** `Line2D.set_data(*args)`: `set_data(x, y)` or `set_data([x, y])`; autoscaled limits stay until `ax.relim()`. */
    set_data(...args: [x: NDArrayLike, y: NDArrayLike] | [xy: NDArrayLike | readonly [NDArrayLike, NDArrayLike]]): void;
    /** `Line2D.set_xdata(x)`: new x values (as many as the y values). */
    set_xdata(x: NDArrayLike): void;
    /** `Line2D.set_ydata(y)`: new y values (as many as the x values). */
    set_ydata(y: NDArrayLike): void;
  }
}

type Setter = (this: Line2D, ...args: unknown[]) => void;
const P = Line2D.prototype as unknown as Record<string, Setter>;

function setColor(line: Line2D, color: unknown): void {
  line.artist.color = toCss(color as ColorLike, "color", "value");
}
function setWidth(line: Line2D, w: number): void {
  line.artist.linewidth = w;
}
function setStyle(line: Line2D, ls: unknown): void {
  line.artist.linestyle = lineStyle(String(ls));
}
function setSize(line: Line2D, sz: number): void {
  const a = markerLine(line, "markersize");
  a.markersize = sz;
}

/** The plot line behind `line`: axhline / axvline draw no markers. */
function markerLine(line: Line2D, what: string) {
  const a = line.artist;
  if (a.kind !== "line") throw new NotImplementedError(`Line2D.set_${what}() on an axhline / axvline is not supported yet`);
  return a;
}

P.set_color = function set_color(this: Line2D) {
  setColor(this, SET_COLOR.bind(arguments).color);
};
P.set_c = function set_c(this: Line2D) {
  setColor(this, SET_C.bind(arguments).color);
};
P.set_linewidth = function set_linewidth(this: Line2D) {
  setWidth(this, SET_LINEWIDTH.bind(arguments).w);
};
P.set_lw = function set_lw(this: Line2D) {
  setWidth(this, SET_LW.bind(arguments).w);
};
P.set_ls = function set_ls(this: Line2D) {
  setStyle(this, SET_LS.bind(arguments).ls);
};
P.set_marker = function set_marker(this: Line2D) {
  const { marker } = SET_MARKER.bind(arguments);
  const none = marker == null || marker === "" || marker === "None" || marker === "none";
  if (none && this.artist.kind !== "line") return;
  const a = markerLine(this, "marker");
  if (!none) markerShape(marker);
  a.marker = none ? undefined : marker;
};
P.set_markersize = function set_markersize(this: Line2D) {
  setSize(this, SET_MARKERSIZE.bind(arguments).sz);
};
P.set_ms = function set_ms(this: Line2D) {
  setSize(this, SET_MS.bind(arguments).sz);
};
P.set_markerfacecolor = function set_markerfacecolor(this: Line2D) {
  const a = markerLine(this, "markerfacecolor");
  const c = markerColor(SET_MARKERFACECOLOR.bind(arguments).fc, "markerfacecolor");
  if (c === undefined) delete a.markerfacecolor;
  else a.markerfacecolor = c;
};
P.set_markeredgecolor = function set_markeredgecolor(this: Line2D) {
  const a = markerLine(this, "markeredgecolor");
  const c = markerColor(SET_MARKEREDGECOLOR.bind(arguments).ec, "markeredgecolor");
  if (c === undefined) delete a.markeredgecolor;
  else a.markeredgecolor = c;
};
P.set_markeredgewidth = function set_markeredgewidth(this: Line2D) {
  const a = markerLine(this, "markeredgewidth");
  const { ew } = SET_MARKEREDGEWIDTH.bind(arguments);
  if (ew == null) delete a.markeredgewidth;
  else a.markeredgewidth = ew;
};
P.set_alpha = function set_alpha(this: Line2D) {
  const { alpha } = SET_ALPHA.bind(arguments);
  if (alpha == null) delete this.artist.alpha;
  else this.artist.alpha = checkAlpha(alpha);
};
P.set_label = function set_label(this: Line2D) {
  const { s } = SET_LABEL.bind(arguments);
  // matplotlib stores str(s); None clears the label
  this.artist.label = s == null ? undefined : String(s);
  this._labelCleared = s == null;
};
P.set_zorder = function set_zorder(this: Line2D) {
  this.artist.zorder = SET_ZORDER.bind(arguments).level;
};
P.set_visible = function set_visible(this: Line2D) {
  const { b } = SET_VISIBLE.bind(arguments);
  if (b) delete this.artist.visible;
  else this.artist.visible = false;
};
P.get_visible = function get_visible(this: Line2D): boolean {
  if (arguments.length > 0) GET_VISIBLE.bind(arguments);
  return this.artist.visible !== false;
} as unknown as Setter;

/** Replaces the drawn data of a plot line, keeping the data autoscaling read (matplotlib's dataLim). */
function replaceData(line: Line2D, x: Float64Array | null, y: Float64Array | null, given: { x?: unknown; y?: unknown }): void {
  const a = line.artist;
  if (a.kind !== "line") {
    axlineData(line, x, y);
    return;
  }
  const nx = (x ?? a.x).length;
  const ny = (y ?? a.y).length;
  if (nx !== ny) throw new ValueError(`x and y must have same first dimension, but have shapes (${nx},) and (${ny},)`);
  a.datalim ??= { x: a.x, y: a.y };
  if (x !== null) a.x = x;
  if (y !== null) a.y = y;
  const orig = line._orig ?? { x: undefined, y: undefined };
  line._orig = { x: "x" in given ? given.x : orig.x, y: "y" in given ? given.y : orig.y };
}

/** An axhline's data: x from / to in axes fractions, y the value twice (axvline the other way round). */
function axlineData(line: Line2D, x: Float64Array | null, y: Float64Array | null): void {
  const a = line.artist;
  if (a.kind !== "axline") return;
  const [span, at] = a.orient === "h" ? [x, y] : [y, x];
  if ((span !== null && span.length !== 2) || (at !== null && (at.length !== 2 || at[0] !== at[1]))) {
    throw new NotImplementedError("Line2D.set_data() on an axhline / axvline takes two ends along it and one value across it");
  }
  if (span !== null) [a.from, a.to] = [span[0], span[1]];
  if (at !== null) a.value = at[0];
}

P.set_data = function set_data(this: Line2D) {
  const args = SET_DATA.bind(arguments).args as unknown[];
  let x: unknown;
  let y: unknown;
  if (args.length === 2) [x, y] = args;
  else if (args.length === 1) {
    const xy = args[0];
    if (xy instanceof NDArray) {
      if (xy.ndim !== 2 || xy.shape[0] !== 2) throw new ValueError(`too many values to unpack (expected 2)`);
      [x, y] = [xy.get(0), xy.get(1)];
    } else if (Array.isArray(xy) && xy.length === 2) [x, y] = xy;
    else throw new ValueError(`too many values to unpack (expected 2)`);
  } else throw new PyTypeError(`set_data() takes 1 or 2 positional arguments but ${args.length} were given`);
  replaceData(this, values(x, "x"), values(y, "y"), { x, y });
};
P.set_xdata = function set_xdata(this: Line2D) {
  const { x } = SET_XDATA.bind(arguments);
  replaceData(this, values(x, "x"), null, { x });
};
P.set_ydata = function set_ydata(this: Line2D) {
  const { y } = SET_YDATA.bind(arguments);
  replaceData(this, null, values(y, "y"), { y });
};

const SIGS: [ReturnType<typeof sig>, string][] = [
  [SET_COLOR, "set_color"], [SET_C, "set_c"], [SET_LINEWIDTH, "set_linewidth"], [SET_LW, "set_lw"], [SET_LS, "set_ls"],
  [SET_MARKER, "set_marker"], [SET_MARKERSIZE, "set_markersize"], [SET_MS, "set_ms"], [SET_MARKERFACECOLOR, "set_markerfacecolor"],
  [SET_MARKEREDGECOLOR, "set_markeredgecolor"], [SET_MARKEREDGEWIDTH, "set_markeredgewidth"], [SET_ALPHA, "set_alpha"],
  [SET_LABEL, "set_label"], [SET_ZORDER, "set_zorder"], [SET_VISIBLE, "set_visible"], [GET_VISIBLE, "get_visible"],
  [SET_DATA, "set_data"], [SET_XDATA, "set_xdata"], [SET_YDATA, "set_ydata"],
];
for (const [s, name] of SIGS) pyfunction(s, P[name]);

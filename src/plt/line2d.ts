/**
 * matplotlib's Line2D as a plot checker reads it (ax.lines[i]): data, color, marker, style,
 * width and label of a line the figure model holds (plot, step, axhline / axvline, the lines of
 * boxplot and errorbar).
 */
import { NDArray } from "../np/ndarray";
import { float64, int64 } from "../np/dtype";
import type { LineArtist, SpanLineArtist } from "./artists";
import { lineStyle, type LineStyle } from "./fmt";
import { mplsig } from "./pysig";
import { pyfunction } from "../signature";
import { cssToRgba, RGBA } from "./rgba";
import { rcParams } from "./rcparams";

const LINESTYLE_CODES: Record<LineStyle, string> = { solid: "-", dashed: "--", dashdot: "-.", dotted: ":", none: "None" };

/** What plot was given for a line's data (x null: plot(y), which numbers the points; undefined: not known, floats). */
export interface OriginalData {
  x: unknown;
  y: unknown;
}

const GET_XDATA = mplsig("matplotlib.lines.Line2D.get_xdata(orig=True)", { types: { orig: "bool" } });
const GET_YDATA = mplsig("matplotlib.lines.Line2D.get_ydata(orig=True)", { types: { orig: "bool" } });
const GET_DATA = mplsig("matplotlib.lines.Line2D.get_data(orig=True)", { types: { orig: "bool" } });
const NO_ARGS = (name: string) => mplsig(`matplotlib.lines.Line2D.${name}()`);
const GETTERS = ["get_xydata", "get_color", "get_marker", "get_linestyle", "get_linewidth", "get_label", "get_markersize", "get_alpha", "get_markerfacecolor", "get_markeredgecolor", "get_markeredgewidth", "get_drawstyle", "get_zorder"] as const;
const SIGS = Object.fromEntries(GETTERS.map((n) => [n, NO_ARGS(n)]));
const SET_LINESTYLE = mplsig("matplotlib.lines.Line2D.set_linestyle(ls)", { types: { ls: "str" } });

function floats(values: ArrayLike<number>): NDArray {
  return NDArray.fromStorage(Float64Array.from(values), [values.length], float64);
}

/** `matplotlib.lines.Line2D`: one line of an Axes. */
export class Line2D {
  /** @internal */
  constructor(
    /** @internal The model line. */
    readonly artist: LineArtist | SpanLineArtist,
    /** @internal The label matplotlib gives an unlabelled artist (`_childN`). */
    private readonly _defaultLabel: string,
    /** @internal Strings the data was given as (categorical axes); set_data replaces it. */
    public _orig?: OriginalData,
  ) {}

  /** `Line2D.get_xdata(orig=True)`: the x data (axhline: [xmin, xmax] in axes fractions); strings as given for a categorical axis. */
  get_xdata(options?: { orig?: boolean }): NDArray | string[];
  get_xdata(): NDArray | string[] {
    const orig = arguments.length > 0 ? GET_XDATA.bind(arguments).orig : true;
    return this.data("x", orig);
  }

  /** `Line2D.get_ydata(orig=True)`: the y data. */
  get_ydata(options?: { orig?: boolean }): NDArray | string[];
  get_ydata(): NDArray | string[] {
    const orig = arguments.length > 0 ? GET_YDATA.bind(arguments).orig : true;
    return this.data("y", orig);
  }

  /** `Line2D.get_data(orig=True)`: [xdata, ydata]. */
  get_data(options?: { orig?: boolean }): [NDArray | string[], NDArray | string[]];
  get_data(): [NDArray | string[], NDArray | string[]] {
    const orig = arguments.length > 0 ? GET_DATA.bind(arguments).orig : true;
    return [this.data("x", orig), this.data("y", orig)];
  }

  private data(axis: "x" | "y", orig: boolean): NDArray | string[] {
    const a = this.artist;
    if (orig && this._orig !== undefined && a.kind === "line") {
      // matplotlib keeps the data as given: strings, an array, integers as int64
      const given = this._orig[axis];
      const values = axis === "x" ? a.x : a.y;
      if (given === null || given === undefined) return floats(values);
      if (Array.isArray(given) && typeof given[0] === "string") return given.map(String);
      if (given instanceof NDArray && given.ndim === 1) return given;
      if (Array.isArray(given) && given.every((v) => Number.isInteger(v))) return NDArray.fromStorage(Float64Array.from(values), [values.length], int64);
    }
    if (a.kind === "line") return floats(axis === "x" ? a.x : a.y);
    // an axline spans axes fractions along the other axis; integers given stay int64, as NumPy reads them
    const along = (a.orient === "h") === (axis === "x");
    const values = along ? [a.from, a.to] : [a.value, a.value];
    return values.every(Number.isInteger) ? NDArray.fromStorage(Float64Array.from(values), [2], int64) : floats(values);
  }

  /** `Line2D.get_xydata()`: the (N, 2) float64 array of (x, y) points. */
  get_xydata(): NDArray {
    if (arguments.length > 0) SIGS.get_xydata.bind(arguments);
    const x = this.data("x", false) as NDArray;
    const y = this.data("y", false) as NDArray;
    const n = x.size;
    const out = new Float64Array(2 * n);
    const xs = x.data as Float64Array;
    const ys = y.data as Float64Array;
    for (let i = 0; i < n; i++) {
      out[2 * i] = xs[i];
      out[2 * i + 1] = ys[i];
    }
    return NDArray.fromStorage(out, [n, 2], float64);
  }

  /** `Line2D.get_color()`: the line color (as a hex string where matplotlib keeps the name it was given). */
  get_color(): string {
    if (arguments.length > 0) SIGS.get_color.bind(arguments);
    return this.artist.color;
  }

  /** `Line2D.get_marker()`: the marker code, 'None' without markers. */
  get_marker(): string {
    if (arguments.length > 0) SIGS.get_marker.bind(arguments);
    const a = this.artist;
    return a.kind === "line" && a.marker !== undefined ? a.marker : "None";
  }

  /** `Line2D.get_linestyle()`: '-', '--', '-.', ':' or 'None'. */
  get_linestyle(): string {
    if (arguments.length > 0) SIGS.get_linestyle.bind(arguments);
    return LINESTYLE_CODES[this.artist.linestyle];
  }

  /**
   * `Line2D.set_linestyle(ls)`: '-', '--', '-.', ':', 'None', ' ', '' or the names 'solid',
   * 'dashed', 'dashdot', 'dotted'; the figure draws the new style.
   */
  set_linestyle(ls: string): void;
  set_linestyle(): void {
    const { ls } = SET_LINESTYLE.bind(arguments);
    this.artist.linestyle = lineStyle(String(ls));
  }

  /** `Line2D.get_linewidth()`: in points. */
  get_linewidth(): number {
    if (arguments.length > 0) SIGS.get_linewidth.bind(arguments);
    return this.artist.linewidth;
  }

  /** `Line2D.get_label()`: the label, `_childN` when none was given, null after set_label(null). */
  get_label(): string | null {
    if (arguments.length > 0) SIGS.get_label.bind(arguments);
    return this.artist.label ?? (this._labelCleared ? null : this._defaultLabel);
  }

  /** @internal set_label(None) left the line without a label (get_label gives None). */
  _labelCleared = false;

  /** `Line2D.get_markersize()`: in points. */
  get_markersize(): number {
    if (arguments.length > 0) SIGS.get_markersize.bind(arguments);
    const a = this.artist;
    return a.kind === "line" ? a.markersize : 6;
  }

  /** `Line2D.get_alpha()`: null (None) unless set. */
  get_alpha(): number | null {
    if (arguments.length > 0) SIGS.get_alpha.bind(arguments);
    return this.artist.alpha ?? null;
  }

  /** `Line2D.get_markerfacecolor()`: as an (r, g, b, a) tuple. */
  get_markerfacecolor(): RGBA {
    if (arguments.length > 0) SIGS.get_markerfacecolor.bind(arguments);
    const a = this.artist;
    return cssToRgba(a.kind === "line" ? a.markerfacecolor ?? a.color : a.color);
  }

  /** `Line2D.get_markeredgecolor()`: as an (r, g, b, a) tuple. */
  get_markeredgecolor(): RGBA {
    if (arguments.length > 0) SIGS.get_markeredgecolor.bind(arguments);
    const a = this.artist;
    return cssToRgba(a.kind === "line" ? a.markeredgecolor ?? a.color : a.color);
  }

  /** `Line2D.get_markeredgewidth()`: in points (rcParams["lines.markeredgewidth"], 1.0, unless set). */
  get_markeredgewidth(): number {
    if (arguments.length > 0) SIGS.get_markeredgewidth.bind(arguments);
    const a = this.artist;
    return (a.kind === "line" ? a.markeredgewidth : undefined) ?? Number(rcParams["lines.markeredgewidth"] ?? 1);
  }

  /** `Line2D.get_drawstyle()`: 'default', or step's 'steps-pre' / 'steps-post' / 'steps-mid'. */
  get_drawstyle(): string {
    if (arguments.length > 0) SIGS.get_drawstyle.bind(arguments);
    const a = this.artist;
    return (a.kind === "line" ? a.drawstyle : undefined) ?? "default";
  }

  /** `Line2D.get_zorder()`. */
  get_zorder(): number {
    if (arguments.length > 0) SIGS.get_zorder.bind(arguments);
    return this.artist.zorder ?? 2;
  }

  toString(): string {
    return `Line2D(${this.get_label()})`;
  }
}

const P = Line2D.prototype as unknown as Record<string, Function>;
pyfunction(GET_XDATA, P.get_xdata);
pyfunction(GET_YDATA, P.get_ydata);
pyfunction(GET_DATA, P.get_data);
for (const n of GETTERS) pyfunction(SIGS[n], P[n]);
pyfunction(SET_LINESTYLE, P.set_linestyle);

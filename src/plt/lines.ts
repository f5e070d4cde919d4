/** Axes.plot, Axes.axhline and Axes.axvline: their signatures and the lines they add. */
import { isPlainObject } from "../signature";
import type { Axes } from "./axes";
import type { LineArtist, SpanLineArtist } from "./artists";
import { linesFromArgs } from "./plotargs";
import { lineProps, LINE2D_KEYWORDS, LINE2D_TYPES } from "./line_props";
import { LINE2D, mplsig } from "./pysig";
import { rcParams } from "./rcparams";
import { toCss } from "./colors";
import { withRepr, artistRepr } from "./pyobjects";
import { lineOf, remember } from "./artist_lists";
import { Line2D } from "./line2d";

export const PLOT = mplsig(`matplotlib.axes.Axes.plot(*args, scalex=True, scaley=True, data=None, ${LINE2D_KEYWORDS})`, {
  types: { ...LINE2D_TYPES, scalex: "bool", scaley: "bool" },
  unsupported: ["data"],
  kwargs: LINE2D,
});

/** The Line2D keywords an axline draws (no markers: matplotlib would put them at both ends). */
const AXLINE_KEYWORDS = "color=None, c=None, linewidth=None, lw=None, linestyle=None, ls=None, alpha=None, label=None, zorder=None";
const AXLINE_TYPES = { linewidth: "float|None", lw: "float|None", linestyle: "str|None", ls: "str|None", alpha: "float|None", zorder: "float|None" } as const;

export const AXHLINE = mplsig(`matplotlib.axes.Axes.axhline(y=0, xmin=0, xmax=1, *, ${AXLINE_KEYWORDS})`, {
  types: { ...AXLINE_TYPES, y: "float", xmin: "float", xmax: "float" },
  kwargs: LINE2D,
});

export const AXVLINE = mplsig(`matplotlib.axes.Axes.axvline(x=0, ymin=0, ymax=1, *, ${AXLINE_KEYWORDS})`, {
  types: { ...AXLINE_TYPES, x: "float", ymin: "float", ymax: "float" },
  kwargs: LINE2D,
});

const NO_PROPS = {};
const SCALE_BOTH = { scalex: true, scaley: true };

/** plot(*args, **kwargs) on `ax`: adds the lines and returns them (the figure model's). */
export function drawPlot(ax: Axes, args: ArrayLike<unknown>): LineArtist[] {
  let lines: LineArtist[];
  const last = args[args.length - 1];
  if (args.length > 0 && (isPlainObject(last) || last === undefined)) {
    const b = PLOT.bind(args);
    lines = linesFromArgs(b.args, lineProps(b), { scalex: b.scalex, scaley: b.scaley }, () => ax.nextColor());
  } else {
    // the common call, plot(x, y, fmt): no keywords to bind
    lines = linesFromArgs(Array.prototype.slice.call(args), NO_PROPS, SCALE_BOTH, () => ax.nextColor());
  }
  ax.artists.push(...lines);
  return lines;
}

/** The Line2D of a container's line (errorbar's, stem's): matplotlib labels a container's parts '_nolegend_'. */
export function containerLine(a: LineArtist): Line2D {
  return remember(new Line2D(a, "_nolegend_"));
}

/** The Line2D objects ax.lines lists for lines just added, as a list printed as matplotlib prints it. */
export function line2dList(ax: Axes, lines: readonly LineArtist[]): Line2D[] {
  const out = lines.map((l) => lineOf(ax, l));
  return withRepr(out, () => `[${lines.map((l) => artistRepr(l.kind)).join(", ")}]`, ax.figure);
}

/** axhline / axvline on `ax`: a line across the axes at a data value, spanning a fraction; returns its Line2D. */
export function drawSpanLine(ax: Axes, orient: "h" | "v", args: ArrayLike<unknown>): Line2D {
  const b = (orient === "h" ? AXHLINE : AXVLINE).bind(args);
  const p = lineProps(b);
  const artist: SpanLineArtist = {
    kind: "axline", orient,
    value: orient === "h" ? b.y : b.x,
    from: orient === "h" ? b.xmin : b.ymin,
    to: orient === "h" ? b.xmax : b.ymax,
    // matplotlib's Line2D default (rcParams["lines.color"], C0): axlines do not take a cycle color
    color: p.color ?? toCss(String(rcParams["lines.color"] ?? "C0")),
    linewidth: p.linewidth ?? rcParams["lines.linewidth"],
    linestyle: p.linestyle ?? "solid",
    alpha: p.alpha, label: p.label,
  };
  if (p.zorder !== undefined) artist.zorder = p.zorder;
  const [a0, a1] = orient === "h" ? ax.get_ylim() : ax.get_xlim();
  if (artist.value >= Math.min(a0, a1) && artist.value <= Math.max(a0, a1)) artist.scale = false;
  ax.artists.push(artist);
  return withRepr(lineOf(ax, artist), () => artistRepr("line"), ax.figure);
}


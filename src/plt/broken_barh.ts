/**
 * Axes.broken_barh and plt.broken_barh: horizontal rectangles (xmin, xwidth) spanning one y
 * range, one PolyCollection (matplotlib's BrokenBarHCollection) in rcParams["patch.facecolor"].
 */
import { AttributeError, NotImplementedError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import type { FillArtist } from "./artists";
import type { ColorLike } from "./colors";
import { toCss } from "./colors";
import { alias, KwargsSink, mplsig } from "./pysig";
import { patchProps } from "./patch_props";
import { ARTIST_PROPERTIES } from "./properties";
import { rcParams } from "./rcparams";
import { childrenOf } from "./artist_lists";
import type { PolyCollection } from "./artist_api";
import { gca } from "./pyplot";

const COLLECTION: KwargsSink = {
  known: new Set(ARTIST_PROPERTIES.PathCollection),
  refuse: (key) => new AttributeError(`BrokenBarHCollection.set() got an unexpected keyword argument '${key}'`),
};

const BROKEN_BARH = mplsig(
  "matplotlib.axes.Axes.broken_barh(xranges, yrange, *, data=None, color=None, facecolor=None, facecolors=None, fc=None, edgecolor=None, edgecolors=None, ec=None, " +
    "linewidth=None, linewidths=None, lw=None, alpha=None, zorder=None, label=None)",
  {
    types: { xranges: "sequence", yrange: "sequence", linewidth: "float|None", linewidths: "float|None", lw: "float|None", alpha: "float|None", zorder: "float|None", label: "str|None" },
    unsupported: ["data"],
    kwargs: COLLECTION,
  },
);

/** Options of `broken_barh`: the collection's colors, width, alpha, zorder and label. */
export interface BrokenBarhOptions {
  data?: null;
  color?: ColorLike | null;
  facecolor?: ColorLike | null;
  facecolors?: ColorLike | null;
  fc?: ColorLike | null;
  edgecolor?: ColorLike | null;
  edgecolors?: ColorLike | null;
  ec?: ColorLike | null;
  linewidth?: number | null;
  linewidths?: number | null;
  lw?: number | null;
  alpha?: number | null;
  zorder?: number | null;
  label?: string | null;
}

declare module "./axes" {
  interface Axes {
    /** `Axes.broken_barh(xranges, yrange, *, data=None, **kwargs)`: rectangles [xmin, xmin + xwidth] x [ymin, ymin + yheight], one PolyCollection. */
    broken_barh(xranges: readonly (readonly [number, number])[], yrange: readonly [number, number], options?: BrokenBarhOptions): PolyCollection;
  }
}

function drawBrokenBarh(ax: Axes, args: ArrayLike<unknown>): PolyCollection {
  const b = BROKEN_BARH.bind(args);
  const ranges = Array.from(b.xranges as ArrayLike<ArrayLike<number>>);
  for (const r of ranges) if (r.length !== 2) throw new ValueError("each range in xrange must be a sequence with two elements (i.e. an Nx2 array)");
  if (b.yrange.length !== 2) throw new ValueError(`${b.yrange.length > 2 ? "too many" : "not enough"} values to unpack (expected 2${b.yrange.length > 2 ? "" : `, got ${b.yrange.length}`})`);
  const [y0, h] = [Number(b.yrange[0]), Number(b.yrange[1])];
  const n = ranges.length;
  // each rectangle is one run of a fill between y0 and y0 + h over [x, x + w]
  const t = new Float64Array(2 * n);
  const lo = new Float64Array(2 * n).fill(y0);
  const hi = new Float64Array(2 * n).fill(y0 + h);
  const run = new Int32Array(2 * n);
  ranges.forEach((r, i) => {
    t[2 * i] = Number(r[0]);
    t[2 * i + 1] = Number(r[0]) + Number(r[1]);
    run[2 * i] = run[2 * i + 1] = i;
  });
  const face = alias<ColorLike>(b, "facecolors", "facecolor", "fc") ?? b.color ?? rcParams["patch.facecolor"];
  const edge = alias<ColorLike>(b, "edgecolors", "edgecolor", "ec") ?? (b.color != null ? b.color : null);
  for (const [name, v] of [["facecolor", face], ["edgecolor", edge]] as const) {
    if (Array.isArray(v) && (typeof v[0] === "string" || Array.isArray(v[0]))) throw new NotImplementedError(`broken_barh() one ${name} per rectangle is not supported yet`);
  }
  const p = patchProps({ alpha: b.alpha, zorder: b.zorder });
  const artist: FillArtist = { kind: "fill", orient: "v", t, lo, hi, run, color: toCss(face as ColorLike, "facecolor", "rgba") };
  if (edge != null) artist.edgecolor = toCss(edge as ColorLike, "edgecolor", "rgba");
  const lw = alias<number>(b, "linewidths", "linewidth", "lw");
  if (lw != null) artist.linewidth = lw;
  if (p.alpha !== undefined) artist.alpha = p.alpha;
  if (p.zorder !== undefined) artist.zorder = p.zorder;
  if (b.label != null) artist.label = String(b.label);
  ax.artists.push(artist);
  const cols = childrenOf(ax).collections;
  return cols[cols.length - 1] as PolyCollection;
}

Axes.prototype.broken_barh = function broken_barh(this: Axes): PolyCollection {
  return drawBrokenBarh(this, arguments);
};
pyfunction(BROKEN_BARH, Axes.prototype.broken_barh);

/** `plt.broken_barh(xranges, yrange, *, data=None, **kwargs)` on the current axes. */
export function broken_barh(xranges: readonly (readonly [number, number])[], yrange: readonly [number, number], options?: BrokenBarhOptions): PolyCollection;
export function broken_barh(...args: unknown[]): PolyCollection {
  return (gca().broken_barh as (...a: unknown[]) => PolyCollection)(...args);
}
pyfunction(BROKEN_BARH.twin("matplotlib.pyplot.broken_barh"), broken_barh);

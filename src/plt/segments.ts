/**
 * Axes.hlines and Axes.vlines: one segment per value, as matplotlib's LineCollection (colors
 * default rcParams["lines.color"], width rcParams["lines.linewidth"]).
 */
import { AttributeError, ValueError } from "../errors";
import type { Axes } from "./axes";
import type { SegmentsArtist } from "./artists";
import { checkAlpha, toCss, type ColorLike } from "./colors";
import { read1d, type NDArrayLike } from "./data";
import { lineStyle, type LineStyle } from "./fmt";
import { colors, perItem } from "./patch_props";
import { ARTIST_PROPERTIES } from "./properties";
import { alias, KwargsSink, mplsig } from "./pysig";
import { rcParams } from "./rcparams";
import { withRepr, artistRepr } from "./pyobjects";

/** **kwargs of a LineCollection (matplotlib's Collection properties). */
const LINE_COLLECTION: KwargsSink = {
  known: new Set(ARTIST_PROPERTIES.PathCollection),
  refuse: (key) => new AttributeError(`LineCollection.set() got an unexpected keyword argument '${key}'`),
};

const KEYWORDS = "linewidth=None, lw=None, alpha=None, zorder=None";
const TYPES = { linewidth: "float|None", lw: "float|None", alpha: "float|None", zorder: "float|None", linestyles: "str", label: "str" } as const;

export const HLINES = mplsig(`matplotlib.axes.Axes.hlines(y, xmin, xmax, colors=None, linestyles='solid', label='', *, data=None, ${KEYWORDS})`, {
  types: TYPES, unsupported: ["data"], kwargs: LINE_COLLECTION,
});
export const VLINES = mplsig(`matplotlib.axes.Axes.vlines(x, ymin, ymax, colors=None, linestyles='solid', label='', *, data=None, ${KEYWORDS})`, {
  types: TYPES, unsupported: ["data"], kwargs: LINE_COLLECTION,
});

/** Options of `Axes.hlines` / `vlines`. */
export interface SegmentsOptions {
  colors?: ColorLike | readonly ColorLike[] | null;
  linestyles?: string;
  label?: string;
  data?: null;
  linewidth?: number | null;
  lw?: number | null;
  alpha?: number | null;
  zorder?: number | null;
}

/** Scalars or arrays broadcast to one length, as numpy does for hlines' y, xmin, xmax. */
function broadcastAll(arrays: Float64Array[]): Float64Array[] {
  const n = Math.max(...arrays.map((a) => a.length));
  return arrays.map((a) => {
    if (a.length === n) return a;
    if (a.length === 1) return new Float64Array(n).fill(a[0]);
    throw new ValueError(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (${arrays[0].length},) and arg ${arrays.indexOf(a)} with shape (${a.length},).`);
  });
}

/** A LineCollection's linestyle, refused in its words. */
function segmentStyle(ls: string): LineStyle {
  try {
    return lineStyle(ls);
  } catch {
    throw new ValueError(`Do not know how to convert '${ls}' to dashes`);
  }
}

/** hlines (orient "h") / vlines ("v") on `ax`. */
export function drawSegments(ax: Axes, orient: "h" | "v", args: ArrayLike<unknown>): SegmentsArtist {
  const b = (orient === "h" ? HLINES : VLINES).bind(args);
  const names = orient === "h" ? ["y", "xmin", "xmax"] : ["x", "ymin", "ymax"];
  const [value, lo, hi] = broadcastAll(names.map((k) => read1d(b[k] as NDArrayLike | number, k)));
  const color = b.colors != null ? colors(b.colors, "colors", "rgba") : toCss(String(rcParams["lines.color"] ?? "C0"));
  const artist: SegmentsArtist = {
    kind: "segments", orient, value, lo, hi,
    color: perItem(color, value.length),
    linewidth: alias<number>(b, "linewidth", "lw") ?? rcParams["lines.linewidth"],
    linestyle: segmentStyle(b.linestyles),
  };
  if (b.label !== "") artist.label = b.label;
  if (b.alpha != null) artist.alpha = checkAlpha(b.alpha);
  if (b.zorder != null) artist.zorder = b.zorder;
  ax.artists.push(artist);
  return withRepr(artist, () => artistRepr("segments"), ax.figure);
}

/**
 * Axes.axhspan and Axes.axvspan: a band between two data values across a fraction of the axes,
 * as matplotlib's Polygon (face rcParams["patch.facecolor"], not the cycle; no edge).
 */
import { AttributeError } from "../errors";
import type { Axes } from "./axes";
import type { SpanArtist } from "./artists";
import { checkAlpha, toCss } from "./colors";
import { ARTIST_PROPERTIES } from "./properties";
import { alias, KwargsSink, mplsig } from "./pysig";
import { CollectionStyleOptions, collectionColors, COLLECTION_KEYWORDS, COLLECTION_TYPES } from "./fills";
import { withRepr, artistRepr } from "./pyobjects";

/** **kwargs of a Polygon (a Patch's properties). */
const POLYGON: KwargsSink = {
  known: new Set(ARTIST_PROPERTIES.Rectangle),
  refuse: (key) => new AttributeError(`Polygon.set() got an unexpected keyword argument '${key}'`),
};

const SPAN_SPEC = { types: { ...COLLECTION_TYPES }, kwargs: POLYGON } as const;

export const AXHSPAN = mplsig(`matplotlib.axes.Axes.axhspan(ymin, ymax, xmin=0, xmax=1, *, ${COLLECTION_KEYWORDS})`, {
  ...SPAN_SPEC, types: { ...SPAN_SPEC.types, ymin: "float", ymax: "float", xmin: "float", xmax: "float" },
});
export const AXVSPAN = mplsig(`matplotlib.axes.Axes.axvspan(xmin, xmax, ymin=0, ymax=1, *, ${COLLECTION_KEYWORDS})`, {
  ...SPAN_SPEC, types: { ...SPAN_SPEC.types, xmin: "float", xmax: "float", ymin: "float", ymax: "float" },
});

/** Options of `Axes.axhspan` / `axvspan`. */
export interface SpanOptions extends CollectionStyleOptions {
  xmin?: number;
  xmax?: number;
  ymin?: number;
  ymax?: number;
}

/** axhspan (orient "h") / axvspan ("v") on `ax`. */
export function drawSpan(ax: Axes, orient: "h" | "v", args: ArrayLike<unknown>): SpanArtist {
  const b = (orient === "h" ? AXHSPAN : AXVSPAN).bind(args);
  // matplotlib's rcParams["patch.facecolor"] is 'C0'
  const { face, edge } = collectionColors(b, () => toCss("C0"));
  const artist: SpanArtist = orient === "h"
    ? { kind: "span", orient, lo: b.ymin, hi: b.ymax, from: b.xmin, to: b.xmax, color: face }
    : { kind: "span", orient, lo: b.xmin, hi: b.xmax, from: b.ymin, to: b.ymax, color: face };
  if (edge !== undefined) artist.edgecolor = edge;
  const lw = alias<number>(b, "linewidth", "lw");
  if (lw !== null) artist.linewidth = lw;
  if (b.alpha != null) artist.alpha = checkAlpha(b.alpha);
  if (b.label != null) artist.label = b.label;
  if (b.zorder != null) artist.zorder = b.zorder;
  ax.artists.push(artist);
  return withRepr(artist, () => artistRepr("span"), ax.figure);
}

/**
 * Axes.fill_between and Axes.fill_betweenx: the area between two curves, as matplotlib's
 * PolyCollection (one polygon per contiguous run of `where`), face color from the patch cycle.
 */
import { AttributeError, ValueError } from "../errors";
import type { Bound } from "../signature";
import type { Axes } from "./axes";
import type { FillArtist } from "./artists";
import type { ColorLike } from "./colors";
import { checkAlpha, toCss } from "./colors";
import { read1d, type NDArrayLike } from "./data";
import { ARTIST_PROPERTIES } from "./properties";
import { alias, KwargsSink, mplsig } from "./pysig";
import { withRepr, artistRepr } from "./pyobjects";

/** **kwargs of a PolyCollection (matplotlib's Collection properties). */
export const POLY_COLLECTION: KwargsSink = {
  known: new Set(ARTIST_PROPERTIES.PathCollection),
  refuse: (key) => new AttributeError(`PolyCollection.set() got an unexpected keyword argument '${key}'`),
};

/** Collection keywords plt draws on filled areas. */
export const COLLECTION_KEYWORDS = "color=None, facecolor=None, fc=None, edgecolor=None, ec=None, linewidth=None, lw=None, alpha=None, label=None, zorder=None";
export const COLLECTION_TYPES = { linewidth: "float|None", lw: "float|None", alpha: "float|None", zorder: "float|None", label: "str|None" } as const;

const FILL_SPEC = {
  types: { ...COLLECTION_TYPES, interpolate: "bool" },
  unsupported: ["interpolate", "step", "data"],
  kwargs: POLY_COLLECTION,
} as const;

export const FILL_BETWEEN = mplsig(`matplotlib.axes.Axes.fill_between(x, y1, y2=0, where=None, interpolate=False, step=None, *, data=None, ${COLLECTION_KEYWORDS})`, FILL_SPEC);
export const FILL_BETWEENX = mplsig(`matplotlib.axes.Axes.fill_betweenx(y, x1, x2=0, where=None, step=None, interpolate=False, *, data=None, ${COLLECTION_KEYWORDS})`, FILL_SPEC);

/** The Collection keywords fill_between and the spans draw (COLLECTION_KEYWORDS). */
export interface CollectionStyleOptions {
  color?: ColorLike | null;
  facecolor?: ColorLike | null;
  fc?: ColorLike | null;
  edgecolor?: ColorLike | null;
  ec?: ColorLike | null;
  linewidth?: number | null;
  lw?: number | null;
  alpha?: number | null;
  label?: string | null;
  zorder?: number | null;
}

/** Options of `Axes.fill_between` / `fill_betweenx`. */
export interface FillOptions extends CollectionStyleOptions {
  where?: readonly boolean[] | NDArrayLike | null;
  interpolate?: boolean;
  step?: "pre" | "post" | "mid" | null;
  data?: null;
}

/** A Collection's face and edge from color / facecolor / edgecolor (color sets both, as Collection.set_color). */
export function collectionColors(b: Bound, nextFace: () => string): { face: string; edge?: string } {
  const color = b.color != null ? toCss(b.color, "color", "color") : null;
  const fc = alias<ColorLike>(b, "facecolor", "fc");
  const ec = alias<ColorLike>(b, "edgecolor", "ec");
  const face = fc !== null ? toCss(fc, "facecolor", "color") : color ?? nextFace();
  const edge = ec !== null ? toCss(ec, "edgecolor", "color") : color ?? undefined;
  return { face, edge };
}

/** One value per point: a scalar or a length-n array (numpy broadcasting of fill_between's curves). */
function broadcast(v: NDArrayLike | number, n: number, what: string): Float64Array {
  const a = read1d(v, what);
  if (a.length === n) return a;
  if (a.length === 1) return new Float64Array(n).fill(a[0]);
  throw new ValueError(`operands could not be broadcast together with shapes (${n},) (${a.length},)`);
}

/** fill_between (orient "v") / fill_betweenx ("h") on `ax`. */
export function drawFill(ax: Axes, orient: "v" | "h", args: ArrayLike<unknown>): FillArtist {
  const sig = orient === "v" ? FILL_BETWEEN : FILL_BETWEENX;
  const b = sig.bind(args);
  const [tName, aName, bName] = orient === "v" ? ["x", "y1", "y2"] : ["y", "x1", "x2"];
  const t = read1d(b[tName], tName);
  const n = t.length;
  const lo = broadcast(b[aName], n, aName);
  const hi = broadcast(b[bName], n, bName);
  const run = new Int32Array(n);
  if (b.where != null) {
    const where = Array.from(read1d(b.where as NDArrayLike, "where"), Boolean);
    if (where.length !== n) throw new ValueError(`where size (${where.length}) does not match ${tName} size (${n})`);
    let id = -1;
    for (let i = 0; i < n; i++) {
      if (where[i] && (i === 0 || !where[i - 1])) id++;
      run[i] = where[i] ? id : -1;
    }
  }
  const { face, edge } = collectionColors(b, () => ax.nextPatchColor());
  const artist: FillArtist = { kind: "fill", orient, t, lo, hi, run, color: face };
  if (edge !== undefined) artist.edgecolor = edge;
  const lw = alias<number>(b, "linewidth", "lw");
  if (lw !== null) artist.linewidth = lw;
  if (b.alpha != null) artist.alpha = checkAlpha(b.alpha);
  if (b.label != null) artist.label = b.label;
  if (b.zorder != null) artist.zorder = b.zorder;
  ax.artists.push(artist);
  return withRepr(artist, () => artistRepr("fill"), ax.figure);
}

/** Axes.scatter: its signature, sizes in points^2, colors from `c` (colors or numbers through a cmap). */
import type { Normalize } from "./norms";
import { normArg } from "./norm_arg";
import { PyTypeError, ValueError } from "../errors";
import { isPlainObject, type Bound } from "../signature";
import type { Axes } from "./axes";
import type { ScatterArtist } from "./artists";
import { NDArrayLike, read1d, readArray, finiteRange } from "./data";
import { checkAlpha, ColorLike } from "./colors";
import { Colormap, cmapHex } from "./colormaps";
import { resolveCmap } from "./cmap_arg";
import { markerShape, markerUnfilled } from "./fmt";
import { alias, mplsig, PATH_COLLECTION } from "./pysig";
import { rcParams } from "./rcparams";
import { colors } from "./patch_props";
import { withRepr, artistRepr } from "./pyobjects";

export const SCATTER = mplsig(
  "matplotlib.axes.Axes.scatter(x, y, s=None, c=None, marker=None, cmap=None, norm=None, vmin=None, vmax=None, alpha=None, " +
    "linewidths=None, *, edgecolors=None, plotnonfinite=False, data=None, color=None, facecolor=None, facecolors=None, fc=None, " +
    "edgecolor=None, ec=None, linewidth=None, lw=None, label=None, zorder=None)",
  {
    types: { marker: "str|None", vmin: "float|None", vmax: "float|None", alpha: "float|None", linewidths: "float|None", linewidth: "float|None", lw: "float|None", zorder: "float|None", plotnonfinite: "bool" },
    unsupported: ["plotnonfinite"],
    kwargs: PATH_COLLECTION,
  },
);

/** Options of `scatter` (matplotlib's parameters and the PathCollection keywords plt draws). */
export interface ScatterOptions {
  x?: NDArrayLike;
  y?: NDArrayLike;
  /** Marker area in points^2 (one or one per point). */
  s?: number | NDArrayLike | string | null;
  /** A color, a list of colors, or numbers mapped through `cmap`. */
  c?: ColorLike | readonly ColorLike[] | NDArrayLike | null;
  marker?: string | null;
  cmap?: string | Colormap | null;
  /** A norm object (plt.colors.LogNorm() ...) mapping numeric `c` onto the colormap. */
  norm?: Normalize | null;
  vmin?: number | null;
  vmax?: number | null;
  alpha?: number | null;
  linewidths?: number | null;
  edgecolors?: ColorLike | readonly ColorLike[] | "face" | "none" | null;
  plotnonfinite?: boolean;
  /** Columns by name: x, y, s, c and the colour and width arguments may then be column names. */
  data?: Record<string, unknown> | null;
  color?: ColorLike | readonly ColorLike[] | null;
  facecolor?: ColorLike | readonly ColorLike[] | null;
  facecolors?: ColorLike | readonly ColorLike[] | null;
  fc?: ColorLike | readonly ColorLike[] | null;
  edgecolor?: ColorLike | readonly ColorLike[] | "face" | "none" | null;
  ec?: ColorLike | readonly ColorLike[] | "face" | "none" | null;
  linewidth?: number | null;
  lw?: number | null;
  label?: string | null;
  zorder?: number | null;
}

/** What scatter returns (matplotlib's PathCollection): the artist and its axes, for colorbar. */
export class PathCollection {
  /** @internal */
  constructor(
    readonly artist: ScatterArtist,
    readonly axes: { colorbarMapping: unknown },
  ) {}
}

function isColorSequence(c: unknown, n: number): boolean {
  if (!Array.isArray(c) || c.length === 0) return false;
  if (typeof c[0] === "string") return true;
  // rows of RGB(A) floats, one per point
  return Array.isArray(c[0]) && (c[0].length === 3 || c[0].length === 4) && !(c.length === n && c[0].length === n);
}

/** How many numbers c holds (nested lists counted whole), or false when it is not all numbers. */
function numericSize(c: unknown): number | false {
  if (Array.isArray(c)) {
    let total = 0;
    for (const v of c) {
      if (typeof v === "number") total += 1;
      else if (Array.isArray(v) && v.every((u) => typeof u === "number")) total += v.length;
      else return false;
    }
    return total;
  }
  if (typeof c === "number") return 1;
  if (ArrayBuffer.isView(c)) return (c as unknown as ArrayLike<number>).length;
  if (typeof c === "object" && c !== null && "shape" in c) return (c as { shape: number[] }).shape.reduce((p, d) => p * d, 1);
  return false;
}

/** numbers mapped one per point: a flat array or a single column of n values. */
function isMapped(c: unknown, n: number): boolean {
  if (numericSize(c) !== n) return false;
  if (Array.isArray(c)) return c.every((v) => typeof v === "number" || (Array.isArray(v) && v.length === 1));
  if (typeof c === "object" && c !== null && "shape" in c) return (c as { shape: number[] }).shape.filter((d) => d !== 1).length <= 1;
  return true;
}

function faceList(v: unknown, n: number, what: string): string | string[] {
  const out = colors(v, what, "color");
  if (Array.isArray(out) && out.length !== 1 && out.length !== n) {
    throw new ValueError(`'c' argument has ${out.length} elements, which is inconsistent with 'x' and 'y' with size ${n}.`);
  }
  return Array.isArray(out) && out.length === 1 ? out[0] : out;
}

function edgeSpec(v: unknown, n: number): string | string[] | undefined {
  if (v === "face") return undefined;
  if (v === "none" || v === "None") return "transparent";
  return faceList(v, n, "edgecolor");
}

/** The arguments matplotlib looks up in `data` when they are strings naming one of its keys. */
const DATA_NAMES = ["x", "y", "s", "linewidths", "edgecolors", "c", "facecolor", "facecolors", "color"];

/**
 * matplotlib's `data=`: each of DATA_NAMES given as a string that is a key of data becomes that
 * column (other strings, such as colour names, stay); the label defaults to y's key.
 */
function withData(b: Bound): Bound {
  const data = b.data;
  if (data == null) return b;
  if (!isPlainObject(data)) throw new PyTypeError(`data must be a record of columns, not ${typeof data}`);
  const has = (k: unknown): k is string => typeof k === "string" && Object.prototype.hasOwnProperty.call(data, k);
  const out: Bound = { ...b };
  if (out.label == null && has(b.y)) out.label = b.y;
  for (const name of DATA_NAMES) if (has(b[name])) out[name] = (data as Record<string, unknown>)[b[name] as string];
  return out;
}

/**
 * scatter's arguments with `data=` resolved, as matplotlib resolves them before any unit
 * conversion (a column name is not a category).
 */
export function resolveScatterData(args: ArrayLike<unknown>): ArrayLike<unknown> {
  const last = args[args.length - 1];
  if (!isPlainObject(last) || last.data == null) return args;
  const { x, y, data: _data, ...rest } = withData(SCATTER.bind(args));
  return [x, y, rest];
}

/** scatter(x, y, ...) on `ax`. */
export function drawScatter(ax: Axes, args: ArrayLike<unknown>): PathCollection {
  const b: Bound = SCATTER.bind(args);
  const x = read1d(b.x, "x");
  const y = read1d(b.y, "y");
  if (x.length !== y.length) throw new ValueError("x and y must be the same size");
  const n = x.length;
  let size: number | Float64Array = rcParams["lines.markersize"] ** 2;
  if (b.s != null) {
    if (typeof b.s === "number") size = b.s;
    else {
      const s = read1d(b.s, "s");
      if (s.length !== 1 && s.length !== n) throw new ValueError("s must be a scalar, or float array-like with the same size as x and y");
      size = s.length === 1 ? s[0] : s;
    }
  }
  // matplotlib's _parse_scatter_color_args
  let facecolors = b.facecolors ?? null;
  if (b.facecolor != null) facecolors = b.facecolor;
  let edgecolors = b.edgecolor ?? b.edgecolors ?? null;
  const kwcolor = b.color ?? null;
  if (kwcolor !== null && b.c != null) {
    throw new ValueError("Supply a 'c' argument or a 'color' kwarg but not both; they differ but their functionalities overlap.");
  }
  if (kwcolor !== null) {
    try {
      colors(kwcolor, "color", "color");
    } catch {
      throw new ValueError("'color' kwarg must be a color or sequence of color specs.  For a sequence of values to be color-mapped, use the 'c' argument instead.");
    }
    edgecolors ??= kwcolor;
    facecolors ??= kwcolor;
  }
  edgecolors ??= "face";
  let color: string | string[] = [];
  let mapping: ScatterArtist["mapping"];
  const c = b.c ?? facecolors;
  const numeric = c !== null && typeof c !== "string" && numericSize(c);
  if (c === null) {
    color = ax.nextPatchColor();
  } else if (!isMapped(c, n)) {
    // not numbers mapped one per point: colors, as matplotlib's to_rgba_array reads them
    try {
      color = faceList(c, n, "c");
    } catch (e) {
      if (typeof numeric === "number") throw new ValueError(`'c' argument has ${numeric} elements, which is inconsistent with 'x' and 'y' with size ${n}.`);
      if (typeof c === "string" || isColorSequence(c, n)) throw new ValueError(`'c' argument must be a color, a sequence of colors, or a sequence of numbers, not ${Array.isArray(c) ? `[${c.map((v) => (typeof v === "string" ? `'${v}'` : String(v))).join(", ")}]` : String(c)}`);
      throw e;
    }
  } else {
    const { values } = readArray(c as NDArrayLike, "c");
    const cmap = resolveCmap(b.cmap, "cmap");
    const norm = normArg(b.norm, b.vmin, b.vmax);
    if (norm) {
      norm._prepare(values);
      color = Array.from(values, (v) => cmapHex(cmap, norm._position(v)));
      mapping = { cmap, vmin: norm.vmin!, vmax: norm.vmax!, norm };
    }
    const [lo, hi] = finiteRange(values);
    const vmin: number = b.vmin ?? lo;
    const vmax: number = b.vmax ?? hi;
    if (vmin > vmax) throw new ValueError("minvalue must be less than or equal to maxvalue");
    const span = vmax - vmin;
    if (!norm) {
      color = Array.from(values, (v) => cmapHex(cmap, span === 0 ? 0 : (v - vmin) / span));
      mapping = { cmap, vmin, vmax };
    }
  }
  if (b.fc != null) color = faceList(b.fc, n, "fc");
  const ec = b.ec != null ? b.ec : edgecolors;
  const marker = b.marker ?? String(rcParams["scatter.marker"] ?? "o");
  markerShape(marker);
  const lw = alias<number>(b, "linewidths", "linewidth", "lw");
  const artist: ScatterArtist = {
    kind: "scatter", x, y, color, size, marker,
    alpha: b.alpha == null ? undefined : checkAlpha(b.alpha),
    edgecolor: markerUnfilled(marker) ? undefined : edgeSpec(ec, n),
    linewidth: lw ?? (markerUnfilled(marker) ? rcParams["lines.linewidth"] : 1.0),
    label: b.label == null ? undefined : String(b.label), mapping,
  };
  if (b.zorder != null) artist.zorder = b.zorder;
  ax.artists.push(artist);
  return withRepr(new PathCollection(artist, ax), () => artistRepr("scatter"), ax.figure);
}


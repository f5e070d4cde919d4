/**
 * Axes.contour / Axes.contourf: matplotlib's QuadContourSet. Arguments as matplotlib reads
 * them (`[X, Y,] Z, [levels]`), levels from MaxNLocator, paths from marching squares
 * (contour_generator.ts), colors from `colors` or a colormap over the levels, line widths and
 * styles per level (negative levels dashed when the lines have one color).
 */
import { LogNorm, type Normalize } from "./norms";
import { normArg } from "./norm_arg";
import { NotImplementedError, PyTypeError, ValueError } from "../errors";
import { NDArray } from "../np/ndarray";
import { float64, uint8 } from "../np/dtype";
import type { Bound } from "../signature";
import type { Axes } from "./axes";
import type { ScalarMapping } from "./artists";
import { readArray, type NDArrayLike } from "./data";
import { checkAlpha, toCss, type ColorLike } from "./colors";
import { cmapHex, type Colormap } from "./colormaps";
import { resolveCmap } from "./cmap_arg";
import { lineStyle, type LineStyle } from "./fmt";
import { callSink, mplsig } from "./pysig";
import { rcParams } from "./rcparams";
import { contourLines, filledContour, type LevelPaths, type QuadGrid } from "./contour_generator";
import { contourLevels, extendedLevels, type Extend } from "./contour_levels";
import { withRepr } from "./pyobjects";

const KEYWORDS =
  "levels=None, corner_mask=None, colors=None, alpha=None, cmap=None, norm=None, vmin=None, vmax=None, origin=None, " +
  "extent=None, locator=None, extend='neither', xunits=None, yunits=None, antialiased=None, nchunk=0, linewidths=None, " +
  "linestyles=None, negative_linestyles=None, hatches=None, algorithm=None, zorder=None";

const SPEC = {
  types: { corner_mask: "bool|None", alpha: "float|None", vmin: "float|None", vmax: "float|None", origin: "str|None", extent: "sequence|None", extend: "str", nchunk: "int", algorithm: "str|None", zorder: "float|None" },
  inList: { extend: ["neither", "both", "min", "max"], algorithm: [null, "mpl2005", "mpl2014", "serial", "threaded"] },
  unsupported: ["data", "locator", "xunits", "yunits", "antialiased", "nchunk", "hatches"],
  kwargs: callSink("ContourSet.__init__()"),
};

export const CONTOUR = mplsig(`matplotlib.axes.Axes.contour(*args, data=None, ${KEYWORDS})`, SPEC);
// contourf draws no lines: matplotlib ignores their keywords (warning for linewidths); plt refuses them
export const CONTOURF = mplsig(`matplotlib.axes.Axes.contourf(*args, data=None, ${KEYWORDS})`, {
  ...SPEC,
  unsupported: [...SPEC.unsupported, "linewidths", "linestyles", "negative_linestyles"],
});

/** Options of `contour` / `contourf`: ContourSet's keywords. */
export interface ContourOptions {
  /** A number of levels (MaxNLocator picks them) or the level values, increasing. */
  levels?: number | readonly number[] | NDArray | null;
  corner_mask?: boolean | null;
  /** One color for every level, or one per level (cycled). */
  colors?: ColorLike | readonly ColorLike[] | null;
  alpha?: number | null;
  cmap?: string | Colormap | null;
  /** A norm object (plt.colors.TwoSlopeNorm(0) ...) mapping the levels onto the colormap (not LogNorm yet). */
  norm?: Normalize | null;
  vmin?: number | null;
  vmax?: number | null;
  /** Where Z[0, 0] sits when X and Y are not given: None (at 0, 0), "lower", "upper", "image". */
  origin?: "lower" | "upper" | "image" | null;
  extent?: readonly [number, number, number, number] | null;
  locator?: null;
  extend?: Extend;
  xunits?: null;
  yunits?: null;
  antialiased?: boolean | null;
  nchunk?: number;
  linewidths?: number | readonly number[] | null;
  linestyles?: string | readonly string[] | null;
  negative_linestyles?: string | null;
  hatches?: null;
  algorithm?: "mpl2014" | "mpl2005" | "serial" | "threaded" | null;
  zorder?: number | null;
  data?: null;
}

/** One level's (or one filled layer's) paths and how they are drawn. */
export interface ContourLayer {
  paths: LevelPaths;
  /** CSS color of the lines (contour) or the fill (contourf). */
  color: string;
  /** Points (contour lines). */
  linewidth: number;
  linestyle: LineStyle;
}

/** The figure model's contour set: one layer per level (lines) or per band (filled). */
export interface ContourArtist {
  kind: "contour";
  filled: boolean;
  layers: ContourLayer[];
  /** Data bounds of the grid: xmin, xmax, ymin, ymax (sticky edges). */
  bounds: [number, number, number, number];
  alpha?: number;
  zorder: number;
  mapping: ScalarMapping & { levels: number[]; extend: Extend };
  label?: string;
}

/** What contour / contourf return: matplotlib's QuadContourSet. */
export class QuadContourSet {
  /** The contour levels (float64). */
  readonly levels: NDArray;
  /** Per level (contour) or band (contourf): the paths' (n, 2) vertices. */
  readonly allsegs: NDArray[][];
  /** Per level or band: the paths' matplotlib Path codes (1 MOVETO, 2 LINETO, 79 CLOSEPOLY). */
  readonly allkinds: NDArray[][];
  readonly filled: boolean;
  readonly extend: Extend;
  readonly zmin: number;
  readonly zmax: number;
  /** @internal */
  constructor(
    readonly artist: ContourArtist,
    readonly axes: Axes,
    levels: number[],
    zrange: [number, number],
  ) {
    this.levels = NDArray.fromStorage(Float64Array.from(levels), [levels.length], float64);
    this.allsegs = artist.layers.map((l) => l.paths.segs.map((s) => NDArray.fromStorage(Float64Array.from(s), [s.length / 2, 2], float64)));
    this.allkinds = artist.layers.map((l) => l.paths.kinds.map((k) => NDArray.fromStorage(Uint8Array.from(k), [k.length], uint8)));
    this.filled = artist.filled;
    this.extend = artist.mapping.extend;
    [this.zmin, this.zmax] = zrange;
  }

  /** `ContourSet.get_alpha()`. */
  get alpha(): number | null {
    return this.artist.alpha ?? null;
  }
}

/** A 2-D array's values and shape as contour reads Z (TypeError as matplotlib words it). */
function readZ(Z: unknown): { z: Float64Array; ny: number; nx: number } {
  const { values, shape } = readArray(Z as NDArrayLike, "Z");
  if (shape.length !== 2) throw new PyTypeError(`Input z must be 2D, not ${shape.length}D`);
  if (shape[0] < 2 || shape[1] < 2) throw new PyTypeError(`Input z must be at least a (2, 2) shaped array, but has shape (${shape[0]}, ${shape[1]})`);
  return { z: values, ny: shape[0], nx: shape[1] };
}

function linspace(a: number, b: number, n: number): Float64Array {
  const out = new Float64Array(n);
  const step = (b - a) / (n - 1);
  for (let i = 0; i < n; i++) out[i] = a + i * step;
  if (n > 1) out[n - 1] = b;
  return out;
}

/** The grid's coordinates from X and Y (1-D meshed, or 2-D), or from origin / extent (_initialize_x_y). */
function gridOf(args: unknown[], b: Bound, fn: string): { grid: QuadGrid; rest: unknown[] } {
  const cornerMask = b.corner_mask ?? rcParams["contour.corner_mask"] ?? true;
  if (args.length <= 2) {
    const { z, ny, nx } = readZ(args[0]);
    let xs: Float64Array;
    let ys: Float64Array;
    const origin = b.origin === "image" ? rcParams["image.origin"] ?? "upper" : b.origin;
    const extent = b.extent as number[] | null;
    if (origin == null) {
      xs = extent == null ? linspace(0, nx - 1, nx) : linspace(extent[0], extent[1], nx);
      ys = extent == null ? linspace(0, ny - 1, ny) : linspace(extent[2], extent[3], ny);
    } else {
      const [x0, x1, y0, y1] = extent ?? [0, nx, 0, ny];
      const dx = (x1 - x0) / nx;
      const dy = (y1 - y0) / ny;
      xs = Float64Array.from({ length: nx }, (_, i) => x0 + (i + 0.5) * dx);
      ys = Float64Array.from({ length: ny }, (_, j) => y0 + (j + 0.5) * dy);
      if (origin === "upper") ys.reverse();
    }
    return { grid: mesh(xs, ys, z, nx, ny, cornerMask), rest: args.slice(1) };
  }
  if (args.length > 4) throw new PyTypeError(`Too many arguments to ${fn}; see help(${fn})`);
  const { z, ny, nx } = readZ(args[2]);
  const X = readArray(args[0] as NDArrayLike, "X");
  const Y = readArray(args[1] as NDArrayLike, "Y");
  if (X.shape.length !== Y.shape.length) throw new PyTypeError(`Number of dimensions of x (${X.shape.length}) and y (${Y.shape.length}) do not match`);
  if (X.shape.length === 1) {
    if (X.shape[0] !== nx) throw new PyTypeError(`Length of x (${X.shape[0]}) must match number of columns in z (${nx})`);
    if (Y.shape[0] !== ny) throw new PyTypeError(`Length of y (${Y.shape[0]}) must match number of rows in z (${ny})`);
    return { grid: mesh(X.values, Y.values, z, nx, ny, cornerMask), rest: args.slice(3) };
  }
  if (X.shape.length !== 2) throw new PyTypeError(`Inputs x and y must be 1D or 2D, not ${X.shape.length}D`);
  const zshape = `(${ny}, ${nx})`;
  if (X.shape[0] !== ny || X.shape[1] !== nx) throw new PyTypeError(`Shapes of x (${X.shape.join(", ")}) and z ${zshape} do not match`);
  if (Y.shape[0] !== ny || Y.shape[1] !== nx) throw new PyTypeError(`Shapes of y (${Y.shape.join(", ")}) and z ${zshape} do not match`);
  return { grid: { x: X.values, y: Y.values, z, nx, ny, cornerMask }, rest: args.slice(3) };
}

function mesh(xs: Float64Array, ys: Float64Array, z: Float64Array, nx: number, ny: number, cornerMask: boolean): QuadGrid {
  const x = new Float64Array(nx * ny);
  const y = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      x[j * nx + i] = xs[i];
      y[j * nx + i] = ys[j];
    }
  }
  return { x, y, z, nx, ny, cornerMask };
}

function finiteMinMax(a: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return [lo, hi];
}

/** A value repeated, or a list cycled / cut to n entries (matplotlib's per-level keywords). */
function perLevel<T>(v: T | readonly T[], n: number): T[] {
  if (!Array.isArray(v)) return Array(n).fill(v);
  const list = v as readonly T[];
  if (list.length === 0) throw new ValueError("per-level values must not be empty");
  return Array.from({ length: n }, (_, k) => list[k % list.length]);
}

/** contour's norm: any but LogNorm, whose log-spaced levels are not drawn yet. */
function contourNorm(norm: unknown): Normalize | null {
  const n = normArg(norm, null, null);
  if (n instanceof LogNorm) throw new NotImplementedError("contour() norm=LogNorm() (log-spaced levels) is not supported yet");
  return n;
}

/** One color per layer: from `colors` (a ListedColormap indexed by layer) or a colormap over the levels. */
function layerColors(b: Bound, levels: number[], layers: number[], filled: boolean, extend: Extend): { colors: string[]; monochrome: boolean; mapping: ScalarMapping } {
  const extMin = extend === "min" || extend === "both";
  const extMax = extend === "max" || extend === "both";
  if (b.colors != null) {
    if (b.cmap != null) throw new ValueError("Either colors or cmap must be None");
    const given: ColorLike[] = typeof b.colors === "string" ? [b.colors] : Array.from(b.colors as ColorLike[]);
    const ncolors = levels.length - (filled ? 1 : 0);
    let i0 = 0;
    let under: string | null = null;
    let over: string | null = null;
    const css = given.map((c) => toCss(c, "color", "rgba"));
    if (css.length === ncolors + Number(extMin) + Number(extMax) && (extMin || extMax)) {
      if (extMin) {
        i0 = 1;
        under = css[0];
      }
      if (extMax) over = css[css.length - 1];
    }
    const listed = perLevel(css.slice(i0), ncolors);
    const first = filled && extMin ? -1 : 0;
    const count = layers.length;
    const colors = Array.from({ length: count }, (_, k) => {
      const idx = first + k;
      if (idx < 0) return under ?? listed[0];
      if (idx >= ncolors) return over ?? listed[ncolors - 1];
      return listed[idx];
    });
    const monochrome = typeof b.colors === "string" || given.length === 1;
    return { colors, monochrome, mapping: { cmap: resolveCmap(null, "cmap"), vmin: levels[0], vmax: levels[levels.length - 1] } };
  }
  const cmap = resolveCmap(b.cmap, "cmap");
  const norm = contourNorm(b.norm);
  if (norm) {
    // ContourSet: vmin / vmax set the norm's limits, the levels autoscale the rest
    if (b.vmin != null) norm.vmin = b.vmin;
    if (b.vmax != null) norm.vmax = b.vmax;
    if (extend !== "neither") norm.clip = false;
    norm._prepare(levels);
    return { colors: layers.map((v) => cmapHex(cmap, norm._position(v))), monochrome: false, mapping: { cmap, vmin: norm.vmin!, vmax: norm.vmax!, norm } };
  }
  const vmin = b.vmin ?? Math.min(...levels);
  const vmax = b.vmax ?? Math.max(...levels);
  const colors = layers.map((v) => cmapHex(cmap, vmax === vmin ? 0 : (v - vmin) / (vmax - vmin)));
  return { colors, monochrome: false, mapping: { cmap, vmin, vmax } };
}

/** contour (filled false) or contourf on `ax`. */
export function drawContour(ax: Axes, args: ArrayLike<unknown>, filled: boolean): QuadContourSet {
  const sig = filled ? CONTOURF : CONTOUR;
  const b = sig.bind(args);
  const fn = filled ? "contourf" : "contour";
  const pos = b.args as unknown[];
  if (pos.length === 0) throw new PyTypeError(`${fn}() missing 1 required positional argument: 'Z'`);
  if (![null, "lower", "upper", "image"].includes(b.origin)) {
    throw new ValueError(`${JSON.stringify(b.origin).replace(/"/g, "'")} is not a valid value for origin; supported values are None, 'lower', 'upper', 'image'`);
  }
  if (b.extent != null && (b.extent as unknown[]).length !== 4) throw new ValueError("If given, 'extent' must be None or (x0, x1, y0, y1)");
  if (b.algorithm != null && b.algorithm !== "mpl2014") sig.notSupported("algorithm", b.algorithm);
  const alpha = b.alpha == null ? undefined : checkAlpha(b.alpha);
  const extend = b.extend as Extend;
  const { grid, rest } = gridOf(pos, b, fn);
  const [zmin, zmax] = finiteMinMax(grid.z);
  const levelsArg = b.levels ?? (rest.length > 0 ? rest[0] : 7);
  const levelValues = typeof levelsArg === "number" ? levelsArg : Array.from(readArray(levelsArg as NDArrayLike, "levels").values);
  const levels = contourLevels(levelValues, zmin, zmax, filled, extend);
  const allLevels = filled ? extendedLevels(levels, extend) : levels;
  const layerValues = filled ? allLevels.slice(0, -1).map((v, k) => 0.5 * (v + allLevels[k + 1])) : levels;
  const { colors, monochrome, mapping } = layerColors(b, levels, layerValues, filled, extend);
  const layers: ContourLayer[] = [];
  if (filled) {
    const lowers = allLevels.slice(0, -1);
    if (zmin === lowers[0]) lowers[0] -= 1; // the minimum belongs to the lowest band
    for (let k = 0; k < lowers.length; k++) {
      layers.push({ paths: filledContour(grid, lowers[k], allLevels[k + 1]), color: colors[k], linewidth: 0, linestyle: "solid" });
    }
  } else {
    const widths = perLevel(b.linewidths ?? rcParams["contour.linewidth"] ?? rcParams["lines.linewidth"], levels.length);
    const styles = linestyles(b, levels, monochrome, zmin, zmax);
    levels.forEach((v, k) => layers.push({ paths: contourLines(grid, v), color: colors[k], linewidth: Number(widths[k]), linestyle: styles[k] }));
  }
  const [x0, x1] = finiteMinMax(grid.x);
  const [y0, y1] = finiteMinMax(grid.y);
  const artist: ContourArtist = {
    kind: "contour", filled, layers, bounds: [x0, x1, y0, y1], zorder: b.zorder ?? (filled ? 1 : 2),
    mapping: { ...mapping, levels, extend },
  };
  if (alpha !== undefined) artist.alpha = alpha;
  ax.artists.push(artist);
  const cs = new QuadContourSet(artist, ax, levels, [zmin, zmax]);
  return withRepr(cs, () => "<matplotlib.contour.QuadContourSet object>", ax.figure);
}

/** Per-level line styles: given, or solid with negative levels in negative_linestyles when monochrome. */
function linestyles(b: Bound, levels: number[], monochrome: boolean, zmin: number, zmax: number): LineStyle[] {
  if (b.linestyles != null) return perLevel(b.linestyles as string | string[], levels.length).map((s) => lineStyle(String(s)));
  const negative = lineStyle(String(b.negative_linestyles ?? rcParams["contour.negative_linestyle"] ?? "dashed"));
  const eps = -(zmax - zmin) * 1e-15;
  return levels.map((v) => (monochrome && v < eps ? negative : "solid"));
}


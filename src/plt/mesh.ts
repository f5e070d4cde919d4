/**
 * Axes.pcolormesh: matplotlib's QuadMesh. `pcolormesh([X, Y,] C)` with cell corners (flat) or
 * centres (nearest, edges halfway between), C colormapped with vmin / vmax, NaN cells left
 * transparent, optional cell edges.
 */
import type { Normalize } from "./norms";
import { normArg } from "./norm_arg";
import { PyTypeError } from "../errors";
import type { Axes } from "./axes";
import type { ScalarMapping } from "./artists";
import { readArray, type NDArrayLike } from "./data";
import { checkAlpha, toCss, type ColorLike } from "./colors";
import { cmapHex, type Colormap } from "./colormaps";
import { resolveCmap } from "./cmap_arg";
import { normLimits } from "./image";
import { alias, mplsig, PATH_COLLECTION } from "./pysig";
import { rcParams } from "./rcparams";
import { withRepr } from "./pyobjects";

export const PCOLORMESH = mplsig(
  "matplotlib.axes.Axes.pcolormesh(*args, alpha=None, norm=None, cmap=None, vmin=None, vmax=None, shading=None, antialiased=False, data=None, " +
    "edgecolors=None, edgecolor=None, ec=None, linewidths=None, linewidth=None, lw=None, zorder=None, label=None, snap=None, rasterized=None)",
  {
    types: { alpha: "float|None", vmin: "float|None", vmax: "float|None", shading: "str|None", antialiased: "bool", zorder: "float|None", label: "str|None" },
    unsupported: ["antialiased", "data", "snap", "rasterized"],
    kwargs: PATH_COLLECTION,
  },
);

/** Options of `pcolormesh`. */
export interface PcolormeshOptions {
  alpha?: number | null;
  /** A norm object (plt.colors.LogNorm() ...) mapping C onto the colormap. */
  norm?: Normalize | null;
  cmap?: string | Colormap | null;
  vmin?: number | null;
  vmax?: number | null;
  /** "flat" (X, Y are corners), "nearest" (centres), "auto" (by shape; the default); "gouraud" is not supported. */
  shading?: "flat" | "nearest" | "auto" | "gouraud" | null;
  antialiased?: boolean;
  data?: null;
  /** Cell edges: "none" (default), "face", or a color. */
  edgecolors?: ColorLike | "face" | "none" | null;
  edgecolor?: ColorLike | "face" | "none" | null;
  ec?: ColorLike | "face" | "none" | null;
  linewidths?: number | null;
  linewidth?: number | null;
  lw?: number | null;
  zorder?: number | null;
  label?: string | null;
  snap?: boolean | null;
  rasterized?: boolean | null;
}

/** The figure model's quad mesh: (ny + 1) x (nx + 1) corners, one color per cell. */
export interface MeshArtist {
  kind: "mesh";
  nx: number;
  ny: number;
  /** Corner coordinates, row-major (ny + 1) x (nx + 1). */
  x: Float64Array;
  y: Float64Array;
  /** CSS color per cell, row-major; "transparent" for a NaN value. */
  colors: string[];
  /** undefined: no edges; "face": each cell's color. */
  edgecolor?: string;
  /** Points. */
  linewidth: number;
  alpha?: number;
  zorder: number;
  bounds: [number, number, number, number];
  mapping: ScalarMapping;
  label?: string;
}

/** What pcolormesh returns: matplotlib's QuadMesh (for colorbar). */
export class QuadMesh {
  /** @internal */
  constructor(
    readonly artist: MeshArtist,
    readonly axes: Axes,
  ) {}
}

/** X and Y as 2-D (rows x cols) corner or centre grids, 1-D ones repeated as matplotlib does. */
function grid2d(X: NDArrayLike, Y: NDArrayLike): { x: Float64Array; y: Float64Array; rows: number; cols: number } {
  const xa = readArray(X, "X");
  const ya = readArray(Y, "Y");
  const cols = xa.shape[xa.shape.length - 1];
  const rows = ya.shape[0];
  let x = xa.values;
  let y = ya.values;
  if (xa.shape.length !== 2 || xa.shape[0] === 1) x = Float64Array.from({ length: rows * cols }, (_, k) => xa.values[k % cols]);
  if (ya.shape.length !== 2 || ya.shape[1] === 1) y = Float64Array.from({ length: rows * cols }, (_, k) => ya.values[Math.floor(k / cols)]);
  if (x.length !== rows * cols || y.length !== rows * cols || (xa.shape.length === 2 && xa.shape[0] !== 1 && xa.shape[0] !== rows) || (ya.shape.length === 2 && ya.shape[1] !== 1 && ya.shape[1] !== cols)) {
    throw new PyTypeError("Incompatible X, Y inputs to pcolormesh; see help(pcolormesh)");
  }
  return { x, y, rows, cols };
}

/** Cell edges from centres along rows (axis 1): halfway between, the ends extended by half a step. */
function edgesAlongRows(a: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * (cols + 1));
  for (let r = 0; r < rows; r++) {
    const row = a.subarray(r * cols, (r + 1) * cols);
    const o = r * (cols + 1);
    if (cols === 1) {
      out[o] = row[0];
      out[o + 1] = row[0];
      continue;
    }
    out[o] = row[0] - (row[1] - row[0]) / 2;
    for (let c = 0; c < cols - 1; c++) out[o + c + 1] = row[c] + (row[c + 1] - row[c]) / 2;
    out[o + cols] = row[cols - 1] + (row[cols - 1] - row[cols - 2]) / 2;
  }
  return out;
}

function transpose(a: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(a.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = a[r * cols + c];
  return out;
}

/** Centres to corners in both directions (matplotlib's _interp_grid on rows, then on columns). */
function centresToCorners(g: { x: Float64Array; y: Float64Array; rows: number; cols: number }): { x: Float64Array; y: Float64Array } {
  let x = edgesAlongRows(g.x, g.rows, g.cols);
  let y = edgesAlongRows(g.y, g.rows, g.cols);
  const cols = g.cols + 1;
  x = transpose(edgesAlongRows(transpose(x, g.rows, cols), cols, g.rows), cols, g.rows + 1);
  y = transpose(edgesAlongRows(transpose(y, g.rows, cols), cols, g.rows), cols, g.rows + 1);
  return { x, y };
}

function range(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => i);
}

/** pcolormesh(*args, ...) on `ax`. */
export function drawPcolormesh(ax: Axes, args: ArrayLike<unknown>): QuadMesh {
  const b = PCOLORMESH.bind(args);
  const pos = b.args as NDArrayLike[];
  let shading = String(b.shading ?? rcParams["pcolor.shading"] ?? "auto").toLowerCase();
  if (!["gouraud", "nearest", "flat", "auto"].includes(shading)) {
    process.emitWarning(`shading value '${shading}' not in list of valid values ['gouraud', 'nearest', 'flat', 'auto']. Setting shading='auto'.`, { type: "UserWarning" });
    shading = "auto";
  }
  if (shading === "gouraud") PCOLORMESH.notSupported("shading", "gouraud");
  if (pos.length !== 1 && pos.length !== 3) throw new PyTypeError(`pcolormesh() takes 1 or 3 positional arguments but ${pos.length} were given`);
  const C = readArray(pos[pos.length - 1], "C");
  if (C.shape.length !== 2) throw new PyTypeError(`Dimensions of C must be 2, not ${C.shape.length}`);
  const [nrows, ncols] = C.shape;
  let g: { x: Float64Array; y: Float64Array; rows: number; cols: number };
  if (pos.length === 1) {
    // matplotlib 3.6 takes C's indices as the corners under shading="nearest" (one cell fewer
    // each way, the cells colored by C's first values in order)
    g = shading === "nearest" ? grid2d(range(ncols), range(nrows)) : grid2d(range(ncols + 1), range(nrows + 1));
  } else {
    g = grid2d(pos[0], pos[1]);
    if (shading === "auto") shading = g.cols === ncols && g.rows === nrows ? "nearest" : "flat";
    const expect = shading === "flat" ? [ncols + 1, nrows + 1] : [ncols, nrows];
    if (g.cols !== expect[0] || g.rows !== expect[1]) {
      throw new PyTypeError(`Dimensions of C (${nrows}, ${ncols}) are incompatible with X (${g.cols}) and/or Y (${g.rows}); see help(pcolormesh)`);
    }
    if (shading === "nearest") g = { ...centresToCorners(g), rows: nrows + 1, cols: ncols + 1 };
  }
  const cmap = resolveCmap(b.cmap, "cmap");
  const norm = normArg(b.norm, b.vmin, b.vmax);
  const { vmin, vmax } = normLimits(C.values, { vmin: b.vmin, vmax: b.vmax, norm });
  const position = norm ? (v: number) => norm._position(v) : (v: number) => (vmax === vmin ? 0 : (v - vmin) / (vmax - vmin));
  const colors = Array.from(C.values, (v) => (Number.isFinite(v) ? cmapHex(cmap, position(v)) : "transparent"));
  const edge = alias<ColorLike | "face" | "none">(b, "edgecolors", "edgecolor", "ec") ?? "none";
  const lw = alias<number>(b, "linewidths", "linewidth", "lw") ?? Number(rcParams["patch.linewidth"] ?? 1);
  const [x0, x1] = minMax(g.x);
  const [y0, y1] = minMax(g.y);
  const artist: MeshArtist = {
    kind: "mesh", nx: g.cols - 1, ny: g.rows - 1, x: g.x, y: g.y, colors, linewidth: lw, zorder: b.zorder ?? 1,
    bounds: [x0, x1, y0, y1], mapping: norm ? { cmap, vmin, vmax, norm } : { cmap, vmin, vmax },
  };
  if (edge !== "none") artist.edgecolor = edge === "face" ? "face" : toCss(edge as ColorLike);
  if (b.alpha != null) artist.alpha = checkAlpha(b.alpha);
  if (b.label != null) artist.label = String(b.label);
  ax.artists.push(artist);
  return withRepr(new QuadMesh(artist, ax), () => "<matplotlib.collections.QuadMesh object>", ax.figure);
}

function minMax(a: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < a.length; i++) {
    if (a[i] < lo) lo = a[i];
    if (a[i] > hi) hi = a[i];
  }
  return [lo, hi];
}

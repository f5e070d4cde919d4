/**
 * Axes.hist2d and plt.hist2d: numpy.histogram2d's counts drawn with pcolormesh (bins with
 * fewer than cmin or more than cmax counts left empty), the view fitted to the bin edges.
 */
import { pyfunction } from "../signature";
import type { NDArray } from "../np/ndarray";
import { histogram2d } from "../np/statistics/histogram2d";
import { Axes } from "./axes";
import type { NDArrayLike } from "./data";
import { drawPcolormesh, type QuadMesh } from "./mesh";
import { mplsig, PATH_COLLECTION } from "./pysig";
import { gca } from "./pyplot";
import { registerMappable } from "./current_image";

const MESH_KEYWORDS = "cmap=None, norm=None, vmin=None, vmax=None, alpha=None, edgecolors=None, linewidths=None, zorder=None, label=None";
const HIST2D = mplsig(`matplotlib.axes.Axes.hist2d(x, y, bins=10, range=None, density=False, weights=None, cmin=None, cmax=None, *, data=None, ${MESH_KEYWORDS})`, {
  types: { density: "bool", cmin: "float|None", cmax: "float|None", alpha: "float|None", vmin: "float|None", vmax: "float|None", zorder: "float|None", label: "str|None" },
  unsupported: ["data", "norm"],
  kwargs: PATH_COLLECTION,
});

/** Options of `hist2d`: numpy.histogram2d's, the count limits, and pcolormesh's keywords. */
export interface Hist2dOptions {
  bins?: number | NDArrayLike | readonly [number | NDArrayLike, number | NDArrayLike];
  range?: readonly [readonly [number, number], readonly [number, number]] | null;
  density?: boolean;
  weights?: NDArrayLike | null;
  cmin?: number | null;
  cmax?: number | null;
  data?: null;
  cmap?: string | null;
  norm?: null;
  vmin?: number | null;
  vmax?: number | null;
  alpha?: number | null;
  edgecolors?: string | null;
  linewidths?: number | null;
  zorder?: number | null;
  label?: string | null;
}

type Hist2dResult = [NDArray, NDArray, NDArray, QuadMesh];
type Hist2dArgs = [bins?: Hist2dOptions["bins"] | Hist2dOptions, range?: Hist2dOptions["range"] | Hist2dOptions, density?: boolean | Hist2dOptions, weights?: NDArrayLike | null | Hist2dOptions, cmin?: number | null | Hist2dOptions, cmax?: number | null | Hist2dOptions, options?: Hist2dOptions];

declare module "./axes" {
  interface Axes {
    /**
     * `Axes.hist2d(x, y, bins=10, range=None, density=False, weights=None, cmin=None, cmax=None, *, data=None, **kwargs)`:
     * a 2-D histogram as a colored mesh; returns [h, xedges, yedges, QuadMesh].
     */
    hist2d(x: NDArrayLike, y: NDArrayLike, ...rest: Hist2dArgs): Hist2dResult;
  }
}

const MESH_KEYS = ["cmap", "vmin", "vmax", "alpha", "edgecolors", "linewidths", "zorder", "label"];

function drawHist2d(ax: Axes, args: ArrayLike<unknown>): Hist2dResult {
  const b = HIST2D.bind(args);
  const [h, xedges, yedges] = histogram2d(b.x, b.y, { bins: b.bins, range: b.range, density: b.density, weights: b.weights });
  // cmin / cmax blank the bins outside them (NaN, as matplotlib's None in a float array)
  if (b.cmin != null || b.cmax != null) {
    const v = h.data as Float64Array;
    for (let i = 0; i < v.length; i++) if ((b.cmin != null && v[i] < b.cmin) || (b.cmax != null && v[i] > b.cmax)) v[i] = NaN;
  }
  const kw: Record<string, unknown> = {};
  for (const k of MESH_KEYS) if (b[k] != null) kw[k] = b[k];
  const mesh = registerMappable(drawPcolormesh(ax, [xedges, yedges, h.T, kw]));
  const xe = xedges.data as Float64Array;
  const ye = yedges.data as Float64Array;
  ax.set_xlim(xe[0], xe[xe.length - 1]);
  ax.set_ylim(ye[0], ye[ye.length - 1]);
  return [h, xedges, yedges, mesh];
}

Axes.prototype.hist2d = function hist2d(this: Axes): Hist2dResult {
  return drawHist2d(this, arguments);
};
pyfunction(HIST2D, Axes.prototype.hist2d);

/** `plt.hist2d(x, y, bins=10, range=None, density=False, weights=None, cmin=None, cmax=None, *, data=None, **kwargs)` on the current axes. */
export function hist2d(x: NDArrayLike, y: NDArrayLike, ...rest: Hist2dArgs): Hist2dResult;
export function hist2d(...args: unknown[]): Hist2dResult {
  return (gca().hist2d as (...a: unknown[]) => Hist2dResult)(...args);
}
pyfunction(HIST2D.twin("matplotlib.pyplot.hist2d"), hist2d);

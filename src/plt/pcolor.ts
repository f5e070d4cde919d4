/**
 * Axes.pcolor and plt.pcolor: a pseudocolor grid, drawn as pcolormesh draws it (the same cells,
 * colors, limits and colorbar mapping). matplotlib returns a PolyCollection of one polygon per
 * cell; plt hands out the mesh (QuadMesh) it draws.
 */
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import type { NDArrayLike } from "./data";
import { drawPcolormesh, type PcolormeshOptions, type QuadMesh } from "./mesh";
import { mplsig, PATH_COLLECTION } from "./pysig";
import { gca } from "./pyplot";
import { registerMappable } from "./current_image";

const PCOLOR = mplsig("matplotlib.axes.Axes.pcolor(*args, shading=None, alpha=None, norm=None, cmap=None, vmin=None, vmax=None, data=None, edgecolors=None, linewidths=None, zorder=None, label=None)", {
  types: { shading: "str|None", alpha: "float|None", vmin: "float|None", vmax: "float|None", zorder: "float|None", label: "str|None" },
  inList: { shading: [null, "flat", "nearest", "auto"] },
  unsupported: ["norm", "data"],
  kwargs: PATH_COLLECTION,
});

/** Options of `pcolor`. */
export type PcolorOptions = Pick<PcolormeshOptions, "alpha" | "norm" | "cmap" | "vmin" | "vmax" | "data" | "edgecolors" | "linewidths" | "zorder" | "label"> & { shading?: "flat" | "nearest" | "auto" | null };

type PcolorArgs = [C: NDArrayLike, options?: PcolorOptions] | [X: NDArrayLike, Y: NDArrayLike, C: NDArrayLike, options?: PcolorOptions];

declare module "./axes" {
  interface Axes {
    /** `Axes.pcolor(*args, shading=None, alpha=None, norm=None, cmap=None, vmin=None, vmax=None, data=None, **kwargs)`: `pcolor([X, Y,] C)`, a pseudocolor grid. */
    pcolor(...args: PcolorArgs): QuadMesh;
  }
}

Axes.prototype.pcolor = function pcolor(this: Axes): QuadMesh {
  PCOLOR.bind(arguments);
  return registerMappable(drawPcolormesh(this, arguments));
};
pyfunction(PCOLOR, Axes.prototype.pcolor);

/** `plt.pcolor(*args, shading=None, alpha=None, norm=None, cmap=None, vmin=None, vmax=None, data=None, **kwargs)` on the current axes. */
export function pcolor(...args: PcolorArgs): QuadMesh;
export function pcolor(...args: unknown[]): QuadMesh {
  return (gca().pcolor as (...a: unknown[]) => QuadMesh)(...args);
}
pyfunction(PCOLOR.twin("matplotlib.pyplot.pcolor"), pcolor);

/**
 * Axes.spy and plt.spy: a matrix's sparsity pattern as an image, entries with |value| above
 * precision black on white, drawn with matshow's conventions (row 0 on top, x ticks above,
 * integer ticks).
 */
import { pyfunction } from "../signature";
import { asarray } from "../np/create";
import { NDArray } from "../np/ndarray";
import { Axes } from "./axes";
import type { NDArrayLike } from "./data";
import type { AxesImage } from "./imshow";
import { drawMatshow } from "./matshow";
import { AXES_IMAGE, mplsig } from "./pysig";
import { gca } from "./pyplot";

const SPY = mplsig("matplotlib.axes.Axes.spy(Z, precision=0, marker=None, markersize=None, aspect='equal', origin='upper', *, alpha=None, label=None, zorder=None)", {
  types: { precision: "float", aspect: "str|float|None", alpha: "float|None", label: "str|None", zorder: "float|None" },
  // markers draw a Line2D of the entries; origin='lower' moves the ticks below
  unsupported: ["marker", "markersize", "origin"],
  kwargs: AXES_IMAGE,
});

/** Options of `spy`. */
export interface SpyOptions {
  precision?: number;
  marker?: null;
  markersize?: null;
  aspect?: "equal" | "auto" | number | null;
  origin?: "upper";
  alpha?: number | null;
  label?: string | null;
  zorder?: number | null;
}

declare module "./axes" {
  interface Axes {
    /** `Axes.spy(Z, precision=0, marker=None, markersize=None, aspect='equal', origin='upper', **kwargs)`: the nonzero pattern of a 2-D array as an image. */
    spy(Z: NDArrayLike, ...rest: [precision?: number | SpyOptions, marker?: null | SpyOptions, markersize?: null | SpyOptions, aspect?: SpyOptions["aspect"] | SpyOptions, origin?: "upper" | SpyOptions, options?: SpyOptions]): AxesImage;
  }
}

function drawSpy(ax: Axes, args: ArrayLike<unknown>): AxesImage {
  const b = SPY.bind(args);
  const Z = asarray(b.Z as NDArrayLike) as NDArray;
  const precision = Number(b.precision);
  const mask = Z.astype("float64").abs().gt(precision);
  // matplotlib's ListedColormap(['w', 'k']) through NoNorm: False white, True black
  const kw: Record<string, unknown> = { cmap: "binary", vmin: 0, vmax: 1, aspect: b.aspect };
  for (const k of ["alpha", "label", "zorder"]) if (b[k] != null) kw[k] = b[k];
  return drawMatshow(ax, mask, kw);
}

Axes.prototype.spy = function spy(this: Axes): AxesImage {
  return drawSpy(this, arguments);
};
pyfunction(SPY, Axes.prototype.spy);

/** `plt.spy(Z, precision=0, marker=None, markersize=None, aspect='equal', origin='upper', **kwargs)` on the current axes. */
export function spy(Z: NDArrayLike, ...rest: [precision?: number | SpyOptions, marker?: null | SpyOptions, markersize?: null | SpyOptions, aspect?: SpyOptions["aspect"] | SpyOptions, origin?: "upper" | SpyOptions, options?: SpyOptions]): AxesImage;
export function spy(...args: unknown[]): AxesImage {
  return (gca().spy as (...a: unknown[]) => AxesImage)(...args);
}
pyfunction(SPY.twin("matplotlib.pyplot.spy"), spy);

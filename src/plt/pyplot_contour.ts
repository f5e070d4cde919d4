/** pyplot's contour family: contour, contourf and clabel on the current axes. */
import { pyfunction, PyArgs } from "../signature";
import { gca } from "./pyplot";
import type { ContourArgs } from "./axes_contour";
import { CONTOUR, CONTOURF, QuadContourSet } from "./contour";
import { CLABEL, ClabelOptions } from "./clabel";
import type { TextArtist } from "./artists";

/** `plt.contour(*args, data=None, **kwargs)`: contour lines on the current axes, `contour([X, Y,] Z, [levels], **kwargs)`. */
export function contour(...args: ContourArgs): QuadContourSet;
export function contour(...args: unknown[]): QuadContourSet {
  return (gca().contour as (...a: unknown[]) => QuadContourSet)(...args);
}

/** `plt.contourf(*args, data=None, **kwargs)`: filled contours on the current axes. */
export function contourf(...args: ContourArgs): QuadContourSet;
export function contourf(...args: unknown[]): QuadContourSet {
  return (gca().contourf as (...a: unknown[]) => QuadContourSet)(...args);
}

/** `plt.clabel(CS, levels=None, **kwargs)`: labels a contour set's lines on the current axes. */
export function clabel(CS: QuadContourSet, ...rest: PyArgs<[levels: readonly number[] | null, options: ClabelOptions], ClabelOptions>): TextArtist[];
export function clabel(...args: unknown[]): TextArtist[] {
  return (gca().clabel as (...a: unknown[]) => TextArtist[])(...args);
}

pyfunction(CONTOUR.twin("matplotlib.pyplot.contour"), contour);
pyfunction(CONTOURF.twin("matplotlib.pyplot.contourf"), contourf);
pyfunction(CLABEL.twin("matplotlib.pyplot.clabel"), clabel);

/**
 * The contour family of Axes methods (contour, contourf, clabel), added to Axes' prototype
 * with their matplotlib signatures.
 */
import { pyfunction, PyArgs } from "../signature";
import { Axes } from "./axes";
import type { NDArrayLike } from "./data";
import { CONTOUR, CONTOURF, ContourOptions, drawContour, QuadContourSet } from "./contour";
import { CLABEL, ClabelOptions, drawClabel } from "./clabel";
import type { TextArtist } from "./artists";

/** A contour call's positional arguments: `[X, Y,] Z, [levels]`, then the keywords. */
export type ContourArgs = [Z: NDArrayLike, options?: ContourOptions]
  | [Z: NDArrayLike, levels: number | readonly number[], options?: ContourOptions]
  | [X: NDArrayLike, Y: NDArrayLike, Z: NDArrayLike, options?: ContourOptions]
  | [X: NDArrayLike, Y: NDArrayLike, Z: NDArrayLike, levels: number | readonly number[], options?: ContourOptions];

declare module "./axes" {
  interface Axes {
    /**
     * `Axes.contour(*args, data=None, **kwargs)`: contour lines of Z, `contour([X, Y,] Z, [levels], **kwargs)`;
     * levels a count (MaxNLocator's choice, default 7) or increasing values. Returns a QuadContourSet.
     */
    contour(...args: ContourArgs): QuadContourSet;
    /** `Axes.contourf(*args, data=None, **kwargs)`: filled contours between the levels, `contourf([X, Y,] Z, [levels], **kwargs)`. */
    contourf(...args: ContourArgs): QuadContourSet;
    /** `Axes.clabel(CS, levels=None, **kwargs)`: labels the lines of a contour set with their levels; returns the Text labels. */
    clabel(CS: QuadContourSet, ...rest: PyArgs<[levels: readonly number[] | null, options: ClabelOptions], ClabelOptions>): TextArtist[];
  }
}

const P = Axes.prototype;
P.contour = function contour(this: Axes): QuadContourSet {
  return drawContour(this, arguments, false);
};
P.contourf = function contourf(this: Axes): QuadContourSet {
  return drawContour(this, arguments, true);
};
P.clabel = function clabel(this: Axes): TextArtist[] {
  return drawClabel(this, arguments);
};
pyfunction(CONTOUR, P.contour);
pyfunction(CONTOURF, P.contourf);
pyfunction(CLABEL, P.clabel);

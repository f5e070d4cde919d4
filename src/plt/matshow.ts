/**
 * matshow: imshow with a matrix's conventions (origin upper, nearest pixels, equal aspect),
 * the x ticks on top and integer ticks (MaxNLocator(nbins=9, steps=[1, 2, 5, 10], integer=True))
 * on both axes; pyplot's matshow opens a figure shaped like the matrix (figaspect).
 */
import type { Axes } from "./axes";
import type { AxesImage, ImshowOptions } from "./imshow";
import { mplsig, AXES_IMAGE } from "./pysig";
import { readArray, type NDArrayLike } from "./data";
import { rcParams } from "./rcparams";
import { maxNLocator } from "./max_n_locator";

const IMSHOW_KEYWORDS =
  "cmap=None, norm=None, aspect=None, interpolation=None, alpha=None, vmin=None, vmax=None, origin=None, extent=None, " +
  "interpolation_stage=None, filternorm=True, filterrad=4.0, resample=None, url=None, data=None, clim=None, label=None, zorder=None";
const IMSHOW_SPEC = {
  types: { aspect: "str|float|None", interpolation: "str|None", alpha: "float|None", vmin: "float|None", vmax: "float|None", origin: "str|None", extent: "sequence|None", clim: "sequence|None", zorder: "float|None" },
  unsupported: ["norm", "filternorm", "filterrad", "resample", "url", "data", "interpolation_stage"],
  kwargs: AXES_IMAGE,
};

export const MATSHOW = mplsig(`matplotlib.axes.Axes.matshow(Z, *, ${IMSHOW_KEYWORDS})`, IMSHOW_SPEC);
export const PLT_MATSHOW = mplsig(`matplotlib.pyplot.matshow(A, fignum=None, *, ${IMSHOW_KEYWORDS})`, { ...IMSHOW_SPEC, types: { ...IMSHOW_SPEC.types, fignum: "int|bool|None" } });

/** Options of `matshow`: imshow's keywords (origin, interpolation and aspect default to the matrix's). */
export type MatshowOptions = Omit<ImshowOptions, "X">;

/** matshow(Z, **kwargs) on `ax`. */
export function drawMatshow(ax: Axes, Z: NDArrayLike, kwargs: Record<string, unknown>): AxesImage {
  // the keywords given (a bound call also holds the defaults: None, filternorm=True, ...)
  const given = Object.fromEntries(Object.entries(kwargs).filter(([k, v]) => v != null && !["Z", "A", "fignum", "filternorm", "filterrad"].includes(k)));
  const im = (ax.imshow as (...a: unknown[]) => AxesImage)(Z, { origin: "upper", interpolation: "nearest", aspect: "equal", ...given });
  ax._matrixTicks = true;
  return im;
}

/** The locator matshow puts on both axes: ticks over [lo, hi] (beyond it too, as get_xticks shows). */
export function matrixTicks(lo: number, hi: number): number[] {
  return maxNLocator(Math.min(lo, hi), Math.max(lo, hi), 9, { steps: [1, 2, 5, 10], integer: true });
}

/** matplotlib.figure.figaspect(A): a figure size in inches with the matrix's aspect, within 4x2 .. 16x16. */
export function figaspect(A: NDArrayLike): [number, number] {
  const { shape } = readArray(A, "A");
  const ratio = shape[0] / shape[1];
  const height = rcParams["figure.figsize"][1];
  let w = height / ratio;
  let h = height;
  const shrink = Math.min(1, w / 4, h / 2);
  w /= shrink;
  h /= shrink;
  const grow = Math.max(1, w / 16, h / 16);
  w /= grow;
  h /= grow;
  return [Math.min(16, Math.max(4, w)), Math.min(16, Math.max(2, h))];
}

/** pyplot's twinx / twiny. */
import { pyfunction } from "../signature";
import { gca } from "./pyplot";
import type { Axes } from "./axes";
import { mplsig } from "./pysig";
import { makeTwin } from "./axes_twin";

const PLT_TWINX = mplsig("matplotlib.pyplot.twinx(ax=None)");
const PLT_TWINY = mplsig("matplotlib.pyplot.twiny(ax=None)");

/** `plt.twinx(ax=None)`: a second axes sharing the x axis of ax (default: the current axes), its y axis on the right. */
export function twinx(ax?: Axes | null): Axes;
export function twinx(): Axes {
  const b = PLT_TWINX.bind(arguments);
  return makeTwin(b.ax ?? gca(), "x");
}

/** `plt.twiny(ax=None)`: a second axes sharing the y axis of ax (default: the current axes), its x axis on top. */
export function twiny(ax?: Axes | null): Axes;
export function twiny(): Axes {
  const b = PLT_TWINY.bind(arguments);
  return makeTwin(b.ax ?? gca(), "y");
}

pyfunction(PLT_TWINX, twinx);
pyfunction(PLT_TWINY, twiny);

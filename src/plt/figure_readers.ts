/** Figure.get_axes, the getter a plot checker calls for fig.axes. */
import { pyfunction } from "../signature";
import { Figure } from "./figure";
import type { Axes } from "./axes";
import { mplsig } from "./pysig";

const GET_AXES = mplsig("matplotlib.figure.Figure.get_axes()");

declare module "./figure" {
  interface Figure {
    /** `Figure.get_axes()`: the figure's Axes, as `fig.axes` (a copy of the list). */
    get_axes(): Axes[];
  }
}

Figure.prototype.get_axes = function get_axes(this: Figure): Axes[] {
  if (arguments.length > 0) GET_AXES.bind(arguments);
  return this.axes.slice();
};
pyfunction(GET_AXES, Figure.prototype.get_axes);

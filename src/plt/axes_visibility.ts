/**
 * Axes.set_axis_off / set_axis_on: hide or show the axis lines, ticks, tick labels and axis
 * labels (the frame), as `axis("off")` / `axis("on")` do; `axison` reads the state.
 */
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import { mplsig } from "./pysig";

const SET_AXIS_OFF = mplsig("matplotlib.axes.Axes.set_axis_off()");
const SET_AXIS_ON = mplsig("matplotlib.axes.Axes.set_axis_on()");

declare module "./axes" {
  interface Axes {
    /** `Axes.set_axis_off()`: hides the frame, ticks and axis labels (the gallery's favourite for images). */
    set_axis_off(): void;
    /** `Axes.set_axis_on()`: shows them again. */
    set_axis_on(): void;
    /** matplotlib's `Axes.axison`: whether the axis is drawn. */
    readonly axison: boolean;
  }
}

const P = Axes.prototype;
P.set_axis_off = function set_axis_off(this: Axes): void {
  if (arguments.length > 0) SET_AXIS_OFF.bind(arguments);
  this.axisOn = false;
};
P.set_axis_on = function set_axis_on(this: Axes): void {
  if (arguments.length > 0) SET_AXIS_ON.bind(arguments);
  this.axisOn = true;
};
Object.defineProperty(P, "axison", {
  get(this: Axes): boolean {
    return this.axisOn;
  },
  configurable: true,
});
pyfunction(SET_AXIS_OFF, P.set_axis_off);
pyfunction(SET_AXIS_ON, P.set_axis_on);

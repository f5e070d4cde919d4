/** Axes.get_adjustable / set_adjustable: what gives way to a fixed aspect, the axes box or the data limits. */
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import { mplsig } from "./pysig";

const GET_ADJUSTABLE = mplsig("matplotlib.axes.Axes.get_adjustable()");
const SET_ADJUSTABLE = mplsig("matplotlib.axes.Axes.set_adjustable(adjustable, share=False)", {
  types: { adjustable: "str" },
  inList: { adjustable: ["box", "datalim"] },
  // share applies the setting to the axes sharing an axis with this one
  unsupported: ["share"],
});

declare module "./axes" {
  interface Axes {
    /** `Axes.get_adjustable()`: 'box' or 'datalim'. */
    get_adjustable(): "box" | "datalim";
    /** `Axes.set_adjustable(adjustable, share=False)`: 'box' (the axes box shrinks to the aspect) or 'datalim' (the limits widen). */
    set_adjustable(adjustable: "box" | "datalim", share?: boolean | { share?: boolean }): void;
  }
}

const P = Axes.prototype;
P.get_adjustable = function get_adjustable(this: Axes): "box" | "datalim" {
  if (arguments.length > 0) GET_ADJUSTABLE.bind(arguments);
  return this.adjustable;
};
P.set_adjustable = function set_adjustable(this: Axes): void {
  this.adjustable = SET_ADJUSTABLE.bind(arguments).adjustable;
};
pyfunction(GET_ADJUSTABLE, P.get_adjustable);
pyfunction(SET_ADJUSTABLE, P.set_adjustable);

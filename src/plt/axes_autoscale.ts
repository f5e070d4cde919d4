/**
 * Axes' autoscaling switches: get/set_autoscale_on (x, y, both), autoscale, relim and
 * autoscale_view. plt computes autoscaled limits from the artists whenever they are read, so an
 * axis autoscales while it has no set limits: switching autoscaling off freezes the current
 * limits; switching it on keeps them until the next artist (as matplotlib, which recomputes
 * only when asked), autoscale() lets them follow the data at once, and relim / autoscale_view
 * have nothing left to recompute.
 */
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import { mplsig } from "./pysig";

const GET_AUTOSCALE_ON = mplsig("matplotlib.axes.Axes.get_autoscale_on()");
const GET_AUTOSCALEX_ON = mplsig("matplotlib.axes.Axes.get_autoscalex_on()");
const GET_AUTOSCALEY_ON = mplsig("matplotlib.axes.Axes.get_autoscaley_on()");
const SET_AUTOSCALE_ON = mplsig("matplotlib.axes.Axes.set_autoscale_on(b)", { types: { b: "bool" } });
const SET_AUTOSCALEX_ON = mplsig("matplotlib.axes.Axes.set_autoscalex_on(b)", { types: { b: "bool" } });
const SET_AUTOSCALEY_ON = mplsig("matplotlib.axes.Axes.set_autoscaley_on(b)", { types: { b: "bool" } });
export const AUTOSCALE = mplsig("matplotlib.axes.Axes.autoscale(enable=True, axis='both', tight=None)", {
  types: { enable: "bool|None", axis: "str", tight: "bool|None" },
});
const RELIM = mplsig("matplotlib.axes.Axes.relim(visible_only=False)", { types: { visible_only: "bool" } });
const AUTOSCALE_VIEW = mplsig("matplotlib.axes.Axes.autoscale_view(tight=None, scalex=True, scaley=True)", {
  types: { tight: "bool|None", scalex: "bool", scaley: "bool" },
});

/** Options of `Axes.autoscale`. */
export interface AutoscaleOptions {
  enable?: boolean | null;
  axis?: "both" | "x" | "y";
  tight?: boolean | null;
}

declare module "./axes" {
  interface Axes {
    /** `Axes.get_autoscale_on()`: whether both axes autoscale (no limits set on either). */
    get_autoscale_on(): boolean;
    /** `Axes.get_autoscalex_on()`: whether the x axis autoscales. */
    get_autoscalex_on(): boolean;
    /** `Axes.get_autoscaley_on()`: whether the y axis autoscales. */
    get_autoscaley_on(): boolean;
    /** `Axes.set_autoscale_on(b)`: both axes follow the data (true) or keep their current limits (false). */
    set_autoscale_on(b: boolean): void;
    /** `Axes.set_autoscalex_on(b)`: the x axis follows the data or keeps its current limits. */
    set_autoscalex_on(b: boolean): void;
    /** `Axes.set_autoscaley_on(b)`: the y axis follows the data or keeps its current limits. */
    set_autoscaley_on(b: boolean): void;
    /** `Axes.autoscale(enable=True, axis='both', tight=None)`: switches autoscaling of one or both axes; tight=True drops their margins. */
    autoscale(...args: [enable?: boolean | null | AutoscaleOptions, axis?: "both" | "x" | "y" | AutoscaleOptions, tight?: boolean | null | AutoscaleOptions, options?: AutoscaleOptions]): void;
    /** `Axes.relim(visible_only=False)`: recomputes the data limits (plt's are always current). */
    relim(visible_only?: boolean | { visible_only?: boolean }): void;
    /** `Axes.autoscale_view(tight=None, scalex=True, scaley=True)`: fits autoscaled axes to the data (plt's always are when drawn). */
    autoscale_view(...args: [tight?: boolean | null | { tight?: boolean | null; scalex?: boolean; scaley?: boolean }, scalex?: boolean | object, scaley?: boolean | object, options?: { tight?: boolean | null; scalex?: boolean; scaley?: boolean }]): void;
  }
}

/** Axes whose axis autoscales again at the next artist added (matplotlib's deferred autoscale request). */
const PENDING = new WeakMap<Axes, { x?: true; y?: true }>();

/** Whether the axis autoscales: no set limits, or limits kept only until the next artist. */
export function autoscaleOn(ax: Axes, which: "x" | "y"): boolean {
  return (which === "x" ? ax.xlim : ax.ylim) === null || PENDING.get(ax)?.[which] === true;
}

/** Lets the limits follow the data again, keeping the axis' direction. */
function release(ax: Axes, which: "x" | "y"): void {
  const key = which === "x" ? "xlim" : "ylim";
  const set = ax[key];
  if (set === null) return;
  const reversed = set[0] > set[1];
  ax[key] = null;
  const invertedNow = which === "x" ? ax.xaxis_inverted() : ax.yaxis_inverted();
  if (invertedNow !== reversed) {
    if (which === "x") ax.xInverted = !ax.xInverted;
    else ax.yInverted = !ax.yInverted;
  }
}

/**
 * Keeps the axis' current limits until an artist is added, then autoscales: what matplotlib
 * does after set_autoscalex_on(True) or set_xbound on an autoscaling axis (it recomputes limits
 * only when a new artist asks for it). An axis shared with another autoscales at once.
 */
export function autoscaleLater(ax: Axes, which: "x" | "y"): void {
  const key = which === "x" ? "xlim" : "ylim";
  if (PENDING.get(ax)?.[which]) return;
  const own = Object.getOwnPropertyDescriptor(ax, key);
  if (own?.get !== undefined) return release(ax, which);
  const kept = ax[key];
  if (kept === null) return;
  const count = ax.artists.length;
  const pending = PENDING.get(ax) ?? {};
  pending[which] = true;
  PENDING.set(ax, pending);
  const settle = (value: [number, number] | null): void => {
    delete PENDING.get(ax)?.[which];
    Object.defineProperty(ax, key, { value, writable: true, configurable: true, enumerable: true });
  };
  Object.defineProperty(ax, key, {
    get: (): [number, number] | null => {
      if (ax.artists.length === count) return kept;
      settle(kept);
      release(ax, which);
      return null;
    },
    set: (v: [number, number] | null) => settle(v),
    configurable: true,
    enumerable: true,
  });
}

/** Drops deferred autoscaling (Axes.cla): the limits become plain unset ones. */
export function forgetPending(ax: Axes): void {
  const pending = PENDING.get(ax);
  if (pending === undefined) return;
  for (const which of ["x", "y"] as const) {
    if (pending[which]) Object.defineProperty(ax, which === "x" ? "xlim" : "ylim", { value: null, writable: true, configurable: true, enumerable: true });
  }
  PENDING.delete(ax);
}

/** Switches one axis' autoscaling: off freezes the limits shown now; on lets them follow the data (now, or at the next artist when `later`). */
export function setAutoscale(ax: Axes, which: "x" | "y", on: boolean, later = false): void {
  const key = which === "x" ? "xlim" : "ylim";
  if (!on) {
    const current = which === "x" ? ax.get_xlim() : ax.get_ylim();
    ax[key] = [current[0], current[1]];
    return;
  }
  if (later) autoscaleLater(ax, which);
  else release(ax, which);
}

const P = Axes.prototype;
P.get_autoscale_on = function get_autoscale_on(this: Axes): boolean {
  if (arguments.length > 0) GET_AUTOSCALE_ON.bind(arguments);
  return autoscaleOn(this, "x") && autoscaleOn(this, "y");
};
P.get_autoscalex_on = function get_autoscalex_on(this: Axes): boolean {
  if (arguments.length > 0) GET_AUTOSCALEX_ON.bind(arguments);
  return autoscaleOn(this, "x");
};
P.get_autoscaley_on = function get_autoscaley_on(this: Axes): boolean {
  if (arguments.length > 0) GET_AUTOSCALEY_ON.bind(arguments);
  return autoscaleOn(this, "y");
};
P.set_autoscale_on = function set_autoscale_on(this: Axes): void {
  const on = Boolean(SET_AUTOSCALE_ON.bind(arguments).b);
  setAutoscale(this, "x", on, true);
  setAutoscale(this, "y", on, true);
};
P.set_autoscalex_on = function set_autoscalex_on(this: Axes): void {
  setAutoscale(this, "x", Boolean(SET_AUTOSCALEX_ON.bind(arguments).b), true);
};
P.set_autoscaley_on = function set_autoscaley_on(this: Axes): void {
  setAutoscale(this, "y", Boolean(SET_AUTOSCALEY_ON.bind(arguments).b), true);
};
P.autoscale = function autoscale(this: Axes): void {
  const b = AUTOSCALE.bind(arguments);
  let scalex = true;
  let scaley = true;
  if (b.enable != null) {
    // matplotlib leaves both axes alone for any other axis value
    const axis = b.axis as string;
    scalex = axis === "x" || axis === "both";
    scaley = axis === "y" || axis === "both";
    if (scalex) setAutoscale(this, "x", Boolean(b.enable));
    if (scaley) setAutoscale(this, "y", Boolean(b.enable));
    scalex = scalex && autoscaleOn(this, "x");
    scaley = scaley && autoscaleOn(this, "y");
  }
  // tight=True drops the margins of the axes it rescales; tight=False only matters for
  // axes.autolimit_mode 'round_numbers', which plt does not have
  if (b.tight && scalex) this._margins.x = 0;
  if (b.tight && scaley) this._margins.y = 0;
};
P.relim = function relim(this: Axes): void {
  // every artist plt draws is visible, so visible_only changes nothing either
  if (arguments.length > 0) RELIM.bind(arguments);
  // lines whose data set_data replaced count with their new data from now on
  for (const a of this.artists) if (a.kind === "line") delete a.datalim;
};
P.autoscale_view = function autoscale_view(this: Axes): void {
  // autoscaled axes already fit their data whenever read; tight only matters for 'round_numbers' limits
  if (arguments.length > 0) AUTOSCALE_VIEW.bind(arguments);
};
pyfunction(GET_AUTOSCALE_ON, P.get_autoscale_on);
pyfunction(GET_AUTOSCALEX_ON, P.get_autoscalex_on);
pyfunction(GET_AUTOSCALEY_ON, P.get_autoscaley_on);
pyfunction(SET_AUTOSCALE_ON, P.set_autoscale_on);
pyfunction(SET_AUTOSCALEX_ON, P.set_autoscalex_on);
pyfunction(SET_AUTOSCALEY_ON, P.set_autoscaley_on);
pyfunction(AUTOSCALE, P.autoscale);
pyfunction(RELIM, P.relim);
pyfunction(AUTOSCALE_VIEW, P.autoscale_view);

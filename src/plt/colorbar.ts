/**
 * matplotlib's Colorbar as the figure model keeps it: the parent axes holds the mapping it shows
 * (Axes.colorbarMapping, kept in step with set_clim / set_cmap), this file where the bar sits
 * (location, orientation), its extensions and its ticks. The bar is drawn as an axes of its own
 * (compile/colorbar.ts) at the box colorbar_layout.ts gives it.
 */
import { PyTypeError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import type { Axes } from "./axes";
import type { ScalarMapping } from "./artists";
import { readArray, NDArrayLike } from "./data";
import { mplsig, TEXT_SET } from "./pysig";
import { withRepr } from "./pyobjects";

export type ColorbarLocation = "left" | "right" | "top" | "bottom";
export type Extend = "neither" | "both" | "min" | "max";

/** What a colorbar() call chose besides the mapping. */
export interface ColorbarSettings {
  location: ColorbarLocation;
  orientation: "vertical" | "horizontal";
  extend: Extend;
  /** Tick locations given (ticks=...), else null: the norm's locator. */
  ticks: number[] | null;
}

/** The mapping a colorbar shows (with a contour set's levels and extend when it shows one). */
export type BarMapping = ScalarMapping & { label: string; levels?: number[]; extend?: Extend; source?: object };

/** make_axes' placement per location: the anchors (x, y from the bottom) and the default pad. */
export const LOCATIONS: Record<ColorbarLocation, { orientation: "vertical" | "horizontal"; anchor: [number, number]; panchor: [number, number]; pad: number }> = {
  left: { orientation: "vertical", anchor: [1.0, 0.5], panchor: [0.0, 0.5], pad: 0.1 },
  right: { orientation: "vertical", anchor: [0.0, 0.5], panchor: [1.0, 0.5], pad: 0.05 },
  top: { orientation: "horizontal", anchor: [0.5, 0.0], panchor: [0.5, 1.0], pad: 0.05 },
  bottom: { orientation: "horizontal", anchor: [0.5, 1.0], panchor: [0.5, 0.0], pad: 0.15 },
};

const SETTINGS = new WeakMap<Axes, ColorbarSettings>();

/** The settings of the colorbar beside `parent` (a default vertical bar if none were recorded). */
export function colorbarSettings(parent: Axes): ColorbarSettings {
  return SETTINGS.get(parent) ?? { location: "right", orientation: "vertical", extend: "neither", ticks: null };
}

/** The colorbar keywords of a bound colorbar() call, checked as matplotlib checks them. */
export function readSettings(b: Record<string, any>, mapping: BarMapping): ColorbarSettings {
  if (b.orientation != null && b.orientation !== "vertical" && b.orientation !== "horizontal") {
    throw new ValueError(`'${b.orientation}' is not a valid value for orientation; supported values are None, 'vertical', 'horizontal'`);
  }
  const location: ColorbarLocation = b.location ?? (b.orientation === "horizontal" ? "bottom" : "right");
  const orientation = LOCATIONS[location].orientation;
  if (b.orientation != null && b.orientation !== orientation) throw new PyTypeError("location and orientation are mutually exclusive");
  // a contour set's own extend, else the norm's (BoundaryNorm), else none
  const extend: Extend = b.extend ?? mapping.extend ?? (mapping.norm?._extend() as Extend | null) ?? "neither";
  return { location, orientation, extend, ticks: b.ticks == null ? null : Array.from(readArray(b.ticks as NDArrayLike, "ticks").values) };
}

// the Text keywords (**kwargs) are not drawn on a colorbar's label yet: any is refused
const SET_LABEL = mplsig("matplotlib.colorbar.Colorbar.set_label(label, *, loc=None)", {
  types: { label: "str" },
  unsupported: ["loc"],
  kwargs: TEXT_SET,
});

/** `matplotlib.colorbar.Colorbar`: what colorbar() returns. */
export class Colorbar {
  /** @internal */
  constructor(
    /** @internal The axes the bar stands beside. */
    readonly _parent: Axes,
  ) {}

  /** "vertical" or "horizontal". */
  get orientation(): "vertical" | "horizontal" {
    return colorbarSettings(this._parent).orientation;
  }

  /** Which ends have extensions: "neither", "both", "min" or "max". */
  get extend(): Extend {
    return colorbarSettings(this._parent).extend;
  }

  /** The limits the bar spans (the norm's vmin and vmax). */
  get vmin(): number {
    return this._parent.colorbarMapping?.vmin ?? 0;
  }
  get vmax(): number {
    return this._parent.colorbarMapping?.vmax ?? 1;
  }

  /** `Colorbar.set_label(label, *, loc=None, **kwargs)`: the label along the long axis. */
  set_label(label: string, options?: { loc?: null }): void;
  set_label(): void {
    const b = SET_LABEL.bind(arguments);
    const m = this._parent.colorbarMapping;
    if (m) this._parent.colorbarMapping = { ...m, label: String(b.label) };
  }
}
pyfunction(SET_LABEL, Colorbar.prototype.set_label);

/** Puts a colorbar showing `mapping` beside `parent`, as a bound colorbar() call asks. */
export function attachColorbar(parent: Axes, mapping: ScalarMapping & { levels?: number[]; extend?: Extend }, b: Record<string, any>, source?: object): Colorbar {
  const bar: BarMapping = { ...mapping, label: String(b.label ?? ""), source };
  SETTINGS.set(parent, readSettings(b, bar));
  parent.colorbarMapping = bar;
  return withRepr(new Colorbar(parent), () => "<matplotlib.colorbar.Colorbar object>", parent.figure);
}

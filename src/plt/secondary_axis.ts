/**
 * Axes.secondary_xaxis / secondary_yaxis: a second axis on the parent's plot area whose
 * coordinates are the parent's through `functions` (forward, inverse), e.g. radians shown in
 * degrees. Its limits are forward(parent's limits); its ticks are matplotlib's AutoLocator in
 * those coordinates, placed where inverse puts them on the parent's axis.
 */
import { NotImplementedError, ValueError } from "../errors";
import { pyfunction } from "../signature";
import { NDArray } from "../np/ndarray";
import { float64 } from "../np/dtype";
import { Axes } from "./axes";
import { readArray, NDArrayLike } from "./data";
import { AXES_SET, mplsig, TEXT_PROPERTY } from "./pysig";
import { axisTicks, formatTicks } from "./ticks";
import { withRepr } from "./pyobjects";
import { lineHeight, lineWidth, textExtent } from "./text_metrics";

const SECONDARY_SPEC = { types: { location: "str|float" }, kwargs: AXES_SET };
const SECONDARY_X = mplsig("matplotlib.axes.Axes.secondary_xaxis(location, *, functions=None)", SECONDARY_SPEC);
const SECONDARY_Y = mplsig("matplotlib.axes.Axes.secondary_yaxis(location, *, functions=None)", SECONDARY_SPEC);
const LABEL_SPEC = { unsupported: ["fontdict", "labelpad", "loc"], kwargs: TEXT_PROPERTY };
const SET_XLABEL = mplsig("matplotlib.axes._secondary_axes.SecondaryAxis.set_xlabel(xlabel, fontdict=None, labelpad=None, *, loc=None)", { types: { xlabel: "str" }, ...LABEL_SPEC });
const SET_YLABEL = mplsig("matplotlib.axes._secondary_axes.SecondaryAxis.set_ylabel(ylabel, fontdict=None, labelpad=None, *, loc=None)", { types: { ylabel: "str" }, ...LABEL_SPEC });

type Fn = (v: NDArray) => unknown;

/** Options of secondary_xaxis / secondary_yaxis. */
export interface SecondaryAxisOptions {
  location?: string | number;
  /** (forward, inverse): the parent's coordinates to the secondary's and back; None: the same. */
  functions?: readonly [Fn, Fn] | null;
}

const SECONDARIES = new WeakMap<Axes, SecondaryAxis[]>();

/** The secondary axes drawn on `ax`, in the order made. */
export function secondaryAxesOf(ax: Axes): readonly SecondaryAxis[] {
  return SECONDARIES.get(ax) ?? [];
}

/** Applies one of the user's functions to numbers. */
function apply(fn: Fn | null, values: number[]): number[] {
  if (fn === null) return values;
  const out = fn(NDArray.fromStorage(Float64Array.from(values), [values.length], float64));
  return Array.from(readArray(out as NDArrayLike, "functions' result").values);
}

/** `matplotlib.axes._secondary_axes.SecondaryAxis`: what secondary_xaxis / secondary_yaxis return. */
export class SecondaryAxis {
  /** @internal The axis label. */
  _label = "";

  /** @internal */
  constructor(
    /** @internal */
    readonly _parent: Axes,
    /** @internal Which of the parent's axes it mirrors. */
    readonly _orientation: "x" | "y",
    /** @internal "top" / "bottom" / "left" / "right" or a fraction of the parent's axes. */
    readonly _location: string | number,
    /** @internal (forward, inverse), or null for the identity. */
    readonly _functions: readonly [Fn, Fn] | null,
  ) {}

  /** @internal Where the axis sits across the parent (0 bottom / left, 1 top / right). */
  get _pos(): number {
    return typeof this._location === "number" ? this._location : this._location === "top" || this._location === "right" ? 1 : 0;
  }

  /** @internal The side its ticks and labels go: matplotlib's first location string, flipped below 0.5. */
  get _side(): "top" | "bottom" | "left" | "right" {
    if (this._orientation === "x") return this._pos < 0.5 ? "bottom" : "top";
    return this._pos < 0.5 ? "left" : "right";
  }

  /** @internal The secondary's limits: forward of the parent's. */
  _lim(): [number, number] {
    const lim = this._orientation === "x" ? this._parent.get_xlim() : this._parent.get_ylim();
    const [a, b] = apply(this._functions?.[0] ?? null, [lim[0], lim[1]]);
    return [a, b];
  }

  /**
   * @internal The ticks on an axis `lengthPx` long: values and labels in the secondary's
   * coordinates, and where they fall in the parent's.
   */
  _ticks(lengthPx: number, dpi: number, fontPt: number): { values: number[]; labels: string[]; at: number[] } {
    const [a, b] = this._lim();
    const values = axisTicks(Math.min(a, b), Math.max(a, b), lengthPx, dpi, fontPt, this._orientation);
    const labels = formatTicks(values).map((t) => t.replace(/^-(?=.*[1-9])/, "−").replace(/^-/, ""));
    return { values, labels, at: apply(this._functions?.[1] ?? null, values) };
  }

  /** `SecondaryAxis.set_xlabel(xlabel, fontdict=None, labelpad=None, *, loc=None, **kwargs)`: the label of a secondary x axis. */
  set_xlabel(xlabel: string, options?: { fontdict?: null; labelpad?: null; loc?: null }): void;
  set_xlabel(): void {
    this._label = String(SET_XLABEL.bind(arguments).xlabel);
  }

  /** `SecondaryAxis.set_ylabel(ylabel, fontdict=None, labelpad=None, *, loc=None, **kwargs)`: the label of a secondary y axis. */
  set_ylabel(ylabel: string, options?: { fontdict?: null; labelpad?: null; loc?: null }): void;
  set_ylabel(): void {
    this._label = String(SET_YLABEL.bind(arguments).ylabel);
  }
}
pyfunction(SET_XLABEL, SecondaryAxis.prototype.set_xlabel);
pyfunction(SET_YLABEL, SecondaryAxis.prototype.set_ylabel);

/** Makes a secondary axis on `ax` from a bound secondary_xaxis / secondary_yaxis call. */
function makeSecondary(ax: Axes, which: "x" | "y", b: Record<string, any>): SecondaryAxis {
  const sides = which === "x" ? ["top", "bottom"] : ["left", "right"];
  const loc = b.location;
  if (!(typeof loc === "number" || sides.includes(loc))) {
    throw new ValueError(`secondary_${which}axis location must be either a float or "${sides[0]}"/"${sides[1]}"`);
  }
  let functions: readonly [Fn, Fn] | null = null;
  const f = b.functions;
  if (f != null) {
    if (!(Array.isArray(f) && f.length === 2 && typeof f[0] === "function" && typeof f[1] === "function")) {
      if (typeof f === "object" && !Array.isArray(f)) throw new NotImplementedError(`secondary_${which}axis() functions as a Transform is not supported yet`);
      throw new ValueError("functions argument of secondary axes must be a two-tuple of callable functions with the first function being the transform and the second being the inverse");
    }
    functions = [f[0], f[1]];
  }
  const sec = new SecondaryAxis(ax, which, loc, functions);
  SECONDARIES.set(ax, [...secondaryAxesOf(ax), sec]);
  return withRepr(sec, () => "<matplotlib.axes._secondary_axes.SecondaryAxis object>", ax.figure);
}

declare module "./axes" {
  interface Axes {
    /** `Axes.secondary_xaxis(location, *, functions=None, **kwargs)`: a second x axis ("top", "bottom" or a fraction) in coordinates forward(x). */
    secondary_xaxis(location: "top" | "bottom" | number, options?: SecondaryAxisOptions): SecondaryAxis;
    /** `Axes.secondary_yaxis(location, *, functions=None, **kwargs)`: a second y axis ("left", "right" or a fraction) in coordinates forward(y). */
    secondary_yaxis(location: "left" | "right" | number, options?: SecondaryAxisOptions): SecondaryAxis;
  }
}

const P = Axes.prototype;
P.secondary_xaxis = function secondary_xaxis(this: Axes): SecondaryAxis {
  return makeSecondary(this, "x", SECONDARY_X.bind(arguments));
};
P.secondary_yaxis = function secondary_yaxis(this: Axes): SecondaryAxis {
  return makeSecondary(this, "y", SECONDARY_Y.bind(arguments));
};
pyfunction(SECONDARY_X, P.secondary_xaxis);
pyfunction(SECONDARY_Y, P.secondary_yaxis);

/** The room `ax`'s secondary axes take past its box (px) at `box`'s size: ticks, tick labels and label, per side. */
export function secondaryDepths(ax: Axes, size: { width: number; height: number }, dpi: number, fontPx: number): Record<"top" | "bottom" | "left" | "right", number> {
  const out = { top: 0, bottom: 0, left: 0, right: 0 };
  const k = dpi / 72;
  for (const sec of secondaryAxesOf(ax)) {
    const vertical = sec._orientation === "y";
    const length = vertical ? size.height : size.width;
    const { labels, at } = sec._ticks(length, dpi, fontPx / k);
    const across = vertical ? Math.max(0, ...labels.map((l) => lineWidth(l, fontPx))) : lineHeight(fontPx);
    let depth = labels.length > 0 ? 7 * k + across : 0;
    if (sec._label !== "") depth += 4 * k + textExtent(sec._label, fontPx).height;
    // an axis inside the box (a fraction) reaches past it only by what exceeds its distance to the edge
    const across0 = vertical ? size.width : size.height;
    const inside = (sec._side === "top" || sec._side === "right" ? 1 - sec._pos : sec._pos) * across0;
    out[sec._side] = Math.max(out[sec._side], depth - inside);
    // tick labels centred on ticks near the ends overhang the box's sides
    const [a, b] = vertical ? ax.get_ylim() : ax.get_xlim();
    const [lo, hi] = vertical ? (["bottom", "top"] as const) : (["left", "right"] as const);
    at.forEach((v, i) => {
      const pos = ((v - a) / (b - a)) * length;
      const half = vertical ? lineHeight(fontPx) / 2 : lineWidth(labels[i], fontPx) / 2;
      out[lo] = Math.max(out[lo], half - pos);
      out[hi] = Math.max(out[hi], half - (length - pos));
    });
  }
  return out;
}

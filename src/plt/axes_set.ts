/**
 * Axes.set(**kwargs) and Axes.update(props): each property through its set_<name> method, in
 * the order given, returning the setters' results, as matplotlib's Artist.set / update do.
 */
import { AttributeError, NotImplementedError } from "../errors";
import { pyfunction } from "../signature";
import { Axes } from "./axes";
import { AXES_SET, mplsig } from "./pysig";

/** The properties plt's Axes has setters for; matplotlib's other Axes properties are refused as not supported yet. */
const SETTABLE = [
  "adjustable", "aspect", "autoscale_on", "autoscalex_on", "autoscaley_on", "label", "title", "xbound", "xlabel", "xlim", "xmargin", "xscale", "xticklabels",
  "xticks", "ybound", "ylabel", "ylim", "ymargin", "yscale", "yticklabels", "yticks",
];
const ALL = [
  "adjustable", "agg_filter", "alpha", "anchor", "animated", "aspect", "autoscale_on", "autoscalex_on", "autoscaley_on", "axes_locator", "axisbelow",
  "box_aspect", "clip_box", "clip_on", "clip_path", "facecolor", "frame_on", "gid", "in_layout", "label", "mouseover", "navigate", "path_effects",
  "picker", "position", "prop_cycle", "rasterization_zorder", "rasterized", "sketch_params", "snap", "title", "transform", "url", "visible", "xbound",
  "xlabel", "xlim", "xmargin", "xscale", "xticklabels", "xticks", "ybound", "ylabel", "ylim", "ymargin", "yscale", "yticklabels", "yticks", "zorder",
];
const SET = mplsig(`matplotlib.axes.Axes.set(*, ${ALL.map((k) => `${k}=None`).join(", ")})`, {
  types: Object.fromEntries(SETTABLE.map((k) => [k, "any"])),
  unsupported: ALL.filter((k) => !SETTABLE.includes(k)),
  kwargs: AXES_SET,
});
const UPDATE = mplsig("matplotlib.axes.Axes.update(props)", { types: { props: "mapping" } });

/** Options of `Axes.set`: any Axes property by name. */
export type AxesSetOptions = { [K in (typeof SETTABLE)[number]]?: unknown } & Record<string, unknown>;

declare module "./axes" {
  interface Axes {
    /** `Axes.set(**kwargs)`: sets properties through their setters, in order: `ax.set({ xlim: [0, 5], title: "t", xlabel: "x" })`; returns the setters' results. */
    set(options: AxesSetOptions): unknown[];
    /** `Axes.update(props)`: as set, from a mapping. */
    update(props: AxesSetOptions): unknown[];
  }
}

/** Calls set_<key>(value) for each property, refusing a property the Axes has no setter for. */
export function applyProperties(target: object, props: Record<string, unknown>, refuse: (key: string) => Error): unknown[] {
  const out: unknown[] = [];
  for (const [key, value] of Object.entries(props)) {
    const setter = (target as Record<string, unknown>)[`set_${key}`];
    if (typeof setter !== "function") throw refuse(key);
    out.push((setter as (v: unknown) => unknown).call(target, value));
  }
  return out;
}

const P = Axes.prototype;
P.set = function set(this: Axes): unknown[] {
  SET.bind(arguments);
  const props = (arguments[0] ?? {}) as Record<string, unknown>;
  return applyProperties(this, props, (k) => new NotImplementedError(`set() keyword argument '${k}' is not supported yet`));
};
P.update = function update(this: Axes): unknown[] {
  const { props } = UPDATE.bind(arguments);
  return applyProperties(this, props, (k) =>
    ALL.includes(k) ? new NotImplementedError(`update() property '${k}' is not supported yet`) : new AttributeError(`'AxesSubplot' object has no property '${k}'`),
  );
};
pyfunction(SET, P.set);
pyfunction(UPDATE, P.update);

/**
 * pyplot's figure and axes housekeeping: clf, cla, delaxes, autoscale, fignum_exists,
 * get_figlabels, getp and setp.
 */
import { AttributeError, NotImplementedError, ValueError } from "../errors";
import { isPlainObject, pyfunction } from "../signature";
import { Axes } from "./axes";
import { mplsig } from "./pysig";
import { gca, gcf } from "./pyplot";
import { openFigures } from "./state";
import { AUTOSCALE, type AutoscaleOptions } from "./axes_autoscale";
import { removeAxes } from "./axes_clear";
import { applyProperties } from "./axes_set";

const CLF = mplsig("matplotlib.pyplot.clf()");
const CLA = mplsig("matplotlib.pyplot.cla()");
const DELAXES = mplsig("matplotlib.pyplot.delaxes(ax=None)");
const FIGNUM_EXISTS = mplsig("matplotlib.pyplot.fignum_exists(num)");
const GET_FIGLABELS = mplsig("matplotlib.pyplot.get_figlabels()");
const GETP = mplsig("matplotlib.pyplot.getp(obj, *args)");
const SETP = mplsig("matplotlib.pyplot.setp(obj, *args)");

/** `plt.clf()`: clears the current figure: its axes and suptitle go, the figure stays open. */
export function clf(): void {
  if (arguments.length > 0) CLF.bind(arguments);
  const fig = gcf();
  fig.axes.splice(0, fig.axes.length);
  fig.suptitleText = "";
  fig.suptitleStyle = {};
}

/** `plt.cla()`: clears the current axes (Axes.cla). */
export function cla(): void {
  if (arguments.length > 0) CLA.bind(arguments);
  gca().cla();
}

/** `plt.delaxes(ax=None)`: removes ax (default: the current axes) from its figure. */
export function delaxes(ax?: Axes | null): void;
export function delaxes(): void {
  const b = DELAXES.bind(arguments);
  removeAxes(b.ax ?? gca());
}

/** `plt.autoscale(enable=True, axis='both', tight=None)`: Axes.autoscale on the current axes. */
export function autoscale(...args: [enable?: boolean | null | AutoscaleOptions, axis?: "both" | "x" | "y" | AutoscaleOptions, tight?: boolean | null | AutoscaleOptions, options?: AutoscaleOptions]): void;
export function autoscale(...args: unknown[]): void {
  (gca().autoscale as (...a: unknown[]) => void)(...args);
}

/** `plt.fignum_exists(num)`: whether a figure numbered num is open. */
export function fignum_exists(num: number | string): boolean;
export function fignum_exists(): boolean {
  const { num } = FIGNUM_EXISTS.bind(arguments);
  // plt's figures have no labels (figure(num=str) is not supported), so a string names none
  return openFigures().some((f) => f.number === num);
}

/** `plt.get_figlabels()`: the labels of the open figures ('' each: plt's figures have no labels). */
export function get_figlabels(): string[] {
  if (arguments.length > 0) GET_FIGLABELS.bind(arguments);
  return openFigures().map(() => "");
}

/** `plt.getp(obj, *args)`: `getp(obj, "xlim")` calls `obj.get_xlim()`. */
export function getp(obj: object, property: string): unknown;
export function getp(): unknown {
  const { obj, args } = GETP.bind(arguments) as { obj: Record<string, unknown>; args: unknown[] };
  if (args.length === 0) throw new NotImplementedError("getp(obj) without a property (printing every property) is not supported yet");
  const getter = obj[`get_${String(args[0])}`];
  if (typeof getter !== "function") throw new AttributeError(`'${typeName(obj)}' object has no attribute 'get_${String(args[0])}'`);
  return (getter as () => unknown).call(obj);
}

/**
 * `plt.setp(obj, *args, **kwargs)`: sets properties on an artist or a list of them through their
 * set_<name> methods: `setp(ax, { xlim: [0, 1] })`, `setp(ax, "xlabel", "x")`; returns the results.
 */
export function setp(obj: object | readonly object[], ...args: unknown[]): unknown[];
export function setp(obj: unknown, ...rest: unknown[]): unknown[] {
  const objs = Array.isArray(obj) ? obj : [obj];
  const props: Record<string, unknown> = {};
  const pairs = rest.length > 0 && isPlainObject(rest[rest.length - 1]) ? rest.slice(0, -1) : rest;
  const kwargs = pairs.length < rest.length ? (rest[rest.length - 1] as Record<string, unknown>) : {};
  if (pairs.length === 0 && Object.keys(kwargs).length === 0) throw new NotImplementedError("setp(obj) without properties (printing the settable properties) is not supported yet");
  SETP.bind([obj, ...pairs]);
  if (pairs.length % 2 !== 0) throw new ValueError("The set args must be string, value pairs");
  for (let i = 0; i < pairs.length; i += 2) props[String(pairs[i])] = pairs[i + 1];
  Object.assign(props, kwargs);
  const out: unknown[] = [];
  for (const o of objs) {
    out.push(...applyProperties(o as object, props, (k) => new NotImplementedError(`setp() on ${typeName(o)}: property '${k}' is not supported yet`)));
  }
  return out;
}

function typeName(o: unknown): string {
  return o instanceof Axes ? "AxesSubplot" : ((o as object)?.constructor?.name ?? typeof o);
}

pyfunction(CLF, clf);
pyfunction(CLA, cla);
pyfunction(DELAXES, delaxes);
pyfunction(AUTOSCALE.twin("matplotlib.pyplot.autoscale"), autoscale);
pyfunction(FIGNUM_EXISTS, fignum_exists);
pyfunction(GET_FIGLABELS, get_figlabels);
pyfunction(GETP, getp);
pyfunction(SETP, setp);

/**
 * Axis scales: set_xscale / set_yscale (and pyplot's xscale / yscale) for "linear", "log",
 * "symlog" and "logit". Log axes use Vega-Lite's log scale, with matplotlib's LogLocator major
 * ticks at decades and LogFormatterSciNotation's 10^k labels; symlog and logit axes are drawn in
 * their transformed coordinates (scale_transforms.ts) with matplotlib's locators and formatters.
 */
import { NotImplementedError, PyTypeError, ValueError } from "../errors";
import type { Bound } from "../signature";
import type { Axes } from "./axes";
import { mplsig, notInList } from "./pysig";
import { setScaleParams, type ScaleParams } from "./scale_transforms";

/** The scale classes' keywords (LogScale's base / subs / nonpositive, SymmetricalLogScale's linthresh / linscale, LogitScale's one_half / use_overline). */
const SCALE_KEYWORDS = "base=None, subs=None, nonpositive=None, linthresh=None, linscale=None, one_half=None, use_overline=None, functions=None";
const SCALE_SPEC = {
  types: { base: "float|None", linthresh: "float|None", linscale: "float|None", nonpositive: "str|None", one_half: "str|None", use_overline: "bool|None" },
  // FuncScale's forward / inverse pair ('function' scales are not drawn)
  unsupported: ["functions"],
} as const;

export const SET_XSCALE = mplsig(`matplotlib.axes.Axes.set_xscale(value, *, ${SCALE_KEYWORDS})`, SCALE_SPEC);
export const SET_YSCALE = mplsig(`matplotlib.axes.Axes.set_yscale(value, *, ${SCALE_KEYWORDS})`, SCALE_SPEC);
export const GET_XSCALE = mplsig("matplotlib.axes.Axes.get_xscale()");
export const GET_YSCALE = mplsig("matplotlib.axes.Axes.get_yscale()");

const SCALES = ["linear", "log", "symlog", "asinh", "logit", "function", "functionlog"];

export type AxisScale = "linear" | "log" | "symlog" | "logit";

/** Options of set_xscale / set_yscale: the keywords of the scale chosen. */
export interface ScaleOptions {
  /** symlog (log: not supported yet): the logarithm's base, 10. */
  base?: number | null;
  /** symlog: the multiples of each decade that get ticks (minor ticks), [1] by default. */
  subs?: readonly number[] | null;
  /** logit: 'mask' (default) or 'clip' values outside (0, 1) (log: not supported yet). */
  nonpositive?: "mask" | "clip" | null;
  /** symlog: the half-width of the linear range around 0, 2 by default. */
  linthresh?: number | null;
  /** symlog: the linear range's length in decades, 1 by default. */
  linscale?: number | null;
  /** logit: the label of 1/2, "\\frac{1}{2}" by default. */
  one_half?: string | null;
  /** logit: label p > 1/2 as an overlined 1 - p. */
  use_overline?: boolean | null;
  functions?: null;
}

const CLASS: Record<string, string> = { linear: "LinearScale", log: "LogScale", symlog: "SymmetricalLogScale", logit: "LogitScale" };
const ACCEPTS: Record<string, string[]> = { linear: [], log: ["base", "subs", "nonpositive"], symlog: ["base", "linthresh", "subs", "linscale"], logit: ["nonpositive", "one_half", "use_overline"] };
const KEYWORDS = ["base", "subs", "nonpositive", "linthresh", "linscale", "one_half", "use_overline", "functions"];

/** Binds a set_xscale call, refusing a keyword the scale does not take as its class does. */
function bindScale(which: "x" | "y", args: ArrayLike<unknown>): Bound {
  const sig = which === "x" ? SET_XSCALE : SET_YSCALE;
  const value = args[0];
  const cls = typeof value === "string" ? CLASS[value] : undefined;
  let b: Bound;
  try {
    b = sig.bind(args);
  } catch (e) {
    const m = e instanceof PyTypeError ? /unexpected keyword argument '(\w+)'/.exec(e.message) : null;
    if (m !== null && cls !== undefined) throw new PyTypeError(`${cls}.__init__() got an unexpected keyword argument '${m[1]}'`);
    throw e;
  }
  if (cls !== undefined) {
    for (const k of KEYWORDS) {
      if (b[k] == null) continue;
      if (!ACCEPTS[b.value as string].includes(k)) throw new PyTypeError(`${cls}.__init__() got an unexpected keyword argument '${k}'`);
      if (b.value === "log") throw new NotImplementedError(`set_${which}scale() keyword argument '${k}' is not supported yet`);
    }
  }
  return b;
}

/** SymmetricalLogScale's keywords, checked as SymmetricalLogTransform checks them. */
function symlogParams(b: Bound): ScaleParams {
  const base = b.base ?? 10;
  const linthresh = b.linthresh ?? 2;
  const linscale = b.linscale ?? 1;
  if (base <= 1) throw new ValueError("'base' must be larger than 1");
  if (linthresh <= 0) throw new ValueError("'linthresh' must be positive");
  if (linscale <= 0) throw new ValueError("'linscale' must be positive");
  let subs: number[] | null = null;
  if (b.subs != null) {
    const given = b.subs as unknown;
    if (!Array.isArray(given) || given.length === 0 || !given.every((v) => typeof v === "number" && Number.isFinite(v))) {
      throw new ValueError(`subs must be a non-empty sequence of numbers, not ${JSON.stringify(given)}`);
    }
    subs = given.slice();
  }
  return { name: "symlog", base, linthresh, linscale, subs };
}

/** LogitScale's keywords. */
function logitParams(b: Bound): ScaleParams {
  const nonpositive = b.nonpositive ?? "mask";
  if (nonpositive !== "mask" && nonpositive !== "clip") throw notInList("nonpositive", nonpositive, ["mask", "clip"]);
  return { name: "logit", nonpositive, one_half: b.one_half ?? "\\frac{1}{2}", use_overline: Boolean(b.use_overline) };
}

/** set_xscale / set_yscale: "linear", "log", "symlog" or "logit" (the other matplotlib scales are not drawn yet). */
export function setScale(ax: Axes, which: "x" | "y", args: ArrayLike<unknown>): void {
  const b = bindScale(which, args);
  const value = b.value as string;
  if (!SCALES.includes(value)) throw notInList("scale", value, SCALES);
  if (CLASS[value] === undefined) throw new NotImplementedError(`set_${which}scale() value='${value}' is not supported yet`);
  const params = value === "symlog" ? symlogParams(b) : value === "logit" ? logitParams(b) : null;
  ax._scales[which] = value as AxisScale;
  // a shared axis has one scale: every axes sharing it reads the same parameters
  const root = shareRoot(ax, which);
  for (const a of ax.figure.axes) if (a === ax || shareRoot(a, which) === root) setScaleParams(a._scales, which, params);
}

/** The axes at the end of ax's sharex / sharey (or twin) links: the one whose axis all of them share. */
function shareRoot(ax: Axes, which: "x" | "y"): Axes {
  let a = ax;
  for (let next = a._sharedFrom?.[which] ?? (a._twin?.shared === which ? a._twin.host : undefined); next !== undefined && next !== a; ) {
    a = next;
    next = a._sharedFrom?.[which] ?? (a._twin?.shared === which ? a._twin.host : undefined);
  }
  return a;
}

/** LogLocator's major ticks (base 10, subs (1.0,)): decades, every `stride` when there are many. */
export function logTicks(vmin: number, vmax: number, numticks: number): number[] {
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  if (!(vmin > 0)) return [];
  const lo = Math.log10(vmin);
  const hi = Math.log10(vmax);
  const numdec = Math.floor(hi) - Math.ceil(lo);
  let stride = Math.floor((numdec + 1) / numticks) + 1;
  // a stride as long as the range would leave one tick: clip it back
  if (stride >= numdec) stride = Math.max(1, numdec - 1);
  const out: number[] = [];
  for (let d = Math.floor(lo) - stride; d < Math.ceil(hi) + 2 * stride; d += stride) {
    const v = 10 ** d;
    // only the decades in view are drawn
    if (v >= vmin * (1 - 1e-10) && v <= vmax * (1 + 1e-10)) out.push(v);
  }
  return out;
}

const SUPERSCRIPT: Record<string, string> = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };

/** LogFormatterSciNotation's label of a decade, `$10^{k}$`, as text with superscript digits. */
export function decadeLabel(v: number): string {
  const k = String(Math.round(Math.log10(v)));
  return "10" + Array.from(k, (ch) => SUPERSCRIPT[ch]).join("");
}

/** A Vega label expression for decade ticks. */
export function decadeLabelExpr(values: readonly number[]): string {
  let expr = "''";
  for (let i = values.length - 1; i >= 0; i--) expr = `abs(datum.value / ${values[i]} - 1) < 1e-9 ? ${JSON.stringify(decadeLabel(values[i]))} : ${expr}`;
  return expr;
}

/** Axes titles, axis labels and limits: their signatures and what they set. */
import { NotImplementedError, PyTypeError, ValueError } from "../errors";
import type { Axes, TitleLoc } from "./axes";
import { callSink, mplsig, notInList, TEXT_PROPERTY, TEXT_SET } from "./pysig";
import { textStyle, TEXT_KEYWORDS } from "./text_style";
import { rcParams } from "./rcparams";

const TEXT_TYPES = { fontsize: "float|str|None", size: "float|str|None", fontweight: "str|float|None", weight: "str|float|None" } as const;

export const SET_TITLE = mplsig(`matplotlib.axes.Axes.set_title(label, fontdict=None, loc=None, pad=None, *, y=None, ${TEXT_KEYWORDS})`, {
  types: { loc: "str|None", ...TEXT_TYPES },
  unsupported: ["fontdict", "pad", "y"],
  kwargs: TEXT_SET,
});
export const SET_XLABEL = mplsig(`matplotlib.axes.Axes.set_xlabel(xlabel, fontdict=None, labelpad=None, *, loc=None, ${TEXT_KEYWORDS})`, {
  types: { loc: "str|None", ...TEXT_TYPES },
  inList: { loc: [null, "left", "center", "right"] },
  unsupported: ["fontdict", "labelpad"],
  kwargs: TEXT_PROPERTY,
});
export const SET_YLABEL = mplsig(`matplotlib.axes.Axes.set_ylabel(ylabel, fontdict=None, labelpad=None, *, loc=None, ${TEXT_KEYWORDS})`, {
  types: { loc: "str|None", ...TEXT_TYPES },
  inList: { loc: [null, "bottom", "center", "top"] },
  unsupported: ["fontdict", "labelpad"],
  kwargs: TEXT_PROPERTY,
});
export const GET_TITLE = mplsig("matplotlib.axes.Axes.get_title(loc='center')", { types: { loc: "str" } });
export const GET_XLABEL = mplsig("matplotlib.axes.Axes.get_xlabel()");
export const GET_YLABEL = mplsig("matplotlib.axes.Axes.get_ylabel()");
export const SET_XLIM = mplsig("matplotlib.axes.Axes.set_xlim(left=None, right=None, *, emit=True, auto=False, xmin=None, xmax=None)", {
  types: { right: "float|None", emit: "bool", xmin: "float|None", xmax: "float|None" },
  unsupported: ["auto"],
  kwargs: callSink("_AxesBase.set_xlim()"),
});
export const SET_YLIM = mplsig("matplotlib.axes.Axes.set_ylim(bottom=None, top=None, *, emit=True, auto=False, ymin=None, ymax=None)", {
  types: { top: "float|None", emit: "bool", ymin: "float|None", ymax: "float|None" },
  unsupported: ["auto"],
  kwargs: callSink("_AxesBase.set_ylim()"),
});
export const GET_XLIM = mplsig("matplotlib.axes.Axes.get_xlim()");
export const GET_YLIM = mplsig("matplotlib.axes.Axes.get_ylim()");

const TITLE_LOCS: TitleLoc[] = ["left", "center", "right"];

/** A label as matplotlib shows it: str(value) ("None" for None). */
export function pyText(v: unknown): string {
  return v === null || v === undefined ? "None" : typeof v === "boolean" ? (v ? "True" : "False") : String(v);
}

function titleLoc(loc: unknown): TitleLoc {
  const l = (loc ?? rcParams["axes.titlelocation"] ?? "center") as string;
  const lower = typeof l === "string" ? l.toLowerCase() : l;
  if (!TITLE_LOCS.includes(lower as TitleLoc)) throw notInList("loc", lower, TITLE_LOCS);
  return lower as TitleLoc;
}

/** set_title on `ax`. */
export function setTitle(ax: Axes, args: ArrayLike<unknown>): void {
  const b = SET_TITLE.bind(args);
  const loc = titleLoc(b.loc);
  const other = TITLE_LOCS.find((l) => l !== loc && ax.titles[l] !== "");
  if (other !== undefined && String(b.label) !== "") {
    throw new NotImplementedError(`set_title() titles at two places ('${other}' and '${loc}') are not supported yet`);
  }
  ax.titles[loc] = pyText(b.label);
  ax.titleStyles[loc] = textStyle(b);
}

/** set_xlabel / set_ylabel on `ax`. */
export function setLabel(ax: Axes, which: "x" | "y", args: ArrayLike<unknown>): void {
  const sig = which === "x" ? SET_XLABEL : SET_YLABEL;
  const b = sig.bind(args);
  const text = pyText(b[which === "x" ? "xlabel" : "ylabel"]);
  const loc = b.loc ?? rcParams[which === "x" ? "xaxis.labellocation" : "yaxis.labellocation"] ?? "center";
  if (which === "x") {
    ax.xlabel = text;
    ax.xlabelStyle = { ...textStyle(b), loc };
  } else {
    ax.ylabel = text;
    ax.ylabelStyle = { ...textStyle(b), loc };
  }
}

/** get_title(loc) on `ax`. */
export function getTitle(ax: Axes, args: ArrayLike<unknown>): string {
  if (args.length === 0) return ax.titles.center;
  const b = GET_TITLE.bind(args);
  const lower = String(b.loc).toLowerCase();
  if (!TITLE_LOCS.includes(lower as TitleLoc)) throw notInList("loc", lower, TITLE_LOCS);
  return ax.titles[lower as TitleLoc];
}

/** matplotlib's nonsingular expansion of equal limits (transforms.nonsingular, expander 0.05). */
export function nonsingular(lo: number, hi: number): [number, number] {
  if (Math.abs(hi - lo) > Math.max(Math.abs(lo), Math.abs(hi)) * 1e-15) return [lo, hi];
  if (lo === 0 && hi === 0) return [-0.05, 0.05];
  return [lo - 0.05 * Math.abs(lo), hi + 0.05 * Math.abs(hi)];
}

/** set_xlim / set_ylim on `ax`: returns the new (low, high) pair. */
export function setLim(ax: Axes, which: "x" | "y", args: ArrayLike<unknown>): [number, number] {
  const b = (which === "x" ? SET_XLIM : SET_YLIM).bind(args);
  const [loName, hiName, minName, maxName] = which === "x" ? ["left", "right", "xmin", "xmax"] : ["bottom", "top", "ymin", "ymax"];
  let lo = b[loName];
  let hi = b[hiName];
  if (lo != null && typeof lo === "object") {
    if (hi != null) throw new PyTypeError(`Cannot pass both '${loName}' and '${hiName}' when '${loName}' is a tuple`);
    if (lo.length !== 2) throw new ValueError(`not enough values to unpack (expected 2, got ${lo.length})`);
    [lo, hi] = lo;
  }
  if (b[minName] != null) {
    if (lo != null) throw new PyTypeError(`Cannot pass both '${loName}' and '${minName}'`);
    lo = b[minName];
  }
  if (b[maxName] != null) {
    if (hi != null) throw new PyTypeError(`Cannot pass both '${hiName}' and '${maxName}'`);
    hi = b[maxName];
  }
  for (const v of [lo, hi]) {
    if (v != null && typeof v !== "number") throw new PyTypeError(`${which === "x" ? "set_xlim" : "set_ylim"}() limits must be numbers, not ${typeof v}`);
    if (v != null && !Number.isFinite(v)) throw new ValueError("Axis limits cannot be NaN or Inf");
  }
  const current = which === "x" ? ax.get_xlim() : ax.get_ylim();
  const out = nonsingular(lo ?? current[0], hi ?? current[1]);
  if (which === "x") ax.xlim = out;
  else ax.ylim = out;
  return [out[0], out[1]];
}

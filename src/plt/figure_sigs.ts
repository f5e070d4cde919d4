/** matplotlib's signatures of the Figure methods and of pyplot's figure-level functions. */
import { NotImplementedError, PyTypeError, ValueError } from "../errors";
import { AXES_SET, COLORBAR_INIT, FIGURE_SET, mplsig, TEXT_PROPERTY } from "./pysig";
import { TEXT_KEYWORDS } from "./text_style";

/** Figure.__init__'s keywords, as plt.figure and plt.subplots take them. */
export const FIGURE_KEYWORDS =
  "num=None, figsize=None, dpi=None, facecolor=None, edgecolor=None, frameon=True, FigureClass=Figure, clear=False, " +
  "linewidth=0.0, subplotpars=None, tight_layout=None, constrained_layout=None, layout=None";
const FIGURE_UNSUPPORTED = ["edgecolor", "frameon", "FigureClass", "linewidth", "subplotpars", "constrained_layout"];
const FIGURE_TYPES = { num: "int|str|None", figsize: "sequence|None", dpi: "float|None", clear: "bool", tight_layout: "bool|None", layout: "str|None" } as const;


export function figureSignatures(figureClass: unknown) {
  const defaults = { FigureClass: figureClass };
  return {
    FIGURE: mplsig(`matplotlib.pyplot.figure(num=None, figsize=None, dpi=None, *, ${FIGURE_KEYWORDS.replace(/^num=None, figsize=None, dpi=None, /, "")})`, {
      types: FIGURE_TYPES, unsupported: FIGURE_UNSUPPORTED, defaults, kwargs: FIGURE_SET,
      inList: { layout: [null, "tight", "constrained", "compressed", "none"] },
    }),
    SUBPLOTS: mplsig(`matplotlib.pyplot.subplots(nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True, width_ratios=None, height_ratios=None, subplot_kw=None, gridspec_kw=None, ${FIGURE_KEYWORDS})`, {
      types: { ...FIGURE_TYPES, squeeze: "bool" },
      unsupported: [...FIGURE_UNSUPPORTED, "sharex", "sharey", "width_ratios", "height_ratios", "subplot_kw", "gridspec_kw"],
      defaults, kwargs: FIGURE_SET,
      inList: { layout: [null, "tight", "constrained", "compressed", "none"] },
    }),
  };
}

/** Axes keywords add_subplot and subplot take (set on the new Axes). */
const SUBPLOT_KEYWORDS = "projection=None, polar=False, sharex=None, sharey=None, label=None, title=None, xlabel=None, ylabel=None, xlim=None, ylim=None";
const SUBPLOT_SPEC = {
  types: { title: "str|None", xlabel: "str|None", ylabel: "str|None", xlim: "sequence|None", ylim: "sequence|None" },
  unsupported: ["projection", "polar", "sharex", "sharey", "label"],
  kwargs: AXES_SET,
};
export const ADD_SUBPLOT = mplsig(`matplotlib.figure.Figure.add_subplot(*args, ${SUBPLOT_KEYWORDS})`, SUBPLOT_SPEC);
export const SUBPLOT = mplsig(`matplotlib.pyplot.subplot(*args, ${SUBPLOT_KEYWORDS})`, SUBPLOT_SPEC);
export const FIG_GCA = mplsig("matplotlib.figure.Figure.gca()");
export const SUPTITLE = mplsig(`matplotlib.figure.Figure.suptitle(t, *, x=None, y=None, horizontalalignment=None, ha=None, verticalalignment=None, va=None, ${TEXT_KEYWORDS})`, {
  types: { fontsize: "float|str|None", size: "float|str|None" },
  unsupported: ["x", "y", "horizontalalignment", "ha", "verticalalignment", "va"],
  kwargs: TEXT_PROPERTY,
});
export const TIGHT_LAYOUT = mplsig("matplotlib.figure.Figure.tight_layout(*, pad=1.08, h_pad=None, w_pad=None, rect=None)", {
  unsupported: ["pad", "h_pad", "w_pad", "rect"],
});
export const SET_SIZE_INCHES = mplsig("matplotlib.figure.Figure.set_size_inches(w, h=None, forward=True)", {
  types: { h: "float|None", forward: "bool" },
});
export const GET_SIZE_INCHES = mplsig("matplotlib.figure.Figure.get_size_inches()");

/** Colorbar's and make_axes' keywords: label, location, orientation, extend and ticks drawn, the rest not supported yet. */
const COLORBAR_KEYWORDS =
  "location=None, orientation=None, fraction=0.15, shrink=1.0, aspect=20, pad=None, anchor=None, panchor=None, cmap=None, " +
  "norm=None, alpha=None, values=None, boundaries=None, ticklocation='auto', extend=None, spacing='uniform', ticks=None, " +
  "format=None, drawedges=False, extendfrac=None, extendrect=False, label=''";
const COLORBAR_UNSUPPORTED = [
  // use_gridspec=False shrinks the parent axes by make_axes instead of a gridspec: not modelled
  "use_gridspec", "cax", "fraction", "shrink", "aspect", "pad", "anchor", "panchor", "cmap", "norm", "alpha", "values",
  "boundaries", "ticklocation", "spacing", "format", "drawedges", "extendfrac", "extendrect",
];
const COLORBAR_TYPES = { label: "str", use_gridspec: "bool", ticks: "array_like|None", location: "str|None", orientation: "str|None", extend: "str|None" } as const;
const COLORBAR_IN_LIST = { extend: [null, "neither", "both", "min", "max"], location: [null, "left", "right", "top", "bottom"] };
export const FIG_COLORBAR = mplsig(`matplotlib.figure.Figure.colorbar(mappable, cax=None, ax=None, use_gridspec=True, *, ${COLORBAR_KEYWORDS})`, {
  types: COLORBAR_TYPES,
  inList: COLORBAR_IN_LIST,
  unsupported: COLORBAR_UNSUPPORTED,
  kwargs: COLORBAR_INIT,
});
export const PLT_COLORBAR = mplsig(`matplotlib.pyplot.colorbar(mappable=None, cax=None, ax=None, *, use_gridspec=True, ${COLORBAR_KEYWORDS})`, {
  types: COLORBAR_TYPES,
  inList: COLORBAR_IN_LIST,
  unsupported: COLORBAR_UNSUPPORTED,
  kwargs: COLORBAR_INIT,
});

const SAVEFIG_KEYWORDS =
  "transparent=None, dpi=None, format=None, metadata=None, bbox_inches=None, pad_inches=None, facecolor='auto', " +
  "edgecolor='auto', backend=None, orientation=None, papertype=None, bbox_extra_artists=None, pil_kwargs=None";
const SAVEFIG_SPEC = {
  types: { transparent: "bool|None", dpi: "float|str|None" },
  inList: { bbox_inches: [null, "tight"] },
  unsupported: ["format", "metadata", "pad_inches", "edgecolor", "backend", "orientation", "papertype", "bbox_extra_artists", "pil_kwargs"],
  kwargs: { known: new Set<string>(), refuse: (key: string) => new PyTypeError(`got an unexpected keyword argument '${key}'`) },
};
export const FIG_SAVEFIG = mplsig(`matplotlib.figure.Figure.savefig(fname, *, ${SAVEFIG_KEYWORDS})`, SAVEFIG_SPEC);
export const PLT_SAVEFIG = mplsig(`matplotlib.pyplot.savefig(fname, *, ${SAVEFIG_KEYWORDS})`, SAVEFIG_SPEC);
export const FIG_SHOW = mplsig("matplotlib.figure.Figure.show(warn=True)", { types: { warn: "bool" } });

/** The subplot grid position a `subplot(*args)` call names, with matplotlib's checks. */
export function subplotSpec(args: readonly unknown[]): { nrows: number; ncols: number; index: number } {
  let rows: unknown;
  let cols: unknown;
  let num: unknown;
  if (args.length === 0) [rows, cols, num] = [1, 1, 1];
  else if (args.length === 1) {
    const arg = args[0];
    const text = String(arg);
    if (typeof arg !== "number" || !Number.isInteger(arg) || !/^\d{3}$/.test(text)) {
      throw new ValueError(`Single argument to subplot must be a three-digit integer, not ${typeof arg === "string" ? `'${arg}'` : text}`);
    }
    [rows, cols, num] = [Number(text[0]), Number(text[1]), Number(text[2])];
  } else if (args.length === 3) [rows, cols, num] = args;
  else throw new PyTypeError(`subplot() takes 1 or 3 positional arguments but ${args.length} were given`);
  for (const [name, v] of [["rows", rows], ["columns", cols]] as const) {
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1) throw new ValueError(`Number of ${name} must be a positive integer, not ${String(v)}`);
  }
  const r = rows as number;
  const c = cols as number;
  if (Array.isArray(num)) throw new NotImplementedError("subplot() with a (first, last) index span is not supported yet");
  if (typeof num !== "number" || !Number.isInteger(num) || num < 1 || num > r * c) {
    throw new ValueError(`num must be 1 <= num <= ${r * c}, not ${String(num)}`);
  }
  return { nrows: r, ncols: c, index: num };
}


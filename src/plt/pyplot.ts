/**
 * matplotlib.pyplot's state machine: figure/subplots/gca and functions that act on the current
 * axes, show() and close(). Each function is declared with pyplot's signature; the ones that
 * wrap an Axes or Figure method bind in that method.
 */
import type { QuadMesh } from "./mesh";
import type { Colorbar } from "./colorbar";
import { PyTypeError, RuntimeError, ValueError } from "../errors";
import type { NDArray } from "../np/ndarray";
import { pyfunction, PyArgs } from "../signature";
import type { Axes, ErrorbarOptions, StepOptions, AxLineOptions, BarOptions, GridOptions, HistOptions, LabelOptions, LegendKeywords, LimOptions, PlotOptions, TitleOptions, AxisOptions } from "./axes";
import { AxesArray } from "./axes_array";
import { Figure, ColorbarOptions, SavefigOptions, SubplotOptions, SuptitleOptions } from "./figure";
import type { NDArrayLike } from "./data";
import type { ImshowOptions, AxesImage } from "./imshow";
import type { ScatterOptions, PathCollection } from "./scatter";
import type { QuadContourSet } from "./contour";
import type { PlotArg } from "./plotargs";
import type { LineArtist, RectsArtist, SpanLineArtist } from "./artists";
import type { BarContainer } from "./artist_api";
import type { Line2D } from "./line2d";
import { mplsig } from "./pysig";
import { toCss } from "./colors";
import { PLOT, AXHLINE, AXVLINE } from "./lines";
import { SCATTER } from "./scatter";
import { IMSHOW } from "./imshow";
import { BAR, HIST } from "./bars";
import { SET_TITLE, SET_XLABEL, SET_XLIM, SET_YLABEL, SET_YLIM } from "./axes_labels";
import { AXIS, GRID, LEGEND } from "./axes_guides";
import { FILL_BETWEEN, FILL_BETWEENX, FillOptions } from "./fills";
import { AXHSPAN, AXVSPAN, SpanOptions } from "./spans";
import { HLINES, VLINES, SegmentsOptions } from "./segments";
import { ANNOTATE, AnnotateOptions, TEXT, TextCallOptions } from "./texts";
import { MARGINS, MarginsOptions } from "./axes_view";
import { STEP } from "./steps";
import { ERRORBAR, type ErrorbarContainer } from "./errorbars";
import { STEM, type StemContainer, type StemOptions } from "./stems";
import { SET_XSCALE, SET_YSCALE } from "./axes_scale";
import type { ScaleOptions } from "./axes_scale";
import { TICK_PARAMS, type TickParamsOptions } from "./tick_params";
import { pyplotTicks, TicksOptions, XTICKS, YTICKS } from "./axes_ticks";
import type { FillArtist, SegmentsArtist, SpanArtist, TextArtist } from "./artists";
import { figureSignatures, PLT_COLORBAR, PLT_SAVEFIG, SUBPLOT, SUPTITLE, TIGHT_LAYOUT } from "./figure_sigs";

import { currentFigure, figureByNumber, nextNumber, openFigures, registerFigure, activate } from "./state";

const { FIGURE, SUBPLOTS } = figureSignatures(Figure);

/** Options of `plt.figure` (Figure's keywords). */
export interface FigureOptions {
  num?: number | null;
  figsize?: readonly [number, number] | null;
  dpi?: number | null;
  facecolor?: string | null;
  edgecolor?: string | null;
  frameon?: boolean;
  FigureClass?: typeof Figure;
  clear?: boolean;
  linewidth?: number;
  subplotpars?: null;
  tight_layout?: boolean | null;
  constrained_layout?: null;
  layout?: "tight" | "constrained" | "none" | null;
}

/** A bound figure call as a Figure: the open one numbered num, or a new one. */
function makeFigure(b: Record<string, any>): Figure {
  if (b.layout === "compressed") FIGURE.notSupported("layout", b.layout);
  if (typeof b.num === "string") FIGURE.notSupported("num", b.num);
  let fig: Figure | undefined;
  if (b.num != null) fig = figureByNumber(b.num);
  if (fig !== undefined) {
    activate(fig);
    if (b.clear) fig.axes.splice(0, fig.axes.length);
  } else {
    fig = new Figure(b.num ?? nextNumber(), b.figsize ?? undefined, b.dpi ?? undefined);
    registerFigure(fig);
  }
  if (b.facecolor != null) fig.facecolor = toCss(b.facecolor, "facecolor", "rgba");
  if (b.tight_layout || b.layout === "tight") fig.tight = true;
  if (b.layout === "constrained") fig.constrained = true;
  return fig;
}

/**
 * `plt.figure(num=None, figsize=None, dpi=None, *, facecolor=None, edgecolor=None, frameon=True,
 * FigureClass=Figure, clear=False, **kwargs)`: a new figure (or the open one numbered num), made current.
 */
export function figure(...args: PyArgs<[num: number | null, figsize: readonly [number, number] | null, dpi: number | null, options: FigureOptions], FigureOptions>): Figure;
export function figure(): Figure {
  return makeFigure(FIGURE.bind(arguments));
}

/** Options of `plt.subplots`. */
export interface SubplotsOptions extends FigureOptions {
  nrows?: number;
  ncols?: number;
  sharex?: boolean;
  sharey?: boolean;
  squeeze?: boolean;
  width_ratios?: null;
  height_ratios?: null;
  subplot_kw?: null;
  gridspec_kw?: null;
}

type One = SubplotsOptions & { nrows?: 1; ncols?: 1; squeeze?: true };
type Line = SubplotsOptions & ({ nrows?: 1; ncols: number } | { nrows: number; ncols?: 1 }) & { squeeze?: true };

/**
 * `plt.subplots(nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True, width_ratios=None,
 * height_ratios=None, subplot_kw=None, gridspec_kw=None, **fig_kw)`: a figure and its axes: one
 * Axes for 1x1, a 1-D AxesArray for one row or column, a 2-D AxesArray otherwise.
 */
export function subplots(options?: One): [Figure, Axes];
export function subplots(options: Line): [Figure, AxesArray<Axes>];
export function subplots(nrows: 1, options?: One): [Figure, Axes];
export function subplots(nrows: number, options?: SubplotsOptions & { squeeze?: true }): [Figure, AxesArray<Axes>];
export function subplots(nrows: 1, ncols: 1, options?: One): [Figure, Axes];
export function subplots(nrows: 1, ncols: number, options?: SubplotsOptions & { squeeze?: true }): [Figure, AxesArray<Axes>];
export function subplots(nrows: number, ncols: 1, options?: SubplotsOptions & { squeeze?: true }): [Figure, AxesArray<Axes>];
export function subplots(nrows: number, ncols: number, options?: SubplotsOptions): [Figure, AxesArray<AxesArray<Axes>>];
export function subplots(options: SubplotsOptions): [Figure, AxesArray<AxesArray<Axes>>];
export function subplots(): [Figure, Axes | AxesArray<Axes> | AxesArray<AxesArray<Axes>>] {
  const b = SUBPLOTS.bind(arguments);
  const { nrows, ncols } = b;
  for (const [name, v] of [["rows", nrows], ["columns", ncols]] as const) {
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1) throw new ValueError(`Number of ${name} must be a positive integer, not ${v}`);
  }
  const fig = makeFigure(b);
  const rows: Axes[][] = [];
  for (let r = 0; r < nrows; r++) {
    const row: Axes[] = [];
    for (let c = 0; c < ncols; c++) row.push(fig.subplotAt([nrows, ncols, r * ncols + c + 1], {}));
    rows.push(row);
  }
  if (b.squeeze === false) return [fig, AxesArray.of2d(rows)];
  if (nrows === 1 && ncols === 1) return [fig, rows[0][0]];
  if (nrows === 1) return [fig, AxesArray.of1d(rows[0])];
  if (ncols === 1) return [fig, AxesArray.of1d(rows.map((r) => r[0]))];
  return [fig, AxesArray.of2d(rows)];
}

/** `plt.subplot(*args, **kwargs)`: `subplot()`, `subplot(211)`, `subplot(2, 1, 1)`: adds (or selects) a subplot of the current figure and makes it current. */
export function subplot(...args: (number | SubplotOptions)[]): Axes;
export function subplot(): Axes {
  const b = SUBPLOT.bind(arguments);
  const ax = gcf().subplotAt(b.args, b);
  const fig = ax.figure;
  fig.axes.splice(fig.axes.indexOf(ax), 1);
  fig.axes.push(ax);
  return ax;
}

const GCF = mplsig("matplotlib.pyplot.gcf()");
/** `plt.gcf()`: the current figure, creating one if none is open. */
export function gcf(): Figure {
  if (arguments.length > 0) GCF.bind(arguments);
  return currentFigure() ?? figure();
}

const GCA = mplsig("matplotlib.pyplot.gca()");
/** `plt.gca()`: the current axes of the current figure, creating them if needed. */
export function gca(): Axes {
  if (arguments.length > 0) GCA.bind(arguments);
  return gcf().gca();
}

const SCA = mplsig("matplotlib.pyplot.sca(ax)");
/** `plt.sca(ax)`: makes ax (and its figure) current. */
export function sca(ax: Axes): void;
export function sca(): void {
  const { ax } = SCA.bind(arguments) as { ax: Axes };
  const fig = ax.figure;
  fig.axes.splice(fig.axes.indexOf(ax), 1);
  fig.axes.push(ax);
  activate(fig);
}

/** `plt.title(label, fontdict=None, loc=None, pad=None, *, y=None, **kwargs)`. */
export function title(label: string, ...rest: PyArgs<[fontdict: null, loc: TitleOptions["loc"], pad: null, options: TitleOptions], TitleOptions>): void;
export function title(...args: unknown[]): void {
  (gca().set_title as (...a: unknown[]) => void)(...args);
}

/** `plt.suptitle(t, **kwargs)`. */
export function suptitle(t: string, options?: SuptitleOptions): void;
export function suptitle(...args: unknown[]): void {
  (gcf().suptitle as (...a: unknown[]) => void)(...args);
}

/** `plt.xlabel(xlabel, fontdict=None, labelpad=None, *, loc=None, **kwargs)`. */
export function xlabel(xlabel: string, ...rest: PyArgs<[fontdict: null, labelpad: null, options: LabelOptions], LabelOptions>): void;
export function xlabel(...args: unknown[]): void {
  (gca().set_xlabel as (...a: unknown[]) => void)(...args);
}

/** `plt.ylabel(ylabel, fontdict=None, labelpad=None, *, loc=None, **kwargs)`. */
export function ylabel(ylabel: string, ...rest: PyArgs<[fontdict: null, labelpad: null, options: LabelOptions], LabelOptions>): void;
export function ylabel(...args: unknown[]): void {
  (gca().set_ylabel as (...a: unknown[]) => void)(...args);
}

/** `plt.xlim(*args, **kwargs)`: `xlim()` returns the x limits; `xlim(left, right)`, `xlim([l, r])` or `xlim({ left })` sets them. */
export function xlim(...args: PyArgs<[left: number | readonly [number, number] | null, right: number | null, options: LimOptions], LimOptions>): [number, number];
export function xlim(...args: unknown[]): [number, number] {
  const ax = gca();
  return args.length === 0 ? ax.get_xlim() : (ax.set_xlim as (...a: unknown[]) => [number, number])(...args);
}

/** `plt.ylim(*args, **kwargs)`: `ylim()` returns the y limits; `ylim(bottom, top)` sets them (bottom > top inverts). */
export function ylim(...args: PyArgs<[bottom: number | readonly [number, number] | null, top: number | null, options: LimOptions], LimOptions>): [number, number];
export function ylim(...args: unknown[]): [number, number] {
  const ax = gca();
  return args.length === 0 ? ax.get_ylim() : (ax.set_ylim as (...a: unknown[]) => [number, number])(...args);
}

/** `plt.imshow(X, cmap=None, norm=None, *, aspect=None, interpolation=None, alpha=None, vmin=None, vmax=None, origin=None, extent=None, ...)` on the current axes. */
export function imshow(X: NDArrayLike, ...rest: PyArgs<[cmap: ImshowOptions["cmap"], norm: ImshowOptions["norm"], options: ImshowOptions], ImshowOptions>): AxesImage;
export function imshow(...args: unknown[]): AxesImage {
  return (gca().imshow as (...a: unknown[]) => AxesImage)(...args);
}

/** `plt.plot(*args, scalex=True, scaley=True, data=None, **kwargs)` on the current axes: `plot(y)`, `plot(x, y)`, `plot(x, y, "r--", {label})`. */
export function plot(...args: (PlotArg | PlotOptions)[]): Line2D[] {
  return gca().plot(...args);
}

/** `plt.scatter(x, y, s=None, c=None, marker=None, cmap=None, norm=None, vmin=None, vmax=None, alpha=None, linewidths=None, *, edgecolors=None, ...)`. */
export function scatter(x: NDArrayLike | string, y: NDArrayLike | string, ...rest: PyArgs<[s: number | NDArrayLike | string | null, c: ScatterOptions["c"], marker: string | null, cmap: ScatterOptions["cmap"], norm: ScatterOptions["norm"], vmin: number | null, vmax: number | null, alpha: number | null, linewidths: number | null, options: ScatterOptions], ScatterOptions>): PathCollection;
export function scatter(...args: unknown[]): PathCollection {
  return (gca().scatter as (...a: unknown[]) => PathCollection)(...args);
}

type Bins = HistOptions["bins"];
/** `plt.hist(x, bins=None, range=None, density=False, weights=None, cumulative=False, ...)`: returns [n, bins, patches]; `hist(x, 50)` and `hist(x, edges)` as in Python. */
export function hist(x: NDArrayLike, ...rest: PyArgs<[bins: Bins, range: readonly [number, number] | null, density: boolean, weights: NDArrayLike | null, cumulative: boolean | number, bottom: number | NDArrayLike | null, histtype: HistOptions["histtype"], align: HistOptions["align"], orientation: HistOptions["orientation"], rwidth: number | null, log: boolean, color: HistOptions["color"], label: string | null, stacked: boolean, options: HistOptions], HistOptions>): [NDArray, NDArray, (RectsArtist | LineArtist)[]];
export function hist(...args: unknown[]): [NDArray, NDArray, (RectsArtist | LineArtist)[]] {
  return (gca().hist as (...a: unknown[]) => [NDArray, NDArray, (RectsArtist | LineArtist)[]])(...args);
}

/** `plt.bar(x, height, width=0.8, bottom=None, *, align='center', data=None, **kwargs)`. */
export function bar(x: NDArrayLike | number | readonly string[] | string, height: NDArrayLike | number, ...rest: PyArgs<[width: number | NDArrayLike, bottom: number | NDArrayLike | null, options: BarOptions], BarOptions>): BarContainer;
export function bar(...args: unknown[]): BarContainer {
  return (gca().bar as (...a: unknown[]) => BarContainer)(...args);
}

/** `plt.fill_between(x, y1, y2=0, where=None, interpolate=False, step=None, *, data=None, **kwargs)`. */
export function fill_between(x: NDArrayLike, y1: NDArrayLike | number, ...rest: PyArgs<[y2: NDArrayLike | number, where: FillOptions["where"], interpolate: boolean, step: FillOptions["step"], options: FillOptions], FillOptions>): FillArtist;
export function fill_between(...args: unknown[]): FillArtist {
  return (gca().fill_between as (...a: unknown[]) => FillArtist)(...args);
}

/** `plt.fill_betweenx(y, x1, x2=0, where=None, step=None, interpolate=False, *, data=None, **kwargs)`. */
export function fill_betweenx(y: NDArrayLike, x1: NDArrayLike | number, ...rest: PyArgs<[x2: NDArrayLike | number, where: FillOptions["where"], step: FillOptions["step"], interpolate: boolean, options: FillOptions], FillOptions>): FillArtist;
export function fill_betweenx(...args: unknown[]): FillArtist {
  return (gca().fill_betweenx as (...a: unknown[]) => FillArtist)(...args);
}

/** `plt.axhspan(ymin, ymax, xmin=0, xmax=1, **kwargs)`. */
export function axhspan(ymin: number, ymax: number, ...rest: PyArgs<[xmin: number, xmax: number, options: SpanOptions], SpanOptions>): SpanArtist;
export function axhspan(...args: unknown[]): SpanArtist {
  return (gca().axhspan as (...a: unknown[]) => SpanArtist)(...args);
}

/** `plt.axvspan(xmin, xmax, ymin=0, ymax=1, **kwargs)`. */
export function axvspan(xmin: number, xmax: number, ...rest: PyArgs<[ymin: number, ymax: number, options: SpanOptions], SpanOptions>): SpanArtist;
export function axvspan(...args: unknown[]): SpanArtist {
  return (gca().axvspan as (...a: unknown[]) => SpanArtist)(...args);
}

/** `plt.hlines(y, xmin, xmax, colors=None, linestyles='solid', label='', *, data=None, **kwargs)`. */
export function hlines(y: NDArrayLike | number, xmin: NDArrayLike | number, xmax: NDArrayLike | number, ...rest: PyArgs<[colors: SegmentsOptions["colors"], linestyles: string, label: string, options: SegmentsOptions], SegmentsOptions>): SegmentsArtist;
export function hlines(...args: unknown[]): SegmentsArtist {
  return (gca().hlines as (...a: unknown[]) => SegmentsArtist)(...args);
}

/** `plt.vlines(x, ymin, ymax, colors=None, linestyles='solid', label='', *, data=None, **kwargs)`. */
export function vlines(x: NDArrayLike | number, ymin: NDArrayLike | number, ymax: NDArrayLike | number, ...rest: PyArgs<[colors: SegmentsOptions["colors"], linestyles: string, label: string, options: SegmentsOptions], SegmentsOptions>): SegmentsArtist;
export function vlines(...args: unknown[]): SegmentsArtist {
  return (gca().vlines as (...a: unknown[]) => SegmentsArtist)(...args);
}

/** `plt.text(x, y, s, fontdict=None, **kwargs)`. */
export function text(x: number, y: number, s: string, ...rest: PyArgs<[fontdict: TextCallOptions["fontdict"], options: TextCallOptions], TextCallOptions>): TextArtist;
export function text(...args: unknown[]): TextArtist {
  return (gca().text as (...a: unknown[]) => TextArtist)(...args);
}

/** `plt.annotate(text, xy, xytext=None, xycoords='data', textcoords=None, arrowprops=None, annotation_clip=None, **kwargs)`. */
export function annotate(text: string, xy: readonly [number, number], ...rest: PyArgs<[xytext: AnnotateOptions["xytext"], xycoords: "data", textcoords: AnnotateOptions["textcoords"], arrowprops: AnnotateOptions["arrowprops"], annotation_clip: AnnotateOptions["annotation_clip"], options: AnnotateOptions], AnnotateOptions>): TextArtist;
export function annotate(...args: unknown[]): TextArtist {
  return (gca().annotate as (...a: unknown[]) => TextArtist)(...args);
}

/** `plt.margins(*margins, x=None, y=None, tight=True)`: the current axes' autoscaling margins. */
export function margins(...args: (number | MarginsOptions)[]): [number, number] | void;
export function margins(...args: unknown[]): [number, number] | void {
  return (gca().margins as (...a: unknown[]) => [number, number] | void)(...args);
}

/** `plt.step(x, y, *args, where='pre', data=None, **kwargs)`. */
export function step(x: NDArrayLike, y: NDArrayLike, ...args: (string | NDArrayLike | StepOptions)[]): Line2D[];
export function step(...args: unknown[]): Line2D[] {
  return (gca().step as (...a: unknown[]) => Line2D[])(...args);
}

/**
 * `plt.xticks(ticks=None, labels=None, *, minor=False, **kwargs)`: sets the current axes' x ticks
 * and labels, or with keywords only restyles the labels (`xticks({rotation: 45})`); returns [locs, labels].
 */
export function xticks(...args: PyArgs<[ticks: NDArrayLike | null, labels: readonly (string | number)[] | null, options: TicksOptions], TicksOptions>): [number[], string[]];
export function xticks(): [number[], string[]] {
  return pyplotTicks(gca(), "x", arguments);
}

/** `plt.yticks(ticks=None, labels=None, *, minor=False, **kwargs)`: as xticks, for y. */
export function yticks(...args: PyArgs<[ticks: NDArrayLike | null, labels: readonly (string | number)[] | null, options: TicksOptions], TicksOptions>): [number[], string[]];
export function yticks(): [number[], string[]] {
  return pyplotTicks(gca(), "y", arguments);
}

/** `plt.errorbar(x, y, yerr=None, xerr=None, fmt='', ecolor=None, elinewidth=None, capsize=None, ...)`. */
export function errorbar(x: NDArrayLike, y: NDArrayLike, ...rest: PyArgs<[yerr: ErrorbarOptions["yerr"], xerr: ErrorbarOptions["xerr"], fmt: string, ecolor: ErrorbarOptions["ecolor"], elinewidth: number | null, capsize: number | null, options: ErrorbarOptions], ErrorbarOptions>): ErrorbarContainer;
export function errorbar(...args: unknown[]): ErrorbarContainer {
  return (gca().errorbar as (...a: unknown[]) => ErrorbarContainer)(...args);
}

/** `plt.stem(*args, linefmt=None, markerfmt=None, basefmt=None, bottom=0, label=None, ...)`. */
export function stem(...args: (string | NDArrayLike | StemOptions)[]): StemContainer;
export function stem(...args: unknown[]): StemContainer {
  return (gca().stem as (...a: unknown[]) => StemContainer)(...args);
}

/** `plt.xscale(value, **kwargs)`: the current axes' x scale ("linear", "log", "symlog" or "logit", with the scale's keywords). */
export function xscale(value: "linear" | "log" | "symlog" | "logit", options?: ScaleOptions): void;
export function xscale(...args: unknown[]): void {
  (gca().set_xscale as (...a: unknown[]) => void)(...args);
}

/** `plt.yscale(value, **kwargs)`: the current axes' y scale ("linear", "log", "symlog" or "logit", with the scale's keywords). */
export function yscale(value: "linear" | "log" | "symlog" | "logit", options?: ScaleOptions): void;
export function yscale(...args: unknown[]): void {
  (gca().set_yscale as (...a: unknown[]) => void)(...args);
}

/** `plt.tick_params(axis='both', **kwargs)`: the current axes' tick label and tick mark styles. */
export function tick_params(...args: PyArgs<[axis: TickParamsOptions["axis"], options: TickParamsOptions], TickParamsOptions>): void;
export function tick_params(...args: unknown[]): void {
  (gca().tick_params as (...a: unknown[]) => void)(...args);
}

/** `plt.axhline(y=0, xmin=0, xmax=1, **kwargs)`. */
export function axhline(...args: PyArgs<[y: number, xmin: number, xmax: number, options: AxLineOptions], AxLineOptions>): Line2D;
export function axhline(...args: unknown[]): Line2D {
  return (gca().axhline as (...a: unknown[]) => Line2D)(...args);
}

/** `plt.axvline(x=0, ymin=0, ymax=1, **kwargs)`. */
export function axvline(...args: PyArgs<[x: number, ymin: number, ymax: number, options: AxLineOptions], AxLineOptions>): Line2D;
export function axvline(...args: unknown[]): Line2D {
  return (gca().axvline as (...a: unknown[]) => Line2D)(...args);
}

/** `plt.legend(*args, **kwargs)`: `legend()`, `legend(labels)`, `legend(handles, labels)`. */
export function legend(...args: (readonly unknown[] | LegendKeywords)[]): void {
  gca().legend(...args);
}

/** `plt.grid(visible=None, which='major', axis='both', **kwargs)`. */
export function grid(...args: PyArgs<[visible: boolean | null, which: GridOptions["which"], axis: GridOptions["axis"], options: GridOptions], GridOptions>): void;
export function grid(...args: unknown[]): void {
  (gca().grid as (...a: unknown[]) => void)(...args);
}

/** `plt.axis(*args, emit=True, **kwargs)`: "off", "on", "equal", "image", "tight", ... or [xmin, xmax, ymin, ymax]. */
export function axis(...args: (string | boolean | readonly [number, number, number, number] | AxisOptions | undefined)[]): [number, number, number, number] {
  return gca().axis(...args);
}

/** `plt.tight_layout(*, pad=1.08, h_pad=None, w_pad=None, rect=None)`. */
export function tight_layout(options?: { pad?: number; h_pad?: number | null; w_pad?: number | null; rect?: null }): void;
export function tight_layout(...args: unknown[]): void {
  (gcf().tight_layout as (...a: unknown[]) => void)(...args);
}

/** `plt.colorbar(mappable=None, cax=None, ax=None, **kwargs)`: for the given or the last image / mapped scatter. */
export function colorbar(...args: PyArgs<[mappable: AxesImage | PathCollection | QuadContourSet | QuadMesh | null, cax: null, ax: Axes | null, options: ColorbarOptions], ColorbarOptions>): Colorbar;
export function colorbar(): Colorbar {
  const b = PLT_COLORBAR.bind(arguments);
  let m = b.mappable;
  if (m == null) {
    const ax: Axes = b.ax ?? gca();
    const artist = [...ax.artists].reverse().find((a) => (a.kind === "image" || a.kind === "scatter" || a.kind === "contour" || a.kind === "mesh") && a.mapping !== undefined);
    if (artist === undefined) {
      throw new RuntimeError("No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).");
    }
    m = { artist, axes: ax } as unknown as AxesImage;
  }
  return gcf().attachColorbar(m, b.ax, b);
}

/** `plt.savefig(*args, **kwargs)`: .png, .svg or .json (the Vega-Lite spec) by extension, with Figure.savefig's keywords. */
export function savefig(fname: string, options?: SavefigOptions): void;
export function savefig(): void {
  gcf().save(PLT_SAVEFIG.bind(arguments));
}

const SHOW = mplsig("matplotlib.pyplot.show(*, block=None)", { types: { block: "bool|None" } });
/**
 * `plt.show(*, block=None)`: displays every open figure (one display_data bundle each, in this
 * cell) and closes them, as matplotlib's inline backend does (which has no window to block on).
 * Figures are not shown automatically at the end of a cell: call show(), or leave the Figure /
 * Axes as the cell's value.
 */
export function show(options?: { block?: boolean | null }): void;
export function show(): void {
  if (arguments.length > 0) SHOW.bind(arguments);
  for (const fig of openFigures()) {
    fig.show();
    fig.close();
  }
}

const CLOSE = mplsig("matplotlib.pyplot.close(fig=None)");
/** `plt.close(fig=None)`: closes the current figure, a figure, a figure number, or "all". */
export function close(fig?: Figure | number | "all" | string | null): void;
export function close(): void {
  const { fig } = CLOSE.bind(arguments);
  if (fig === "all") {
    for (const f of openFigures()) f.close();
  } else if (fig == null) {
    currentFigure()?.close();
  } else if (typeof fig === "number" && Number.isInteger(fig)) {
    figureByNumber(fig)?.close();
  } else if (fig instanceof Figure) {
    fig.close();
  } else if (typeof fig !== "string") {
    // a string names a figure by label; plt's figures have none, so there is nothing to close
    throw new PyTypeError(`close() argument must be a Figure, an int, a string, or None, not <class '${typeof fig === "number" ? "float" : typeof fig === "boolean" ? "bool" : Array.isArray(fig) ? "list" : "dict"}'>`);
  }
}

const GET_FIGNUMS = mplsig("matplotlib.pyplot.get_fignums()");
/** `plt.get_fignums()`: numbers of the open figures. */
export function get_fignums(): number[] {
  if (arguments.length > 0) GET_FIGNUMS.bind(arguments);
  return openFigures().map((f) => f.number);
}

pyfunction(FIGURE, figure);
pyfunction(SUBPLOTS, subplots);
pyfunction(SUBPLOT, subplot);
pyfunction(GCF, gcf);
pyfunction(GCA, gca);
pyfunction(SCA, sca);
pyfunction(SET_TITLE.twin("matplotlib.pyplot.title"), title);
pyfunction(SUPTITLE.twin("matplotlib.pyplot.suptitle"), suptitle);
pyfunction(SET_XLABEL.twin("matplotlib.pyplot.xlabel"), xlabel);
pyfunction(SET_YLABEL.twin("matplotlib.pyplot.ylabel"), ylabel);
pyfunction(mplsig("matplotlib.pyplot.xlim(*args, left=None, right=None, emit=True, auto=False, xmin=None, xmax=None)", { unsupported: ["auto"] }).forwardsTo(SET_XLIM), xlim);
pyfunction(mplsig("matplotlib.pyplot.ylim(*args, bottom=None, top=None, emit=True, auto=False, ymin=None, ymax=None)", { unsupported: ["auto"] }).forwardsTo(SET_YLIM), ylim);
pyfunction(IMSHOW.twin("matplotlib.pyplot.imshow"), imshow);
pyfunction(PLOT.twin("matplotlib.pyplot.plot"), plot);
pyfunction(SCATTER.twin("matplotlib.pyplot.scatter"), scatter);
pyfunction(HIST.twin("matplotlib.pyplot.hist"), hist);
pyfunction(BAR.twin("matplotlib.pyplot.bar"), bar);
pyfunction(AXHLINE.twin("matplotlib.pyplot.axhline"), axhline);
pyfunction(AXVLINE.twin("matplotlib.pyplot.axvline"), axvline);
pyfunction(LEGEND.twin("matplotlib.pyplot.legend"), legend);
pyfunction(FILL_BETWEEN.twin("matplotlib.pyplot.fill_between"), fill_between);
pyfunction(FILL_BETWEENX.twin("matplotlib.pyplot.fill_betweenx"), fill_betweenx);
pyfunction(AXHSPAN.twin("matplotlib.pyplot.axhspan"), axhspan);
pyfunction(AXVSPAN.twin("matplotlib.pyplot.axvspan"), axvspan);
pyfunction(HLINES.twin("matplotlib.pyplot.hlines"), hlines);
pyfunction(VLINES.twin("matplotlib.pyplot.vlines"), vlines);
pyfunction(TEXT.twin("matplotlib.pyplot.text"), text);
pyfunction(STEP.twin("matplotlib.pyplot.step"), step);
pyfunction(ERRORBAR.twin("matplotlib.pyplot.errorbar"), errorbar);
pyfunction(STEM.twin("matplotlib.pyplot.stem"), stem);
pyfunction(SET_XSCALE.twin("matplotlib.pyplot.xscale"), xscale);
pyfunction(TICK_PARAMS.twin("matplotlib.pyplot.tick_params"), tick_params);
pyfunction(SET_YSCALE.twin("matplotlib.pyplot.yscale"), yscale);
pyfunction(XTICKS, xticks);
pyfunction(YTICKS, yticks);
pyfunction(MARGINS.twin("matplotlib.pyplot.margins"), margins);
pyfunction(ANNOTATE.twin("matplotlib.pyplot.annotate"), annotate);
pyfunction(GRID.twin("matplotlib.pyplot.grid"), grid);
pyfunction(AXIS.twin("matplotlib.pyplot.axis"), axis);
pyfunction(TIGHT_LAYOUT.twin("matplotlib.pyplot.tight_layout"), tight_layout);
pyfunction(PLT_COLORBAR, colorbar);
pyfunction(PLT_SAVEFIG, savefig);
pyfunction(SHOW, show);
pyfunction(CLOSE, close);
pyfunction(GET_FIGNUMS, get_fignums);


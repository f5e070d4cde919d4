/**
 * matplotlib's Axes (AxesSubplot): holds the artists, labels and limits of one subplot. Every
 * drawing call appends to the model; compile/ turns the model into Vega-Lite. Each method is
 * declared with matplotlib's signature (after the class) and binds its call there.
 */
import { inspect } from "node:util";
import type { NDArray } from "../np/ndarray";
import { pyfunction, PyArgs } from "../signature";
import type { Artist, CustomLegend, FillArtist, TextArtist, SegmentsArtist, SpanArtist, LineArtist, RectsArtist, ScalarMapping, SpanLineArtist } from "./artists";
import type { NDArrayLike } from "./data";
import type { ColorLike } from "./colors";
import { cycleColor } from "./colors";
import { rcParams } from "./rcparams";
import { autoLimits } from "./limits";
import { pyStr } from "./pyrepr";
import { imageArtist, ImshowOptions, IMSHOW, AxesImage } from "./imshow";
import { drawScatter, resolveScatterData, ScatterOptions, PathCollection, SCATTER } from "./scatter";
import { AXHLINE, AXVLINE, drawPlot, drawSpanLine, PLOT } from "./lines";
import { line2dList } from "./lines";
import { BAR, drawBar, drawHist, HIST } from "./bars";
import type { Figure } from "./figure";
import { drawFill, FILL_BETWEEN, FILL_BETWEENX, FillOptions } from "./fills";
import { AXHSPAN, AXVSPAN, drawSpan, SpanOptions } from "./spans";
import { drawSegments, HLINES, VLINES, SegmentsOptions } from "./segments";
import {
  AspectOptions, axisInverted, GET_ASPECT, INVERT_XAXIS, INVERT_YAXIS, invertAxis, MARGINS, MarginsOptions, SET_ASPECT, setAspect, setMargins,
  XAXIS_INVERTED, YAXIS_INVERTED,
} from "./axes_view";
import { drawStep, STEP } from "./steps";
import { drawErrorbar, ERRORBAR, ErrorbarContainer } from "./errorbars";
import { drawStem, STEM, StemContainer, StemOptions } from "./stems";
import { setTickParams, TICK_PARAMS, TickMarkStyle, TickParamsOptions } from "./tick_params";
import { AxisScale, GET_XSCALE, GET_YSCALE, SET_XSCALE, SET_YSCALE, setScale } from "./axes_scale";
import type { ScaleOptions } from "./axes_scale";
import {
  currentTicks, FixedTicks, GET_XTICKS, GET_YTICKS, SET_XTICKLABELS, SET_XTICKS, SET_YTICKLABELS, SET_YTICKS, setTickLabels, setTicks,
  TickLabelsOptions, TicksOptions,
} from "./axes_ticks";
import { ANNOTATE, AnnotateOptions, drawAnnotate, drawText, TEXT, TextCallOptions } from "./texts";
import { withRepr, artistRepr } from "./pyobjects";
import type { TextStyle } from "./text_style";
import {
  GET_TITLE, GET_XLABEL, GET_XLIM, GET_YLABEL, GET_YLIM, getTitle, SET_TITLE, SET_XLABEL, SET_XLIM, SET_YLABEL, SET_YLIM,
  setLabel, setLim, setTitle,
} from "./axes_labels";
import { AXIS, GRID, GridStyle, LEGEND, LegendOptions, setAxis, setGrid, setLegend } from "./axes_guides";
import type { PlotArg } from "./plotargs";
import type {
  AxisOptions, AxLineOptions, BarOptions, Bins, GridOptions, HistOptions, LabelOptions, LegendKeywords, LimOptions, PlotOptions, TitleOptions,
} from "./axes_options";

import { asarray } from "../np/create";
import { barContainer, childrenOf, handlesLabels, legendOf, locatorTicks, remember, rememberContainer, tickLabelsOf } from "./artist_lists";
import type { Line2D } from "./line2d";
import type { BarContainer, Legend, LineCollection, PathPatch, PolyCollection, Rectangle, Text, Wedge } from "./artist_api";
import { plotArgs, rememberOriginals, xyUnits } from "./categories";
import { BARH, drawBarh, type BarhOptions } from "./barh";
import { drawPie, PIE, type PieOptions } from "./pie";
import { BOXPLOT, drawBoxplot, type BoxplotOptions, type BoxplotParts } from "./boxplot";
import { drawViolinplot, VIOLINPLOT, type ViolinParts, type ViolinplotOptions } from "./violin";
import { drawStackplot, STACKPLOT, type StackplotOptions } from "./stackplot";
import { GET_IMAGES, GET_LEGEND, GET_LEGEND_HANDLES_LABELS, GET_LINES, GET_XTICKLABELS, GET_YTICKLABELS } from "./axes_readers";

export type { LegendOptions } from "./axes_guides";

/** Options of `Axes.errorbar`: plot's keywords and the error bars'. */
export interface ErrorbarOptions extends PlotOptions {
  yerr?: number | NDArrayLike | null;
  xerr?: number | NDArrayLike | null;
  fmt?: string;
  ecolor?: ColorLike | null;
  elinewidth?: number | null;
  capsize?: number | null;
  barsabove?: boolean;
  lolims?: boolean;
  uplims?: boolean;
  xlolims?: boolean;
  xuplims?: boolean;
  errorevery?: number;
  capthick?: number | null;
}

/** Options of `Axes.step`: plot's keywords and where the steps sit. */
export interface StepOptions extends PlotOptions {
  where?: "pre" | "post" | "mid";
}

export type {
  LineKeywords, PlotOptions, PatchKeywords, HistOptions, BarOptions, AxLineOptions, TextKeywords, TitleOptions, LabelOptions,
  LimOptions, LegendKeywords, GridOptions, AxisOptions,
} from "./axes_options";

/** Where a subplot sits in its figure's grid (0-based, spans inclusive of start). */
export interface GridPosition {
  nrows: number;
  ncols: number;
  row: number;
  col: number;
}

export type TitleLoc = "left" | "center" | "right";

/** An axis label's style and where along the axis it sits. */
export type LabelStyle = TextStyle & { loc?: string };

/** `matplotlib.axes.Axes`: one subplot of a Figure. */
export class Axes {
  readonly figure: Figure;
  position: GridPosition;
  /** The three titles matplotlib keeps (set_title's loc). */
  titles: Record<TitleLoc, string> = { left: "", center: "", right: "" };
  titleStyles: Record<TitleLoc, TextStyle> = { left: {}, center: {}, right: {} };
  xlabel = "";
  ylabel = "";
  xlabelStyle: LabelStyle = {};
  ylabelStyle: LabelStyle = {};
  /** User limits as matplotlib stores them: (left, right) and (bottom, top); null = autoscale. */
  xlim: [number, number] | null = null;
  ylim: [number, number] | null = null;
  readonly artists: Artist[] = [];
  legendShown = false;
  legendOptions: LegendOptions = {};
  /** The artists a legend(handles, ...) call chose, in its order; null: every labelled artist. */
  legendHandles: Artist[] | null = null;
  /** seaborn's legend, used instead of artist labels when set. */
  customLegend: CustomLegend | null = null;
  gridX: boolean;
  gridY: boolean;
  gridStyle: { x: GridStyle; y: GridStyle } = { x: {}, y: {} };
  axisOn = true;
  /** "auto", or the ratio of y units to x units on screen (1 for "equal", imshow's default). */
  aspect: "auto" | number = "auto";
  /** What gives way to the aspect: the axes box (imshow, axis('scaled')) or the data limits (axis('equal')). */
  adjustable: "box" | "datalim" = "box";
  /** y grows downward (imshow's origin="upper") unless limits say otherwise. */
  yInvertedByDefault = false;
  /** invert_xaxis / invert_yaxis on autoscaled limits: the view runs the other way. */
  xInverted = false;
  yInverted = false;
  /** @internal Tick mark color, length and width per axis (tick_params). */
  _tickMarks: { x: TickMarkStyle; y: TickMarkStyle } = { x: {}, y: {} };
  /** @internal Each axis' scale (set_xscale / set_yscale). */
  _scales: { x: AxisScale; y: AxisScale } = { x: "linear", y: "linear" };
  /** @internal Fixed ticks and tick label styles (set_xticks, xticks, set_xticklabels). */
  _xticks: FixedTicks | null = null;
  _yticks: FixedTicks | null = null;
  /** @internal Autoscaled limits widened to fixed ticks, valid while no artist is added. */
  _tickView: { x?: { lim: [number, number]; artists: number }; y?: { lim: [number, number]; artists: number } } = {};
  /** @internal Autoscaling's margins (Axes.margins; rcParams["axes.xmargin"] / ["axes.ymargin"] are 0.05). */
  _margins = { x: 0.05, y: 0.05 };
  /** Colorbar shown next to this axes (counts as one more Axes, as in matplotlib). */
  colorbarMapping: (ScalarMapping & { label: string }) | null = null;
  /** @internal The artists an axis autoscales over when a twin shares it (twinx / twiny). */
  _sharedArtists?: (which: "x" | "y") => readonly Artist[];
  private lineColors = 0;
  private patchColors = 0;

  /** @internal Use plt.subplots / fig.add_subplot / plt.gca. */
  constructor(figure: Figure, position: GridPosition) {
    this.figure = figure;
    this.position = position;
    this.gridX = this.gridY = Boolean(rcParams["axes.grid"]);
  }

  /** The center title (matplotlib's `ax.title` text). */
  get title(): string {
    return this.titles.center;
  }

  /** @internal The next color of the line property cycle (plot, hist). */
  nextColor(): string {
    return cycleColor(this.lineColors++);
  }

  /** @internal The next color of the patch property cycle (bar, scatter), which matplotlib keeps apart. */
  nextPatchColor(): string {
    return cycleColor(this.patchColors++);
  }

  /** `Axes.plot(*args, scalex=True, scaley=True, data=None, **kwargs)`: lines and/or markers; `plot(y)`, `plot(x, y, "r--", {label})`. */
  plot(...args: (PlotArg | PlotOptions)[]): Line2D[] {
    const given = plotArgs(this, args);
    const lines = drawPlot(this, given.args);
    rememberOriginals(lines, given.groups);
    return line2dList(this, lines);
  }

  /** `Axes.scatter(x, y, s=None, c=None, marker=None, cmap=None, norm=None, vmin=None, vmax=None, alpha=None, linewidths=None, *, edgecolors=None, ...)`. */
  scatter(x: NDArrayLike | string, y: NDArrayLike | string, ...rest: PyArgs<[s: number | NDArrayLike | string | null, c: ScatterOptions["c"], marker: string | null, cmap: ScatterOptions["cmap"], norm: ScatterOptions["norm"], vmin: number | null, vmax: number | null, alpha: number | null, linewidths: number | null, options: ScatterOptions], ScatterOptions>): PathCollection;
  scatter(): PathCollection {
    return remember(drawScatter(this, xyUnits(this, resolveScatterData(arguments))));
  }

  /** `Axes.imshow(X, cmap=None, norm=None, *, aspect=None, interpolation=None, alpha=None, vmin=None, vmax=None, origin=None, extent=None, ...)`. */
  imshow(X: NDArrayLike, ...rest: PyArgs<[cmap: ImshowOptions["cmap"], norm: ImshowOptions["norm"], options: ImshowOptions], ImshowOptions>): AxesImage;
  imshow(): AxesImage {
    const b = IMSHOW.bind(arguments);
    const { artist, aspect } = imageArtist(b, this.drawnPixelSize());
    this.artists.push(artist);
    if (aspect !== "auto") this.aspect = aspect === "equal" ? 1 : aspect;
    // the y axis runs downward when the extent's bottom lies above its top (origin "upper" without an extent)
    this.yInvertedByDefault = artist.extent[2] > artist.extent[3];
    const image = remember(new AxesImage(artist, this));
    image._data = asarray(b.X);
    image._imshowCall = b;
    return withRepr(image, () => artistRepr("image"), this.figure);
  }

  /**
   * `Axes.hist(x, bins=None, range=None, density=False, weights=None, cumulative=False, bottom=None,
   * histtype='bar', align='mid', orientation='vertical', rwidth=None, log=False, color=None, label=None,
   * stacked=False, *, data=None, **kwargs)`: returns [n, bins, patches] with n and bins as float64
   * arrays, as numpy.histogram computes them.
   */
  hist(x: NDArrayLike, ...rest: PyArgs<[bins: Bins, range: readonly [number, number] | null, density: boolean, weights: NDArrayLike | null, cumulative: boolean | number, bottom: number | NDArrayLike | null, histtype: HistOptions["histtype"], align: HistOptions["align"], orientation: HistOptions["orientation"], rwidth: number | null, log: boolean, color: ColorLike | null, label: string | null, stacked: boolean, options: HistOptions], HistOptions>): [NDArray, NDArray, (RectsArtist | LineArtist)[]];
  hist(): [NDArray, NDArray, (RectsArtist | LineArtist)[]] {
    return drawHist(this, arguments);
  }

  /** `Axes.bar(x, height, width=0.8, bottom=None, *, align='center', data=None, **kwargs)`. */
  bar(x: NDArrayLike | number | readonly string[] | string, height: NDArrayLike | number, ...rest: PyArgs<[width: number | NDArrayLike, bottom: number | NDArrayLike | null, options: BarOptions], BarOptions>): BarContainer;
  bar(): BarContainer {
    return barContainer(this, drawBar(this, xyUnits(this, arguments, false)));
  }

  /** `Axes.axhline(y=0, xmin=0, xmax=1, **kwargs)`: a horizontal line across the axes. */
  axhline(...args: PyArgs<[y: number, xmin: number, xmax: number, options: AxLineOptions], AxLineOptions>): Line2D;
  axhline(): Line2D {
    return drawSpanLine(this, "h", arguments);
  }

  /** `Axes.axvline(x=0, ymin=0, ymax=1, **kwargs)`: a vertical line across the axes. */
  axvline(...args: PyArgs<[x: number, ymin: number, ymax: number, options: AxLineOptions], AxLineOptions>): Line2D;
  axvline(): Line2D {
    return drawSpanLine(this, "v", arguments);
  }

  /** `Axes.fill_between(x, y1, y2=0, where=None, interpolate=False, step=None, *, data=None, **kwargs)`: the area between two curves. */
  fill_between(x: NDArrayLike, y1: NDArrayLike | number, ...rest: PyArgs<[y2: NDArrayLike | number, where: FillOptions["where"], interpolate: boolean, step: FillOptions["step"], options: FillOptions], FillOptions>): FillArtist;
  fill_between(): FillArtist {
    return drawFill(this, "v", arguments);
  }

  /** `Axes.fill_betweenx(y, x1, x2=0, where=None, step=None, interpolate=False, *, data=None, **kwargs)`: the area between two curves of y. */
  fill_betweenx(y: NDArrayLike, x1: NDArrayLike | number, ...rest: PyArgs<[x2: NDArrayLike | number, where: FillOptions["where"], step: FillOptions["step"], interpolate: boolean, options: FillOptions], FillOptions>): FillArtist;
  fill_betweenx(): FillArtist {
    return drawFill(this, "h", arguments);
  }

  /** `Axes.axhspan(ymin, ymax, xmin=0, xmax=1, **kwargs)`: a horizontal band across the axes. */
  axhspan(ymin: number, ymax: number, ...rest: PyArgs<[xmin: number, xmax: number, options: SpanOptions], SpanOptions>): SpanArtist;
  axhspan(): SpanArtist {
    return drawSpan(this, "h", arguments);
  }

  /** `Axes.axvspan(xmin, xmax, ymin=0, ymax=1, **kwargs)`: a vertical band across the axes. */
  axvspan(xmin: number, xmax: number, ...rest: PyArgs<[ymin: number, ymax: number, options: SpanOptions], SpanOptions>): SpanArtist;
  axvspan(): SpanArtist {
    return drawSpan(this, "v", arguments);
  }

  /** `Axes.hlines(y, xmin, xmax, colors=None, linestyles='solid', label='', *, data=None, **kwargs)`: horizontal segments. */
  hlines(y: NDArrayLike | number, xmin: NDArrayLike | number, xmax: NDArrayLike | number, ...rest: PyArgs<[colors: SegmentsOptions["colors"], linestyles: string, label: string, options: SegmentsOptions], SegmentsOptions>): SegmentsArtist;
  hlines(): SegmentsArtist {
    return drawSegments(this, "h", arguments);
  }

  /** `Axes.vlines(x, ymin, ymax, colors=None, linestyles='solid', label='', *, data=None, **kwargs)`: vertical segments. */
  vlines(x: NDArrayLike | number, ymin: NDArrayLike | number, ymax: NDArrayLike | number, ...rest: PyArgs<[colors: SegmentsOptions["colors"], linestyles: string, label: string, options: SegmentsOptions], SegmentsOptions>): SegmentsArtist;
  vlines(): SegmentsArtist {
    return drawSegments(this, "v", arguments);
  }

  /** `Axes.step(x, y, *args, where='pre', data=None, **kwargs)`: plot's lines as steps; `step(x, y, "r--", {where: "mid"})`. */
  step(x: NDArrayLike, y: NDArrayLike, ...args: (string | NDArrayLike | StepOptions)[]): Line2D[];
  step(): Line2D[] {
    const given = plotArgs(this, Array.from(arguments));
    const lines = drawStep(this, given.args);
    rememberOriginals(lines, given.groups);
    return line2dList(this, lines);
  }

  /** `Axes.set_xticks(ticks, labels=None, *, minor=False, **kwargs)`: fixed x ticks, optionally labelled (label keywords need labels). */
  set_xticks(ticks: NDArrayLike, ...rest: PyArgs<[labels: readonly (string | number)[] | null, options: TicksOptions], TicksOptions>): void;
  set_xticks(): void {
    setTicks(this, "x", arguments);
  }

  /** `Axes.set_yticks(ticks, labels=None, *, minor=False, **kwargs)`: fixed y ticks, optionally labelled. */
  set_yticks(ticks: NDArrayLike, ...rest: PyArgs<[labels: readonly (string | number)[] | null, options: TicksOptions], TicksOptions>): void;
  set_yticks(): void {
    setTicks(this, "y", arguments);
  }

  /** `Axes.set_xticklabels(labels, *, fontdict=None, minor=False, **kwargs)`: labels for the current x ticks. */
  set_xticklabels(labels: readonly (string | number)[], options?: TickLabelsOptions): void;
  set_xticklabels(): void {
    setTickLabels(this, "x", arguments);
  }

  /** `Axes.set_yticklabels(labels, *, fontdict=None, minor=False, **kwargs)`: labels for the current y ticks. */
  set_yticklabels(labels: readonly (string | number)[], options?: TickLabelsOptions): void;
  set_yticklabels(): void {
    setTickLabels(this, "y", arguments);
  }

  /** `Axes.get_xticks(*, minor=False)`: the x tick locations (fixed, or AutoLocator's over the view). */
  get_xticks(options?: { minor?: boolean }): number[];
  get_xticks(): number[] {
    if (arguments.length > 0) GET_XTICKS.bind(arguments);
    return locatorTicks(this, "x");
  }

  /** `Axes.get_yticks(*, minor=False)`: the y tick locations. */
  get_yticks(options?: { minor?: boolean }): number[];
  get_yticks(): number[] {
    if (arguments.length > 0) GET_YTICKS.bind(arguments);
    return locatorTicks(this, "y");
  }

  /**
   * `Axes.errorbar(x, y, yerr=None, xerr=None, fmt='', ecolor=None, elinewidth=None, capsize=None,
   * barsabove=False, lolims=False, uplims=False, xlolims=False, xuplims=False, errorevery=1,
   * capthick=None, *, data=None, **kwargs)`: returns [data_line, caplines, barlinecols].
   */
  errorbar(x: NDArrayLike, y: NDArrayLike, ...rest: PyArgs<[yerr: ErrorbarOptions["yerr"], xerr: ErrorbarOptions["xerr"], fmt: string, ecolor: ColorLike | null, elinewidth: number | null, capsize: number | null, options: ErrorbarOptions], ErrorbarOptions>): ErrorbarContainer;
  errorbar(): ErrorbarContainer {
    return rememberContainer(this, drawErrorbar(this, arguments), this.artists.length);
  }

  /** `Axes.stem(*args, linefmt=None, markerfmt=None, basefmt=None, bottom=0, label=None, ...)`: `stem([locs,] heads, [linefmt, markerfmt, basefmt])`. */
  stem(...args: (string | NDArrayLike | StemOptions)[]): StemContainer;
  stem(): StemContainer {
    return rememberContainer(this, drawStem(this, arguments), this.artists.length);
  }

  /** `Axes.set_xscale(value, **kwargs)`: "linear", "log" (decade ticks labelled 10^k), "symlog" ({linthresh, linscale, base, subs}) or "logit" ({nonpositive, one_half, use_overline}). */
  set_xscale(value: "linear" | "log" | "symlog" | "logit", options?: ScaleOptions): void;
  set_xscale(): void {
    setScale(this, "x", arguments);
  }

  /** `Axes.set_yscale(value, **kwargs)`: "linear", "log", "symlog" ({linthresh, linscale, base, subs}) or "logit" ({nonpositive, one_half, use_overline}). */
  set_yscale(value: "linear" | "log" | "symlog" | "logit", options?: ScaleOptions): void;
  set_yscale(): void {
    setScale(this, "y", arguments);
  }

  /** `Axes.get_xscale()`. */
  get_xscale(): AxisScale {
    if (arguments.length > 0) GET_XSCALE.bind(arguments);
    return this._scales.x;
  }

  /** `Axes.get_yscale()`. */
  get_yscale(): AxisScale {
    if (arguments.length > 0) GET_YSCALE.bind(arguments);
    return this._scales.y;
  }

  /** `Axes.tick_params(axis='both', **kwargs)`: label size / color / rotation and tick color / length / width of the major ticks. */
  tick_params(...args: PyArgs<[axis: TickParamsOptions["axis"], options: TickParamsOptions], TickParamsOptions>): void;
  tick_params(): void {
    setTickParams(this, arguments);
  }

  /** `Axes.text(x, y, s, fontdict=None, **kwargs)`: a text at a data position (left / baseline aligned by default). */
  text(x: number, y: number, s: string, ...rest: PyArgs<[fontdict: TextCallOptions["fontdict"], options: TextCallOptions], TextCallOptions>): TextArtist;
  text(): TextArtist {
    return drawText(this, arguments);
  }

  /** `Axes.annotate(text, xy, xytext=None, xycoords='data', textcoords=None, arrowprops=None, annotation_clip=None, **kwargs)`: a text, optionally with an arrow to xy. */
  annotate(text: string, xy: readonly [number, number], ...rest: PyArgs<[xytext: AnnotateOptions["xytext"], xycoords: "data", textcoords: AnnotateOptions["textcoords"], arrowprops: AnnotateOptions["arrowprops"], annotation_clip: AnnotateOptions["annotation_clip"], options: AnnotateOptions], AnnotateOptions>): TextArtist;
  annotate(): TextArtist {
    return drawAnnotate(this, arguments);
  }

  /** `Axes.invert_xaxis()`: the x axis runs the other way (set limits swap; autoscaled ones stay inverted). */
  invert_xaxis(): void {
    if (arguments.length > 0) INVERT_XAXIS.bind(arguments);
    invertAxis(this, "x");
  }

  /** `Axes.invert_yaxis()`: the y axis runs the other way. */
  invert_yaxis(): void {
    if (arguments.length > 0) INVERT_YAXIS.bind(arguments);
    invertAxis(this, "y");
  }

  /** `Axes.xaxis_inverted()`: whether the x axis runs from high to low. */
  xaxis_inverted(): boolean {
    if (arguments.length > 0) XAXIS_INVERTED.bind(arguments);
    return axisInverted(this, "x");
  }

  /** `Axes.yaxis_inverted()`: whether the y axis runs from high to low. */
  yaxis_inverted(): boolean {
    if (arguments.length > 0) YAXIS_INVERTED.bind(arguments);
    return axisInverted(this, "y");
  }

  /**
   * `Axes.margins(*margins, x=None, y=None, tight=True)`: autoscaling's padding as a fraction of
   * the data span; without arguments returns (xmargin, ymargin).
   */
  margins(...args: (number | MarginsOptions)[]): [number, number] | void;
  margins(): [number, number] | void {
    return setMargins(this, arguments);
  }

  /** `Axes.set_aspect(aspect, adjustable=None, anchor=None, share=False)`: "auto", "equal" or y units per x unit on screen. */
  set_aspect(aspect: "auto" | "equal" | number, ...rest: PyArgs<[adjustable: AspectOptions["adjustable"], anchor: null, share: boolean, options: AspectOptions], AspectOptions>): void;
  set_aspect(): void {
    setAspect(this, arguments);
  }

  /** `Axes.get_aspect()`: "auto" or the ratio (1.0 for "equal"). */
  get_aspect(): "auto" | number {
    if (arguments.length > 0) GET_ASPECT.bind(arguments);
    return this.aspect;
  }

  /** `Axes.set_title(label, fontdict=None, loc=None, pad=None, *, y=None, **kwargs)`. */
  set_title(label: string, ...rest: PyArgs<[fontdict: null, loc: TitleOptions["loc"], pad: null, options: TitleOptions], TitleOptions>): void;
  set_title(): void {
    setTitle(this, arguments);
  }

  /** `Axes.set_xlabel(xlabel, fontdict=None, labelpad=None, *, loc=None, **kwargs)`. */
  set_xlabel(xlabel: string, ...rest: PyArgs<[fontdict: null, labelpad: null, options: LabelOptions], LabelOptions>): void;
  set_xlabel(): void {
    setLabel(this, "x", arguments);
  }

  /** `Axes.set_ylabel(ylabel, fontdict=None, labelpad=None, *, loc=None, **kwargs)`. */
  set_ylabel(ylabel: string, ...rest: PyArgs<[fontdict: null, labelpad: null, options: LabelOptions], LabelOptions>): void;
  set_ylabel(): void {
    setLabel(this, "y", arguments);
  }

  /** `Axes.get_title(loc='center')`. */
  get_title(loc?: TitleLoc | { loc?: TitleLoc }): string;
  get_title(): string {
    return getTitle(this, arguments);
  }

  /** `Axes.get_xlabel()`. */
  get_xlabel(): string {
    if (arguments.length > 0) GET_XLABEL.bind(arguments);
    return this.xlabel;
  }

  /** `Axes.get_ylabel()`. */
  get_ylabel(): string {
    if (arguments.length > 0) GET_YLABEL.bind(arguments);
    return this.ylabel;
  }

  /** `Axes.set_xlim(left=None, right=None, *, emit=True, auto=False, xmin=None, xmax=None)`, also `set_xlim([left, right])`; left > right inverts. */
  set_xlim(...args: PyArgs<[left: number | readonly [number, number] | null, right: number | null, options: LimOptions], LimOptions>): [number, number];
  set_xlim(): [number, number] {
    return setLim(this, "x", arguments);
  }

  /** `Axes.set_ylim(bottom=None, top=None, *, emit=True, auto=False, ymin=None, ymax=None)`, also `set_ylim([bottom, top])`; bottom > top inverts. */
  set_ylim(...args: PyArgs<[bottom: number | readonly [number, number] | null, top: number | null, options: LimOptions], LimOptions>): [number, number];
  set_ylim(): [number, number] {
    return setLim(this, "y", arguments);
  }

  /** `Axes.get_xlim()`: (left, right), autoscaled when not set. */
  get_xlim(): [number, number] {
    if (arguments.length > 0) GET_XLIM.bind(arguments);
    if (this.xlim !== null) return this.xlim;
    const tv = this._tickView.x;
    if (tv !== undefined && tv.artists === this.artists.length) return [tv.lim[0], tv.lim[1]];
    const [lo, hi] = autoLimits(this._sharedArtists?.("x") ?? this.artists, this._margins, this._scales).x;
    return this.xInverted ? [hi, lo] : [lo, hi];
  }

  /** `Axes.get_ylim()`: (bottom, top), autoscaled when not set; images run top to bottom. */
  get_ylim(): [number, number] {
    if (arguments.length > 0) GET_YLIM.bind(arguments);
    if (this.ylim !== null) return this.ylim;
    const tv = this._tickView.y;
    if (tv !== undefined && tv.artists === this.artists.length) return [tv.lim[0], tv.lim[1]];
    const [lo, hi] = autoLimits(this._sharedArtists?.("y") ?? this.artists, this._margins, this._scales).y;
    return this.yInvertedByDefault !== this.yInverted ? [hi, lo] : [lo, hi];
  }

  /** `Axes.legend(*args, **kwargs)`: `legend()`, `legend(labels)`, `legend(handles, labels)`, with Legend's keywords. */
  legend(...args: (readonly unknown[] | LegendKeywords)[]): void;
  legend(): void {
    setLegend(this, arguments);
  }

  /** `Axes.grid(visible=None, which='major', axis='both', **kwargs)`: toggles (no argument) or sets the grid. */
  grid(...args: PyArgs<[visible: boolean | null, which: GridOptions["which"], axis: GridOptions["axis"], options: GridOptions], GridOptions>): void;
  grid(): void {
    setGrid(this, arguments);
  }

  /**
   * `Axes.axis(*args, emit=True, **kwargs)`: "off"/"on" hide or show the axes; "equal", "scaled",
   * "image", "square", "tight", "auto"; [xmin, xmax, ymin, ymax] or xmin=... sets limits.
   */
  axis(...args: (string | boolean | readonly [number, number, number, number] | AxisOptions | undefined)[]): [number, number, number, number];
  axis(): [number, number, number, number] {
    return setAxis(this, arguments);
  }

  /** @internal Approximate px size the axes is drawn at (used to decide image resampling). */
  drawnPixelSize(): { width: number; height: number } {
    return this.figure.axesPixelSize(this.position);
  }

  /** matplotlib 3.6's repr: `<AxesSubplot: title={'center': 'x'}, xlabel='a', ylabel='b'>`. */
  toString(): string {
    const parts: string[] = [];
    const titles = (["left", "center", "right"] as const).filter((k) => this.titles[k] !== "").map((k) => `'${k}': ${pyStr(this.titles[k])}`);
    if (titles.length > 0) parts.push(`title={${titles.join(", ")}}`);
    if (this.xlabel) parts.push(`xlabel=${pyStr(this.xlabel)}`);
    if (this.ylabel) parts.push(`ylabel=${pyStr(this.ylabel)}`);
    return `<AxesSubplot: ${parts.join(", ")}>`;
  }

  /** In a notebook, shows the figure (as matplotlib's inline backend does at cell end) and returns the repr. */
  [inspect.custom](): string {
    this.figure.displayInline();
    return this.toString();
  }

  /** `Axes.lines`: the Line2D artists (plot, step, axhline / axvline, boxplot's parts), in the order added. */
  get lines(): Line2D[] {
    return childrenOf(this).lines;
  }

  /** `Axes.collections`: scatter's PathCollections, fill_between's PolyCollections, hlines / vlines' LineCollections. */
  get collections(): (PathCollection | PolyCollection | LineCollection)[] {
    return childrenOf(this).collections;
  }

  /** `Axes.patches`: bars' and histograms' Rectangles, pie's Wedges, boxplot's PathPatches, spans' Polygons. */
  get patches(): (Rectangle | Wedge | PathPatch)[] {
    return childrenOf(this).patches;
  }

  /** `Axes.texts`: text, annotate and pie's labels. */
  get texts(): Text[] {
    return childrenOf(this).texts;
  }

  /** `Axes.images`: imshow's AxesImages. */
  get images(): AxesImage[] {
    return childrenOf(this).images;
  }

  /** `Axes.containers`: a BarContainer per bar / barh / hist call, and errorbar's and stem's containers. */
  get containers(): (BarContainer | ErrorbarContainer | StemContainer)[] {
    return childrenOf(this).containers as (BarContainer | ErrorbarContainer | StemContainer)[];
  }

  /** `Axes.get_lines()`: the Line2D artists (as `ax.lines`). */
  get_lines(): Line2D[] {
    if (arguments.length > 0) GET_LINES.bind(arguments);
    return childrenOf(this).lines;
  }

  /** `Axes.get_images()`: the AxesImages (as `ax.images`). */
  get_images(): AxesImage[] {
    if (arguments.length > 0) GET_IMAGES.bind(arguments);
    return childrenOf(this).images;
  }

  /** `Axes.get_legend_handles_labels(legend_handler_map=None)`: [handles, labels] of the labelled artists, as legend() would list them. */
  get_legend_handles_labels(): [unknown[], string[]] {
    if (arguments.length > 0) GET_LEGEND_HANDLES_LABELS.bind(arguments);
    return handlesLabels(this);
  }

  /** `Axes.get_legend()`: the Legend, or null (None) when there is none. */
  get_legend(): Legend | null {
    if (arguments.length > 0) GET_LEGEND.bind(arguments);
    return legendOf(this);
  }

  /** `Axes.get_xticklabels(minor=False, which=None)`: the x tick labels as Texts (ScalarFormatter's text, or the labels set). */
  get_xticklabels(): Text[] {
    if (arguments.length > 0) GET_XTICKLABELS.bind(arguments);
    return tickLabelsOf(this, "x");
  }

  /** `Axes.get_yticklabels(minor=False, which=None)`: the y tick labels as Texts. */
  get_yticklabels(): Text[] {
    if (arguments.length > 0) GET_YTICKLABELS.bind(arguments);
    return tickLabelsOf(this, "y");
  }

  /** `Axes.barh(y, width, height=0.8, left=None, *, align='center', data=None, **kwargs)`: horizontal bars. */
  barh(y: NDArrayLike | number | readonly string[] | string, width: NDArrayLike | number, ...rest: PyArgs<[height: number | NDArrayLike, left: number | NDArrayLike | null, options: BarhOptions], BarhOptions>): BarContainer;
  barh(): BarContainer {
    return barContainer(this, drawBarh(this, arguments));
  }

  /**
   * `Axes.pie(x, explode=None, labels=None, colors=None, autopct=None, pctdistance=0.6, shadow=False,
   * labeldistance=1.1, startangle=0, radius=1, counterclock=True, wedgeprops=None, textprops=None,
   * center=(0, 0), frame=False, rotatelabels=False, *, normalize=True, data=None)`: returns
   * [wedges, texts] or, with autopct, [wedges, texts, autotexts].
   */
  pie(x: NDArrayLike, options?: PieOptions): [Wedge[], Text[]] | [Wedge[], Text[], Text[]];
  pie(): [Wedge[], Text[]] | [Wedge[], Text[], Text[]] {
    return drawPie(this, arguments);
  }

  /**
   * `Axes.boxplot(x, notch=None, sym=None, vert=None, whis=None, positions=None, widths=None,
   * patch_artist=None, bootstrap=None, usermedians=None, conf_intervals=None, meanline=None,
   * showmeans=None, showcaps=None, showbox=None, showfliers=None, boxprops=None, labels=None,
   * flierprops=None, medianprops=None, meanprops=None, capprops=None, whiskerprops=None,
   * manage_ticks=True, autorange=False, zorder=None, capwidths=None, *, data=None)`: returns
   * {whiskers, caps, boxes, medians, fliers, means}.
   */
  boxplot(x: NDArrayLike | readonly (readonly number[] | NDArrayLike)[], options?: BoxplotOptions): BoxplotParts;
  boxplot(): BoxplotParts {
    return drawBoxplot(this, arguments);
  }

  /**
   * `Axes.violinplot(dataset, positions=None, vert=True, widths=0.5, showmeans=False,
   * showextrema=True, showmedians=False, quantiles=None, points=100, bw_method=None, *, data=None)`:
   * returns {bodies, cmeans, cmins, cmaxes, cbars, cmedians, cquantiles} (those drawn).
   */
  violinplot(dataset: NDArrayLike | readonly (readonly number[] | NDArrayLike)[], options?: ViolinplotOptions): ViolinParts;
  violinplot(): ViolinParts {
    return drawViolinplot(this, arguments);
  }

  /** `Axes.stackplot(x, *args, labels=(), colors=None, baseline='zero', data=None, **kwargs)`: stacked areas, one PolyCollection per layer. */
  stackplot(x: NDArrayLike, ...args: (NDArrayLike | StackplotOptions)[]): PolyCollection[];
  stackplot(): PolyCollection[] {
    return drawStackplot(this, arguments);
  }
}

const P = Axes.prototype;
pyfunction(PLOT, P.plot);
pyfunction(SCATTER, P.scatter);
pyfunction(IMSHOW, P.imshow);
pyfunction(HIST, P.hist);
pyfunction(BAR, P.bar);
pyfunction(AXHLINE, P.axhline);
pyfunction(AXVLINE, P.axvline);
pyfunction(FILL_BETWEEN, P.fill_between);
pyfunction(FILL_BETWEENX, P.fill_betweenx);
pyfunction(AXHSPAN, P.axhspan);
pyfunction(AXVSPAN, P.axvspan);
pyfunction(HLINES, P.hlines);
pyfunction(VLINES, P.vlines);
pyfunction(INVERT_XAXIS, P.invert_xaxis);
pyfunction(INVERT_YAXIS, P.invert_yaxis);
pyfunction(XAXIS_INVERTED, P.xaxis_inverted);
pyfunction(YAXIS_INVERTED, P.yaxis_inverted);
pyfunction(MARGINS, P.margins);
pyfunction(SET_ASPECT, P.set_aspect);
pyfunction(GET_ASPECT, P.get_aspect);
pyfunction(STEP, P.step);
pyfunction(ERRORBAR, P.errorbar);
pyfunction(STEM, P.stem);
pyfunction(TICK_PARAMS, P.tick_params);
pyfunction(SET_XSCALE, P.set_xscale);
pyfunction(SET_YSCALE, P.set_yscale);
pyfunction(GET_XSCALE, P.get_xscale);
pyfunction(GET_YSCALE, P.get_yscale);
pyfunction(SET_XTICKS, P.set_xticks);
pyfunction(SET_YTICKS, P.set_yticks);
pyfunction(SET_XTICKLABELS, P.set_xticklabels);
pyfunction(SET_YTICKLABELS, P.set_yticklabels);
pyfunction(GET_XTICKS, P.get_xticks);
pyfunction(GET_YTICKS, P.get_yticks);
pyfunction(TEXT, P.text);
pyfunction(ANNOTATE, P.annotate);
pyfunction(SET_TITLE, P.set_title);
pyfunction(SET_XLABEL, P.set_xlabel);
pyfunction(SET_YLABEL, P.set_ylabel);
pyfunction(GET_TITLE, P.get_title);
pyfunction(GET_XLABEL, P.get_xlabel);
pyfunction(GET_YLABEL, P.get_ylabel);
pyfunction(SET_XLIM, P.set_xlim);
pyfunction(SET_YLIM, P.set_ylim);
pyfunction(GET_XLIM, P.get_xlim);
pyfunction(GET_YLIM, P.get_ylim);
pyfunction(LEGEND, P.legend);
pyfunction(GRID, P.grid);
pyfunction(AXIS, P.axis);
pyfunction(GET_LEGEND, P.get_legend);
pyfunction(GET_LINES, P.get_lines);
pyfunction(GET_IMAGES, P.get_images);
pyfunction(GET_LEGEND_HANDLES_LABELS, P.get_legend_handles_labels);
pyfunction(GET_XTICKLABELS, P.get_xticklabels);
pyfunction(GET_YTICKLABELS, P.get_yticklabels);
pyfunction(BARH, P.barh);
pyfunction(PIE, P.pie);
pyfunction(BOXPLOT, P.boxplot);
pyfunction(VIOLINPLOT, P.violinplot);
pyfunction(STACKPLOT, P.stackplot);


/**
 * matplotlib's Figure: size, dpi, subplots and suptitle; shows itself through src/display
 * (Vega-Lite + PNG bundle in a notebook, files outside one).
 */
import { inspect } from "node:util";
import { ValueError } from "../errors";
import * as display from "../display";
import { pyfunction, PyArgs } from "../signature";
import { Axes, GridPosition, TextKeywords } from "./axes";
import type { AxesImage } from "./imshow";
import type { PathCollection } from "./scatter";
import type { QuadContourSet } from "./contour";
import { textStyle, TextStyle } from "./text_style";
import { toCss } from "./colors";
import {
  ADD_SUBPLOT, FIG_COLORBAR, FIG_GCA, FIG_SAVEFIG, FIG_SHOW, GET_SIZE_INCHES, SET_SIZE_INCHES, subplotSpec, SUPTITLE, TIGHT_LAYOUT,
} from "./figure_sigs";
import { rcParams } from "./rcparams";
import { constrainedBoxes, decorations } from "./constrained";
import { attachColorbar, Colorbar, colorbarSettings } from "./colorbar";
import { constrainedBarBox, gridspecBarBox, parentAnchor, parentShare } from "./colorbar_layout";
import type { ScalarMapping } from "./artists";
import type { QuadMesh } from "./mesh";
import type { NDArrayLike } from "./data";
import { Box, fixedAspectBox, gridBox, subplotParams, SubplotParams } from "./layout";
import { styleExtras } from "./rc_style";
import { compileFigure, FigureStyle } from "./compile/figure";
import type { Json } from "./compile/marks";
import { unregisterFigure, activate } from "./state";

/** Formats a number as Python's "{:g}" does for figure sizes. */
function g(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
}

/** The rcParams that style a figure, read when it is compiled. */
export function currentStyle(): FigureStyle {
  return {
    fontSize: Number(rcParams["font.size"]),
    axesFacecolor: String(rcParams["axes.facecolor"]),
    axesEdgecolor: String(rcParams["axes.edgecolor"]),
    labelColor: String(rcParams["axes.labelcolor"]),
    tickColor: String(rcParams["xtick.color"]),
    textColor: String(rcParams["text.color"]),
    gridColor: String(rcParams["grid.color"]),
    figureFacecolor: String(rcParams["figure.facecolor"]),
    ticks: rcParams["xtick.bottom"] !== false,
    ...styleExtras(Number(rcParams["font.size"])),
  };
}

/** Options of `Figure.add_subplot` / `plt.subplot`: the Axes keywords. */
export interface SubplotOptions {
  projection?: null;
  polar?: boolean;
  sharex?: null;
  sharey?: null;
  label?: null;
  title?: string | null;
  xlabel?: string | null;
  ylabel?: string | null;
  xlim?: readonly [number, number] | null;
  ylim?: readonly [number, number] | null;
}

/** Options of `Figure.suptitle`. */
export interface SuptitleOptions extends TextKeywords {
  t?: string;
  x?: null;
  y?: null;
  horizontalalignment?: null;
  ha?: null;
  verticalalignment?: null;
  va?: null;
}

/** Options of `colorbar`: Colorbar's keywords (label, location, orientation, extend, ticks drawn; the rest not supported yet). */
export interface ColorbarOptions {
  mappable?: AxesImage | PathCollection | QuadContourSet | QuadMesh | null;
  cax?: null;
  ax?: Axes | null;
  use_gridspec?: boolean;
  label?: string;
  /** Which side of the parent: "right" (default), "left", "top" or "bottom". */
  location?: "left" | "right" | "top" | "bottom" | null;
  /** "vertical" (at the right) or "horizontal" (below). */
  orientation?: "vertical" | "horizontal" | null;
  /** Triangles past the ends for values out of range: "neither", "both", "min", "max" (default: the mappable's). */
  extend?: "neither" | "both" | "min" | "max" | null;
  /** Tick locations along the bar (default: the norm's locator). */
  ticks?: NDArrayLike | null;
  [notSupportedYet: string]: unknown;
}

/** Options of `savefig`. */
export interface SavefigOptions {
  fname?: string;
  transparent?: boolean | null;
  dpi?: number | "figure" | null;
  format?: null;
  metadata?: null;
  bbox_inches?: "tight" | null;
  pad_inches?: null;
  facecolor?: string | "auto" | null;
  edgecolor?: "auto";
  backend?: null;
  orientation?: null;
  papertype?: null;
  bbox_extra_artists?: null;
  pil_kwargs?: null;
}

/** `matplotlib.figure.Figure`. */
export class Figure {
  /** matplotlib's figure number (plt.figure(num)). */
  readonly number: number;
  /** Size in inches (width, height). */
  figsize: [number, number];
  dpi: number;
  readonly axes: Axes[] = [];
  suptitleText = "";
  suptitleStyle: TextStyle = {};
  tight = false;
  /** layout="constrained": margins made to fit each subplot's labels. */
  constrained = false;
  /** Subplot parameters set on this figure (subplots_adjust); unset ones follow rcParams. */
  subplotpars: Partial<SubplotParams> = {};
  /** The figure's background (plt.figure's facecolor); null: rcParams["figure.facecolor"]. */
  facecolor: string | null = null;
  /** True once shown or closed: a closed figure is no longer drawn at cell end. */
  closed = false;

  /** @internal Use plt.figure / plt.subplots. */
  constructor(number: number, figsize?: readonly [number, number], dpi?: number) {
    this.number = number;
    const size = figsize ?? rcParams["figure.figsize"];
    if (size.length !== 2 || !size.every((v) => Number.isFinite(v) && v >= 0)) {
      throw new ValueError(`figure size must be positive finite not [${size.join(", ")}]`);
    }
    this.figsize = [size[0], size[1]];
    this.dpi = dpi ?? rcParams["figure.dpi"];
  }

  /**
   * `Figure.add_subplot(*args, **kwargs)`: `add_subplot(nrows, ncols, index)` (index 1-based),
   * `add_subplot(111)` or `add_subplot()`; an existing subplot at that place is returned.
   */
  add_subplot(...args: (number | SubplotOptions)[]): Axes;
  add_subplot(): Axes {
    const b = ADD_SUBPLOT.bind(arguments);
    return this.subplotAt(b.args, b);
  }

  /** @internal The subplot a (rows, cols, index) specification names, with its Axes keywords applied. */
  subplotAt(args: readonly unknown[], kw: Record<string, any>): Axes {
    const { nrows, ncols, index } = subplotSpec(args);
    const position: GridPosition = { nrows, ncols, row: Math.floor((index - 1) / ncols), col: (index - 1) % ncols };
    const same = this.axes.find((a) => a.position.nrows === nrows && a.position.ncols === ncols && a.position.row === position.row && a.position.col === position.col);
    const ax = same ?? new Axes(this, position);
    if (!same) this.axes.push(ax);
    if (kw.title != null) ax.set_title(kw.title);
    if (kw.xlabel != null) ax.set_xlabel(kw.xlabel);
    if (kw.ylabel != null) ax.set_ylabel(kw.ylabel);
    if (kw.xlim != null) ax.set_xlim(kw.xlim);
    if (kw.ylim != null) ax.set_ylim(kw.ylim);
    return ax;
  }

  /** `Figure.gca()`: the last axes, creating one if there is none. */
  gca(): Axes {
    if (arguments.length > 0) FIG_GCA.bind(arguments);
    return this.axes.length > 0 ? this.axes[this.axes.length - 1] : this.subplotAt([1, 1, 1], {});
  }

  /** `Figure.suptitle(t, **kwargs)`: a title over all subplots. */
  suptitle(t: string, options?: SuptitleOptions): void;
  suptitle(): void {
    const b = SUPTITLE.bind(arguments);
    this.suptitleText = String(b.t);
    this.suptitleStyle = textStyle(b);
  }

  /** `Figure.tight_layout(*, pad=1.08, h_pad=None, w_pad=None, rect=None)`: less space around and between subplots. */
  tight_layout(options?: { pad?: number; h_pad?: number | null; w_pad?: number | null; rect?: null }): void;
  tight_layout(): void {
    if (arguments.length > 0) TIGHT_LAYOUT.bind(arguments);
    this.tight = true;
  }

  /** `Figure.set_size_inches(w, h=None, forward=True)`. */
  set_size_inches(...args: PyArgs<[w: number | readonly [number, number], h: number | null, forward: boolean, options: { w?: number; h?: number | null; forward?: boolean }], { w?: number; h?: number | null; forward?: boolean }>): void;
  set_size_inches(): void {
    const b = SET_SIZE_INCHES.bind(arguments);
    // forward resizes a GUI window; a notebook figure has none
    const [w, h] = b.h == null ? (typeof b.w === "number" ? [b.w, NaN] : b.w) : [b.w, b.h];
    if (!(w > 0 && h > 0) || !Number.isFinite(w) || !Number.isFinite(h)) {
      throw new ValueError(`figure size must be positive finite not (${w}, ${h})`);
    }
    this.figsize = [w, h];
  }

  /** `Figure.get_size_inches()`. */
  get_size_inches(): [number, number] {
    if (arguments.length > 0) GET_SIZE_INCHES.bind(arguments);
    return [this.figsize[0], this.figsize[1]];
  }

  /** `Figure.colorbar(mappable, cax=None, ax=None, use_gridspec=True, **kwargs)`: a colorbar next to the mappable's axes. */
  colorbar(mappable: AxesImage | PathCollection | QuadContourSet | QuadMesh, ...rest: PyArgs<[cax: null, ax: Axes | null, use_gridspec: boolean, options: ColorbarOptions], ColorbarOptions>): Colorbar;
  colorbar(): Colorbar {
    const b = FIG_COLORBAR.bind(arguments);
    return this.attachColorbar(b.mappable, b.ax, b);
  }

  /** @internal Puts the mappable's colorbar next to `ax` (default: the mappable's axes), as the bound call `b` asks. */
  attachColorbar(mappable: { artist: { mapping?: unknown }; axes: unknown }, ax: Axes | null, b: Record<string, any>): Colorbar {
    const mapping = mappable?.artist?.mapping;
    if (mapping === undefined) throw new ValueError("colorbar needs an image or scatter mapped through a colormap (2-D data or numeric c)");
    const target = ax ?? (mappable.axes as Axes);
    return attachColorbar(target, mapping as ScalarMapping, b, mappable.artist);
  }

  /** @internal The boxes of the colorbars, by the axes each stands beside. */
  colorbarBoxes(): Map<Axes, Box> {
    const parents = this.axes.filter((a) => !a._twin && a.colorbarMapping !== null);
    const out = new Map<Axes, Box>();
    if (parents.length === 0) return out;
    const { width, height } = this.pixelSize();
    const grid = this.constrained ? constrainedBoxes(this, this.axes.filter((a) => !a._twin), (a) => this.placeAxes(a, null)) : null;
    for (const p of parents) {
      const s = colorbarSettings(p);
      const cell = grid?.get(p);
      if (cell) out.set(p, constrainedBarBox(cell, decorations(p, cell, this.dpi / 72), s));
      else out.set(p, gridspecBarBox(gridBox(width, height, subplotParams(this.tight, this.subplotpars), p.position), s));
    }
    return out;
  }

  /** @internal The figure's size in CSS px (figsize x dpi). */
  pixelSize(): { width: number; height: number } {
    return { width: this.figsize[0] * this.dpi, height: this.figsize[1] * this.dpi };
  }

  /**
   * @internal The box of an axes in CSS px from the figure's top-left corner, as matplotlib
   * places it at draw time: its grid cell, less a colorbar's share, shrunk to a fixed aspect.
   */
  axesBox(ax: Axes): Box {
    return this.axesBoxes().get(ax) ?? this.placeAxes(ax, null);
  }

  /** @internal The boxes of all subplots (twins excepted), laid out once. */
  axesBoxes(): Map<Axes, Box> {
    const axes = this.axes.filter((a) => !a._twin);
    const grid = this.constrained ? constrainedBoxes(this, axes, (a) => this.placeAxes(a, null)) : null;
    return new Map(axes.map((a) => [a, this.placeAxes(a, grid?.get(a) ?? null)]));
  }

  /** The box of one subplot from its cell (or the given one): colorbar share and fixed aspect applied. */
  private placeAxes(ax: Axes, cell: Box | null): Box {
    const { width, height } = this.pixelSize();
    let box = cell ?? gridBox(width, height, subplotParams(this.tight, this.subplotpars), ax.position);
    const colorbar = ax.colorbarMapping !== null;
    // under constrained layout the bar stands outside the parent's cell
    if (colorbar && !(this.constrained && cell !== null)) box = parentShare(box, colorbarSettings(ax));
    if (ax.aspect !== "auto" && ax.adjustable === "box") {
      const [x0, x1] = ax.get_xlim();
      const [y0, y1] = ax.get_ylim();
      const ratio = (Math.abs(y1 - y0) * ax.aspect) / Math.abs(x1 - x0);
      // a colorbar's parent leans towards its colorbar (panchor)
      box = fixedAspectBox(box, ratio, colorbar ? parentAnchor(colorbarSettings(ax)) : [0.5, 0.5]);
    }
    return box;
  }

  /** @internal Plot-area size in px of the axes at this grid position. */
  axesPixelSize(position: GridPosition, ax?: Axes): { width: number; height: number } {
    const box = ax ? this.axesBox(ax) : gridBox(this.pixelSize().width, this.pixelSize().height, subplotParams(this.tight, this.subplotpars), position);
    return { width: Math.max(1, Math.round(box[2] - box[0])), height: Math.max(1, Math.round(box[3] - box[1])) };
  }

  /** @internal The figure as one Vega-Lite v5 spec (a fresh JSON object). */
  toSpec(): Json {
    const style = currentStyle();
    if (this.facecolor !== null) style.figureFacecolor = this.facecolor;
    return compileFigure(this, style);
  }

  /** @internal Number of Axes as matplotlib counts them (colorbars are axes too). */
  axesCount(): number {
    return this.axes.length + this.axes.filter((a) => a.colorbarMapping !== null).length;
  }

  /** `<Figure size 640x480 with 1 Axes>`. */
  toString(): string {
    return `<Figure size ${g(this.figsize[0] * this.dpi)}x${g(this.figsize[1] * this.dpi)} with ${this.axesCount()} Axes>`;
  }

  /** @internal The display bundle: Vega-Lite spec, 2x PNG and text, with retina PNG metadata. */
  mimeBundle(): display.MimeBundle {
    return display.figureBundle(this.toSpec(), this.toString());
  }

  /**
   * `Figure.savefig(fname, *, transparent=None, **kwargs)`: .png (rendered at the figure's dpi,
   * or `dpi`), .svg or .json (the spec) by extension; `transparent` and `facecolor` set the
   * backgrounds of the saved file.
   */
  savefig(fname: string, options?: SavefigOptions): void;
  savefig(): void {
    const b = FIG_SAVEFIG.bind(arguments);
    this.save(b);
  }

  /** @internal Writes the figure as a bound savefig call asks. */
  save(b: Record<string, any>): void {
    const spec = this.toSpec() as Json & { config?: Json };
    if (b.facecolor !== "auto" && b.facecolor != null) spec.background = toCss(b.facecolor, "facecolor", "rgba");
    if (b.transparent) {
      spec.background = "transparent";
      const view = (spec.config?.view ?? {}) as Json;
      if (spec.config) spec.config.view = { ...view, fill: "transparent" };
    }
    const dpi = b.dpi == null || b.dpi === "figure" ? this.dpi : Number(b.dpi);
    if (!(dpi > 0)) throw new ValueError(`dpi must be positive, not ${String(b.dpi)}`);
    display.saveFigure(spec, String(b.fname), dpi / this.dpi);
  }

  /** `Figure.show(warn=True)`: displays this figure now (a bundle in the notebook, files outside). */
  show(warn?: boolean): void;
  show(): void {
    if (arguments.length > 0) FIG_SHOW.bind(arguments);
    display.showFigure(this.toSpec(), this.toString(), this.number);
  }

  /** @internal Shows the figure if running in a notebook kernel and not yet shown, then closes it. */
  displayInline(): void {
    if (this.closed || !display.inKernel()) return;
    display.publish(this.mimeBundle());
    this.close();
  }

  /** @internal Removes the figure from pyplot's open figures. */
  close(): void {
    this.closed = true;
    unregisterFigure(this);
  }

  /** @internal Makes this the current figure (plt.figure(fig)). */
  activate(): void {
    activate(this);
  }

  /** Deno's Jupyter kernel: the figure's MIME bundle. */
  [Symbol.for("Jupyter.display")](): Record<string, unknown> {
    return this.mimeBundle().data;
  }

  /** IJavascript: the figure's MIME bundle. */
  _toMime(): Record<string, unknown> {
    return this.mimeBundle().data;
  }

  /** A figure left as a cell's value shows itself in the notebook; returns the repr. */
  [inspect.custom](): string {
    this.displayInline();
    return this.toString();
  }
}

const F = Figure.prototype;
pyfunction(ADD_SUBPLOT, F.add_subplot);
pyfunction(FIG_GCA, F.gca);
pyfunction(SUPTITLE, F.suptitle);
pyfunction(TIGHT_LAYOUT, F.tight_layout);
pyfunction(SET_SIZE_INCHES, F.set_size_inches);
pyfunction(GET_SIZE_INCHES, F.get_size_inches);
pyfunction(FIG_COLORBAR, F.colorbar);
pyfunction(FIG_SAVEFIG, F.savefig);
pyfunction(FIG_SHOW, F.show);

/**
 * matplotlib's artist getters as a plot checker reads them, on the objects an Axes hands out:
 * collections (scatter's PathCollection, fill_between's PolyCollection, hlines' LineCollection),
 * patches (bars' Rectangles, pie's Wedges, boxplot's PathPatches, spans' Polygons), texts,
 * images and the legend. Values come back as matplotlib returns them: float64 arrays, (r, g, b, a)
 * tuples, (N, 4) color arrays.
 */
import { NDArray } from "../np/ndarray";
import { float64 } from "../np/dtype";
import { pyfunction } from "../signature";
import type { FillArtist, ImageArtist, RectsArtist, ScatterArtist, SegmentsArtist, SpanArtist, TextArtist, WedgeArtist } from "./artists";
import { mplsig } from "./pysig";
import { zorderOf } from "./artists";
import { cssToRgba, rgbaRows, RGBA } from "./rgba";
import { rcParams } from "./rcparams";
import { PathCollection } from "./scatter";
import { AxesImage } from "./imshow";
import type { Colormap } from "./colormaps";
import { fontPoints } from "./text_style";

function floats(values: ArrayLike<number>, shape: number[] = [values.length]): NDArray {
  return NDArray.fromStorage(Float64Array.from(values), shape, float64);
}

/** Declares `cls.name()` getters (no parameters) under their matplotlib names and attaches them. */
function getters(cls: { prototype: object }, qualname: string, names: readonly string[]): void {
  const proto = cls.prototype as Record<string, Function>;
  for (const n of names) pyfunction(mplsig(`${qualname}.${n}()`), proto[n]);
}

/** Refuses arguments to a getter (matplotlib's getters take none). */
function none(args: IArguments, qualname: string): void {
  if (args.length > 0) mplsig(`${qualname}()`).bind(args);
}

// ---------------------------------------------------------------- collections

/** A collection's edge rows: 'face' repeats the faces. */
function edgeRows(edge: string | string[] | undefined, face: string | string[], alpha?: number): NDArray {
  return rgbaRows(edge ?? face, alpha);
}

declare module "./scatter" {
  interface PathCollection {
    /** `PathCollection.get_offsets()`: the (N, 2) marker positions. */
    get_offsets(): NDArray;
    /** `PathCollection.get_facecolors()`: (N, 4) RGBA rows, or one row for a single color. */
    get_facecolors(): NDArray;
    /** `PathCollection.get_facecolor()`: the same as get_facecolors. */
    get_facecolor(): NDArray;
    /** `PathCollection.get_edgecolors()`: (N, 4) RGBA rows ('face': the face colors). */
    get_edgecolors(): NDArray;
    /** `PathCollection.get_edgecolor()`: the same as get_edgecolors. */
    get_edgecolor(): NDArray;
    /** `PathCollection.get_sizes()`: marker areas in points^2, one or one per point. */
    get_sizes(): NDArray;
    /** `PathCollection.get_linewidths()`: edge widths in points. */
    get_linewidths(): NDArray;
    /** `PathCollection.get_label()`. */
    get_label(): string;
    /** `PathCollection.get_alpha()`. */
    get_alpha(): number | null;
    /** @internal The label of an unlabelled collection (`_childN`). */
    _defaultLabel?: string;
  }
}

const PC = "matplotlib.collections.PathCollection";
Object.assign(PathCollection.prototype, {
  get_offsets(this: PathCollection): NDArray {
    none(arguments, `${PC}.get_offsets`);
    const a = this.artist;
    const out = new Float64Array(a.x.length * 2);
    for (let i = 0; i < a.x.length; i++) {
      out[2 * i] = a.x[i];
      out[2 * i + 1] = a.y[i];
    }
    return NDArray.fromStorage(out, [a.x.length, 2], float64);
  },
  get_facecolors(this: PathCollection): NDArray {
    none(arguments, `${PC}.get_facecolors`);
    return rgbaRows(this.artist.color, this.artist.alpha);
  },
  get_facecolor(this: PathCollection): NDArray {
    none(arguments, `${PC}.get_facecolor`);
    return rgbaRows(this.artist.color, this.artist.alpha);
  },
  get_edgecolors(this: PathCollection): NDArray {
    none(arguments, `${PC}.get_edgecolors`);
    return edgeRows(this.artist.edgecolor, this.artist.color, this.artist.alpha);
  },
  get_edgecolor(this: PathCollection): NDArray {
    none(arguments, `${PC}.get_edgecolor`);
    return edgeRows(this.artist.edgecolor, this.artist.color, this.artist.alpha);
  },
  get_sizes(this: PathCollection): NDArray {
    none(arguments, `${PC}.get_sizes`);
    const s = this.artist.size;
    return floats(typeof s === "number" ? [s] : s);
  },
  get_linewidths(this: PathCollection): NDArray {
    none(arguments, `${PC}.get_linewidths`);
    return floats([this.artist.linewidth ?? Number(rcParams["lines.markeredgewidth"] ?? 1)]);
  },
  get_label(this: PathCollection): string {
    none(arguments, `${PC}.get_label`);
    return this.artist.label ?? this._defaultLabel ?? "";
  },
  get_alpha(this: PathCollection): number | null {
    none(arguments, `${PC}.get_alpha`);
    return this.artist.alpha ?? null;
  },
});
getters(PathCollection, PC, ["get_offsets", "get_facecolors", "get_facecolor", "get_edgecolors", "get_edgecolor", "get_sizes", "get_linewidths", "get_label", "get_alpha"]);

/** The vertices matplotlib's fill_between gives each polygon: start, the first curve, end, the second curve back. */
function fillPolygons(a: FillArtist): NDArray[] {
  if (a.vertices !== undefined) return [floats(a.vertices, [a.vertices.length / 2, 2])];
  const out: NDArray[] = [];
  let i = 0;
  while (i < a.t.length) {
    if (a.run[i] < 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < a.t.length && a.run[j] === a.run[i]) j++;
    const n = j - i;
    // matplotlib closes each polygon: the first vertex again at the end
    const pts = new Float64Array((2 * n + 3) * 2);
    const put = (k: number, t: number, v: number) => {
      pts[2 * k] = a.orient === "v" ? t : v;
      pts[2 * k + 1] = a.orient === "v" ? v : t;
    };
    put(0, a.t[i], a.hi[i]);
    for (let k = 0; k < n; k++) put(1 + k, a.t[i + k], a.lo[i + k]);
    put(n + 1, a.t[j - 1], a.hi[j - 1]);
    for (let k = 0; k < n; k++) put(n + 2 + k, a.t[j - 1 - k], a.hi[j - 1 - k]);
    put(2 * n + 2, a.t[i], a.hi[i]);
    out.push(floats(pts, [2 * n + 3, 2]));
    i = j;
  }
  return out;
}

/** A filled area's face (the area's color with its alpha). */
function fillFace(a: FillArtist): NDArray {
  return rgbaRows(a.color, a.alpha);
}

/** `matplotlib.collections.PolyCollection`: fill_between's, violinplot's and stackplot's areas. */
export class PolyCollection {
  /** @internal */
  constructor(
    /** @internal */
    readonly artist: FillArtist,
    /** @internal */
    private readonly defaultLabel: string,
  ) {}

  /** `PolyCollection.get_facecolors()`: one (1, 4) RGBA row. */
  get_facecolors(): NDArray {
    none(arguments, "matplotlib.collections.PolyCollection.get_facecolors");
    return fillFace(this.artist);
  }

  /** `PolyCollection.get_facecolor()`. */
  get_facecolor(): NDArray {
    none(arguments, "matplotlib.collections.PolyCollection.get_facecolor");
    return fillFace(this.artist);
  }

  /** `PolyCollection.get_edgecolors()`: the edge rows ((0, 4) when no edge is drawn). */
  get_edgecolors(): NDArray {
    none(arguments, "matplotlib.collections.PolyCollection.get_edgecolors");
    return this.edges();
  }

  /** `PolyCollection.get_edgecolor()`. */
  get_edgecolor(): NDArray {
    none(arguments, "matplotlib.collections.PolyCollection.get_edgecolor");
    return this.edges();
  }

  private edges(): NDArray {
    const e = this.artist.edgecolor;
    if (e === undefined || e === "transparent") return NDArray.fromStorage(new Float64Array(0), [0, 4], float64);
    return rgbaRows(e, this.artist.alpha);
  }

  /** `PolyCollection.get_paths()`: one path per polygon, each with its (M, 2) `vertices`. */
  get_paths(): { vertices: NDArray }[] {
    none(arguments, "matplotlib.collections.PolyCollection.get_paths");
    return fillPolygons(this.artist).map((vertices) => ({ vertices }));
  }

  /** `PolyCollection.get_linewidths()`: the edge width in points. */
  get_linewidths(): NDArray {
    none(arguments, "matplotlib.collections.PolyCollection.get_linewidths");
    return floats([this.artist.linewidth ?? Number(rcParams["patch.linewidth"] ?? 1)]);
  }

  /** `PolyCollection.get_label()`. */
  get_label(): string {
    none(arguments, "matplotlib.collections.PolyCollection.get_label");
    return this.artist.label ?? this.defaultLabel;
  }

  /** `PolyCollection.get_alpha()`. */
  get_alpha(): number | null {
    none(arguments, "matplotlib.collections.PolyCollection.get_alpha");
    return this.artist.alpha ?? null;
  }

  /** `PolyCollection.get_zorder()`: the drawing order (patches and collections 1, boxplot's parts 2). */
  get_zorder(): number {
    none(arguments, "matplotlib.collections.PolyCollection.get_zorder");
    return zorderOf(this.artist);
  }
}
getters(PolyCollection, "matplotlib.collections.PolyCollection", ["get_zorder", "get_facecolors", "get_facecolor", "get_edgecolors", "get_edgecolor", "get_paths", "get_linewidths", "get_label", "get_alpha"]);

/** `matplotlib.collections.LineCollection`: hlines' / vlines' segments (and violinplot's bars). */
export class LineCollection {
  /** @internal */
  constructor(
    /** @internal */
    readonly artist: SegmentsArtist,
    /** @internal */
    private readonly defaultLabel: string,
  ) {}

  /** `LineCollection.get_segments()`: one (2, 2) array of end points per segment. */
  get_segments(): NDArray[] {
    none(arguments, "matplotlib.collections.LineCollection.get_segments");
    const a = this.artist;
    const out: NDArray[] = [];
    for (let i = 0; i < a.value.length; i++) {
      out.push(a.orient === "h" ? floats([a.lo[i], a.value[i], a.hi[i], a.value[i]], [2, 2]) : floats([a.value[i], a.lo[i], a.value[i], a.hi[i]], [2, 2]));
    }
    return out;
  }

  /** `LineCollection.get_facecolors()`: lines have no face: a (0, 4) array. */
  get_facecolors(): NDArray {
    none(arguments, "matplotlib.collections.LineCollection.get_facecolors");
    return NDArray.fromStorage(new Float64Array(0), [0, 4], float64);
  }

  /** `LineCollection.get_edgecolors()`: the line colors, (N, 4) RGBA rows. */
  get_edgecolors(): NDArray {
    none(arguments, "matplotlib.collections.LineCollection.get_edgecolors");
    return rgbaRows(this.artist.color, this.artist.alpha);
  }

  /** `LineCollection.get_colors()`: (N, 4) RGBA rows (one row for a single color). */
  get_colors(): NDArray {
    none(arguments, "matplotlib.collections.LineCollection.get_colors");
    return rgbaRows(this.artist.color, this.artist.alpha);
  }

  /** `LineCollection.get_color()`: the same as get_colors. */
  get_color(): NDArray {
    none(arguments, "matplotlib.collections.LineCollection.get_color");
    return rgbaRows(this.artist.color, this.artist.alpha);
  }

  /** `LineCollection.get_linewidths()`. */
  get_linewidths(): NDArray {
    none(arguments, "matplotlib.collections.LineCollection.get_linewidths");
    return floats([this.artist.linewidth]);
  }

  /** `LineCollection.get_label()`. */
  get_label(): string {
    none(arguments, "matplotlib.collections.LineCollection.get_label");
    return this.artist.label ?? this.defaultLabel;
  }

  /** `LineCollection.get_zorder()`: the drawing order (patches and collections 1, boxplot's parts 2). */
  get_zorder(): number {
    none(arguments, "matplotlib.collections.LineCollection.get_zorder");
    return zorderOf(this.artist);
  }

  /** `LineCollection.get_alpha()`: null (None) unless set. */
  get_alpha(): number | null {
    none(arguments, "matplotlib.collections.LineCollection.get_alpha");
    return this.artist.alpha ?? null;
  }
}
getters(LineCollection, "matplotlib.collections.LineCollection", ["get_alpha", "get_zorder", "get_facecolors", "get_edgecolors", "get_segments", "get_colors", "get_color", "get_linewidths", "get_label"]);

// ---------------------------------------------------------------- patches

/** Face and edge of patch i of a model artist, as matplotlib's to_rgba tuples with the artist's alpha. */
function pick(c: string | string[] | undefined, i: number): string | undefined {
  return Array.isArray(c) ? c[i % c.length] : c;
}

/** `matplotlib.patches.Rectangle`: one bar of bar / barh / hist. */
export class Rectangle {
  /** @internal */
  constructor(
    /** @internal */
    readonly artist: RectsArtist,
    /** @internal */
    readonly index: number,
    /** @internal */
    private readonly defaultLabel: string,
  ) {}

  // The model's fields, shared by the container's rectangles: code that styles the bar call's
  // artist through bar()'s first element keeps working.
  /** @internal */
  get kind(): "rects" {
    return "rects";
  }
  /** @internal */
  get x0(): Float64Array {
    return this.artist.x0;
  }
  /** @internal */
  get x1(): Float64Array {
    return this.artist.x1;
  }
  /** @internal */
  get y0(): Float64Array {
    return this.artist.y0;
  }
  /** @internal */
  get y1(): Float64Array {
    return this.artist.y1;
  }
  /** @internal */
  get color(): string | string[] {
    return this.artist.color;
  }
  /** @internal */
  get linewidth(): number | undefined {
    return this.artist.linewidth;
  }
  set linewidth(v: number | undefined) {
    this.artist.linewidth = v;
  }
  /** @internal */
  get stickyY(): number[] | undefined {
    return this.artist.stickyY;
  }
  set stickyY(v: number[] | undefined) {
    this.artist.stickyY = v;
  }

  /** `Rectangle.get_x()`: the left edge. */
  get_x(): number {
    none(arguments, "matplotlib.patches.Rectangle.get_x");
    return this.artist.x0[this.index];
  }

  /** `Rectangle.get_y()`: the bottom edge. */
  get_y(): number {
    none(arguments, "matplotlib.patches.Rectangle.get_y");
    return this.artist.y0[this.index];
  }

  /** `Rectangle.get_xy()`: (x, y) of the anchor corner. */
  get_xy(): [number, number] {
    none(arguments, "matplotlib.patches.Rectangle.get_xy");
    return [this.artist.x0[this.index], this.artist.y0[this.index]];
  }

  /** `Rectangle.get_width()`: signed, as given (negative widths of barh stay negative). */
  get_width(): number {
    none(arguments, "matplotlib.patches.Rectangle.get_width");
    return this.artist.x1[this.index] - this.artist.x0[this.index];
  }

  /** `Rectangle.get_height()`: signed (a negative bar has a negative height). */
  get_height(): number {
    none(arguments, "matplotlib.patches.Rectangle.get_height");
    return this.artist.y1[this.index] - this.artist.y0[this.index];
  }

  /** `Rectangle.get_facecolor()`: (r, g, b, a). */
  get_facecolor(): RGBA {
    none(arguments, "matplotlib.patches.Rectangle.get_facecolor");
    return cssToRgba(pick(this.artist.color, this.index) ?? "transparent", this.artist.alpha);
  }

  /** `Rectangle.get_edgecolor()`: (r, g, b, a); (0, 0, 0, 0) without an edge. */
  get_edgecolor(): RGBA {
    none(arguments, "matplotlib.patches.Rectangle.get_edgecolor");
    return cssToRgba(pick(this.artist.edgecolor, this.index) ?? "transparent", this.artist.alpha);
  }

  /** `Rectangle.get_linewidth()`: in points. */
  get_linewidth(): number {
    none(arguments, "matplotlib.patches.Rectangle.get_linewidth");
    return this.artist.linewidth ?? Number(rcParams["patch.linewidth"] ?? 1);
  }

  /** `Rectangle.get_label()`: the container's label on the first bar, `_nolegend_` on the others. */
  get_label(): string {
    none(arguments, "matplotlib.patches.Rectangle.get_label");
    return this.defaultLabel;
  }

  /** `Rectangle.get_zorder()`: the drawing order (patches and collections 1, boxplot's parts 2). */
  get_zorder(): number {
    none(arguments, "matplotlib.patches.Rectangle.get_zorder");
    return zorderOf(this.artist);
  }

  /** `Rectangle.get_alpha()`: null (None) unless set. */
  get_alpha(): number | null {
    none(arguments, "matplotlib.patches.Rectangle.get_alpha");
    return this.artist.alpha ?? null;
  }
}
getters(Rectangle, "matplotlib.patches.Rectangle", ["get_alpha", "get_zorder", "get_x", "get_y", "get_xy", "get_width", "get_height", "get_facecolor", "get_edgecolor", "get_linewidth", "get_label"]);

/** `matplotlib.container.BarContainer`: the Rectangles one bar / barh / hist call made. */
export class BarContainer extends Array<Rectangle> {
  /** `BarContainer.get_label()`. */
  get_label(): string | null {
    none(arguments, "matplotlib.container.BarContainer.get_label");
    return this.length > 0 ? this[0].artist.label ?? null : null;
  }

  /** `BarContainer.patches`: the rectangles. */
  get patches(): Rectangle[] {
    return Array.from(this);
  }

  static get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  override toString(): string {
    return `<BarContainer object of ${this.length} artists>`;
  }
}
getters(BarContainer, "matplotlib.container.BarContainer", ["get_label"]);

/** `matplotlib.patches.Wedge`: one slice of a pie. */
export class Wedge {
  /** @internal */
  constructor(
    /** @internal */
    readonly artist: WedgeArtist,
    /** @internal */
    readonly index: number,
  ) {}

  /** The wedge's center (moved out by explode). */
  get center(): [number, number] {
    return [this.artist.cx[this.index], this.artist.cy[this.index]];
  }

  /** The radius. */
  get r(): number {
    return this.artist.r;
  }

  /** Start angle in degrees, counterclockwise from the positive x axis. */
  get theta1(): number {
    return this.artist.theta1[this.index];
  }

  /** End angle in degrees. */
  get theta2(): number {
    return this.artist.theta2[this.index];
  }

  /** The ring width (wedgeprops width), null for a full wedge. */
  get width(): number | null {
    return this.artist.width;
  }

  /** `Wedge.get_facecolor()`: (r, g, b, a). */
  get_facecolor(): RGBA {
    none(arguments, "matplotlib.patches.Wedge.get_facecolor");
    return cssToRgba(this.artist.color[this.index], this.artist.alpha);
  }

  /** `Wedge.get_edgecolor()`: (r, g, b, a); (0, 0, 0, 0) without an edge. */
  get_edgecolor(): RGBA {
    none(arguments, "matplotlib.patches.Wedge.get_edgecolor");
    return cssToRgba(this.artist.edgecolor ?? "transparent", this.artist.alpha);
  }

  /** `Wedge.get_linewidth()`. */
  get_linewidth(): number {
    none(arguments, "matplotlib.patches.Wedge.get_linewidth");
    return this.artist.linewidth ?? Number(rcParams["patch.linewidth"] ?? 1);
  }

  /** `Wedge.get_label()`: the slice's label. */
  get_label(): string {
    none(arguments, "matplotlib.patches.Wedge.get_label");
    return this.artist.labels[this.index];
  }

  /** `Wedge.get_zorder()`: the drawing order (patches and collections 1, boxplot's parts 2). */
  get_zorder(): number {
    none(arguments, "matplotlib.patches.Wedge.get_zorder");
    return zorderOf(this.artist);
  }

  /** `Wedge.get_alpha()`: null (None) unless set. */
  get_alpha(): number | null {
    none(arguments, "matplotlib.patches.Wedge.get_alpha");
    return this.artist.alpha ?? null;
  }
}
getters(Wedge, "matplotlib.patches.Wedge", ["get_alpha", "get_zorder", "get_facecolor", "get_edgecolor", "get_linewidth", "get_label"]);

/** `matplotlib.patches.PathPatch` / `Polygon`: a filled outline (boxplot's boxes with patch_artist, axhspan's band). */
export class PathPatch {
  /** @internal */
  constructor(
    /** @internal */
    readonly artist: FillArtist | SpanArtist,
    /** @internal */
    private readonly defaultLabel: string,
  ) {}

  /** `PathPatch.get_facecolor()`: (r, g, b, a). */
  get_facecolor(): RGBA {
    none(arguments, "matplotlib.patches.PathPatch.get_facecolor");
    return cssToRgba(this.artist.color, this.artist.alpha);
  }

  /** `PathPatch.get_edgecolor()`: (r, g, b, a). */
  get_edgecolor(): RGBA {
    none(arguments, "matplotlib.patches.PathPatch.get_edgecolor");
    return cssToRgba(this.artist.edgecolor ?? "transparent", this.artist.alpha);
  }

  /** `PathPatch.get_linewidth()`: in points. */
  get_linewidth(): number {
    none(arguments, "matplotlib.patches.PathPatch.get_linewidth");
    return this.artist.linewidth ?? Number(rcParams["patch.linewidth"] ?? 1);
  }

  /** `PathPatch.get_label()`. */
  get_label(): string {
    none(arguments, "matplotlib.patches.PathPatch.get_label");
    return this.artist.label ?? this.defaultLabel;
  }

  /** `PathPatch.get_path()`: the outline, with its (M, 2) `vertices`. */
  get_path(): { vertices: NDArray } {
    none(arguments, "matplotlib.patches.PathPatch.get_path");
    const a = this.artist;
    if (a.kind === "fill") return { vertices: fillPolygons(a)[0] };
    const v = a.orient === "h" ? [a.from, a.lo, a.from, a.hi, a.to, a.hi, a.to, a.lo, a.from, a.lo] : [a.lo, a.from, a.lo, a.to, a.hi, a.to, a.hi, a.from, a.lo, a.from];
    return { vertices: floats(v, [5, 2]) };
  }

  /** `PathPatch.get_zorder()`: the drawing order (patches and collections 1, boxplot's parts 2). */
  get_zorder(): number {
    none(arguments, "matplotlib.patches.PathPatch.get_zorder");
    return zorderOf(this.artist);
  }

  /** `PathPatch.get_alpha()`: null (None) unless set. */
  get_alpha(): number | null {
    none(arguments, "matplotlib.patches.PathPatch.get_alpha");
    return this.artist.alpha ?? null;
  }
}
getters(PathPatch, "matplotlib.patches.PathPatch", ["get_alpha", "get_zorder", "get_facecolor", "get_edgecolor", "get_linewidth", "get_label", "get_path"]);

/** `matplotlib.patches.Polygon`: axhspan's / axvspan's band (PathPatch's getters). */
export class Polygon extends PathPatch {}

// ---------------------------------------------------------------- texts, legend, images

/** `matplotlib.text.Text`: a text of the axes (text, annotate, pie's labels), a tick label or a legend entry. */
export class Text {
  /** @internal */
  constructor(
    /** @internal */
    readonly artist: TextArtist,
  ) {}

  /** `Text.get_text()`. */
  get_text(): string {
    none(arguments, "matplotlib.text.Text.get_text");
    return this.artist.text;
  }

  /** `Text.get_position()`: (x, y) (an annotation's text position). */
  get_position(): [number, number] {
    none(arguments, "matplotlib.text.Text.get_position");
    return [this.artist.x, this.artist.y];
  }

  /** `Text.get_color()`: the color as a hex string. */
  get_color(): string {
    none(arguments, "matplotlib.text.Text.get_color");
    return this.artist.color;
  }

  /** `Text.get_fontsize()`: in points. */
  get_fontsize(): number {
    none(arguments, "matplotlib.text.Text.get_fontsize");
    return fontPoints({ fontsize: this.artist.fontsize, fontscale: this.artist.fontscale }, Number(rcParams["font.size"]), 1);
  }

  /** `Text.get_ha()`: horizontal alignment. */
  get_ha(): string {
    none(arguments, "matplotlib.text.Text.get_ha");
    return this.artist.ha;
  }

  /** `Text.get_va()`: vertical alignment. */
  get_va(): string {
    none(arguments, "matplotlib.text.Text.get_va");
    return this.artist.va;
  }

  /** `Text.get_rotation()`: degrees. */
  get_rotation(): number {
    none(arguments, "matplotlib.text.Text.get_rotation");
    return this.artist.rotation;
  }

  toString(): string {
    return `Text(${this.artist.x}, ${this.artist.y}, '${this.artist.text}')`;
  }
}
getters(Text, "matplotlib.text.Text", ["get_text", "get_position", "get_color", "get_fontsize", "get_ha", "get_va", "get_rotation"]);

/** A Text that only says something (tick labels, legend entries): placed at (x, y). */
export function plainText(text: string, x = 0, y = 0): Text {
  return new Text({ kind: "text", x, y, text, color: "#000000", ha: "center", va: "baseline", rotation: 0 });
}

/** `matplotlib.legend.Legend`: what ax.get_legend() returns. */
export class Legend {
  /** @internal */
  constructor(
    private readonly labels: readonly string[],
    private readonly title: string,
  ) {}

  /** `Legend.get_texts()`: one Text per entry. */
  get_texts(): Text[] {
    none(arguments, "matplotlib.legend.Legend.get_texts");
    return this.labels.map((l) => plainText(l));
  }

  /** `Legend.get_title()`: the title Text ('' without one). */
  get_title(): Text {
    none(arguments, "matplotlib.legend.Legend.get_title");
    return plainText(this.title);
  }
}
getters(Legend, "matplotlib.legend.Legend", ["get_texts", "get_title"]);

declare module "./imshow" {
  interface AxesImage {
    /** `AxesImage.get_array()`: the data as given (an image's rows top first). */
    get_array(): NDArray;
    /** `AxesImage.get_cmap()`: the Colormap (its `.name`). */
    get_cmap(): Colormap;
    /** `AxesImage.get_clim()`: (vmin, vmax) of the normalisation. */
    get_clim(): [number | null, number | null];
    /** `AxesImage.get_extent()`: (left, right, bottom, top). */
    get_extent(): [number, number, number, number];
    /** @internal The array imshow was given. */
    _data?: NDArray;
  }
}

const AI = "matplotlib.image.AxesImage";
Object.assign(AxesImage.prototype, {
  get_array(this: AxesImage): NDArray {
    none(arguments, `${AI}.get_array`);
    return (this._data as NDArray).copy();
  },
  get_cmap(this: AxesImage): Colormap | undefined {
    none(arguments, `${AI}.get_cmap`);
    return imageMapping(this.artist)?.cmap;
  },
  get_clim(this: AxesImage): [number | null, number | null] {
    none(arguments, `${AI}.get_clim`);
    const m = imageMapping(this.artist);
    return m ? [m.vmin, m.vmax] : [null, null];
  },
  get_extent(this: AxesImage): [number, number, number, number] {
    none(arguments, `${AI}.get_extent`);
    const [l, r, b, t] = this.artist.extent;
    return [l, r, b, t];
  },
});
getters(AxesImage, AI, ["get_array", "get_cmap", "get_clim", "get_extent"]);

function imageMapping(a: ImageArtist): ImageArtist["mapping"] {
  return a.mapping;
}

export type { RGBA } from "./rgba";
export type { ScatterArtist };

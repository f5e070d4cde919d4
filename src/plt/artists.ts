/**
 * The figure model's artists: what an Axes draws, in data coordinates, colors already
 * resolved to CSS. Sizes are in points (matplotlib's unit); the compiler turns them into px.
 */
import type { LineStyle } from "./fmt";
import type { Colormap } from "./colormaps";
import type { ContourArtist } from "./contour";
import type { MeshArtist } from "./mesh";
import type { Normalize } from "./norms";

/** A line from `plot`: x/y data, a line style and optional markers. */
export interface LineArtist {
  kind: "line";
  x: Float64Array;
  y: Float64Array;
  color: string;
  /** Points. */
  linewidth: number;
  linestyle: LineStyle;
  marker?: string;
  /** Points (marker diameter). */
  markersize: number;
  alpha?: number;
  label?: string;
  /** Marker face and edge colors (default: the line color; "none" leaves the face empty). */
  markerfacecolor?: string;
  markeredgecolor?: string;
  /** Points. */
  markeredgewidth?: number;
  /** False leaves the line out of autoscaling along that axis (plot's scalex / scaley). */
  scalex?: boolean;
  scaley?: boolean;
  /** matplotlib's drawstyle: steps from `step` (undefined: straight segments). */
  drawstyle?: "steps-pre" | "steps-post" | "steps-mid";
  /** Values autoscaling must not pad past (a histogram outline's baseline). */
  stickyX?: number[];
  stickyY?: number[];
  zorder?: number;
  /** Extra data limits the line adds to autoscaling (boxplot's half-unit padding around its positions). */
  limX?: [number, number];
  limY?: [number, number];
  /** False hides the line (Line2D.set_visible); it still counts for autoscaling, as in matplotlib. */
  visible?: boolean;
  /** The data autoscaling reads once set_data replaced the drawn data (matplotlib's dataLim, kept until relim). */
  datalim?: { x: Float64Array; y: Float64Array };
}

/** A color scale a scatter's numeric `c` goes through (also what a colorbar shows). */
export interface ScalarMapping {
  cmap: Colormap;
  vmin: number;
  vmax: number;
  /** The norm object the call passed (norm=), when not plain vmin / vmax. */
  norm?: Normalize;
}

/** Points from `scatter`: one color (or one per point) and one size (or one per point). */
export interface ScatterArtist {
  kind: "scatter";
  x: Float64Array;
  y: Float64Array;
  color: string | string[];
  /** Marker area in points^2 (matplotlib's `s`). */
  size: number | Float64Array;
  marker: string;
  /** Per-point Vega shapes (seaborn's style semantic), overriding `marker`. */
  shapes?: string[];
  alpha?: number;
  /** Edge color, one or one per point; undefined draws the edge in the face color ('face'). */
  edgecolor?: string | string[];
  /** Points. */
  linewidth?: number;
  label?: string;
  mapping?: ScalarMapping;
  zorder?: number;
}

/** An image from `imshow`: a PNG data URL stretched over the extent. */
export interface ImageArtist {
  kind: "image";
  url: string;
  /** (left, right, bottom, top) in data coordinates, as matplotlib's `extent`. */
  extent: [number, number, number, number];
  alpha?: number;
  mapping?: ScalarMapping;
  label?: string;
  zorder?: number;
}

/** Rectangles from `bar` / `hist`: [x0, x1] x [y0, y1] each. */
export interface RectsArtist {
  kind: "rects";
  x0: Float64Array;
  x1: Float64Array;
  y0: Float64Array;
  y1: Float64Array;
  /** One face color, or one per rectangle. */
  color: string | string[];
  /** One edge color, or one per rectangle. */
  edgecolor?: string | string[];
  /** Points. */
  linewidth?: number;
  alpha?: number;
  label?: string;
  /** Values the autoscaler must not pad past (matplotlib's sticky edges), per axis. */
  stickyY?: number[];
  stickyX?: number[];
  zorder?: number;
}

/** A line across the axes from `axhline` / `axvline`, spanning a fraction of it. */
export interface SpanLineArtist {
  kind: "axline";
  orient: "h" | "v";
  value: number;
  /** Start and end as fractions of the axes (0..1). */
  from: number;
  to: number;
  color: string;
  linewidth: number;
  linestyle: LineStyle;
  alpha?: number;
  label?: string;
  zorder?: number;
  /** False when the value was inside the view when drawn: matplotlib then asks for no autoscaling. */
  scale?: boolean;
  /** False hides the line (Line2D.set_visible). */
  visible?: boolean;
}

/** A filled area from `fill_between` (orient "v") / `fill_betweenx` ("h"): between lo and hi along t. */
export interface FillArtist {
  kind: "fill";
  orient: "v" | "h";
  /** The independent coordinate (x for "v", y for "h") and the two curves. */
  t: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  /** Which polygon each point belongs to (matplotlib's contiguous runs of `where`); -1 leaves it out. */
  run: Int32Array;
  /** matplotlib holds it as a patch (boxplot's PathPatch boxes), not a PolyCollection. */
  asPatch?: boolean;
  /** The outline's vertices (x, y pairs) when it is not fill_between's polygon. */
  vertices?: Float64Array;
  /** Values autoscaling must not pad past along y (stackplot's zero baseline). */
  stickyY?: number[];
  /** Values autoscaling must not pad past along x (a horizontal density's zero baseline). */
  stickyX?: number[];
  color: string;
  edgecolor?: string;
  /** Points. */
  linewidth?: number;
  alpha?: number;
  label?: string;
  zorder?: number;
}

/** A band across the axes from `axhspan` / `axvspan`: data values lo..hi, spanning a fraction. */
export interface SpanArtist {
  kind: "span";
  orient: "h" | "v";
  lo: number;
  hi: number;
  /** Start and end across the axes as fractions (0..1). */
  from: number;
  to: number;
  color: string;
  edgecolor?: string;
  linewidth?: number;
  alpha?: number;
  label?: string;
  zorder?: number;
}

/** Line segments from `hlines` ("h": at y = value from lo to hi in x) / `vlines` ("v"). */
export interface SegmentsArtist {
  kind: "segments";
  orient: "h" | "v";
  value: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  /** One color, or one per segment. */
  color: string | string[];
  linewidth: number;
  linestyle: LineStyle;
  alpha?: number;
  label?: string;
  zorder?: number;
  /** Extra data limits the segments add to autoscaling (eventplot's corners). */
  limX?: [number, number];
  limY?: [number, number];
}

/** An annotation's arrow: from (x0, y0) to the head at (x1, y1), in data coordinates. */
export interface ArrowSpec {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** "simple": a filled shaft and head (no arrowstyle); "open": a line with an open head ("->"); "line": no head ("-"). */
  head: "simple" | "open" | "filled" | "line";
  facecolor: string;
  edgecolor: string;
  /** Points. */
  linewidth: number;
  /** Shaft width and head width in points ("simple"). */
  width: number;
  headwidth: number;
}

/** A text from `text` / `annotate`, at (x, y) in data coordinates. */
export interface TextArtist {
  kind: "text";
  x: number;
  y: number;
  text: string;
  color: string;
  /** Points, or a scale of font.size. */
  fontsize?: number;
  fontscale?: number;
  fontweight?: string | number;
  ha: "left" | "center" | "right";
  va: "top" | "bottom" | "center" | "baseline" | "center_baseline";
  /** Degrees counterclockwise. */
  rotation: number;
  alpha?: number;
  label?: string;
  zorder?: number;
  /** An annotation's point and arrow. */
  xy?: [number, number];
  arrow?: ArrowSpec;
}

/** The slices of a pie: one Wedge each, angles in degrees counterclockwise from the x axis. */
export interface WedgeArtist {
  kind: "wedges";
  /** Each slice's center (explode moves it out). */
  cx: Float64Array;
  cy: Float64Array;
  r: number;
  theta1: Float64Array;
  theta2: Float64Array;
  /** Ring width (a donut); null for full slices. */
  width: number | null;
  color: string[];
  edgecolor?: string;
  /** Points. */
  linewidth?: number;
  alpha?: number;
  /** Each slice's label (the legend's entries). */
  labels: string[];
  label?: string;
  zorder?: number;
}

export type Artist = LineArtist | ScatterArtist | ImageArtist | RectsArtist | SpanLineArtist | FillArtist | SpanArtist | SegmentsArtist | TextArtist | WedgeArtist
  | ContourArtist | MeshArtist;

/** matplotlib's default zorder of each kind: images 0, patches and collections 1, lines 2. */
export function zorderOf(a: Artist): number {
  if (a.zorder !== undefined) return a.zorder;
  switch (a.kind) {
    case "image": return 0;
    case "text": return 3;
    case "rects":
    case "wedges":
    case "fill":
    case "span":
    case "scatter": return 1;
    default: return 2;
  }
}

/** One legend row: its text and how its symbol looks. */
export interface LegendEntry {
  label: string;
  color: string;
  /** Vega symbol shape ("stroke" for a line). */
  shape: string;
  dash?: number[];
  /** Symbol area in points^2 (seaborn's size semantic); default 36. */
  size?: number;
}

/** A legend built by seaborn (hue levels) instead of from artist labels. */
export interface CustomLegend {
  title?: string;
  entries: LegendEntry[];
}

/**
 * One Vega-Lite layer per artist. Positions use the axes' shared x/y encodings (explicit
 * domains, so every layer agrees); colors and sizes are literal values (scale: null).
 */
import type { Artist, LineArtist, RectsArtist, ScatterArtist, SpanLineArtist, ImageArtist } from "../artists";
import { fillLayer, segmentsLayer, spanLayer as bandLayer } from "./areas";
import { textLayers } from "./texts";
import { wedgeLayer } from "./wedges";
import { contourLayers } from "./contours";
import { meshLayer } from "./mesh";
import { dashArray, markerShape, markerUnfilled, symbolArea } from "../fmt";
import { visiblePoints } from "./simplify";
import { rasterScatter } from "./scatter_raster";

/** A Vega-Lite spec fragment (plain JSON). */
export type Json = { [key: string]: unknown };

/** What the mark layers need from their axes. */
export interface AxesFrame {
  /** Shared position encodings' scale and axis definitions. */
  x: Json;
  y: Json;
  /** Ascending data limits. */
  xDomain: [number, number];
  yDomain: [number, number];
  /** px per point (dpi / 72). */
  k: number;
  /** The plot area in px, and rcParams["font.size"] in points (texts, arrows). */
  width: number;
  height: number;
  fontPt: number;
}

/** JSON-safe number: NaN and infinities become null (Vega-Lite skips invalid points). */
export function num(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

export function withOpacity(mark: Json, alpha: number | undefined): Json {
  if (alpha !== undefined) mark.opacity = alpha;
  return mark;
}

export function position(frame: AxesFrame, x = "x", y = "y"): Json {
  return {
    x: { field: x, type: "quantitative", ...frame.x },
    y: { field: y, type: "quantitative", ...frame.y },
  };
}

/** Vega's step interpolations for matplotlib's drawstyles ("pre": the vertical step comes first). */
const STEP_INTERPOLATION = { "steps-pre": "step-before", "steps-post": "step-after", "steps-mid": "step" } as const;

function lineLayers(a: LineArtist, frame: AxesFrame): Json[] {
  const values: Json[] = [];
  for (let i = 0; i < a.x.length; i++) values.push({ i, x: num(a.x[i]), y: num(a.y[i]) });
  const layers: Json[] = [];
  // a stroke alone may be thinned to the pixels it covers; markers are each drawn
  const linear = (frame.x.scale as Json | undefined)?.type !== "log" && (frame.y.scale as Json | undefined)?.type !== "log";
  const kept = a.marker === undefined && a.drawstyle === undefined && a.linestyle === "solid" ? visiblePoints(a.x, a.y, frame, linear) : null;
  const strokeValues = kept === null ? values : Array.from(kept, (i) => values[i]);
  const strokeWidth = a.linewidth * frame.k;
  if (a.linestyle !== "none") {
    const mark: Json = { type: "line", color: a.color, strokeWidth, clip: true, strokeCap: "butt" };
    if (a.drawstyle !== undefined) mark.interpolate = STEP_INTERPOLATION[a.drawstyle];
    const dash = dashArray(a.linestyle, strokeWidth);
    if (dash) mark.strokeDash = dash;
    layers.push({
      data: { values: strokeValues },
      mark: withOpacity(mark, a.alpha),
      encoding: { ...position(frame), order: { field: "i", type: "quantitative" } },
    });
  }
  if (a.marker !== undefined) {
    const d = a.markersize * frame.k * (a.marker === "." ? 0.5 : 1);
    const shape = markerShape(a.marker);
    const unfilled = markerUnfilled(a.marker);
    const mark: Json = {
      type: "point", shape, size: symbolArea(shape, d), filled: !unfilled, clip: true,
      color: a.color, opacity: a.alpha ?? 1,
    };
    if (unfilled) mark.strokeWidth = strokeWidth;
    else if (a.markerfacecolor !== undefined || a.markeredgecolor !== undefined || a.markeredgewidth !== undefined) {
      // matplotlib's marker: face and edge (markeredgewidth, default 1 pt) in their own colors
      mark.fill = a.markerfacecolor ?? a.color;
      mark.stroke = a.markeredgecolor ?? a.color;
      mark.strokeWidth = (a.markeredgewidth ?? 1) * frame.k;
      delete mark.color;
    }
    layers.push({ data: { values }, mark, encoding: position(frame) });
  }
  return layers;
}

function scatterLayer(a: ScatterArtist, frame: AxesFrame): Json {
  const perColor = Array.isArray(a.color);
  const perSize = typeof a.size !== "number";
  // matplotlib's s is the marker's width squared (points^2)
  const k2 = frame.k * frame.k;
  const values: Json[] = [];
  for (let i = 0; i < a.x.length; i++) {
    const row: Json = { x: num(a.x[i]), y: num(a.y[i]) };
    if (perColor) row.c = (a.color as string[])[i];
    if (perSize) row.s = symbolArea(a.shapes ? a.shapes[i] : markerShape(a.marker), Math.sqrt((a.size as Float64Array)[i] * k2));
    if (a.shapes) row.m = a.shapes[i];
    values.push(row);
  }
  const unfilled = markerUnfilled(a.marker);
  const perEdge = Array.isArray(a.edgecolor);
  if (perEdge) values.forEach((row, i) => { row.e = (a.edgecolor as string[])[i % (a.edgecolor as string[]).length]; });
  const mark: Json = { type: "point", shape: markerShape(a.marker), filled: !unfilled, clip: true, opacity: a.alpha ?? 1 };
  if (!perColor) mark.color = a.color;
  if (!perSize && !a.shapes) mark.size = symbolArea(markerShape(a.marker), Math.sqrt((a.size as number) * k2));
  else if (!perSize) values.forEach((row, i) => { row.s = symbolArea((a.shapes as string[])[i], Math.sqrt((a.size as number) * k2)); });
  if (unfilled) {
    mark.strokeWidth = (a.linewidth ?? 1.5) * frame.k;
  } else {
    // matplotlib strokes every filled marker: in its edge color, or ('face') its face color
    if (a.edgecolor !== undefined && !perEdge) mark.stroke = a.edgecolor;
    else if (a.edgecolor === undefined && !perColor) mark.stroke = a.color;
    mark.strokeWidth = (a.linewidth ?? 1) * frame.k;
  }
  const encoding: Json = position(frame);
  if (perEdge && !unfilled) encoding.stroke = { field: "e", type: "nominal", scale: null, legend: null };
  else if (a.edgecolor === undefined && perColor && !unfilled) encoding.stroke = { field: "c", type: "nominal", scale: null, legend: null };
  if (perColor) encoding[unfilled ? "stroke" : "fill"] = { field: "c", type: "nominal", scale: null, legend: null };
  if (perSize || a.shapes) encoding.size = { field: "s", type: "quantitative", scale: null, legend: null };
  if (a.shapes) encoding.shape = { field: "m", type: "nominal", scale: null, legend: null };
  return { data: { values }, mark, encoding };
}

function imageLayer(a: ImageArtist, frame: AxesFrame): Json {
  const [l, r, b, t] = a.extent;
  return {
    data: { values: [{ x: l, x2: r, y: b, y2: t, url: a.url }] },
    mark: withOpacity({ type: "image", aspect: false, clip: true }, a.alpha),
    encoding: {
      ...position(frame),
      x2: { field: "x2" },
      y2: { field: "y2" },
      url: { field: "url", type: "nominal" },
    },
  };
}

function rectsLayer(a: RectsArtist, frame: AxesFrame): Json {
  const values: Json[] = [];
  const faces = Array.isArray(a.color) ? a.color : null;
  const edges = Array.isArray(a.edgecolor) ? a.edgecolor : null;
  for (let i = 0; i < a.x0.length; i++) {
    const row: Json = { x: num(a.x0[i]), x2: num(a.x1[i]), y: num(a.y0[i]), y2: num(a.y1[i]) };
    if (faces) row.c = faces[i];
    if (edges) row.e = edges[i];
    values.push(row);
  }
  const mark: Json = { type: "rect", clip: true };
  if (!faces) mark.color = a.color;
  if (a.edgecolor !== undefined) {
    if (!edges) mark.stroke = a.edgecolor;
    mark.strokeWidth = (a.linewidth ?? 1) * frame.k;
  }
  const encoding: Json = { ...position(frame), x2: { field: "x2" }, y2: { field: "y2" } };
  if (faces) encoding.fill = { field: "c", type: "nominal", scale: null, legend: null };
  if (edges) encoding.stroke = { field: "e", type: "nominal", scale: null, legend: null };
  return { data: { values }, mark: withOpacity(mark, a.alpha), encoding };
}

function spanLayer(a: SpanLineArtist, frame: AxesFrame): Json {
  const strokeWidth = a.linewidth * frame.k;
  const across = a.orient === "h" ? frame.xDomain : frame.yDomain;
  const lo = across[0] + a.from * (across[1] - across[0]);
  const hi = across[0] + a.to * (across[1] - across[0]);
  const row = a.orient === "h" ? { x: lo, x2: hi, y: a.value } : { x: a.value, y: lo, y2: hi };
  const mark: Json = { type: "rule", color: a.color, strokeWidth, clip: true };
  const dash = dashArray(a.linestyle, strokeWidth);
  if (dash) mark.strokeDash = dash;
  const encoding: Json = position(frame);
  if (a.orient === "h") encoding.x2 = { field: "x2" };
  else encoding.y2 = { field: "y2" };
  return { data: { values: [row] }, mark: withOpacity(mark, a.alpha), encoding };
}

/** The layers drawing one artist. */
export function artistLayers(a: Artist, frame: AxesFrame): Json[] {
  switch (a.kind) {
    case "line": return lineLayers(a, frame);
    case "scatter": return [rasterScatter(a, frame) ?? scatterLayer(a, frame)];
    case "image": return [imageLayer(a, frame)];
    case "rects": return [rectsLayer(a, frame)];
    case "axline": return [spanLayer(a, frame)];
    case "fill": return [fillLayer(a, frame)];
    case "span": return [bandLayer(a, frame)];
    case "segments": return [segmentsLayer(a, frame)];
    case "wedges": return [wedgeLayer(a, frame)];
    case "text": return textLayers(a, frame);
    case "contour": return contourLayers(a, frame);
    case "mesh": return [meshLayer(a, frame)];
  }
}

/** Layers of filled areas (fill_between), bands (axhspan / axvspan) and segments (hlines / vlines). */
import type { FillArtist, SegmentsArtist, SpanArtist } from "../artists";
import { dashArray } from "../fmt";
import { AxesFrame, Json, num, position, withOpacity } from "./marks";

/** One area per run of `where` (the detail channel keeps the runs apart). */
export function fillLayer(a: FillArtist, frame: AxesFrame): Json {
  const values: Json[] = [];
  for (let i = 0; i < a.t.length; i++) {
    if (a.run[i] < 0) continue;
    values.push(a.orient === "v"
      ? { r: a.run[i], x: num(a.t[i]), y: num(a.lo[i]), y2: num(a.hi[i]) }
      : { r: a.run[i], y: num(a.t[i]), x: num(a.lo[i]), x2: num(a.hi[i]) });
  }
  const mark: Json = { type: "area", color: a.color, clip: true, orient: a.orient === "v" ? "vertical" : "horizontal", line: false };
  if (a.edgecolor !== undefined && a.edgecolor !== "transparent") {
    mark.stroke = a.edgecolor;
    mark.strokeWidth = (a.linewidth ?? 1) * frame.k;
  }
  const encoding: Json = { ...position(frame), detail: { field: "r", type: "nominal" } };
  encoding[a.orient === "v" ? "y2" : "x2"] = { field: a.orient === "v" ? "y2" : "x2" };
  return { data: { values }, mark: withOpacity(mark, a.alpha), encoding };
}

/** A band: data values along one axis, axes fractions of the view along the other. */
export function spanLayer(a: SpanArtist, frame: AxesFrame): Json {
  const across = a.orient === "h" ? frame.xDomain : frame.yDomain;
  const from = across[0] + a.from * (across[1] - across[0]);
  const to = across[0] + a.to * (across[1] - across[0]);
  const row = a.orient === "h" ? { x: from, x2: to, y: a.lo, y2: a.hi } : { x: a.lo, x2: a.hi, y: from, y2: to };
  const mark: Json = { type: "rect", color: a.color, clip: true };
  if (a.edgecolor !== undefined && a.edgecolor !== "transparent") {
    mark.stroke = a.edgecolor;
    mark.strokeWidth = (a.linewidth ?? 1) * frame.k;
  }
  return { data: { values: [row] }, mark: withOpacity(mark, a.alpha), encoding: { ...position(frame), x2: { field: "x2" }, y2: { field: "y2" } } };
}

/** Rules from lo to hi at each value, one color or one per segment. */
export function segmentsLayer(a: SegmentsArtist, frame: AxesFrame): Json {
  const perColor = Array.isArray(a.color);
  const values: Json[] = [];
  for (let i = 0; i < a.value.length; i++) {
    const row: Json = a.orient === "h"
      ? { y: num(a.value[i]), x: num(a.lo[i]), x2: num(a.hi[i]) }
      : { x: num(a.value[i]), y: num(a.lo[i]), y2: num(a.hi[i]) };
    if (perColor) row.c = (a.color as string[])[i];
    values.push(row);
  }
  const strokeWidth = a.linewidth * frame.k;
  const mark: Json = { type: "rule", strokeWidth, clip: true };
  if (!perColor) mark.color = a.color;
  const dash = dashArray(a.linestyle, strokeWidth);
  if (dash) mark.strokeDash = dash;
  const encoding: Json = position(frame);
  encoding[a.orient === "h" ? "x2" : "y2"] = { field: a.orient === "h" ? "x2" : "y2" };
  if (perColor) encoding.stroke = { field: "c", type: "nominal", scale: null, legend: null };
  return { data: { values }, mark: withOpacity(mark, a.alpha), encoding };
}

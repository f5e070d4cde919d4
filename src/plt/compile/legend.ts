/**
 * Legends as Vega-Lite layers without data: an explicit scale domain is enough
 * for Vega to draw the legend, so no invisible marks are needed.
 */
import type { Artist, CustomLegend, LegendEntry } from "../artists";
import { dashArray, markerShape, symbolArea } from "../fmt";
import type { Json } from "./marks";
import type { LegendOptions } from "../axes_guides";
import { fontPoints, textStyle } from "../text_style";
import { mathText } from "../mathtext";

/** Legend rows from labelled artists (labels starting with "_" are skipped, as in matplotlib). */
export function legendEntries(artists: readonly Artist[], k: number): LegendEntry[] {
  const out: LegendEntry[] = [];
  for (const a of artists) {
    if (a.kind === "wedges") {
      a.labels.forEach((label, i) => { if (label !== "" && !label.startsWith("_")) out.push({ label, color: a.color[i], shape: "square" }); });
      continue;
    }
    if (a.kind === "image" || a.kind === "contour" || a.kind === "mesh" || a.label === undefined || a.label === "" || a.label.startsWith("_")) continue;
    const color = Array.isArray(a.color) ? a.color[0] : a.color;
    let shape = "square";
    let dash: number[] | undefined;
    if (a.kind === "scatter") shape = markerShape(a.marker);
    else if (a.kind === "line") {
      shape = a.linestyle === "none" && a.marker !== undefined ? markerShape(a.marker) : "stroke";
      dash = dashArray(a.linestyle, a.linewidth * k);
    } else if (a.kind === "axline" || a.kind === "segments") {
      shape = "stroke";
      dash = dashArray(a.linestyle, a.linewidth * k);
    }
    out.push({ label: mathText(a.label), color, shape, dash });
  }
  return out;
}

const ORIENT: Record<string, string> = {
  best: "top-right", "upper right": "top-right", "upper left": "top-left", "lower left": "bottom-left",
  "lower right": "bottom-right", right: "right", "center right": "right", "center left": "left",
  "upper center": "top", "lower center": "bottom", center: "top-right",
};

/** A font size keyword in px: points, or a name relative to font.size. */
function sizePx(size: number | string | undefined, fontPt: number, k: number): number {
  if (size === undefined) return fontPt * k;
  if (typeof size === "number") return size * k;
  return fontPoints(textStyle({ fontsize: size }), fontPt, 1) * k;
}

/** A layer that draws only a legend with these entries. */
export function legendLayer(legend: CustomLegend, options: LegendOptions, fontPt: number, k: number): Json {
  const domain = legend.entries.map((e) => e.label);
  const colors = legend.entries.map((e) => e.color);
  const shapes = legend.entries.map((e) => e.shape);
  const orient = ORIENT[options.loc ?? "best"] ?? "top-right";
  const fontPx = sizePx(options.fontsize, fontPt, k);
  const titlePx = sizePx(options.title_fontsize, fontPt, k);
  const frame = options.frameon === false ? { fillColor: null, strokeColor: null } : { fillColor: "rgba(255,255,255,0.8)", strokeColor: "#cccccc" };
  const common = { field: "label", type: "nominal", sort: domain };
  const title = legend.title === undefined || legend.title === "" ? null : legend.title;
  // Every channel names its sort order (the domain): Vega-Lite then merges them into one legend
  // and accepts a size channel on the discrete field (seaborn's size semantic).
  const sized = legend.entries.some((e) => e.size !== undefined);
  const extra: Json = sized
    ? { size: { ...common, scale: { type: "ordinal", domain, range: legend.entries.map((e) => symbolArea(e.shape, Math.sqrt((e.size ?? 36) * k * k))) } } }
    : {};
  return {
    data: { values: [] },
    mark: { type: "point", filled: true, opacity: 1 },
    encoding: {
      fill: { ...common, scale: { domain, range: colors }, legend: {
        title, orient, symbolStrokeWidth: 2, titleFontWeight: "normal", labelFontSize: fontPx, titleFontSize: titlePx,
        ...frame, padding: 6, cornerRadius: 3, ...(options.ncols !== undefined ? { columns: options.ncols } : {}),
      } },
      stroke: { ...common, scale: { domain, range: colors } },
      shape: { ...common, scale: { domain, range: shapes } },
      ...extra,
    },
  };
}

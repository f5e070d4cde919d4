/**
 * Lines of one style compiled into one Vega-Lite layer (Vega's cost grows with the number of
 * layers): in a stretch of consecutive lines all painting one color (boxplot's boxes, whiskers,
 * caps and fliers; errorbar's caps), each style's plain lines become one layer with a detail
 * field and its marker-only lines one set of points. That reorders only strokes of one color,
 * so the picture is the same.
 */
import type { Artist, LineArtist } from "../artists";
import { dashArray } from "../fmt";
import { artistLayers, AxesFrame, Json, num, position, withOpacity } from "./marks";

/** A line that draws as one stroke and nothing else. */
function plain(a: Artist): boolean {
  return a.kind === "line" && a.marker === undefined && a.drawstyle === undefined && a.linestyle !== "none";
}

function runLayer(run: LineArtist[], frame: AxesFrame): Json {
  const values: Json[] = [];
  run.forEach((a, g) => {
    for (let i = 0; i < a.x.length; i++) values.push({ g, i, x: num(a.x[i]), y: num(a.y[i]) });
  });
  const a = run[0];
  const strokeWidth = a.linewidth * frame.k;
  const mark: Json = { type: "line", color: a.color, strokeWidth, clip: true, strokeCap: "butt" };
  const dash = dashArray(a.linestyle, strokeWidth);
  if (dash) mark.strokeDash = dash;
  return {
    data: { values },
    mark: withOpacity(mark, a.alpha),
    encoding: { ...position(frame), detail: { field: "g", type: "nominal" }, order: { field: "i", type: "quantitative" } },
  };
}

/** Markers only, no line: their points can be drawn as one marker layer. */
function markersOnly(a: Artist): boolean {
  return a.kind === "line" && a.marker !== undefined && a.linestyle === "none";
}

/** Every color a line paints with. */
function paints(a: LineArtist): Set<string> {
  const out = new Set([a.color]);
  if (a.marker !== undefined) {
    if (a.markerfacecolor !== undefined) out.add(a.markerfacecolor);
    if (a.markeredgecolor !== undefined) out.add(a.markeredgecolor);
  }
  out.delete("transparent");
  return out;
}

function styleKey(a: LineArtist): string {
  return markersOnly(a)
    ? JSON.stringify(["m", a.color, a.marker, a.markersize, a.markerfacecolor, a.markeredgecolor, a.markeredgewidth, a.alpha])
    : JSON.stringify(["l", a.color, a.linewidth, a.linestyle, a.alpha]);
}

/** The one color a plain or marker-only line paints with, or null. */
function soleColor(a: Artist): string | null {
  if (a.kind !== "line" || !(plain(a) || markersOnly(a))) return null;
  const colors = paints(a);
  return colors.size === 1 ? [...colors][0] : null;
}

/** Lines grouped by style in order of first appearance. */
function styleGroups(block: LineArtist[]): LineArtist[][] {
  const groups = new Map<string, LineArtist[]>();
  for (const a of block) {
    const key = styleKey(a);
    const g = groups.get(key);
    if (g) g.push(a);
    else groups.set(key, [a]);
  }
  return [...groups.values()];
}

/** One layer per group: plain lines with a detail field, marker-only lines as one set of points. */
function groupLayers(group: LineArtist[], frame: AxesFrame): Json[] {
  if (group.length === 1) return artistLayers(group[0], frame);
  if (plain(group[0])) return [runLayer(group, frame)];
  const x = Float64Array.from(group.flatMap((a) => Array.from(a.x)));
  const y = Float64Array.from(group.flatMap((a) => Array.from(a.y)));
  return artistLayers({ ...group[0], x, y }, frame);
}

function hidden(a: Artist): boolean {
  return (a.kind === "line" || a.kind === "axline") && a.visible === false;
}

/** The layers of artists in drawing order, lines of one style merged where that draws the same picture. */
export function orderedLayers(all: readonly Artist[], frame: AxesFrame): Json[] {
  // a line hidden with set_visible(False) draws nothing
  const artists = all.some(hidden) ? all.filter((a) => !hidden(a)) : all;
  const out: Json[] = [];
  let k = 0;
  while (k < artists.length) {
    let end = k + 1;
    const color = soleColor(artists[k]);
    if (color !== null) while (end < artists.length && soleColor(artists[end]) === color) end++;
    if (end - k > 1) for (const g of styleGroups(artists.slice(k, end) as LineArtist[])) out.push(...groupLayers(g, frame));
    else out.push(...artistLayers(artists[k], frame));
    k = end;
  }
  return mergeTexts(out);
}

/** A text layer's look apart from its words and color (texts alike in it can share a layer). */
function textLook(layer: Json): string | null {
  const mark = layer.mark as Json | undefined;
  const values = (layer.data as Json | undefined)?.values as Json[] | undefined;
  if (mark?.type !== "text" || values?.length !== 1 || typeof mark.text !== "string" || layer.transform !== undefined) return null;
  const { text, color, ...rest } = mark;
  return JSON.stringify([rest, layer.encoding]);
}

/**
 * Consecutive texts of one look (a heatmap's annotations) as one text layer with the words and
 * colors as data: the same picture, with one Vega layer instead of one per text.
 */
function mergeTexts(layers: Json[]): Json[] {
  const out: Json[] = [];
  let k = 0;
  while (k < layers.length) {
    const look = textLook(layers[k]);
    let end = k + 1;
    if (look !== null) while (end < layers.length && textLook(layers[end]) === look) end++;
    if (end - k < 2) {
      out.push(layers[k]);
      k = end;
      continue;
    }
    const run = layers.slice(k, end);
    const { text: _text, color: _color, ...mark } = run[0].mark as Json;
    const values = run.map((l) => ({ ...((l.data as Json).values as Json[])[0], t: (l.mark as Json).text, c: (l.mark as Json).color ?? "#000000" }));
    const encoding = { ...(run[0].encoding as Json), text: { field: "t", type: "nominal" }, color: { field: "c", type: "nominal", scale: null, legend: null } };
    out.push({ data: { values }, mark, encoding });
    k = end;
  }
  return out;
}

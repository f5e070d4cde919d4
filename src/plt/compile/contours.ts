/**
 * A contour set as Vega-Lite layers: one per level (lines) or band (filled), as matplotlib
 * draws one PathCollection each. Lines are line marks grouped by path; a filled band is a
 * filled line mark per path: its outer ring, then each hole joined to the outer ring's first
 * point and back (a zero-area bridge), so holes stay empty under the nonzero fill rule.
 */
import type { ContourArtist } from "../contour";
import { dashArray } from "../fmt";
import { position, type AxesFrame, type Json } from "./marks";
import { MOVETO } from "../contour_generator";

/** Rows of a layer's paths: x, y, path p and order i; a filled path's holes bridge from its start (the fill closes each bridge back). */
function rows(layer: ContourArtist["layers"][number], bridgeHoles: boolean): Json[] {
  const out: Json[] = [];
  let i = 0;
  layer.paths.segs.forEach((seg, p) => {
    const kinds = layer.paths.kinds[p];
    for (let k = 0; k < kinds.length; k++) {
      if (bridgeHoles && kinds[k] === MOVETO && k > 0) out.push({ p, i: i++, x: seg[0], y: seg[1] });
      out.push({ p, i: i++, x: seg[2 * k], y: seg[2 * k + 1] });
    }
  });
  return out;
}

export function contourLayers(a: ContourArtist, frame: AxesFrame): Json[] {
  const layers: Json[] = [];
  for (const layer of a.layers) {
    if (layer.paths.segs.length === 0) continue;
    const mark: Json = { type: "line", clip: true, interpolate: "linear", strokeCap: "butt", strokeJoin: "round" };
    if (a.filled) {
      // matplotlib fills bands without an edge
      Object.assign(mark, { fill: layer.color, strokeWidth: 0, strokeOpacity: 0 });
      if (a.alpha !== undefined) mark.fillOpacity = a.alpha;
    } else {
      const width = layer.linewidth * frame.k;
      Object.assign(mark, { color: layer.color, strokeWidth: width });
      const dash = dashArray(layer.linestyle, width);
      if (dash) mark.strokeDash = dash;
      if (a.alpha !== undefined) mark.opacity = a.alpha;
    }
    layers.push({
      data: { values: rows(layer, a.filled) },
      mark,
      encoding: { ...position(frame), detail: { field: "p", type: "nominal" }, order: { field: "i", type: "quantitative" } },
    });
  }
  return layers;
}

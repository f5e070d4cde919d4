/**
 * A colorbar drawn in its parent's view, in pixels from the parent's plot area, at the box
 * matplotlib gives it (colorbar_layout.ts): the colormap as an image, the outline, the
 * extension triangles, ticks and tick labels on the outer side and the label past them. Drawn
 * there rather than as a view of its own, the bar lands at its exact box whatever the grid of
 * views around it (a bar shortened by its extensions or beside an image would not fit one).
 */
import type { Axes } from "../axes";
import { barAxes, barScale, extensionEnds } from "../colorbar_axes";
import { BarMapping, colorbarSettings } from "../colorbar";
import { cmapHex } from "../colormaps";
import type { Box } from "../layout";
import { compileAxes, Fonts, tickLabels } from "./axes";
import { GuideStyle, px, Side, sideGuides } from "./side_guides";
import type { Json } from "./marks";
import { lineHeight } from "../text_metrics";

type Spec = Record<string, any>;

/**
 * The layers drawing `parent`'s colorbar at `bar` (px, the figure's frame) in the parent's view,
 * whose plot area sits at `view`, and how far (the figure's frame) the view then reaches.
 */
export function colorbarLayers(parent: Axes, bar: Box, view: Box, fonts: Fonts, k: number, style: GuideStyle): { layers: Json[]; reach: Box; above: number } {
  const s = colorbarSettings(parent);
  const m = parent.colorbarMapping as BarMapping;
  const vertical = s.orientation === "vertical";
  const [x0, y0, x1, y1] = [bar[0] - view[0], bar[1] - view[1], bar[2] - view[0], bar[3] - view[1]];
  const cax = barAxes(parent);
  const image = cax.artists[0] as { url: string };
  const layers: Spec[] = [
    {
      data: { values: [{ x: x0, x2: x1, y: y0, y2: y1, url: image.url }] },
      mark: { type: "image", aspect: false, clip: false },
      encoding: { x: px("x"), x2: { field: "x2" }, y: px("y"), y2: { field: "y2" }, url: { field: "url", type: "nominal" } },
    },
  ];
  // a fraction of the bar's length as px along it
  const at = (f: number) => (vertical ? y1 - f * (y1 - y0) : x0 + f * (x1 - x0));
  const { fraction } = barScale(m);
  const along = (v: number) => at(fraction(v));
  // the highest point drawn, relative to the view's top (negative above it)
  let top = y0;
  // the extension triangles, outlined on their two outer sides
  for (const end of extensionEnds(parent)) {
    const base = at(end.base);
    const tip = at(end.tip);
    if (vertical) top = Math.min(top, tip);
    const values = vertical
      ? [{ x: x0, y: base, y2: base }, { x: (x0 + x1) / 2, y: tip, y2: base }, { x: x1, y: base, y2: base }]
      : [{ y: y0, x: base, x2: base }, { y: (y0 + y1) / 2, x: tip, x2: base }, { y: y1, x: base, x2: base }];
    layers.push({
      data: { values },
      mark: { type: "area", color: cmapHex(m.cmap, end.under ? -Infinity : Infinity), orient: vertical ? "vertical" : "horizontal", clip: false, line: { color: "black", strokeWidth: 0.8 * k } },
      encoding: vertical ? { x: px("x"), y: px("y"), y2: { field: "y2" } } : { y: px("y"), x: px("x"), x2: { field: "x2" } },
    });
  }
  layers.push({
    data: { values: [{ x: x0, x2: x1, y: y0, y2: y1 }] },
    mark: { type: "rect", fill: null, stroke: "black", strokeWidth: 0.8 * k, clip: false },
    encoding: { x: px("x"), x2: { field: "x2" }, y: px("y"), y2: { field: "y2" } },
  });
  const guides = guideLayers(cax, s.location, [x0, y0, x1, y1], along, fonts, k, style);
  layers.push(...guides.layers);
  // a vertical bar's tick labels are centred on their ticks
  if (vertical) for (const p of guides.positions) top = Math.min(top, p - lineHeight(fonts.base) / 2);
  const reach: Box = [Math.min(view[0], bar[0]), Math.min(view[1], bar[1]), Math.max(view[2], bar[2]), Math.max(view[3], bar[3])];
  const far = { right: 2, bottom: 3, left: 0, top: 1 }[s.location] as 0 | 1 | 2 | 3;
  const dir = far >= 2 ? 1 : -1;
  reach[far] = dir > 0 ? Math.max(reach[far], bar[far] + guides.depth) : Math.min(reach[far], bar[far] - guides.depth);
  top = Math.min(top, reach[1] - view[1]);
  return { layers, reach, above: Math.max(0, -top) };
}

/** Ticks, tick labels and the label on the bar's outer side. */
function guideLayers(cax: Axes, side: Side, box: Box, along: (v: number) => number, fonts: Fonts, k: number, style: GuideStyle): { layers: Json[]; depth: number; positions: number[] } {
  const which = side === "left" || side === "right" ? "y" : "x";
  const [x0, y0, x1, y1] = box;
  const spec = compileAxes(cax, { width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) }, fonts, k) as Spec;
  const { values, labels } = tickLabels(cax, spec.layer[0].encoding[which].axis, which);
  const edge = side === "right" ? x1 : side === "left" ? x0 : side === "bottom" ? y1 : y0;
  const label = which === "y" ? cax.get_ylabel() : cax.get_xlabel();
  const mid = which === "y" ? (y0 + y1) / 2 : (x0 + x1) / 2;
  const ticks = values.map((v, i) => ({ at: along(v), text: labels[i] }));
  return { ...sideGuides(side, edge, mid, ticks, label, fonts, k, style), positions: ticks.map((t) => t.at) };
}

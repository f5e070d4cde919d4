/** An axes' secondary axes, drawn by hand in its view (side_guides.ts) at their place across it. */
import type { Axes } from "../axes";
import { secondaryAxesOf } from "../secondary_axis";
import type { Box } from "../layout";
import type { Fonts } from "./axes";
import type { Json } from "./marks";
import { GuideStyle, px, sideGuides } from "./side_guides";

/** The layers of `ax`'s secondary axes in its view of `size` px at `view` (the figure's frame), and how far they reach. */
export function secondaryLayers(ax: Axes, view: Box, fonts: Fonts, k: number, style: GuideStyle): { layers: Json[]; reach: Box } | null {
  const list = secondaryAxesOf(ax);
  if (list.length === 0) return null;
  const width = view[2] - view[0];
  const height = view[3] - view[1];
  const layers: Json[] = [];
  const reach: Box = [...view] as Box;
  for (const sec of list) {
    const vertical = sec._orientation === "y";
    const [a, b] = vertical ? ax.get_ylim() : ax.get_xlim();
    const along = (v: number) => (vertical ? (1 - (v - a) / (b - a)) * height : ((v - a) / (b - a)) * width);
    const edge = vertical ? sec._pos * width : (1 - sec._pos) * height;
    const t = sec._ticks(vertical ? height : width, k * 72, fonts.base / k);
    const ticks = t.at.map((p, i) => ({ at: along(p), text: t.labels[i] })).filter((r) => r.at >= -0.5 && r.at <= (vertical ? height : width) + 0.5);
    const drawn = sideGuides(sec._side, edge, vertical ? height / 2 : width / 2, ticks, sec._label, fonts, k, style);
    layers.push(...drawn.layers);
    if (sec._pos !== 0 && sec._pos !== 1) {
      // the spine across the plot area, where the frame does not draw it
      layers.push({
        data: { values: [vertical ? { x: edge, y: 0, y2: height } : { y: edge, x: 0, x2: width }] },
        mark: { type: "rule", color: "black", strokeWidth: 0.8 * k, clip: false },
        encoding: vertical ? { x: px("x"), y: px("y"), y2: { field: "y2" } } : { y: px("y"), x: px("x"), x2: { field: "x2" } },
      });
    }
    const at = vertical ? view[0] + edge : view[1] + edge;
    if (sec._side === "top") reach[1] = Math.min(reach[1], at - drawn.depth);
    if (sec._side === "bottom") reach[3] = Math.max(reach[3], at + drawn.depth);
    if (sec._side === "left") reach[0] = Math.min(reach[0], at - drawn.depth);
    if (sec._side === "right") reach[2] = Math.max(reach[2], at + drawn.depth);
  }
  return { layers, reach };
}

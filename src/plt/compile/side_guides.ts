/**
 * An axis drawn by hand on one side of a box, in px of the view: ticks 3.5 pt long, tick labels
 * 3.5 pt past them, the label 4 pt past the widest tick label, as matplotlib spaces them. Used
 * where a Vega-Lite axis cannot go: a colorbar beside its parent, a secondary axis.
 */
import { lineHeight, lineWidth } from "../text_metrics";
import { mathText } from "../mathtext";
import type { Fonts } from "./axes";
import type { Json } from "./marks";

export type Side = "left" | "right" | "top" | "bottom";

/** Colours of hand-drawn guides. */
export interface GuideStyle {
  tickColor: string;
  labelColor: string;
}

/** Pixel channels: the value is a position in px from the view's top-left corner. */
export const px = (field: string) => ({ field, type: "quantitative", scale: null, axis: null });

/**
 * Ticks at `ticks` (px along the side), their labels and the axis label (centred on `mid`, px
 * along the side), drawn outward from `edge` (px across), and how far past the edge they reach.
 */
export function sideGuides(side: Side, edge: number, mid: number, ticks: { at: number; text: string }[], label: string, fonts: Fonts, k: number, style: GuideStyle): { layers: Json[]; depth: number } {
  const vertical = side === "left" || side === "right";
  const tick = 3.5 * k;
  const gap = tick + 3.5 * k;
  const dir = side === "right" || side === "bottom" ? 1 : -1;
  const out: Json[] = [];
  if (ticks.length > 0) {
    out.push({
      data: { values: ticks.map((r) => (vertical ? { x: edge, x2: edge + dir * tick, y: r.at } : { y: edge, y2: edge + dir * tick, x: r.at })) },
      mark: { type: "rule", color: style.tickColor, strokeWidth: 0.8 * k, clip: false },
      encoding: vertical ? { x: px("x"), x2: { field: "x2" }, y: px("y") } : { y: px("y"), y2: { field: "y2" }, x: px("x") },
    });
    out.push({
      data: { values: ticks.map((r) => (vertical ? { x: edge + dir * gap, y: r.at, t: r.text } : { y: edge + dir * gap, x: r.at, t: r.text })) },
      mark: {
        type: "text", fontSize: fonts.base, color: style.labelColor, clip: false,
        align: vertical ? (dir > 0 ? "left" : "right") : "center",
        baseline: vertical ? "middle" : dir > 0 ? "top" : "alphabetic",
      },
      encoding: { x: px("x"), y: px("y"), text: { field: "t", type: "nominal" } },
    });
  }
  const widest = vertical ? Math.max(0, ...ticks.map((r) => lineWidth(r.text, fonts.base))) : lineHeight(fonts.base);
  let depth = ticks.length > 0 ? gap + widest : 0;
  if (label !== "") {
    const at = edge + dir * (depth + 4 * k);
    depth += 4 * k + lineHeight(fonts.base);
    out.push({
      data: { values: [vertical ? { x: at, y: mid } : { x: mid, y: at }] },
      mark: {
        type: "text", text: mathText(label), fontSize: fonts.base, color: style.labelColor, clip: false,
        align: "center", baseline: dir > 0 ? "top" : "bottom", angle: vertical ? 270 : 0,
      },
      encoding: { x: px("x"), y: px("y") },
    });
  }
  return { layers: out, depth };
}

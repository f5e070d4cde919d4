/** Layers of texts and annotations: a text mark, and an annotation's shaft and head. */
import type { ArrowSpec, TextArtist } from "../artists";
import { cssWeight } from "../text_style";
import { mathText } from "../mathtext";
import { AxesFrame, Json, position, withOpacity } from "./marks";

const BASELINE: Record<TextArtist["va"], string> = { top: "top", bottom: "bottom", center: "middle", baseline: "alphabetic", center_baseline: "middle" };

/** Head outlines pointing along +x with the tip at the origin (Vega's symbol units). */
const OPEN_HEAD = "M-1,-0.5L0,0L-1,0.5";
const FILLED_HEAD = "M-1,-0.5L0,0L-1,0.5Z";

/** The direction from (x0, y0) to (x1, y1) on screen, in Vega's clockwise degrees. */
function screenAngle(a: ArrowSpec, frame: AxesFrame): number {
  const sx = frame.width / (frame.xDomain[1] - frame.xDomain[0]) * ((frame.x.scale as Json)?.reverse ? -1 : 1);
  const sy = frame.height / (frame.yDomain[1] - frame.yDomain[0]) * ((frame.y.scale as Json)?.reverse ? -1 : 1);
  return (Math.atan2(-(a.y1 - a.y0) * sy, (a.x1 - a.x0) * sx) * 180) / Math.PI;
}

function arrowLayers(a: ArrowSpec, frame: AxesFrame): Json[] {
  const simple = a.head === "simple";
  // the 'simple' arrow is a filled shaft of `width` points; styled arrows are lines of linewidth
  const shaftPx = (simple ? a.width : a.linewidth) * frame.k;
  const shaft: Json = {
    data: { values: [{ x: a.x0, y: a.y0, x2: a.x1, y2: a.y1 }] },
    mark: { type: "rule", color: simple ? a.facecolor : a.edgecolor, strokeWidth: shaftPx, clip: false },
    encoding: { ...position(frame), x2: { field: "x2" }, y2: { field: "y2" } },
  };
  if (a.head === "line") return [shaft];
  const headPx = simple ? a.headwidth * frame.k : Math.max(8, 4 * a.linewidth) * frame.k;
  const filled = a.head !== "open";
  const head: Json = {
    data: { values: [{ x: a.x1, y: a.y1 }] },
    mark: {
      type: "point", shape: filled ? FILLED_HEAD : OPEN_HEAD, size: headPx * headPx, angle: ((screenAngle(a, frame) % 360) + 360) % 360,
      filled, clip: false, opacity: 1,
      ...(filled ? { fill: a.facecolor, stroke: a.edgecolor, strokeWidth: a.linewidth * frame.k } : { stroke: a.edgecolor, strokeWidth: a.linewidth * frame.k }),
    },
    encoding: position(frame),
  };
  return [shaft, head];
}

/** A text at its data position (not clipped, as matplotlib's texts), with its arrow first. */
export function textLayers(a: TextArtist, frame: AxesFrame): Json[] {
  const fontPt = a.fontsize ?? frame.fontPt * (a.fontscale ?? 1);
  const mark: Json = {
    type: "text", text: mathText(a.text), color: a.color, fontSize: fontPt * frame.k, fontWeight: cssWeight(a.fontweight),
    align: a.ha, baseline: BASELINE[a.va], angle: (360 - a.rotation) % 360,
  };
  const layers = a.arrow ? arrowLayers(a.arrow, frame) : [];
  layers.push({ data: { values: [{ x: a.x, y: a.y }] }, mark: withOpacity(mark, a.alpha), encoding: position(frame) });
  return layers;
}

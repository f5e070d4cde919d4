/** A pie's wedges as Vega-Lite arcs centered at data positions (radii in px of the x scale). */
import type { WedgeArtist } from "../artists";
import { AxesFrame, Json, position, withOpacity } from "./marks";

/** Degrees counterclockwise from +x (matplotlib) to Vega's radians clockwise from 12 o'clock. */
function vegaAngle(deg: number): number {
  return Math.PI / 2 - (deg * Math.PI) / 180;
}

export function wedgeLayer(a: WedgeArtist, frame: AxesFrame): Json {
  const px = frame.width / (frame.xDomain[1] - frame.xDomain[0]);
  const values: Json[] = [];
  for (let i = 0; i < a.cx.length; i++) {
    values.push({ x: a.cx[i], y: a.cy[i], t1: vegaAngle(a.theta2[i]), t2: vegaAngle(a.theta1[i]), c: a.color[i] });
  }
  const mark: Json = { type: "arc", outerRadius: a.r * px, innerRadius: a.width === null ? 0 : Math.max(0, a.r - a.width) * px };
  if (a.edgecolor !== undefined && a.edgecolor !== "transparent") {
    mark.stroke = a.edgecolor;
    mark.strokeWidth = (a.linewidth ?? 1) * frame.k;
    mark.strokeJoin = "round";
  }
  return {
    data: { values },
    mark: withOpacity(mark, a.alpha),
    encoding: {
      ...position(frame),
      theta: { field: "t1", type: "quantitative", scale: null },
      theta2: { field: "t2" },
      fill: { field: "c", type: "nominal", scale: null, legend: null },
    },
  };
}

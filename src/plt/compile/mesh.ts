/**
 * A quad mesh as one Vega-Lite layer: rect marks when every cell is an axis-aligned rectangle
 * (the usual grids), otherwise each cell as a filled four-point line path.
 */
import type { MeshArtist } from "../mesh";
import { num, position, type AxesFrame, type Json } from "./marks";

function rectilinear(a: MeshArtist): boolean {
  const w = a.nx + 1;
  for (let r = 0; r <= a.ny; r++) {
    for (let c = 0; c <= a.nx; c++) {
      const k = r * w + c;
      if (r > 0 && a.x[k] !== a.x[k - w]) return false;
      if (c > 0 && a.y[k] !== a.y[k - 1]) return false;
    }
  }
  return true;
}

export function meshLayer(a: MeshArtist, frame: AxesFrame): Json {
  const w = a.nx + 1;
  const values: Json[] = [];
  const edge = a.edgecolor;
  const mark: Json = { clip: true };
  if (edge !== undefined) Object.assign(mark, { strokeWidth: a.linewidth * frame.k });
  // no edges: each cell outlined in its own colour, half a pixel wide, so antialiasing leaves no
  // seams of background between neighbours (Agg snaps a mesh's cells to whole pixels instead)
  else Object.assign(mark, { strokeWidth: 0.5 });
  if (a.alpha !== undefined) mark.fillOpacity = a.alpha;
  const encoding: Json = { ...position(frame), fill: { field: "c", type: "nominal", scale: null, legend: null } };
  if (edge === "face" || edge === undefined) encoding.stroke = { field: "c", type: "nominal", scale: null, legend: null };
  else if (edge !== undefined) mark.stroke = edge;
  if (rectilinear(a)) {
    for (let r = 0; r < a.ny; r++) {
      for (let c = 0; c < a.nx; c++) {
        const k = r * w + c;
        values.push({ x: num(a.x[k]), x2: num(a.x[k + 1]), y: num(a.y[k]), y2: num(a.y[k + w]), c: a.colors[r * a.nx + c] });
      }
    }
    return { data: { values }, mark: { type: "rect", ...mark }, encoding: { ...encoding, x2: { field: "x2" }, y2: { field: "y2" } } };
  }
  for (let r = 0; r < a.ny; r++) {
    for (let c = 0; c < a.nx; c++) {
      const k = r * w + c;
      const p = r * a.nx + c;
      [k, k + 1, k + w + 1, k + w].forEach((q, i) => values.push({ p, i, x: num(a.x[q]), y: num(a.y[q]), c: a.colors[p] }));
    }
  }
  return {
    data: { values },
    mark: { type: "line", interpolate: "linear-closed", filled: true, ...mark },
    encoding: { ...encoding, detail: { field: "p", type: "nominal" }, order: { field: "i", type: "quantitative" } },
  };
}

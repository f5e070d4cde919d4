/**
 * Subplots with spans as nested concatenations: the grid is cut where no subplot crosses
 * (rows first, then columns) until each piece holds one subplot.
 */
import type { Axes } from "../axes";
import type { Json } from "./marks";

interface Box {
  ax: Axes;
  view: Json;
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

function cut(boxes: Box[], r0: number, r1: number, c0: number, c1: number, gapX: number, gapY: number): Json | null {
  const inside = boxes.filter((b) => b.r0 >= r0 && b.r1 <= r1 && b.c0 >= c0 && b.c1 <= c1);
  if (inside.length === 0) return null;
  if (inside.length === 1) return inside[0].view;
  for (let k = r0 + 1; k < r1; k++) {
    if (inside.every((b) => b.r1 <= k || b.r0 >= k)) {
      const parts = [cut(inside, r0, k, c0, c1, gapX, gapY), cut(inside, k, r1, c0, c1, gapX, gapY)].filter((p): p is Json => p !== null);
      return { vconcat: parts, spacing: gapY };
    }
  }
  for (let k = c0 + 1; k < c1; k++) {
    if (inside.every((b) => b.c1 <= k || b.c0 >= k)) {
      const parts = [cut(inside, r0, r1, c0, k, gapX, gapY), cut(inside, r0, r1, k, c1, gapX, gapY)].filter((p): p is Json => p !== null);
      return { hconcat: parts, spacing: gapX };
    }
  }
  return { concat: inside.map((b) => b.view), columns: c1 - c0, spacing: { row: gapY, column: gapX } };
}

/** The figure's subplots (views in the same order as axes) laid out with their spans. */
export function mosaicSpec(axes: Axes[], views: Json[], gapX: number, gapY: number): Json {
  const boxes = axes.map((ax, i) => {
    const p = ax.position;
    return { ax, view: views[i], r0: p.row, r1: p.row + (p.rowspan ?? 1), c0: p.col, c1: p.col + (p.colspan ?? 1) };
  });
  const nrows = Math.max(...boxes.map((b) => b.r1));
  const ncols = Math.max(...boxes.map((b) => b.c1));
  const out = cut(boxes, 0, nrows, 0, ncols, gapX, gapY)!;
  return "vconcat" in out || "hconcat" in out || "concat" in out ? out : { vconcat: [out] };
}

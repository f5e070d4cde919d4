/**
 * Puts views at exact pixel boxes: Vega-Lite's concat lays its cells out as a table (each column
 * as wide as its widest cell, each row as tall as its tallest, bounds "flush" counting plot
 * areas only), so the figure is cut along every box edge into columns and rows, each view fills
 * the cell at its top-left corner and transparent spacer views fill the others. Axis labels and
 * titles then fall in the margins, as matplotlib draws them. Boxes that do not fall on that table
 * (a subplot spanning others' edges) are laid out as nested concatenations, at their boxes too.
 */
import type { Box } from "../layout";
import type { Json } from "./marks";

/** A view and the box it must fill. */
export interface Placed {
  box: Box;
  view: Json;
  /** What the view draws past its box that its neighbours must leave room for (a colorbar and its labels), if any. */
  reach?: Box;
}

/** The extent the groups of nested() keep apart: the box, or what the view reaches. */
const reachOf = (p: Placed): Box => p.reach ?? p.box;

/** A transparent view of the given size that draws nothing (or the given layers). */
export function spacer(width: number, height: number, layer?: Json[]): Json {
  const out: Json = { width, height, view: { stroke: null, fill: null } };
  if (layer && layer.length > 0) out.layer = layer;
  else Object.assign(out, { data: { values: [] }, mark: { type: "point" } });
  return out;
}

const EPS = 1e-6;

/** Sorted distinct values (within EPS), from 0. */
function edges(values: number[]): number[] {
  const out = [0];
  for (const v of [...values].sort((a, b) => a - b)) if (v - out[out.length - 1] > EPS) out.push(v);
  return out;
}

/**
 * The concat spec placing every item at its box (top-left origin); `corner` holds layers drawn
 * in the top-left cell (a suptitle, drawn past that cell as groups do not clip).
 */
export function place(items: Placed[], corner: Json[] = [], ox = 0, oy = 0, end: [number, number] = [0, 0]): Json {
  const xs = edges(items.flatMap((p) => [p.box[0] - ox, p.box[2] - ox]).concat(end[0] - ox));
  const ys = edges(items.flatMap((p) => [p.box[1] - oy, p.box[3] - oy]).concat(end[1] - oy));
  const at = (list: number[], v: number) => list.findIndex((e) => Math.abs(e - v) <= EPS);
  const cells = new Map<string, Json>();
  for (const p of items) {
    const c = at(xs, p.box[0] - ox);
    const r = at(ys, p.box[1] - oy);
    // a box must end on the next edge, else it would widen its column
    const fits = Math.abs(xs[c + 1] - (p.box[2] - ox)) <= EPS && Math.abs(ys[r + 1] - (p.box[3] - oy)) <= EPS && !cells.has(`${r},${c}`);
    if (!fits) return nested(items, corner, ox, oy);
    cells.set(`${r},${c}`, p.view);
  }
  const ncols = xs.length - 1;
  const units: Json[] = [];
  for (let r = 0; r < ys.length - 1; r++) {
    for (let c = 0; c < ncols; c++) {
      units.push(cells.get(`${r},${c}`) ?? spacer(xs[c + 1] - xs[c], ys[r + 1] - ys[r], r === 0 && c === 0 ? corner : undefined));
    }
  }
  // a corner cell holding a view: the corner layers get a leading row of their own
  if (cells.has("0,0") && corner.length > 0) return { vconcat: [spacer(1, 0, corner), { concat: units, columns: ncols, spacing: 0, bounds: "flush" }], spacing: 0, bounds: "flush" };
  return { concat: units, columns: ncols, spacing: 0, bounds: "flush" };
}

/**
 * Items that do not fall on one table: cut into groups along free vertical lines (else
 * horizontal ones) clear of every box and colorbar, each group a table from where the previous
 * one ends. The groups are joined by flush bounds and spacers, so each starts at its own offset
 * whatever its neighbours draw past their boxes.
 */
function nested(items: Placed[], corner: Json[], ox: number, oy: number): Json {
  for (const [lo, hi, kind] of [[0, 2, "hconcat"], [1, 3, "vconcat"]] as const) {
    const sorted = [...items].sort((a, b) => reachOf(a)[lo] - reachOf(b)[lo]);
    const groups: Placed[][] = [[sorted[0]]];
    let end = reachOf(sorted[0])[hi];
    for (const p of sorted.slice(1)) {
      if (reachOf(p)[lo] >= end - EPS) groups.push([p]);
      else groups[groups.length - 1].push(p);
      end = Math.max(end, reachOf(p)[hi]);
    }
    if (groups.length > 1) {
      // the groups meet inside each gap, on a whole pixel as the boxes are (Vega rounds cells up)
      const meet = groups.slice(1).map((g, i) => {
        const prev = Math.max(...groups[i].map((p) => reachOf(p)[hi]));
        return Math.round((prev + Math.min(...g.map((p) => reachOf(p)[lo]))) / 2);
      });
      const starts = [lo === 0 ? ox : oy, ...meet];
      const parts: Json[] = [];
      groups.forEach((g, i) => {
        const next = i + 1 < groups.length ? meet[i] : 0;
        parts.push(lo === 0 ? place(g, i === 0 ? corner : [], starts[i], oy, [next, 0]) : place(g, i === 0 ? corner : [], ox, starts[i], [0, next]));
        // under flush bounds a concat counts as an empty box at its origin, so a spacer as long
        // as the group puts the next group's origin exactly where it starts
        if (i + 1 < groups.length) parts.push(lo === 0 ? spacer(starts[i + 1] - starts[i], 0) : spacer(0, starts[i + 1] - starts[i]));
      });
      return { [kind]: parts, spacing: 0, bounds: "flush" };
    }
  }
  // overlapping boxes: one under the other
  return { vconcat: items.map((p) => p.view), spacing: 0, bounds: "full" };
}

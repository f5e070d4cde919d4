/**
 * Where matplotlib 3.6 puts a colorbar (boxes [x0, y0, x1, y1] in px from the top-left corner).
 * Without a layout engine make_axes_gridspec splits the parent's cell: the parent keeps
 * 1 - fraction - pad of it (anchored at panchor), the bar's cell takes fraction (0.15) past a
 * pad (0.05 beside, 0.15 below, 0.10 left, 0.05 above). Under layout="constrained" the parent
 * keeps its whole cell and the bar stands a pad (0.05 of the parent's size) past the
 * parent's decorations, its thickness and labels taken from the layout's margins. Either way the
 * bar keeps a box aspect of 20 and, with extensions, shortens by 1 / (1 + their fractions).
 */
import type { Box } from "./layout";
import { fixedAspectBox } from "./layout";
import type { Axes } from "./axes";
import { colorbarSettings, ColorbarSettings, LOCATIONS } from "./colorbar";
import { barAxes, extensionFractions } from "./colorbar_axes";

const FRACTION = 0.15;
const ASPECT = 20;

/** Decorations around a box in px (tick labels, labels, title). */
export interface Sides {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** An anchor (x from the left, y from the bottom) as fixedAspectBox takes it (y from the top). */
function topDown(anchor: [number, number]): [number, number] {
  return [anchor[0], 1 - anchor[1]];
}

/** Where a colorbar's parent sits in its box (make_axes' panchor). */
export function parentAnchor(s: ColorbarSettings): [number, number] {
  return topDown(LOCATIONS[s.location].panchor);
}

/** The bar's box in `region`: box aspect 20 at its anchor, then shortened for its extensions. */
function barInRegion(region: Box, s: ColorbarSettings): Box {
  const vertical = s.orientation === "vertical";
  const box = fixedAspectBox(region, vertical ? ASPECT : 1 / ASPECT, topDown(LOCATIONS[s.location].anchor));
  const [fLo, fHi] = extensionFractions(s.extend);
  if (fLo === 0 && fHi === 0) return box;
  if (vertical) {
    const len = (box[3] - box[1]) / (1 + fLo + fHi);
    const y1 = box[3] - fLo * len;
    return [box[0], y1 - len, box[2], y1];
  }
  const len = (box[2] - box[0]) / (1 + fLo + fHi);
  const x0 = box[0] + fLo * len;
  return [x0, box[1], x0 + len, box[3]];
}

/** make_axes_gridspec: the parent's part of its cell and the bar's cell. */
function gridspecSplit(cell: Box, s: ColorbarSettings): { parent: Box; bar: Box } {
  const pad = LOCATIONS[s.location].pad;
  const [x0, y0, x1, y1] = cell;
  const w = x1 - x0;
  const h = y1 - y0;
  const keep = 1 - FRACTION - pad;
  switch (s.location) {
    case "right":
      return { parent: [x0, y0, x0 + keep * w, y1], bar: [x1 - FRACTION * w, y0, x1, y1] };
    case "left":
      return { parent: [x1 - keep * w, y0, x1, y1], bar: [x0, y0, x0 + FRACTION * w, y1] };
    case "bottom":
      return { parent: [x0, y0, x1, y0 + keep * h], bar: [x0, y1 - FRACTION * h, x1, y1] };
    case "top":
      return { parent: [x0, y1 - keep * h, x1, y1], bar: [x0, y0, x1, y0 + FRACTION * h] };
  }
}

/** Without a layout engine: the part of its cell the parent keeps. */
export function parentShare(cell: Box, s: ColorbarSettings): Box {
  return gridspecSplit(cell, s).parent;
}

/** Without a layout engine: the bar's box from the parent's cell. */
export function gridspecBarBox(cell: Box, s: ColorbarSettings): Box {
  return barInRegion(gridspecSplit(cell, s).bar, s);
}

/** The pad between the parent's decorations and the bar under constrained layout, in px (make_axes: 0.05 of the parent's size whatever the side). */
export function constrainedPad(cell: Box, s: ColorbarSettings): number {
  const size = s.orientation === "vertical" ? cell[2] - cell[0] : cell[3] - cell[1];
  return 0.05 * size;
}

/** Under constrained layout: the bar's box beside the parent's cell and its decorations. */
export function constrainedBarBox(cell: Box, decorated: Sides, s: ColorbarSettings): Box {
  const pad = constrainedPad(cell, s);
  const [x0, y0, x1, y1] = cell;
  const fw = FRACTION * (x1 - x0);
  const fh = FRACTION * (y1 - y0);
  let region: Box;
  switch (s.location) {
    case "right": {
      const at = x1 + decorated.right + pad;
      region = [at, y0, at + fw, y1];
      break;
    }
    case "left": {
      const at = x0 - decorated.left - pad;
      region = [at - fw, y0, at, y1];
      break;
    }
    case "bottom": {
      const at = y1 + decorated.bottom + pad;
      region = [x0, at, x1, at + fh];
      break;
    }
    case "top": {
      const at = y0 - decorated.top - pad;
      region = [x0, at - fh, x1, at];
      break;
    }
  }
  return barInRegion(region, s);
}

/**
 * The room a bar takes from its parent's column (or row) under constrained layout: the pad
 * and the bar's own extent across (its box and decorations on the far side).
 */
export function constrainedBarMargin(cell: Box, barDecorations: Sides, s: ColorbarSettings): Sides {
  const out: Sides = { left: 0, right: 0, top: 0, bottom: 0 };
  const bar = constrainedBarBox(cell, { left: 0, right: 0, top: 0, bottom: 0 }, s);
  const pad = constrainedPad(cell, s);
  const across = s.orientation === "vertical" ? bar[2] - bar[0] + barDecorations.left + barDecorations.right : bar[3] - bar[1] + barDecorations.top + barDecorations.bottom;
  out[s.location] = pad + across;
  return out;
}

/** The margin a parent's colorbar adds on its side under constrained layout (`decorate` measures an axes' decorations). */
export function barMargin(parent: Axes, cell: Box, k: number, decorate: (ax: Axes, box: Box, k: number) => Sides): Sides {
  const s = colorbarSettings(parent);
  const box = constrainedBarBox(cell, { left: 0, right: 0, top: 0, bottom: 0 }, s);
  return constrainedBarMargin(cell, decorate(barAxes(parent), box, k), s);
}

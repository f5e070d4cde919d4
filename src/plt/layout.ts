/**
 * Subplot geometry as matplotlib lays it out: the figure is figsize x dpi pixels; a subplot's
 * box comes from the subplot parameters (rcParams figure.subplot.*, or tighter ones after
 * tight_layout) and its grid cell; a colorbar takes its share of the parent's cell; an axes
 * with a fixed aspect shrinks its box inside the cell, anchored as matplotlib anchors it.
 * Boxes are [x0, y0, x1, y1] in CSS px from the figure's top-left corner.
 */
import { rcParams } from "./rcparams";

export type Box = [number, number, number, number];

/** matplotlib's SubplotParams. */
export interface SubplotParams {
  left: number;
  right: number;
  bottom: number;
  top: number;
  wspace: number;
  hspace: number;
}

/** What tight_layout leaves around axes, as fractions of the figure. */
const TIGHT: SubplotParams = { left: 0.08, right: 0.97, bottom: 0.1, top: 0.92, wspace: 0.25, hspace: 0.3 };

/** The subplot parameters in force: rcParams figure.subplot.*, tight_layout's, then the figure's own. */
export function subplotParams(tight: boolean, own?: Partial<SubplotParams>): SubplotParams {
  const rc = (k: keyof SubplotParams) => Number(rcParams[`figure.subplot.${k}` as "figure.subplot.left"]);
  const base: SubplotParams = tight ? { ...TIGHT } : { left: rc("left"), right: rc("right"), bottom: rc("bottom"), top: rc("top"), wspace: rc("wspace"), hspace: rc("hspace") };
  if (own) for (const k of Object.keys(own) as (keyof SubplotParams)[]) if (own[k] != null) base[k] = own[k]!;
  return base;
}

/** A grid cell (possibly spanning) of a subplot. */
export interface GridCell {
  nrows: number;
  ncols: number;
  row: number;
  col: number;
  rowspan?: number;
  colspan?: number;
}

/** The box of a grid cell (GridSpec.get_grid_positions), spans covering the gaps between cells. */
export function gridBox(figWidth: number, figHeight: number, p: SubplotParams, cell: GridCell): Box {
  const totW = (p.right - p.left) * figWidth;
  const totH = (p.top - p.bottom) * figHeight;
  const cellW = totW / (cell.ncols + p.wspace * (cell.ncols - 1));
  const cellH = totH / (cell.nrows + p.hspace * (cell.nrows - 1));
  const sepW = p.wspace * cellW;
  const sepH = p.hspace * cellH;
  const cols = cell.colspan ?? 1;
  const rows = cell.rowspan ?? 1;
  const x0 = p.left * figWidth + cell.col * (cellW + sepW);
  const y0 = (1 - p.top) * figHeight + cell.row * (cellH + sepH);
  return [x0, y0, x0 + cols * cellW + (cols - 1) * sepW, y0 + rows * cellH + (rows - 1) * sepH];
}

/**
 * The parent's part of its cell once a vertical colorbar takes fraction 0.15 and pad 0.05 of it
 * (make_axes_gridspec: the parent keeps 0.8 of the width, on the left).
 */
export function colorbarParent(box: Box): Box {
  return [box[0], box[1], box[0] + 0.8 * (box[2] - box[0]), box[3]];
}

/** The colorbar's own box beside its parent's cell: its last 0.15 of the width. */
export function colorbarBox(box: Box): Box {
  const w = box[2] - box[0];
  return [box[0] + 0.85 * w, box[1], box[2], box[3]];
}

/**
 * The box of an axes whose height/width ratio is fixed (`ratio`: apply_aspect with adjustable
 * "box"), shrunk inside `box` and placed at `anchor` (fractions of the spare room, x from the
 * left, y from the top).
 */
export function fixedAspectBox(box: Box, ratio: number, anchor: [number, number] = [0.5, 0.5]): Box {
  const w = box[2] - box[0];
  const h = box[3] - box[1];
  if (!(ratio > 0) || !Number.isFinite(ratio)) return box;
  let nw = w;
  let nh = w * ratio;
  if (nh > h) {
    nh = h;
    nw = h / ratio;
  }
  const x0 = box[0] + anchor[0] * (w - nw);
  const y0 = box[1] + anchor[1] * (h - nh);
  return [x0, y0, x0 + nw, y0 + nh];
}

/**
 * layout="constrained" as matplotlib 3.6 lays out a grid of subplots: every grid column gets a
 * left margin as wide as the widest left decorations (tick marks, tick labels, y label) of its
 * subplots, a right margin for what overhangs, and every row a top margin (the title) and a
 * bottom one (tick labels, x label); w_pad / h_pad (rcParams figure.constrained_layout.*, in
 * inches) surround every subplot; the rest is shared equally between the columns and rows.
 */
import type { Axes } from "./axes";
import type { Figure } from "./figure";
import type { Box } from "./layout";
import { rcParams } from "./rcparams";
import { lineHeight, lineWidth, textExtent } from "./text_metrics";
import { compileAxes, tickLabels } from "./compile/axes";
import { barMargin } from "./colorbar_layout";
import { secondaryDepths } from "./secondary_axis";

type Json = Record<string, any>;
interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The room an axes' decorations take beyond its box, in px, at the given box size. */
export function decorations(ax: Axes, box: Box, k: number): Margins {
  const fontPx = Number(rcParams["font.size"]) * k;
  const width = box[2] - box[0];
  const height = box[3] - box[1];
  const spec = compileAxes(ax, { width, height }, { base: fontPx, title: fontPx * 1.2 }, k) as Json;
  const enc = spec.layer?.[0]?.encoding ?? {};
  const out: Margins = { left: 0, right: 0, top: 0, bottom: 0 };
  if (!ax.axisOn) return out;
  const tick = (3.5 + 3.5) * k;
  const lh = lineHeight(fontPx);
  const descent = Math.floor(0.236 * fontPx);
  const x = tickLabels(ax, enc.x?.axis ?? null, "x");
  const y = tickLabels(ax, enc.y?.axis ?? null, "y");
  const [x0, x1] = ax.get_xlim();
  const [y0, y1] = ax.get_ylim();
  const xPos = (v: number) => ((v - Math.min(x0, x1)) / Math.abs(x1 - x0)) * width;
  const yPos = (v: number) => ((Math.max(y0, y1) - v) / Math.abs(y1 - y0)) * height;
  const yw = Math.max(0, ...y.labels.map((l) => lineWidth(l, fontPx)));
  out.left = tick + yw + (ax.ylabel !== "" ? 4 * k + textExtent(ax.ylabel, fontPx).height : 0);
  out.bottom = (x.labels.length > 0 ? tick + lh : 0) + (ax.xlabel !== "" ? 4 * k + textExtent(ax.xlabel, fontPx).height : 0);
  // x tick labels centred on their ticks overhang the box's sides; y ones its top
  x.values.forEach((v, i) => {
    const half = lineWidth(x.labels[i], fontPx) / 2;
    out.left = Math.max(out.left, half - xPos(v));
    out.right = Math.max(out.right, half - (width - xPos(v)));
  });
  y.values.forEach((v) => (out.top = Math.max(out.top, lh / 2 - yPos(v))));
  const title = ax.titles.center || ax.titles.left || ax.titles.right;
  if (title !== "") out.top = Math.max(out.top, 6 * k + textExtent(title, fontPx * 1.2).height - descent);
  return out;
}

/** The boxes of the figure's subplots (twins excepted) under layout="constrained". */
export function constrainedBoxes(fig: Figure, axes: Axes[], provisional: (ax: Axes) => Box): Map<Axes, Box> {
  const { width: W, height: H } = fig.pixelSize();
  const k = fig.dpi / 72;
  const wpad = Number(rcParams["figure.constrained_layout.w_pad"]) * fig.dpi;
  const hpad = Number(rcParams["figure.constrained_layout.h_pad"]) * fig.dpi;
  const nrows = Math.max(1, ...axes.map((a) => a.position.nrows));
  const ncols = Math.max(1, ...axes.map((a) => a.position.ncols));
  let boxes = new Map(axes.map((a) => [a, provisional(a)] as [Axes, Box]));
  // twice: the tick labels depend on the box sizes the first pass gives
  for (let pass = 0; pass < 2; pass++) {
    const L = new Array(ncols).fill(0);
    const R = new Array(ncols).fill(0);
    const T = new Array(nrows).fill(0);
    const B = new Array(nrows).fill(0);
    for (const ax of axes) {
      const p = ax.position;
      // grids of other shapes in the same figure are scaled onto this one
      const c0 = Math.floor((p.col * ncols) / p.ncols);
      const c1 = Math.floor(((p.col + (p.colspan ?? 1)) * ncols) / p.ncols) - 1;
      const r0 = Math.floor((p.row * nrows) / p.nrows);
      const r1 = Math.floor(((p.row + (p.rowspan ?? 1)) * nrows) / p.nrows) - 1;
      const d = decorations(ax, boxes.get(ax)!, k);
      // a colorbar takes its pad and its extent past the decorations on its side
      if (ax.colorbarMapping !== null) {
        const bar = barMargin(ax, boxes.get(ax)!, k, decorations);
        for (const side of ["left", "right", "top", "bottom"] as const) d[side] += bar[side];
      }
      // secondary axes: their ticks and labels past the box (a title goes above them)
      const box = boxes.get(ax)!;
      const second = secondaryDepths(ax, { width: box[2] - box[0], height: box[3] - box[1] }, fig.dpi, Number(rcParams["font.size"]) * k);
      for (const side of ["left", "right", "top", "bottom"] as const) d[side] = Math.max(d[side], second[side]);
      // twins draw their own axis on the opposite side: twinx's y on the right, twiny's x on top
      for (const twin of fig.axes.filter((a) => a._twin?.host === ax)) {
        const t = decorations(twin, box, k);
        if (twin._twin!.shared === "x") d.right = Math.max(d.right, t.left);
        else d.top = Math.max(d.top, t.bottom);
      }
      L[c0] = Math.max(L[c0], d.left);
      R[c1] = Math.max(R[c1], d.right);
      T[r0] = Math.max(T[r0], d.top);
      B[r1] = Math.max(B[r1], d.bottom);
    }
    const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);
    const cellW = Math.max(1, (W - 2 * wpad * ncols - sum(L) - sum(R)) / ncols);
    const cellH = Math.max(1, (H - 2 * hpad * nrows - sum(T) - sum(B)) / nrows);
    const colX: number[] = [];
    let x = 0;
    for (let c = 0; c < ncols; c++) {
      colX.push(x + wpad + L[c]);
      x += 2 * wpad + L[c] + cellW + R[c];
    }
    const rowY: number[] = [];
    let y = 0;
    for (let r = 0; r < nrows; r++) {
      rowY.push(y + hpad + T[r]);
      y += 2 * hpad + T[r] + cellH + B[r];
    }
    const next = new Map<Axes, Box>();
    for (const ax of axes) {
      const p = ax.position;
      const c0 = Math.floor((p.col * ncols) / p.ncols);
      const c1 = Math.floor(((p.col + (p.colspan ?? 1)) * ncols) / p.ncols) - 1;
      const r0 = Math.floor((p.row * nrows) / p.nrows);
      const r1 = Math.floor(((p.row + (p.rowspan ?? 1)) * nrows) / p.nrows) - 1;
      next.set(ax, [colX[c0], rowY[r0], colX[c1] + cellW, rowY[r1] + cellH]);
    }
    boxes = next;
  }
  return boxes;
}

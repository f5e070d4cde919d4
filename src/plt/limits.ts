/**
 * matplotlib's autoscaling: the data limits of an Axes' artists, padded by the default 5%
 * margins except across sticky edges (images and bar baselines), as autoscale_view does.
 */
import type { Artist, WedgeArtist } from "./artists";
import { wedgeOutline } from "./wedge_outline";
import { scaleParams } from "./scale_transforms";
import { padTransformed } from "./scale_limits";

const MARGIN = 0.05;

interface Bounds {
  lo: number;
  hi: number;
  /** The smallest positive value (a log axis' lower bound). */
  minpos: number;
  sticky: number[];
}

function extend(b: Bounds, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < b.lo) b.lo = v;
    if (v > b.hi) b.hi = v;
    if (v > 0 && v < b.minpos) b.minpos = v;
  }
}

/** Autoscaling on a log axis: positive values only, margins and sticky edges in decades. */
function padLog(b: Bounds, margin: number): [number, number] {
  const lo = b.lo > 0 ? b.lo : b.minpos;
  if (lo === Infinity || !(b.hi > 0)) return [1, 10];
  const log = (b.sticky.filter((s) => s > 0).map(Math.log10));
  const inner = pad({ lo: Math.log10(lo), hi: Math.log10(b.hi), minpos: Infinity, sticky: log }, margin);
  if (lo === b.hi) return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(lo) + 1e-12)];
  return [10 ** inner[0], 10 ** inner[1]];
}

function pad(b: Bounds, margin: number): [number, number] {
  if (b.lo === Infinity) return [0, 1];
  let lo = b.lo;
  let hi = b.hi;
  if (lo === hi) {
    // matplotlib's nonsingular expansion for a single value (5%, or 0.05 about zero), then the margins
    const d = (lo === 0 ? 1 : Math.abs(lo)) * 0.05 * (1 + 2 * margin);
    return [lo - d, hi + d];
  }
  const span = hi - lo;
  let plo = lo - margin * span;
  let phi = hi + margin * span;
  for (const s of b.sticky) {
    if (plo < s && s <= lo) plo = s;
    if (phi > s && s >= hi) phi = s;
  }
  return [plo, phi];
}

/**
 * The limits matplotlib draws an axes with an aspect and adjustable='datalim' at (its
 * apply_aspect): the axis with room to spare is widened about its centre until data units are
 * `aspect` times as tall as wide in a box of width x height px.
 */
export function datalimLimits(xlim: [number, number], ylim: [number, number], artists: readonly Artist[], aspect: number, width: number, height: number): { x: [number, number]; y: [number, number] } {
  const [xmin, xmax] = [Math.min(...xlim), Math.max(...xlim)];
  const [ymin, ymax] = [Math.min(...ylim), Math.max(...ylim)];
  const xsize = Math.max(xmax - xmin, 1e-30);
  const ysize = Math.max(ymax - ymin, 1e-30);
  const dataRatio = height / width / aspect;
  const yExpander = (dataRatio * xsize) / ysize - 1;
  if (Math.abs(yExpander) < 0.005) return { x: xlim, y: ylim };
  const d = autoLimits(artists, 0);
  const xr = 1.05 * (d.x[1] - d.x[0]);
  const yr = 1.05 * (d.y[1] - d.y[0]);
  const xmarg = xsize - xr;
  const ymarg = ysize - yr;
  const Ysize = dataRatio * xsize;
  const Xsize = ysize / dataRatio;
  const adjustY = xmarg > 0 && ymarg > 0 ? (Ysize - yr > 0 && yExpander < 0) || (Xsize - xr < 0 && yExpander > 0) : yExpander > 0;
  const orient = (lim: [number, number], lo: number, hi: number): [number, number] => (lim[0] > lim[1] ? [hi, lo] : [lo, hi]);
  if (adjustY) {
    const yc = 0.5 * (ymin + ymax);
    return { x: xlim, y: orient(ylim, yc - Ysize / 2, yc + Ysize / 2) };
  }
  const xc = 0.5 * (xmin + xmax);
  return { x: orient(xlim, xc - Xsize / 2, xc + Xsize / 2), y: ylim };
}

/** Autoscaled [x limits, y limits] (each ascending) for the artists, with `margin` (0 is "tight"; or one per axis, Axes.margins). */
export function autoLimits(artists: readonly Artist[], margin: number | { x: number; y: number } = MARGIN, scales?: { x: string; y: string }): { x: [number, number]; y: [number, number] } {
  const mx = typeof margin === "number" ? margin : margin.x;
  const my = typeof margin === "number" ? margin : margin.y;
  const bx: Bounds = { lo: Infinity, hi: -Infinity, minpos: Infinity, sticky: [] };
  const by: Bounds = { lo: Infinity, hi: -Infinity, minpos: Infinity, sticky: [] };
  // matplotlib autoscales an axis lazily, once some artist asked for it; every artist's data
  // counts then, also that of lines added with scalex/scaley=False or axlines inside the view
  const wantsX = artists.some((a) => requests(a, "x"));
  const wantsY = artists.some((a) => requests(a, "y"));
  for (const a of artists) {
    switch (a.kind) {
      case "line":
        extend(bx, finite(a.datalim?.x ?? a.x));
        extend(by, finite(a.datalim?.y ?? a.y));
        if (a.stickyX) bx.sticky.push(...a.stickyX);
        if (a.stickyY) by.sticky.push(...a.stickyY);
        if (a.limX) extend(bx, a.limX);
        if (a.limY) extend(by, a.limY);
        break;
      case "scatter":
        extend(bx, finite(a.x));
        extend(by, finite(a.y));
        break;
      case "image": {
        const [l, r, b, t] = a.extent;
        extend(bx, [l, r]);
        extend(by, [b, t]);
        bx.sticky.push(l, r);
        by.sticky.push(b, t);
        break;
      }
      case "rects":
        extend(bx, a.x0);
        extend(bx, a.x1);
        extend(by, a.y0);
        extend(by, a.y1);
        if (a.stickyX) bx.sticky.push(...a.stickyX);
        if (a.stickyY) by.sticky.push(...a.stickyY);
        break;
      case "axline":
        extend(a.orient === "h" ? by : bx, [a.value]);
        break;
      case "span":
        extend(a.orient === "h" ? by : bx, [a.lo, a.hi]);
        break;
      case "fill": {
        const [bt, bv] = a.orient === "v" ? [bx, by] : [by, bx];
        for (let i = 0; i < a.t.length; i++) {
          if (a.run[i] < 0) continue;
          extend(bt, [a.t[i]]);
          extend(bv, [a.lo[i], a.hi[i]]);
        }
        if (a.stickyY) by.sticky.push(...a.stickyY);
        if (a.stickyX) bx.sticky.push(...a.stickyX);
        break;
      }
      case "wedges":
        wedgeBounds(a, bx, by);
        break;
      case "mesh":
      case "contour": {
        const [x0, x1, y0, y1] = a.bounds;
        extend(bx, [x0, x1]);
        extend(by, [y0, y1]);
        bx.sticky.push(x0, x1);
        by.sticky.push(y0, y1);
        break;
      }
      case "segments": {
        const [bv, bs] = a.orient === "h" ? [by, bx] : [bx, by];
        extend(bv, finite(a.value));
        extend(bs, finite(a.lo));
        extend(bs, finite(a.hi));
        if (a.limX) extend(bx, a.limX);
        if (a.limY) extend(by, a.limY);
        break;
      }
    }
  }
  const padX = scales?.x === "log" ? padLog : pad;
  const padY = scales?.y === "log" ? padLog : pad;
  // symlog and logit axes pad in their transformed coordinates
  const px = scales ? scaleParams(scales, "x") : null;
  const py = scales ? scaleParams(scales, "y") : null;
  if (px !== null || py !== null) {
    return {
      // an empty logit axis spans (1e-7, 1 - 1e-7) and its margins, as matplotlib's
      x: wantsX || px?.name === "logit" ? (px !== null ? padTransformed(bx, mx, px) : padX(bx, mx)) : [0, 1],
      y: wantsY || py?.name === "logit" ? (py !== null ? padTransformed(by, my, py) : padY(by, my)) : [0, 1],
    };
  }
  return { x: wantsX ? padX(bx, mx) : [0, 1], y: wantsY ? padY(by, my) : [0, 1] };
}

/** A pie's data limits: the wedges' outlines (matplotlib's Bezier arcs stay within the circle's box). */
function wedgeBounds(a: WedgeArtist, bx: Bounds, by: Bounds): void {
  for (let i = 0; i < a.cx.length; i++) {
    const { xs, ys } = wedgeOutline(a, i);
    extend(bx, xs);
    extend(by, ys);
  }
}

/** Whether adding `a` asked matplotlib to autoscale that axis. */
function requests(a: Artist, axis: "x" | "y"): boolean {
  switch (a.kind) {
    case "line": return axis === "x" ? a.scalex !== false : a.scaley !== false;
    case "axline": return (a.orient === "h") === (axis === "y") && a.scale !== false;
    case "span": return (a.orient === "h") === (axis === "y");
    case "text": return false;
    default: return true;
  }
}

function finite(values: Float64Array): Float64Array {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) return values.filter(Number.isFinite);
  }
  return values;
}

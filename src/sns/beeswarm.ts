/**
 * seaborn 0.12's Beeswarm: points of one category moved along the category axis, in display
 * points, so that no two overlap. seaborn runs it at draw time through the Axes' transData, so
 * the positions depend on the figure's size and dpi, the subplot's box (matplotlib's
 * figure.subplot.* grid without tight_layout) and the axes limits; this module rebuilds that
 * affine transform with matplotlib's arithmetic so candidates tie and sort as they do there.
 */
import type { Axes } from "../plt/axes";
import { rcParams } from "../plt/rcparams";
import { argQuicksort } from "../np/argquicksort";

/** One axis of transData: pixel = scale * value + offset (matplotlib's composed affine). */
interface AxisTransform {
  scale: number;
  offset: number;
}

/** Edges (in figure fractions) of gridspec cells along one direction, as GridSpec.get_grid_positions. */
function cellEdges(n: number, lo: number, hi: number, space: number): [number[], number[]] {
  const cell = (hi - lo) / (n + space * (n - 1));
  const sep = space * cell;
  const norm = (cell * n) / n;
  const starts: number[] = [];
  const ends: number[] = [];
  let acc = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) acc += sep;
    starts.push(acc);
    acc += norm;
    ends.push(acc);
  }
  return [starts, ends];
}

/** The subplot's box in display pixels: [x0, x1, y0, y1]. */
function axesBox(ax: Axes): [number, number, number, number] {
  const fig = ax.figure;
  const p = ax.position as { nrows: number; ncols: number; row: number; col: number; rowspan?: number; colspan?: number };
  const num = (k: string) => Number(rcParams[k]);
  const [left, right, bottom, top] = [num("figure.subplot.left"), num("figure.subplot.right"), num("figure.subplot.bottom"), num("figure.subplot.top")];
  const [ls, le] = cellEdges(p.ncols, left, right, num("figure.subplot.wspace"));
  const [ts, te] = cellEdges(p.nrows, bottom, top, num("figure.subplot.hspace"));
  const x0 = left + ls[p.col];
  const x1 = left + le[p.col + (p.colspan ?? 1) - 1];
  const y1 = top - ts[p.row];
  const y0 = top - te[p.row + (p.rowspan ?? 1) - 1];
  const w = fig.figsize[0] * fig.dpi;
  const h = fig.figsize[1] * fig.dpi;
  return [w * x0, w * x1, h * y0, h * y1];
}

/** BboxTransformFrom(viewLim) then BboxTransformTo(axes box), composed as matplotlib's 3x3 product. */
function axisTransform(lim: [number, number], out0: number, out1: number): AxisTransform {
  const s = 1 / (lim[1] - lim[0]);
  const width = out1 - out0;
  return { scale: width * s, offset: width * (-lim[0] * s) + out0 };
}

/** Moves each swarm's points (given at the center) along the category axis, in place. */
export function placeSwarms(ax: Axes, swarms: { center: number; cat: Float64Array; value: Float64Array; radius: number }[], orient: "v" | "h", width: number): number[] {
  const [bx0, bx1, by0, by1] = axesBox(ax);
  const tx = axisTransform(ax.get_xlim(), bx0, bx1);
  const ty = axisTransform(ax.get_ylim(), by0, by1);
  const [tc, tv] = orient === "v" ? [tx, ty] : [ty, tx];
  const offAll: number[] = [];
  for (const s of swarms) {
    const n = s.value.length;
    if (n <= 1) continue;
    const cx = tc.scale * s.center + tc.offset;
    const vy = Float64Array.from(s.value, (v) => tv.scale * v + tv.offset);
    const sorter = Array.from({ length: n }, (_, i) => i);
    argQuicksort(vy, sorter);
    const xs = new Float64Array(n).fill(cx);
    const ys = Float64Array.from(sorter, (i) => vy[i]);
    const placed = beeswarm(xs, ys, s.radius);
    const low = s.center - width / 2;
    const high = s.center + width / 2;
    let off = 0;
    sorter.forEach((row, k) => {
      // matplotlib's inverse affine, then seaborn's gutters
      let v = placed[k] * (1 / tc.scale) + -tc.offset / tc.scale;
      if (v < low) (v = low), off++;
      else if (v > high) (v = high), off++;
      s.cat[row] = v;
    });
    offAll.push(off / n);
  }
  return offAll;
}

/** seaborn's Beeswarm.beeswarm: x positions of points sorted by y, all of radius r. */
function beeswarm(x: Float64Array, y: Float64Array, r: number): Float64Array {
  const n = x.length;
  const midline = x[0];
  const sx = new Float64Array(n);
  sx[0] = x[0];
  const cand: number[] = [];
  const offsets: number[] = [];
  for (let i = 1; i < n; i++) {
    const yi = y[i];
    // the swarm's points that could overlap, found backwards until one is too far below
    let first = i;
    while (first > 0 && yi - y[first - 1] < r + r) first--;
    cand.length = 0;
    cand.push(x[i]);
    let leftFirst = true;
    for (let j = first; j < i; j++) {
      const dy = yi - y[j];
      const dx = Math.sqrt(Math.max((r + r) ** 2 - dy ** 2, 0)) * 1.05;
      if (leftFirst) cand.push(sx[j] - dx, sx[j] + dx);
      else cand.push(sx[j] + dx, sx[j] - dx);
      leftFirst = !leftFirst;
    }
    offsets.length = 0;
    for (const c of cand) offsets.push(Math.abs(c - midline));
    const order = cand.map((_, k) => k);
    argQuicksort(offsets, order);
    let chosen = cand[order[0]];
    if (first < i) {
      const need = (r + r) ** 2;
      for (const k of order) {
        const c = cand[k];
        let good = true;
        for (let j = first; j < i; j++) {
          const dx = sx[j] - c;
          const dy = y[j] - yi;
          if (!(dx * dx + dy * dy >= need)) {
            good = false;
            break;
          }
        }
        if (good) {
          chosen = c;
          break;
        }
      }
    }
    sx[i] = chosen;
  }
  return sx;
}

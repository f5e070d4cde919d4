/**
 * `skimage.measure.find_contours` (0.19): marching squares over each 2x2 cell (scikit-image's
 * case table and saddle choice), then the segments joined into contours in scikit-image's order.
 */
import { NDArray } from "../../np/ndarray";
import { float64 } from "../../np/dtype";
import { PyTypeError, ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { ARRAY_OR_NONE } from "../morphology/_support";

const FIND_CONTOURS = signature("skimage.measure.find_contours(image, level=None, fully_connected='low', positive_orientation='low', *, mask=None)", {
  types: { image: "array_like", level: "float|None", fully_connected: "str", positive_orientation: "str", mask: ARRAY_OR_NONE },
});

/** Keyword arguments of find_contours. */
export interface FindContoursOptions {
  /** The iso-value (default: halfway between the image's min and max). */
  level?: number | null;
  /** 'high': pixels above the level are 8-connected at saddles; 'low' (default): below. */
  fully_connected?: "low" | "high";
  /** 'low' (default): contours wind clockwise around low regions... as scikit-image. */
  positive_orientation?: "low" | "high";
  /** Cells with a pixel outside the mask are skipped. */
  mask?: NDArrayLike | null;
}

type Point = [number, number];

function fraction(from: number, to: number, level: number): number {
  return to === from ? 0 : (level - from) / (to - from);
}

/** The directed segments of every cell, in scikit-image's order. */
function segmentsOf(v: Float64Array, rows: number, cols: number, level: number, high: boolean, mask: Float64Array | null): [Point, Point][] {
  const segs: [Point, Point][] = [];
  for (let r0 = 0; r0 < rows - 1; r0++) {
    for (let c0 = 0; c0 < cols - 1; c0++) {
      const r1 = r0 + 1;
      const c1 = c0 + 1;
      if (mask && !(mask[r0 * cols + c0] && mask[r0 * cols + c1] && mask[r1 * cols + c0] && mask[r1 * cols + c1])) continue;
      const ul = v[r0 * cols + c0];
      const ur = v[r0 * cols + c1];
      const ll = v[r1 * cols + c0];
      const lr = v[r1 * cols + c1];
      if (Number.isNaN(ul) || Number.isNaN(ur) || Number.isNaN(ll) || Number.isNaN(lr)) continue;
      const sq = (ul > level ? 1 : 0) + (ur > level ? 2 : 0) + (ll > level ? 4 : 0) + (lr > level ? 8 : 0);
      if (sq === 0 || sq === 15) continue;
      const top: Point = [r0, c0 + fraction(ul, ur, level)];
      const bottom: Point = [r1, c0 + fraction(ll, lr, level)];
      const left: Point = [r0 + fraction(ul, ll, level), c0];
      const right: Point = [r0 + fraction(ur, lr, level), c1];
      switch (sq) {
        case 1: segs.push([top, left]); break;
        case 2: segs.push([right, top]); break;
        case 3: segs.push([right, left]); break;
        case 4: segs.push([left, bottom]); break;
        case 5: segs.push([top, bottom]); break;
        case 6:
          if (high) segs.push([left, top], [right, bottom]);
          else segs.push([right, top], [left, bottom]);
          break;
        case 7: segs.push([right, bottom]); break;
        case 8: segs.push([bottom, right]); break;
        case 9:
          if (high) segs.push([top, right], [bottom, left]);
          else segs.push([top, left], [bottom, right]);
          break;
        case 10: segs.push([bottom, top]); break;
        case 11: segs.push([bottom, left]); break;
        case 12: segs.push([left, right]); break;
        case 13: segs.push([top, right]); break;
        case 14: segs.push([left, top]); break;
      }
    }
  }
  return segs;
}

/**
 * A contour growing at both ends, as Python's deque: points before the start are kept reversed
 * in `front`, the rest in order in `back`.
 */
class Contour {
  front: Point[] = [];
  back: Point[];
  constructor(readonly num: number, from: Point, to: Point) {
    this.back = [from, to];
  }
  first(): Point {
    return this.front.length ? this.front[this.front.length - 1] : this.back[0];
  }
  last(): Point {
    return this.back.length ? this.back[this.back.length - 1] : this.front[0];
  }
  append(p: Point): void {
    this.back.push(p);
  }
  prepend(p: Point): void {
    this.front.push(p);
  }
  points(): Point[] {
    return this.front.slice().reverse().concat(this.back);
  }
}

/** Contours by end point, keyed on the point's two coordinates (exact, as Python's tuple keys). */
class PointMap {
  private readonly rows = new Map<number, Map<number, Contour>>();
  get(p: Point): Contour | undefined {
    return this.rows.get(p[0])?.get(p[1]);
  }
  set(p: Point, c: Contour): void {
    let row = this.rows.get(p[0]);
    if (!row) this.rows.set(p[0], (row = new Map()));
    row.set(p[1], c);
  }
  delete(p: Point): void {
    this.rows.get(p[0])?.delete(p[1]);
  }
}

/** scikit-image's _assemble_contours: segments joined at equal end points (compared exactly). */
function assemble(segments: [Point, Point][]): Point[][] {
  const contours = new Map<number, Contour>();
  const starts = new PointMap();
  const ends = new PointMap();
  let current = 0;
  for (const [from, to] of segments) {
    if (from[0] === to[0] && from[1] === to[1]) continue;
    const tail = starts.get(to);
    if (tail) starts.delete(to);
    const head = ends.get(from);
    if (head) ends.delete(from);
    if (tail && head) {
      if (tail === head) {
        head.append(to);
      } else if (tail.num > head.num) {
        // head.extend(tail)
        for (const p of tail.points()) head.append(p);
        contours.delete(tail.num);
        starts.set(head.first(), head);
        ends.set(head.last(), head);
      } else {
        // tail.extendleft(reversed(head))
        const hp = head.points();
        for (let i = hp.length - 1; i >= 0; i--) tail.prepend(hp[i]);
        starts.delete(hp[0]);
        contours.delete(head.num);
        starts.set(tail.first(), tail);
        ends.set(tail.last(), tail);
      }
    } else if (!tail && !head) {
      const c = new Contour(current, from, to);
      contours.set(current, c);
      starts.set(from, c);
      ends.set(to, c);
      current++;
    } else if (!head) {
      tail!.prepend(from);
      starts.set(from, tail!);
    } else {
      head.append(to);
      ends.set(to, head);
    }
  }
  return [...contours.entries()].sort((x, y) => x[0] - y[0]).map(([, c]) => c.points());
}

/**
 * `skimage.measure.find_contours(image, level=None, fully_connected='low',
 * positive_orientation='low', *, mask=None)`: iso-valued contours of a 2-D image, each an
 * (n, 2) float64 array of (row, column) points; closed contours repeat their first point.
 */
export function find_contours(image: NDArrayLike, ...rest: PyArgs<[level: number | null, fully_connected: "low" | "high", positive_orientation: "low" | "high", options: FindContoursOptions], FindContoursOptions>): NDArray[];
export function find_contours(...args: unknown[]): NDArray[] {
  const { image, level, fully_connected, positive_orientation, mask } = FIND_CONTOURS.bind(args);
  if (fully_connected !== "high" && fully_connected !== "low") throw new ValueError('Parameters "fully_connected" must be either "high" or "low".');
  if (positive_orientation !== "high" && positive_orientation !== "low") throw new ValueError('Parameters "positive_orientation" must be either "high" or "low".');
  const img = asNDArray(image);
  if (img.shape[0] < 2 || img.shape[1] < 2) throw new ValueError("Input array must be at least 2x2.");
  if (img.ndim !== 2) throw new ValueError("Only 2D arrays are supported.");
  const v = readFloat64(img);
  let m: Float64Array | null = null;
  if (mask !== null) {
    const mk = asNDArray(mask, "mask");
    if (mk.shape.length !== 2 || mk.shape[0] !== img.shape[0] || mk.shape[1] !== img.shape[1]) throw new ValueError('Parameters "array" and "mask" must have same shape.');
    if (mk.dtype.kind !== "b") throw new PyTypeError('Parameter "mask" must be a binary array.');
    m = readFloat64(mk);
  }
  let lv = level;
  if (lv === null) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < v.length; i++) {
      if (v[i] < lo) lo = v[i];
      if (v[i] > hi) hi = v[i];
    }
    lv = (lo + hi) / 2.0;
  }
  const contours = assemble(segmentsOf(v, img.shape[0], img.shape[1], lv, fully_connected === "high", m));
  return contours.map((pts) => {
    const ordered = positive_orientation === "high" ? pts.slice().reverse() : pts;
    const data = new Float64Array(ordered.length * 2);
    ordered.forEach((p, i) => {
      data[2 * i] = p[0];
      data[2 * i + 1] = p[1];
    });
    return NDArray.fromStorage(data, [ordered.length, 2], float64);
  });
}
pyfunction(FIND_CONTOURS, find_contours);

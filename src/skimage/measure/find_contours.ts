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

interface Contour {
  pts: Point[];
  num: number;
}

/** scikit-image's _assemble_contours: segments joined at equal end points (compared exactly). */
function assemble(segments: [Point, Point][]): Point[][] {
  const key = (p: Point) => `${p[0]},${p[1]}`;
  const contours = new Map<number, Contour>();
  const starts = new Map<string, Contour>();
  const ends = new Map<string, Contour>();
  let current = 0;
  for (const [from, to] of segments) {
    if (from[0] === to[0] && from[1] === to[1]) continue;
    const kt = key(to);
    const kf = key(from);
    const tail = starts.get(kt);
    if (tail) starts.delete(kt);
    const head = ends.get(kf);
    if (head) ends.delete(kf);
    if (tail && head) {
      if (tail === head) {
        head.pts.push(to);
      } else if (tail.num > head.num) {
        head.pts.push(...tail.pts);
        contours.delete(tail.num);
        starts.set(key(head.pts[0]), head);
        ends.set(key(head.pts[head.pts.length - 1]), head);
      } else {
        tail.pts.unshift(...head.pts);
        starts.delete(key(head.pts[0]));
        contours.delete(head.num);
        starts.set(key(tail.pts[0]), tail);
        ends.set(key(tail.pts[tail.pts.length - 1]), tail);
      }
    } else if (!tail && !head) {
      const c: Contour = { pts: [from, to], num: current };
      contours.set(current, c);
      starts.set(kf, c);
      ends.set(kt, c);
      current++;
    } else if (!head) {
      tail!.pts.unshift(from);
      starts.set(kf, tail!);
    } else {
      head.pts.push(to);
      ends.set(kt, head);
    }
  }
  return [...contours.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c.pts);
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

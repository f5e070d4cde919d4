/** `skimage.draw.polygon`, `ellipse`, `disk` and `rectangle` (0.19): filled shapes' pixels. */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { bool, float64, int64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";
import { intp, pyMod } from "./_coords";

function flat(x: NDArrayLike, name: string): Float64Array {
  return Float64Array.from(contiguousStorage(asNDArray(x, name)));
}

/** O'Rourke's crossing test: 0 outside, 1 inside, 2 vertex, 3 edge (scikit-image's geometry). */
function pointInPolygon(xp: Float64Array, yp: Float64Array, x: number, y: number): number {
  const n = xp.length;
  const eps = 1e-12;
  let x1 = xp[n - 1] - x;
  let y1 = yp[n - 1] - y;
  let right = 0;
  let left = 0;
  for (let i = 0; i < n; i++) {
    const x0 = xp[i] - x;
    const y0 = yp[i] - y;
    if (-eps < x0 && x0 < eps && -eps < y0 && y0 < eps) return 2;
    if (y0 > 0 !== y1 > 0 && (x0 * y1 - x1 * y0) / (y1 - y0) > 0) right++;
    if (y0 < 0 !== y1 < 0 && (x0 * y1 - x1 * y0) / (y1 - y0) < 0) left++;
    x1 = x0;
    y1 = y0;
  }
  if ((right & 1) !== (left & 1)) return 3;
  return right & 1 ? 1 : 0;
}

const POLYGON = signature("skimage.draw.polygon(r, c, shape=None)", {
  types: { r: "array_like", c: "array_like", shape: "sequence|None" },
});

/**
 * `skimage.draw.polygon(r, c, shape=None)`: `[rr, cc]`, the pixels inside the polygon with
 * vertex rows `r` and columns `c` (edges and vertices count as inside), row by row.
 */
export function polygon(r: NDArrayLike, c: NDArrayLike, shape?: readonly number[] | null | { shape?: readonly number[] | null }): [NDArray, NDArray];
export function polygon(...args: unknown[]): [NDArray, NDArray] {
  const b = POLYGON.bind(args);
  const rv = flat(b.r, "r");
  const cv = flat(b.c, "c");
  let rmin = Infinity, rmax = -Infinity, cmin = Infinity, cmax = -Infinity;
  for (const v of rv) {
    rmin = Math.min(rmin, v);
    rmax = Math.max(rmax, v);
  }
  for (const v of cv) {
    cmin = Math.min(cmin, v);
    cmax = Math.max(cmax, v);
  }
  const minr = Math.trunc(Math.max(0, rmin));
  let maxr = Math.ceil(rmax);
  const minc = Math.trunc(Math.max(0, cmin));
  let maxc = Math.ceil(cmax);
  if (b.shape !== null) {
    maxr = Math.min(b.shape[0] - 1, maxr);
    maxc = Math.min(b.shape[1] - 1, maxc);
  }
  const rr: number[] = [];
  const cc: number[] = [];
  for (let ri = minr; ri <= maxr; ri++) {
    for (let ci = minc; ci <= maxc; ci++) {
      if (pointInPolygon(cv, rv, ci, ri)) {
        rr.push(ri);
        cc.push(ci);
      }
    }
  }
  return [intp(rr), intp(cc)];
}
pyfunction(POLYGON, polygon);

const ELLIPSE = signature("skimage.draw.ellipse(r, c, r_radius, c_radius, shape=None, rotation=0.0)", {
  types: { r: "float", c: "float", r_radius: "float", c_radius: "float", shape: "sequence|None", rotation: "float" },
});

/** Keyword arguments of ellipse. */
export interface EllipseOptions {
  shape?: readonly number[] | null;
  rotation?: number;
}

function ellipseCoords(r: number, c: number, rRad: number, cRad: number, shape: readonly number[] | null, rotation: number): [NDArray, NDArray] {
  const rot = pyMod(rotation, Math.PI);
  const sin = Math.sin(rot);
  const cos = Math.cos(rot);
  const rRot = Math.abs(rRad * cos) + cRad * sin;
  const cRot = rRad * sin + Math.abs(cRad * cos);
  let top = Math.ceil(r - rRot);
  let left = Math.ceil(c - cRot);
  let bottom = Math.floor(r + rRot);
  let right = Math.floor(c + cRot);
  if (shape !== null) {
    top = Math.max(top, 0);
    left = Math.max(left, 0);
    bottom = Math.min(bottom, shape[0] - 1);
    right = Math.min(right, shape[1] - 1);
  }
  const r0 = r - top;
  const c0 = c - left;
  const h = Math.max(bottom - top + 1, 0);
  const w = Math.max(right - left + 1, 0);
  const rr = new Float64Array(h * w);
  const cc = new Float64Array(h * w);
  let n = 0;
  for (let i = 0; i < h; i++) {
    const dr = i - r0;
    for (let j = 0; j < w; j++) {
      const dc = j - c0;
      const a = (dr * cos + dc * sin) / rRad;
      const bb = (dr * sin - dc * cos) / cRad;
      if (a * a + bb * bb < 1) {
        rr[n] = i + top;
        cc[n++] = j + left;
      }
    }
  }
  return [intp(rr.slice(0, n)), intp(cc.slice(0, n))];
}

/**
 * `skimage.draw.ellipse(r, c, r_radius, c_radius, shape=None, rotation=0.0)`: `[rr, cc]`, the
 * pixels strictly inside the ellipse centred at (r, c), rotated by `rotation` radians
 * (clipped to `shape` when given).
 */
export function ellipse(
  r: number, c: number, r_radius: number, c_radius: number,
  ...rest: PyArgs<[shape: readonly number[] | null, rotation: number, options: EllipseOptions], EllipseOptions>
): [NDArray, NDArray];
export function ellipse(...args: unknown[]): [NDArray, NDArray] {
  const b = ELLIPSE.bind(args);
  return ellipseCoords(b.r, b.c, b.r_radius, b.c_radius, b.shape, b.rotation);
}
pyfunction(ELLIPSE, ellipse);

const DISK = signature("skimage.draw.disk(center, radius, *, shape=None)", {
  types: { center: "sequence", radius: "float", shape: "sequence|None" },
});

/** `skimage.draw.disk(center, radius, *, shape=None)`: `[rr, cc]`, the pixels strictly inside the circle. */
export function disk(center: readonly number[], radius: number, options?: { shape?: readonly number[] | null }): [NDArray, NDArray];
export function disk(...args: unknown[]): [NDArray, NDArray] {
  const b = DISK.bind(args);
  const [r, c] = b.center as number[];
  return ellipseCoords(r, c, b.radius, b.radius, b.shape, 0);
}
pyfunction(DISK, disk);

const RECTANGLE = signature("skimage.draw.rectangle(start, end=None, extent=None, shape=None)", {
  types: { start: "sequence", end: "sequence|None", extent: "sequence|None", shape: "sequence|None" },
});

/** Keyword arguments of rectangle. */
export interface RectangleOptions {
  end?: readonly number[] | null;
  extent?: readonly number[] | null;
  shape?: readonly number[] | null;
}

/**
 * `skimage.draw.rectangle(start, end=None, extent=None, shape=None)`: the coordinate grids
 * of the rectangle from `start` to `end` (inclusive) or of size `extent`, as np.meshgrid gives
 * them (default 'xy' indexing: 2-D grids are shaped (columns, rows)).
 */
export function rectangle(start: readonly number[], ...rest: PyArgs<[end: readonly number[] | null, extent: readonly number[] | null, shape: readonly number[] | null, options: RectangleOptions], RectangleOptions>): NDArray[];
export function rectangle(...args: unknown[]): NDArray[] {
  const b = RECTANGLE.bind(args);
  const start = b.start as number[];
  if (b.end === null && b.extent === null) throw new ValueError("Either `end` or `extent` must be given.");
  if (b.end !== null && b.extent !== null) throw new ValueError("Cannot provide both `end` and `extent`.");
  const end: number[] = b.extent !== null ? start.map((s, k) => s + (b.extent as number[])[k]) : (b.end as number[]).slice();
  let tl = start.map((s, k) => Math.min(s, end[k]));
  let br = start.map((s, k) => Math.max(s, end[k]));
  if (b.extent === null) br = br.map((v) => v + 1);
  const isFloat = [...start, ...end].some((v) => !Number.isInteger(v));
  if (b.shape !== null) {
    const shp = b.shape as number[];
    br = br.map((v, k) => Math.min(shp[k], v));
    tl = tl.map((v) => Math.max(0, v));
  }
  const axes = tl.map((t, k) => {
    const vals: number[] = [];
    for (let v = t; v < br[k]; v++) vals.push(v);
    return vals;
  });
  // np.meshgrid with indexing='xy': the first two output axes are swapped
  const n = axes.length;
  const outShape = axes.map((a) => a.length);
  if (n >= 2) [outShape[0], outShape[1]] = [outShape[1], outShape[0]];
  const size = outShape.reduce((p, q) => p * q, 1);
  return axes.map((vals, k) => {
    const data = new Float64Array(size);
    const idx = new Array<number>(n).fill(0);
    // output axis holding input axis k
    const at = n >= 2 && k < 2 ? 1 - k : k;
    for (let p = 0; p < size; p++) {
      data[p] = vals[idx[at]];
      for (let d = n - 1; d >= 0; d--) {
        if (++idx[d] < outShape[d]) break;
        idx[d] = 0;
      }
    }
    return NDArray.fromStorage(data, outShape.slice(), isFloat ? float64 : int64);
  });
}
pyfunction(RECTANGLE, rectangle);

const POLYGON2MASK = signature("skimage.draw.polygon2mask(image_shape, polygon)", {
  types: { image_shape: "sequence", polygon: "array_like" },
});

/**
 * `skimage.draw.polygon2mask(image_shape, polygon)`: a bool mask of `image_shape`, true inside
 * the polygon given as an (N, 2) array of (row, column) vertices.
 */
export function polygon2mask(image_shape: readonly number[], polygon: NDArrayLike): NDArray;
export function polygon2mask(...args: unknown[]): NDArray {
  const { image_shape, polygon: poly } = POLYGON2MASK.bind(args);
  const shape = (image_shape as number[]).slice();
  const p = asNDArray(poly as NDArrayLike, "polygon");
  if (p.ndim !== 2 || p.shape[1] !== 2) throw new ValueError("too many values to unpack (expected 2)");
  const v = contiguousStorage(p);
  const n = p.shape[0];
  const rows = Float64Array.from({ length: n }, (_, k) => v[2 * k]);
  const cols = Float64Array.from({ length: n }, (_, k) => v[2 * k + 1]);
  const [rr, cc] = polygon(NDArray.fromStorage(rows, [n], float64), NDArray.fromStorage(cols, [n], float64), shape);
  const mask = new Uint8Array(shape.reduce((a, b) => a * b, 1));
  const w = shape[1];
  // trailing axes (a channel axis) are set whole, as mask[rr, cc] = True does
  const inner = shape.slice(2).reduce((a, b) => a * b, 1);
  for (let k = 0; k < rr.size; k++) mask.fill(1, (rr.data[k] * w + cc.data[k]) * inner, (rr.data[k] * w + cc.data[k] + 1) * inner);
  return NDArray.fromStorage(mask, shape, bool);
}
pyfunction(POLYGON2MASK, polygon2mask);

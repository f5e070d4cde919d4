/**
 * `skimage.morphology.convex_hull_image` (0.19) in 2-D: the hull of the pixels' edge midpoints
 * (each pixel centre +- 0.5 along each axis), then every grid point inside or on it.
 */
import { NDArray } from "../../np/ndarray";
import { bool } from "../../np/dtype";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64, readStorage, warn } from "../_internal/arrays";
import { NotImplementedError, ValueError } from "../../errors";
import { labelComponents } from "../../scipy/ndimage/label";
import { binaryStructure } from "../../scipy/ndimage/structure";

const CONVEX_HULL_IMAGE = signature("skimage.morphology.convex_hull_image(image, offset_coordinates=True, tolerance=1e-10)", {
  types: { image: "array_like", offset_coordinates: "bool", tolerance: "float" },
  // scikit-image reads tolerance only on its N-D path, which is not supported here
  unsupported: ["tolerance"],
});

/** Keyword arguments of convex_hull_image. */
export interface ConvexHullOptions {
  /** Take the pixels' edge midpoints rather than their centres (default true). */
  offset_coordinates?: boolean;
  /** Used by scikit-image for 3-D images only: not supported (NotImplementedError). */
  tolerance?: number;
}

/**
 * `skimage.morphology.convex_hull_image(image, offset_coordinates=True, tolerance=1e-10)`: the
 * smallest convex polygon around the set pixels, rasterised (bool). 2-D images only here.
 */
export function convex_hull_image(image: NDArrayLike, ...rest: PyArgs<[offset_coordinates: boolean, tolerance: number, options: ConvexHullOptions], ConvexHullOptions>): NDArray;
export function convex_hull_image(...args: unknown[]): NDArray {
  const { image, offset_coordinates } = CONVEX_HULL_IMAGE.bind(args);
  const img = asNDArray(image);
  if (img.ndim !== 2) throw new NotImplementedError("convex_hull_image() is supported for 2-D images only");
  const [rows, cols] = img.shape;
  const v = readFloat64(img);
  const pts: [number, number][] = [];
  // the first and last set pixel of each row and column bound the hull (scikit-image's possible_hull)
  for (let r = 0; r < rows; r++) {
    let first = -1;
    let last = -1;
    for (let c = 0; c < cols; c++) if (v[r * cols + c]) (first < 0 && (first = c), (last = c));
    if (first >= 0) pts.push([r, first], [r, last]);
  }
  for (let c = 0; c < cols; c++) {
    let first = -1;
    let last = -1;
    for (let r = 0; r < rows; r++) if (v[r * cols + c]) (first < 0 && (first = r), (last = r));
    if (first >= 0) pts.push([first, c], [last, c]);
  }
  if (pts.length === 0) {
    warn("Input image is entirely zero, no valid convex hull. Returning empty image");
    return NDArray.fromStorage(new Uint8Array(rows * cols), [rows, cols], bool);
  }
  return NDArray.fromStorage(hullMask([rows, cols], pts, offset_coordinates), [rows, cols], bool);
}
pyfunction(CONVEX_HULL_IMAGE, convex_hull_image);

const CONVEX_HULL_OBJECT = signature("skimage.morphology.convex_hull_object(image, *, connectivity=2)", {
  types: { image: "array_like", connectivity: "int" },
});

/**
 * `skimage.morphology.convex_hull_object(image, *, connectivity=2)`: the union of the convex
 * hulls of each connected object (2-D, bool).
 */
export function convex_hull_object(image: NDArrayLike, options?: { connectivity?: 1 | 2 }): NDArray;
export function convex_hull_object(...args: unknown[]): NDArray {
  const { image, connectivity } = CONVEX_HULL_OBJECT.bind(args);
  const img = asNDArray(image);
  if (img.ndim > 2) throw new ValueError("Input must be a 2D image");
  if (connectivity !== 1 && connectivity !== 2) throw new ValueError("`connectivity` must be either 1 or 2.");
  const [rows, cols] = img.shape;
  const s = binaryStructure(2, connectivity);
  const src = readStorage(img);
  const { labels, count } = labelComponents(src, img.shape, s.data as Uint8Array, s.shape, 0);
  const out = new Uint8Array(rows * cols);
  // each object's hull from the possible-hull points inside its bounding box (the same point
  // set convex_hull_image finds in the object's own image)
  const boxes = new Int32Array(4 * count).fill(-1);
  for (let r = 0, i = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++, i++) {
      const l = labels[i];
      if (l === 0) continue;
      const b = 4 * (l - 1);
      if (boxes[b] < 0) {
        boxes[b] = r;
        boxes[b + 2] = c;
        boxes[b + 3] = c;
      }
      boxes[b + 1] = r;
      if (c < boxes[b + 2]) boxes[b + 2] = c;
      if (c > boxes[b + 3]) boxes[b + 3] = c;
    }
  }
  for (let l = 1; l <= count; l++) {
    const [r0, r1, c0, c1] = boxes.subarray(4 * (l - 1), 4 * l);
    if (r0 < 0) continue;
    const pts: [number, number][] = [];
    for (let r = r0; r <= r1; r++) {
      let first = -1;
      let last = -1;
      for (let c = c0; c <= c1; c++) if (labels[r * cols + c] === l) (first < 0 && (first = c), (last = c));
      if (first >= 0) pts.push([r, first], [r, last]);
    }
    for (let c = c0; c <= c1; c++) {
      let first = -1;
      let last = -1;
      for (let r = r0; r <= r1; r++) if (labels[r * cols + c] === l) (first < 0 && (first = r), (last = r));
      if (first >= 0) pts.push([first, c], [last, c]);
    }
    paintHull(out, [rows, cols], pts, true);
  }
  return NDArray.fromStorage(out, [rows, cols], bool);
}
pyfunction(CONVEX_HULL_OBJECT, convex_hull_object);

/** Grid points of `shape` inside or on the convex hull of `points` (offset by +-0.5 when `offset`). */
export function hullMask(shape: readonly number[], points: readonly [number, number][], offset = true): Uint8Array {
  const mask = new Uint8Array(shape[0] * shape[1]);
  paintHull(mask, shape, points, offset);
  return mask;
}

/**
 * Sets the grid points of `mask` inside or on the convex hull of `points`: only those in the
 * hull's bounding box are tested (a point outside it is outside the polygon).
 */
function paintHull(mask: Uint8Array, shape: readonly number[], points: readonly [number, number][], offset: boolean): void {
  let pts = points;
  if (offset) {
    const out: [number, number][] = [];
    for (const [r, c] of points) out.push([r - 0.5, c], [r + 0.5, c], [r, c - 0.5], [r, c + 0.5]);
    pts = out;
  }
  const hull = convexHull(pts);
  const [rows, cols] = shape;
  if (hull.length < 3) {
    warn("Failed to get convex hull image. Returning empty image: the points are collinear");
    return;
  }
  let rLo = Infinity;
  let rHi = -Infinity;
  let cLo = Infinity;
  let cHi = -Infinity;
  for (const [r, c] of hull) {
    rLo = Math.min(rLo, r);
    rHi = Math.max(rHi, r);
    cLo = Math.min(cLo, c);
    cHi = Math.max(cHi, c);
  }
  // a margin well above inPolygon's vertex tolerance, for hulls off the half-pixel grid
  const r0 = Math.max(0, Math.ceil(rLo - 1e-9));
  const r1 = Math.min(rows - 1, Math.floor(rHi + 1e-9));
  const c0 = Math.max(0, Math.ceil(cLo - 1e-9));
  const c1 = Math.min(cols - 1, Math.floor(cHi + 1e-9));
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (inPolygon(hull, r, c)) mask[r * cols + c] = 1;
}

/** Andrew's monotone chain: the hull's vertices in order, collinear points dropped. */
export function convexHull(points: readonly [number, number][]): [number, number][] {
  const p = points.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const cross = (o: [number, number], a: [number, number], b: [number, number]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: [number, number][] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], q) <= 0) upper.pop();
    upper.push(q);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/**
 * Inside, on an edge or on a vertex of the polygon: scikit-image's point_in_polygon (O'Rourke's
 * crossing counts to the right and to the left, vertices within 1e-12), any of the three is true.
 */
export function inPolygon(poly: readonly (readonly [number, number])[], x: number, y: number): boolean {
  const n = poly.length;
  const eps = 1e-12;
  let x1 = poly[n - 1][0] - x;
  let y1 = poly[n - 1][1] - y;
  let right = 0;
  let left = 0;
  for (let i = 0; i < n; i++) {
    const x0 = poly[i][0] - x;
    const y0 = poly[i][1] - y;
    if (-eps < x0 && x0 < eps && -eps < y0 && y0 < eps) return true;
    if (y0 > 0 !== y1 > 0 && (x0 * y1 - x1 * y0) / (y1 - y0) > 0) right++;
    if (y0 < 0 !== y1 < 0 && (x0 * y1 - x1 * y0) / (y1 - y0) < 0) left++;
    x1 = x0;
    y1 = y0;
  }
  // an edge when the parities differ, inside when the right crossings are odd
  return (right & 1) !== (left & 1) || (right & 1) === 1;
}

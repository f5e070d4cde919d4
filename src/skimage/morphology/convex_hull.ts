/**
 * `skimage.morphology.convex_hull_image` (0.19) in 2-D: the hull of the pixels' edge midpoints
 * (each pixel centre +- 0.5 along each axis), then every grid point inside or on it.
 */
import { NDArray } from "../../np/ndarray";
import { bool } from "../../np/dtype";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64, warn } from "../_internal/arrays";
import { NotImplementedError } from "../../errors";

const CONVEX_HULL_IMAGE = signature("skimage.morphology.convex_hull_image(image, offset_coordinates=True, tolerance=1e-10)", {
  types: { image: "array_like", offset_coordinates: "bool", tolerance: "float" },
});

/** Keyword arguments of convex_hull_image. */
export interface ConvexHullOptions {
  /** Take the pixels' edge midpoints rather than their centres (default true). */
  offset_coordinates?: boolean;
  /** Used by scikit-image for 3-D images only. */
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

/** Grid points of `shape` inside or on the convex hull of `points` (offset by +-0.5 when `offset`). */
export function hullMask(shape: readonly number[], points: readonly [number, number][], offset = true): Uint8Array {
  let pts = points;
  if (offset) {
    const out: [number, number][] = [];
    for (const [r, c] of points) out.push([r - 0.5, c], [r + 0.5, c], [r, c - 0.5], [r, c + 0.5]);
    pts = out;
  }
  const hull = convexHull(pts);
  const [rows, cols] = shape;
  const mask = new Uint8Array(rows * cols);
  if (hull.length < 3) {
    warn("Failed to get convex hull image. Returning empty image: the points are collinear");
    return mask;
  }
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) mask[r * cols + c] = inPolygon(hull, r, c) ? 1 : 0;
  return mask;
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

/** Inside, on an edge or on a vertex of the polygon (scikit-image's grid_points_in_poly counts all three). */
export function inPolygon(poly: readonly [number, number][], x: number, y: number): boolean {
  let inside = false;
  const n = poly.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    // on the segment from j to i
    if ((x - xi) * (yj - yi) === (y - yi) * (xj - xi) && x >= Math.min(xi, xj) && x <= Math.max(xi, xj) && y >= Math.min(yi, yj) && y <= Math.max(yi, yj)) return true;
    if ((yi <= y && y < yj) || (yj <= y && y < yi)) {
      if (x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

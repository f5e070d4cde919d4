/** `skimage.measure.points_in_poly` and `grid_points_in_poly` (0.19). */
import { NDArray } from "../../np/ndarray";
import { bool } from "../../np/dtype";
import { ValueError } from "../../errors";
import { check, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";
import { inPolygon } from "../morphology/convex_hull";

const POINTS_IN_POLY = signature("skimage.measure.points_in_poly(points, verts)", { types: { points: "array_like", verts: "array_like" } });
const GRID_POINTS_IN_POLY = signature("skimage.measure.grid_points_in_poly(shape, verts)", {
  types: { shape: check("a (rows, cols) pair", (v) => Array.isArray(v) && v.length === 2 && v.every(Number.isInteger)), verts: "array_like" },
});

/** The (V, 2) vertices as pairs. */
function vertices(verts: NDArrayLike): [number, number][] {
  const v = asNDArray(verts, "verts");
  if (v.ndim !== 2 || v.shape[1] !== 2) throw new ValueError("verts must be a (V, 2) array");
  const d = readFloat64(v);
  return Array.from({ length: v.shape[0] }, (_, i) => [d[2 * i], d[2 * i + 1]] as [number, number]);
}

/**
 * `skimage.measure.points_in_poly(points, verts)`: for each (x, y) point, whether it lies inside
 * the polygon, on an edge or on a vertex (bool, one per point).
 */
export function points_in_poly(points: NDArrayLike, verts: NDArrayLike): NDArray;
export function points_in_poly(...args: unknown[]): NDArray {
  const b = POINTS_IN_POLY.bind(args);
  const p = asNDArray(b.points, "points");
  if (p.ndim !== 2 || p.shape[1] !== 2) throw new ValueError("points must be a (N, 2) array");
  const poly = vertices(b.verts);
  const d = readFloat64(p);
  const out = new Uint8Array(p.shape[0]);
  for (let i = 0; i < out.length; i++) out[i] = inPolygon(poly, d[2 * i], d[2 * i + 1]) ? 1 : 0;
  return NDArray.fromStorage(out, [out.length], bool);
}
pyfunction(POINTS_IN_POLY, points_in_poly);

/**
 * `skimage.measure.grid_points_in_poly(shape, verts)`: for each (row, col) of a grid, whether it
 * lies inside the polygon, on an edge or on a vertex (bool).
 */
export function grid_points_in_poly(shape: readonly [number, number], verts: NDArrayLike): NDArray;
export function grid_points_in_poly(...args: unknown[]): NDArray {
  const b = GRID_POINTS_IN_POLY.bind(args);
  const [rows, cols] = b.shape as number[];
  const poly = vertices(b.verts);
  const out = new Uint8Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r * cols + c] = inPolygon(poly, r, c) ? 1 : 0;
  return NDArray.fromStorage(out, [rows, cols], bool);
}
pyfunction(GRID_POINTS_IN_POLY, grid_points_in_poly);

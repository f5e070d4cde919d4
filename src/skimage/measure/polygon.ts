/** `skimage.measure.approximate_polygon` and `subdivide_polygon` (0.19). */
import { NDArray } from "../../np/ndarray";
import { float64 } from "../../np/dtype";
import { ValueError } from "../../errors";
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray, readFloat64 } from "../_internal/arrays";

const APPROXIMATE_POLYGON = signature("skimage.measure.approximate_polygon(coords, tolerance)", { types: { coords: "array_like", tolerance: "float" } });
const SUBDIVIDE_POLYGON = signature("skimage.measure.subdivide_polygon(coords, degree=2, preserve_ends=False)", {
  types: { coords: "array_like", degree: "int", preserve_ends: "bool" },
});

/** A (N, 2) coordinate array's values. */
function pairs(coords: NDArrayLike): { a: NDArray; v: Float64Array; n: number } {
  const a = asNDArray(coords, "coords");
  if (a.ndim !== 2 || a.shape[1] !== 2) throw new ValueError("coords must be a (N, 2) array");
  return { a, v: readFloat64(a), n: a.shape[0] };
}

/**
 * `skimage.measure.approximate_polygon(coords, tolerance)`: Douglas-Peucker simplification of a
 * (N, 2) chain: the kept points are within `tolerance` of the original (tolerance <= 0: coords).
 */
export function approximate_polygon(coords: NDArrayLike, tolerance: number): NDArray;
export function approximate_polygon(...args: unknown[]): NDArray {
  const { coords, tolerance } = APPROXIMATE_POLYGON.bind(args);
  const { a, v, n } = pairs(coords);
  if (tolerance <= 0) return a;
  const chain = new Uint8Array(n);
  const dists = new Float64Array(n);
  chain[0] = 1;
  chain[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length > 0) {
    const [start, end] = stack.pop()!;
    const r0 = v[2 * start];
    const c0 = v[2 * start + 1];
    const r1 = v[2 * end];
    const c1 = v[2 * end + 1];
    const dr = r1 - r0;
    const dc = c1 - c0;
    const angle = -Math.atan2(dr, dc);
    const sin = Math.sin(angle);
    const cos = Math.cos(angle);
    const segmentDist = c0 * sin + r0 * cos;
    let best = -1;
    let bestDist = -Infinity;
    for (let i = start + 1; i < end; i++) {
      const r = v[2 * i];
      const c = v[2 * i + 1];
      const dr0 = r - r0;
      const dc0 = c - c0;
      const dr1 = r - r1;
      const dc1 = c - c1;
      // the perpendicular distance where the point projects inside the segment, else the nearer end
      if (dr0 * dr + dc0 * dc > 0 && -dr1 * dr - dc1 * dc > 0) dists[i] = Math.abs(r * cos + c * sin - segmentDist);
      else dists[i] = Math.min(Math.sqrt(dc0 ** 2 + dr0 ** 2), Math.sqrt(dc1 ** 2 + dr1 ** 2));
      if (dists[i] > bestDist) {
        bestDist = dists[i];
        best = i;
      }
    }
    if (best >= 0 && bestDist > tolerance) {
      stack.push([best, end], [start, best]);
      chain[best] = 1;
    }
  }
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (chain[i]) kept.push(v[2 * i], v[2 * i + 1]);
  const out = new a.dtype.storage(kept.length);
  out.set(kept);
  return NDArray.fromStorage(out, [kept.length / 2, 2], a.dtype);
}
pyfunction(APPROXIMATE_POLYGON, approximate_polygon);

const MASKS: Record<number, [number[], number[]]> = {
  1: [[1, 1], [1, 1]],
  2: [[3, 1], [1, 3]],
  3: [[1, 6, 1], [0, 4, 4]],
  4: [[5, 10, 1], [1, 10, 5]],
  5: [[1, 15, 15, 1], [0, 6, 20, 6]],
  6: [[7, 35, 21, 1], [1, 21, 35, 7]],
  7: [[1, 28, 70, 28, 1], [0, 8, 56, 56, 8]],
};

/** scipy.signal.convolve2d of one row with a 1-D kernel: 'valid', or 'same' with wrap-around. */
function convolveRow(x: Float64Array, k: readonly number[], same: boolean): Float64Array {
  const n = x.length;
  const m = k.length;
  if (!same) {
    const out = new Float64Array(Math.max(n - m + 1, 0));
    for (let i = 0; i < out.length; i++) {
      let s = 0;
      for (let j = 0; j < m; j++) s += x[i + m - 1 - j] * k[j];
      out[i] = s;
    }
    return out;
  }
  const out = new Float64Array(n);
  const shift = (m - 1) >> 1;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < m; j++) s += x[((((i + shift - j) % n) + n) % n)] * k[j];
    out[i] = s;
  }
  return out;
}

/**
 * `skimage.measure.subdivide_polygon(coords, degree=2, preserve_ends=False)`: one B-spline
 * subdivision of a (N, 2) polygon (closed when the last point repeats the first), float64.
 */
export function subdivide_polygon(coords: NDArrayLike, ...rest: PyArgs<[degree: number, preserve_ends: boolean, options: { degree?: number; preserve_ends?: boolean }], { degree?: number; preserve_ends?: boolean }>): NDArray;
export function subdivide_polygon(...args: unknown[]): NDArray {
  const { coords, degree, preserve_ends } = SUBDIVIDE_POLYGON.bind(args);
  if (!(degree in MASKS)) throw new ValueError("Invalid B-Spline degree. Only degree 1 - 7 is supported.");
  const { v, n: n0 } = pairs(coords);
  const circular = n0 > 0 && v[0] === v[2 * (n0 - 1)] && v[1] === v[2 * (n0 - 1) + 1];
  const n = circular ? n0 - 1 : n0;
  const scale = 2 ** degree;
  const [even, odd] = MASKS[degree].map((m) => m.map((w) => w / scale));
  const rows = [0, 1].map((a) => Float64Array.from({ length: n }, (_, i) => v[2 * i + a]));
  const e = rows.map((r) => convolveRow(r, even, circular));
  const o = rows.map((r) => convolveRow(r, odd, circular));
  const count = e[0].length + o[0].length;
  const pts: number[] = [];
  if (preserve_ends && !circular) pts.push(v[0], v[1]);
  for (let i = 0; i < count; i++) {
    const src = i % 2 === 1 ? e : o;
    const k = i >> 1;
    pts.push(src[0][k], src[1][k]);
  }
  if (circular) pts.push(pts[0], pts[1]);
  if (preserve_ends && !circular) pts.push(v[2 * (n - 1)], v[2 * (n - 1) + 1]);
  return NDArray.fromStorage(Float64Array.from(pts), [pts.length / 2, 2], float64);
}
pyfunction(SUBDIVIDE_POLYGON, subdivide_polygon);

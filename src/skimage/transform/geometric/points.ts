/** Point sets as the geometric transforms take them: an (N, D) array of coordinates. */
import { NDArray } from "../../../np/ndarray";
import { float64 } from "../../../np/dtype";
import { ValueError } from "../../../errors";
import { NDArrayLike, asNDArray, readFloat64 } from "../../_internal/arrays";

/** N points of D coordinates, flat. */
export interface Points {
  readonly data: Float64Array;
  readonly n: number;
  readonly d: number;
}

/** `np.array(coords, copy=False, ndmin=2)` as float64 rows. */
export function pointsOf(coords: NDArrayLike, name = "coords"): Points {
  const arr = asNDArray(coords, name);
  if (arr.ndim > 2) throw new ValueError(`${name} must be an (N, D) array`);
  const data = Float64Array.from(readFloat64(arr));
  if (arr.ndim < 2) return { data, n: 1, d: data.length };
  return { data, n: arr.shape[0], d: arr.shape[1] };
}

/** The (N, D) float64 array of flat point data. */
export function pointsArray(data: Float64Array, n: number, d: number): NDArray {
  return NDArray.fromStorage(data, [n, d], float64);
}

/**
 * _center_and_normalize_points: the similarity that moves the centroid to the origin and
 * makes the mean distance sqrt(D), and the points it gives (NaN when all points coincide).
 */
export function centerAndNormalize(p: Points): { matrix: Float64Array; points: Float64Array } {
  const { n, d, data } = p;
  const centroid = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) centroid[j] += data[i * d + j];
  for (let j = 0; j < d; j++) centroid[j] /= n;
  let sq = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) sq += (data[i * d + j] - centroid[j]) ** 2;
  const rms = Math.sqrt(sq / n);
  const size = (d + 1) * (d + 1);
  if (rms === 0) return { matrix: new Float64Array(size).fill(NaN), points: new Float64Array(n * d).fill(NaN) };
  const factor = Math.sqrt(d) / rms;
  const matrix = new Float64Array(size);
  for (let j = 0; j < d; j++) {
    matrix[j * (d + 1) + j] = factor;
    matrix[j * (d + 1) + d] = factor * -centroid[j];
  }
  matrix[size - 1] = 1;
  const points = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      let s = matrix[j * (d + 1) + d];
      for (let t = 0; t < d; t++) s += matrix[j * (d + 1) + t] * data[i * d + t];
      points[i * d + j] = s;
    }
  }
  return { matrix, points };
}

/** Small dense matrices (row-major Float64Array, n x n or rows x cols) for the geometric transforms. */
import { NDArray } from "../../../np/ndarray";
import { float64 } from "../../../np/dtype";
import { inv } from "../../../np/linalg/solve";
import { readFloat64 } from "../../_internal/arrays";

/** a (r x k) @ b (k x c). */
export function matmul(a: Float64Array, b: Float64Array, r: number, k: number, c: number): Float64Array {
  const out = new Float64Array(r * c);
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += a[i * k + t] * b[t * c + j];
      out[i * c + j] = s;
    }
  }
  return out;
}

/** The inverse of an n x n matrix, through np.linalg.inv (LinAlgError when singular). */
export function inverse(m: Float64Array, n: number): Float64Array {
  return Float64Array.from(readFloat64(inv(NDArray.fromStorage(Float64Array.from(m), [n, n], float64))));
}

/** An n x n float64 NDArray of the values. */
export function square(m: Float64Array, n: number): NDArray {
  return NDArray.fromStorage(Float64Array.from(m), [n, n], float64);
}

/** The identity of size n. */
export function identity(n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) out[i * n + i] = 1;
  return out;
}

/**
 * ProjectiveTransform._apply_mat: points (rows of `d` coordinates) through a (d+1) x (d+1)
 * homogeneous matrix; a zero last coordinate becomes machine epsilon.
 */
export function applyMatrix(points: Float64Array, n: number, m: Float64Array, d: number): Float64Array {
  const out = new Float64Array(n * d);
  const h = new Float64Array(d + 1);
  for (let p = 0; p < n; p++) {
    for (let i = 0; i <= d; i++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += points[p * d + j] * m[i * (d + 1) + j];
      h[i] = s + m[i * (d + 1) + d];
    }
    if (h[d] === 0) h[d] = Number.EPSILON;
    for (let i = 0; i < d; i++) out[p * d + i] = h[i] / h[d];
  }
  return out;
}

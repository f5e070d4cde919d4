/** np.linalg.cholesky: the lower factor L of a = L @ L.T, read from the lower triangle. */
import { LinAlgError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { assertSquare, atLeast2d, resultArray, squareStack } from "./stack";
import { complexCholesky } from "./complex-decompose";

const CHOLESKY = signature("numpy.linalg.cholesky(a)", { types: { a: "array_like" } });

/** Overwrites the n x n matrix at `off` with its Cholesky factor (upper triangle zeroed). */
function choleskyInPlace(a: Float64Array, off: number, n: number): void {
  for (let j = 0; j < n; j++) {
    const rj = off + j * n;
    let d = a[rj + j];
    for (let k = 0; k < j; k++) d -= a[rj + k] * a[rj + k];
    // LAPACK's test: a pivot that is not positive stops (a NaN one passes through)
    if (d <= 0) throw new LinAlgError("Matrix is not positive definite");
    const ljj = Math.sqrt(d);
    a[rj + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      const ri = off + i * n;
      let s = a[ri + j];
      for (let k = 0; k < j; k++) s -= a[ri + k] * a[rj + k];
      a[ri + j] = s / ljj;
    }
    for (let k = j + 1; k < n; k++) a[rj + k] = 0;
  }
}

/** The array, checked to be a (stack of) square matrices. */
function squareOnly(a: NDArray): NDArray {
  assertSquare(atLeast2d(a));
  return a;
}

/**
 * `numpy.linalg.cholesky(a)`: the lower-triangular L with a = L @ L.T for a symmetric positive
 * definite matrix (only its lower triangle is read), or for each matrix of a stack. Throws
 * LinAlgError("Matrix is not positive definite").
 */
export function cholesky(a: ArrayLike): NDArray;
export function cholesky(...args: unknown[]): NDArray {
  const input = asarray(CHOLESKY.bind(args).a);
  if (input.dtype.kind === "c") return complexCholesky(squareOnly(input));
  const st = squareStack(input);
  const n = st.rows;
  for (let t = 0; t < st.count; t++) choleskyInPlace(st.data, t * n * n, n);
  return resultArray(st.data, [...st.batch, n, n], st.dtype);
}
pyfunction(CHOLESKY, cholesky);

/**
 * np.linalg.eigh and eigvalsh: symmetric eigenproblems by Householder tridiagonalisation and
 * LAPACK's implicit QL/QR iteration (dsteqr). Eigenvalues ascending, as LAPACK's.
 */
import { ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { tridiagonalize } from "./tridiagonal";
import { tridiagonalEigen } from "./tridiagonal-qr";
import { assertSquare, atLeast2d, resultArray, squareStack } from "./stack";
import { complexEigh } from "./complex-embed";

/** Keyword arguments of np.linalg.eigh / eigvalsh. */
export interface EighOptions {
  a?: ArrayLike;
  UPLO?: "L" | "U";
}

const EIGH = signature("numpy.linalg.eigh(a, UPLO='L')", { types: { a: "array_like", UPLO: "str" } });
const EIGVALSH = signature("numpy.linalg.eigvalsh(a, UPLO='L')", { types: { a: "array_like", UPLO: "str" } });

/** The full symmetric matrix from one triangle of the n x n matrix at `off`. */
export function symmetricFrom(data: Float64Array, off: number, n: number, lower: boolean): Float64Array {
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      const v = lower ? data[off + i * n + j] : data[off + j * n + i];
      a[i * n + j] = v;
      a[j * n + i] = v;
    }
  }
  return a;
}

/**
 * Eigenvalues (ascending, into w at wOff) and, when `vectors` is given, unit eigenvectors as
 * its columns (row-major n x n at vOff), from the full symmetric `a` reduced from its lower or
 * upper triangle: LAPACK's dsytrd + dsteqr steps, so the vectors carry the signs NumPy's eigh
 * gives them up to 25 x 25.
 */
export function symmetricEigen(a: Float64Array, n: number, w: Float64Array, wOff: number, vectors: Float64Array | null, vOff: number, lower = true): void {
  const { d, e, q } = tridiagonalize(a, n, lower);
  let zt: Float64Array | null = null;
  if (vectors !== null) {
    zt = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) zt[i * n + k] = q[k * n + i];
  }
  tridiagonalEigen(d, e, n, zt);
  w.set(d, wOff);
  if (vectors === null || zt === null) return;
  for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) vectors[vOff + k * n + j] = zt[j * n + k];
}

/** The array, checked to be a (stack of) square matrices. */
function squareOnly(a: NDArray): NDArray {
  assertSquare(atLeast2d(a));
  return a;
}

function run(sig: typeof EIGH, args: unknown[], withVectors: boolean): NDArray | [NDArray, NDArray] {
  const { a, UPLO } = sig.bind(args);
  if (UPLO !== "L" && UPLO !== "U") throw new ValueError("UPLO argument must be 'L' or 'U'");
  const complexInput = asarray(a);
  if (complexInput.dtype.kind === "c") return complexEigh(squareOnly(complexInput), UPLO, withVectors);
  const st = squareStack(a);
  const n = st.rows;
  const w = new Float64Array(st.count * n);
  const v = withVectors ? new Float64Array(st.count * n * n) : null;
  for (let t = 0; t < st.count; t++) {
    const a = symmetricFrom(st.data, t * n * n, n, UPLO === "L");
    if (a.every(Number.isFinite)) symmetricEigen(a, n, w, t * n, v, t * n * n, UPLO === "L");
    else {
      // LAPACK hands NaNs back rather than failing, and so does NumPy
      w.fill(NaN, t * n, (t + 1) * n);
      v?.fill(NaN, t * n * n, (t + 1) * n * n);
    }
  }
  const W = resultArray(w, [...st.batch, n], st.dtype);
  return v === null ? W : [W, resultArray(v, [...st.batch, n, n], st.dtype)];
}

/**
 * `numpy.linalg.eigh(a, UPLO='L')`: `[w, v]`, the eigenvalues (ascending) and unit
 * eigenvectors (columns of v) of a symmetric matrix, read from its lower ("L") or upper ("U")
 * triangle; stacks too. The eigenvectors' signs are NumPy's up to 25 x 25 (the same LAPACK
 * steps); larger matrices go through LAPACK's divide and conquer in NumPy, and their signs may
 * differ here.
 */
export function eigh(a: ArrayLike, UPLO?: "L" | "U" | EighOptions): [NDArray, NDArray];
export function eigh(...args: unknown[]): [NDArray, NDArray] {
  return run(EIGH, args, true) as [NDArray, NDArray];
}
pyfunction(EIGH, eigh);

/** `numpy.linalg.eigvalsh(a, UPLO='L')`: the eigenvalues of a symmetric matrix, ascending. */
export function eigvalsh(a: ArrayLike, UPLO?: "L" | "U" | EighOptions): NDArray;
export function eigvalsh(...args: unknown[]): NDArray {
  return run(EIGVALSH, args, false) as NDArray;
}
pyfunction(EIGVALSH, eigvalsh);

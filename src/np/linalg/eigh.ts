/**
 * np.linalg.eigh and eigvalsh: symmetric eigenproblems by Householder tridiagonalisation and
 * the implicit QL iteration with Wilkinson shifts. Eigenvalues ascending, as LAPACK's.
 */
import { LinAlgError, ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike } from "../create";
import { hessenberg } from "./hessenberg";
import { largestPositiveSign, resultArray, squareStack } from "./stack";

/** Keyword arguments of np.linalg.eigh / eigvalsh. */
export interface EighOptions {
  a?: ArrayLike;
  UPLO?: "L" | "U";
}

const EIGH = signature("numpy.linalg.eigh(a, UPLO='L')", { types: { a: "array_like", UPLO: "str" } });
const EIGVALSH = signature("numpy.linalg.eigvalsh(a, UPLO='L')", { types: { a: "array_like", UPLO: "str" } });

/**
 * Implicit QL on the symmetric tridiagonal (d, e: e[i] couples i and i+1), rotating the rows
 * of `zt` (eigenvectors stored as rows) when given. Leaves the eigenvalues in d, unsorted.
 */
export function tridiagonalQL(d: Float64Array, e: Float64Array, n: number, zt: Float64Array | null): void {
  for (let l = 0; l < n; l++) {
    for (let iter = 0; ; iter++) {
      let m = l;
      for (; m < n - 1; m++) {
        const dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
        if (Math.abs(e[m]) <= Number.EPSILON * dd) break;
      }
      if (m === l) break;
      if (iter === 60) throw new LinAlgError("Eigenvalues did not converge");
      let g = (d[l + 1] - d[l]) / (2 * e[l]);
      let r = Math.hypot(g, 1);
      g = d[m] - d[l] + e[l] / (g + (g >= 0 ? r : -r));
      let s = 1;
      let c = 1;
      let p = 0;
      let i = m - 1;
      let underflow = false;
      for (; i >= l; i--) {
        const f = s * e[i];
        const b = c * e[i];
        r = Math.hypot(f, g);
        e[i + 1] = r;
        if (r === 0) {
          d[i + 1] -= p;
          e[m] = 0;
          underflow = true;
          break;
        }
        s = f / r;
        c = g / r;
        g = d[i + 1] - p;
        r = (d[i] - g) * s + 2 * c * b;
        p = s * r;
        d[i + 1] = g + p;
        g = c * r - b;
        if (zt !== null) {
          const ri = i * n;
          const rj = (i + 1) * n;
          for (let k = 0; k < n; k++) {
            const zf = zt[rj + k];
            const zi = zt[ri + k];
            zt[rj + k] = s * zi + c * zf;
            zt[ri + k] = c * zi - s * zf;
          }
        }
      }
      if (underflow) continue;
      d[l] -= p;
      e[l] = g;
      e[m] = 0;
    }
  }
}

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
 * its columns (row-major n x n at vOff), each signed so its largest entry is positive.
 */
export function symmetricEigen(a: Float64Array, n: number, w: Float64Array, wOff: number, vectors: Float64Array | null, vOff: number): void {
  const q = hessenberg(a, n);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = a[i * n + i];
  for (let i = 0; i + 1 < n; i++) e[i] = a[(i + 1) * n + i];
  let zt: Float64Array | null = null;
  if (vectors !== null) {
    zt = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) zt[i * n + k] = q[k * n + i];
  }
  tridiagonalQL(d, e, n, zt);
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => d[x] - d[y] || x - y);
  for (let j = 0; j < n; j++) {
    const src = order[j];
    w[wOff + j] = d[src];
    if (vectors === null || zt === null) continue;
    const sign = largestPositiveSign(zt, src * n, 1, n);
    for (let k = 0; k < n; k++) vectors[vOff + k * n + j] = sign * zt[src * n + k];
  }
}

function run(sig: typeof EIGH, args: unknown[], withVectors: boolean): NDArray | [NDArray, NDArray] {
  const { a, UPLO } = sig.bind(args);
  if (UPLO !== "L" && UPLO !== "U") throw new ValueError("UPLO argument must be 'L' or 'U'");
  const st = squareStack(a);
  const n = st.rows;
  const w = new Float64Array(st.count * n);
  const v = withVectors ? new Float64Array(st.count * n * n) : null;
  for (let t = 0; t < st.count; t++) {
    const a = symmetricFrom(st.data, t * n * n, n, UPLO === "L");
    if (a.every(Number.isFinite)) symmetricEigen(a, n, w, t * n, v, t * n * n);
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
 * triangle; stacks too. Each eigenvector is signed so that its largest entry is positive
 * (LAPACK's signs follow its iteration and have no rule to copy).
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

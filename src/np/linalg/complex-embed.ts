/**
 * Singular values and Hermitian eigenproblems of complex matrices through their real
 * embedding: M = A + iB acts on (x, y) as the real matrix E = [[A, -B], [B, A]], whose
 * singular values (eigenvalues for a Hermitian M) are M's, each twice, and whose singular
 * (eigen) vectors (x; y) pair up as x + iy and i(x + iy). The real kernels do the work.
 */
import { NDArray } from "../ndarray";
import { DType, complex128, complex64, float32, float64 } from "../dtype";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";
import { svdStack } from "./svd";
import { symmetricEigen } from "./eigh";
import { MatrixStack } from "./stack";

/** The stack's matrices, each m x n, as their 2m x 2n real embeddings. */
function embedded(a: NDArray, hermitianFrom: "L" | "U" | null = null): MatrixStack {
  const m = a.shape[a.ndim - 2];
  const n = a.shape[a.ndim - 1];
  const batch = a.shape.slice(0, -2);
  const count = batch.reduce((p, d) => p * d, 1);
  const z = contiguousStorage(astype(a, complex128)) as Float64Array;
  const data = new Float64Array(count * 4 * m * n);
  for (let t = 0; t < count; t++) {
    const src = t * 2 * m * n;
    const dst = t * 4 * m * n;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let re = z[src + 2 * (i * n + j)];
        let im = z[src + 2 * (i * n + j) + 1];
        if (hermitianFrom !== null) {
          // only one triangle is read (LAPACK's zheevd): the other is its conjugate, the diagonal real
          const fromOther = hermitianFrom === "L" ? j > i : j < i;
          if (fromOther) {
            re = z[src + 2 * (j * n + i)];
            im = -z[src + 2 * (j * n + i) + 1];
          } else if (i === j) im = 0;
        }
        const w = 2 * n;
        data[dst + i * w + j] = re;
        data[dst + i * w + n + j] = -im;
        data[dst + (m + i) * w + j] = im;
        data[dst + (m + i) * w + n + j] = re;
      }
    }
  }
  return { data, batch, count, rows: 2 * m, cols: 2 * n, dtype: float64 };
}

/** The real dtype of the results for a complex input (float32 for complex64). */
export function realResultDType(dt: DType): DType {
  return dt === complex64 ? float32 : float64;
}

/** Every other value of each row of 2k doubled values: the distinct ones. */
function halve(values: ArrayLike<number>, count: number, k: number): Float64Array {
  const out = new Float64Array(count * k);
  for (let t = 0; t < count; t++) for (let i = 0; i < k; i++) out[t * k + i] = values[t * 2 * k + 2 * i];
  return out;
}

/** The singular values of each complex matrix of the stack, descending (as np.linalg.svd(a, compute_uv=False)). */
export function complexSingularValues(a: NDArray): NDArray {
  const st = embedded(a);
  const k = Math.min(st.rows, st.cols) / 2;
  const s = contiguousStorage(svdStack(st, false, false, false) as NDArray);
  const out = NDArray.fromStorage(halve(s, st.count, k), [...st.batch, k], float64);
  return a.dtype === complex64 ? astype(out, float32) : out;
}

/**
 * eigh / eigvalsh of complex Hermitian matrices (one triangle read, as `UPLO` says): ascending
 * real eigenvalues and unit eigenvectors (columns), the first component of each (the last for
 * UPLO='U') real and non-negative: LAPACK makes it real, with a sign not reproduced here.
 */
export function complexEigh(a: NDArray, UPLO: "L" | "U", withVectors: boolean): NDArray | [NDArray, NDArray] {
  const st = embedded(a, UPLO);
  const n2 = st.rows;
  const n = n2 / 2;
  const w2 = new Float64Array(n2);
  const v2 = withVectors ? new Float64Array(n2 * n2) : null;
  const w = new Float64Array(st.count * n);
  const v = withVectors ? new Float64Array(st.count * 2 * n * n) : null;
  for (let t = 0; t < st.count; t++) {
    symmetricEigen(st.data.subarray(t * n2 * n2, (t + 1) * n2 * n2).slice(), n2, w2, 0, v2, 0);
    for (let i = 0; i < n; i++) w[t * n + i] = 0.5 * (w2[2 * i] + w2[2 * i + 1]);
    if (v2 !== null && v !== null) pairVectors(v2, w2, n, v.subarray(t * 2 * n * n, (t + 1) * 2 * n * n), UPLO === "L" ? 0 : n - 1);
  }
  const rdt = realResultDType(a.dtype);
  const cdt = a.dtype === complex64 ? complex64 : complex128;
  const values = NDArray.fromStorage(w, [...st.batch, n], float64);
  const wOut = rdt === float64 ? values : astype(values, rdt);
  if (v === null) return wOut;
  const vectors = NDArray.fromStorage(v, [...st.batch, n, n], complex128);
  return [wOut, cdt === complex128 ? vectors : astype(vectors, cdt)];
}

/**
 * n complex orthonormal vectors from the 2n real ones (columns of `v2`, n2 x n2 row-major):
 * within each group of equal eigenvalues, x + iy of every real vector, orthonormalised, keeps
 * as many as the group's complex multiplicity. Written to `out` (n x n complex, row-major).
 */
function pairVectors(v2: Float64Array, w2: Float64Array, n: number, out: Float64Array, realIndex: number): void {
  const n2 = 2 * n;
  const scale = Math.max(1, ...Array.from(w2, Math.abs));
  const kept: Float64Array[] = [];
  let start = 0;
  while (start < n2) {
    let end = start + 1;
    while (end < n2 && Math.abs(w2[end] - w2[start]) <= 1e-10 * scale) end++;
    const want = (end - start) / 2;
    const group: Float64Array[] = [];
    for (let c = start; c < end && group.length < want; c++) {
      const z = new Float64Array(2 * n);
      for (let r = 0; r < n; r++) {
        z[2 * r] = v2[r * n2 + c];
        z[2 * r + 1] = v2[(n + r) * n2 + c];
      }
      for (const q of group) subtractProjection(z, q);
      const len = Math.sqrt(z.reduce((s, x) => s + x * x, 0));
      if (len < 0.5) continue; // i times a vector already kept
      for (let i = 0; i < z.length; i++) z[i] /= len;
      group.push(z);
    }
    kept.push(...group);
    start = end;
  }
  kept.forEach((z, c) => {
    realAt(z, realIndex);
    for (let r = 0; r < n; r++) {
      out[2 * (r * n + c)] = z[2 * r];
      out[2 * (r * n + c) + 1] = z[2 * r + 1];
    }
  });
}

/** z -= <q, z> q for complex vectors (interleaved). */
export function subtractProjection(z: Float64Array, q: Float64Array): void {
  let pr = 0;
  let pi = 0;
  for (let i = 0; i < z.length; i += 2) {
    pr += q[i] * z[i] + q[i + 1] * z[i + 1];
    pi += q[i] * z[i + 1] - q[i + 1] * z[i];
  }
  for (let i = 0; i < z.length; i += 2) {
    z[i] -= pr * q[i] - pi * q[i + 1];
    z[i + 1] -= pr * q[i + 1] + pi * q[i];
  }
}

/**
 * Rotates z's phase so component `at` is real and non-negative: LAPACK's zheevd leaves the
 * first component (UPLO='L') or the last ('U') of each eigenvector real, with a sign of its own.
 */
function realAt(z: Float64Array, at: number): void {
  const m = Math.hypot(z[2 * at], z[2 * at + 1]);
  if (m === 0) return;
  const cr = z[2 * at] / m;
  const ci = -z[2 * at + 1] / m;
  for (let i = 0; i < z.length; i += 2) {
    const re = z[i] * cr - z[i + 1] * ci;
    const im = z[i] * ci + z[i + 1] * cr;
    z[i] = re;
    z[i + 1] = im;
  }
  z[2 * at + 1] = 0;
}

/**
 * np.linalg.qr of complex matrices with LAPACK's reflectors (zgeqrf / zlarfg / zungqr): each
 * H = I - tau v v^H with v[0] = 1 leaves a real beta = -sign(Re alpha) * |(alpha, x)| on R's
 * diagonal, so Q and R come out as NumPy's.
 */
import { NDArray } from "../ndarray";
import { complex128, complex64 } from "../dtype";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";
import { applyComplexLeft, makeComplexReflector } from "./complex-householder";

/** Factors the m x n matrix at `o` (interleaved) in place (zgeqrf): R above the diagonal, v below; returns the taus (interleaved). */
export function complexQrFactor(a: Float64Array, o: number, m: number, n: number): Float64Array {
  const k = Math.min(m, n);
  const tau = new Float64Array(2 * k);
  for (let j = 0; j < k; j++) {
    const at = o + 2 * (j * n + j);
    const [tr, ti] = makeComplexReflector(a, at, 2 * n, m - j);
    tau[2 * j] = tr;
    tau[2 * j + 1] = ti;
    // H^H on the columns right of j
    applyComplexLeft(a, at + 2, 2 * n, m - j, n - j - 1, a, at, 2 * n, tr, -ti);
  }
  return tau;
}

/** Q (m x cols) = H(0) H(1) ... H(k-1) applied to the first `cols` columns of the identity (zungqr). */
export function complexFormQ(a: Float64Array, o: number, m: number, n: number, tau: Float64Array, cols: number): Float64Array {
  const k = Math.min(m, n);
  const q = new Float64Array(2 * m * cols);
  for (let i = 0; i < Math.min(m, cols); i++) q[2 * (i * cols + i)] = 1;
  for (let j = k - 1; j >= 0; j--) applyComplexLeft(q, 2 * j * cols, 2 * cols, m - j, cols, a, o + 2 * (j * n + j), 2 * n, tau[2 * j], tau[2 * j + 1]);
  return q;
}

/**
 * qr of a (stack of) complex matrices in mode "reduced", "complete", "r" or "raw"; "raw" gives
 * NumPy's [h, tau]: h the factored matrix (R and the reflectors' tails) transposed, (..., N, M),
 * and the K taus.
 */
export function complexQr(arr: NDArray, mode: string): NDArray | [NDArray, NDArray] {
  const m = arr.shape[arr.ndim - 2];
  const n = arr.shape[arr.ndim - 1];
  const k = Math.min(m, n);
  const batch = arr.shape.slice(0, -2);
  const data = (contiguousStorage(astype(arr, complex128)) as Float64Array).slice();
  const count = batch.reduce((p, d) => p * d, 1);
  if (mode === "raw") return rawFactors(arr, data, count, m, n);
  const rRows = mode === "complete" ? m : k;
  const qCols = mode === "complete" ? m : k;
  const r = new Float64Array(2 * count * rRows * n);
  const q = new Float64Array(2 * count * m * qCols);
  for (let t = 0; t < count; t++) {
    const o = 2 * t * m * n;
    const tau = complexQrFactor(data, o, m, n);
    for (let i = 0; i < k; i++) {
      for (let j = i; j < n; j++) {
        r[2 * (t * rRows * n + i * n + j)] = data[o + 2 * (i * n + j)];
        r[2 * (t * rRows * n + i * n + j) + 1] = data[o + 2 * (i * n + j) + 1];
      }
    }
    if (mode !== "r") q.set(complexFormQ(data, o, m, n, tau, qCols), 2 * t * m * qCols);
  }
  const dt = arr.dtype === complex64 ? complex64 : complex128;
  const R = astype(NDArray.fromStorage(r, [...batch, rRows, n], complex128), dt);
  if (mode === "r") return R;
  return [astype(NDArray.fromStorage(q, [...batch, m, qCols], complex128), dt), R];
}

/** NumPy's qr(mode='raw'): each matrix factored, transposed to (N, M), and its taus. */
function rawFactors(arr: NDArray, data: Float64Array, count: number, m: number, n: number): [NDArray, NDArray] {
  const k = Math.min(m, n);
  const h = new Float64Array(data.length);
  const taus = new Float64Array(2 * count * k);
  for (let t = 0; t < count; t++) {
    const o = 2 * t * m * n;
    taus.set(complexQrFactor(data, o, m, n), 2 * t * k);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        h[o + 2 * (j * m + i)] = data[o + 2 * (i * n + j)];
        h[o + 2 * (j * m + i) + 1] = data[o + 2 * (i * n + j) + 1];
      }
    }
  }
  const batch = arr.shape.slice(0, -2);
  const dt = arr.dtype === complex64 ? complex64 : complex128;
  return [astype(NDArray.fromStorage(h, [...batch, n, m], complex128), dt), astype(NDArray.fromStorage(taus, [...batch, k], complex128), dt)];
}

/**
 * np.linalg.qr of complex matrices with LAPACK's reflectors (zgeqrf / zlarfg / zungqr): each
 * H = I - tau v v^H with v[0] = 1 leaves a real beta = -sign(Re alpha) * |(alpha, x)| on R's
 * diagonal, so Q and R come out as NumPy's.
 */
import { NotImplementedError } from "../../errors";
import { NDArray } from "../ndarray";
import { complex128, complex64 } from "../dtype";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";

/** Factors the m x n matrix at `o` (interleaved) in place: R above the diagonal, v below; returns the taus (interleaved). */
function factor(a: Float64Array, o: number, m: number, n: number): Float64Array {
  const k = Math.min(m, n);
  const tau = new Float64Array(2 * k);
  const at = (i: number, j: number) => o + 2 * (i * n + j);
  for (let j = 0; j < k; j++) {
    const ar = a[at(j, j)], ai = a[at(j, j) + 1];
    let xnorm = 0;
    for (let i = j + 1; i < m; i++) xnorm = Math.hypot(xnorm, a[at(i, j)], a[at(i, j) + 1]);
    if (xnorm === 0 && ai === 0) continue; // H = I
    const beta = -Math.sign(ar || 1) * Math.hypot(ar, ai, xnorm);
    const tr = (beta - ar) / beta, ti = -ai / beta;
    tau[2 * j] = tr;
    tau[2 * j + 1] = ti;
    // x /= (alpha - beta)
    const dr = ar - beta, di = ai;
    const d = dr * dr + di * di;
    for (let i = j + 1; i < m; i++) {
      const xr = a[at(i, j)], xi = a[at(i, j) + 1];
      a[at(i, j)] = (xr * dr + xi * di) / d;
      a[at(i, j) + 1] = (xi * dr - xr * di) / d;
    }
    a[at(j, j)] = beta;
    a[at(j, j) + 1] = 0;
    // A[j:, c] -= conj(tau) v (v^H A[j:, c]) for the columns right of j
    for (let c = j + 1; c < n; c++) {
      let wr = a[at(j, c)], wi = a[at(j, c) + 1];
      for (let i = j + 1; i < m; i++) {
        const vr = a[at(i, j)], vi = a[at(i, j) + 1];
        wr += vr * a[at(i, c)] + vi * a[at(i, c) + 1];
        wi += vr * a[at(i, c) + 1] - vi * a[at(i, c)];
      }
      const sr = tr * wr + ti * wi, si = tr * wi - ti * wr; // conj(tau) * w
      a[at(j, c)] -= sr;
      a[at(j, c) + 1] -= si;
      for (let i = j + 1; i < m; i++) {
        const vr = a[at(i, j)], vi = a[at(i, j) + 1];
        a[at(i, c)] -= vr * sr - vi * si;
        a[at(i, c) + 1] -= vr * si + vi * sr;
      }
    }
  }
  return tau;
}

/** Q (m x cols) = H(0) H(1) ... H(k-1) applied to the first `cols` columns of the identity. */
function formQ(a: Float64Array, o: number, m: number, n: number, tau: Float64Array, cols: number): Float64Array {
  const k = Math.min(m, n);
  const q = new Float64Array(2 * m * cols);
  for (let i = 0; i < Math.min(m, cols); i++) q[2 * (i * cols + i)] = 1;
  for (let j = k - 1; j >= 0; j--) {
    const tr = tau[2 * j], ti = tau[2 * j + 1];
    if (tr === 0 && ti === 0) continue;
    for (let c = 0; c < cols; c++) {
      // w = v^H Q[j:, c]
      let wr = q[2 * (j * cols + c)], wi = q[2 * (j * cols + c) + 1];
      for (let i = j + 1; i < m; i++) {
        const vr = a[o + 2 * (i * n + j)], vi = a[o + 2 * (i * n + j) + 1];
        wr += vr * q[2 * (i * cols + c)] + vi * q[2 * (i * cols + c) + 1];
        wi += vr * q[2 * (i * cols + c) + 1] - vi * q[2 * (i * cols + c)];
      }
      const sr = tr * wr - ti * wi, si = tr * wi + ti * wr; // tau * w
      q[2 * (j * cols + c)] -= sr;
      q[2 * (j * cols + c) + 1] -= si;
      for (let i = j + 1; i < m; i++) {
        const vr = a[o + 2 * (i * n + j)], vi = a[o + 2 * (i * n + j) + 1];
        q[2 * (i * cols + c)] -= vr * sr - vi * si;
        q[2 * (i * cols + c) + 1] -= vr * si + vi * sr;
      }
    }
  }
  return q;
}

/** qr of a (stack of) complex matrices in mode "reduced", "complete" or "r". */
export function complexQr(arr: NDArray, mode: string): NDArray | [NDArray, NDArray] {
  if (mode === "raw") throw new NotImplementedError("qr(mode='raw') of a complex matrix is not supported yet");
  const m = arr.shape[arr.ndim - 2];
  const n = arr.shape[arr.ndim - 1];
  const k = Math.min(m, n);
  const batch = arr.shape.slice(0, -2);
  const data = (contiguousStorage(astype(arr, complex128)) as Float64Array).slice();
  const count = batch.reduce((p, d) => p * d, 1);
  const rRows = mode === "complete" ? m : k;
  const qCols = mode === "complete" ? m : k;
  const r = new Float64Array(2 * count * rRows * n);
  const q = new Float64Array(2 * count * m * qCols);
  for (let t = 0; t < count; t++) {
    const o = 2 * t * m * n;
    const tau = factor(data, o, m, n);
    for (let i = 0; i < k; i++) {
      for (let j = i; j < n; j++) {
        r[2 * (t * rRows * n + i * n + j)] = data[o + 2 * (i * n + j)];
        r[2 * (t * rRows * n + i * n + j) + 1] = data[o + 2 * (i * n + j) + 1];
      }
    }
    if (mode !== "r") q.set(formQ(data, o, m, n, tau, qCols), 2 * t * m * qCols);
  }
  const dt = arr.dtype === complex64 ? complex64 : complex128;
  const R = astype(NDArray.fromStorage(r, [...batch, rRows, n], complex128), dt);
  if (mode === "r") return R;
  return [astype(NDArray.fromStorage(q, [...batch, m, qCols], complex128), dt), R];
}

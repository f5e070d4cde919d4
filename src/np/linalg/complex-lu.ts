/**
 * inv, solve and det of complex matrices: LU with partial pivoting in complex arithmetic
 * (the pivot of largest |re| + |im|, as LAPACK's zgetrf picks it), on interleaved rows.
 */
import { LinAlgError } from "../../errors";
import { NDArray } from "../ndarray";
import { DType, complex128, complex64, float32, float64 } from "../dtype";
import { astype } from "../cast";
import { broadcast_to } from "../manipulate";
import { broadcastShapes, shapeSize } from "../shape";
import { Complex } from "../complex/scalar";

/** Factors the n x n matrix at `m` (interleaved, row-major) in place; returns the row swaps, or null when singular. */
function factor(m: Float64Array, n: number): Int32Array | null {
  const piv = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = -1;
    for (let i = k; i < n; i++) {
      const v = Math.abs(m[2 * (i * n + k)]) + Math.abs(m[2 * (i * n + k) + 1]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    piv[k] = p;
    if (best === 0) return null;
    if (p !== k) {
      for (let j = 0; j < 2 * n; j++) {
        const t = m[2 * k * n + j];
        m[2 * k * n + j] = m[2 * p * n + j];
        m[2 * p * n + j] = t;
      }
    }
    const dr = m[2 * (k * n + k)];
    const di = m[2 * (k * n + k) + 1];
    const d = dr * dr + di * di;
    for (let i = k + 1; i < n; i++) {
      const at = 2 * (i * n + k);
      const lr = (m[at] * dr + m[at + 1] * di) / d;
      const li = (m[at + 1] * dr - m[at] * di) / d;
      m[at] = lr;
      m[at + 1] = li;
      for (let j = k + 1; j < n; j++) {
        const u = 2 * (k * n + j);
        const o = 2 * (i * n + j);
        m[o] -= lr * m[u] - li * m[u + 1];
        m[o + 1] -= lr * m[u + 1] + li * m[u];
      }
    }
  }
  return piv;
}

/** Solves LU x = P b for the n x r right-hand sides in b (interleaved, row-major), in place. */
function substitute(lu: Float64Array, piv: Int32Array, n: number, b: Float64Array, r: number): void {
  for (let k = 0; k < n; k++) {
    const p = piv[k];
    if (p !== k) {
      for (let j = 0; j < 2 * r; j++) {
        const t = b[2 * k * r + j];
        b[2 * k * r + j] = b[2 * p * r + j];
        b[2 * p * r + j] = t;
      }
    }
  }
  for (let c = 0; c < r; c++) {
    for (let i = 0; i < n; i++) {
      let sr = b[2 * (i * r + c)];
      let si = b[2 * (i * r + c) + 1];
      for (let j = 0; j < i; j++) {
        const lr = lu[2 * (i * n + j)], li = lu[2 * (i * n + j) + 1];
        const xr = b[2 * (j * r + c)], xi = b[2 * (j * r + c) + 1];
        sr -= lr * xr - li * xi;
        si -= lr * xi + li * xr;
      }
      b[2 * (i * r + c)] = sr;
      b[2 * (i * r + c) + 1] = si;
    }
    for (let i = n - 1; i >= 0; i--) {
      let sr = b[2 * (i * r + c)];
      let si = b[2 * (i * r + c) + 1];
      for (let j = i + 1; j < n; j++) {
        const ur = lu[2 * (i * n + j)], ui = lu[2 * (i * n + j) + 1];
        const xr = b[2 * (j * r + c)], xi = b[2 * (j * r + c) + 1];
        sr -= ur * xr - ui * xi;
        si -= ur * xi + ui * xr;
      }
      const dr = lu[2 * (i * n + i)], di = lu[2 * (i * n + i) + 1];
      const d = dr * dr + di * di;
      b[2 * (i * r + c)] = (sr * dr + si * di) / d;
      b[2 * (i * r + c) + 1] = (si * dr - sr * di) / d;
    }
  }
}

/** The complex dtype of a linalg result: complex64 for complex64 input, complex128 otherwise. */
function resultDType(dt: DType): DType {
  return dt === complex64 || dt === float32 ? complex64 : complex128;
}

/** The matrices of a complex stack as one interleaved float64 copy. */
function stackData(a: NDArray): Float64Array {
  return astype(a, complex128).data as Float64Array;
}

/** `inv(a)` for a complex stack of square matrices (checked square by the caller). */
export function complexInv(a: NDArray): NDArray {
  const n = a.shape[a.ndim - 1];
  const data = stackData(a);
  const count = shapeSize(a.shape.slice(0, -2));
  const out = new Float64Array(2 * count * n * n);
  for (let t = 0; t < count; t++) {
    const m = data.slice(2 * t * n * n, 2 * (t + 1) * n * n);
    const piv = factor(m, n);
    if (piv === null) throw new LinAlgError("Singular matrix");
    const b = new Float64Array(2 * n * n);
    for (let i = 0; i < n; i++) b[2 * (i * n + i)] = 1;
    substitute(m, piv, n, b, n);
    out.set(b, 2 * t * n * n);
  }
  return astype(NDArray.fromStorage(out, a.shape.slice(), complex128), resultDType(a.dtype));
}

/** `solve(a, b)` with a or b complex (b a vector or a stack of matrices, broadcast as NumPy's). */
export function complexSolve(A: NDArray, B: NDArray, vector: boolean, dt: DType): NDArray {
  const n = A.shape[A.ndim - 1];
  const r = vector ? 1 : B.shape[B.ndim - 1];
  const batch = broadcastShapes([A.shape.slice(0, -2), B.shape.slice(0, vector ? -1 : -2)]);
  const a = stackData(broadcast_to(A, [...batch, n, n]));
  const b = stackData(broadcast_to(vector ? B.reshape([...B.shape, 1]) : B, [...batch, n, r]));
  const count = shapeSize(batch);
  for (let t = 0; t < count; t++) {
    const m = a.slice(2 * t * n * n, 2 * (t + 1) * n * n);
    const piv = factor(m, n);
    if (piv === null) throw new LinAlgError("Singular matrix");
    const rhs = b.subarray(2 * t * n * r, 2 * (t + 1) * n * r);
    substitute(m, piv, n, rhs, r);
  }
  const shape = vector ? [...batch, n] : [...batch, n, r];
  return astype(NDArray.fromStorage(b, shape, complex128), resultDType(dt));
}

/** `det(a)` of complex matrices as NumPy computes it: the phase of the pivots times exp(sum of log |pivot|). */
export function complexDet(a: NDArray): NDArray | Complex {
  const n = a.shape[a.ndim - 1];
  const data = stackData(a);
  const batch = a.shape.slice(0, -2);
  const count = shapeSize(batch);
  const out = new Float64Array(2 * count);
  for (let t = 0; t < count; t++) {
    const m = data.slice(2 * t * n * n, 2 * (t + 1) * n * n);
    const piv = factor(m, n);
    if (piv === null) continue;
    let sr = 1;
    let si = 0;
    let logdet = 0;
    for (let k = 0; k < n; k++) {
      const dr = m[2 * (k * n + k)], di = m[2 * (k * n + k) + 1];
      const abs = Math.hypot(dr, di);
      const pr = dr / abs, pi = di / abs;
      const tr = sr * pr - si * pi;
      si = sr * pi + si * pr;
      sr = tr;
      if (piv[k] !== k) {
        sr = -sr;
        si = -si;
      }
      logdet += Math.log(abs);
    }
    const e = Math.exp(logdet);
    out[2 * t] = sr * e;
    out[2 * t + 1] = si * e;
  }
  const dt = resultDType(a.dtype);
  const result = astype(NDArray.fromStorage(out, batch, complex128), dt);
  return batch.length === 0 ? (result.item() as unknown as Complex) : result;
}

/** `slogdet(a)` of complex matrices: [sign (a complex number of modulus 1, 0 when singular), log|det|]. */
export function complexSlogdet(a: NDArray): [NDArray | Complex, NDArray | number] {
  const n = a.shape[a.ndim - 1];
  const data = stackData(a);
  const batch = a.shape.slice(0, -2);
  const count = shapeSize(batch);
  const signs = new Float64Array(2 * count);
  const logs = new Float64Array(count);
  for (let t = 0; t < count; t++) {
    const m = data.slice(2 * t * n * n, 2 * (t + 1) * n * n);
    const piv = factor(m, n);
    if (piv === null) {
      logs[t] = -Infinity;
      continue;
    }
    let sr = 1;
    let si = 0;
    for (let k = 0; k < n; k++) {
      const dr = m[2 * (k * n + k)], di = m[2 * (k * n + k) + 1];
      const abs = Math.hypot(dr, di);
      const tr = sr * (dr / abs) - si * (di / abs);
      si = sr * (di / abs) + si * (dr / abs);
      sr = piv[k] !== k ? -tr : tr;
      if (piv[k] !== k) si = -si;
      logs[t] += Math.log(abs);
    }
    signs[2 * t] = sr;
    signs[2 * t + 1] = si;
  }
  const dt = resultDType(a.dtype);
  const real = dt === complex64 ? float32 : float64;
  if (batch.length === 0) return [new Complex(signs[0], signs[1], dt), real === float32 ? Math.fround(logs[0]) : logs[0]];
  return [astype(NDArray.fromStorage(signs, batch, complex128), dt), astype(NDArray.fromStorage(logs, batch, float64), real)];
}

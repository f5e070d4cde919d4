/**
 * cholesky, svd (with vectors), pinv and lstsq of complex matrices. Cholesky is the complex
 * algorithm itself; the SVD follows LAPACK's zgesdd (complex-gesdd.ts), pinv and lstsq build
 * on it.
 */
import { LinAlgError } from "../../errors";
import { NDArray } from "../ndarray";
import { complex128, complex64, float64 } from "../dtype";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";
import { matmul } from "../linalg";
import { complexEigh, realResultDType } from "./complex-embed";
import { complexGesdd } from "./complex-gesdd";
import { assertFinite } from "./stack";

const resultComplex = (a: NDArray) => (a.dtype === complex64 ? complex64 : complex128);

/** Lower-triangular L with a = L L^H for Hermitian positive-definite matrices (lower triangle read). */
export function complexCholesky(a: NDArray): NDArray {
  const n = a.shape[a.ndim - 1];
  const data = (contiguousStorage(astype(a, complex128)) as Float64Array).slice();
  const count = data.length / (2 * n * n);
  for (let t = 0; t < count; t++) {
    const o = 2 * t * n * n;
    for (let j = 0; j < n; j++) {
      let d = data[o + 2 * (j * n + j)];
      for (let k = 0; k < j; k++) d -= data[o + 2 * (j * n + k)] ** 2 + data[o + 2 * (j * n + k) + 1] ** 2;
      if (!(d > 0)) throw new LinAlgError("Matrix is not positive definite");
      const ljj = Math.sqrt(d);
      data[o + 2 * (j * n + j)] = ljj;
      data[o + 2 * (j * n + j) + 1] = 0;
      for (let i = j + 1; i < n; i++) {
        // (a_ij - sum_k l_ik conj(l_jk)) / l_jj
        let sr = data[o + 2 * (i * n + j)];
        let si = data[o + 2 * (i * n + j) + 1];
        for (let k = 0; k < j; k++) {
          const ar = data[o + 2 * (i * n + k)], ai = data[o + 2 * (i * n + k) + 1];
          const br = data[o + 2 * (j * n + k)], bi = data[o + 2 * (j * n + k) + 1];
          sr -= ar * br + ai * bi;
          si -= ai * br - ar * bi;
        }
        data[o + 2 * (i * n + j)] = sr / ljj;
        data[o + 2 * (i * n + j) + 1] = si / ljj;
      }
      for (let i = 0; i < j; i++) {
        data[o + 2 * (i * n + j)] = 0;
        data[o + 2 * (i * n + j) + 1] = 0;
      }
    }
  }
  return astype(NDArray.fromStorage(data, a.shape.slice(), complex128), resultComplex(a));
}

/**
 * [U, s, Vh] of each complex matrix by zgesdd's steps (complex-gesdd.ts): U m x m and Vh n x n
 * with `full`, else m x k and k x n. Up to min(m, n) = 25 the vectors are NumPy's, phases and
 * full_matrices' extra columns included; beyond, NumPy's LAPACK divides and conquers the
 * bidiagonal and the vectors' phases (and, for repeated singular values, the vectors) may differ.
 */
export function complexSvd(a: NDArray, full: boolean): [NDArray, NDArray, NDArray] {
  const m = a.shape[a.ndim - 2];
  const n = a.shape[a.ndim - 1];
  const k = Math.min(m, n);
  const uCols = full ? m : k;
  const vhRows = full ? n : k;
  const z = contiguousStorage(astype(a, complex128)) as Float64Array;
  assertFinite(z, "SVD did not converge");
  const batch = a.shape.slice(0, -2);
  const stacks = batch.reduce((p, d) => p * d, 1);
  const U = new Float64Array(stacks * 2 * m * uCols);
  const S = new Float64Array(stacks * k);
  const V = new Float64Array(stacks * 2 * vhRows * n);
  for (let t = 0; t < stacks; t++) {
    if (k === 0) {
      // NumPy: identities for the empty matrix's full factors
      for (let i = 0; i < Math.min(m, uCols); i++) U[2 * (t * m * uCols + i * uCols + i)] = 1;
      for (let i = 0; i < Math.min(n, vhRows); i++) V[2 * (t * vhRows * n + i * n + i)] = 1;
      continue;
    }
    const f = complexGesdd(z, t * 2 * m * n, m, n, full);
    U.set(f.u, t * 2 * m * uCols);
    S.set(f.s, t * k);
    V.set(f.vh, t * 2 * vhRows * n);
  }
  const cdt = resultComplex(a);
  return [
    astype(NDArray.fromStorage(U, [...batch, m, uCols], complex128), cdt),
    astype(NDArray.fromStorage(S, [...batch, k], float64), realResultDType(a.dtype)),
    astype(NDArray.fromStorage(V, [...batch, vhRows, n], complex128), cdt),
  ];
}

/** pinv of complex matrices: V diag(1/s) U^H over the singular values above rcond * max(s). */
export function complexPinv(a: NDArray, rcond: number): NDArray {
  const [U, s, Vh] = complexSvd(a, false);
  const sv = contiguousStorage(astype(s, float64)) as Float64Array;
  const k = s.shape[s.ndim - 1];
  const inv = new Float64Array(sv.length);
  for (let t = 0; t < sv.length / Math.max(k, 1); t++) {
    let big = 0;
    for (let j = 0; j < k; j++) big = Math.max(big, sv[t * k + j]);
    for (let j = 0; j < k; j++) inv[t * k + j] = sv[t * k + j] > rcond * big ? 1 / sv[t * k + j] : 0;
  }
  const scaled = NDArray.fromStorage(inv, s.shape.slice(), float64).get("...", null, ":");
  const V = conjT(Vh);
  return astype(matmul(V.mul(scaled), conjT(U)), resultComplex(a));
}

/** The conjugate transpose of the last two axes. */
function conjT(x: NDArray): NDArray {
  return x.conj().swapaxes(-1, -2);
}

/** lstsq of a complex matrix: [x, residuals, rank, s] as NumPy's gelsd gives them (minimum-norm x). */
export function complexLstsq(a: NDArray, b: NDArray, rcond: number): [NDArray, NDArray, number, NDArray] {
  const m = a.shape[0];
  const n = a.shape[1];
  const [U, s, Vh] = complexSvd(a, false);
  const sv = s.astype("float64").tolist() as number[];
  const big = Math.max(0, ...sv);
  const rank = sv.filter((v) => v > rcond * big).length;
  const inv = np1d(sv.map((v) => (v > rcond * big ? 1 / v : 0)));
  const vector = b.ndim === 1;
  const B = vector ? b.get(":", null) : b;
  const coeff = matmul(conjT(U), B).mul(inv.get(":", null));
  let x = matmul(conjT(Vh), coeff);
  let residuals: NDArray = NDArray.fromStorage(new Float64Array(0), [0], float64);
  if (rank === n && m > n) {
    const r = matmul(a, x).sub(B);
    const abs2 = r.real.mul(r.real).add(r.imag.mul(r.imag));
    residuals = abs2.sum({ axis: 0 }) as NDArray;
  }
  if (vector) x = x.get(":", 0);
  const cdt = resultComplex(a);
  const rdt = realResultDType(a.dtype);
  return [astype(x, cdt), residuals.dtype === rdt ? residuals : astype(residuals, rdt), rank, s];
}

function np1d(values: number[]): NDArray {
  return NDArray.fromStorage(Float64Array.from(values), [values.length], float64);
}


/**
 * svd(hermitian=True) of complex matrices, NumPy's route: eigh (lower triangle read), the
 * |eigenvalues| descending as s (ties in reverse order of position, as argsort()[::-1]), u the
 * eigenvectors in that order and vh = (u * sign(w))^H. The eigenvectors' phases are eigh's.
 */
export function complexHermitianSvd(a: NDArray, withUV: boolean): NDArray | [NDArray, NDArray, NDArray] {
  const n = a.shape[a.ndim - 1];
  const eig = complexEigh(a, "L", withUV);
  const [wArr, vArr] = withUV ? (eig as [NDArray, NDArray]) : [eig as NDArray, null];
  const w = contiguousStorage(astype(wArr, float64)) as Float64Array;
  const v = vArr === null ? null : (contiguousStorage(astype(vArr, complex128)) as Float64Array);
  const count = w.length / Math.max(n, 1);
  const S = new Float64Array(w.length);
  const U = new Float64Array(v === null ? 0 : v.length);
  const V = new Float64Array(U.length);
  for (let t = 0; t < count; t++) {
    const wt = w.subarray(t * n, (t + 1) * n);
    const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => Math.abs(wt[x]) - Math.abs(wt[y]) || x - y).reverse();
    order.forEach((src, j) => (S[t * n + j] = Math.abs(wt[src])));
    if (v === null) continue;
    const o = 2 * t * n * n;
    order.forEach((src, j) => {
      const sign = Math.sign(wt[src]);
      for (let i = 0; i < n; i++) {
        const re = v[o + 2 * (i * n + src)], im = v[o + 2 * (i * n + src) + 1];
        U[o + 2 * (i * n + j)] = re;
        U[o + 2 * (i * n + j) + 1] = im;
        // vh[j][i] = conj(u[i][j] * sign)
        V[o + 2 * (j * n + i)] = sign * re;
        V[o + 2 * (j * n + i) + 1] = -sign * im;
      }
    });
  }
  const s = astype(NDArray.fromStorage(S, wArr.shape.slice(), float64), realResultDType(a.dtype));
  if (v === null) return s;
  const cdt = resultComplex(a);
  return [astype(NDArray.fromStorage(U, a.shape.slice(), complex128), cdt), s, astype(NDArray.fromStorage(V, a.shape.slice(), complex128), cdt)];
}

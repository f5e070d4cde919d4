/**
 * cholesky, svd (with vectors), pinv and lstsq of complex matrices. Cholesky is the complex
 * algorithm itself; the SVD takes its vectors from the real embedding (complex-embed.ts):
 * u from the left vectors of each pair of equal singular values, v = M^H u / s, so that
 * U diag(s) Vh rebuilds M. Singular vectors are unique only up to a phase: here the first
 * component of largest modulus of each right vector is real and positive (LAPACK's zgesdd
 * phase is not reproduced).
 */
import { LinAlgError, NotImplementedError } from "../../errors";
import { NDArray } from "../ndarray";
import { complex128, complex64, float64 } from "../dtype";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";
import { matmul } from "../linalg";
import { svdStack } from "./svd";
import { embeddedStack, realResultDType, subtractProjection } from "./complex-embed";

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

/** [U, s, Vh] of each complex matrix (full_matrices=False), U: m x k, Vh: k x n. */
export function complexSvd(a: NDArray, full: boolean): [NDArray, NDArray, NDArray] {
  const m = a.shape[a.ndim - 2];
  const n = a.shape[a.ndim - 1];
  const k = Math.min(m, n);
  if (full && m !== n) throw new NotImplementedError("svd(full_matrices=True) of a non-square complex matrix is not supported yet: pass full_matrices=False");
  const st = embeddedStack(a);
  const [U2, S2] = svdStack(st, false, true, false) as [NDArray, NDArray, NDArray];
  const u2 = contiguousStorage(U2) as Float64Array;
  const s2 = contiguousStorage(S2) as Float64Array;
  const z = contiguousStorage(astype(a, complex128)) as Float64Array;
  const U = new Float64Array(st.count * 2 * m * k);
  const S = new Float64Array(st.count * k);
  const V = new Float64Array(st.count * 2 * k * n);
  for (let t = 0; t < st.count; t++) {
    const s = s2.subarray(t * 2 * k, (t + 1) * 2 * k);
    const us = leftVectors(u2.subarray(t * 4 * m * k, (t + 1) * 4 * m * k), s, m, k);
    for (let j = 0; j < k; j++) {
      const sj = 0.5 * (s[2 * j] + s[2 * j + 1]);
      S[t * k + j] = sj;
      // v = M^H u / s; the phase of the pair is fixed on v, and u turned with it
      const v = new Float64Array(2 * n);
      for (let c = 0; c < n; c++) {
        let re = 0;
        let im = 0;
        for (let r = 0; r < m; r++) {
          const mr = z[t * 2 * m * n + 2 * (r * n + c)], mi = z[t * 2 * m * n + 2 * (r * n + c) + 1];
          const ur = us[j][2 * r], ui = us[j][2 * r + 1];
          re += mr * ur + mi * ui; // conj(M_rc) u_r
          im += mr * ui - mi * ur;
        }
        v[2 * c] = sj > 0 ? re / sj : 0;
        v[2 * c + 1] = sj > 0 ? im / sj : 0;
      }
      const phase = phaseOf(v);
      rotate(v, phase);
      rotate(us[j], phase);
      for (let r = 0; r < m; r++) {
        U[t * 2 * m * k + 2 * (r * k + j)] = us[j][2 * r];
        U[t * 2 * m * k + 2 * (r * k + j) + 1] = us[j][2 * r + 1];
      }
      for (let c = 0; c < n; c++) {
        // Vh's row j is conj(v)
        V[t * 2 * k * n + 2 * (j * n + c)] = v[2 * c];
        V[t * 2 * k * n + 2 * (j * n + c) + 1] = -v[2 * c + 1];
      }
    }
  }
  const batch = a.shape.slice(0, -2);
  const cdt = resultComplex(a);
  return [
    astype(NDArray.fromStorage(U, [...batch, m, k], complex128), cdt),
    astype(NDArray.fromStorage(S, [...batch, k], float64), realResultDType(a.dtype)),
    astype(NDArray.fromStorage(V, [...batch, k, n], complex128), cdt),
  ];
}

/** k orthonormal complex left vectors from the 2m x 2k real ones, one per pair of equal singular values. */
function leftVectors(u2: Float64Array, s: Float64Array, m: number, k: number): Float64Array[] {
  const kept: Float64Array[] = [];
  const scale = Math.max(s[0] ?? 0, Number.MIN_VALUE);
  let start = 0;
  while (start < 2 * k) {
    let end = start + 1;
    while (end < 2 * k && Math.abs(s[end] - s[start]) <= 1e-10 * scale) end++;
    const want = Math.ceil((end - start) / 2);
    const group: Float64Array[] = [];
    for (let c = start; c < end && group.length < want; c++) {
      const z = new Float64Array(2 * m);
      for (let r = 0; r < m; r++) {
        z[2 * r] = u2[r * 2 * k + c];
        z[2 * r + 1] = u2[(m + r) * 2 * k + c];
      }
      for (const q of [...kept, ...group]) subtractProjection(z, q);
      const len = Math.hypot(...z);
      if (len < 0.5) continue; // i times a vector already kept
      for (let i = 0; i < z.length; i++) z[i] /= len;
      group.push(z);
    }
    kept.push(...group);
    start = end;
  }
  return kept.slice(0, k);
}

/** The unit factor that makes v's first largest-modulus component real and positive. */
function phaseOf(v: Float64Array): [number, number] {
  let best = 0;
  for (let i = 0; i < v.length; i += 2) if (Math.hypot(v[i], v[i + 1]) > Math.hypot(v[best], v[best + 1]) * (1 + 1e-12)) best = i;
  const m = Math.hypot(v[best], v[best + 1]);
  return m === 0 ? [1, 0] : [v[best] / m, -v[best + 1] / m];
}

function rotate(z: Float64Array, [cr, ci]: [number, number]): void {
  for (let i = 0; i < z.length; i += 2) {
    const re = z[i] * cr - z[i + 1] * ci;
    z[i + 1] = z[i] * ci + z[i + 1] * cr;
    z[i] = re;
  }
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


/**
 * Hessian eigenvalues as scikit-image 0.19's ridge filters compute them
 * (`compute_hessian_eigenvalues`): Gaussian smoothing, np.gradient twice, elements scaled by
 * sigma**2, closed-form eigenvalues in 2-D, a Jacobi sweep for larger symmetric matrices.
 */
import { NdMode } from "../_internal/boundary";
import { warn } from "../_internal/arrays";
import { smooth } from "./_smooth";
import { stridesOf } from "./sparse";
import { roundingFor } from "../_internal/rounding";
import { jacobiEigenvalues } from "../_internal/jacobi";
import { releaseScratch, uninitFloat64 } from "../_internal/scratch";

/** np.gradient(values, axis) with unit spacing and first-order edges. */
export function gradient(values: Float64Array, shape: readonly number[], axis: number, r: (v: number) => number): Float64Array {
  const out = uninitFloat64(values.length);
  const stride = stridesOf(shape)[axis];
  const n = shape[axis];
  const block = n * stride;
  if (n < 2) return out.fill(0);
  for (let o = 0; o < values.length; o += block) {
    // the first and last positions along the axis take one-sided differences
    for (let i = o; i < o + stride; i++) out[i] = r(values[i + stride] - values[i]);
    for (let i = o + stride; i < o + block - stride; i++) out[i] = r(r(values[i + stride] - values[i - stride]) / 2.0);
    for (let i = o + block - stride; i < o + block; i++) out[i] = r(values[i] - values[i - stride]);
  }
  return out;
}

/** Eigenvalues of a symmetric matrix (row-major, n x n), descending; `a` is overwritten. */
function symmetricEigenvalues(a: Float64Array, n: number): number[] {
  // stops only when exactly diagonal (the squared off-diagonal sum is 0)
  return jacobiEigenvalues(a, n, 50, Number.MIN_VALUE).sort((x, y) => y - x);
}

/**
 * The Hessian eigenvalues of float `values` at scale `sigma`, one Float64Array per eigenvalue
 * (descending before `sorting`: 'abs' ascending by magnitude, 'val' ascending).
 */
export function hessianEigenvalues(
  values: Float64Array, shape: readonly number[], sigma: number, sorting: "none" | "abs" | "val", mode: NdMode, cval: number, single: boolean,
): Float64Array[] {
  const r = roundingFor(single);
  const ndim = shape.length;
  let sigmas = new Array<number>(ndim).fill(sigma);
  if (ndim === 3 && shape[2] === 3) {
    warn("Images with dimensions (M, N, 3) are interpreted as 2D+RGB by default. Use `multichannel=False` to interpret as 3D image with last dimension of length 3.", "RuntimeWarning");
    sigmas = [sigma, sigma, 0];
  }
  const smoothed = smooth(values, shape, sigmas, mode, cval, 4.0, single);
  const grads = [...Array(ndim).keys()].map((ax) => gradient(smoothed, shape, ax, r));
  if (smoothed !== values) releaseScratch(smoothed);
  // combinations_with_replacement of the reversed axes ('rc' order in scikit-image 0.19)
  const axes = [...Array(ndim).keys()].reverse();
  const elems: Float64Array[] = [];
  const s2 = r(sigma ** 2);
  for (let i = 0; i < ndim; i++) {
    for (let j = i; j < ndim; j++) {
      const e = gradient(grads[axes[i]], shape, axes[j], r);
      for (let t = 0; t < e.length; t++) e[t] = r(s2 * e[t]);
      elems.push(e);
    }
  }
  releaseScratch(...grads);
  const n = values.length;
  const eig = [...Array(ndim).keys()].map(() => uninitFloat64(n));
  if (ndim === 2) {
    const [m00, m01, m11] = elems;
    for (let t = 0; t < n; t++) {
      const half = r(r(m00[t] + m11[t]) / 2);
      const d = r(m00[t] - m11[t]);
      const root = r(r(Math.sqrt(r(r(4 * r(m01[t] * m01[t])) + r(d * d)))) / 2);
      eig[0][t] = r(half + root);
      eig[1][t] = r(half - root);
    }
  } else if (ndim === 1) {
    eig[0].set(elems[0]);
  } else {
    const m = new Float64Array(ndim * ndim);
    for (let t = 0; t < n; t++) {
      let idx = 0;
      for (let i = 0; i < ndim; i++) {
        for (let j = i; j < ndim; j++) {
          m[i * ndim + j] = elems[idx][t];
          m[j * ndim + i] = elems[idx][t];
          idx++;
        }
      }
      const ev = symmetricEigenvalues(m, ndim);
      for (let k = 0; k < ndim; k++) eig[k][t] = r(ev[k]);
    }
  }
  releaseScratch(...elems);
  if (sorting === "none") return eig;
  if (ndim === 2) {
    const [a, b] = eig;
    for (let t = 0; t < n; t++) {
      const swap = sorting === "abs" ? Math.abs(a[t]) > Math.abs(b[t]) : a[t] > b[t];
      if (swap) {
        const v = a[t];
        a[t] = b[t];
        b[t] = v;
      }
    }
    return eig;
  }
  const tmp = new Array<number>(ndim);
  for (let t = 0; t < n; t++) {
    for (let k = 0; k < ndim; k++) tmp[k] = eig[k][t];
    // stable: equal keys keep their order, as NumPy's small-array sort does
    const order = [...tmp.keys()].sort((a, b) => (sorting === "abs" ? Math.abs(tmp[a]) - Math.abs(tmp[b]) : tmp[a] - tmp[b]) || a - b);
    for (let k = 0; k < ndim; k++) eig[k][t] = tmp[order[k]];
  }
  return eig;
}

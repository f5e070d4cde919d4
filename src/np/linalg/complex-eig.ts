/**
 * Eigenvalues and eigenvectors of general complex matrices along LAPACK's zgeev, which NumPy
 * calls: zgebal's permutations and scalings (complex-balance.ts), zgehd2's Householder
 * reduction to Hessenberg form, and zlahqr's single-shift QR iteration (complex-schur.ts). Eigenvalues come out where they converge on
 * the diagonal, so in NumPy's order, for matrices up to 74 x 74 (larger ones take LAPACK's
 * multishift path, which may list the same values in another order). Storage is
 * interleaved (re, im), row-major.
 */
import { applyComplexLeft, applyComplexRight, makeComplexReflector } from "./complex-householder";
import { balance, cabs1 } from "./complex-balance";
import { cdiv, hessenbergEigenvalues } from "./complex-schur";

/** zgehd2 in place over the active block lo..hi: upper Hessenberg, the reflectors' tails left below; returns the taus. */
function hessenberg(a: Float64Array, n: number, lo: number, hi: number): Float64Array {
  const at = (i: number, j: number) => 2 * (i * n + j);
  const taus = new Float64Array(2 * n);
  for (let i = lo; i < hi; i++) {
    const [tr, ti] = makeComplexReflector(a, at(i + 1, i), 2 * n, hi - i);
    taus[2 * i] = tr;
    taus[2 * i + 1] = ti;
    applyComplexRight(a, at(0, i + 1), 2 * n, hi + 1, hi - i, a, at(i + 1, i), 2 * n, tr, ti);
    applyComplexLeft(a, at(i + 1, i + 1), 2 * n, hi - i, n - i - 1, a, at(i + 1, i), 2 * n, tr, -ti);
  }
  return taus;
}

/** zunghr: Q = H(lo) ... H(hi-1) (n x n, interleaved) from the reflectors hessenberg() left in `a`; the tails are then cleared. */
function formHessenbergQ(a: Float64Array, n: number, lo: number, hi: number, taus: Float64Array): Float64Array {
  const q = new Float64Array(2 * n * n);
  for (let i = 0; i < n; i++) q[2 * (i * n + i)] = 1;
  for (let i = hi - 1; i >= lo; i--) applyComplexLeft(q, 2 * ((i + 1) * n), 2 * n, hi - i, n, a, 2 * ((i + 1) * n + i), 2 * n, taus[2 * i], taus[2 * i + 1]);
  for (let j = 0; j < n; j++) for (let i = j + 2; i < n; i++) a[2 * (i * n + j)] = a[2 * (i * n + j) + 1] = 0;
  return q;
}

/** The eigenvalues (interleaved) of the n x n complex matrix at `off` (copied), as zgeev finds them. */
export function complexEigenvalues(data: Float64Array, off: number, n: number): Float64Array {
  const a = data.slice(off, off + 2 * n * n);
  const w = new Float64Array(2 * n);
  if (n === 0) return w;
  const { lo, hi } = balance(a, n);
  hessenberg(a, n, lo, hi);
  hessenbergEigenvalues(a, n, lo, hi, w);
  return w;
}

/**
 * Eigenvalues and right eigenvectors (columns of v, interleaved n x n) of the n x n complex
 * matrix at `off`, as zgeev computes them: the Schur form T = Z^H A Z, T's eigenvectors by
 * back substitution (ztrevc3, zero pivots replaced by smin), Z applied, the balancing undone
 * (zgebak), then each vector of unit 2-norm with its largest component real and positive.
 */
export function complexEigenpairs(data: Float64Array, off: number, n: number): { w: Float64Array; v: Float64Array } {
  const t = data.slice(off, off + 2 * n * n);
  const w = new Float64Array(2 * n);
  const v = new Float64Array(2 * n * n);
  if (n === 0) return { w, v };
  const { swaps, lo, hi, scale } = balance(t, n);
  const taus = hessenberg(t, n, lo, hi);
  const z = formHessenbergQ(t, n, lo, hi, taus);
  hessenbergEigenvalues(t, n, lo, hi, w, z);
  const ulp = Number.EPSILON;
  const smlnum = 2.2250738585072014e-308 * (n / ulp);
  const x = new Float64Array(2 * n);
  for (let ki = n - 1; ki >= 0; ki--) {
    const [tr, ti] = [t[2 * (ki * n + ki)], t[2 * (ki * n + ki) + 1]];
    const smin = Math.max(ulp * cabs1(tr, ti), smlnum);
    x.fill(0);
    x[2 * ki] = 1;
    for (let k = 0; k < ki; k++) [x[2 * k], x[2 * k + 1]] = [-t[2 * (k * n + ki)], -t[2 * (k * n + ki) + 1]];
    // (T[:ki, :ki] - t_ki I) x = rhs, upwards
    for (let k = ki - 1; k >= 0; k--) {
      let dr = t[2 * (k * n + k)] - tr, di = t[2 * (k * n + k) + 1] - ti;
      if (cabs1(dr, di) < smin) [dr, di] = [smin, 0];
      const [qr, qi] = cdiv(x[2 * k], x[2 * k + 1], dr, di);
      x[2 * k] = qr;
      x[2 * k + 1] = qi;
      for (let j = 0; j < k; j++) {
        const [ar, ai] = [t[2 * (j * n + k)], t[2 * (j * n + k) + 1]];
        x[2 * j] -= ar * qr - ai * qi;
        x[2 * j + 1] -= ar * qi + ai * qr;
      }
    }
    // the vector of A's Hessenberg form: Z x
    for (let r = 0; r < n; r++) {
      let sr = 0, si = 0;
      for (let k = 0; k <= ki; k++) {
        const [zr, zi] = [z[2 * (r * n + k)], z[2 * (r * n + k) + 1]];
        sr += zr * x[2 * k] - zi * x[2 * k + 1];
        si += zr * x[2 * k + 1] + zi * x[2 * k];
      }
      v[2 * (r * n + ki)] = sr;
      v[2 * (r * n + ki) + 1] = si;
    }
  }
  // zgebak: the scalings, then the swaps undone, last first
  for (let r = lo; r <= hi; r++) if (scale[r] !== 1) for (let c = 0; c < 2 * n; c++) v[2 * r * n + c] *= scale[r];
  for (let s = swaps.length - 1; s >= 0; s--) {
    const [i, j] = swaps[s];
    if (i === j) continue;
    for (let c = 0; c < 2 * n; c++) [v[2 * i * n + c], v[2 * j * n + c]] = [v[2 * j * n + c], v[2 * i * n + c]];
  }
  // unit 2-norm, the first largest component real and positive
  for (let c = 0; c < n; c++) {
    let norm = 0;
    for (let r = 0; r < n; r++) norm = Math.hypot(norm, v[2 * (r * n + c)], v[2 * (r * n + c) + 1]);
    let best = 0, bestAbs = -1;
    for (let r = 0; r < n; r++) {
      const [pr, pi] = [v[2 * (r * n + c)] / norm, v[2 * (r * n + c) + 1] / norm];
      v[2 * (r * n + c)] = pr;
      v[2 * (r * n + c) + 1] = pi;
      const abs2 = pr * pr + pi * pi;
      if (abs2 > bestAbs) [best, bestAbs] = [r, abs2];
    }
    const mod = Math.sqrt(bestAbs);
    const [fr, fi] = [v[2 * (best * n + c)] / mod, -v[2 * (best * n + c) + 1] / mod];
    for (let r = 0; r < n; r++) {
      const [pr, pi] = [v[2 * (r * n + c)], v[2 * (r * n + c) + 1]];
      v[2 * (r * n + c)] = pr * fr - pi * fi;
      v[2 * (r * n + c) + 1] = pr * fi + pi * fr;
    }
    v[2 * (best * n + c) + 1] = 0;
  }
  return { w, v };
}

/**
 * One complex matrix's SVD along the paths of LAPACK's zgesdd, which NumPy calls: a QR (LQ)
 * first when the matrix is at least 17/9 times taller (wider) than square, Householder
 * bidiagonalisation (zgebrd: real diagonal and superdiagonal, as zlarfg leaves real betas),
 * the real bidiagonal's SVD by the same dbdsqr steps as the real SVD (gesdd.ts), and the complex
 * reflectors applied back. So U and Vh are NumPy's, phases and full_matrices' extra columns
 * included, up to min(M, N) = 25. Storage is interleaved (re, im), row-major.
 */
import { bidiagonalSvdLapack } from "./bdsqr";
import { lowerBidiagonalSvd } from "./gesdd";
import { applyComplexLeft, applyComplexRight, conjugateRun, makeComplexReflector } from "./complex-householder";
import { complexFormQ, complexQrFactor } from "./complex-qr";

/** u (m x uCols), s (k), vh (vhRows x n); u and vh interleaved. */
export interface ComplexSvdFactors {
  u: Float64Array;
  s: Float64Array;
  vh: Float64Array;
}

/** The r x c interleaved matrix's conjugate transpose (c x r). */
const conjTranspose = (a: Float64Array, r: number, c: number) => transpose(a, r, c, true);

/** a (r x k) times b (k x c), both interleaved, into out's first r rows of width `ldOut` columns. */
function multiplyInto(a: Float64Array, b: Float64Array, r: number, k: number, c: number, out: Float64Array, ldOut: number): void {
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      let re = 0;
      let im = 0;
      for (let t = 0; t < k; t++) {
        const ar = a[2 * (i * k + t)], ai = a[2 * (i * k + t) + 1];
        const br = b[2 * (t * c + j)], bi = b[2 * (t * c + j) + 1];
        re += ar * br - ai * bi;
        im += ar * bi + ai * br;
      }
      out[2 * (i * ldOut + j)] = re;
      out[2 * (i * ldOut + j) + 1] = im;
    }
  }
}

/**
 * zgebrd of the tall m x n matrix `a` (overwritten): A = Q B P^H with B real upper bidiagonal.
 * Returns d, e, Q's first uCols columns as rows (uCols x m) and P^H (n x n).
 */
function bidiagonalize(a: Float64Array, m: number, n: number, uCols: number) {
  const d = new Float64Array(n);
  const e = new Float64Array(Math.max(n - 1, 0));
  const tauq = new Float64Array(2 * n);
  const taup = new Float64Array(2 * Math.max(n - 1, 0));
  const at = (i: number, j: number) => 2 * (i * n + j);
  for (let i = 0; i < n; i++) {
    // H(i) zeroes column i below the diagonal; H(i)^H goes on the columns to the right
    const [qr, qi] = makeComplexReflector(a, at(i, i), 2 * n, m - i);
    tauq[2 * i] = qr;
    tauq[2 * i + 1] = qi;
    d[i] = a[at(i, i)];
    applyComplexLeft(a, at(i, i + 1), 2 * n, m - i, n - i - 1, a, at(i, i), 2 * n, qr, -qi);
    if (i + 1 >= n) continue;
    // G(i) zeroes row i beyond the superdiagonal: made from the conjugated row, applied on the right
    conjugateRun(a, at(i, i + 1), 2, n - i - 1);
    const [pr, pi] = makeComplexReflector(a, at(i, i + 1), 2, n - i - 1);
    taup[2 * i] = pr;
    taup[2 * i + 1] = pi;
    e[i] = a[at(i, i + 1)];
    applyComplexRight(a, at(i + 1, i + 1), 2 * n, m - i - 1, n - i - 1, a, at(i, i + 1), 2, pr, pi);
    conjugateRun(a, at(i, i + 1), 2, n - i - 1);
  }
  const q = complexFormQ(a, 0, m, n, tauq, uCols);
  const qCols = new Float64Array(2 * uCols * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < uCols; j++) {
      qCols[2 * (j * m + i)] = q[2 * (i * uCols + j)];
      qCols[2 * (j * m + i) + 1] = q[2 * (i * uCols + j) + 1];
    }
  }
  // P = diag(1, P'), P' from the G's tails laid out as an (n-1) x (n-1) QR's reflectors
  const w = n - 1;
  const tails = new Float64Array(2 * w * w);
  for (let j = 0; j < w; j++) {
    for (let i = j + 1; i < w; i++) {
      tails[2 * (i * w + j)] = a[at(j, i + 1)];
      tails[2 * (i * w + j) + 1] = -a[at(j, i + 1) + 1];
    }
  }
  const inner = complexFormQ(tails, 0, w, w, taup, w);
  const ph = new Float64Array(2 * n * n);
  ph[0] = 1;
  for (let i = 0; i < w; i++) {
    for (let j = 0; j < w; j++) {
      // P^H[j+1][i+1] = conj(P'[i][j])
      ph[2 * ((j + 1) * n + i + 1)] = inner[2 * (i * w + j)];
      ph[2 * ((j + 1) * n + i + 1) + 1] = -inner[2 * (i * w + j) + 1];
    }
  }
  return { d, e, qCols, ph };
}

/** zgesdd's paths 5 and 6 (m >= n): bidiagonalise directly, dbdsdc('U'), U = Q U_bd, Vh = V_bd^T P^H. */
function tallDirect(a: Float64Array, m: number, n: number, full: boolean): ComplexSvdFactors {
  const uCols = full ? m : n;
  const { d, e, qCols, ph } = bidiagonalize(a, m, n, uCols);
  if (n === 1) {
    // dbdsdc's 1 x 1 case: U takes the sign
    if (d[0] < 0 || Object.is(d[0], -0)) for (let t = 0; t < 2 * m; t++) qCols[t] = -qCols[t];
    d[0] = Math.abs(d[0]);
  } else {
    // the real rotations act on re and im alike: interleaved rows are rows of twice the length
    bidiagonalSvdLapack(d, e, n, ph, 2 * n, qCols, 2 * m);
  }
  return { u: transpose(qCols, uCols, m, false), s: d, vh: ph };
}

/** zgesdd's paths 1 to 4 (m much larger than n): QR first, the square R's SVD, U = Q U_R (Q's further columns for full). */
function tallByQr(a: Float64Array, m: number, n: number, full: boolean): ComplexSvdFactors {
  const tau = complexQrFactor(a, 0, m, n);
  const r = new Float64Array(2 * n * n);
  for (let i = 0; i < n; i++) r.set(a.subarray(2 * (i * n + i), 2 * (i * n + n)), 2 * (i * n + i));
  const inner = tallDirect(r, n, n, false);
  const uCols = full ? m : n;
  const q = complexFormQ(a, 0, m, n, tau, uCols);
  const u = q.slice();
  // the first n columns: Q[:, :n] U_R
  const first = new Float64Array(2 * m * n);
  const qn = new Float64Array(2 * m * n);
  for (let i = 0; i < m; i++) qn.set(q.subarray(2 * i * uCols, 2 * (i * uCols + n)), 2 * i * n);
  multiplyInto(qn, inner.u, m, n, n, first, n);
  for (let i = 0; i < m; i++) u.set(first.subarray(2 * i * n, 2 * (i + 1) * n), 2 * i * uCols);
  return { u, s: inner.s, vh: inner.vh };
}

/**
 * zgesdd's paths 5t and 6t (m < n): the lower bidiagonal form of A is the upper one of A^H
 * (same reflectors), so P of A is Q of A^H and the other way round; then dbdsdc('L').
 */
function wideDirect(a: Float64Array, m: number, n: number, full: boolean): ComplexSvdFactors {
  const vhRows = full ? n : m;
  const { d, e, qCols: pCols, ph: qh } = bidiagonalize(conjTranspose(a, m, n), n, m, vhRows);
  // Vh's rows start as P^H's, the conjugates of P's columns
  const vh = pCols;
  for (let t = 1; t < vh.length; t += 2) vh[t] = -vh[t];
  const ubt = lowerBidiagonalSvd(d, e, m, vh, 2 * n);
  // U = Q U_bd with Q = (Q^H)^H
  const q = conjTranspose(qh, m, m);
  const ub = new Float64Array(2 * m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) ub[2 * (i * m + j)] = ubt[j * m + i];
  const u = new Float64Array(2 * m * m);
  multiplyInto(q, ub, m, m, m, u, m);
  return { u, s: d, vh };
}

/** zgesdd's paths 1t to 4t (n much larger than m): LQ first (A^H's QR), the square L's SVD, Vh = Vh_L Q. */
function wideByLq(a: Float64Array, m: number, n: number, full: boolean): ComplexSvdFactors {
  const ah = conjTranspose(a, m, n);
  const tau = complexQrFactor(ah, 0, n, m);
  // L = R^H
  const l = new Float64Array(2 * m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      l[2 * (i * m + j)] = ah[2 * (j * m + i)];
      l[2 * (i * m + j) + 1] = -ah[2 * (j * m + i) + 1];
    }
  }
  const inner = tallDirect(l, m, m, false);
  const vhRows = full ? n : m;
  // the LQ's Q as rows: (A^H's Q, n x vhRows)^H
  const qh = conjTranspose(complexFormQ(ah, 0, n, m, tau, vhRows), n, vhRows);
  const vh = qh.slice();
  multiplyInto(inner.vh, qh, m, m, n, vh, n);
  return { u: inner.u, s: inner.s, vh };
}

/** The r x c interleaved matrix transposed (c x r), conjugated when asked. */
function transpose(a: Float64Array, r: number, c: number, conjugate: boolean): Float64Array {
  const t = new Float64Array(2 * r * c);
  const sign = conjugate ? -1 : 1;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      t[2 * (j * r + i)] = a[2 * (i * c + j)];
      t[2 * (j * r + i) + 1] = sign * a[2 * (i * c + j) + 1];
    }
  }
  return t;
}

/** The SVD of the m x n interleaved matrix at `off` (copied), as zgesdd computes it. */
export function complexGesdd(data: Float64Array, off: number, m: number, n: number, full: boolean): ComplexSvdFactors {
  const a = data.slice(off, off + 2 * m * n);
  const mnthr = Math.floor((Math.min(m, n) * 17) / 9);
  if (m >= n) return m >= mnthr && m > n ? tallByQr(a, m, n, full) : tallDirect(a, m, n, full);
  return n >= mnthr ? wideByLq(a, m, n, full) : wideDirect(a, m, n, full);
}

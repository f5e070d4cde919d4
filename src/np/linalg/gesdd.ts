/**
 * One matrix's SVD along the paths of LAPACK's dgesdd, which NumPy calls: a QR (or LQ) first
 * when the matrix is much taller (wider) than square, Householder bidiagonalisation (upper for
 * tall, lower for wide), the bidiagonal's SVD by dbdsqr, and the reflectors applied back. The
 * same steps give NumPy's singular vectors, signs and full_matrices' extra columns included,
 * up to min(M, N) = 25 (beyond, NumPy's LAPACK divides and conquers the bidiagonal).
 */
import { gemm } from "../gemm";
import { bidiagonalize } from "./bidiagonal";
import { bidiagonalSvdLapack } from "./bdsqr";
import { rotation } from "./tridiagonal-qr";
import { formQ, qrFactor } from "./householder";

/** Row-major factors: u (m x uCols), s (k), vt (vtRows x n). */
export interface SvdFactors {
  u: Float64Array;
  s: Float64Array;
  vt: Float64Array;
}

const EMPTY = new Float64Array(0);

function transpose(a: Float64Array, rows: number, cols: number): Float64Array {
  const t = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = a[i * cols + j];
  return t;
}

/** dgesdd's path 5: bidiagonalise the tall m x n `a` (overwritten) directly. */
function tallDirect(a: Float64Array, m: number, n: number, full: boolean, withUV: boolean): SvdFactors {
  const uCols = full ? m : n;
  const { d, e, ut, vt } = bidiagonalize(a, m, n, withUV, uCols);
  if (!withUV || !ut || !vt) {
    bidiagonalSvdLapack(d, e, n, null, 0, null, 0);
    return { u: EMPTY, s: d, vt: EMPTY };
  }
  if (n === 1) {
    // dbdsdc's 1 x 1 case: U takes the sign
    if (d[0] < 0 || Object.is(d[0], -0)) for (let t = 0; t < m; t++) ut[t] = -ut[t];
    d[0] = Math.abs(d[0]);
  } else {
    bidiagonalSvdLapack(d, e, n, vt, n, ut, m);
  }
  return { u: transpose(ut, uCols, m), s: d, vt };
}

/** dgesdd's paths 3 and 4: QR first, the square R's SVD, then U = Q U_R (Q's further columns for full). */
function tallByQr(a: Float64Array, m: number, n: number, full: boolean, withUV: boolean): SvdFactors {
  const tau = new Float64Array(n);
  qrFactor(a, 0, m, n, tau, new Float64Array(Math.max(m, n)));
  const r = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) r[i * n + j] = a[i * n + j];
  const inner = tallDirect(r, n, n, false, withUV);
  if (!withUV) return inner;
  const uCols = full ? m : n;
  const q = formQ(a, 0, m, n, tau, n, uCols, new Float64Array(Math.max(uCols, 1)));
  const u = new Float64Array(m * uCols);
  const first = new Float64Array(m * n);
  gemm(q, 0, uCols, 1, inner.u, 0, n, 1, first, 0, m, n, n);
  for (let i = 0; i < m; i++) {
    u.set(first.subarray(i * n, i * n + n), i * uCols);
    for (let j = n; j < uCols; j++) u[i * uCols + j] = q[i * uCols + j];
  }
  return { u, s: inner.s, vt: inner.vt };
}

/**
 * dgesdd's path 5t: the wide m x n matrix bidiagonalised to lower form (the transpose's upper
 * form, same reflectors), turned upper by rotations, as dbdsdc does, then dbdsqr.
 */
function wideDirect(a: Float64Array, m: number, n: number, full: boolean, withUV: boolean): SvdFactors {
  const vtRows = full ? n : m;
  // P of A is U0 of A^T; Q of A is V0 of A^T
  const { d, e, ut: pt, vt: qt } = bidiagonalize(transpose(a, m, n), n, m, withUV, vtRows);
  if (!withUV || !pt || !qt) {
    bidiagonalSvdLapack(d, e, m, null, 0, null, 0);
    return { u: EMPTY, s: d, vt: EMPTY };
  }
  const ubt = lowerBidiagonalSvd(d, e, m, pt, n);
  // U = Q_brd U_bd, with Q_brd = qt^T
  const u = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      let sum = 0;
      for (let k = 0; k < m; k++) sum += qt[k * m + i] * ubt[j * m + k];
      u[i * m + j] = sum;
    }
  }
  return { u, s: d, vt: pt };
}

/**
 * dbdsdc('L') on the lower bidiagonal (d, e) of order m: turned upper by rotations, its SVD by
 * dbdsqr with `pt` (m rows of length ncvt) taking the right rotations, the rotations undone on
 * U_bd. Returns U_bd with its columns as rows (m x m); d gets the singular values.
 */
export function lowerBidiagonalSvd(d: Float64Array, e: Float64Array, m: number, pt: Float64Array, ncvt: number): Float64Array {
  // U_bd, with its columns as rows (ubt), starts as the identity
  const ubt = new Float64Array(m * m);
  for (let i = 0; i < m; i++) ubt[i * m + i] = 1;
  const cs = new Float64Array(m);
  const sn = new Float64Array(m);
  if (m === 1) {
    if (d[0] < 0 || Object.is(d[0], -0)) ubt[0] = -1;
    d[0] = Math.abs(d[0]);
    return ubt;
  }
  for (let i = 0; i < m - 1; i++) {
    const [c, s, r] = rotation(d[i], e[i]);
    d[i] = r;
    e[i] = s * d[i + 1];
    d[i + 1] = c * d[i + 1];
    cs[i] = c;
    sn[i] = -s;
  }
  bidiagonalSvdLapack(d, e, m, pt, ncvt, ubt, m);
  // the lower-to-upper rotations, last first, from the left on U_bd's rows (columns of ubt)
  for (let k = m - 2; k >= 0; k--) {
    for (let t = 0; t < m; t++) {
      const lo = t * m + k;
      const temp = ubt[lo + 1];
      ubt[lo + 1] = cs[k] * temp - sn[k] * ubt[lo];
      ubt[lo] = sn[k] * temp + cs[k] * ubt[lo];
    }
  }
  return ubt;
}

/** dgesdd's paths 3t and 4t: LQ first (the transpose's QR), the square L's SVD, then VT = VT_L Q. */
function wideByLq(a: Float64Array, m: number, n: number, full: boolean, withUV: boolean): SvdFactors {
  const at = transpose(a, m, n);
  const tau = new Float64Array(m);
  qrFactor(at, 0, n, m, tau, new Float64Array(Math.max(m, n)));
  const l = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j <= i; j++) l[i * m + j] = at[j * m + i];
  const inner = tallDirect(l, m, m, false, withUV);
  if (!withUV) return inner;
  const vtRows = full ? n : m;
  // Q of the LQ, as rows: the transpose's Q (n x vtRows), transposed
  const qt = transpose(formQ(at, 0, n, m, tau, m, vtRows, new Float64Array(Math.max(vtRows, 1))), n, vtRows);
  const vt = new Float64Array(vtRows * n);
  gemm(inner.vt, 0, m, 1, qt, 0, n, 1, vt, 0, m, m, n);
  vt.set(qt.subarray(m * n), m * n);
  return { u: inner.u, s: inner.s, vt };
}

/** The SVD of the m x n row-major matrix at `off` (copied), as dgesdd computes it. */
export function gesdd(data: Float64Array, off: number, m: number, n: number, full: boolean, withUV: boolean): SvdFactors {
  const a = data.slice(off, off + m * n);
  const mnthr = Math.floor((Math.min(m, n) * 11) / 6);
  if (m >= n) return m >= mnthr && m > n ? tallByQr(a, m, n, full, withUV) : tallDirect(a, m, n, full, withUV);
  return n >= mnthr ? wideByLq(a, m, n, full, withUV) : wideDirect(a, m, n, full, withUV);
}

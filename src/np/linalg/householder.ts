/**
 * Householder reflectors as LAPACK builds them (dlarfg / dgeqr2 / dorg2r): H = I - tau v v^T
 * with v[0] = 1 and beta = -sign(alpha) * norm, so QR factors, R's diagonal signs included,
 * come out as NumPy's. Matrices are row-major; the reflector's tail is stored below the diagonal.
 */
import { applyReflectorProduct } from "./reflector-sweeps";

/**
 * Makes the reflector that zeroes x[1..len-1] (x at `off`, stride `stride`; x[0] is alpha):
 * overwrites x[0] with beta and x[1..] with v's tail; returns tau (0 when x[1..] is already 0).
 */
export function makeReflector(x: Float64Array, off: number, stride: number, len: number): number {
  let alpha = x[off];
  let xnorm = tailNorm(x, off, stride, len);
  if (xnorm === 0) return 0;
  let beta = alpha >= 0 ? -Math.hypot(alpha, xnorm) : Math.hypot(alpha, xnorm);
  // as dlarfg: a tiny beta is rescaled first, or 1 / (alpha - beta) would overflow
  let rescaled = 0;
  while (Math.abs(beta) < SAFE_MIN && rescaled < 20) {
    rescaled++;
    for (let i = 1; i < len; i++) x[off + i * stride] /= SAFE_MIN;
    beta /= SAFE_MIN;
    alpha /= SAFE_MIN;
  }
  if (rescaled > 0) {
    xnorm = tailNorm(x, off, stride, len);
    beta = alpha >= 0 ? -Math.hypot(alpha, xnorm) : Math.hypot(alpha, xnorm);
  }
  const tau = (beta - alpha) / beta;
  const f = 1 / (alpha - beta);
  for (let i = 1; i < len; i++) x[off + i * stride] *= f;
  for (let k = 0; k < rescaled; k++) beta *= SAFE_MIN;
  x[off] = beta;
  return tau;
}

/** LAPACK's safe minimum over machine epsilon (dlamch('S') / dlamch('E')). */
const SAFE_MIN = 2.2250738585072014e-308 / (Number.EPSILON / 2);

/** The 2-norm of x[1..len-1], scaled against overflow and underflow. */
function tailNorm(x: Float64Array, off: number, stride: number, len: number): number {
  let scale = 0;
  for (let i = 1; i < len; i++) scale = Math.max(scale, Math.abs(x[off + i * stride]));
  if (scale === 0) return 0;
  let ss = 0;
  for (let i = 1; i < len; i++) {
    const v = x[off + i * stride] / scale;
    ss += v * v;
  }
  return scale * Math.sqrt(ss);
}

/**
 * Applies H = I - tau v v^T from the left to rows r0..r0+len-1, columns c0..c1-1 of the
 * row-major matrix `a` (row length `ld`); v = [1, v[vOff + stride], ...]. `w` is scratch (>= c1).
 */
export function applyReflectorLeft(
  a: Float64Array, off: number, ld: number, r0: number, len: number, c0: number, c1: number,
  v: Float64Array, vOff: number, vStride: number, tau: number, w: Float64Array,
): void {
  if (tau === 0 || c1 <= c0) return;
  const first = off + r0 * ld;
  for (let c = c0; c < c1; c++) w[c] = a[first + c];
  // w = v^T A, four rows per sweep so each w[c] is loaded and stored once per four; rows
  // whose v[i] is 0 are skipped (one at a time), so a non-finite row they hold stays out
  for (let i = 1; i < len; ) {
    const at = vOff + i * vStride;
    const v0 = v[at];
    if (i + 3 < len) {
      const v1 = v[at + vStride], v2 = v[at + 2 * vStride], v3 = v[at + 3 * vStride];
      if (v0 !== 0 && v1 !== 0 && v2 !== 0 && v3 !== 0) {
        const r0 = first + i * ld, r1 = r0 + ld, r2 = r1 + ld, r3 = r2 + ld;
        for (let c = c0; c < c1; c++) w[c] += v0 * a[r0 + c] + v1 * a[r1 + c] + v2 * a[r2 + c] + v3 * a[r3 + c];
        i += 4;
        continue;
      }
    }
    if (v0 !== 0) {
      const row = first + i * ld;
      for (let c = c0; c < c1; c++) w[c] += v0 * a[row + c];
    }
    i++;
  }
  for (let c = c0; c < c1; c++) {
    w[c] *= tau;
    a[first + c] -= w[c];
  }
  for (let i = 1; i < len; i++) {
    const vi = v[vOff + i * vStride];
    if (vi === 0) continue;
    const row = first + i * ld;
    for (let c = c0; c < c1; c++) a[row + c] -= vi * w[c];
  }
}

/**
 * Applies H = I - tau v v^T from the right to rows r0..r1-1, columns c0..c0+len-1 of `a`;
 * v = [1, v[vOff + vStride], ...].
 */
export function applyReflectorRight(
  a: Float64Array, off: number, ld: number, r0: number, r1: number, c0: number, len: number,
  v: Float64Array, vOff: number, vStride: number, tau: number,
): void {
  if (tau === 0) return;
  let r = r0;
  // four rows per sweep: each v[i] loaded once for four dots
  for (; r + 3 < r1; r += 4) {
    const p0 = off + r * ld + c0, p1 = p0 + ld, p2 = p1 + ld, p3 = p2 + ld;
    let s0 = a[p0], s1 = a[p1], s2 = a[p2], s3 = a[p3];
    for (let i = 1; i < len; i++) {
      const vi = v[vOff + i * vStride];
      s0 += a[p0 + i] * vi;
      s1 += a[p1 + i] * vi;
      s2 += a[p2 + i] * vi;
      s3 += a[p3 + i] * vi;
    }
    s0 *= tau;
    s1 *= tau;
    s2 *= tau;
    s3 *= tau;
    a[p0] -= s0;
    a[p1] -= s1;
    a[p2] -= s2;
    a[p3] -= s3;
    for (let i = 1; i < len; i++) {
      const vi = v[vOff + i * vStride];
      a[p0 + i] -= s0 * vi;
      a[p1 + i] -= s1 * vi;
      a[p2 + i] -= s2 * vi;
      a[p3 + i] -= s3 * vi;
    }
  }
  for (; r < r1; r++) {
    const row = off + r * ld + c0;
    let s = a[row];
    for (let i = 1; i < len; i++) s += a[row + i] * v[vOff + i * vStride];
    s *= tau;
    a[row] -= s;
    for (let i = 1; i < len; i++) a[row + i] -= s * v[vOff + i * vStride];
  }
}

/** dgeqr2: QR of the m x n matrix at `off` in place (R above, reflectors below); tau gets min(m, n) entries. */
export function qrFactor(a: Float64Array, off: number, m: number, n: number, tau: Float64Array, w: Float64Array): void {
  const k = Math.min(m, n);
  for (let j = 0; j < k; j++) {
    const at = off + j * n + j;
    tau[j] = makeReflector(a, at, n, m - j);
    if (j + 1 < n && tau[j] !== 0) {
      const beta = a[at];
      a[at] = 1;
      applyReflectorLeft(a, off, n, j, m - j, j + 1, n, a, at, n, tau[j], w);
      a[at] = beta;
    }
  }
}

/**
 * dorg2r: the m x cols matrix Q = H_0 H_1 ... H_{k-1} (its first `cols` columns) from the
 * reflectors stored below the diagonal of the factored m x n matrix.
 */
export function formQ(a: Float64Array, off: number, m: number, n: number, tau: Float64Array, k: number, cols: number, w: Float64Array): Float64Array {
  const q = new Float64Array(m * cols);
  for (let i = 0; i < Math.min(m, cols); i++) q[i * cols + i] = 1;
  if (applyReflectorProduct(q, m, cols, { a, base: off, jStep: n + 1, iStep: n, shift: 0, tau, count: k })) return q;
  const v = new Float64Array(m);
  for (let j = k - 1; j >= 0; j--) {
    v[0] = 1;
    for (let i = 1; i < m - j; i++) v[i] = a[off + (j + i) * n + j];
    applyReflectorLeft(q, 0, cols, j, m - j, j, cols, v, 0, 1, tau[j], w);
  }
  return q;
}


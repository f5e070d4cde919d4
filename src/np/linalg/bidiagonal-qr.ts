/**
 * The SVD of an upper bidiagonal matrix by implicit-shift QR (Golub and Kahan's step with a
 * Wilkinson shift, zero diagonals chased out), rotating the rows of U^T and V^T as it goes.
 * Leaves the singular values in d (non-negative, unsorted).
 */
import { LinAlgError } from "../../errors";

/** Rotates rows i and j of the row-major `x` (row length len): (ri, rj) -> (c ri + s rj, -s ri + c rj). */
function rotateRows(x: Float64Array | null, len: number, i: number, j: number, c: number, s: number): void {
  if (x === null) return;
  const oi = i * len;
  const oj = j * len;
  for (let t = 0; t < len; t++) {
    const a = x[oi + t];
    const b = x[oj + t];
    x[oi + t] = c * a + s * b;
    x[oj + t] = -s * a + c * b;
  }
}

/**
 * Diagonalises B (d: n, e: n-1) in place; ut has n rows of length m (columns of U), vt n rows
 * of length n (rows of V^T); either may be null.
 */
export function bidiagonalSvd(d: Float64Array, e: Float64Array, n: number, ut: Float64Array | null, m: number, vt: Float64Array | null): void {
  const eps = Number.EPSILON;
  let bnorm = 0;
  for (let i = 0; i < n; i++) bnorm = Math.max(bnorm, Math.abs(d[i]) + (i < n - 1 ? Math.abs(e[i]) : 0));
  const tiny = eps * bnorm;
  let hi = n - 1;
  let steps = 0;
  while (hi > 0) {
    // deflate: superdiagonals negligible next to their neighbours, or to the whole (a change
    // of at most eps * |B|, as backward stable as the rest), split the problem
    for (let i = 0; i < hi; i++) {
      if (Math.abs(e[i]) <= eps * (Math.abs(d[i]) + Math.abs(d[i + 1])) || Math.abs(e[i]) <= tiny) e[i] = 0;
    }
    if (e[hi - 1] === 0) {
      hi--;
      continue;
    }
    let lo = hi - 1;
    while (lo > 0 && e[lo - 1] !== 0) lo--;
    if (++steps > 75 * n) throw new LinAlgError("SVD did not converge");
    // a zero on the diagonal: rotate its row's superdiagonal away
    let zero = -1;
    for (let k = lo; k < hi; k++) {
      if (Math.abs(d[k]) <= tiny) {
        d[k] = 0;
        zero = k;
        break;
      }
    }
    if (zero < 0 && Math.abs(d[hi]) <= tiny) {
      // a zero at the bottom: rotate the last column's superdiagonal away
      d[hi] = 0;
      let x = e[hi - 1];
      e[hi - 1] = 0;
      for (let j = hi - 1; j >= lo && x !== 0; j--) {
        const r = Math.hypot(d[j], x);
        const c = d[j] / r;
        const s = x / r;
        d[j] = r;
        if (j > lo) {
          x = -s * e[j - 1];
          e[j - 1] = c * e[j - 1];
        }
        rotateRows(vt, n, j, hi, c, s);
      }
      continue;
    }
    if (zero >= 0) {
      let x = e[zero];
      e[zero] = 0;
      for (let j = zero + 1; j <= hi && x !== 0; j++) {
        const r = Math.hypot(d[j], x);
        const c = d[j] / r;
        const s = x / r;
        d[j] = r;
        if (j < hi) {
          x = -s * e[j];
          e[j] = c * e[j];
        }
        rotateRows(ut, m, j, zero, c, s);
      }
      continue;
    }
    golubKahanStep(d, e, lo, hi, ut, m, vt, n);
  }
  for (let k = 0; k < n; k++) {
    if (d[k] >= 0) continue;
    d[k] = -d[k];
    if (vt !== null) for (let t = 0; t < n; t++) vt[k * n + t] = -vt[k * n + t];
  }
}

/** One implicit QR step on the block lo..hi, shifted by the eigenvalue of the trailing 2 x 2 of B^T B nearer its end. */
function golubKahanStep(d: Float64Array, e: Float64Array, lo: number, hi: number, ut: Float64Array | null, m: number, vt: Float64Array | null, n: number): void {
  const t11 = d[hi - 1] * d[hi - 1] + (hi - 1 > lo ? e[hi - 2] * e[hi - 2] : 0);
  const t12 = d[hi - 1] * e[hi - 1];
  const t22 = d[hi] * d[hi] + e[hi - 1] * e[hi - 1];
  const delta = (t11 - t22) / 2;
  const denom = delta + (delta >= 0 ? 1 : -1) * Math.hypot(delta, t12);
  const mu = denom === 0 ? t22 : t22 - (t12 * t12) / denom;
  let y = d[lo] * d[lo] - mu;
  let z = d[lo] * e[lo];
  for (let k = lo; k < hi; k++) {
    // from the right on columns k, k+1
    let r = Math.hypot(y, z);
    let c = r === 0 ? 1 : y / r;
    let s = r === 0 ? 0 : z / r;
    if (k > lo) e[k - 1] = r;
    const dk = d[k];
    const ek = e[k];
    d[k] = c * dk + s * ek;
    e[k] = -s * dk + c * ek;
    const bulge = s * d[k + 1];
    d[k + 1] = c * d[k + 1];
    rotateRows(vt, n, k, k + 1, c, s);
    // from the left on rows k, k+1
    y = d[k];
    z = bulge;
    r = Math.hypot(y, z);
    c = r === 0 ? 1 : y / r;
    s = r === 0 ? 0 : z / r;
    d[k] = r;
    const ek2 = e[k];
    const dk1 = d[k + 1];
    e[k] = c * ek2 + s * dk1;
    d[k + 1] = -s * ek2 + c * dk1;
    rotateRows(ut, m, k, k + 1, c, s);
    if (k + 1 < hi) {
      y = e[k];
      z = s * e[k + 1];
      e[k + 1] = c * e[k + 1];
    }
  }
}

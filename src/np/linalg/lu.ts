/**
 * LU factorisation with partial pivoting (LAPACK's dgetrf: the first largest pivot of each
 * column), in place on a row-major n x n matrix, and the triangular solves that use it. Large
 * matrices go by blocks of columns (dgetrf's right-looking scheme) so that most of the work
 * is matrix products on the SIMD kernel behind np.matmul.
 */
import { gemm } from "../gemm";
import { roundedLog } from "./rounded-math";

/** Panel width of the blocked factorisation and solves. */
const BLOCK = 48;

function swapRows(a: Float64Array, r1: number, r2: number, len: number): void {
  for (let j = 0; j < len; j++) {
    const t = a[r1 + j];
    a[r1 + j] = a[r2 + j];
    a[r2 + j] = t;
  }
}

/**
 * Factors columns k0..k1-1 (every row from k0 down), swapping whole rows; the elimination
 * updates only the panel's own columns. Returns true if a pivot was exactly 0.
 */
function factorPanel(a: Float64Array, off: number, n: number, k0: number, k1: number, pivots: Int32Array): boolean {
  let singular = false;
  for (let k = k0; k < k1; k++) {
    let p = k;
    let best = Math.abs(a[off + k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[off + i * n + k]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    pivots[k] = p;
    if (p !== k) swapRows(a, off + k * n, off + p * n, n);
    const rk = off + k * n;
    const pivot = a[rk + k];
    if (pivot === 0) {
      // LAPACK records the zero pivot and carries on without eliminating below it
      singular = true;
      continue;
    }
    const inv = 1 / pivot;
    for (let i = k + 1; i < n; i++) {
      const ri = off + i * n;
      const l = a[ri + k] * inv;
      a[ri + k] = l;
      if (l === 0) continue;
      for (let j = k + 1; j < k1; j++) a[ri + j] -= l * a[rk + j];
    }
  }
  return singular;
}

/** Factors a[off..] = P L U in place; fills the row swapped with each row; returns whether a pivot was 0. */
export function luFactor(a: Float64Array, off: number, n: number, pivots: Int32Array): boolean {
  let singular = false;
  let tmp: Float64Array | null = null;
  for (let k0 = 0; k0 < n; k0 += BLOCK) {
    const k1 = Math.min(k0 + BLOCK, n);
    if (factorPanel(a, off, n, k0, k1, pivots)) singular = true;
    const rest = n - k1;
    if (rest === 0) continue;
    // U12 = L11^-1 A12 (unit lower triangle of the panel)
    for (let i = k0 + 1; i < k1; i++) subtractRows(a, off + i * n + k1, a, off + i * n, k0, i, off + k1, n, n - k1);
    // A22 -= L21 U12
    tmp ??= new Float64Array(n * n);
    gemm(a, off + k1 * n + k0, n, 1, a, off + k0 * n + k1, n, 1, tmp, 0, rest, k1 - k0, rest);
    for (let i = 0; i < rest; i++) {
      const ri = off + (k1 + i) * n + k1;
      const ti = i * rest;
      for (let j = 0; j < rest; j++) a[ri + j] -= tmp[ti + j];
    }
  }
  return singular;
}

/**
 * Solves A X = B for the n x m right-hand sides in b[bOff..] (row-major, overwritten with X),
 * from the factors of luFactor; blocks of rows are updated by matrix products.
 */
export function luSolve(lu: Float64Array, off: number, n: number, pivots: Int32Array, b: Float64Array, bOff: number, m: number): void {
  for (let k = 0; k < n; k++) {
    if (pivots[k] !== k) swapRows(b, bOff + k * m, bOff + pivots[k] * m, m);
  }
  const tmp = n > BLOCK ? new Float64Array(BLOCK * m) : null;
  forwardSubstitute(lu, off, n, b, bOff, m, false, tmp);
  backSubstitute(lu, off, n, b, bOff, m, tmp);
}

/**
 * The inverse into x[xOff..] (n x n, zero on entry) from the factors, by LAPACK's dgetri
 * route: L^-1 (lower triangular, so its forward substitution skips the zeros above the
 * diagonal: a third of the work of solving against the identity), U^-1 L^-1, then the
 * pivots' swaps applied to the columns in reverse.
 */
export function luInverse(lu: Float64Array, off: number, n: number, pivots: Int32Array, x: Float64Array, xOff: number): void {
  for (let i = 0; i < n; i++) x[xOff + i * n + i] = 1;
  const tmp = n > BLOCK ? new Float64Array(BLOCK * n) : null;
  forwardSubstitute(lu, off, n, x, xOff, n, true, tmp);
  backSubstitute(lu, off, n, x, xOff, n, tmp);
  for (let k = n - 1; k >= 0; k--) {
    const p = pivots[k];
    if (p === k) continue;
    for (let i = 0; i < n; i++) {
      const row = xOff + i * n;
      const t = x[row + k];
      x[row + k] = x[row + p];
      x[row + p] = t;
    }
  }
}

/**
 * b = L^-1 b with L the unit lower triangle, a block of rows at a time. `lowerOnly`: b is
 * lower triangular (the identity's solve), so row i only has columns below i + 1 to update.
 */
function forwardSubstitute(lu: Float64Array, off: number, n: number, b: Float64Array, bOff: number, m: number, lowerOnly: boolean, tmp: Float64Array | null): void {
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const i1 = Math.min(i0 + BLOCK, n);
    if (i0 > 0 && tmp) subtractProduct(lu, off + i0 * n, n, i1 - i0, i0, b, bOff, m, lowerOnly ? i0 : m, bOff + i0 * m, tmp);
    for (let i = i0 + 1; i < i1; i++) subtractRows(b, bOff + i * m, lu, off + i * n, i0, i, bOff, m, lowerOnly ? i : m);
  }
}

/** b = U^-1 b with U the upper triangle, from the last block of rows up. */
function backSubstitute(lu: Float64Array, off: number, n: number, b: Float64Array, bOff: number, m: number, tmp: Float64Array | null): void {
  const last = Math.floor((n - 1) / BLOCK) * BLOCK;
  for (let i0 = last; i0 >= 0; i0 -= BLOCK) {
    const i1 = Math.min(i0 + BLOCK, n);
    if (i1 < n && tmp) subtractProduct(lu, off + i0 * n + i1, n, i1 - i0, n - i1, b, bOff + i1 * m, m, m, bOff + i0 * m, tmp);
    for (let i = i1 - 1; i >= i0; i--) {
      const ri = bOff + i * m;
      subtractRows(b, ri, lu, off + i * n, i + 1, i1, bOff, m, m);
      const inv = 1 / lu[off + i * n + i];
      for (let j = 0; j < m; j++) b[ri + j] *= inv;
    }
  }
}

/**
 * x[xAt + j] -= sum over k in k0..k1-1 of coef[cAt + k] * x[rowsAt + k * ld + j], j < len: one
 * row less its combination of earlier rows, four rows per sweep (x[xAt + j] is loaded and
 * stored once per four terms).
 */
function subtractRows(x: Float64Array, xAt: number, coef: Float64Array, cAt: number, k0: number, k1: number, rowsAt: number, ld: number, len: number): void {
  let k = k0;
  for (; k + 3 < k1; k += 4) {
    const c0 = coef[cAt + k], c1 = coef[cAt + k + 1], c2 = coef[cAt + k + 2], c3 = coef[cAt + k + 3];
    const r0 = rowsAt + k * ld, r1 = r0 + ld, r2 = r1 + ld, r3 = r2 + ld;
    for (let j = 0; j < len; j++) x[xAt + j] -= c0 * x[r0 + j] + c1 * x[r1 + j] + c2 * x[r2 + j] + c3 * x[r3 + j];
  }
  for (; k < k1; k++) {
    const c = coef[cAt + k];
    if (c === 0) continue;
    const r = rowsAt + k * ld;
    for (let j = 0; j < len; j++) x[xAt + j] -= c * x[r + j];
  }
}

/** The first `cols` columns of b[dst .. rows x m] -= A (rows x k at aOff, row stride n) @ b[src .. k x m]. */
function subtractProduct(a: Float64Array, aOff: number, n: number, rows: number, k: number, b: Float64Array, src: number, m: number, cols: number, dst: number, tmp: Float64Array): void {
  gemm(a, aOff, n, 1, b, src, m, 1, tmp, 0, rows, k, cols);
  for (let i = 0; i < rows; i++) {
    const bi = dst + i * m;
    const ti = i * cols;
    for (let j = 0; j < cols; j++) b[bi + j] -= tmp[ti + j];
  }
}

/** sign and log|det| from the factors of luFactor (sign 0 and -inf for a zero pivot). */
export function luSlogdet(lu: Float64Array, off: number, n: number, pivots: Int32Array): [number, number] {
  let sign = 1;
  let logdet = 0;
  for (let k = 0; k < n; k++) {
    const d = lu[off + k * n + k];
    if (pivots[k] !== k) sign = -sign;
    if (d === 0) return [0, -Infinity];
    if (d < 0) sign = -sign;
    logdet += roundedLog(Math.abs(d));
  }
  return [sign, logdet];
}

/**
 * LU factorisation with partial pivoting (LAPACK's dgetrf: the first largest pivot of each
 * column), in place on a row-major n x n matrix, and the triangular solves that use it. Both
 * recurse on halves (as LAPACK's dgetrf2 and a recursive dtrsm do), so nearly all the work is
 * updates C -= A B on the SIMD kernel behind np.matmul, in place and on the heap threads when
 * the matrices live in the shared heap; only strips of LEAF columns or rows go element by
 * element.
 */
import { gemmSubtract } from "../gemm";
import { luColumn, luRows } from "../wasm/lu-kernels";
import { roundedLog } from "./rounded-math";
import { matVecKernels } from "../wasm/matvec";
import { heapAddress, heapScratch } from "../heap/heap";

/** Columns (rows for the triangular solves) below which the recursion stops. */
const LEAF = 16;
/**
 * The same outside the shared heap (small matrices, under 64 KiB), where each product costs a
 * scratch array and copies: plain loops are faster up to this width.
 */
const LEAF_OUTSIDE_HEAP = 64;

/** The leaf width for work on `x`. */
function leafFor(x: Float64Array): number {
  return heapAddress(x) >= 0 ? LEAF : LEAF_OUTSIDE_HEAP;
}

/** The first part of a split of `w` columns or rows: about half, a multiple of 4 (the kernel's tiles). */
function half(w: number): number {
  return Math.max(4, Math.ceil(w / 8) * 4);
}

function swapRows(a: Float64Array, r1: number, r2: number, len: number): void {
  for (let j = 0; j < len; j++) {
    const t = a[r1 + j];
    a[r1 + j] = a[r2 + j];
    a[r2 + j] = t;
  }
}

/**
 * Factors columns k0..k1-1 (every row from k0 down), swapping whole rows; the elimination
 * updates only these columns (on the SIMD kernel of wasm/lu-kernels.ts when the matrix is in
 * the shared heap). Returns true if a pivot was exactly 0.
 */
function factorPanel(a: Float64Array, off: number, n: number, k0: number, k1: number, pivots: Int32Array): boolean {
  let singular = false;
  for (let k = k0; k < k1; k++) {
    const swapped = luColumn(a, off, n, k, k1);
    if (swapped >= 0) {
      pivots[k] = swapped;
      if (a[off + k * n + k] === 0) singular = true;
      continue;
    }
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

/**
 * Factors columns k0..k1-1 (rows k0 down) by halves: the left half, U12 = L11^-1 A12, the
 * update A22 -= L21 U12, then the right half. Returns true if a pivot was exactly 0.
 */
function factorColumns(a: Float64Array, off: number, n: number, k0: number, k1: number, pivots: Int32Array): boolean {
  if (k1 - k0 <= leafFor(a)) return factorPanel(a, off, n, k0, k1, pivots);
  const mid = k0 + half(k1 - k0);
  const left = factorColumns(a, off, n, k0, mid, pivots);
  lowerSolve(a, off, n, k0, mid - k0, a, off + mid, n, k1 - mid, -1);
  gemmSubtract(a, off + mid * n + k0, n, 1, a, off + k0 * n + mid, n, 1, a, off + mid * n + mid, n, n - mid, mid - k0, k1 - mid);
  const right = factorColumns(a, off, n, mid, k1, pivots);
  return left || right;
}

/** Factors a[off..] = P L U in place; fills the row swapped with each row; returns whether a pivot was 0. */
export function luFactor(a: Float64Array, off: number, n: number, pivots: Int32Array): boolean {
  return factorColumns(a, off, n, 0, n, pivots);
}

/** Solves A X = B for the n x m right-hand sides in b[bOff..] (row-major, overwritten with X) from the factors of luFactor. */
export function luSolve(lu: Float64Array, off: number, n: number, pivots: Int32Array, b: Float64Array, bOff: number, m: number): void {
  for (let k = 0; k < n; k++) {
    if (pivots[k] !== k) swapRows(b, bOff + k * m, bOff + pivots[k] * m, m);
  }
  if (m === 1 && vectorSolve(lu, off, n, b, bOff)) return;
  lowerSolve(lu, off, n, 0, n, b, bOff, m, m, -1);
  upperSolve(lu, off, n, 0, n, b, bOff, m);
}

/** Rows per block of the one-vector solve. */
const VECTOR_BLOCK = 32;

/**
 * L^-1 then U^-1 of the vector b[bOff..bOff+n-1] when the factors live in the shared heap: a
 * block of rows at a time, less the dots of their rows with the part already solved (the
 * matrix-vector kernel of wasm/matvec.ts), then the block's own triangle. False where the
 * kernels or the scratch space are missing.
 */
function vectorSolve(lu: Float64Array, off: number, n: number, b: Float64Array, bOff: number): boolean {
  const luAt = heapAddress(lu);
  const kernels = luAt < 0 ? null : matVecKernels();
  const v = kernels === null ? null : heapScratch(0, n);
  const dots = v === null ? null : heapScratch(1, VECTOR_BLOCK);
  if (kernels === null || v === null || dots === null) return false;
  const [vAt, dotsAt, ld] = [heapAddress(v), heapAddress(dots), n * 8];
  v.set(b.subarray(bOff, bOff + n));
  for (let i0 = 0; i0 < n; i0 += VECTOR_BLOCK) {
    const i1 = Math.min(i0 + VECTOR_BLOCK, n);
    if (i0 > 0) {
      kernels.rowdots(luAt + (off + i0 * n) * 8, ld, i1 - i0, vAt, i0, dotsAt);
      for (let i = i0; i < i1; i++) v[i] -= dots[i - i0];
    }
    for (let i = i0 + 1; i < i1; i++) {
      let s = 0;
      for (let k = i0, at = off + i * n + i0; k < i; k++, at++) s += lu[at] * v[k];
      v[i] -= s;
    }
  }
  for (let i0 = Math.floor((n - 1) / VECTOR_BLOCK) * VECTOR_BLOCK; i0 >= 0; i0 -= VECTOR_BLOCK) {
    const i1 = Math.min(i0 + VECTOR_BLOCK, n);
    if (i1 < n) {
      kernels.rowdots(luAt + (off + i0 * n + i1) * 8, ld, i1 - i0, vAt + i1 * 8, n - i1, dotsAt);
      for (let i = i0; i < i1; i++) v[i] -= dots[i - i0];
    }
    for (let i = i1 - 1; i >= i0; i--) {
      let s = 0;
      for (let k = i + 1, at = off + i * n + i + 1; k < i1; k++, at++) s += lu[at] * v[k];
      v[i] = (v[i] - s) * (1 / lu[off + i * n + i]);
    }
  }
  b.set(v, bOff);
  return true;
}

/**
 * The inverse into x[xOff..] (n x n, zero on entry) from the factors, by LAPACK's dgetri
 * route: L^-1 (lower triangular, so its solve skips the zeros above the diagonal: a third of
 * the work of solving against the identity), U^-1 L^-1, then the pivots' swaps applied to
 * the columns in reverse, row by row.
 */
export function luInverse(lu: Float64Array, off: number, n: number, pivots: Int32Array, x: Float64Array, xOff: number): void {
  for (let i = 0; i < n; i++) x[xOff + i * n + i] = 1;
  lowerSolve(lu, off, n, 0, n, x, xOff, n, n, 0);
  upperSolve(lu, off, n, 0, n, x, xOff, n);
  for (let i = 0; i < n; i++) {
    const row = xOff + i * n;
    for (let k = n - 1; k >= 0; k--) {
      const p = pivots[k];
      if (p === k) continue;
      const t = x[row + k];
      x[row + k] = x[row + p];
      x[row + p] = t;
    }
  }
}

/**
 * Rows r0..r0+p-1 of b (its rows m apart, columns 0..cols-1) = L^-1 of them, L the unit lower
 * triangle of lu's diagonal block at r0 (lu's rows n apart), by halves. `identity` >= 0: b's
 * rows are those of the identity's solve, whose row i is zero right of column identity + i, so
 * only the columns left of that are touched (cols is then ignored).
 */
function lowerSolve(lu: Float64Array, off: number, n: number, r0: number, p: number, b: Float64Array, bOff: number, m: number, cols: number, identity: number): void {
  if (p <= leafFor(b)) {
    for (let i = r0 + 1; i < r0 + p; i++) {
      subtractRows(b, bOff + i * m, lu, off + i * n, r0, i, bOff, m, identity >= 0 ? identity + i : cols);
    }
    return;
  }
  const h = half(p);
  lowerSolve(lu, off, n, r0, h, b, bOff, m, cols, identity);
  const width = identity >= 0 ? identity + r0 + h : cols;
  gemmSubtract(lu, off + (r0 + h) * n + r0, n, 1, b, bOff + r0 * m, m, 1, b, bOff + (r0 + h) * m, m, p - h, h, width);
  lowerSolve(lu, off, n, r0 + h, p - h, b, bOff, m, cols, identity);
}

/** Rows r0..r0+p-1 of b (rows m apart) = U^-1 of them, U the upper triangle of lu's diagonal block at r0, by halves. */
function upperSolve(lu: Float64Array, off: number, n: number, r0: number, p: number, b: Float64Array, bOff: number, m: number): void {
  if (p <= leafFor(b)) {
    for (let i = r0 + p - 1; i >= r0; i--) {
      const ri = bOff + i * m;
      subtractRows(b, ri, lu, off + i * n, i + 1, r0 + p, bOff, m, m);
      const inv = 1 / lu[off + i * n + i];
      for (let j = 0; j < m; j++) b[ri + j] *= inv;
    }
    return;
  }
  const h = half(p);
  upperSolve(lu, off, n, r0 + h, p - h, b, bOff, m);
  gemmSubtract(lu, off + r0 * n + r0 + h, n, 1, b, bOff + (r0 + h) * m, m, 1, b, bOff + r0 * m, m, h, p - h, m);
  upperSolve(lu, off, n, r0, h, b, bOff, m);
}

/**
 * x[xAt + j] -= sum over k in k0..k1-1 of coef[cAt + k] * x[rowsAt + k * ld + j], j < len: one
 * row less its combination of earlier rows, four rows per sweep (x[xAt + j] is loaded and
 * stored once per four terms); on the SIMD kernel of wasm/lu-kernels.ts when x and coef live in
 * the shared heap and the rows are long.
 */
function subtractRows(x: Float64Array, xAt: number, coef: Float64Array, cAt: number, k0: number, k1: number, rowsAt: number, ld: number, len: number): void {
  if (len >= 8 && k1 > k0 && luRows(x, xAt, coef, cAt, k0, k1, rowsAt, ld, len)) return;
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

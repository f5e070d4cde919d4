/**
 * LU factorisation with partial pivoting (LAPACK's dgetrf: the first largest pivot of each
 * column), in place on a row-major n x n matrix, and the triangular solves that use it. Row
 * operations run along contiguous rows.
 */

function swapRows(a: Float64Array, r1: number, r2: number, len: number): void {
  for (let j = 0; j < len; j++) {
    const t = a[r1 + j];
    a[r1 + j] = a[r2 + j];
    a[r2 + j] = t;
  }
}

/** Factors a[off..] = P L U in place; returns the row swapped with each row and whether a pivot was 0. */
export function luFactor(a: Float64Array, off: number, n: number, pivots: Int32Array): boolean {
  let singular = false;
  for (let k = 0; k < n; k++) {
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
      for (let j = k + 1; j < n; j++) a[ri + j] -= l * a[rk + j];
    }
  }
  return singular;
}

/**
 * Solves A X = B for the n x m right-hand sides in b[bOff..] (row-major, overwritten with X),
 * from the factors of luFactor.
 */
export function luSolve(lu: Float64Array, off: number, n: number, pivots: Int32Array, b: Float64Array, bOff: number, m: number): void {
  for (let k = 0; k < n; k++) {
    if (pivots[k] !== k) swapRows(b, bOff + k * m, bOff + pivots[k] * m, m);
  }
  // forward: unit lower triangle
  for (let i = 1; i < n; i++) {
    const ri = bOff + i * m;
    for (let k = 0; k < i; k++) {
      const l = lu[off + i * n + k];
      if (l === 0) continue;
      const rk = bOff + k * m;
      for (let j = 0; j < m; j++) b[ri + j] -= l * b[rk + j];
    }
  }
  // backward: upper triangle
  for (let i = n - 1; i >= 0; i--) {
    const ri = bOff + i * m;
    for (let k = i + 1; k < n; k++) {
      const u = lu[off + i * n + k];
      if (u === 0) continue;
      const rk = bOff + k * m;
      for (let j = 0; j < m; j++) b[ri + j] -= u * b[rk + j];
    }
    const inv = 1 / lu[off + i * n + i];
    for (let j = 0; j < m; j++) b[ri + j] *= inv;
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
    logdet += Math.log(Math.abs(d));
  }
  return [sign, logdet];
}

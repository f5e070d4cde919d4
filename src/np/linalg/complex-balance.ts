/**
 * LAPACK's zgebal (job 'B') for complex matrices before zgeev: permutations isolate
 * eigenvalues that need no iteration, and powers-of-2 scalings even out row and column
 * 2-norms, in zgebal's search order (they decide where eigenvalues come out). Storage is
 * interleaved (re, im), row-major.
 */

import { Balance, balanceFactor, isolate } from "./balance";

/** |re| + |im|, LAPACK's cabs1. */
export const cabs1 = (re: number, im: number) => Math.abs(re) + Math.abs(im);

function swapRowsAndColumns(a: Float64Array, n: number, i: number, j: number): void {
  if (i === j) return;
  // the columns first, then the rows (dgebal's order)
  for (let k = 0; k < n; k++) {
    for (let p = 0; p < 2; p++) {
      const c = 2 * (k * n + i) + p, d = 2 * (k * n + j) + p;
      [a[c], a[d]] = [a[d], a[c]];
    }
  }
  for (let k = 0; k < n; k++) {
    for (let p = 0; p < 2; p++) {
      const r = 2 * (i * n + k) + p, s = 2 * (j * n + k) + p;
      [a[r], a[s]] = [a[s], a[r]];
    }
  }
}

/** zgebal (job 'B') in place: isolated eigenvalues permuted out of the active block lo..hi, which is scaled by powers of 2. */
export function balance(a: Float64Array, n: number): Balance {
  const { swaps, lo, hi, done } = isolate(n, (i, j) => a[2 * (i * n + j)] !== 0 || a[2 * (i * n + j) + 1] !== 0, (i, j) => swapRowsAndColumns(a, n, i, j));
  const scale = new Float64Array(n).fill(1);
  if (!done) scaleBlock(a, n, lo, hi, scale);
  return { swaps, lo, hi, scale };
}

/** zgebal's scaling loop: 2-norms of the block's rows and columns, the largest entries found by |re| + |im|. */
function scaleBlock(a: Float64Array, n: number, lo: number, hi: number, scale: Float64Array): void {
  const modulusOfLargest = (at: (k: number) => number, from: number, to: number) => {
    let best = -1;
    let bestAt = 0;
    for (let k = from; k <= to; k++) {
      const v = cabs1(a[at(k)], a[at(k) + 1]);
      if (v > best) {
        best = v;
        bestAt = at(k);
      }
    }
    return Math.hypot(a[bestAt], a[bestAt + 1]);
  };
  for (let noconv = true; noconv;) {
    noconv = false;
    for (let i = lo; i <= hi; i++) {
      let c = 0;
      let r = 0;
      for (let k = lo; k <= hi; k++) {
        c = Math.hypot(c, a[2 * (k * n + i)], a[2 * (k * n + i) + 1]);
        r = Math.hypot(r, a[2 * (i * n + k)], a[2 * (i * n + k) + 1]);
      }
      const ca = modulusOfLargest((k) => 2 * (k * n + i), 0, hi);
      const ra = modulusOfLargest((k) => 2 * (i * n + k), lo, n - 1);
      const f = balanceFactor(c, r, ca, ra, scale[i]);
      if (f === 1) continue;
      scale[i] *= f;
      noconv = true;
      for (let k = lo; k < n; k++) {
        a[2 * (i * n + k)] /= f;
        a[2 * (i * n + k) + 1] /= f;
      }
      for (let k = 0; k <= hi; k++) {
        a[2 * (k * n + i)] *= f;
        a[2 * (k * n + i) + 1] *= f;
      }
    }
  }
}


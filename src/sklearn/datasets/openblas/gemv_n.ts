/**
 * OpenBLAS's dgemv_n (Cooperlake build), which NumPy calls for one row times a matrix:
 * y[j] = x · b[:, j] for a row x of length k and b k x m. Products of 9216 terms or more are
 * split between the two threads by columns (the first ceil(m / 2), at least 4). In each
 * thread's range the columns go 8 or 4 at a time through a kernel that takes the terms in
 * groups of 4, t = x1 b1 rounded, then x0 b0, x2 b2, x3 b3 fused onto it, and adds t to y;
 * a remaining pair the same way with two terms, a last single term as a rounded product.
 * The last range % 4 columns are summed in C: one fused chain, except when the whole matrix
 * is that narrow (m < 4), where the loop is unrolled by pairs: y + (x0 b0 fused onto x1 b1).
 */
import { fma } from "../../../np/random/fma";
import { gemvThreadSplit } from "./gemv_t";
import { sequentialDot } from "./sums";

function groupedColumn(x: Float64Array, xb: number, k: number, b: Float64Array, m: number, j: number): number {
  let y = 0;
  let t = 0;
  for (; t + 4 <= k; t += 4) {
    let s = x[xb + t + 1] * b[(t + 1) * m + j];
    s = fma(x[xb + t], b[t * m + j], s);
    s = fma(x[xb + t + 2], b[(t + 2) * m + j], s);
    y += fma(x[xb + t + 3], b[(t + 3) * m + j], s);
  }
  if (k - t >= 2) {
    y += fma(x[xb + t], b[t * m + j], x[xb + t + 1] * b[(t + 1) * m + j]);
    t += 2;
  }
  if (t < k) y += x[xb + t] * b[t * m + j];
  return y;
}

function pairedColumn(x: Float64Array, xb: number, k: number, b: Float64Array, m: number, j: number): number {
  let y = 0;
  let t = 0;
  for (; t + 2 <= k - (k % 4); t += 2) y += fma(x[xb + t], b[t * m + j], x[xb + t + 1] * b[(t + 1) * m + j]);
  for (; t < k; t++) y = fma(x[xb + t], b[t * m + j], y);
  return y;
}

/** out[j] = x[xb .. xb + k) · column j of b (k x m, row-major), for j < m. */
export function gemvNRow(x: Float64Array, xb: number, k: number, b: Float64Array, m: number, out: Float64Array): void {
  const split = gemvThreadSplit(m, k);
  for (const [from, to] of [[0, split], [split, m]]) {
    const grouped = from + (to - from) - ((to - from) % 4);
    for (let j = from; j < to; j++) {
      if (j < grouped) out[j] = groupedColumn(x, xb, k, b, m, j);
      else if (m < 4) out[j] = pairedColumn(x, xb, k, b, m, j);
      else out[j] = sequentialDot(x, xb, b, m, j, k);
    }
  }
}

/**
 * OpenBLAS's dgemv_t (Haswell-family kernel), which NumPy calls for a matrix times one
 * column: y[r] = a[r, :] · x. Products of 9216 terms or more are split between the two
 * threads by rows (the first ceil(rows / 2), at least 4). In each thread's range, rows go
 * 4 at a time through a kernel with four fused lanes over k (term t in lane t % 4, summed
 * (l0 + l2) + (l1 + l3)); of the last range % 4 rows, a pair goes through an SSE kernel with
 * two unfused lanes (even and odd terms), a single row through one with four unfused lanes.
 * Those kernels take the first k - k % 4 terms; the last k % 4 are added by C code compiled
 * with fused multiply-adds.
 */
import { fma } from "../../../np/random/fma";
import { fmaLanes, mulAddLanes, sumHalves } from "./sums";

const lanes = new Float64Array(8);

/** The first row of each thread's range, and the end. */
export function gemvThreadSplit(rows: number, k: number): number {
  if (rows * k < 9216) return rows;
  return Math.min(rows, Math.max(4, Math.ceil(rows / 2)));
}

/** y = a[ab .. ab + k) · x, for row `offset` of a thread range of `count` rows. */
export function gemvTRow(a: Float64Array, ab: number, k: number, x: Float64Array, offset: number, count: number): number {
  const whole = k - (k % 4);
  let y = 0;
  if (whole > 0) {
    const groups = count - (count % 4);
    if (offset < groups) {
      fmaLanes(a, ab, x, 1, 0, 0, whole, lanes, 4);
      y = sumHalves(lanes, 4);
    } else if ((count & 2) !== 0 && offset < groups + 2) {
      mulAddLanes(a, ab, x, 1, 0, 0, whole, lanes, 2);
      y = lanes[0] + lanes[1];
    } else {
      mulAddLanes(a, ab, x, 1, 0, 0, whole, lanes, 4);
      y = sumHalves(lanes, 4);
    }
    y += 0;
  }
  const t = ab + whole;
  switch (k - whole) {
    case 1: return fma(a[t], x[whole], y);
    case 2: return y + fma(a[t], x[whole], a[t + 1] * x[whole + 1]);
    case 3: return y + fma(a[t + 2], x[whole + 2], fma(a[t], x[whole], a[t + 1] * x[whole + 1]));
    default: return y;
  }
}

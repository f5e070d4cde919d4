/**
 * The summation orders of OpenBLAS's double-precision kernels, for one dot product of a row
 * a[ab], a[ab + 1], ... with a column j of a row-major b of width m (b[j], b[m + j], ...).
 * Registers start at +0, so a fused multiply-add onto a fresh register is the rounded product,
 * with an exact -0 product turned into +0 (`p + 0` does both).
 */
import { fma } from "../../../np/random/fma";

/** Terms t0 .. t1 - 1 added in order onto acc, one fused multiply-add each. */
export function fmaChain(a: Float64Array, ab: number, b: Float64Array, m: number, j: number, t0: number, t1: number, acc: number): number {
  for (let t = t0; t < t1; t++) acc = fma(a[ab + t], b[t * m + j], acc);
  return acc;
}

/** The k terms in order from +0 (the scalar and full-width vector kernels). */
export function sequentialDot(a: Float64Array, ab: number, b: Float64Array, m: number, j: number, k: number): number {
  if (k === 0) return 0;
  let acc = a[ab] * b[j] + 0;
  for (let t = 1; t < k; t++) acc = fma(a[ab + t], b[t * m + j], acc);
  return acc;
}

/**
 * Vector lanes: the `count` terms from t0 on go round n lanes (term t0 + i to lane i % n) by
 * fused multiply-add, from +0; the lanes are left in lanes[0 .. n). Lanes are independent
 * chains, so each is summed on its own.
 */
export function fmaLanes(
  a: Float64Array, ab: number, b: Float64Array, m: number, j: number, t0: number, count: number,
  lanes: Float64Array, n: number,
): void {
  const end = t0 + count;
  for (let l = 0; l < n; l++) {
    let acc = 0;
    for (let t = t0 + l; t < end; t += n) acc = fma(a[ab + t], b[t * m + j], acc);
    lanes[l] = acc;
  }
}

/** Like fmaLanes with each product rounded before it is added (SSE code without FMA). */
export function mulAddLanes(
  a: Float64Array, ab: number, b: Float64Array, m: number, j: number, t0: number, count: number,
  lanes: Float64Array, n: number,
): void {
  lanes.fill(0, 0, n);
  for (let i = 0; i < count; i++) {
    const t = t0 + i;
    lanes[i % n] += a[ab + t] * b[t * m + j];
  }
}

/** n lanes (2, 4 or 8) summed in neighbouring pairs: ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + ...). */
export function sumNeighbours(l: Float64Array, n: number): number {
  if (n === 2) return l[0] + l[1];
  const low = (l[0] + l[1]) + (l[2] + l[3]);
  if (n === 4) return low;
  return low + ((l[4] + l[5]) + (l[6] + l[7]));
}

/** n lanes (2, 4 or 8) folded in halves: ((l0 + l4) + (l2 + l6)) + ((l1 + l5) + (l3 + l7)). */
export function sumHalves(l: Float64Array, n: number): number {
  if (n === 2) return l[0] + l[1];
  if (n === 4) return (l[0] + l[2]) + (l[1] + l[3]);
  return ((l[0] + l[4]) + (l[2] + l[6])) + ((l[1] + l[5]) + (l[3] + l[7]));
}

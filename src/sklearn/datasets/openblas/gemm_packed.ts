/**
 * OpenBLAS's packed dgemm micro-kernel (SkylakeX 16x2, Cooperlake build), for products above
 * the small kernel's million multiply-adds. It accumulates each output in one fused chain,
 * except in its 12-column loop (12 output rows at a time in our row-major terms), where the
 * narrow column blocks run wider vectors over k: a 4-wide block keeps two lanes (even and odd
 * terms), 2- and 1-wide blocks keep four (term t in lane t % 4); the lanes are summed in
 * neighbouring pairs before the last k % lanes terms are chained on. Where that happens is
 * the plan's (./gemm_packed_plan).
 */
import { fma } from "../../../np/random/fma";
import { PackedPlan, Summation } from "./gemm_packed_plan";
import { fmaChain } from "./sums";

/** Terms k0 .. k1 in n lanes (2 or 4) summed in neighbouring pairs, then the rest chained on. */
function laneSum(a: Float64Array, ab: number, b: Float64Array, m: number, j: number, k0: number, k1: number, n: number): number {
  const end = k1 - ((k1 - k0) % n);
  let l0 = 0, l1 = 0, l2 = 0, l3 = 0;
  let p = ab + k0;
  let q = k0 * m + j;
  if (n === 2) {
    for (; p < ab + end; p += 2, q += 2 * m) {
      l0 = fma(a[p], b[q], l0);
      l1 = fma(a[p + 1], b[q + m], l1);
    }
  } else {
    for (; p < ab + end; p += 4, q += 4 * m) {
      l0 = fma(a[p], b[q], l0);
      l1 = fma(a[p + 1], b[q + m], l1);
      l2 = fma(a[p + 2], b[q + 2 * m], l2);
      l3 = fma(a[p + 3], b[q + 3 * m], l3);
    }
  }
  let acc = n === 2 ? l0 + l1 : (l0 + l1) + (l2 + l3);
  for (; p < ab + k1; p++, q += m) acc = fma(a[p], b[q], acc);
  return acc;
}

/** Row r of the product into out[0 .. m), summed as the packed kernel sums it. */
export function packedRow(a: Float64Array, ab: number, k: number, b: Float64Array, m: number, r: number, plan: PackedPlan, out: Float64Array): void {
  const { kBlocks: kb, columnSummation, columnBlock, wideRows, rows } = plan;
  const wide = wideRows.length > 0;
  if (kb.length > 2) {
    blockedRow(a, ab, b, m, r, plan, out);
    return;
  }
  for (let j = 0; j < m; j++) {
    if (wide && columnSummation[j] !== Summation.Chain && wideRows[columnBlock[j] * rows + r] === 1) {
      out[j] = laneSum(a, ab, b, m, j, 0, k, columnSummation[j] === Summation.TwoLanes ? 2 : 4);
    } else {
      let acc = a[ab] * b[j] + 0;
      for (let t = 1; t < k; t++) acc = fma(a[ab + t], b[t * m + j], acc);
      out[j] = acc;
    }
  }
}

/** k over GEMM_Q: each k block is summed on its own and added to the output (from +0). */
function blockedRow(a: Float64Array, ab: number, b: Float64Array, m: number, r: number, plan: PackedPlan, out: Float64Array): void {
  const { kBlocks: kb, columnSummation, columnBlock, wideRows, rows } = plan;
  for (let j = 0; j < m; j++) {
    const wide = wideRows.length > 0 && wideRows[columnBlock[j] * rows + r] === 1;
    const how = wide ? columnSummation[j] : Summation.Chain;
    let v = 0;
    for (let q = 0; q + 1 < kb.length; q++) {
      const k0 = kb[q], k1 = kb[q + 1];
      v += how === Summation.Chain ? fmaChain(a, ab, b, m, j, k0 + 1, k1, a[ab + k0] * b[k0 * m + j] + 0)
        : laneSum(a, ab, b, m, j, k0, k1, how === Summation.TwoLanes ? 2 : 4);
    }
    out[j] = v;
  }
}

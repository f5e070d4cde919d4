/**
 * NumPy's pairwise summation of values computed on the fly: the same halving as pairwiseSum
 * (correlate.ts), each leaf of up to SIMD_SUM_CHUNK values written into a small scratch block
 * and summed by the SIMD kernel, so a sum of squares or differences needs no full-size
 * temporary and gives the same bits.
 */
import { SIMD_SUM_CHUNK, pairwiseSimd } from "../../np/wasm/sum";
import { heapScratch } from "../../np/heap/heap";
import { pairwiseSum } from "./correlate";

/** Writes the values of positions start .. start + n - 1 into out[0 .. n - 1]. */
export type LeafFill = (start: number, n: number, out: Float64Array) => void;

/** The pairwise sum of the n values `fill` produces. */
export function pairwiseSumOf(n: number, fill: LeafFill): number {
  return sumRange(0, n, fill);
}

function sumRange(start: number, n: number, fill: LeafFill): number {
  if (n <= SIMD_SUM_CHUNK) {
    const buf = heapScratch(1, n) ?? new Float64Array(n);
    fill(start, n, buf);
    return pairwiseSimd(buf, 0, n) ?? pairwiseSum(buf, 0, n);
  }
  let n2 = n >> 1;
  n2 -= n2 % 8;
  return sumRange(start, n2, fill) + sumRange(start + n2, n - n2, fill);
}

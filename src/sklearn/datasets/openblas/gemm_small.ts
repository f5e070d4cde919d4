/**
 * OpenBLAS's small-matrix dgemm kernel (SkylakeX/Cooperlake builds), which takes every
 * product of at most a million multiply-adds. In OpenBLAS's column-major terms the output
 * columns of a row-major product are its M dimension: they go in blocks of 32, 16 and 8, and
 * the last m % 8 of them in one block with a mask. Every output is then a plain fused chain,
 * except when that last block is 1 to 4 columns wide and k >= 16: OpenBLAS then computes
 * those columns "dot-like", eight lanes over k (term t in lane t % 8), and sums the lanes in
 * neighbouring pairs when the block is 4 wide or the row is among the first rows - rows % 4,
 * by halves (_mm512_reduce_add_pd) for the other rows.
 */
import { fma } from "../../../np/random/fma";
import { fmaLanes, sumHalves, sumNeighbours } from "./sums";

const lanes = new Float64Array(8);

/** True when OpenBLAS runs this product (rows x k times k x m) through the small kernel. */
export function usesSmallKernel(rows: number, k: number, m: number): boolean {
  return rows * m * k <= 1e6;
}

/**
 * Row r (of `rows`) of the product: out[j] = a[ab .. ab + k) · column j of b (k x m,
 * row-major), for j < m.
 */
export function smallKernelRow(
  a: Float64Array, ab: number, k: number, b: Float64Array, m: number, r: number, rows: number, out: Float64Array,
): void {
  const tail = m % 8;
  const dotLike = tail > 0 && tail <= 4 && k >= 16;
  const plain = dotLike ? m - tail : m;
  for (let j = 0; j < plain; j++) {
    let acc = a[ab] * b[j] + 0;
    for (let t = 1; t < k; t++) acc = fma(a[ab + t], b[t * m + j], acc);
    out[j] = acc;
  }
  if (!dotLike) return;
  const neighbours = tail === 4 || r < rows - (rows % 4);
  for (let j = plain; j < m; j++) {
    fmaLanes(a, ab, b, m, j, 0, k, lanes, 8);
    out[j] = neighbours ? sumNeighbours(lanes, 8) : sumHalves(lanes, 8);
  }
}

/**
 * OpenBLAS's ddot (SkylakeX/Cooperlake kernel), which NumPy calls for one row times one
 * column. The first k - k % 16 terms go through vector registers: 32 at a time into four
 * 8-lane accumulators (term t in accumulator (t % 32) / 8, lane t % 8), whose halves are then
 * added into 4-lane ones, which take a last block of 16 if there is one (4 terms each);
 * the four are summed in order and their lanes folded as (l0 + l2) + (l1 + l3). The rest of
 * the terms are chained on with fused multiply-adds.
 */
import { fma } from "../../../np/random/fma";

const wide = new Float64Array(32);
const narrow = new Float64Array(16);

/** a[ab .. ab + k) · b[0 .. k). */
export function ddot(a: Float64Array, ab: number, b: Float64Array, k: number): number {
  const vector = k - (k % 16);
  const by32 = vector - (vector % 32);
  let t = 0;
  let d = 0;
  if (vector > 0) {
    wide.fill(0);
    for (; t < by32; t += 32) for (let i = 0; i < 32; i++) wide[i] = fma(a[ab + t + i], b[t + i], wide[i]);
    // accumulator g, lane l of the 4-lane registers: g * 4 + l
    for (let g = 0; g < 4; g++) for (let l = 0; l < 4; l++) narrow[g * 4 + l] = wide[g * 8 + l] + wide[g * 8 + l + 4];
    for (; t < vector; t += 16) for (let i = 0; i < 16; i++) narrow[i] = fma(a[ab + t + i], b[t + i], narrow[i]);
    const s = [0, 1, 2, 3].map((l) => ((narrow[l] + narrow[4 + l]) + narrow[8 + l]) + narrow[12 + l]);
    d = (s[0] + s[2]) + (s[1] + s[3]);
  }
  for (; t < k; t++) d = fma(a[ab + t], b[t], d);
  return d;
}

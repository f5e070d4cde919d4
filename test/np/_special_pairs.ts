/** Operands that walk through every pair of a list of special values, for the SIMD ufunc tests. */
import { np } from "../../src";

export interface SpecialPairs {
  /** The (i, j) indices into the values at element k. */
  pairOf(k: number): [number, number];
  /** n elements holding, at k, values[pairOf(k)[which]]; every `stride`-th element of a longer array when stride > 1. */
  filled(n: number, which: 0 | 1, stride?: number): np.NDArray;
}

export function specialPairs(values: readonly number[]): SpecialPairs {
  const m = values.length;
  const pairOf = (k: number): [number, number] => [k % m, (k + Math.floor(k / m)) % m];
  const filled = (n: number, which: 0 | 1, stride = 1): np.NDArray => {
    const a = np.empty([n * stride]);
    for (let k = 0; k < n; k++) a.data[k * stride] = values[pairOf(k)[which]];
    return stride === 1 ? a : a.get(`::${stride}`);
  };
  return { pairOf, filled };
}

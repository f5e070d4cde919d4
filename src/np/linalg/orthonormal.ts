/**
 * Completing a set of orthonormal vectors to a larger orthonormal set: the extra columns of a
 * full SVD's u (or rows of vh), which NumPy's LAPACK also chooses freely.
 */
import { LinAlgError } from "../../errors";
import { largestPositiveSign } from "./stack";

function dot(a: Float64Array, ia: number, b: Float64Array, ib: number, len: number): number {
  let s = 0;
  for (let k = 0; k < len; k++) s += a[ia + k] * b[ib + k];
  return s;
}

/**
 * Fills rows `missing` of the `count` x len matrix of orthonormal rows `u` with unit vectors
 * orthogonal to every other row (Gram-Schmidt, twice, on the best-suited unit vectors).
 */
export function completeOrthonormal(u: Float64Array, len: number, count: number, missing: readonly number[]): void {
  const filled = new Set<number>();
  for (let j = 0; j < count; j++) if (!missing.includes(j)) filled.add(j);
  const v = new Float64Array(len);
  for (const j of missing) {
    let bestNorm = -1;
    let best: Float64Array | null = null;
    for (let cand = 0; cand < len; cand++) {
      v.fill(0);
      v[cand] = 1;
      for (let pass = 0; pass < 2; pass++) {
        for (const f of filled) {
          const d = dot(u, f * len, v, 0, len);
          for (let k = 0; k < len; k++) v[k] -= d * u[f * len + k];
        }
      }
      const nv = Math.sqrt(dot(v, 0, v, 0, len));
      if (nv > bestNorm) {
        bestNorm = nv;
        best = v.slice();
      }
      if (nv > 0.7) break;
    }
    if (best === null || bestNorm <= 0) throw new LinAlgError("SVD did not converge");
    for (let k = 0; k < len; k++) u[j * len + k] = best[k] / bestNorm;
    const sign = largestPositiveSign(u, j * len, 1, len);
    if (sign < 0) for (let k = 0; k < len; k++) u[j * len + k] = -u[j * len + k];
    filled.add(j);
  }
}

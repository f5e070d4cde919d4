/**
 * Singular value decomposition by one-sided Jacobi rotations (Hestenes): pairs of vectors are
 * rotated until all are orthogonal; their norms are the singular values. Relative accuracy is
 * high even for small singular values, and every step runs on contiguous rows.
 */
import { LinAlgError } from "../../errors";
import { largestPositiveSign } from "./stack";

/** The decomposition of r vectors of length len (rows of g): g = left^T diag(s) right. */
export interface JacobiSvd {
  /** Singular values, descending. */
  s: Float64Array;
  /** r unit vectors of length len as rows (the orthonormalised rows of g), or null. */
  left: Float64Array | null;
  /** r unit vectors of length r as rows (the accumulated rotations), or null. */
  right: Float64Array | null;
}

function dot(a: Float64Array, ia: number, b: Float64Array, ib: number, len: number): number {
  let s = 0;
  for (let k = 0; k < len; k++) s += a[ia + k] * b[ib + k];
  return s;
}

function rotate(a: Float64Array, ip: number, iq: number, len: number, c: number, s: number): void {
  for (let k = 0; k < len; k++) {
    const x = a[ip + k];
    const y = a[iq + k];
    a[ip + k] = c * x - s * y;
    a[iq + k] = s * x + c * y;
  }
}

/**
 * Orthogonalises the r rows (length len, r <= len) of g in place and returns the singular
 * values with, when `vectors`, the unit left rows and the rotations (rows of the right factor).
 */
export function jacobiSvd(g: Float64Array, r: number, len: number, vectors: boolean): JacobiSvd {
  const right = vectors ? new Float64Array(r * r) : null;
  if (right) for (let i = 0; i < r; i++) right[i * r + i] = 1;
  // a vector this small against the whole (Frobenius norm squared) is rounding noise: leave it be
  let frob2 = 0;
  for (let i = 0; i < r * len; i++) frob2 += g[i] * g[i];
  const negligible = frob2 * 1e-34;
  let converged = r < 2;
  const norms2 = new Float64Array(r);
  for (let sweep = 0; sweep < 80 && !converged; sweep++) {
    converged = true;
    // squared norms are refreshed each sweep and updated through its rotations
    for (let i = 0; i < r; i++) norms2[i] = dot(g, i * len, g, i * len, len);
    for (let p = 0; p < r - 1; p++) {
      for (let q = p + 1; q < r; q++) {
        const alpha = norms2[p];
        const beta = norms2[q];
        if (Math.min(alpha, beta) <= negligible) continue;
        const gamma = dot(g, p * len, g, q * len, len);
        if (gamma === 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) continue;
        converged = false;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.hypot(1, zeta));
        const c = 1 / Math.hypot(1, t);
        const s = c * t;
        rotate(g, p * len, q * len, len, c, s);
        if (right) rotate(right, p * r, q * r, r, c, s);
        norms2[p] = alpha - t * gamma;
        norms2[q] = beta + t * gamma;
      }
    }
  }
  if (!converged) throw new LinAlgError("SVD did not converge");
  const norms = new Float64Array(r);
  for (let i = 0; i < r; i++) norms[i] = Math.sqrt(dot(g, i * len, g, i * len, len));
  const order = Array.from({ length: r }, (_, i) => i).sort((x, y) => norms[y] - norms[x] || x - y);
  const s = new Float64Array(r);
  for (let j = 0; j < r; j++) s[j] = norms[order[j]];
  if (!vectors || !right) return { s, left: null, right: null };
  const left = new Float64Array(r * len);
  const rightSorted = new Float64Array(r * r);
  const tiny = (s[0] || 0) * len * Number.EPSILON;
  const missing: number[] = [];
  for (let j = 0; j < r; j++) {
    const src = order[j];
    rightSorted.set(right.subarray(src * r, src * r + r), j * r);
    if (s[j] <= tiny || s[j] === 0) {
      missing.push(j);
      continue;
    }
    const inv = 1 / s[j];
    for (let k = 0; k < len; k++) left[j * len + k] = g[src * len + k] * inv;
  }
  if (missing.length) completeOrthonormal(left, len, r, missing);
  return { s, left, right: rightSorted };
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

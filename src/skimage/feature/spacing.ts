/**
 * scikit-image's ensure_spacing: walking points in their order, keep a point unless an
 * earlier kept one lies closer than `spacing` (Minkowski p-norm, p = Infinity for Chebyshev).
 */

/** The Minkowski distance between two points of `ndim` coordinates stored at a and b. */
export function minkowski(coords: ArrayLike<number>, a: number, b: number, ndim: number, p: number): number {
  let sum = 0;
  let max = 0;
  for (let d = 0; d < ndim; d++) {
    const diff = Math.abs(coords[a * ndim + d] - coords[b * ndim + d]);
    if (p === Infinity) max = Math.max(max, diff);
    else if (p === 1) sum += diff;
    else sum += diff ** p;
  }
  if (p === Infinity) return max;
  return p === 1 ? sum : sum ** (1 / p);
}

/**
 * Indices (into the n points of `coords`, flat n x ndim) that survive: each kept point rejects
 * the later points nearer than `spacing` (or, with `inclusive`, at most `spacing` away);
 * stops after `maxOut` kept points.
 */
export function spacedPoints(coords: ArrayLike<number>, n: number, ndim: number, spacing: number, p: number, maxOut: number | null, inclusive = false): number[] {
  const rejected = new Uint8Array(n);
  const kept: number[] = [];
  for (let i = 0; i < n; i++) {
    if (rejected[i]) continue;
    kept.push(i);
    if (maxOut !== null && kept.length >= maxOut) break;
    for (let j = i + 1; j < n; j++) {
      if (rejected[j]) continue;
      const d = minkowski(coords, i, j, ndim, p);
      if (inclusive ? d <= spacing : d < spacing) rejected[j] = 1;
    }
  }
  return kept;
}

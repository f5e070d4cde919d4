/**
 * Exact squared Euclidean distance from every grid point to the nearest marked site, by the
 * separable lower envelope of parabolas (Felzenszwalb & Huttenlocher): one pass per axis, O(n)
 * per line. Squared distances of integer coordinates are integers, so the result is exact.
 */

/** Squared distances (Infinity everywhere when there is no site) over a C-ordered grid. */
export function squaredDistanceToSites(sites: Uint8Array, shape: readonly number[]): Float64Array {
  const size = sites.length;
  const d = new Float64Array(size);
  if (size === 0) return d;
  firstAxisSquared(sites, shape[0], size / shape[0], d);
  const longest = Math.max(...shape);
  const f = new Float64Array(longest);
  const out = new Float64Array(longest);
  const v = new Int32Array(longest);
  const z = new Float64Array(longest + 1);
  let inner = size / shape[0];
  for (let axis = 1; axis < shape.length; axis++) {
    const n = shape[axis];
    inner /= n;
    if (n <= 1) continue;
    const outer = size / (n * inner);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * n * inner + i;
        for (let k = 0, p = base; k < n; k++, p += inner) f[k] = d[p];
        if (envelope(f, n, v, z, out)) for (let k = 0, p = base; k < n; k++, p += inner) d[p] = out[k];
      }
    }
  }
  return d;
}

/**
 * Squared distance to the nearest site along axis 0, by a forward and a backward sweep over
 * whole rows (contiguous reads, all lines of the axis at once).
 */
function firstAxisSquared(sites: Uint8Array, n: number, row: number, d: Float64Array): void {
  for (let j = 0; j < row; j++) d[j] = sites[j] ? 0 : Infinity;
  for (let r = 1, p = row; r < n; r++) {
    for (let j = 0; j < row; j++, p++) d[p] = sites[p] ? 0 : d[p - row] + 1;
  }
  for (let p = (n - 1) * row - 1; p >= 0; p--) {
    const below = d[p + row] + 1;
    if (below < d[p]) d[p] = below;
  }
  for (let p = 0; p < d.length; p++) d[p] *= d[p];
}

/**
 * out[q] = min over p of f[p] + (q - p)^2 for one line; false (out untouched) when the line
 * has no finite sample, which leaves it all Infinity.
 */
function envelope(f: Float64Array, n: number, v: Int32Array, z: Float64Array, out: Float64Array): boolean {
  let k = -1;
  for (let q = 0; q < n; q++) {
    const fq = f[q];
    if (fq === Infinity) continue;
    if (k < 0) {
      k = 0;
      v[0] = q;
      z[0] = -Infinity;
      z[1] = Infinity;
      continue;
    }
    const hq = fq + q * q;
    let s = 0;
    for (;;) {
      const p = v[k];
      s = (hq - (f[p] + p * p)) / (2 * (q - p));
      if (s > z[k]) break;
      k--;
    }
    k++;
    v[k] = q;
    z[k] = s;
    z[k + 1] = Infinity;
  }
  if (k < 0) return false;
  k = 0;
  for (let q = 0; q < n; q++) {
    while (z[k + 1] < q) k++;
    const p = v[k];
    out[q] = f[p] + (q - p) * (q - p);
  }
  return true;
}

/**
 * Complex Householder reflectors H = I - tau v v^H with v[0] = 1, as LAPACK's zlarfg makes them
 * and zlarf applies them, on interleaved (re, im) row-major storage. Positions and strides are
 * counted in doubles: a row-major m x n matrix has a column stride of 2n and a row stride of 2.
 */

/**
 * zlarfg on alpha = a[at] and x = the len - 1 values after it, `stride` apart: alpha becomes the
 * real beta = -sign(Re alpha) |(alpha, x)|, x becomes v's tail; returns tau (0 when H = I).
 */
export function makeComplexReflector(a: Float64Array, at: number, stride: number, len: number): [number, number] {
  const ar = a[at], ai = a[at + 1];
  let xnorm = 0;
  for (let i = 1; i < len; i++) xnorm = Math.hypot(xnorm, a[at + i * stride], a[at + i * stride + 1]);
  if (xnorm === 0 && ai === 0) return [0, 0];
  const beta = -Math.sign(ar || 1) * Math.hypot(ar, ai, xnorm);
  // x /= (alpha - beta)
  const dr = ar - beta, di = ai;
  const dd = dr * dr + di * di;
  for (let i = 1; i < len; i++) {
    const p = at + i * stride;
    const xr = a[p], xi = a[p + 1];
    a[p] = (xr * dr + xi * di) / dd;
    a[p + 1] = (xi * dr - xr * di) / dd;
  }
  a[at] = beta;
  a[at + 1] = 0;
  return [(beta - ar) / beta, -ai / beta];
}

/**
 * C := (I - tau v v^H) C for the `len` rows of C starting at c0 (rowStride apart, `cols`
 * columns); v[0] = 1 and its tail at v0 + i * vStride. Pass conj(tau) to apply H^H.
 */
export function applyComplexLeft(c: Float64Array, c0: number, rowStride: number, len: number, cols: number, v: Float64Array, v0: number, vStride: number, tr: number, ti: number): void {
  if (tr === 0 && ti === 0) return;
  for (let col = 0; col < cols; col++) {
    const base = c0 + 2 * col;
    // w = v^H C[:, col]
    let wr = c[base], wi = c[base + 1];
    for (let i = 1; i < len; i++) {
      const vr = v[v0 + i * vStride], vi = v[v0 + i * vStride + 1];
      const p = base + i * rowStride;
      wr += vr * c[p] + vi * c[p + 1];
      wi += vr * c[p + 1] - vi * c[p];
    }
    const sr = tr * wr - ti * wi, si = tr * wi + ti * wr; // tau * w
    c[base] -= sr;
    c[base + 1] -= si;
    for (let i = 1; i < len; i++) {
      const vr = v[v0 + i * vStride], vi = v[v0 + i * vStride + 1];
      const p = base + i * rowStride;
      c[p] -= vr * sr - vi * si;
      c[p + 1] -= vr * si + vi * sr;
    }
  }
}

/** C := C (I - tau v v^H) for `rows` rows of C from c0 (rowStride apart), `len` columns; v as applyComplexLeft. */
export function applyComplexRight(c: Float64Array, c0: number, rowStride: number, rows: number, len: number, v: Float64Array, v0: number, vStride: number, tr: number, ti: number): void {
  if (tr === 0 && ti === 0) return;
  for (let r = 0; r < rows; r++) {
    const base = c0 + r * rowStride;
    // w = C[r, :] v
    let wr = c[base], wi = c[base + 1];
    for (let j = 1; j < len; j++) {
      const vr = v[v0 + j * vStride], vi = v[v0 + j * vStride + 1];
      const p = base + 2 * j;
      wr += c[p] * vr - c[p + 1] * vi;
      wi += c[p] * vi + c[p + 1] * vr;
    }
    const sr = tr * wr - ti * wi, si = tr * wi + ti * wr; // tau * w
    c[base] -= sr;
    c[base + 1] -= si;
    for (let j = 1; j < len; j++) {
      const vr = v[v0 + j * vStride], vi = v[v0 + j * vStride + 1];
      const p = base + 2 * j;
      // (tau w) conj(v_j)
      c[p] -= sr * vr + si * vi;
      c[p + 1] -= si * vr - sr * vi;
    }
  }
}

/** Conjugates `len` values from `at`, `stride` apart (zlacgv). */
export function conjugateRun(a: Float64Array, at: number, stride: number, len: number): void {
  for (let i = 0; i < len; i++) a[at + i * stride + 1] = -a[at + i * stride + 1];
}

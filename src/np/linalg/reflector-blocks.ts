/**
 * Products of many Householder reflectors applied a block at a time, as LAPACK's dorgqr does
 * with dlarft / dlarfb: a block H_j0 ... H_j1-1 is I - V T V^T (V the reflectors as columns,
 * T upper triangular), so applying it is two matrix products on the SIMD gemm instead of one
 * pass over the matrix per reflector. The result differs from the reflector-by-reflector
 * product only by rounding.
 */
import { gemm } from "../gemm";

/** Reflectors per block. */
const NB = 32;

/**
 * Where the reflectors are stored: reflector j acts on rows j + shift .. rows - 1 with
 * v = [1, x(j, 1), x(j, 2), ...], x(j, i) = a[base + j * jStep + i * iStep].
 */
export interface ReflectorLayout {
  a: Float64Array;
  base: number;
  jStep: number;
  iStep: number;
  shift: number;
  tau: Float64Array;
  count: number;
}

/**
 * q (rows x cols, row-major) = H_0 H_1 ... H_{count-1} q for a q whose columns before
 * j + shift are zero in the rows a reflector j touches (the identity's leading columns, as
 * when forming Q), so each block only updates columns from its first row on.
 */
export function applyReflectorBlocks(q: Float64Array, rows: number, cols: number, r: ReflectorLayout): void {
  const last = Math.floor((r.count - 1) / NB) * NB;
  const v = new Float64Array(rows * NB);
  const t = new Float64Array(NB * NB);
  const w = new Float64Array(NB * cols);
  const tw = new Float64Array(NB * cols);
  const gram = new Float64Array(NB * NB);
  const vw = new Float64Array(rows * cols);
  for (let j0 = last; j0 >= 0; j0 -= NB) {
    const nb = Math.min(NB, r.count - j0);
    const r0 = j0 + r.shift;
    const len = rows - r0;
    const c0 = r0;
    const width = cols - c0;
    if (len <= 0 || width <= 0) continue;
    fillV(v, r, j0, nb, len);
    // V^T V on the SIMD gemm: the column dots dlarft needs
    gemm(v, 0, 1, nb, v, 0, nb, 1, gram, 0, nb, len, nb);
    fillT(t, gram, r.tau, j0, nb);
    // W = V^T Q[r0:, c0:]; W = T W (T's zeros below the diagonal add nothing); Q[r0:, c0:] -= V W
    gemm(v, 0, 1, nb, q, r0 * cols + c0, cols, 1, w, 0, nb, len, width);
    gemm(t, 0, NB, 1, w, 0, width, 1, tw, 0, nb, nb, width);
    gemm(v, 0, nb, 1, tw, 0, width, 1, vw, 0, len, nb, width);
    for (let i = 0; i < len; i++) {
      const qi = (r0 + i) * cols + c0;
      const wi = i * width;
      for (let c = 0; c < width; c++) q[qi + c] -= vw[wi + c];
    }
  }
}

/** V (len x nb, row-major): column c is reflector j0 + c, from row r0 on (zeros above its 1). */
function fillV(v: Float64Array, r: ReflectorLayout, j0: number, nb: number, len: number): void {
  v.fill(0, 0, len * nb);
  for (let c = 0; c < nb; c++) {
    v[c * nb + c] = 1;
    const at = r.base + (j0 + c) * r.jStep;
    for (let i = 1; c + i < len; i++) v[(c + i) * nb + c] = r.a[at + i * r.iStep];
  }
}

/**
 * dlarft (forward, columnwise): T[c, c] = tau, T[0:c, c] = -tau T[0:c, 0:c] V[:, 0:c]^T V[:, c],
 * the dots V[:, 0:c]^T V[:, c] read from `gram` (V^T V, nb x nb).
 */
function fillT(t: Float64Array, gram: Float64Array, tau: Float64Array, j0: number, nb: number): void {
  t.fill(0);
  for (let c = 0; c < nb; c++) {
    const tc = tau[j0 + c];
    t[c * NB + c] = tc;
    if (tc === 0) continue;
    for (let p = 0; p < c; p++) {
      let s = 0;
      for (let k = p; k < c; k++) s += t[p * NB + k] * gram[k * nb + c];
      t[p * NB + c] = -tc * s;
    }
  }
}

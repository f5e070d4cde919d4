/**
 * Golub-Kahan bidiagonalisation of a tall matrix: A = U0 B V0^T with B upper bidiagonal
 * (diagonal d, superdiagonal e), by Householder reflectors alternately from the left (columns)
 * and the right (rows), as LAPACK's dgebrd does (by panels while the matrix is large:
 * bidiagonal-panels.ts).
 */
import { applyReflectorLeft, applyReflectorRight, formQ, makeReflector } from "./householder";
import { applyReflectorProduct } from "./reflector-sweeps";
import { reducePanels } from "./bidiagonal-panels";
import { reduceBySweeps } from "./bidiagonal-sweeps";

/**
 * From this many columns the SIMD sweeps reduce (smaller matrices keep the plain loops: the
 * same cost there); beyond SWEEPS_ONLY_MAX, panels go first and the sweeps finish.
 */
const SWEEPS_MIN = 26;
const SWEEPS_ONLY_MAX = 1000;

/** The bidiagonal and, when asked, U0^T (uCols x m) and V0^T (n x n) as rows. */
export interface Bidiagonal {
  d: Float64Array;
  e: Float64Array;
  ut: Float64Array | null;
  vt: Float64Array | null;
}

/** Bidiagonalises the m x n row-major matrix `a` (m >= n) in place; U0 gets uCols (n or m) columns. */
export function bidiagonalize(a: Float64Array, m: number, n: number, vectors: boolean, uCols = n): Bidiagonal {
  const d = new Float64Array(n);
  const e = new Float64Array(Math.max(n - 1, 0));
  const tauLeft = new Float64Array(n);
  const tauRight = new Float64Array(n);
  const w = new Float64Array(Math.max(m, n));
  const panelled = n <= SWEEPS_ONLY_MAX ? 0 : reducePanels(a, m, n, d, e, tauLeft, tauRight);
  const swept = n < SWEEPS_MIN ? 0 : reduceBySweeps(a, m, n, panelled, d, e, tauLeft, tauRight);
  for (let k = swept; k < n; k++) {
    // left: zero column k below the diagonal
    const at = k * n + k;
    tauLeft[k] = makeReflector(a, at, n, m - k);
    d[k] = a[at];
    if (k + 1 < n && tauLeft[k] !== 0) {
      a[at] = 1;
      applyReflectorLeft(a, 0, n, k, m - k, k + 1, n, a, at, n, tauLeft[k], w);
      a[at] = d[k];
    }
    if (k + 1 >= n) continue;
    // right: zero row k beyond the superdiagonal
    const rt = k * n + k + 1;
    tauRight[k] = makeReflector(a, rt, 1, n - k - 1);
    e[k] = a[rt];
    if (tauRight[k] !== 0) {
      a[rt] = 1;
      applyReflectorRight(a, 0, n, k + 1, m, k + 1, n - k - 1, a, rt, 1, tauRight[k]);
      a[rt] = e[k];
    }
  }
  if (!vectors) return { d, e, ut: null, vt: null };
  const u0 = formQ(a, 0, m, n, tauLeft, n, uCols, new Float64Array(Math.max(uCols, 1)));
  const ut = new Float64Array(uCols * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < uCols; j++) ut[j * m + i] = u0[i * uCols + j];
  // V0 = G_0 G_1 ... G_{n-2}; G_k acts on indices k+1..n-1 with v = [1, row k's tail]
  const v0 = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v0[i * n + i] = 1;
  const v = new Float64Array(n);
  const layout = { a, base: 1, jStep: n + 1, iStep: 1, shift: 1, tau: tauRight, count: n - 1 };
  if (!applyReflectorProduct(v0, n, n, layout)) for (let k = n - 2; k >= 0; k--) {
    const len = n - k - 1;
    v[0] = 1;
    for (let i = 1; i < len; i++) v[i] = a[k * n + k + 1 + i];
    applyReflectorLeft(v0, 0, n, k + 1, len, k + 1, n, v, 0, 1, tauRight[k], w);
  }
  const vt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) vt[j * n + i] = v0[i * n + j];
  return { d, e, ut, vt };
}

/**
 * A direct solve of random_walker's symmetric positive definite system for mode 'bf':
 * Cholesky factorisation in band storage (the grid Laplacian's band is one image row or
 * plane wide), then forward and back substitution per right-hand side.
 */
import type { LinearSystem } from "./_random_walker_system";

export class BandedCholesky {
  private readonly n: number;
  private readonly w: number;
  /** L[i][i - w + k] at i * (w + 1) + k */
  private readonly band: Float64Array;

  constructor(s: LinearSystem) {
    const n = s.diagonal.length;
    let w = 0;
    for (let r = 0; r < n; r++) for (let k = s.indptr[r]; k < s.indptr[r + 1]; k++) w = Math.max(w, r - s.indices[k]);
    this.n = n;
    this.w = w;
    const band = new Float64Array(n * (w + 1));
    for (let r = 0; r < n; r++) {
      for (let k = s.indptr[r]; k < s.indptr[r + 1]; k++) {
        const c = s.indices[k];
        if (c <= r) band[r * (w + 1) + (c - r + w)] = s.values[k];
      }
    }
    for (let i = 0; i < n; i++) {
      const rowI = i * (w + 1);
      for (let j = Math.max(0, i - w); j <= i; j++) {
        const rowJ = j * (w + 1);
        let sum = band[rowI + (j - i + w)];
        for (let k = Math.max(0, i - w); k < j; k++) sum -= band[rowI + (k - i + w)] * band[rowJ + (k - j + w)];
        band[rowI + (j - i + w)] = i === j ? Math.sqrt(sum) : sum / band[rowJ + w];
      }
    }
    this.band = band;
  }

  /** The solution of A x = b. */
  solve(b: Float64Array): Float64Array {
    const { n, w, band } = this;
    const y = Float64Array.from(b);
    for (let i = 0; i < n; i++) {
      let sum = y[i];
      for (let k = Math.max(0, i - w); k < i; k++) sum -= band[i * (w + 1) + (k - i + w)] * y[k];
      y[i] = sum / band[i * (w + 1) + w];
    }
    for (let i = n - 1; i >= 0; i--) {
      let sum = y[i];
      for (let k = i + 1; k <= Math.min(n - 1, i + w); k++) sum -= band[k * (w + 1) + (i - k + w)] * y[k];
      y[i] = sum / band[i * (w + 1) + w];
    }
    return y;
  }
}

/**
 * Order statistics of complex rows as NumPy 1.24 takes them: each row sorted in NumPy's complex
 * order (real part, then imaginary part, NaNs last), then the method's neighbours interpolated
 * part by part (a complex lerp with a real fraction); a row holding a NaN gives nan+0j.
 */
import type { Storage } from "../dtype";
import { sortComplexRows } from "../complex/reduce";
import { QuantileMethod, quantileValue } from "./quantile-methods";

/**
 * Fills `out` (interleaved pairs, q-major: out[k * rows + r]) with the quantiles `qs` (or the
 * median) of each of `rows` rows of `n` pairs in `src`, which is sorted in place.
 */
export function complexRowQuantiles(src: Storage, rows: number, n: number, qs: readonly number[], median: boolean, method: QuantileMethod, f32: boolean, out: Storage): void {
  sortComplexRows(src, n, rows);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let r = 0; r < rows; r++) {
    const base = 2 * r * n;
    for (let i = 0; i < n; i++) {
      re[i] = src[base + 2 * i];
      im[i] = src[base + 2 * i + 1];
    }
    // NaNs sort last: the last pair tells whether the row holds one
    const hasNan = n > 0 && (re[n - 1] !== re[n - 1] || im[n - 1] !== im[n - 1]);
    for (let k = 0; k < qs.length; k++) {
      const at = 2 * (k * rows + r);
      if (hasNan) {
        out[at] = NaN;
        out[at + 1] = 0;
      } else if (median) {
        const mid = Math.floor(n / 2);
        out[at] = n % 2 === 1 ? re[mid] : (re[mid - 1] + re[mid]) / 2;
        out[at + 1] = n % 2 === 1 ? im[mid] : (im[mid - 1] + im[mid]) / 2;
      } else {
        out[at] = quantileValue(re, 0, n, qs[k], method, f32);
        out[at + 1] = quantileValue(im, 0, n, qs[k], method, f32);
      }
    }
  }
}

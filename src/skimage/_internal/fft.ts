/**
 * FFTs on split real/imaginary rows for the skimage functions that filter or correlate in the
 * frequency domain (iradon, match_template), through np.fft's plans: any length, twiddles
 * computed directly, as NumPy's and SciPy's pocketfft.
 */
import { planFor } from "../../np/fft/plan";

/** In place: the DFT of (re, im), or with `inverse` the unnormalised inverse (no 1/n). */
export function fftSplit(re: Float64Array, im: Float64Array, inverse: boolean): void {
  const n = re.length;
  const src = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    src[2 * k] = re[k];
    src[2 * k + 1] = im[k];
  }
  const dst = new Float64Array(2 * n);
  planFor(n).run(src, 0, dst, 0, inverse);
  for (let k = 0; k < n; k++) {
    re[k] = dst[2 * k];
    im[k] = dst[2 * k + 1];
  }
}

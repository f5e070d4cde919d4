/**
 * A radix-2 complex FFT for power-of-two lengths (iradon's filtering pads its projections to
 * one), in place on separate real and imaginary arrays.
 */

/** In-place FFT of (re, im); `inverse` applies the conjugate twiddles and divides by n. */
export function fftRadix2(re: Float64Array, im: Float64Array, inverse: boolean): void {
  const n = re.length;
  if ((n & (n - 1)) !== 0) throw new Error("fftRadix2 needs a power-of-two length");
  // bit-reversal permutation
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      let t = re[i]; re[i] = re[j]; re[j] = t;
      t = im[i]; im[i] = im[j]; im[j] = t;
    }
  }
  const sign = inverse ? 1 : -1;
  const [cos, sin] = twiddles(n);
  for (let len = 2; len <= n; len <<= 1) {
    const half = len >> 1;
    const stride = n / len;
    for (let k = 0; k < half; k++) {
      const wr = cos[k * stride];
      const wi = sign * sin[k * stride];
      for (let s = k; s < n; s += len) {
        const t = s + half;
        const xr = re[t] * wr - im[t] * wi;
        const xi = re[t] * wi + im[t] * wr;
        re[t] = re[s] - xr;
        im[t] = im[s] - xi;
        re[s] += xr;
        im[s] += xi;
      }
    }
  }
  if (inverse) {
    for (let i = 0; i < n; i++) {
      re[i] /= n;
      im[i] /= n;
    }
  }
}

const TABLES = new Map<number, [Float64Array, Float64Array]>();

/** cos and sin of 2 pi k / n for k < n / 2, each from its own angle (no accumulated error), kept per n. */
function twiddles(n: number): [Float64Array, Float64Array] {
  let t = TABLES.get(n);
  if (t === undefined) {
    const cos = new Float64Array(n >> 1);
    const sin = new Float64Array(n >> 1);
    for (let k = 0; k < n >> 1; k++) {
      cos[k] = Math.cos((2 * Math.PI * k) / n);
      sin[k] = Math.sin((2 * Math.PI * k) / n);
    }
    t = [cos, sin];
    TABLES.set(n, t);
  }
  return t;
}

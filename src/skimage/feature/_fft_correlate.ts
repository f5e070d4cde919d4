/**
 * Valid-mode 2-D correlation by FFT (sizes padded to products of 2, 3 and 5), for
 * match_template's large templates where a direct sum would cost image x template
 * multiplications. scikit-image correlates by FFT too (scipy.signal.fftconvolve).
 */
import { planFor } from "../../np/fft/plan";

/** The smallest n >= target whose prime factors are 2, 3 and 5 (scipy's next_fast_len for complex). */
function fastLength(target: number): number {
  let best = Infinity;
  for (let p5 = 1; p5 < 2 * target; p5 *= 5) {
    for (let p35 = p5; p35 < 2 * target; p35 *= 3) {
      let n = p35;
      while (n < target) n *= 2;
      if (n < best) best = n;
    }
  }
  return best;
}

/** 2-D FFT in place of a P x Q grid of interleaved (re, im) pairs: rows, then columns. */
function fft2(z: Float64Array, P: number, Q: number, inverse: boolean): void {
  const rowPlan = planFor(Q);
  const row = new Float64Array(2 * Q);
  for (let y = 0; y < P; y++) {
    rowPlan.run(z, y * Q, row, 0, inverse);
    z.set(row, 2 * y * Q);
  }
  const colPlan = planFor(P);
  const col = new Float64Array(2 * P);
  const res = new Float64Array(2 * P);
  for (let x = 0; x < Q; x++) {
    for (let y = 0, i = 2 * x; y < P; y++, i += 2 * Q) {
      col[2 * y] = z[i];
      col[2 * y + 1] = z[i + 1];
    }
    colPlan.run(col, 0, res, 0, inverse);
    for (let y = 0, i = 2 * x; y < P; y++, i += 2 * Q) {
      z[i] = res[2 * y];
      z[i + 1] = res[2 * y + 1];
    }
  }
}

/**
 * out[y, x] = sum over (u, v) of img[y + off + u, x + off + v] * tpl[u, v] for an oh x ow
 * output, by FFT: the image and the flipped template share one complex transform (image in
 * the real part, template in the imaginary part; their spectra are separated by symmetry),
 * on a grid of 5-smooth sizes, as scipy.signal.fftconvolve pads.
 */
export function fftCorrelate2d(img: Float64Array, H: number, W: number, tpl: Float64Array, th: number, tw: number, oh: number, ow: number, off: number): Float64Array {
  const P = fastLength(H + th - 1);
  const Q = fastLength(W + tw - 1);
  const z = new Float64Array(2 * P * Q);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) z[2 * (y * Q + x)] = img[y * W + x];
  // the template flipped: correlation as convolution
  for (let u = 0; u < th; u++) for (let v = 0; v < tw; v++) z[2 * ((th - 1 - u) * Q + (tw - 1 - v)) + 1] = tpl[u * tw + v];
  fft2(z, P, Q, false);
  // A = (Z[k] + conj Z[-k]) / 2 and B = (Z[k] - conj Z[-k]) / 2i; the product A B
  const c = new Float64Array(2 * P * Q);
  for (let ky = 0; ky < P; ky++) {
    const my = ky === 0 ? 0 : P - ky;
    for (let kx = 0; kx < Q; kx++) {
      const mx = kx === 0 ? 0 : Q - kx;
      const i = 2 * (ky * Q + kx);
      const j = 2 * (my * Q + mx);
      const zr = z[i], zi = z[i + 1], wr = z[j], wi = z[j + 1];
      const ar = (zr + wr) / 2, ai = (zi - wi) / 2;
      const br = (zi + wi) / 2, bi = (wr - zr) / 2;
      c[i] = ar * br - ai * bi;
      c[i + 1] = ar * bi + ai * br;
    }
  }
  fft2(c, P, Q, true);
  const scale = 1 / (P * Q);
  const out = new Float64Array(oh * ow);
  for (let y = 0; y < oh; y++) {
    const from = (y + off + th - 1) * Q + off + tw - 1;
    for (let x = 0; x < ow; x++) out[y * ow + x] = c[2 * (from + x)] * scale;
  }
  return out;
}

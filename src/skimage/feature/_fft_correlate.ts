/**
 * Valid-mode 2-D correlation by FFT (radix-2, sizes padded to powers of two), for
 * match_template's large templates where a direct sum would cost image x template
 * multiplications. scikit-image correlates by FFT too (scipy.signal.fftconvolve).
 */
import { fftSplit } from "../_internal/fft";

function nextPow2(n: number): number {
  let p = 1;
  while (p < n) p <<= 1;
  return p;
}

/** 2-D FFT of a P x Q grid in place: rows, then columns. */
function fft2(re: Float64Array, im: Float64Array, P: number, Q: number, inverse: boolean): void {
  const rr = new Float64Array(Q);
  const ri = new Float64Array(Q);
  for (let y = 0; y < P; y++) {
    rr.set(re.subarray(y * Q, (y + 1) * Q));
    ri.set(im.subarray(y * Q, (y + 1) * Q));
    fftSplit(rr, ri, inverse);
    re.set(rr, y * Q);
    im.set(ri, y * Q);
  }
  const cr = new Float64Array(P);
  const ci = new Float64Array(P);
  for (let x = 0; x < Q; x++) {
    for (let y = 0; y < P; y++) {
      cr[y] = re[y * Q + x];
      ci[y] = im[y * Q + x];
    }
    fftSplit(cr, ci, inverse);
    for (let y = 0; y < P; y++) {
      re[y * Q + x] = cr[y];
      im[y * Q + x] = ci[y];
    }
  }
}

/**
 * out[y, x] = sum over (u, v) of img[y + off + u, x + off + v] * tpl[u, v], for an
 * (oh, ow) output, img (H, W), tpl (th, tw).
 */
export function fftCorrelate2d(img: Float64Array, H: number, W: number, tpl: Float64Array, th: number, tw: number, oh: number, ow: number, off: number): Float64Array {
  const P = nextPow2(H + th - 1);
  const Q = nextPow2(W + tw - 1);
  const ar = new Float64Array(P * Q);
  const ai = new Float64Array(P * Q);
  const br = new Float64Array(P * Q);
  const bi = new Float64Array(P * Q);
  for (let y = 0; y < H; y++) ar.set(img.subarray(y * W, (y + 1) * W), y * Q);
  // the template flipped: correlation as convolution
  for (let u = 0; u < th; u++) for (let v = 0; v < tw; v++) br[(th - 1 - u) * Q + (tw - 1 - v)] = tpl[u * tw + v];
  fft2(ar, ai, P, Q, false);
  fft2(br, bi, P, Q, false);
  for (let i = 0; i < P * Q; i++) {
    const r = ar[i] * br[i] - ai[i] * bi[i];
    const m = ar[i] * bi[i] + ai[i] * br[i];
    ar[i] = r;
    ai[i] = m;
  }
  fft2(ar, ai, P, Q, true);
  const scale = 1 / (P * Q);
  const out = new Float64Array(oh * ow);
  for (let y = 0; y < oh; y++) {
    for (let x = 0; x < ow; x++) out[y * ow + x] = ar[(y + off + th - 1) * Q + x + off + tw - 1] * scale;
  }
  return out;
}

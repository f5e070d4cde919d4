/**
 * Complex FFTs of power-of-two lengths: an iterative Stockham autosort transform (radix-4
 * passes, one radix-2 pass for odd powers), so no bit reversal and no recursion. Each pass
 * reads one buffer and writes the other; the inner loop walks contiguous pairs with one
 * twiddle triple, taken from a table of cos/sin computed directly for each index.
 */
import type { FftPlan } from "./plan";

export class StockhamPlan implements FftPlan {
  /** cos and -sin of 2 pi k / n for k < n, interleaved. */
  private readonly w: Float64Array;
  private readonly scratch: Float64Array;
  private readonly passes: number;

  constructor(readonly n: number, roots: Float64Array) {
    this.w = roots;
    this.scratch = new Float64Array(2 * n);
    let passes = 0;
    for (let len = n; len > 1; len = len % 4 === 0 ? len / 4 : len / 2) passes++;
    this.passes = passes;
  }

  run(src: Float64Array, srcAt: number, dst: Float64Array, dstAt: number, inverse: boolean): void {
    const n = this.n;
    if (n === 1) {
      dst[2 * dstAt] = src[2 * srcAt];
      dst[2 * dstAt + 1] = src[2 * srcAt + 1];
      return;
    }
    const sign = inverse ? 1 : -1;
    let x = src;
    let xo = 2 * srcAt;
    // the passes alternate between dst and scratch, ending in dst
    let toDst = this.passes % 2 === 1;
    let stride = 1;
    for (let len = n; len > 1; ) {
      const y = toDst ? dst : this.scratch;
      const yo = toDst ? 2 * dstAt : 0;
      if (len % 4 === 0) {
        this.radix4(x, xo, y, yo, len, stride, sign);
        len /= 4;
        stride *= 4;
      } else {
        radix2(x, xo, y, yo, stride);
        len /= 2;
        stride *= 2;
      }
      x = y;
      xo = yo;
      toDst = !toDst;
    }
  }

  /**
   * One decimation-in-frequency radix-4 pass over sub-transforms of length `len` interleaved
   * with `stride`: y[q + s(4p + r)] = w^(rp) * (butterfly r of x[q + s(p + j len / 4)]).
   */
  private radix4(x: Float64Array, xo: number, y: Float64Array, yo: number, len: number, s: number, sign: number): void {
    const w = this.w;
    const m = len / 4;
    const s2 = 2 * s;
    for (let p = 0; p < m; p++) {
      const t = 2 * p * s; // twiddle index of w^p in the table of n roots (n = len * s)
      const w1r = w[t], w1i = -sign * w[t + 1];
      const w2r = w[2 * t], w2i = -sign * w[2 * t + 1];
      const w3r = w[3 * t], w3i = -sign * w[3 * t + 1];
      const a0 = xo + 2 * s * p;
      const b0 = a0 + 2 * s * m;
      const c0 = b0 + 2 * s * m;
      const d0 = c0 + 2 * s * m;
      const y0 = yo + 2 * s * 4 * p;
      for (let q = 0; q < s2; q += 2) {
        const ar = x[a0 + q], ai = x[a0 + q + 1];
        const br = x[b0 + q], bi = x[b0 + q + 1];
        const cr = x[c0 + q], ci = x[c0 + q + 1];
        const dr = x[d0 + q], di = x[d0 + q + 1];
        const apcr = ar + cr, apci = ai + ci;
        const amcr = ar - cr, amci = ai - ci;
        const bpdr = br + dr, bpdi = bi + di;
        // sign * i * (b - d)
        const jr = -sign * (bi - di), ji = sign * (br - dr);
        const o = y0 + q;
        y[o] = apcr + bpdr;
        y[o + 1] = apci + bpdi;
        const e1r = amcr + jr, e1i = amci + ji;
        y[o + s2] = e1r * w1r - e1i * w1i;
        y[o + s2 + 1] = e1r * w1i + e1i * w1r;
        const e2r = apcr - bpdr, e2i = apci - bpdi;
        y[o + 2 * s2] = e2r * w2r - e2i * w2i;
        y[o + 2 * s2 + 1] = e2r * w2i + e2i * w2r;
        const e3r = amcr - jr, e3i = amci - ji;
        y[o + 3 * s2] = e3r * w3r - e3i * w3i;
        y[o + 3 * s2 + 1] = e3r * w3i + e3i * w3r;
      }
    }
  }
}

/** The last pass of an odd power of two: length-2 transforms, no twiddles. */
function radix2(x: Float64Array, xo: number, y: Float64Array, yo: number, s: number): void {
  const s2 = 2 * s;
  for (let q = 0; q < s2; q++) {
    const a = x[xo + q];
    const b = x[xo + s2 + q];
    y[yo + q] = a + b;
    y[yo + s2 + q] = a - b;
  }
}

/**
 * Complex FFTs of any length on interleaved (re, im) rows: powers of two by the Stockham
 * passes of stockham.ts, other lengths by mixed-radix Cooley-Tukey
 * (radix 4, 2, 3 and a general odd-radix pass) for lengths whose prime factors are small, and
 * Bluestein's chirp-z convolution (through a power-of-two FFT) otherwise. Twiddles come from
 * one table of cos/sin computed directly for each index (no recurrences), so errors stay at
 * a few ulps times log(n), as pocketfft's do.
 */

import { StockhamPlan } from "./stockham";

/** Largest prime factor done by a direct pass; lengths with a larger one go through Bluestein. */
const MAX_DIRECT_PRIME = 31;

/** A prepared transform of one length: `run` maps src (n pairs from srcAt) to dst (n pairs from dstAt). */
export interface FftPlan {
  readonly n: number;
  run(src: Float64Array, srcAt: number, dst: Float64Array, dstAt: number, inverse: boolean): void;
}

function factorize(n: number): number[] {
  const factors: number[] = [];
  while (n % 4 === 0) {
    factors.push(4);
    n /= 4;
  }
  if (n % 2 === 0) {
    factors.push(2);
    n /= 2;
  }
  for (let p = 3; p * p <= n; p += 2) {
    while (n % p === 0) {
      factors.push(p);
      n /= p;
    }
  }
  if (n > 1) factors.push(n);
  return factors;
}

/** cos and -sin of 2 pi k / n for k < n, interleaved (the forward transform's roots of unity). */
function rootsOfUnity(n: number): Float64Array {
  const w = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    const angle = (2 * Math.PI * k) / n;
    w[2 * k] = Math.cos(angle);
    w[2 * k + 1] = -Math.sin(angle);
  }
  // exact values where they are known
  if (n % 4 === 0) {
    w[2 * (n / 4)] = 0;
    w[2 * (n / 4) + 1] = -1;
    w[2 * (3 * n / 4)] = 0;
    w[2 * (3 * n / 4) + 1] = 1;
  }
  if (n % 2 === 0) {
    w[n] = -1;
    w[n + 1] = 0;
  }
  return w;
}

/** Mixed-radix decimation in time, recursive over the factors. */
class RadixPlan implements FftPlan {
  private readonly factors: number[];
  private readonly w: Float64Array;
  private readonly scratch: Float64Array;

  constructor(readonly n: number) {
    this.factors = factorize(n);
    this.w = rootsOfUnity(n);
    let largest = 0;
    for (const p of this.factors) largest = Math.max(largest, p);
    this.scratch = new Float64Array(4 * largest);
  }

  run(src: Float64Array, srcAt: number, dst: Float64Array, dstAt: number, inverse: boolean): void {
    this.pass(src, srcAt, 1, this.n, dst, dstAt, 0, inverse ? 1 : -1);
  }

  /** dst[dstAt .. dstAt + n) = DFT of the n pairs src[srcAt + j * stride]. Positions count pairs. */
  private pass(src: Float64Array, srcAt: number, stride: number, n: number, dst: Float64Array, dstAt: number, level: number, sign: number): void {
    if (n === 1) {
      dst[2 * dstAt] = src[2 * srcAt];
      dst[2 * dstAt + 1] = src[2 * srcAt + 1];
      return;
    }
    const p = this.factors[level];
    const m = n / p;
    if (m === 1) {
      for (let q = 0; q < p; q++) {
        dst[2 * (dstAt + q)] = src[2 * (srcAt + q * stride)];
        dst[2 * (dstAt + q) + 1] = src[2 * (srcAt + q * stride) + 1];
      }
    } else {
      for (let q = 0; q < p; q++) this.pass(src, srcAt + q * stride, stride * p, m, dst, dstAt + q * m, level + 1, sign);
    }
    const w = this.w;
    const step = this.n / n;
    const d = dst;
    if (p === 2) {
      for (let k = 0; k < m; k++) {
        const i0 = 2 * (dstAt + k);
        const i1 = i0 + 2 * m;
        const wr = w[2 * k * step];
        const wi = -sign * w[2 * k * step + 1];
        const br = d[i1] * wr - d[i1 + 1] * wi;
        const bi = d[i1] * wi + d[i1 + 1] * wr;
        const ar = d[i0];
        const ai = d[i0 + 1];
        d[i0] = ar + br;
        d[i0 + 1] = ai + bi;
        d[i1] = ar - br;
        d[i1 + 1] = ai - bi;
      }
      return;
    }
    if (p === 4) {
      for (let k = 0; k < m; k++) {
        const i0 = 2 * (dstAt + k);
        const i1 = i0 + 2 * m;
        const i2 = i1 + 2 * m;
        const i3 = i2 + 2 * m;
        const t = k * step;
        const w1r = w[2 * t], w1i = -sign * w[2 * t + 1];
        const w2r = w[4 * t], w2i = -sign * w[4 * t + 1];
        const w3r = w[6 * t], w3i = -sign * w[6 * t + 1];
        const ar = d[i0], ai = d[i0 + 1];
        const br = d[i1] * w1r - d[i1 + 1] * w1i, bi = d[i1] * w1i + d[i1 + 1] * w1r;
        const cr = d[i2] * w2r - d[i2 + 1] * w2i, ci = d[i2] * w2i + d[i2 + 1] * w2r;
        const er = d[i3] * w3r - d[i3 + 1] * w3i, ei = d[i3] * w3i + d[i3 + 1] * w3r;
        const s0r = ar + cr, s0i = ai + ci;
        const s1r = ar - cr, s1i = ai - ci;
        const s2r = br + er, s2i = bi + ei;
        // (b - e) times sign * i
        const dr = br - er, di = bi - ei;
        const s3r = -sign * di, s3i = sign * dr;
        d[i0] = s0r + s2r;
        d[i0 + 1] = s0i + s2i;
        d[i1] = s1r + s3r;
        d[i1 + 1] = s1i + s3i;
        d[i2] = s0r - s2r;
        d[i2 + 1] = s0i - s2i;
        d[i3] = s1r - s3r;
        d[i3 + 1] = s1i - s3i;
      }
      return;
    }
    // general radix p: t_q = W^(qk) Y_q[k], X[k + s m] = sum_q t_q W_p^(qs)
    const t = this.scratch;
    const rootStep = this.n / p;
    for (let k = 0; k < m; k++) {
      for (let q = 0; q < p; q++) {
        const i = 2 * (dstAt + k + q * m);
        const tw = 2 * q * k * step;
        const wr = w[tw];
        const wi = -sign * w[tw + 1];
        t[2 * q] = d[i] * wr - d[i + 1] * wi;
        t[2 * q + 1] = d[i] * wi + d[i + 1] * wr;
      }
      for (let s = 0; s < p; s++) {
        let sr = 0;
        let si = 0;
        for (let q = 0; q < p; q++) {
          const tw = 2 * ((q * s) % p) * rootStep;
          const wr = w[tw];
          const wi = -sign * w[tw + 1];
          sr += t[2 * q] * wr - t[2 * q + 1] * wi;
          si += t[2 * q] * wi + t[2 * q + 1] * wr;
        }
        t[2 * p + 2 * s] = sr;
        t[2 * p + 2 * s + 1] = si;
      }
      for (let s = 0; s < p; s++) {
        const i = 2 * (dstAt + k + s * m);
        d[i] = t[2 * p + 2 * s];
        d[i + 1] = t[2 * p + 2 * s + 1];
      }
    }
  }
}

/** Bluestein: the length-n DFT as a convolution with a chirp, through a power-of-two FFT. */
class BluesteinPlan implements FftPlan {
  private readonly m: number;
  private readonly inner: FftPlan;
  /** exp(-i pi k^2 / n) for k < n. */
  private readonly chirp: Float64Array;
  /** FFT of the conjugate chirp, wrapped around to length m. */
  private readonly kernel: Float64Array;
  private readonly a: Float64Array;
  private readonly b: Float64Array;

  constructor(readonly n: number) {
    let m = 1;
    while (m < 2 * n - 1) m *= 2;
    this.m = m;
    this.inner = planFor(m);
    this.chirp = new Float64Array(2 * n);
    for (let k = 0; k < n; k++) {
      const j = (k * k) % (2 * n); // exact: k^2 < 2^53 for every length an array can have
      this.chirp[2 * k] = Math.cos((Math.PI * j) / n);
      this.chirp[2 * k + 1] = -Math.sin((Math.PI * j) / n);
    }
    const b = new Float64Array(2 * m);
    b[0] = this.chirp[0];
    b[1] = -this.chirp[1];
    for (let k = 1; k < n; k++) {
      b[2 * k] = b[2 * (m - k)] = this.chirp[2 * k];
      b[2 * k + 1] = b[2 * (m - k) + 1] = -this.chirp[2 * k + 1];
    }
    this.kernel = new Float64Array(2 * m);
    this.inner.run(b, 0, this.kernel, 0, false);
    this.a = new Float64Array(2 * m);
    this.b = new Float64Array(2 * m);
  }

  run(src: Float64Array, srcAt: number, dst: Float64Array, dstAt: number, inverse: boolean): void {
    const { n, m, chirp, a, b, kernel } = this;
    // the inverse transform is the conjugate of the forward transform of the conjugate
    const s = inverse ? -1 : 1;
    a.fill(0);
    for (let k = 0; k < n; k++) {
      const xr = src[2 * (srcAt + k)];
      const xi = s * src[2 * (srcAt + k) + 1];
      const cr = chirp[2 * k];
      const ci = chirp[2 * k + 1];
      a[2 * k] = xr * cr - xi * ci;
      a[2 * k + 1] = xr * ci + xi * cr;
    }
    this.inner.run(a, 0, b, 0, false);
    for (let k = 0; k < m; k++) {
      const xr = b[2 * k];
      const xi = b[2 * k + 1];
      const kr = kernel[2 * k];
      const ki = kernel[2 * k + 1];
      b[2 * k] = xr * kr - xi * ki;
      b[2 * k + 1] = xr * ki + xi * kr;
    }
    this.inner.run(b, 0, a, 0, true);
    for (let k = 0; k < n; k++) {
      const yr = a[2 * k] / m;
      const yi = a[2 * k + 1] / m;
      const cr = chirp[2 * k];
      const ci = chirp[2 * k + 1];
      dst[2 * (dstAt + k)] = yr * cr - yi * ci;
      dst[2 * (dstAt + k) + 1] = s * (yr * ci + yi * cr);
    }
  }
}

const PLANS = new Map<number, FftPlan>();

/** The (cached) plan for length n. */
export function planFor(n: number): FftPlan {
  let plan = PLANS.get(n);
  if (plan === undefined) {
    const factors = factorize(n);
    if ((n & (n - 1)) === 0) plan = new StockhamPlan(n, rootsOfUnity(n));
    else plan = factors.some((p) => p > MAX_DIRECT_PRIME) ? new BluesteinPlan(n) : new RadixPlan(n);
    if (PLANS.size > 64) PLANS.clear();
    PLANS.set(n, plan);
  }
  return plan;
}

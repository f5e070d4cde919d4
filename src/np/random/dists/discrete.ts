/**
 * NumPy's discrete samplers (numpy/random/src/distributions), step for step: Poisson
 * (multiplication below lam = 10, PTRS above), binomial (inversion while n min(p, 1 - p) <= 30,
 * BTPE above), geometric, zipf, logseries, negative binomial and the legacy hypergeometric.
 * log, exp, pow, log1p and expm1 are glibc's bit for bit.
 */
import { log } from "../log";
import { exp } from "../exp";
import { pow } from "../pow";
import { expm1 } from "../expm1";
import { log1p } from "../log1p";
import type { Source } from "./source";
import { logfactorial } from "../logfactorial";

const LOGGAM_A = [
  8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4,
  8.417508417508418e-4, -1.917526917526918e-3, 6.410256410256410e-3, -2.955065359477124e-2,
  1.796443723688307e-1, -1.39243221690590e0,
];
const LOG_2PI = 1.8378770664093453;

/** log(Gamma(x)) by Stirling's series with upward recursion below 7 (NumPy's `random_loggam`). */
export function loggam(x: number): number {
  if (x === 1 || x === 2) return 0;
  const n = x < 7 ? Math.trunc(7 - x) : 0;
  let x0 = x + n;
  const x2 = (1 / x0) * (1 / x0);
  let gl0 = LOGGAM_A[9];
  for (let k = 8; k >= 0; k--) {
    gl0 *= x2;
    gl0 += LOGGAM_A[k];
  }
  let gl = gl0 / x0 + 0.5 * LOG_2PI + (x0 - 0.5) * log(x0) - x0;
  if (x < 7) {
    for (let k = 1; k <= n; k++) {
      gl -= log(x0 - 1);
      x0 -= 1;
    }
  }
  return gl;
}

// exp(-lam) for the last lam (repeated draws share it; NumPy recomputes the same value)
let memoLam = NaN;
let memoEnlam = NaN;

/** Poisson by multiplying uniforms until the product drops to exp(-lam) (small lam). */
function poissonMult(src: Source, lam: number): number {
  if (lam !== memoLam) {
    memoLam = lam;
    memoEnlam = exp(-lam);
  }
  const enlam = memoEnlam;
  let x = 0;
  let prod = 1;
  for (;;) {
    prod *= src.double();
    if (prod > enlam) x += 1;
    else return x;
  }
}

/** Poisson by PTRS, transformed rejection with squeeze (lam >= 10). */
function poissonPtrs(src: Source, lam: number): number {
  const slam = Math.sqrt(lam);
  const loglam = log(lam);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = src.double() - 0.5;
    const v = src.double();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lam + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (log(v) + log(invalpha) - log(a / (us * us) + b) <= -lam + k * loglam - loggam(k + 1)) return k;
  }
}

/** One Poisson draw (NumPy's `random_poisson`); lam must be finite and >= 0. */
export function poisson(src: Source, lam: number): number {
  if (lam >= 10) return poissonPtrs(src, lam);
  if (lam === 0) return 0;
  return poissonMult(src, lam);
}

// q^n and the search bound for the last (n, p), as NumPy keeps them between draws
let invN = NaN;
let invP = NaN;
let invQn = NaN;
let invBound = 0;

/** Binomial by inversion of the CDF, restarting past a bound (n p <= 30). */
function binomialInversion(src: Source, n: number, p: number): number {
  const q = 1 - p;
  if (n !== invN || p !== invP) {
    invN = n;
    invP = p;
    invQn = exp(n * log(q));
    const np0 = n * p;
    invBound = Math.trunc(Math.min(n, np0 + 10 * Math.sqrt(np0 * q + 1)));
  }
  const qn = invQn;
  const bound = invBound;
  let x = 0;
  let px = qn;
  let u = src.double();
  while (u > px) {
    x++;
    if (x > bound) {
      x = 0;
      px = qn;
      u = src.double();
    } else {
      u -= px;
      px = ((n - x + 1) * p * px) / (x * q);
    }
  }
  return x;
}

/** The four-term Stirling correction BTPE's final test adds per argument. */
function stirlingTail(v: number): number {
  const v2 = v * v;
  return (13680 - (462 - (132 - (99 - 140 / v2) / v2) / v2) / v2) / v / 166320;
}

/** Binomial by BTPE (Kachitvichyanukul and Schmeiser's triangle-parallelogram-exponential). */
function binomialBtpe(src: Source, n: number, p: number): number {
  const r = Math.min(p, 1 - p);
  const q = 1 - r;
  const fm = n * r + r;
  const m = Math.floor(fm);
  const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
  const xm = m + 0.5;
  const xl = xm - p1;
  const xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + m);
  let a = (fm - xl) / (fm - xl * r);
  const laml = a * (1 + a / 2);
  a = (xr - fm) / (xr * q);
  const lamr = a * (1 + a / 2);
  const p2 = p1 * (1 + 2 * c);
  const p3 = p2 + c / laml;
  const p4 = p3 + c / lamr;
  const nrq = n * r * q;
  let y: number;
  for (;;) {
    const u = src.double() * p4;
    let v = src.double();
    if (u <= p1) {
      y = Math.floor(xm - p1 * v + u);
      break;
    }
    if (u <= p2) {
      const x = xl + (u - p1) / c;
      v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
      if (v > 1) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      y = Math.floor(xl + log(v) / laml);
      if (y < 0 || v === 0) continue;
      v = v * (u - p2) * laml;
    } else {
      y = Math.floor(xr - log(v) / lamr);
      if (y > n || v === 0) continue;
      v = v * (u - p3) * lamr;
    }
    const k = Math.abs(y - m);
    if (!(k > 20 && k < nrq / 2 - 1)) {
      // explicit evaluation of f(y) / f(m)
      const s = r / q;
      const aa = s * (n + 1);
      let f = 1;
      if (m < y) for (let i = m + 1; i <= y; i++) f *= aa / i - s;
      else if (m > y) for (let i = y + 1; i <= m; i++) f /= aa / i - s;
      if (v > f) continue;
      break;
    }
    // squeeze on log(f(y) / f(m)), then the bound by Stirling's formula
    const rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const A = log(v);
    if (A < t - rho) break;
    if (A > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    if (
      A >
      xm * log(f1 / x1) + (n - m + 0.5) * log(z / w) + (y - m) * log((w * r) / (x1 * q)) +
        stirlingTail(f1) + stirlingTail(z) + stirlingTail(x1) + stirlingTail(w)
    ) continue;
    break;
  }
  return p > 0.5 ? n - y : y;
}

/**
 * One binomial draw. Generator's (and multinomial's) `random_binomial` returns 0 for n = 0 or
 * p = 0 without drawing; RandomState.binomial's legacy path draws even then.
 */
export function binomial(src: Source, n: number, p: number, legacyPath = false): number {
  if (!legacyPath && (n === 0 || p === 0)) return 0;
  if (p <= 0.5) return p * n <= 30 ? binomialInversion(src, n, p) : binomialBtpe(src, n, p);
  const q = 1 - p;
  return q * n <= 30 ? n - binomialInversion(src, n, q) : n - binomialBtpe(src, n, q);
}

/** Geometric by summing the PMF until it passes a uniform (p >= 1/3). */
function geometricSearch(src: Source, p: number): number {
  let x = 1;
  let sum = p;
  let prod = p;
  const q = 1 - p;
  const u = src.double();
  while (u > sum) {
    prod *= q;
    sum += prod;
    x++;
  }
  return x;
}

/** One geometric draw (trials to the first success). */
export function geometric(src: Source, p: number): number {
  if (p >= 0.333333333333333333333333) return geometricSearch(src, p);
  if (src.legacy) return Math.ceil(log1p(-src.double()) / log(1 - p));
  return Math.ceil(-src.exponential() / log1p(-p));
}

const INT64_MAX = 9223372036854775807;

/** One Zipf draw by rejection from the continuous Pareto (values past int64 are rejected). */
export function zipf(src: Source, a: number): number {
  const am1 = a - 1;
  const b = pow(2, am1);
  for (;;) {
    const u = 1 - src.double();
    const v = src.double();
    const x = Math.floor(pow(u, -1 / am1));
    if (x > INT64_MAX || x < 1) continue;
    const t = pow(1 + 1 / x, am1);
    if ((v * x * (t - 1)) / (b - 1) <= t / b) return x;
  }
}

/** One logarithmic-series draw (Kemp's second accelerated generator). */
export function logseries(src: Source, p: number): number {
  const r = src.legacy ? log(1 - p) : log1p(-p);
  for (;;) {
    const v = src.double();
    if (v >= p) return 1;
    const u = src.double();
    const q = src.legacy ? 1 - exp(r * u) : -expm1(r * u);
    if (v <= q * q) {
      const result = Math.floor(1 + log(v) / log(q));
      if (result < 1 || v === 0) continue;
      return result;
    }
    return v >= q ? 1 : 2;
  }
}

/** Hypergeometric by direct simulation of the draws (legacy, nsample <= 10). */
function hypergeometricHyp(src: Source, good: number, bad: number, sample: number): number {
  const d1 = bad + good - sample;
  const d2 = Math.min(bad, good);
  let y = d2;
  let k = sample;
  while (y > 0) {
    const u = src.double();
    y -= Math.trunc(Math.floor(u + y / (d1 + k)));
    k--;
    if (k === 0) break;
  }
  let z = Math.trunc(d2 - y);
  if (good > bad) z = sample - z;
  return z;
}

const HRUA_D1 = 1.7155277699214135;
const HRUA_D2 = 0.8989161620588988;

/** Hypergeometric by ratio-of-uniforms (HRUA*, legacy, nsample > 10). */
function hypergeometricHrua(src: Source, good: number, bad: number, sample: number): number {
  const mingoodbad = Math.min(good, bad);
  const popsize = good + bad;
  const maxgoodbad = Math.max(good, bad);
  const m = Math.min(sample, popsize - sample);
  const d4 = mingoodbad / popsize;
  const d5 = 1 - d4;
  const d6 = m * d4 + 0.5;
  const d7 = Math.sqrt(((popsize - m) * sample * d4 * d5) / (popsize - 1) + 0.5);
  const d8 = HRUA_D1 * d7 + HRUA_D2;
  const d9 = Math.floor(((m + 1) * (mingoodbad + 1)) / (popsize + 2));
  const d10 = loggam(d9 + 1) + loggam(mingoodbad - d9 + 1) + loggam(m - d9 + 1) + loggam(maxgoodbad - m + d9 + 1);
  const d11 = Math.min(Math.min(m, mingoodbad) + 1, Math.floor(d6 + 16 * d7));
  let z: number;
  for (;;) {
    const x = src.double();
    const y = src.double();
    const w = d6 + (d8 * (y - 0.5)) / x;
    if (w < 0 || w >= d11) continue;
    z = Math.floor(w);
    const t = d10 - (loggam(z + 1) + loggam(mingoodbad - z + 1) + loggam(m - z + 1) + loggam(maxgoodbad - m + z + 1));
    if (x * (4 - x) - 3 <= t) break;
    if (x * (x - t) >= 1) continue;
    if (2 * log(x) <= t) break;
  }
  if (good > bad) z = m - z;
  if (m < sample) z = good - z;
  return z;
}

/** RandomState.hypergeometric's draw: HRUA for nsample > 10, direct simulation below. */
export function hypergeometricLegacy(src: Source, good: number, bad: number, sample: number): number {
  if (sample > 10) return hypergeometricHrua(src, good, bad, sample);
  if (sample > 0) return hypergeometricHyp(src, good, bad, sample);
  return 0;
}

/** Fills out[offset, offset + d) with one multinomial draw by conditional binomials. */
export function multinomialInto(src: Source, n: number, pvals: ArrayLike<number>, out: Float64Array, offset: number): void {
  const d = pvals.length;
  let remaining = 1;
  let dn = n;
  for (let j = 0; j < d - 1; j++) {
    const x = binomial(src, dn, pvals[j] / remaining);
    out[offset + j] = x;
    dn -= x;
    if (dn <= 0) break;
    remaining -= pvals[j];
  }
  if (dn > 0) out[offset + d - 1] = dn;
}

/** Generator's hypergeometric by simulating the draws (small samples), as `hypergeometric_sample`. */
function hypergeometricSample(interval: (max: number) => number, good: number, bad: number, sample: number): number {
  const total = good + bad;
  const flip = sample > Math.floor(total / 2);
  let computed = flip ? total - sample : sample;
  let remainingTotal = total;
  let remainingGood = good;
  while (computed > 0 && remainingGood > 0 && remainingTotal > remainingGood) {
    --remainingTotal;
    if (interval(remainingTotal) < remainingGood) --remainingGood;
    --computed;
  }
  if (remainingTotal === remainingGood) remainingGood -= computed;
  return flip ? remainingGood : good - remainingGood;
}

/** Generator's hypergeometric by Stadlober's ratio-of-uniforms (HRUA) with NumPy's logfactorial. */
function hypergeometricHruaGen(src: Source, good: number, bad: number, sample: number): number {
  const popsize = good + bad;
  const computed = Math.min(sample, popsize - sample);
  const mingoodbad = Math.min(good, bad);
  const maxgoodbad = Math.max(good, bad);
  const p = mingoodbad / popsize;
  const q = maxgoodbad / popsize;
  const mu = computed * p;
  const a = mu + 0.5;
  const variance = ((popsize - computed) * computed * p * q) / (popsize - 1);
  const c = Math.sqrt(variance + 0.5);
  const h = HRUA_D1 * c + HRUA_D2;
  const m = Math.floor(((computed + 1) * (mingoodbad + 1)) / (popsize + 2));
  const g = logfactorial(m) + logfactorial(mingoodbad - m) + logfactorial(computed - m) + logfactorial(maxgoodbad - computed + m);
  const b = Math.min(Math.min(computed, mingoodbad) + 1, Math.floor(a + 16 * c));
  let k: number;
  for (;;) {
    const u = src.double();
    const v = src.double();
    const x = a + (h * (v - 0.5)) / u;
    if (x < 0 || x >= b) continue;
    k = Math.floor(x);
    const gp = logfactorial(k) + logfactorial(mingoodbad - k) + logfactorial(computed - k) + logfactorial(maxgoodbad - computed + k);
    const t = g - gp;
    if (u * (4 - u) - 3 <= t) break;
    if (u * (u - t) >= 1) continue;
    if (2 * log(u) <= t) break;
  }
  if (good > bad) k = computed - k;
  if (computed < sample) k = good - k;
  return k;
}

/** Generator.hypergeometric's draw: HRUA when 10 <= nsample <= ngood + nbad - 10, else simulation. */
export function hypergeometricGen(src: Source, interval: (max: number) => number, good: number, bad: number, sample: number): number {
  if (sample >= 10 && sample <= good + bad - 10) return hypergeometricHruaGen(src, good, bad, sample);
  return hypergeometricSample(interval, good, bad, sample);
}

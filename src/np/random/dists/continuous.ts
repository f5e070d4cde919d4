/**
 * NumPy's continuous samplers over a Source, step for step (numpy/random/src/distributions and
 * the legacy variants RandomState keeps): gamma (Marsaglia-Tsang above shape 1, Ahrens-Dieter's
 * GS below), beta (Johnk below 1, gamma ratio above), chi-square, F, Student's t, Wald, von
 * Mises, and the one-uniform transforms. log, exp, pow, log1p and expm1 are glibc's bit for bit;
 * cos and acos (von Mises only) come from the engine and may differ in the last bits.
 */
import { log } from "../log";
import { exp } from "../exp";
import { pow } from "../pow";
import { expm1 } from "../expm1";
import { log1p } from "../log1p";
import { poisson } from "./discrete";
import type { Source } from "./source";

/** One standard gamma draw. */
export function standardGamma(src: Source, shape: number): number {
  if (shape === 1) return src.exponential();
  if (shape === 0) return 0;
  if (shape < 1) {
    for (;;) {
      const u = src.double();
      const v = src.exponential();
      if (u <= 1 - shape) {
        const x = pow(u, 1 / shape);
        if (x <= v) return x;
      } else {
        const y = -log((1 - u) / shape);
        const x = pow(1 - shape + shape * y, 1 / shape);
        if (x <= v + y) return x;
      }
    }
  }
  const b = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * b);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = src.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = src.double();
    if (u < 1 - 0.0331 * (x * x) * (x * x)) return b * v;
    if (log(u) < 0.5 * x * x + b * (1 - v + log(v))) return b * v;
  }
}

/** One beta draw. */
export function beta(src: Source, a: number, b: number): number {
  if (a <= 1 && b <= 1) {
    for (;;) {
      const u = src.double();
      const v = src.double();
      const x = pow(u, 1 / a);
      const y = pow(v, 1 / b);
      const xpy = x + y;
      if (xpy <= 1 && (src.legacy || xpy > 0)) {
        if (xpy > 0) return x / xpy;
        // both underflowed: work with logarithms
        let logX = log(u) / a;
        let logY = log(v) / b;
        const logM = logX > logY ? logX : logY;
        logX -= logM;
        logY -= logM;
        return exp(logX - log(exp(logX) + exp(logY)));
      }
    }
  }
  const ga = standardGamma(src, a);
  const gb = standardGamma(src, b);
  return ga / (ga + gb);
}

/** One chi-square draw: twice a gamma(df / 2). */
export function chisquare(src: Source, df: number): number {
  return 2 * standardGamma(src, df / 2);
}

/** One F draw: the ratio of two scaled chi-squares. */
export function f(src: Source, dfnum: number, dfden: number): number {
  return (chisquare(src, dfnum) * dfden) / (chisquare(src, dfden) * dfnum);
}

/** One noncentral chi-square draw. */
export function noncentralChisquare(src: Source, df: number, nonc: number): number {
  if (!src.legacy && Number.isNaN(nonc)) return NaN;
  if (nonc === 0) return chisquare(src, df);
  if (1 < df) {
    const chi2 = chisquare(src, df - 1);
    const n = src.normal() + Math.sqrt(nonc);
    return chi2 + n * n;
  }
  const i = poisson(src, nonc / 2);
  const out = chisquare(src, df + 2 * i);
  return Number.isNaN(nonc) ? NaN : out;
}

/** One noncentral F draw. */
export function noncentralF(src: Source, dfnum: number, dfden: number, nonc: number): number {
  const t = noncentralChisquare(src, dfnum, nonc) * dfden;
  return t / (chisquare(src, dfden) * dfnum);
}

/** One Student's t draw. */
export function standardT(src: Source, df: number): number {
  const num = src.normal();
  const denom = standardGamma(src, df / 2);
  return (Math.sqrt(df / 2) * num) / Math.sqrt(denom);
}

/** One standard Cauchy draw: the ratio of two normals. */
export function standardCauchy(src: Source): number {
  return src.normal() / src.normal();
}

/** One Pareto II (Lomax) draw. */
export function pareto(src: Source, a: number): number {
  const e = src.exponential() / a;
  return src.legacy ? exp(e) - 1 : expm1(e);
}

/** One Weibull draw. */
export function weibull(src: Source, a: number): number {
  if (a === 0) return 0;
  return pow(src.exponential(), 1 / a);
}

/** One power-distribution draw. */
export function power(src: Source, a: number): number {
  const e = src.exponential();
  return pow(src.legacy ? 1 - exp(-e) : -expm1(-e), 1 / a);
}

/** One Laplace draw (U = 0 is redrawn). */
export function laplace(src: Source, loc: number, scale: number): number {
  for (;;) {
    const u = src.double();
    if (u >= 0.5) return loc - scale * log(2 - u - u);
    if (u > 0) return loc + scale * log(u + u);
  }
}

/** One Gumbel draw (U = 1 is redrawn). */
export function gumbel(src: Source, loc: number, scale: number): number {
  for (;;) {
    const u = 1 - src.double();
    if (u < 1) return loc - scale * log(-log(u));
  }
}

/** One logistic draw (U = 0 is redrawn). */
export function logistic(src: Source, loc: number, scale: number): number {
  for (;;) {
    const u = src.double();
    if (u > 0) return loc + scale * log(u / (1 - u));
  }
}

/** One lognormal draw. */
export function lognormal(src: Source, mean: number, sigma: number): number {
  return exp(mean + sigma * src.normal());
}

/** One Rayleigh draw. */
export function rayleigh(src: Source, scale: number): number {
  if (src.legacy) return scale * Math.sqrt(-2 * log1p(-src.double()));
  return scale * Math.sqrt(2 * src.exponential());
}

/** One Wald (inverse Gaussian) draw. */
export function wald(src: Source, mean: number, scale: number): number {
  const mu2l = mean / (2 * scale);
  let y = src.normal();
  y = mean * y * y;
  const x = mean + mu2l * (y - Math.sqrt(4 * scale * y + y * y));
  const u = src.double();
  return u <= mean / (mean + x) ? x : (mean * mean) / x;
}

/** One triangular draw. */
export function triangular(src: Source, left: number, mode: number, right: number): number {
  const base = right - left;
  const leftbase = mode - left;
  const ratio = leftbase / base;
  const leftprod = leftbase * base;
  const rightprod = (right - mode) * base;
  const u = src.double();
  if (u <= ratio) return left + Math.sqrt(u * leftprod);
  return right - Math.sqrt((1 - u) * rightprod);
}

/** One von Mises draw (Best and Fisher's rejection), wrapped to [-pi, pi). */
export function vonmises(src: Source, mu: number, kappa: number): number {
  if (Number.isNaN(kappa)) return NaN;
  if (kappa < 1e-8) return Math.PI * (2 * src.double() - 1);
  let s: number;
  if (kappa < 1e-5) {
    s = 1 / kappa + kappa;
  } else if (src.legacy || kappa <= 1e6) {
    const r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
    const rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
    s = (1 + rho * rho) / (2 * rho);
  } else {
    // a wrapped normal for very large kappa
    let result = mu + Math.sqrt(1 / kappa) * src.normal();
    if (result < -Math.PI) result += 2 * Math.PI;
    if (result > Math.PI) result -= 2 * Math.PI;
    return result;
  }
  let w: number;
  for (;;) {
    const u = src.double();
    const z = Math.cos(Math.PI * u);
    w = (1 + s * z) / (s + z);
    const y = kappa * (s - w);
    const v = src.double();
    if (y * (2 - y) - v >= 0 || log(y / v) + 1 - y >= 0) break;
  }
  const u = src.double();
  let result = Math.acos(w);
  if (u < 0.5) result = -result;
  result += mu;
  const neg = result < 0;
  let mod = Math.abs(result);
  mod = ((mod + Math.PI) % (2 * Math.PI)) - Math.PI;
  if (neg) mod *= -1;
  return mod;
}

/** One negative binomial draw: Poisson with a gamma-distributed mean. */
export function negativeBinomial(src: Source, n: number, p: number): number {
  return poisson(src, ((1 - p) / p) * standardGamma(src, n));
}

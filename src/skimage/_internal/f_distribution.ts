/**
 * The F distribution's inverse survival function, as scipy.stats.f.isf gives it for the
 * statistical tests scikit-image runs (corner_subpix): through the regularized incomplete beta
 * function I_x(a, b) (continued fraction, modified Lentz) inverted by bisection to full precision.
 */

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9: about 15 significant digits). */
function lnGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The continued fraction of I_x(a, b), for x < (a + 1) / (a + b + 2). */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = Math.abs(d) < tiny ? tiny : d;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = 1 + aa / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = 1 + aa / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
export function betaIncomplete(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** P(F > x) for the F distribution with (dfn, dfd) degrees of freedom. */
export function fSurvival(x: number, dfn: number, dfd: number): number {
  if (x <= 0) return 1;
  // F = (dfd / dfn) * B / (1 - B) with B ~ Beta(dfn/2, dfd/2); P(F > x) = I_{dfd/(dfd + dfn x)}(dfd/2, dfn/2)
  return betaIncomplete(dfd / (dfd + dfn * x), dfd / 2, dfn / 2);
}

/** scipy.stats.f.isf(q, dfn, dfd): the x with P(F > x) = q (0 < q < 1). */
export function fIsf(q: number, dfn: number, dfd: number): number {
  if (q <= 0) return Infinity;
  if (q >= 1) return 0;
  // bisection on u = dfd / (dfd + dfn x) in (0, 1), where the survival function increases with u
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    if (mid === lo || mid === hi) break;
    if (betaIncomplete(mid, dfd / 2, dfn / 2) < q) lo = mid;
    else hi = mid;
  }
  const u = 0.5 * (lo + hi);
  return (dfd * (1 - u)) / (dfn * u);
}

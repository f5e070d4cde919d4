/**
 * Interpolation of samples on the integer grid x0, x0 + 1, ...: np.interp (linear, zero
 * outside) and scipy's interp1d kinds 'nearest' and 'cubic' (a not-a-knot cubic spline), zero
 * outside the samples.
 */

/** iradon's interpolation kinds. */
export type Interpolant = "linear" | "nearest" | "cubic";

/** np.interp(t, x0 + arange(n), y, left=0, right=0). */
export function linearAt(y: Float64Array, x0: number, t: number): number {
  const n = y.length;
  if (!(t >= x0 && t <= x0 + n - 1)) return 0;
  const j = cellOf(t, x0, n);
  if (j >= n - 1) return y[n - 1];
  const d = t - (x0 + j);
  if (d === 0) return y[j];
  return (y[j + 1] - y[j]) * d + y[j];
}

/** interp1d(kind='nearest', fill_value=0): ties at a midpoint go to the lower sample. */
export function nearestAt(y: Float64Array, x0: number, t: number): number {
  const n = y.length;
  if (!(t >= x0 && t <= x0 + n - 1)) return 0;
  const j = cellOf(t, x0, n);
  // the midpoint x0 + j + 0.5, exact for integers, compared with t itself
  return j < n - 1 && t > x0 + j + 0.5 ? y[j + 1] : y[j];
}

/** interp1d(kind='cubic', fill_value=0), with m = notAKnotSecondDerivatives(y). */
export function cubicAt(y: Float64Array, m: Float64Array, x0: number, t: number): number {
  const n = y.length;
  if (!(t >= x0 && t <= x0 + n - 1)) return 0;
  const j = Math.min(cellOf(t, x0, n), n - 2);
  const s = t - (x0 + j);
  const r = 1 - s;
  return (m[j] * r * r * r + m[j + 1] * s * s * s) / 6 + (y[j] - m[j] / 6) * r + (y[j + 1] - m[j + 1] / 6) * s;
}

/**
 * The sample j with x0 + j <= t < x0 + j + 1, for t within the samples. Found from t itself
 * (t - x0 may round up across an integer: 0.5000000000000001 + 28 is 28.5).
 */
function cellOf(t: number, x0: number, n: number): number {
  let j = Math.min(Math.max(Math.floor(t - x0), 0), n - 1);
  if (x0 + j > t) j--;
  else if (j < n - 1 && x0 + j + 1 <= t) j++;
  return j;
}

/**
 * Second derivatives of the not-a-knot cubic spline through y on a unit grid: M[i-1] + 4 M[i]
 * + M[i+1] = 6 (y[i+1] - 2 y[i] + y[i-1]) inside, and a continuous third derivative at the
 * second and second-to-last samples (M0 = 2 M1 - M2), which makes M1 and M[n-2] explicit.
 */
export function notAKnotSecondDerivatives(y: Float64Array): Float64Array {
  const n = y.length;
  const m = new Float64Array(n);
  if (n < 4) {
    // three samples: one parabola (constant second derivative); fewer: a line
    if (n === 3) m.fill(y[0] - 2 * y[1] + y[2]);
    return m;
  }
  const r = (i: number): number => 6 * (y[i + 1] - 2 * y[i] + y[i - 1]);
  m[1] = r(1) / 6;
  m[n - 2] = r(n - 2) / 6;
  // Thomas algorithm on the rows 2 .. n-3 (diagonal 4, off-diagonals 1)
  const lo = 2;
  const hi = n - 3;
  if (hi >= lo) {
    const cp = new Float64Array(n);
    const dp = new Float64Array(n);
    for (let i = lo; i <= hi; i++) {
      let rhs = r(i);
      if (i === lo) rhs -= m[1];
      if (i === hi) rhs -= m[n - 2];
      const denom = i === lo ? 4 : 4 - cp[i - 1];
      cp[i] = 1 / denom;
      dp[i] = (i === lo ? rhs : rhs - dp[i - 1]) / denom;
    }
    m[hi] = dp[hi];
    for (let i = hi - 1; i >= lo; i--) m[i] = dp[i] - cp[i] * m[i + 1];
  }
  m[0] = 2 * m[1] - m[2];
  m[n - 1] = 2 * m[n - 2] - m[n - 3];
  return m;
}

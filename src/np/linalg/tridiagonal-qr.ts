/**
 * Eigenvalues and eigenvectors of a symmetric tridiagonal matrix by LAPACK's dsteqr: implicit
 * QL or QR (whichever end is larger) with Wilkinson shifts, 2 x 2 blocks by dlaev2, and a
 * final selection sort. Following its steps exactly gives NumPy's eigenvectors, signs
 * included, where NumPy's eigh takes this path (matrices up to 25 x 25).
 */
import { LinAlgError } from "../../errors";

const EPS = Number.EPSILON / 2;
const EPS2 = EPS * EPS;
const SAFMIN = 2.2250738585072014e-308;

/** dlartg (LAPACK 3.10 and later): c, s, r with c f + s g = r and -s f + c g = 0, c >= 0. */
export function rotation(f: number, g: number): [number, number, number] {
  if (g === 0) return [1, 0, f];
  if (f === 0) return [0, g >= 0 ? 1 : -1, Math.abs(g)];
  const f1 = Math.abs(f);
  const g1 = Math.abs(g);
  const safe = f1 > 1.5e-154 && f1 < 4.7e153 && g1 > 1.5e-154 && g1 < 4.7e153;
  const d = safe ? Math.sqrt(f * f + g * g) : Math.hypot(f, g);
  const r = f >= 0 ? d : -d;
  return [Math.abs(f) / d, g / r, r];
}

/** dlaev2: eigenvalues rt1 (larger in magnitude), rt2 and the unit eigenvector (cs, sn) of rt1 of [[a, b], [b, c]]. */
function symmetric2x2(a: number, b: number, c: number): [number, number, number, number] {
  const sm = a + c;
  const df = a - c;
  const adf = Math.abs(df);
  const tb = b + b;
  const ab = Math.abs(tb);
  const [acmx, acmn] = Math.abs(a) > Math.abs(c) ? [a, c] : [c, a];
  const rt = adf > ab ? adf * Math.sqrt(1 + (ab / adf) ** 2) : adf < ab ? ab * Math.sqrt(1 + (adf / ab) ** 2) : ab * Math.SQRT2;
  let rt1: number;
  let rt2: number;
  let sgn1: number;
  if (sm < 0) {
    rt1 = 0.5 * (sm - rt);
    sgn1 = -1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else if (sm > 0) {
    rt1 = 0.5 * (sm + rt);
    sgn1 = 1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else {
    rt1 = 0.5 * rt;
    rt2 = -0.5 * rt;
    sgn1 = 1;
  }
  let cs: number;
  let sgn2: number;
  if (df >= 0) {
    cs = df + rt;
    sgn2 = 1;
  } else {
    cs = df - rt;
    sgn2 = -1;
  }
  let cs1: number;
  let sn1: number;
  if (Math.abs(cs) > ab) {
    const ct = -tb / cs;
    sn1 = 1 / Math.sqrt(1 + ct * ct);
    cs1 = ct * sn1;
  } else if (ab === 0) {
    cs1 = 1;
    sn1 = 0;
  } else {
    const tn = -cs / tb;
    cs1 = 1 / Math.sqrt(1 + tn * tn);
    sn1 = tn * cs1;
  }
  if (sgn1 === sgn2) {
    const tn = cs1;
    cs1 = -sn1;
    sn1 = tn;
  }
  return [rt1, rt2, cs1, sn1];
}

/** dlasr('R', 'V', pivot, ...) on columns first.. of Z (rows of zt): rotation j mixes columns first+j and first+j+1. */
function applyRotations(zt: Float64Array | null, n: number, first: number, count: number, c: Float64Array, s: Float64Array, backward: boolean): void {
  if (zt === null) return;
  for (let t = 0; t < count; t++) {
    const j = backward ? count - 1 - t : t;
    const ct = c[j];
    const st = s[j];
    if (ct === 1 && st === 0) continue;
    const lo = (first + j) * n;
    const hi = lo + n;
    for (let i = 0; i < n; i++) {
      const temp = zt[hi + i];
      zt[hi + i] = ct * temp - st * zt[lo + i];
      zt[lo + i] = st * temp + ct * zt[lo + i];
    }
  }
}

/**
 * dsteqr on d (n) and e (n-1), rotating the rows of zt (eigenvectors as rows, length n) when
 * given; eigenvalues come out ascending with their vectors.
 */
export function tridiagonalEigen(d: Float64Array, e: Float64Array, n: number, zt: Float64Array | null): void {
  if (n <= 1) return;
  const work = new Float64Array(n);
  const works = new Float64Array(n);
  const maxIterations = 30 * n;
  let jtot = 0;
  let l1 = 0;
  while (l1 < n) {
    if (l1 > 0) e[l1 - 1] = 0;
    let m = l1;
    for (; m < n - 1; m++) {
      const tst = Math.abs(e[m]);
      if (tst === 0) break;
      if (tst <= Math.sqrt(Math.abs(d[m])) * Math.sqrt(Math.abs(d[m + 1])) * EPS) {
        e[m] = 0;
        break;
      }
    }
    let l = l1;
    const lsv = l;
    let lend = m;
    const lendsv = lend;
    l1 = m + 1;
    if (lend === l) continue;
    // scale the block when it is near overflow or underflow
    let anorm = 0;
    for (let i = l; i <= lend; i++) anorm = Math.max(anorm, Math.abs(d[i]), i < lend ? Math.abs(e[i]) : 0);
    if (anorm === 0) continue;
    const ssfmax = Math.sqrt(1 / SAFMIN) / 3;
    const ssfmin = Math.sqrt(SAFMIN) / EPS2;
    let scale = 1;
    if (anorm > ssfmax) scale = ssfmax / anorm;
    else if (anorm < ssfmin) scale = ssfmin / anorm;
    if (scale !== 1) {
      for (let i = l; i <= lend; i++) d[i] *= scale;
      for (let i = l; i < lend; i++) e[i] *= scale;
    }
    // QL when the bottom end is larger, QR otherwise
    if (Math.abs(d[lend]) < Math.abs(d[l])) {
      lend = lsv;
      l = lendsv;
    }
    if (lend > l) {
      for (;;) {
        let mm = l;
        if (l !== lend) {
          for (; mm < lend; mm++) {
            const tst = Math.abs(e[mm]) ** 2;
            if (tst <= EPS2 * Math.abs(d[mm]) * Math.abs(d[mm + 1]) + SAFMIN) break;
          }
        }
        m = mm;
        if (m < lend) e[m] = 0;
        let p = d[l];
        if (m === l) {
          d[l] = p;
          l++;
          if (l <= lend) continue;
          break;
        }
        if (m === l + 1) {
          const [rt1, rt2, c, s] = symmetric2x2(d[l], e[l], d[l + 1]);
          work[0] = c;
          works[0] = s;
          applyRotations(zt, n, l, 1, work, works, true);
          d[l] = rt1;
          d[l + 1] = rt2;
          e[l] = 0;
          l += 2;
          if (l <= lend) continue;
          break;
        }
        if (jtot === maxIterations) break;
        jtot++;
        let g = (d[l + 1] - p) / (2 * e[l]);
        let r = Math.hypot(g, 1);
        g = d[m] - p + e[l] / (g + (g >= 0 ? r : -r));
        let s = 1;
        let c = 1;
        p = 0;
        for (let i = m - 1; i >= l; i--) {
          const f = s * e[i];
          const b = c * e[i];
          [c, s, r] = rotation(g, f);
          if (i !== m - 1) e[i + 1] = r;
          g = d[i + 1] - p;
          r = (d[i] - g) * s + 2 * c * b;
          p = s * r;
          d[i + 1] = g + p;
          g = c * r - b;
          work[i - l] = c;
          works[i - l] = -s;
        }
        applyRotations(zt, n, l, m - l, work, works, true);
        d[l] -= p;
        e[l] = g;
      }
    } else {
      for (;;) {
        let mm = l;
        if (l !== lend) {
          for (; mm > lend; mm--) {
            const tst = Math.abs(e[mm - 1]) ** 2;
            if (tst <= EPS2 * Math.abs(d[mm]) * Math.abs(d[mm - 1]) + SAFMIN) break;
          }
        }
        m = mm;
        if (m > lend) e[m - 1] = 0;
        let p = d[l];
        if (m === l) {
          d[l] = p;
          l--;
          if (l >= lend) continue;
          break;
        }
        if (m === l - 1) {
          const [rt1, rt2, c, s] = symmetric2x2(d[l - 1], e[l - 1], d[l]);
          work[0] = c;
          works[0] = s;
          applyRotations(zt, n, l - 1, 1, work, works, false);
          d[l - 1] = rt1;
          d[l] = rt2;
          e[l - 1] = 0;
          l -= 2;
          if (l >= lend) continue;
          break;
        }
        if (jtot === maxIterations) break;
        jtot++;
        let g = (d[l - 1] - p) / (2 * e[l - 1]);
        let r = Math.hypot(g, 1);
        g = d[m] - p + e[l - 1] / (g + (g >= 0 ? r : -r));
        let s = 1;
        let c = 1;
        p = 0;
        for (let i = m; i <= l - 1; i++) {
          const f = s * e[i];
          const b = c * e[i];
          [c, s, r] = rotation(g, f);
          if (i !== m) e[i - 1] = r;
          g = d[i] - p;
          r = (d[i + 1] - g) * s + 2 * c * b;
          p = s * r;
          d[i] = g + p;
          g = c * r - b;
          work[i - m] = c;
          works[i - m] = s;
        }
        applyRotations(zt, n, m, l - m, work, works, false);
        d[l] -= p;
        e[l - 1] = g;
      }
    }
    if (scale !== 1) {
      for (let i = lsv; i <= lendsv; i++) d[i] /= scale;
      for (let i = lsv; i < lendsv; i++) e[i] /= scale;
    }
    if (jtot >= maxIterations) {
      if (e.some((x) => x !== 0)) throw new LinAlgError("Eigenvalues did not converge");
      break;
    }
  }
  // selection sort, ascending, swapping whole vectors (dsteqr's order)
  for (let i = 0; i < n - 1; i++) {
    let k = i;
    let p = d[i];
    for (let j = i + 1; j < n; j++) {
      if (d[j] < p) {
        k = j;
        p = d[j];
      }
    }
    if (k === i) continue;
    d[k] = d[i];
    d[i] = p;
    if (zt !== null) {
      for (let t = 0; t < n; t++) {
        const tmp = zt[i * n + t];
        zt[i * n + t] = zt[k * n + t];
        zt[k * n + t] = tmp;
      }
    }
  }
}

/**
 * The real Schur form of an upper Hessenberg matrix by Francis double-shift QR steps in the
 * manner of LAPACK's dlahqr, with the Schur vectors accumulated, so eigenvalues come out in
 * NumPy's order (for matrices up to 74 x 74: larger ones take LAPACK's multishift path).
 */
import { LinAlgError } from "../../errors";
import { makeReflector } from "./householder";

/** Eigenvalues found: real parts and imaginary parts, in diagonal order. */
export interface SchurResult {
  wr: Float64Array;
  wi: Float64Array;
}

/** A 2 x 2 block in standard form and the rotation (cs, sn) that made it (LAPACK's dlanv2). */
interface Standard2x2 {
  a: number;
  b: number;
  c: number;
  d: number;
  cs: number;
  sn: number;
}

const sign1 = (x: number) => (x >= 0 ? 1 : -1);

/**
 * dlanv2: rotates [[a, b], [c, d]] to upper triangular form when its eigenvalues are real (a
 * and d are then the eigenvalues, in LAPACK's order), or to equal diagonals with b * c < 0.
 */
export function standardize2x2(a: number, b: number, c: number, d: number): Standard2x2 {
  const eps = Number.EPSILON / 2;
  if (c === 0) return { a, b, c, d, cs: 1, sn: 0 };
  if (b === 0) return { a: d, b: -c, c: 0, d: a, cs: 0, sn: 1 };
  if (a - d === 0 && sign1(b) !== sign1(c)) return { a, b, c, d, cs: 1, sn: 0 };
  let temp = a - d;
  let p = 0.5 * temp;
  const bcmax = Math.max(Math.abs(b), Math.abs(c));
  const bcmis = Math.min(Math.abs(b), Math.abs(c)) * sign1(b) * sign1(c);
  const scale = Math.max(Math.abs(p), bcmax);
  let z = (p / scale) * p + (bcmax / scale) * bcmis;
  if (z >= 4 * eps) {
    // real eigenvalues: the larger-magnitude root first avoids cancellation
    z = p + (p >= 0 ? 1 : -1) * Math.sqrt(scale) * Math.sqrt(z);
    const na = d + z;
    const nd = d - (bcmax / z) * bcmis;
    const tau = Math.hypot(c, z);
    return { a: na, b: b - c, c: 0, d: nd, cs: z / tau, sn: c / tau };
  }
  // complex or nearly equal eigenvalues: equalise the diagonal first
  const sigma = b + c;
  const tau = Math.hypot(sigma, temp);
  let cs = Math.sqrt(0.5 * (1 + Math.abs(sigma) / tau));
  let sn = -(p / (tau * cs)) * sign1(sigma);
  const aa = a * cs + b * sn;
  const bb = -a * sn + b * cs;
  const cc = c * cs + d * sn;
  const dd = -c * sn + d * cs;
  a = aa * cs + cc * sn;
  b = bb * cs + dd * sn;
  c = -aa * sn + cc * cs;
  d = -bb * sn + dd * cs;
  temp = 0.5 * (a + d);
  a = temp;
  d = temp;
  if (c !== 0) {
    if (b !== 0) {
      if (sign1(b) === sign1(c)) {
        const sab = Math.sqrt(Math.abs(b));
        const sac = Math.sqrt(Math.abs(c));
        p = c >= 0 ? sab * sac : -sab * sac;
        const t = 1 / Math.sqrt(Math.abs(b + c));
        a = temp + p;
        d = temp - p;
        b -= c;
        c = 0;
        const cs1 = sab * t;
        const sn1 = sac * t;
        const ncs = cs * cs1 - sn * sn1;
        sn = cs * sn1 + sn * cs1;
        cs = ncs;
      }
    } else {
      b = -c;
      c = 0;
      const t = cs;
      cs = -sn;
      sn = t;
    }
  }
  return { a, b, c, d, cs, sn };
}

/**
 * Reduces the row-major Hessenberg matrix h to real Schur form T in place, as LAPACK's dlahqr
 * does (its shifts, deflation test and 2 x 2 standardisation, so eigenvalues come out in its
 * order), applying every transformation to the columns of z.
 */
export function hessenbergSchur(h: Float64Array, z: Float64Array, n: number): SchurResult {
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  const ulp = Number.EPSILON;
  const smlnum = 2.2250738585072014e-308 * (n / ulp);
  const H = (i: number, j: number) => h[i * n + j];
  const itmax = 30 * Math.max(10, n);
  let kdefl = 0;
  let i = n - 1;
  const v = new Float64Array(3);
  while (i >= 0) {
    let l = 0;
    let converged = false;
    for (let its = 0; its <= itmax; its++) {
      let k = i;
      for (; k > l; k--) {
        if (Math.abs(H(k, k - 1)) <= smlnum) break;
        let tst = Math.abs(H(k - 1, k - 1)) + Math.abs(H(k, k));
        if (tst === 0) {
          if (k - 2 >= 0) tst += Math.abs(H(k - 1, k - 2));
          if (k + 1 <= n - 1) tst += Math.abs(H(k + 1, k));
        }
        if (Math.abs(H(k, k - 1)) <= ulp * tst) {
          const ab = Math.max(Math.abs(H(k, k - 1)), Math.abs(H(k - 1, k)));
          const ba = Math.min(Math.abs(H(k, k - 1)), Math.abs(H(k - 1, k)));
          const aa = Math.max(Math.abs(H(k, k)), Math.abs(H(k - 1, k - 1) - H(k, k)));
          const bb = Math.min(Math.abs(H(k, k)), Math.abs(H(k - 1, k - 1) - H(k, k)));
          const s = aa + ab;
          if (ba * (ab / s) <= Math.max(smlnum, ulp * (bb * (aa / s)))) break;
        }
      }
      l = k;
      if (l > 0) h[l * n + l - 1] = 0;
      if (l >= i - 1) {
        converged = true;
        break;
      }
      kdefl++;
      let h11: number;
      let h21: number;
      let h12: number;
      let h22: number;
      if (kdefl % 20 === 0) {
        const s = Math.abs(H(i, i - 1)) + Math.abs(H(i - 1, i - 2));
        h11 = 0.75 * s + H(i, i);
        h12 = -0.4375 * s;
        h21 = s;
        h22 = h11;
      } else if (kdefl % 10 === 0) {
        const s = Math.abs(H(l + 1, l)) + Math.abs(H(l + 2, l + 1));
        h11 = 0.75 * s + H(l, l);
        h12 = -0.4375 * s;
        h21 = s;
        h22 = h11;
      } else {
        h11 = H(i - 1, i - 1);
        h21 = H(i, i - 1);
        h12 = H(i - 1, i);
        h22 = H(i, i);
      }
      // the shifts: the trailing block's eigenvalues, or its real one nearer H(i, i) twice
      let rt1r: number;
      let rt1i: number;
      let rt2r: number;
      let rt2i: number;
      const s0 = Math.abs(h11) + Math.abs(h12) + Math.abs(h21) + Math.abs(h22);
      if (s0 === 0) {
        rt1r = rt1i = rt2r = rt2i = 0;
      } else {
        h11 /= s0;
        h21 /= s0;
        h12 /= s0;
        h22 /= s0;
        const tr = (h11 + h22) / 2;
        const det = (h11 - tr) * (h22 - tr) - h12 * h21;
        const rtdisc = Math.sqrt(Math.abs(det));
        if (det >= 0) {
          rt1r = tr * s0;
          rt2r = rt1r;
          rt1i = rtdisc * s0;
          rt2i = -rt1i;
        } else {
          rt1r = tr + rtdisc;
          rt2r = tr - rtdisc;
          if (Math.abs(rt1r - h22) <= Math.abs(rt2r - h22)) {
            rt1r *= s0;
            rt2r = rt1r;
          } else {
            rt2r *= s0;
            rt1r = rt2r;
          }
          rt1i = rt2i = 0;
        }
      }
      // two consecutive small subdiagonal entries
      let m = i - 2;
      for (; m >= l; m--) {
        let h21s = H(m + 1, m);
        let s = Math.abs(H(m, m) - rt2r) + Math.abs(rt2i) + Math.abs(h21s);
        h21s = H(m + 1, m) / s;
        v[0] = h21s * H(m, m + 1) + (H(m, m) - rt1r) * ((H(m, m) - rt2r) / s) - rt1i * (rt2i / s);
        v[1] = h21s * (H(m, m) + H(m + 1, m + 1) - rt1r - rt2r);
        v[2] = h21s * H(m + 2, m + 1);
        s = Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[2]);
        v[0] /= s;
        v[1] /= s;
        v[2] /= s;
        if (m === l) break;
        const h00 = Math.abs(H(m, m - 1)) * (Math.abs(v[1]) + Math.abs(v[2]));
        const h01 = Math.abs(v[0]) * (Math.abs(H(m - 1, m - 1)) + Math.abs(H(m, m)) + Math.abs(H(m + 1, m + 1)));
        if (h00 <= ulp * h01) break;
      }
      // the double-shift QR sweep, one 3 x 3 (last: 2 x 2) reflector at a time
      for (let k2 = m; k2 <= i - 1; k2++) {
        const nr = Math.min(3, i - k2 + 1);
        if (k2 > m) for (let t = 0; t < nr; t++) v[t] = H(k2 + t, k2 - 1);
        const t1 = makeReflector(v, 0, 1, nr);
        if (k2 > m) {
          h[k2 * n + k2 - 1] = v[0];
          h[(k2 + 1) * n + k2 - 1] = 0;
          if (k2 < i - 1) h[(k2 + 2) * n + k2 - 1] = 0;
        } else if (m > l) {
          h[k2 * n + k2 - 1] *= 1 - t1;
        }
        const v2 = v[1];
        const t2 = t1 * v2;
        const v3 = nr === 3 ? v[2] : 0;
        const t3 = t1 * v3;
        for (let j = k2; j < n; j++) {
          const sum = H(k2, j) + v2 * H(k2 + 1, j) + (nr === 3 ? v3 * H(k2 + 2, j) : 0);
          h[k2 * n + j] -= sum * t1;
          h[(k2 + 1) * n + j] -= sum * t2;
          if (nr === 3) h[(k2 + 2) * n + j] -= sum * t3;
        }
        const last = Math.min(k2 + 3, i);
        for (let j = 0; j <= last; j++) {
          const sum = H(j, k2) + v2 * H(j, k2 + 1) + (nr === 3 ? v3 * H(j, k2 + 2) : 0);
          h[j * n + k2] -= sum * t1;
          h[j * n + k2 + 1] -= sum * t2;
          if (nr === 3) h[j * n + k2 + 2] -= sum * t3;
        }
        for (let j = 0; j < n; j++) {
          const sum = z[j * n + k2] + v2 * z[j * n + k2 + 1] + (nr === 3 ? v3 * z[j * n + k2 + 2] : 0);
          z[j * n + k2] -= sum * t1;
          z[j * n + k2 + 1] -= sum * t2;
          if (nr === 3) z[j * n + k2 + 2] -= sum * t3;
        }
      }
    }
    if (!converged) throw new LinAlgError("Eigenvalues did not converge");
    if (l === i) {
      wr[i] = H(i, i);
    } else {
      const st = standardize2x2(H(i - 1, i - 1), H(i - 1, i), H(i, i - 1), H(i, i));
      h[(i - 1) * n + i - 1] = st.a;
      h[(i - 1) * n + i] = st.b;
      h[i * n + i - 1] = st.c;
      h[i * n + i] = st.d;
      const { cs, sn } = st;
      // the rotation on the rest of rows i-1, i and columns i-1, i, and on Z
      for (let j = i + 1; j < n; j++) {
        const x = H(i - 1, j);
        const y = H(i, j);
        h[(i - 1) * n + j] = cs * x + sn * y;
        h[i * n + j] = cs * y - sn * x;
      }
      for (let j = 0; j <= i - 2; j++) {
        const x = H(j, i - 1);
        const y = H(j, i);
        h[j * n + i - 1] = cs * x + sn * y;
        h[j * n + i] = cs * y - sn * x;
      }
      for (let j = 0; j < n; j++) {
        const x = z[j * n + i - 1];
        const y = z[j * n + i];
        z[j * n + i - 1] = cs * x + sn * y;
        z[j * n + i] = cs * y - sn * x;
      }
      wr[i - 1] = st.a;
      wr[i] = st.d;
      if (st.c !== 0) {
        const im = Math.sqrt(Math.abs(st.b)) * Math.sqrt(Math.abs(st.c));
        wi[i - 1] = im;
        wi[i] = -im;
      }
    }
    kdefl = 0;
    i = l - 1;
  }
  return { wr, wi };
}

/**
 * LAPACK's zlahqr: eigenvalues of a complex upper Hessenberg matrix by single-shift QR steps
 * (Wilkinson shifts, exceptional shifts every 10 deflation-free steps, the Ahues-Tisseur
 * deflation test), with the Schur form and vectors when asked. Eigenvalues are left where
 * they converge on the diagonal, which is NumPy's order. Storage is interleaved (re, im).
 */
import { LinAlgError } from "../../errors";
import { makeComplexReflector } from "./complex-householder";
import { cabs1 } from "./complex-balance";

/** The principal square root of re + i im. */
function csqrt(re: number, im: number): [number, number] {
  const r = Math.hypot(re, im);
  if (r === 0) return [0, im];
  const t = Math.sqrt((r + Math.abs(re)) / 2);
  return re >= 0 ? [t, im / (2 * t)] : [Math.abs(im) / (2 * t), im < 0 || Object.is(im, -0) ? -t : t];
}

export function cdiv(ar: number, ai: number, br: number, bi: number): [number, number] {
  // Smith's algorithm, as zladiv guards the division
  if (Math.abs(br) >= Math.abs(bi)) {
    const q = bi / br, d = br + bi * q;
    return [(ar + ai * q) / d, (ai - ar * q) / d];
  }
  const q = br / bi, d = bi + br * q;
  return [(ar * q + ai) / d, (ai * q - ar) / d];
}

/**
 * zlahqr on the Hessenberg `h`: eigenvalues into w (interleaved). With `z` (the Hessenberg
 * reduction's Q), the full Schur form T in `h` and the Schur vectors accumulated into z
 * (wantt and wantz); without, only the active blocks are transformed, as for eigenvalues alone.
 */
export function hessenbergEigenvalues(h: Float64Array, n: number, lo: number, hi: number, w: Float64Array, z: Float64Array | null = null): void {
  const wantt = z !== null;
  /** Multiplies column j of z by (sr, si). */
  const scaleZ = (j: number, sr: number, si: number) => {
    if (z === null) return;
    for (let r = 0; r < n; r++) {
      const zr = z[2 * (r * n + j)], zi = z[2 * (r * n + j) + 1];
      z[2 * (r * n + j)] = zr * sr - zi * si;
      z[2 * (r * n + j) + 1] = zr * si + zi * sr;
    }
  };
  const re = (i: number, j: number) => h[2 * (i * n + j)];
  const im = (i: number, j: number) => h[2 * (i * n + j) + 1];
  const set = (i: number, j: number, r: number, m: number) => {
    h[2 * (i * n + j)] = r;
    h[2 * (i * n + j) + 1] = m;
  };
  /** Multiplies `count` entries from (i, j), stepping (di, dj), by (sr, si). */
  const scale = (i: number, j: number, di: number, dj: number, count: number, sr: number, si: number) => {
    for (let k = 0; k < count; k++) {
      const r = re(i + k * di, j + k * dj), m = im(i + k * di, j + k * dj);
      set(i + k * di, j + k * dj, r * sr - m * si, r * si + m * sr);
    }
  };
  for (let i = 0; i < n; i++) if (i < lo || i > hi) [w[2 * i], w[2 * i + 1]] = [re(i, i), im(i, i)];
  if (lo === hi) {
    [w[2 * lo], w[2 * lo + 1]] = [re(lo, lo), im(lo, lo)];
    return;
  }
  for (let j = lo; j <= hi - 3; j++) {
    set(j + 2, j, 0, 0);
    set(j + 3, j, 0, 0);
  }
  if (lo <= hi - 2) set(hi, hi - 2, 0, 0);
  // real subdiagonal entries (eigenvalues only: the active block's rows and columns)
  for (let i = lo + 1; i <= hi; i++) {
    if (im(i, i - 1) === 0) continue;
    const c = cabs1(re(i, i - 1), im(i, i - 1));
    let [sr, si] = [re(i, i - 1) / c, im(i, i - 1) / c];
    const m = Math.hypot(sr, si);
    [sr, si] = [sr / m, -si / m];
    set(i, i - 1, Math.hypot(re(i, i - 1), im(i, i - 1)), 0);
    const [jlo, jhi] = wantt ? [0, n - 1] : [lo, hi];
    scale(i, i, 0, 1, jhi - i + 1, sr, si);
    scale(jlo, i, 1, 0, Math.min(jhi, i + 1) - jlo + 1, sr, -si);
    scaleZ(i, sr, -si);
  }
  const nh = hi - lo + 1;
  const ulp = Number.EPSILON;
  const smlnum = 2.2250738585072014e-308 * (nh / ulp);
  const itmax = 30 * Math.max(10, nh);
  let kdefl = 0;
  let i = hi;
  while (i >= lo) {
    let l = lo;
    let converged = false;
    for (let its = 0; its <= itmax; its++) {
      // a single small subdiagonal entry
      let k = i;
      for (; k > l; k--) {
        if (cabs1(re(k, k - 1), im(k, k - 1)) <= smlnum) break;
        let tst = cabs1(re(k - 1, k - 1), im(k - 1, k - 1)) + cabs1(re(k, k), im(k, k));
        if (tst === 0) {
          if (k - 2 >= lo) tst += Math.abs(re(k - 1, k - 2));
          if (k + 1 <= hi) tst += Math.abs(re(k + 1, k));
        }
        if (Math.abs(re(k, k - 1)) <= ulp * tst) {
          const hk = cabs1(re(k, k - 1), im(k, k - 1)), kh = cabs1(re(k - 1, k), im(k - 1, k));
          const ab = Math.max(hk, kh), ba = Math.min(hk, kh);
          const d = cabs1(re(k, k), im(k, k)), e = cabs1(re(k - 1, k - 1) - re(k, k), im(k - 1, k - 1) - im(k, k));
          const aa = Math.max(d, e), bb = Math.min(d, e);
          const s = aa + ab;
          if (ba * (ab / s) <= Math.max(smlnum, ulp * (bb * (aa / s)))) break;
        }
      }
      l = k;
      if (l > lo) set(l, l - 1, 0, 0);
      if (l >= i) {
        converged = true;
        break;
      }
      kdefl++;
      const i1 = wantt ? 0 : l;
      const i2 = wantt ? n - 1 : i;
      let tr: number, ti: number;
      if (kdefl % 20 === 0) {
        tr = 0.75 * Math.abs(re(i, i - 1)) + re(i, i);
        ti = im(i, i);
      } else if (kdefl % 10 === 0) {
        tr = 0.75 * Math.abs(re(l + 1, l)) + re(l, l);
        ti = im(l, l);
      } else {
        // Wilkinson's shift
        [tr, ti] = [re(i, i), im(i, i)];
        const [ar, ai] = csqrt(re(i - 1, i), im(i - 1, i));
        const [br, bi] = csqrt(re(i, i - 1), im(i, i - 1));
        const ur = ar * br - ai * bi, ui = ar * bi + ai * br;
        let s = cabs1(ur, ui);
        if (s !== 0) {
          const xr = 0.5 * (re(i - 1, i - 1) - tr), xi = 0.5 * (im(i - 1, i - 1) - ti);
          const sx = cabs1(xr, xi);
          s = Math.max(s, sx);
          const [pr, pi] = [xr / s, xi / s];
          const [qr, qi] = [ur / s, ui / s];
          let [yr, yi] = csqrt(pr * pr - pi * pi + qr * qr - qi * qi, 2 * pr * pi + 2 * qr * qi);
          yr *= s;
          yi *= s;
          if (sx > 0 && (xr / sx) * yr + (xi / sx) * yi < 0) [yr, yi] = [-yr, -yi];
          const [dr, di] = cdiv(ur, ui, xr + yr, xi + yi);
          tr -= ur * dr - ui * di;
          ti -= ur * di + ui * dr;
        }
      }
      // two consecutive small subdiagonal entries
      let m = i - 1;
      let v0r = 0, v0i = 0, v1 = 0;
      for (; m >= l; m--) {
        const h11r = re(m, m), h11i = im(m, m);
        let sr = h11r - tr, si = h11i - ti;
        let h21 = re(m + 1, m);
        const s = cabs1(sr, si) + Math.abs(h21);
        sr /= s;
        si /= s;
        h21 /= s;
        [v0r, v0i, v1] = [sr, si, h21];
        if (m === l) break;
        const h10 = re(m, m - 1);
        if (Math.abs(h10) * Math.abs(h21) <= ulp * (cabs1(sr, si) * (cabs1(h11r, h11i) + cabs1(re(m + 1, m + 1), im(m + 1, m + 1))))) break;
      }
      // the single-shift QR sweep from row m
      for (let k = m; k <= i - 1; k++) {
        const v = k > m ? new Float64Array([re(k, k - 1), im(k, k - 1), re(k + 1, k - 1), im(k + 1, k - 1)]) : new Float64Array([v0r, v0i, v1, 0]);
        const [t1r, t1i] = makeComplexReflector(v, 0, 2, 2);
        if (k > m) {
          set(k, k - 1, v[0], v[1]);
          set(k + 1, k - 1, 0, 0);
        }
        const [v2r, v2i] = [v[2], v[3]];
        const t2 = t1r * v2r - t1i * v2i;
        for (let j = k; j <= i2; j++) {
          // sum = conj(t1) h(k, j) + t2 h(k+1, j)
          const sr = t1r * re(k, j) + t1i * im(k, j) + t2 * re(k + 1, j);
          const si = t1r * im(k, j) - t1i * re(k, j) + t2 * im(k + 1, j);
          set(k, j, re(k, j) - sr, im(k, j) - si);
          set(k + 1, j, re(k + 1, j) - (sr * v2r - si * v2i), im(k + 1, j) - (sr * v2i + si * v2r));
        }
        for (let j = i1; j <= Math.min(k + 2, i); j++) {
          // sum = t1 h(j, k) + t2 h(j, k+1)
          const sr = t1r * re(j, k) - t1i * im(j, k) + t2 * re(j, k + 1);
          const si = t1r * im(j, k) + t1i * re(j, k) + t2 * im(j, k + 1);
          set(j, k, re(j, k) - sr, im(j, k) - si);
          set(j, k + 1, re(j, k + 1) - (sr * v2r + si * v2i), im(j, k + 1) - (si * v2r - sr * v2i));
        }
        if (z !== null) {
          for (let j = 0; j < n; j++) {
            const [ar, ai, br, bi] = [z[2 * (j * n + k)], z[2 * (j * n + k) + 1], z[2 * (j * n + k + 1)], z[2 * (j * n + k + 1) + 1]];
            const sr = t1r * ar - t1i * ai + t2 * br;
            const si = t1r * ai + t1i * ar + t2 * bi;
            z[2 * (j * n + k)] = ar - sr;
            z[2 * (j * n + k) + 1] = ai - si;
            z[2 * (j * n + k + 1)] = br - (sr * v2r + si * v2i);
            z[2 * (j * n + k + 1) + 1] = bi - (si * v2r - sr * v2i);
          }
        }
        if (k === m && m > l) {
          // keep h(m, m-1) real
          let [pr, pi] = [1 - t1r, -t1i];
          const mod = Math.hypot(pr, pi);
          [pr, pi] = [pr / mod, pi / mod];
          scale(m + 1, m, 0, 1, 1, pr, -pi);
          if (m + 2 <= i) scale(m + 2, m + 1, 0, 1, 1, pr, pi);
          for (let j = m; j <= i; j++) {
            if (j === m + 1) continue;
            if (i2 > j) scale(j, j + 1, 0, 1, i2 - j, pr, pi);
            scale(i1, j, 1, 0, j - i1, pr, -pi);
            scaleZ(j, pr, -pi);
          }
        }
      }
      // keep h(i, i-1) real
      if (im(i, i - 1) !== 0) {
        const mod = Math.hypot(re(i, i - 1), im(i, i - 1));
        const [pr, pi] = [re(i, i - 1) / mod, im(i, i - 1) / mod];
        set(i, i - 1, mod, 0);
        if (i2 > i) scale(i, i + 1, 0, 1, i2 - i, pr, -pi);
        scale(i1, i, 1, 0, i - i1, pr, pi);
        scaleZ(i, pr, pi);
      }
    }
    if (!converged) throw new LinAlgError("Eigenvalues did not converge");
    [w[2 * i], w[2 * i + 1]] = [re(i, i), im(i, i)];
    kdefl = 0;
    i = l - 1;
  }
}


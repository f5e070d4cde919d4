/**
 * The SVD of an upper bidiagonal matrix as LAPACK's dbdsqr computes it (the route NumPy's
 * dgesdd takes for bidiagonals up to 25 x 25): implicit QR sweeps chasing from the larger end,
 * zero shifts where a shift would cost relative accuracy, 2 x 2 blocks by dlasv2, then signs
 * made positive and a selection sort. Following its steps gives NumPy's singular vectors,
 * signs included. Indices below are 1-based, as in the algorithm's description.
 */
import { LinAlgError } from "../../errors";
import { rotation } from "./tridiagonal-qr";
import { rotationKernels } from "../wasm/rotations";
import { heapAddress, heapArray, heapScratch, releaseHeapArray } from "../heap/heap";

const EPS = Number.EPSILON / 2;
const UNFL = 2.2250738585072014e-308;

const sign = (a: number, b: number) => (b >= 0 && !Object.is(b, -0) ? Math.abs(a) : -Math.abs(a));

/** dlas2: the singular values (smaller, larger) of [[f, g], [0, h]]. */
function singularValues2x2(f: number, g: number, h: number): [number, number] {
  const fa = Math.abs(f);
  const ga = Math.abs(g);
  const ha = Math.abs(h);
  const fhmn = Math.min(fa, ha);
  const fhmx = Math.max(fa, ha);
  if (fhmn === 0) {
    if (fhmx === 0) return [0, ga];
    const big = Math.max(fhmx, ga);
    const small = Math.min(fhmx, ga);
    return [0, big * Math.sqrt(1 + (small / big) ** 2)];
  }
  if (ga < fhmx) {
    const as = 1 + fhmn / fhmx;
    const at = (fhmx - fhmn) / fhmx;
    const au = (ga / fhmx) ** 2;
    const c = 2 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
    return [fhmn * c, fhmx / c];
  }
  const au = fhmx / ga;
  if (au === 0) return [(fhmn * fhmx) / ga, ga];
  const as = 1 + fhmn / fhmx;
  const at = (fhmx - fhmn) / fhmx;
  const c = 1 / (Math.sqrt(1 + (as * au) ** 2) + Math.sqrt(1 + (at * au) ** 2));
  return [2 * (fhmn * c) * au, ga / (c + c)];
}

/** dlasv2: the SVD of [[f, g], [0, h]]: [ssmin, ssmax, snr, csr, snl, csl]. */
function svd2x2(f: number, g: number, h: number): [number, number, number, number, number, number] {
  let ft = f;
  let fa = Math.abs(ft);
  let ht = h;
  let ha = Math.abs(h);
  let pmax = 1;
  const swap = ha > fa;
  if (swap) {
    pmax = 3;
    [ft, ht] = [ht, ft];
    [fa, ha] = [ha, fa];
  }
  const gt = g;
  const ga = Math.abs(gt);
  let ssmin: number;
  let ssmax: number;
  let clt: number;
  let crt: number;
  let slt: number;
  let srt: number;
  if (ga === 0) {
    ssmin = ha;
    ssmax = fa;
    clt = 1;
    crt = 1;
    slt = 0;
    srt = 0;
  } else {
    let gasmal = true;
    ssmin = ssmax = clt = crt = slt = srt = 0;
    if (ga > fa) {
      pmax = 2;
      if (fa / ga < EPS) {
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = 1;
        slt = ht / gt;
        srt = 1;
        crt = ft / gt;
      }
    }
    if (gasmal) {
      const dd = fa - ha;
      let l = dd === fa ? 1 : dd / fa;
      const m = gt / ft;
      let t = 2 - l;
      const mm = m * m;
      const tt = t * t;
      const s = Math.sqrt(tt + mm);
      const r = l === 0 ? Math.abs(m) : Math.sqrt(l * l + mm);
      const a = 0.5 * (s + r);
      ssmin = ha / a;
      ssmax = fa * a;
      if (mm === 0) t = l === 0 ? sign(2, ft) * sign(1, gt) : gt / sign(dd, ft) + m / t;
      else t = (m / (s + t) + m / (r + l)) * (1 + a);
      l = Math.sqrt(t * t + 4);
      crt = 2 / l;
      srt = t / l;
      clt = (crt + srt * m) / a;
      slt = ((ht / ft) * srt) / a;
    }
  }
  const [csl, snl, csr, snr] = swap ? [srt, crt, slt, clt] : [clt, slt, crt, srt];
  let tsign = 1;
  if (pmax === 1) tsign = sign(1, csr) * sign(1, csl) * sign(1, f);
  if (pmax === 2) tsign = sign(1, snr) * sign(1, csl) * sign(1, g);
  if (pmax === 3) tsign = sign(1, snr) * sign(1, snl) * sign(1, h);
  return [sign(ssmin, tsign * sign(1, f) * sign(1, h)), sign(ssmax, tsign), snr, csr, snl, csl];
}

/** drot on rows i and j (1-based) of x: (xi, xj) -> (c xi + s xj, c xj - s xi). */
function rot(x: Float64Array | null, len: number, i: number, j: number, c: number, s: number): void {
  if (x === null) return;
  const oi = (i - 1) * len;
  const oj = (j - 1) * len;
  for (let t = 0; t < len; t++) {
    const a = x[oi + t];
    const b = x[oj + t];
    x[oi + t] = c * a + s * b;
    x[oj + t] = c * b - s * a;
  }
}

/**
 * dlasr's variable-pivot rotations on rows first..first+count (1-based) of x: rotation k
 * (c[cOff + k], s[sOff + k]) mixes rows first+k and first+k+1, forward or backward. On the
 * SIMD kernel when x and the coefficients live in the shared heap.
 */
function rotSequence(x: Float64Array | null, len: number, first: number, count: number, c: Float64Array, cOff: number, s: Float64Array, sOff: number, backward: boolean): void {
  if (x === null) return;
  const xAt = heapAddress(x);
  const cAt = heapAddress(c);
  const sAt = heapAddress(s);
  const kernels = xAt < 0 || cAt < 0 || sAt < 0 ? null : rotationKernels();
  if (kernels !== null) {
    const chain = backward ? kernels.rotbackward : kernels.rotforward;
    chain(xAt + 8 * (first - 1) * len, 8 * len, count, cAt + 8 * cOff, sAt + 8 * sOff, len);
    return;
  }
  for (let q = 0; q < count; q++) {
    const k = backward ? count - 1 - q : q;
    const ct = c[cOff + k];
    const st = s[sOff + k];
    if (ct === 1 && st === 0) continue;
    const lo = (first + k - 1) * len;
    const hi = lo + len;
    for (let t = 0; t < len; t++) {
      const temp = x[hi + t];
      x[hi + t] = ct * temp - st * x[lo + t];
      x[lo + t] = st * temp + ct * x[lo + t];
    }
  }
}

/**
 * dbdsqr('U') on d (n) and e (n - 1): the singular values, descending, into d; vt (n rows of
 * length ncvt) is multiplied from the left by the right rotations, ut (n rows of length nru:
 * the columns of U) by the left ones.
 */
export function bidiagonalSvdLapack(d0: Float64Array, e0: Float64Array, n: number, vt: Float64Array | null, ncvt: number, ut: Float64Array | null, nru: number): void {
  if (n === 0) return;
  const d = new Float64Array(n + 1);
  const e = new Float64Array(n + 1);
  d.set(d0, 1);
  e.set(e0.subarray(0, n - 1), 1);
  if (n > 1) iterateInHeap(d, e, n, vt, ncvt, ut, nru);
  for (let i = 1; i <= n; i++) {
    if (d[i] === 0) d[i] = 0;
    if (d[i] < 0) {
      d[i] = -d[i];
      if (vt !== null) for (let t = 0; t < ncvt; t++) vt[(i - 1) * ncvt + t] = -vt[(i - 1) * ncvt + t];
    }
  }
  // selection sort into decreasing order, one swap per position
  for (let i = 1; i <= n - 1; i++) {
    let isub = 1;
    let smin = d[1];
    for (let j = 2; j <= n + 1 - i; j++) {
      if (d[j] <= smin) {
        isub = j;
        smin = d[j];
      }
    }
    const last = n + 1 - i;
    if (isub === last) continue;
    d[isub] = d[last];
    d[last] = smin;
    swapRows(vt, ncvt, isub, last);
    swapRows(ut, nru, isub, last);
  }
  d0.set(d.subarray(1));
}

function swapRows(x: Float64Array | null, len: number, i: number, j: number): void {
  if (x === null) return;
  for (let t = 0; t < len; t++) {
    const a = x[(i - 1) * len + t];
    x[(i - 1) * len + t] = x[(j - 1) * len + t];
    x[(j - 1) * len + t] = a;
  }
}

/** From this order on, the vectors go to the shared heap for the rotation kernels. */
const HEAP_MIN_ORDER = 16;

/** iterate() with the vectors and the rotations' work array copied into the shared heap. */
function iterateInHeap(d: Float64Array, e: Float64Array, n: number, vt: Float64Array | null, ncvt: number, ut: Float64Array | null, nru: number): void {
  const vtSize = vt === null ? 0 : n * ncvt;
  const utSize = ut === null ? 0 : n * nru;
  const size = vtSize + utSize;
  const work = n < HEAP_MIN_ORDER || size === 0 || rotationKernels() === null ? null : heapScratch(1, 4 * (n - 1) + 1);
  const block = work === null ? null : heapArray(Float64Array, size) ?? heapScratch(0, size);
  if (work === null || block === null) {
    iterate(d, e, n, vt, ncvt, ut, nru, new Float64Array(4 * (n - 1) + 1));
    return;
  }
  const hvt = vt === null ? null : block.subarray(0, vtSize);
  const hut = ut === null ? null : block.subarray(vtSize, size);
  // only the first n rows take rotations (the caller's arrays may hold more)
  if (vt !== null && hvt !== null) hvt.set(vt.subarray(0, vtSize));
  if (ut !== null && hut !== null) hut.set(ut.subarray(0, utSize));
  try {
    iterate(d, e, n, hvt, ncvt, hut, nru, work);
  } finally {
    if (vt !== null && hvt !== null) vt.set(hvt);
    if (ut !== null && hut !== null) ut.set(hut);
    releaseHeapArray(block);
  }
}

/** The QR sweeps of dbdsqr (relative accuracy), on 1-based d[1..n], e[1..n-1]. */
function iterate(d: Float64Array, e: Float64Array, n: number, vt: Float64Array | null, ncvt: number, ut: Float64Array | null, nru: number, work: Float64Array): void {
  const nm1 = n - 1;
  work.fill(0);
  const nm12 = 2 * nm1;
  const nm13 = 3 * nm1;
  const tol = Math.max(10, Math.min(100, EPS ** -0.125)) * EPS;
  let smax = 0;
  for (let i = 1; i <= n; i++) smax = Math.max(smax, Math.abs(d[i]));
  for (let i = 1; i <= n - 1; i++) smax = Math.max(smax, Math.abs(e[i]));
  let sminoa = Math.abs(d[1]);
  if (sminoa !== 0) {
    let mu = sminoa;
    for (let i = 2; i <= n; i++) {
      mu = Math.abs(d[i]) * (mu / (mu + Math.abs(e[i - 1])));
      sminoa = Math.min(sminoa, mu);
      if (sminoa === 0) break;
    }
  }
  sminoa /= Math.sqrt(n);
  const thresh = Math.max(tol * sminoa, 6 * (n * (n * UNFL)));
  const maxItDivN = 6 * n;
  let iterDivN = 0;
  let iter = -1;
  let oldll = -1;
  let oldm = -1;
  let idir = 0;
  let m = n;
  for (;;) {
    if (m <= 1) return;
    if (iter >= n) {
      iter -= n;
      iterDivN++;
      if (iterDivN >= maxItDivN) throw new LinAlgError("SVD did not converge");
    }
    // find the bottom unreduced block ll..m
    smax = Math.abs(d[m]);
    let ll = 0;
    let split = false;
    for (let lll = 1; lll <= m - 1; lll++) {
      ll = m - lll;
      const abss = Math.abs(d[ll]);
      const abse = Math.abs(e[ll]);
      if (abse <= thresh || abse === 0) {
        split = true;
        break;
      }
      smax = Math.max(smax, abss, abse);
    }
    if (split) {
      e[ll] = 0;
      if (ll === m - 1) {
        m--;
        continue;
      }
    } else {
      ll = 0;
    }
    ll++;
    if (ll === m - 1) {
      const [sigmn, sigmx, sinr, cosr, sinl, cosl] = svd2x2(d[m - 1], e[m - 1], d[m]);
      d[m - 1] = sigmx;
      e[m - 1] = 0;
      d[m] = sigmn;
      rot(vt, ncvt, m - 1, m, cosr, sinr);
      rot(ut, nru, m - 1, m, cosl, sinl);
      m -= 2;
      continue;
    }
    if (ll > oldm || m < oldll) idir = Math.abs(d[ll]) >= Math.abs(d[m]) ? 1 : 2;
    // convergence tests
    let smin = 0;
    let restart = false;
    if (idir === 1) {
      if (Math.abs(e[m - 1]) <= tol * Math.abs(d[m])) {
        e[m - 1] = 0;
        continue;
      }
      let mu = Math.abs(d[ll]);
      smin = mu;
      for (let lll = ll; lll <= m - 1; lll++) {
        if (Math.abs(e[lll]) <= tol * mu) {
          e[lll] = 0;
          restart = true;
          break;
        }
        mu = Math.abs(d[lll + 1]) * (mu / (mu + Math.abs(e[lll])));
        smin = Math.min(smin, mu);
      }
    } else {
      if (Math.abs(e[ll]) <= tol * Math.abs(d[ll])) {
        e[ll] = 0;
        continue;
      }
      let mu = Math.abs(d[m]);
      smin = mu;
      for (let lll = m - 1; lll >= ll; lll--) {
        if (Math.abs(e[lll]) <= tol * mu) {
          e[lll] = 0;
          restart = true;
          break;
        }
        mu = Math.abs(d[lll]) * (mu / (mu + Math.abs(e[lll])));
        smin = Math.min(smin, mu);
      }
    }
    if (restart) continue;
    oldll = ll;
    oldm = m;
    // the shift, or zero where shifting would cost relative accuracy
    let shift = 0;
    if (!(n * tol * (smin / smax) <= Math.max(EPS, 0.01 * tol))) {
      let sll: number;
      if (idir === 1) {
        sll = Math.abs(d[ll]);
        shift = singularValues2x2(d[m - 1], e[m - 1], d[m])[0];
      } else {
        sll = Math.abs(d[m]);
        shift = singularValues2x2(d[ll], e[ll], d[ll + 1])[0];
      }
      if (sll > 0 && (shift / sll) ** 2 < EPS) shift = 0;
    }
    iter += m - ll;
    const count = m - ll;
    if (shift === 0) {
      if (idir === 1) {
        let cs = 1;
        let oldcs = 1;
        let sn = 0;
        let oldsn = 0;
        let r: number;
        for (let i = ll; i <= m - 1; i++) {
          [cs, sn, r] = rotation(d[i] * cs, e[i]);
          if (i > ll) e[i - 1] = oldsn * r;
          [oldcs, oldsn, d[i]] = rotation(oldcs * r, d[i + 1] * sn);
          work[i - ll + 1] = cs;
          work[i - ll + 1 + nm1] = sn;
          work[i - ll + 1 + nm12] = oldcs;
          work[i - ll + 1 + nm13] = oldsn;
        }
        const h = d[m] * cs;
        d[m] = h * oldcs;
        e[m - 1] = h * oldsn;
        rotSequence(vt, ncvt, ll, count, work, 1, work, 1 + nm1, false);
        rotSequence(ut, nru, ll, count, work, 1 + nm12, work, 1 + nm13, false);
        if (Math.abs(e[m - 1]) <= thresh) e[m - 1] = 0;
      } else {
        let cs = 1;
        let oldcs = 1;
        let sn = 0;
        let oldsn = 0;
        let r: number;
        for (let i = m; i >= ll + 1; i--) {
          [cs, sn, r] = rotation(d[i] * cs, e[i - 1]);
          if (i < m) e[i] = oldsn * r;
          [oldcs, oldsn, d[i]] = rotation(oldcs * r, d[i - 1] * sn);
          work[i - ll] = cs;
          work[i - ll + nm1] = -sn;
          work[i - ll + nm12] = oldcs;
          work[i - ll + nm13] = -oldsn;
        }
        const h = d[ll] * cs;
        d[ll] = h * oldcs;
        e[ll] = h * oldsn;
        rotSequence(vt, ncvt, ll, count, work, 1 + nm12, work, 1 + nm13, true);
        rotSequence(ut, nru, ll, count, work, 1, work, 1 + nm1, true);
        if (Math.abs(e[ll]) <= thresh) e[ll] = 0;
      }
    } else if (idir === 1) {
      let f = (Math.abs(d[ll]) - shift) * (sign(1, d[ll]) + shift / d[ll]);
      let g = e[ll];
      for (let i = ll; i <= m - 1; i++) {
        const [cosr, sinr, r] = rotation(f, g);
        if (i > ll) e[i - 1] = r;
        f = cosr * d[i] + sinr * e[i];
        e[i] = cosr * e[i] - sinr * d[i];
        g = sinr * d[i + 1];
        d[i + 1] = cosr * d[i + 1];
        const [cosl, sinl, r2] = rotation(f, g);
        d[i] = r2;
        f = cosl * e[i] + sinl * d[i + 1];
        d[i + 1] = cosl * d[i + 1] - sinl * e[i];
        if (i < m - 1) {
          g = sinl * e[i + 1];
          e[i + 1] = cosl * e[i + 1];
        }
        work[i - ll + 1] = cosr;
        work[i - ll + 1 + nm1] = sinr;
        work[i - ll + 1 + nm12] = cosl;
        work[i - ll + 1 + nm13] = sinl;
      }
      e[m - 1] = f;
      rotSequence(vt, ncvt, ll, count, work, 1, work, 1 + nm1, false);
      rotSequence(ut, nru, ll, count, work, 1 + nm12, work, 1 + nm13, false);
      if (Math.abs(e[m - 1]) <= thresh) e[m - 1] = 0;
    } else {
      let f = (Math.abs(d[m]) - shift) * (sign(1, d[m]) + shift / d[m]);
      let g = e[m - 1];
      for (let i = m; i >= ll + 1; i--) {
        const [cosr, sinr, r] = rotation(f, g);
        if (i < m) e[i] = r;
        f = cosr * d[i] + sinr * e[i - 1];
        e[i - 1] = cosr * e[i - 1] - sinr * d[i];
        g = sinr * d[i - 1];
        d[i - 1] = cosr * d[i - 1];
        const [cosl, sinl, r2] = rotation(f, g);
        d[i] = r2;
        f = cosl * e[i - 1] + sinl * d[i - 1];
        d[i - 1] = cosl * d[i - 1] - sinl * e[i - 1];
        if (i > ll + 1) {
          g = sinl * e[i - 2];
          e[i - 2] = cosl * e[i - 2];
        }
        work[i - ll] = cosr;
        work[i - ll + nm1] = -sinr;
        work[i - ll + nm12] = cosl;
        work[i - ll + nm13] = -sinl;
      }
      e[ll] = f;
      if (Math.abs(e[ll]) <= thresh) e[ll] = 0;
      rotSequence(vt, ncvt, ll, count, work, 1 + nm12, work, 1 + nm13, true);
      rotSequence(ut, nru, ll, count, work, 1, work, 1 + nm1, true);
    }
  }
}

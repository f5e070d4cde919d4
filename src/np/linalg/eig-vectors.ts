/**
 * Eigenvectors of a real Schur form, complex ones included, as LAPACK's dtrevc and dgeev make
 * them: back-substitution through the 1 x 1 and 2 x 2 diagonal blocks for each eigenvalue
 * (a complex pair's vector is for the eigenvalue with positive imaginary part), the Schur
 * vectors applied, then unit Euclidean norm with the largest component made real.
 */

/** Right eigenvectors as the columns of (re, im), row-major n x n, before any normalisation. */
export function schurVectors(t: Float64Array, z: Float64Array, n: number, wr: Float64Array, wi: Float64Array, small: number): { re: Float64Array; im: Float64Array } {
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  const xr = new Float64Array(n);
  const xi = new Float64Array(n);
  const T = (i: number, j: number) => t[i * n + j];
  let k = n - 1;
  while (k >= 0) {
    const pair = k > 0 && wi[k] !== 0;
    const lr = pair ? wr[k - 1] : wr[k];
    const li = pair ? Math.abs(wi[k - 1]) : 0;
    xr.fill(0);
    xi.fill(0);
    let top: number;
    if (!pair) {
      xr[k] = 1;
      top = k;
    } else {
      // dtrevc's start for the 2 x 2 block at rows k - 1, k
      if (Math.abs(T(k - 1, k)) >= Math.abs(T(k, k - 1))) {
        xr[k - 1] = 1;
        xi[k] = li / T(k - 1, k);
      } else {
        xr[k - 1] = -li / T(k, k - 1);
        xi[k] = 1;
      }
      top = k - 1;
    }
    // right-hand sides: minus the columns of the block times its entries
    const br = new Float64Array(top);
    const bi = new Float64Array(top);
    for (let i = 0; i < top; i++) {
      for (let j = top; j <= k; j++) {
        br[i] -= T(i, j) * xr[j];
        bi[i] -= T(i, j) * xi[j];
      }
    }
    let j = top - 1;
    while (j >= 0) {
      const block = j > 0 && T(j, j - 1) !== 0;
      if (!block) {
        const [ar, ai] = pivot(T(j, j) - lr, -li, small);
        divInto(br[j], bi[j], ar, ai, xr, xi, j);
        for (let i = 0; i < j; i++) {
          br[i] -= T(i, j) * xr[j];
          bi[i] -= T(i, j) * xi[j];
        }
        j--;
      } else {
        // [[a - l, b], [c, d - l]] [x1, x2] = [r1, r2] by Cramer's rule in complex arithmetic
        const a = j - 1;
        const [p11r, p11i] = [T(a, a) - lr, -li];
        const [p22r, p22i] = [T(j, j) - lr, -li];
        const p12 = T(a, j);
        const p21 = T(j, a);
        let detr = p11r * p22r - p11i * p22i - p12 * p21;
        let deti = p11r * p22i + p11i * p22r;
        [detr, deti] = pivot(detr, deti, small * small);
        const n1r = br[a] * p22r - bi[a] * p22i - p12 * br[j];
        const n1i = br[a] * p22i + bi[a] * p22r - p12 * bi[j];
        const n2r = p11r * br[j] - p11i * bi[j] - p21 * br[a];
        const n2i = p11r * bi[j] + p11i * br[j] - p21 * bi[a];
        divInto(n1r, n1i, detr, deti, xr, xi, a);
        divInto(n2r, n2i, detr, deti, xr, xi, j);
        for (let i = 0; i < a; i++) {
          br[i] -= T(i, a) * xr[a] + T(i, j) * xr[j];
          bi[i] -= T(i, a) * xi[a] + T(i, j) * xi[j];
        }
        j -= 2;
      }
    }
    // back to the original basis: v = Z x
    const col = pair ? k - 1 : k;
    for (let r = 0; r < n; r++) {
      let sr = 0;
      let si = 0;
      for (let c = 0; c <= k; c++) {
        sr += z[r * n + c] * xr[c];
        si += z[r * n + c] * xi[c];
      }
      re[r * n + col] = sr;
      im[r * n + col] = si;
      if (pair) {
        re[r * n + k] = sr;
        im[r * n + k] = -si;
      }
    }
    k -= pair ? 2 : 1;
  }
  return { re, im };
}

/** A pivot no smaller than `small` in magnitude (LAPACK perturbs near-singular ones likewise). */
function pivot(r: number, i: number, small: number): [number, number] {
  return Math.abs(r) + Math.abs(i) < small ? [small, 0] : [r, i];
}

function divInto(nr: number, ni: number, dr: number, di: number, xr: Float64Array, xi: Float64Array, at: number): void {
  if (di === 0) {
    xr[at] = nr / dr;
    xi[at] = ni / dr;
    return;
  }
  const d = dr * dr + di * di;
  xr[at] = (nr * dr + ni * di) / d;
  xi[at] = (ni * dr - nr * di) / d;
}

/**
 * dgeev's normalisation of the columns: unit norm; for a complex pair, rotated so the
 * component of largest modulus is real (its sign from the dlartg of NumPy's LAPACK), the pair
 * conjugate.
 */
export function normalizeVectors(re: Float64Array, im: Float64Array, n: number, wi: Float64Array): void {
  let k = 0;
  while (k < n) {
    if (wi[k] === 0) {
      let ss = 0;
      for (let r = 0; r < n; r++) ss += re[r * n + k] * re[r * n + k];
      const s = 1 / Math.sqrt(ss);
      for (let r = 0; r < n; r++) re[r * n + k] *= s;
      k++;
      continue;
    }
    let ss = 0;
    for (let r = 0; r < n; r++) ss += re[r * n + k] ** 2 + im[r * n + k] ** 2;
    const s = 1 / Math.sqrt(ss);
    let best = 0;
    let bestMod = -1;
    for (let r = 0; r < n; r++) {
      re[r * n + k] *= s;
      im[r * n + k] *= s;
      const m = re[r * n + k] ** 2 + im[r * n + k] ** 2;
      if (m > bestMod) {
        bestMod = m;
        best = r;
      }
    }
    const f = re[best * n + k];
    const g = im[best * n + k];
    // the rotation of the LAPACK dlartg NumPy's LAPACK has: r > 0 unless |f| > |g| and f < 0
    let c = 1;
    let sn = 0;
    if (g !== 0 && f === 0) {
      c = 0;
      sn = 1;
    } else if (g !== 0) {
      const d = Math.hypot(f, g);
      c = f / d;
      sn = g / d;
      if (Math.abs(f) > Math.abs(g) && c < 0) {
        c = -c;
        sn = -sn;
      }
    }
    for (let r = 0; r < n; r++) {
      const x = re[r * n + k];
      const y = im[r * n + k];
      re[r * n + k] = c * x + sn * y;
      im[r * n + k] = c * y - sn * x;
    }
    im[best * n + k] = 0;
    for (let r = 0; r < n; r++) {
      re[r * n + k + 1] = re[r * n + k];
      im[r * n + k + 1] = -im[r * n + k];
    }
    k += 2;
  }
}

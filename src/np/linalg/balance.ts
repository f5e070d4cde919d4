/**
 * LAPACK's balancing (dgebal, job 'B') before a general eigenproblem: permutations isolate
 * eigenvalues that need no iteration, and powers-of-2 scalings even out row and column norms.
 * Both decide where eigenvalues come out, so they follow dgebal's search order exactly.
 */

function swapRowsAndColumns(a: Float64Array, n: number, i: number, j: number): void {
  if (i === j) return;
  for (let k = 0; k < n; k++) {
    const t = a[k * n + i];
    a[k * n + i] = a[k * n + j];
    a[k * n + j] = t;
  }
  for (let k = 0; k < n; k++) {
    const t = a[i * n + k];
    a[i * n + k] = a[j * n + k];
    a[j * n + k] = t;
  }
}

/** What balancing did: the swaps in order, the active block lo..hi and the column scales. */
export interface Balance {
  swaps: [number, number][];
  lo: number;
  hi: number;
  scale: Float64Array;
}

/**
 * LAPACK's dgebal (job 'B'): rows whose off-diagonal entries within the active block are all
 * zero go to the bottom, then such columns to the top (isolating eigenvalues), and the rest is
 * scaled by powers of 2 until row and column norms are close. Works in place.
 */
export function balance(a: Float64Array, n: number): Balance {
  const { swaps, lo, hi, done } = isolate(n, (i, j) => a[i * n + j] !== 0, (i, j) => swapRowsAndColumns(a, n, i, j));
  const scale = new Float64Array(n).fill(1);
  if (!done) scaleBlock(a, n, lo, hi, scale);
  return { swaps, lo, hi, scale };
}

/**
 * dgebal's (and zgebal's) permutation search: rows whose off-diagonal entries in the active
 * block are all zero go to the bottom, then such columns to the top, each through `swap`
 * (rows and columns i and j); returns the swaps in order and the block lo..hi left (`done`
 * when every eigenvalue was isolated and there is nothing to scale).
 */
export function isolate(n: number, nonZero: (i: number, j: number) => boolean, swap: (i: number, j: number) => void): { swaps: [number, number][]; lo: number; hi: number; done: boolean } {
  const swaps: [number, number][] = [];
  let lo = 0;
  let hi = n - 1;
  rows: for (;;) {
    for (let j = hi; j >= 0; j--) {
      let isolated = true;
      for (let i = 0; i <= hi && isolated; i++) if (i !== j && nonZero(j, i)) isolated = false;
      if (!isolated) continue;
      swap(j, hi);
      swaps.push([j, hi]);
      if (hi === 0) return { swaps, lo, hi, done: true };
      hi--;
      continue rows;
    }
    break;
  }
  cols: for (;;) {
    for (let j = lo; j <= hi; j++) {
      let isolated = true;
      for (let i = lo; i <= hi && isolated; i++) if (i !== j && nonZero(i, j)) isolated = false;
      if (!isolated) continue;
      swap(j, lo);
      swaps.push([j, lo]);
      lo++;
      continue cols;
    }
    break;
  }
  return { swaps, lo, hi, done: false };
}

/** dgebal's scaling loop over the active block (2-norms of its rows and columns). */
function scaleBlock(a: Float64Array, n: number, lo: number, hi: number, scale: Float64Array): void {
  for (let noconv = true; noconv;) {
    noconv = false;
    for (let i = lo; i <= hi; i++) {
      let c = 0;
      let r = 0;
      for (let k = lo; k <= hi; k++) {
        c = Math.hypot(c, a[k * n + i]);
        r = Math.hypot(r, a[i * n + k]);
      }
      let ca = 0;
      for (let k = 0; k <= hi; k++) ca = Math.max(ca, Math.abs(a[k * n + i]));
      let ra = 0;
      for (let k = lo; k < n; k++) ra = Math.max(ra, Math.abs(a[i * n + k]));
      const f = balanceFactor(c, r, ca, ra, scale[i]);
      if (f === 1) continue;
      scale[i] *= f;
      noconv = true;
      for (let k = lo; k < n; k++) a[i * n + k] /= f;
      for (let k = 0; k <= hi; k++) a[k * n + i] *= f;
    }
  }
}

/**
 * dgebal's (and zgebal's) power-of-2 factor for row and column i, from the column and row
 * 2-norms c and r over the block and their largest entries ca and ra; 1 when scaling would not
 * help enough (or would leave the safe range, given the scale already applied).
 */
export function balanceFactor(c: number, r: number, ca: number, ra: number, applied: number): number {
  const radix = 2;
  const sfmin1 = 2.2250738585072014e-308 / (Number.EPSILON / 2);
  const sfmax1 = 1 / sfmin1;
  const sfmin2 = sfmin1 * radix;
  const sfmax2 = 1 / sfmin2;
  if (c === 0 || r === 0) return 1;
  let g = r / radix;
  let f = 1;
  const s = c + r;
  while (c < g && Math.max(f, c, ca) < sfmax2 && Math.min(r, g, ra) > sfmin2) {
    f *= radix;
    c *= radix;
    ca *= radix;
    r /= radix;
    g /= radix;
    ra /= radix;
  }
  g = c / radix;
  while (g >= r && Math.max(r, ra) < sfmax2 && Math.min(f, c, g, ca) > sfmin2) {
    f /= radix;
    c /= radix;
    g /= radix;
    ca /= radix;
    r *= radix;
    ra *= radix;
  }
  if (c + r >= 0.95 * s) return 1;
  if (f < 1 && applied < 1 && f * applied <= sfmin1) return 1;
  if (f > 1 && applied > 1 && applied >= sfmax1 / f) return 1;
  return f;
}

/**
 * scipy.ndimage's 1-D correlation along an axis and the separable Gaussian filter built on it,
 * on C-ordered Float64Arrays. Sums run in scipy's order (symmetric kernels pair the taps
 * around the centre, outermost pair first), so results match it to the last bit or close.
 */
import { SIMD_SUM_CHUNK, pairwiseSimd } from "../../np/wasm/sum";
import { npExp } from "../../np/ufuncs/exact";
import { NdMode, axisLayout, extendIndex } from "./boundary";
import { scratchLine, sweepSimd } from "./correlate-simd";
import { uninitStorage } from "../../np/alloc";
import { heapAddress, heapScratch } from "../../np/heap/heap";
import { releaseScratch, uninitFloat64 } from "./scratch";

/** Below this many elements per row, lines are gathered one at a time instead of swept by rows. */
const ROW_SWEEP_MIN = 16;

/** 1 symmetric, -1 antisymmetric, 0 neither (scipy's test, to within DBL_EPSILON). */
function symmetry(w: Float64Array): number {
  if ((w.length & 1) === 0) return 0;
  const c = w.length >> 1;
  let sym = true;
  for (let j = 1; j <= c; j++) if (Math.abs(w[c + j] - w[c - j]) > Number.EPSILON) sym = false;
  if (sym) return 1;
  for (let j = 1; j <= c; j++) if (Math.abs(w[c + j] + w[c - j]) > Number.EPSILON) return 0;
  return -1;
}

/**
 * Correlates every line along `axis` with `weights` (centre at floor(len / 2)), boundary by
 * `mode` (cval for 'constant'). Returns a new array; `src` is not modified.
 * With `need`, only the positions whose index along every axis b <= `axis` is marked in
 * need[b] (undefined: all) are computed; the others are left 0. A separable filter whose result
 * is sampled on a sparse grid computes just what the sampling reads.
 */
export function correlate1d(
  src: Float64Array, shape: readonly number[], axis: number, weights: Float64Array, mode: NdMode, cval = 0,
  need?: readonly (Uint8Array | undefined)[],
): Float64Array {
  const { outer, n, inner } = axisLayout(shape, axis);
  // every element is written below unless `need` skips some (those must read 0)
  const out = need === undefined ? (uninitStorage(Float64Array, src.length) as Float64Array) : new Float64Array(src.length);
  if (src.length === 0) return out;
  const left = weights.length >> 1;
  const right = weights.length - left - 1;
  // Source index of every sample beyond the line's ends (-1: cval), computed once per call.
  const before = new Int32Array(left);
  for (let q = 0; q < left; q++) before[q] = extendIndex(q - left, n, mode);
  const after = new Int32Array(right);
  for (let q = 0; q < right; q++) after[q] = extendIndex(n + q, n, mode);
  const kind = symmetry(weights);
  const outerOk = outerMask(shape, axis, need);
  const lineOk = need?.[axis];
  if (inner === 1 && kind > 0 && lineOk !== undefined) {
    sparseLines(src, out, outer, n, weights, before, after, cval, outerOk, lineOk);
    return out;
  }
  if (inner < ROW_SWEEP_MIN) {
    // an extended line in the heap lets the SIMD sweep read it
    const ext = (inner === 1 && kind !== 0 ? scratchLine(n + left + right) : null) ?? new Float64Array(n + left + right);
    for (let o = 0; o < outer; o++) {
      if (outerOk !== undefined && !outerOk[o]) continue;
      for (let i = 0; i < inner; i++) {
        const base = o * n * inner + i;
        for (let q = 0; q < left; q++) ext[q] = before[q] < 0 ? cval : src[base + before[q] * inner];
        if (inner === 1) {
          ext.set(src.subarray(base, base + n), left);
        } else {
          for (let k = 0, p = base; k < n; k++, p += inner) ext[left + k] = src[p];
        }
        for (let q = 0; q < right; q++) ext[left + n + q] = after[q] < 0 ? cval : src[base + after[q] * inner];
        if (inner === 1 && kind !== 0 && sweepSimd(ext, left, out, base, 1, n, weights, kind)) continue;
        if (inner === 1 && kind > 0) symmetricSweep(ext, left, out, base, 1, n, weights);
        else correlateLine(ext, left, right, n, weights, kind, out, base, inner);
      }
    }
    return out;
  }
  sweepRows(src, out, outer, n, inner, weights, kind, left, right, before, after, cval, outerOk, lineOk);
  return out;
}

/** For each index over the axes before `axis` (C order): is every coordinate needed? */
function outerMask(shape: readonly number[], axis: number, need?: readonly (Uint8Array | undefined)[]): Uint8Array | undefined {
  if (need === undefined) return undefined;
  let any = false;
  for (let b = 0; b < axis; b++) if (need[b] !== undefined) any = true;
  if (!any) return undefined;
  let mask = new Uint8Array([1]);
  for (let b = 0; b < axis; b++) {
    const nb = shape[b];
    const mb = need[b];
    const next = new Uint8Array(mask.length * nb);
    for (let o = 0; o < mask.length; o++) {
      for (let k = 0; k < nb; k++) next[o * nb + k] = mask[o] && (mb === undefined || mb[k]) ? 1 : 0;
    }
    mask = next;
  }
  return mask;
}

/** One extended line (`left` samples before, `right` after) into out[base + k * stride]. */
function correlateLine(
  ext: Float64Array, left: number, right: number, n: number, w: Float64Array, kind: number,
  out: Float64Array, base: number, stride: number,
): void {
  if (kind !== 0) {
    const w0 = w[left];
    for (let k = 0, p = base; k < n; k++, p += stride) {
      const c = k + left;
      let acc = ext[c] * w0;
      if (kind > 0) for (let j = left; j > 0; j--) acc += (ext[c - j] + ext[c + j]) * w[left - j];
      else for (let j = left; j > 0; j--) acc += (ext[c - j] - ext[c + j]) * w[left - j];
      out[p] = acc;
    }
    return;
  }
  const last = left + right;
  const wl = w[last];
  for (let k = 0, p = base; k < n; k++, p += stride) {
    let acc = ext[k + last] * wl;
    for (let t = 0; t < last; t++) acc += ext[k + t] * w[t];
    out[p] = acc;
  }
}

/**
 * Contiguous lines, symmetric kernel, only at the positions marked in `at`: interior positions
 * read the input directly, the `r` at each end go through a boundary-extended copy.
 */
function sparseLines(
  src: Float64Array, out: Float64Array, outer: number, n: number, w: Float64Array, before: Int32Array, after: Int32Array,
  cval: number, outerOk: Uint8Array | undefined, at: Uint8Array,
): void {
  const r = w.length >> 1;
  const edge = Math.min(n, 2 * r);
  const ext = new Float64Array(2 * r + edge);
  for (let o = 0; o < outer; o++) {
    if (outerOk !== undefined && !outerOk[o]) continue;
    const base = o * n;
    // head: positions [0, edge) from [-r, edge + r)
    for (let q = 0; q < r; q++) ext[q] = before[q] < 0 ? cval : src[base + before[q]];
    for (let q = 0; q < edge + r; q++) {
      const i = q;
      ext[r + q] = i < n ? src[base + i] : after[i - n] < 0 ? cval : src[base + after[i - n]];
    }
    symmetricAt(ext, r - 0, r, w, at, 0, Math.min(r, n), out, base);
    symmetricAt(src, base, r, w, at, r, n - r, out, base);
    // tail: positions [n - r, n) from [n - 2r, n + r)
    const t0 = Math.max(r, n - r);
    if (t0 < n) {
      const from = t0 - r;
      for (let q = 0; q < n - from + r; q++) {
        const i = from + q;
        ext[q] = i < 0 ? (before[i + r] < 0 ? cval : src[base + before[i + r]]) : i < n ? src[base + i] : after[i - n] < 0 ? cval : src[base + after[i - n]];
      }
      symmetricAt(ext, r - t0, r, w, at, t0, n, out, base);
    }
  }
}

/**
 * A symmetric kernel of radius r at the positions k in [k0, k1) marked in `at`: the sample for
 * position k is x[c0 + k], its neighbours x[c0 + k +- j]; the result goes to out[o0 + k].
 */
function symmetricAt(x: Float64Array, c0: number, r: number, w: Float64Array, at: Uint8Array, k0: number, k1: number, out: Float64Array, o0: number): void {
  const w0 = w[r];
  for (let k = k0; k < k1; k++) {
    if (!at[k]) continue;
    const c = c0 + k;
    let acc = x[c] * w0;
    let j = r;
    for (; j >= 4; j -= 4) {
      const t = r - j;
      acc += (x[c - j] + x[c + j]) * w[t];
      acc += (x[c - j + 1] + x[c + j - 1]) * w[t + 1];
      acc += (x[c - j + 2] + x[c + j - 2]) * w[t + 2];
      acc += (x[c - j + 3] + x[c + j - 3]) * w[t + 3];
    }
    for (; j > 0; j--) acc += (x[c - j] + x[c + j]) * w[r - j];
    out[o0 + k] = acc;
  }
}

/**
 * Symmetric kernel of radius r over `count` consecutive centres: out[o0 + e] =
 * x[c0 + e] w[r] + sum over j = r..1 of (x[c0 + e - j step] + x[c0 + e + j step]) w[r - j],
 * accumulated in that order. The pairs go in passes of up to four with the weights in locals,
 * which keeps the loops short enough for the JIT to pipeline.
 */
function symmetricSweep(x: Float64Array, c0: number, out: Float64Array, o0: number, step: number, count: number, w: Float64Array): void {
  const r = w.length >> 1;
  const w0 = w[r];
  let j = r;
  let first = true;
  while (first || j > 0) {
    const g = j >= 4 ? 4 : j >= 2 ? 2 : j;
    const t = r - j;
    const a = c0 - j * step;
    const b = c0 + j * step;
    if (g === 4) {
      const w1 = w[t], w2 = w[t + 1], w3 = w[t + 2], w4 = w[t + 3];
      const a2 = a + step, a3 = a + 2 * step, a4 = a + 3 * step;
      const b2 = b - step, b3 = b - 2 * step, b4 = b - 3 * step;
      for (let e = 0; e < count; e++) {
        let acc = first ? x[c0 + e] * w0 : out[o0 + e];
        acc += (x[a + e] + x[b + e]) * w1;
        acc += (x[a2 + e] + x[b2 + e]) * w2;
        acc += (x[a3 + e] + x[b3 + e]) * w3;
        acc += (x[a4 + e] + x[b4 + e]) * w4;
        out[o0 + e] = acc;
      }
    } else if (g === 2) {
      const w1 = w[t], w2 = w[t + 1];
      const a2 = a + step, b2 = b - step;
      for (let e = 0; e < count; e++) {
        let acc = first ? x[c0 + e] * w0 : out[o0 + e];
        acc += (x[a + e] + x[b + e]) * w1;
        acc += (x[a2 + e] + x[b2 + e]) * w2;
        out[o0 + e] = acc;
      }
    } else if (g === 1) {
      const w1 = w[t];
      for (let e = 0; e < count; e++) {
        const acc = first ? x[c0 + e] * w0 : out[o0 + e];
        out[o0 + e] = acc + (x[a + e] + x[b + e]) * w1;
      }
    } else {
      for (let e = 0; e < count; e++) out[o0 + e] = x[c0 + e] * w0;
    }
    j -= g;
    first = false;
  }
}

/**
 * Correlation along an axis with long rows: each output row is a weighted sum of whole input
 * rows, swept in C order. Rows at least `left`/`right` away from the ends read the input
 * directly; the others take their taps from the boundary tables (symmetric kernels: from a
 * boundary-extended copy of the rows they read, swept on SIMD like the interior).
 */
function sweepRows(
  src: Float64Array, out: Float64Array, outer: number, n: number, inner: number, w: Float64Array, kind: number,
  left: number, right: number, before: Int32Array, after: Int32Array, cval: number,
  outerOk: Uint8Array | undefined, lineOk: Uint8Array | undefined,
): void {
  const taps = left + right + 1;
  const cvalRow = new Float64Array(inner).fill(cval);
  const rows: Float64Array[] = new Array<Float64Array>(taps);
  const offs = new Int32Array(taps);
  const head = Math.min(left, n);
  const tail = Math.max(head, n - right);
  for (let o = 0; o < outer; o++) {
    if (outerOk !== undefined && !outerOk[o]) continue;
    const base = o * n * inner;
    if (kind !== 0 && extendedSweep(src, out, base, n, inner, w, kind, before, after, cval, lineOk, head, tail)) continue;
    for (let k = 0; k < n; k++) {
      if (lineOk !== undefined && !lineOk[k]) continue;
      const ob = base + k * inner;
      if (kind > 0 && k >= left && k + right < n) {
        symmetricSweep(src, ob, out, ob, inner, inner, w);
        continue;
      }
      for (let t = 0; t < taps; t++) {
        const idx = k + t - left;
        const s = idx < 0 ? before[idx + left] : idx >= n ? after[idx - n] : idx;
        if (s < 0) {
          rows[t] = cvalRow;
          offs[t] = 0;
        } else {
          rows[t] = src;
          offs[t] = base + s * inner;
        }
      }
      combineRows(rows, offs, w, kind, left, right, out, ob, inner);
    }
  }
}

/**
 * One block of `n` rows with a symmetric or antisymmetric kernel, all on SIMD: the interior
 * rows [head, tail) straight from `src`, the rows near each end from a copy of the rows they
 * read, extended past the ends. False (nothing written) when SIMD or the heap is missing.
 */
function extendedSweep(
  src: Float64Array, out: Float64Array, base: number, n: number, inner: number, w: Float64Array, kind: number,
  before: Int32Array, after: Int32Array, cval: number, lineOk: Uint8Array | undefined, head: number, tail: number,
): boolean {
  // an empty sweep tells whether SIMD is there, before anything is written
  if (heapAddress(src) < 0 || !sweepSimd(src, base, out, base, inner, 0, w, kind)) return false;
  const r = w.length >> 1;
  // the two end bands share one copy when theirs would overlap
  const apart = tail - head >= 2 * r;
  if (!apart) return bandSweep(src, out, base, n, inner, w, kind, before, after, cval, lineOk, 0, n);
  if (!bandSweep(src, out, base, n, inner, w, kind, before, after, cval, lineOk, 0, head)) return false;
  if (lineOk === undefined) {
    sweepSimd(src, base + head * inner, out, base + head * inner, inner, (tail - head) * inner, w, kind);
  } else {
    for (let k = head; k < tail; k++) if (lineOk[k]) sweepSimd(src, base + k * inner, out, base + k * inner, inner, inner, w, kind);
  }
  return bandSweep(src, out, base, n, inner, w, kind, before, after, cval, lineOk, tail, n);
}

/** Output rows [k0, k1) of a block from a copy of input rows [k0 - r, k1 + r), extended past the ends. */
function bandSweep(
  src: Float64Array, out: Float64Array, base: number, n: number, inner: number, w: Float64Array, kind: number,
  before: Int32Array, after: Int32Array, cval: number, lineOk: Uint8Array | undefined, k0: number, k1: number,
): boolean {
  if (k1 <= k0) return true;
  const r = w.length >> 1;
  const m = k1 - k0 + 2 * r;
  const scratch = heapScratch(0, m * inner);
  const band = scratch ?? uninitFloat64(m * inner);
  if (heapAddress(band) < 0) return false;
  for (let q = 0; q < m; q++) {
    const idx = k0 - r + q;
    const s = idx < 0 ? before[idx + r] : idx >= n ? after[idx - n] : idx;
    if (s < 0) band.fill(cval, q * inner, (q + 1) * inner);
    else band.set(src.subarray(base + s * inner, base + (s + 1) * inner), q * inner);
  }
  let done = true;
  if (lineOk === undefined) {
    done = sweepSimd(band, r * inner, out, base + k0 * inner, inner, (k1 - k0) * inner, w, kind);
  } else {
    for (let k = k0; k < k1 && done; k++) if (lineOk[k]) done = sweepSimd(band, (k - k0 + r) * inner, out, base + k * inner, inner, inner, w, kind);
  }
  if (scratch === null) releaseScratch(band);
  return done;
}

/** out[ob + i] = sum over taps of w[t] * rows[t][offs[t] + i], in scipy's order. */
function combineRows(
  rows: Float64Array[], offs: Int32Array, w: Float64Array, kind: number, left: number, right: number,
  out: Float64Array, ob: number, inner: number,
): void {
  if (kind !== 0) {
    const c = rows[left];
    const co = offs[left];
    const w0 = w[left];
    for (let i = 0; i < inner; i++) out[ob + i] = c[co + i] * w0;
    for (let j = left; j > 0; j--) {
      const a = rows[left - j];
      const ao = offs[left - j];
      const b = rows[left + j];
      const bo = offs[left + j];
      const wj = w[left - j];
      if (kind > 0) for (let i = 0; i < inner; i++) out[ob + i] += (a[ao + i] + b[bo + i]) * wj;
      else for (let i = 0; i < inner; i++) out[ob + i] += (a[ao + i] - b[bo + i]) * wj;
    }
    return;
  }
  const last = left + right;
  const l = rows[last];
  const lo = offs[last];
  const wl = w[last];
  for (let i = 0; i < inner; i++) out[ob + i] = l[lo + i] * wl;
  for (let t = 0; t < last; t++) {
    const a = rows[t];
    const ao = offs[t];
    const wt = w[t];
    for (let i = 0; i < inner; i++) out[ob + i] += a[ao + i] * wt;
  }
}

/**
 * scipy's Gaussian kernel: exp(-x^2 / (2 sigma^2)) on [-radius, radius], normalised, radius
 * int(truncate * sigma + 0.5) unless given. The exponentials are NumPy's bits (Math.exp is off
 * by an ulp on some taps): integer images are truncated after each axis, where one ulp in a
 * weight moves a pixel by a grey level. Order n > 0 gives the n-th derivative kernel (scipy's
 * polynomial q(x) times the Gaussian), reversed for correlation as scipy reverses it.
 */
export function gaussianKernel(sigma: number, truncate: number, order = 0, radius?: number): Float64Array {
  const r = radius ?? Math.trunc(truncate * sigma + 0.5);
  const w = new Float64Array(2 * r + 1);
  const sigma2 = sigma * sigma;
  const c = -0.5 / sigma2;
  for (let x = -r; x <= r; x++) w[x + r] = npExp(c * (x * x));
  const sum = pairwiseSum(w, 0, w.length);
  for (let i = 0; i < w.length; i++) w[i] /= sum;
  if (order === 0) return w;
  // q'(x) + q(x) p'(x) with p'(x) = -x / sigma^2, applied `order` times to q = 1
  let q = new Float64Array(order + 1);
  q[0] = 1;
  for (let t = 0; t < order; t++) {
    const next = new Float64Array(order + 1);
    for (let k = 0; k <= order; k++) {
      // the matrix row's two terms in column order, as numpy's dot adds them
      const shift = k >= 1 ? q[k - 1] * (1 / -sigma2) : 0;
      const deriv = k + 1 <= order ? (k + 1) * q[k + 1] : 0;
      next[k] = shift + deriv;
    }
    q = next;
  }
  const out = new Float64Array(w.length);
  for (let x = -r; x <= r; x++) {
    let poly = 0;
    for (let k = 0, p = 1; k <= order; k++, p *= x) poly += p * q[k];
    out[r - x] = poly * w[x + r];
  }
  return out;
}

/** NumPy's pairwise summation (8 accumulators per block of up to 128), for bit-equal sums. */
export function pairwiseSum(a: Float64Array, start: number, n: number): number {
  if (n > 128 && n <= SIMD_SUM_CHUNK) {
    // the SIMD kernel sums a leaf in the same order
    const s = pairwiseSimd(a, start, n);
    if (s !== null) return s;
  }
  if (n < 8) {
    let s = 0;
    for (let i = 0; i < n; i++) s += a[start + i];
    return s;
  }
  if (n <= 128) {
    const r = [a[start], a[start + 1], a[start + 2], a[start + 3], a[start + 4], a[start + 5], a[start + 6], a[start + 7]];
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] += a[start + i + j];
    let s = (r[0] + r[1] + (r[2] + r[3])) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < n; i++) s += a[start + i];
    return s;
  }
  let n2 = n >> 1;
  n2 -= n2 % 8;
  return pairwiseSum(a, start, n2) + pairwiseSum(a, start + n2, n - n2);
}

/**
 * scipy.ndimage.gaussian_filter: separable passes, axes with sigma ~ 0 skipped. `need` limits
 * the computed positions as in correlate1d (the rest of the result is then meaningless).
 * `mode`, `orders` (derivative order) and `radii` may differ per axis.
 */
export function gaussianFilter(
  src: Float64Array, shape: readonly number[], sigmas: readonly number[], mode: NdMode | readonly NdMode[], cval = 0, truncate = 4.0,
  storeAfterAxis?: (values: Float64Array) => void, need?: readonly (Uint8Array | undefined)[],
  orders?: readonly number[], radii?: readonly (number | null)[],
): Float64Array {
  let cur = src;
  for (let axis = 0; axis < shape.length; axis++) {
    const s = sigmas[axis];
    if (!(s > 1e-15)) continue;
    const axisMode = typeof mode === "string" ? mode : mode[axis];
    const kernel = gaussianKernel(s, truncate, orders?.[axis] ?? 0, radii?.[axis] ?? undefined);
    cur = correlate1d(cur, shape, axis, kernel, filterMode(axisMode), cval, need);
    // scipy writes each axis' result into the output array (its dtype) before the next axis
    if (storeAfterAxis) storeAfterAxis(cur);
  }
  return cur === src ? src.slice() : cur;
}

/** Filters treat the grid variants as their plain counterparts. */
export function filterMode(mode: NdMode): NdMode {
  return mode === "grid-constant" ? "constant" : mode === "grid-wrap" ? "wrap" : mode;
}

/**
 * scipy.signal.convolve(a, k, mode='same') on C-ordered float64 data: the full convolution
 * (zeros outside) cropped to a's shape around its centre, by direct summation over the taps.
 */

/** out[i] = sum_t k[t] a[i + floor((m - 1) / 2) - t] over every axis; a and out share `shape`. */
export function convolveSame(a: Float64Array, shape: readonly number[], k: Float64Array, kshape: readonly number[], out: Float64Array): void {
  const ndim = shape.length;
  if (ndim === 2 && a.length > 0 && k.length > 0) {
    convolveSame2d(a, shape[0], shape[1], k, kshape[0], kshape[1], out);
    return;
  }
  out.fill(0);
  if (a.length === 0 || k.length === 0) return;
  convolveBox(a, shape, k, kshape, out, shape.map(() => 0), shape.slice());
}

/**
 * The 2-D case: where every tap falls inside, each output's taps are summed in a register in
 * the order the passes would add them; the border bands take the passes.
 */
function convolveSame2d(a: Float64Array, rows: number, cols: number, k: Float64Array, kr: number, kc: number, out: Float64Array): void {
  const offsets: number[] = [];
  const weights: number[] = [];
  let rLo = 0;
  let rHi = rows;
  let cLo = 0;
  let cHi = cols;
  for (let t = 0; t < k.length; t++) {
    if (k[t] === 0) continue;
    const sr = ((kr - 1) >> 1) - Math.floor(t / kc);
    const sc = ((kc - 1) >> 1) - (t % kc);
    rLo = Math.max(rLo, -sr);
    rHi = Math.min(rHi, rows - sr);
    cLo = Math.max(cLo, -sc);
    cHi = Math.min(cHi, cols - sc);
    offsets.push(sr * cols + sc);
    weights.push(k[t]);
  }
  out.fill(0);
  if (rLo >= rHi || cLo >= cHi) {
    convolveBox(a, [rows, cols], k, [kr, kc], out, [0, 0], [rows, cols]);
    return;
  }
  const nt = offsets.length;
  const off = Int32Array.from(offsets);
  const w = Float64Array.from(weights);
  if (nt === kr * kc && (kc === 3 || kc === 5)) {
    // no zero taps: a kernel row's taps read consecutive pixels, written out
    for (let r = rLo; r < rHi; r++) {
      for (let i = r * cols + cLo, end = r * cols + cHi; i < end; i++) {
        let sum = 0;
        for (let t = 0; t < nt; t += kc) {
          const j = i + off[t];
          sum += w[t] * a[j];
          sum += w[t + 1] * a[j - 1];
          sum += w[t + 2] * a[j - 2];
          if (kc === 5) {
            sum += w[t + 3] * a[j - 3];
            sum += w[t + 4] * a[j - 4];
          }
        }
        out[i] = sum;
      }
    }
  } else {
    for (let r = rLo; r < rHi; r++) {
      for (let i = r * cols + cLo, end = r * cols + cHi; i < end; i++) {
        let sum = 0;
        for (let t = 0; t < nt; t++) sum += w[t] * a[i + off[t]];
        out[i] = sum;
      }
    }
  }
  // the bands around the interior
  const bands: [number, number, number, number][] = [[0, rLo, 0, cols], [rHi, rows, 0, cols], [rLo, rHi, 0, cLo], [rLo, rHi, cHi, cols]];
  for (const [r0, r1, c0, c1] of bands) if (r0 < r1 && c0 < c1) convolveBox(a, [rows, cols], k, [kr, kc], out, [r0, c0], [r1, c1]);
}

/** The tap-by-tap passes of convolveSame over the outputs in the box [from, to) (out holds zeros there). */
function convolveBox(a: Float64Array, shape: readonly number[], k: Float64Array, kshape: readonly number[], out: Float64Array, from: readonly number[], to: readonly number[]): void {
  const ndim = shape.length;
  const strides = new Array<number>(ndim);
  for (let d = ndim - 1, s = 1; d >= 0; d--) {
    strides[d] = s;
    s *= shape[d];
  }
  const tap = new Array<number>(ndim).fill(0);
  const shift = new Array<number>(ndim);
  const lo = new Array<number>(ndim);
  const hi = new Array<number>(ndim);
  const last = ndim - 1;
  for (let t = 0; t < k.length; t++) {
    const w = k[t];
    if (w !== 0) {
      // output range per axis where the source index i + shift stays inside
      let empty = false;
      let offset = 0;
      for (let d = 0; d < ndim; d++) {
        shift[d] = ((kshape[d] - 1) >> 1) - tap[d];
        lo[d] = Math.max(from[d], -shift[d]);
        hi[d] = Math.min(to[d], shape[d] - shift[d]);
        if (lo[d] >= hi[d]) empty = true;
        offset += shift[d] * strides[d];
      }
      if (!empty) addShifted(a, out, w, offset, lo, hi, strides, last);
    }
    for (let d = last; d >= 0; d--) {
      if (++tap[d] < kshape[d]) break;
      tap[d] = 0;
    }
  }
}

/** out[i] += w * a[i + offset] for i in the box [lo, hi), the last axis as the inner loop. */
function addShifted(a: Float64Array, out: Float64Array, w: number, offset: number, lo: number[], hi: number[], strides: number[], last: number): void {
  const idx = lo.slice();
  const rowLen = hi[last] - lo[last];
  for (;;) {
    let base = 0;
    for (let d = 0; d < last; d++) base += idx[d] * strides[d];
    base += lo[last];
    const src = base + offset;
    for (let i = 0; i < rowLen; i++) out[base + i] += w * a[src + i];
    let d = last - 1;
    for (; d >= 0; d--) {
      if (++idx[d] < hi[d]) break;
      idx[d] = lo[d];
    }
    if (d < 0) return;
  }
}

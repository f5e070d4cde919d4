/**
 * scipy.signal.convolve(a, k, mode='same') on C-ordered float64 data: the full convolution
 * (zeros outside) cropped to a's shape around its centre, by direct summation over the taps.
 */

/** out[i] = sum_t k[t] a[i + floor((m - 1) / 2) - t] over every axis; a and out share `shape`. */
export function convolveSame(a: Float64Array, shape: readonly number[], k: Float64Array, kshape: readonly number[], out: Float64Array): void {
  const ndim = shape.length;
  out.fill(0);
  if (a.length === 0 || k.length === 0) return;
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
        lo[d] = Math.max(0, -shift[d]);
        hi[d] = Math.min(shape[d], shape[d] - shift[d]);
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

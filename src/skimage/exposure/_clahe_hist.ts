/** The per-tile histogram steps of scikit-image 0.19's CLAHE: clipping with redistribution, and the mapping. */

/** Gray levels the image is brought to before CLAHE (14 bits). */
export const NR_OF_GRAY = 2 ** 14;

/**
 * `clip_histogram`: bins above `limit` cut to it and the excess spread over the others, first
 * evenly, then one by one in strides, exactly in scikit-image's order.
 */
export function clipHistogram(hist: Float64Array, limit: number): void {
  const n = hist.length;
  let excess = 0;
  for (let k = 0; k < n; k++) {
    if (hist[k] > limit) {
      excess += hist[k] - limit;
      hist[k] = limit;
    }
  }
  const incr = Math.floor(excess / n);
  const upper = limit - incr;
  for (let k = 0; k < n; k++) {
    if (hist[k] < upper) {
      hist[k] += incr;
      excess -= incr;
    }
  }
  for (let k = 0; k < n; k++) {
    if (hist[k] >= upper && hist[k] < limit) {
      excess += hist[k] - limit;
      hist[k] = limit;
    }
  }
  while (excess > 0) {
    const before = excess;
    for (let index = 0; index < n; index++) {
      let under = 0;
      for (let k = 0; k < n; k++) if (hist[k] < limit) under++;
      const step = Math.max(1, Math.floor(under / excess));
      let added = 0;
      for (let k = index; k < n; k += step) {
        if (hist[k] < limit) {
          hist[k]++;
          added++;
        }
      }
      excess -= added;
      if (excess <= 0) break;
    }
    if (before === excess) break;
  }
}

/** `map_histogram`: the cumulated histogram scaled to [0, 16383], truncated to integers. */
export function mapHistogram(hist: Float64Array, pixels: number): void {
  const scale = (NR_OF_GRAY - 1) / pixels;
  let cum = 0;
  for (let k = 0; k < hist.length; k++) {
    cum += hist[k];
    const v = cum * scale;
    hist[k] = Math.trunc(v > NR_OF_GRAY - 1 ? NR_OF_GRAY - 1 : v);
  }
}

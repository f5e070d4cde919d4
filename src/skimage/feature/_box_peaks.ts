/**
 * peak_local_max's mask for a 3 x 3 (x 3 ...) box footprint, tested only where it can be set:
 * a pixel above the threshold is a peak when no neighbour in its box exceeds it (outside the
 * image counts as 0, maximum_filter's mode 'constant'). Without NaN that is exactly
 * `image == maximum_filter(image) & image > threshold`, and few pixels pass the threshold.
 */

/** Largest number of leading pixels searched for one that is not its box's maximum. */
const PLATEAU_PROBE = 4096;

/**
 * The peak mask, or null when the shortcut does not apply: a NaN in the image, or no pixel
 * among the first ones below its box's maximum (a plateau image, which peak_local_max treats
 * apart).
 */
export function boxPeakMask(values: Float64Array, shape: readonly number[], threshold: number): Uint8Array | null {
  const n = values.length;
  for (let i = 0; i < n; i++) if (values[i] !== values[i]) return null;
  const ndim = shape.length;
  const strides = new Array<number>(ndim);
  for (let a = ndim - 1, s = 1; a >= 0; a--) {
    strides[a] = s;
    s *= shape[a];
  }
  const coords = new Int32Array(ndim);
  const step = new Int32Array(ndim);
  /** Whether no pixel of the box around flat index i is above values[i]. */
  const isBoxMax = (i: number): boolean => {
    const v = values[i];
    let rem = i;
    for (let a = 0; a < ndim; a++) {
      coords[a] = Math.floor(rem / strides[a]);
      rem -= coords[a] * strides[a];
      step[a] = -1;
    }
    // every offset in {-1, 0, 1}^ndim, odometer style
    for (;;) {
      let at = i;
      let outside = false;
      for (let a = 0; a < ndim; a++) {
        const c = coords[a] + step[a];
        if (c < 0 || c >= shape[a]) outside = true;
        at += step[a] * strides[a];
      }
      if ((outside ? 0 : values[at]) > v) return false;
      let a = ndim - 1;
      while (a >= 0 && step[a] === 1) step[a--] = -1;
      if (a < 0) return true;
      step[a]++;
    }
  };
  let plateau = true;
  for (let i = 0; i < Math.min(n, PLATEAU_PROBE); i++) {
    if (!isBoxMax(i)) {
      plateau = false;
      break;
    }
  }
  if (plateau) return null;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (values[i] > threshold && isBoxMax(i)) out[i] = 1;
  return out;
}

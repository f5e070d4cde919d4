/**
 * match_template's sums of the image and of its squares over every template-sized window, as
 * scikit-image takes them: a cumulative sum along each axis in turn and the difference of
 * two shifted copies (window w at position i: cum[i + w] - cum[i], so the window starts one
 * past i). The same additions in the same order, so the sums round as scikit-image's do.
 */

/**
 * Window sums along one axis of an n-D array in C order: the result is shorter by window + 1
 * along the axis. `scratch` (the input's size at least) holds the cumulative sums.
 */
export function windowSum(src: Float64Array, shape: number[], axis: number, window: number, scratch: Float64Array): { data: Float64Array; shape: number[] } {
  const n = shape[axis];
  let inner = 1;
  for (let d = axis + 1; d < shape.length; d++) inner *= shape[d];
  let outer = 1;
  for (let d = 0; d < axis; d++) outer *= shape[d];
  const m = n - window - 1;
  const outShape = shape.slice();
  outShape[axis] = m;
  const out = new Float64Array(outer * m * inner);
  const cum = scratch;
  for (let o = 0; o < outer; o++) {
    const at = o * n * inner;
    for (let i = 0; i < inner; i++) cum[i] = src[at + i];
    for (let p = inner; p < n * inner; p++) cum[p] = cum[p - inner] + src[at + p];
    const to = o * m * inner;
    const shift = window * inner;
    for (let p = 0; p < m * inner; p++) out[to + p] = cum[p + shift] - cum[p];
  }
  return { data: out, shape: outShape };
}

/**
 * sum and sum2 = the 2-D window sums of `img` (H x W) and of its squares for the windows th x tw at rows
 * r0 .. r0 + oh - 1 and columns c0 .. c0 + ow - 1 only (in the coordinates of the full
 * result, (H - th - 1) x (W - tw - 1)), in one pass over the rows that reach them.
 */
export function windowSums2d(img: Float64Array, H: number, W: number, th: number, tw: number, r0: number, oh: number, c0: number, ow: number, sum: Float64Array, sum2: Float64Array): void {
  // columns the row cumsum has to run over, and rows the column cumsum has to reach
  const cols = Math.min(W, c0 + ow + tw);
  const rowEnd = Math.min(H, r0 + oh + th);
  // the column cumsums of the last th + 1 rows, in a ring
  const ring = th + 1;
  const cum = new Float64Array(ring * cols);
  const cum2 = new Float64Array(ring * cols);
  const line = new Float64Array(cols);
  const line2 = new Float64Array(cols);
  for (let p = 0; p < rowEnd; p++) {
    const at = (p % ring) * cols;
    const from = p * W;
    if (p === 0) {
      for (let c = 0; c < cols; c++) {
        const v = img[from + c];
        cum[c] = v;
        cum2[c] = v * v;
      }
    } else {
      const prev = ((p - 1) % ring) * cols;
      for (let c = 0; c < cols; c++) {
        const v = img[from + c];
        cum[at + c] = cum[prev + c] + v;
        cum2[at + c] = cum2[prev + c] + v * v;
      }
    }
    // window rows i = p - th: the difference, its cumsum along the row, that difference
    const i = p - th;
    if (i < r0) continue;
    const lo = (i % ring) * cols;
    let run = 0;
    let run2 = 0;
    for (let c = 0; c < cols; c++) {
      run += cum[at + c] - cum[lo + c];
      run2 += cum2[at + c] - cum2[lo + c];
      line[c] = run;
      line2[c] = run2;
    }
    const to = (i - r0) * ow;
    for (let x = 0; x < ow; x++) {
      sum[to + x] = line[c0 + x + tw] - line[c0 + x];
      sum2[to + x] = line2[c0 + x + tw] - line2[c0 + x];
    }
  }
}

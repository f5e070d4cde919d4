/**
 * Grid-mode zoom of order 0 or 1 with an optional Gaussian prefilter, on C-ordered
 * Float64Arrays. Both are linear and separable, so along each axis the Gaussian is folded into
 * the interpolation: every output index gets one list of (source index, weight) taps, and the
 * filter is only ever evaluated where the zoom reads it. Equal to filtering then zooming up to
 * the rounding of the merged weights.
 */
import { NdMode, axisLayout, extendIndex } from "./boundary";
import { filterMode, gaussianKernel } from "./correlate";
import { zoomTable } from "./spline";

/** Taps of one axis: output k reads src[j] * w[j] for j in [start[k], start[k + 1]). */
interface TapTable {
  start: Int32Array;
  /** Source index along the axis, -1 for cval. */
  src: Int32Array;
  w: Float64Array;
  /** First source index when output k reads consecutive in-range samples, else -1. */
  run: Int32Array;
}

/**
 * The taps of the zoom from n to nOut samples (order 0 or 1, grid mode) after correlating with
 * `kernel` (undefined: no filter) under the filter's boundary mode.
 */
function tapTable(n: number, nOut: number, order: number, mode: NdMode, kernel: Float64Array | undefined): TapTable {
  const k1 = order + 1;
  // zoom 1 lands exactly on the samples: only the filter remains
  const zoom = n === nOut ? undefined : zoomTable(n, nOut, order, mode, 0);
  const fmode = filterMode(mode);
  const r = kernel === undefined ? 0 : kernel.length >> 1;
  const start = new Int32Array(nOut + 1);
  const run = new Int32Array(nOut);
  // merged weight per source index, and which indices output k touched
  const acc = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  let src = new Int32Array(nOut * (2 * r + 2) + 1);
  let w = new Float64Array(src.length);
  let m = 0;
  for (let k = 0; k < nOut; k++) {
    let count = 0;
    let cw = 0;
    let anyCval = false;
    const outside = zoom !== undefined && zoom.outside[k] === 1;
    const taps = outside ? 0 : zoom === undefined ? 1 : k1;
    if (outside) {
      cw = 1;
      anyCval = true;
    }
    for (let h = 0; h < taps; h++) {
      const s = zoom === undefined ? k : zoom.taps[k * k1 + h];
      const zw = zoom === undefined ? 1 : zoom.weights[k * k1 + h];
      const width = kernel === undefined || s < 0 ? 0 : 2 * r;
      for (let t = 0; t <= width; t++) {
        const p = width === 0 ? s : extendIndex(s + t - r, n, fmode);
        const pw = width === 0 ? zw : zw * (kernel as Float64Array)[t];
        if (p < 0) {
          cw += pw;
          anyCval = true;
        } else if (seen[p] === 0) {
          seen[p] = 1;
          touched[count++] = p;
          acc[p] = pw;
        } else {
          acc[p] += pw;
        }
      }
    }
    const sorted = touched.subarray(0, count).sort();
    if (m + count + 1 > src.length) {
      const grow = Math.max(2 * src.length, m + count + 1);
      src = growInt(src, grow);
      w = growFloat(w, grow);
    }
    start[k] = m;
    if (anyCval) {
      src[m] = -1;
      w[m++] = cw;
    }
    let consecutive = !anyCval && count > 0;
    for (let j = 0; j < count; j++) {
      const p = sorted[j];
      if (j > 0 && p !== sorted[j - 1] + 1) consecutive = false;
      src[m] = p;
      w[m++] = acc[p];
      seen[p] = 0;
    }
    run[k] = consecutive ? sorted[0] : -1;
  }
  start[nOut] = m;
  return { start, src, w, run };
}

function growInt(a: Int32Array, n: number): Int32Array {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

function growFloat(a: Float64Array, n: number): Float64Array {
  const b = new Float64Array(n);
  b.set(a);
  return b;
}

/** Below this many values per row, an axis is resampled line by line rather than row by row. */
const ROWS_MIN = 16;

/**
 * Resamples `outer` blocks of (n, inner) samples of src (from offset `sb`) to (nOut, inner)
 * blocks of out (from offset `ob`, zero on entry).
 */
function applyAxis(
  src: Float64Array, sb: number, out: Float64Array, ob: number, outer: number, n: number, inner: number, nOut: number,
  t: TapTable, cval: number,
): void {
  if (inner < ROWS_MIN) {
    applyLines(src, sb, out, ob, outer, n, inner, nOut, t, cval);
    return;
  }
  for (let o = 0; o < outer; o++) {
    for (let k = 0; k < nOut; k++) rowSum(src, sb + o * n * inner, inner, t, k, cval, out, ob + (o * nOut + k) * inner);
  }
}

/**
 * Short rows (the last axis, or the one before a few channels): one dot product per output
 * sample and channel, in two partial sums.
 */
function applyLines(
  src: Float64Array, sb: number, out: Float64Array, ob: number, outer: number, n: number, inner: number, nOut: number,
  t: TapTable, cval: number,
): void {
  const { start, src: idx, w, run } = t;
  for (let o = 0; o < outer; o++) {
    const base = sb + o * n * inner;
    for (let k = 0; k < nOut; k++) {
      const j0 = start[k];
      const j1 = start[k + 1];
      const r = run[k];
      const at = ob + (o * nOut + k) * inner;
      for (let ch = 0; ch < inner; ch++) {
        let a0 = 0;
        let a1 = 0;
        if (r >= 0) {
          // consecutive samples: no index table
          let p = base + r * inner + ch;
          let j = j0;
          for (; j + 1 < j1; j += 2, p += 2 * inner) {
            a0 += w[j] * src[p];
            a1 += w[j + 1] * src[p + inner];
          }
          if (j < j1) a0 += w[j] * src[p];
        } else {
          for (let j = j0; j < j1; j++) {
            const q = idx[j];
            a0 += w[j] * (q < 0 ? cval : src[base + q * inner + ch]);
          }
        }
        out[at + ch] = a0 + a1;
      }
    }
  }
}

/**
 * Output row k of a long-row axis: the weighted sum of whole input rows (each `inner` long,
 * from `base`) into out[ob..ob + inner), zero on entry. Up to eight input rows are added per
 * sweep, so the output row is loaded and stored once per eight taps.
 */
function rowSum(src: Float64Array, base: number, inner: number, t: TapTable, k: number, cval: number, out: Float64Array, ob: number): void {
  const { start, src: idx, w } = t;
  let j = start[k];
  const j1 = start[k + 1];
  // the cval entry, if any, comes first
  if (j < j1 && idx[j] < 0) out.fill(w[j++] * cval, ob, ob + inner);
  for (; j + 7 < j1; j += 8) sweep8(src, base, idx, w, j, out, ob, inner);
  if (j + 3 < j1) {
    sweep4(src, base, idx, w, j, out, ob, inner);
    j += 4;
  }
  if (j + 1 < j1) {
    sweep2(src, base, idx, w, j, out, ob, inner);
    j += 2;
  }
  if (j < j1) {
    const a = base + idx[j] * inner;
    const wa = w[j];
    for (let i = 0; i < inner; i++) out[ob + i] += wa * src[a + i];
  }
}

function sweep8(src: Float64Array, base: number, idx: Int32Array, w: Float64Array, j: number, out: Float64Array, ob: number, inner: number): void {
  const a = base + idx[j] * inner, b = base + idx[j + 1] * inner, c = base + idx[j + 2] * inner, d = base + idx[j + 3] * inner;
  const e = base + idx[j + 4] * inner, f = base + idx[j + 5] * inner, g = base + idx[j + 6] * inner, h = base + idx[j + 7] * inner;
  const wa = w[j], wb = w[j + 1], wc = w[j + 2], wd = w[j + 3], we = w[j + 4], wf = w[j + 5], wg = w[j + 6], wh = w[j + 7];
  for (let i = 0; i < inner; i++) {
    out[ob + i] += wa * src[a + i] + wb * src[b + i] + wc * src[c + i] + wd * src[d + i] +
      we * src[e + i] + wf * src[f + i] + wg * src[g + i] + wh * src[h + i];
  }
}

function sweep4(src: Float64Array, base: number, idx: Int32Array, w: Float64Array, j: number, out: Float64Array, ob: number, inner: number): void {
  const a = base + idx[j] * inner, b = base + idx[j + 1] * inner, c = base + idx[j + 2] * inner, d = base + idx[j + 3] * inner;
  const wa = w[j], wb = w[j + 1], wc = w[j + 2], wd = w[j + 3];
  for (let i = 0; i < inner; i++) out[ob + i] += wa * src[a + i] + wb * src[b + i] + wc * src[c + i] + wd * src[d + i];
}

function sweep2(src: Float64Array, base: number, idx: Int32Array, w: Float64Array, j: number, out: Float64Array, ob: number, inner: number): void {
  const a = base + idx[j] * inner, b = base + idx[j + 1] * inner;
  const wa = w[j], wb = w[j + 1];
  for (let i = 0; i < inner; i++) out[ob + i] += wa * src[a + i] + wb * src[b + i];
}

/**
 * scipy.ndimage.zoom(gaussian_filter(src, sigmas, mode, cval, truncate), output_shape /
 * shape, order, mode, cval, grid_mode=True) for order 0 or 1 on float64 data (no sigmas: the
 * zoom alone). Axes with nothing to do are skipped.
 */
export function smoothZoom(
  src: Float64Array, shape: readonly number[], outShape: readonly number[], order: number, mode: NdMode, cval: number,
  sigmas?: readonly number[], truncate = 4.0,
): Float64Array {
  const tables = shape.map((n, axis) => {
    const s = sigmas === undefined ? 0 : sigmas[axis];
    const kernel = s > 1e-15 ? gaussianKernel(s, truncate) : undefined;
    return kernel === undefined && n === outShape[axis] ? undefined : tapTable(n, outShape[axis], order, mode, kernel);
  });
  let data = src;
  let cur = shape.slice();
  let axis = 0;
  if (shape.length >= 2 && tables[0] !== undefined && tables[1] !== undefined && src.length > 0) {
    data = firstTwoAxes(src, shape, outShape, tables[0], tables[1], cval);
    cur = [outShape[0], outShape[1], ...shape.slice(2)];
    axis = 2;
  }
  for (; axis < shape.length; axis++) {
    const table = tables[axis];
    if (table === undefined) continue;
    const { outer, n, inner } = axisLayout(cur, axis);
    const out = new Float64Array(outer * outShape[axis] * inner);
    if (out.length > 0 && n > 0) applyAxis(data, 0, out, 0, outer, n, inner, outShape[axis], table, cval);
    data = out;
    cur = cur.slice();
    cur[axis] = outShape[axis];
  }
  return data === src ? src.slice() : data;
}

/**
 * Axes 0 and 1 together: each output slice along axis 0 is summed into one scratch slice,
 * still in cache when axis 1 resamples it, instead of a whole intermediate array.
 */
function firstTwoAxes(
  src: Float64Array, shape: readonly number[], outShape: readonly number[], t0: TapTable, t1: TapTable, cval: number,
): Float64Array {
  let inner = 1;
  for (let k = 2; k < shape.length; k++) inner *= shape[k];
  const slice = shape[1] * inner;
  const sliceOut = outShape[1] * inner;
  const out = new Float64Array(outShape[0] * sliceOut);
  if (out.length === 0) return out;
  const scratch = new Float64Array(slice);
  for (let k = 0; k < outShape[0]; k++) {
    if (k > 0) scratch.fill(0);
    rowSum(src, 0, slice, t0, k, cval, scratch, 0);
    applyAxis(scratch, 0, out, k * sliceOut, 1, shape[1], inner, outShape[1], t1, cval);
  }
  return out;
}

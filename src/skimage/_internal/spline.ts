/**
 * scipy.ndimage's spline interpolation pieces on C-ordered Float64Arrays: B-spline weights
 * and taps (orders 0 to 5), the prefilter (orders 2 to 5) and grid-mode zoom (scipy >= 1.6
 * semantics, as scikit-image 0.19 calls them).
 */
import { ValueError } from "../../errors";
import { NdMode, axisLayout, mapCoordinate } from "./boundary";

/** B-spline interpolation weights (order 0..5) at x, for taps starting at splineStart(x). */
export function splineWeights(x: number, order: number, out: Float64Array, at: number): void {
  if (order === 0) {
    out[at] = 1;
    return;
  }
  const d = x - Math.floor(order & 1 ? x : x + 0.5);
  if (order === 1) {
    out[at] = 1 - d;
    out[at + 1] = 1 - out[at];
    return;
  }
  if (order === 2) {
    out[at + 1] = 0.75 - d * d;
    const y = 0.5 - d;
    out[at] = 0.5 * y * y;
    out[at + 2] = 1 - out[at] - out[at + 1];
    return;
  }
  if (order === 3) {
    const z = 1 - d;
    out[at + 1] = (d * d * (d - 2) * 3 + 4) / 6;
    out[at + 2] = (z * z * (z - 2) * 3 + 4) / 6;
    out[at] = (z * z * z) / 6;
    out[at + 3] = 1 - out[at] - out[at + 1] - out[at + 2];
    return;
  }
  if (order === 4) {
    // -0.5 < d <= 0.5; scipy's polynomials for the knots around the middle one
    let t = d * d;
    out[at + 2] = t * (t * 0.25 - 0.625) + 115.0 / 192.0;
    const y = 1.0 + d;
    out[at + 1] = y * (y * (y * (5.0 - y) / 6.0 - 1.25) + 5.0 / 24.0) + 55.0 / 96.0;
    const z = 1.0 - d;
    out[at + 3] = z * (z * (z * (5.0 - z) / 6.0 - 1.25) + 5.0 / 24.0) + 55.0 / 96.0;
    const y0 = 0.5 - d;
    t = y0 * y0;
    out[at] = (t * t) / 24.0;
    out[at + 4] = 1.0 - out[at] - out[at + 1] - out[at + 2] - out[at + 3];
    return;
  }
  if (order === 5) {
    // 0 <= d < 1
    let t = d * d;
    out[at + 2] = t * (t * (0.25 - d / 12.0) - 0.5) + 0.55;
    let z = 1.0 - d;
    t = z * z;
    out[at + 3] = t * (t * (0.25 - z / 12.0) - 0.5) + 0.55;
    const y = d + 1.0;
    out[at + 1] = y * (y * (y * (y * (y / 24.0 - 0.375) + 1.25) - 1.75) + 0.625) + 0.425;
    const z2 = z + 1.0;
    out[at + 4] = z2 * (z2 * (z2 * (z2 * (z2 / 24.0 - 0.375) + 1.25) - 1.75) + 0.625) + 0.425;
    z = 1.0 - d;
    t = z * z;
    out[at] = (z * t * t) / 120.0;
    out[at + 5] = 1.0 - out[at] - out[at + 1] - out[at + 2] - out[at + 3] - out[at + 4];
    return;
  }
  throw new ValueError("spline order not supported");
}

/** First tap of the spline footprint at x. */
export function splineStart(x: number, order: number): number {
  return (order & 1 ? Math.floor(x) : Math.floor(x + 0.5)) - (order >> 1);
}

/** The boundary the prefilter and the footprint fold use for each mode. */
function splineBoundary(mode: NdMode): NdMode {
  return mode === "constant" || mode === "wrap" ? "mirror" : mode;
}

/** The poles of scipy's B-spline prefilter: one for orders 2 and 3, two for 4 and 5. */
function splinePoles(order: number): number[] {
  switch (order) {
    case 2:
      return [Math.sqrt(8) - 3];
    case 3:
      return [Math.sqrt(3) - 2];
    case 4:
      return [Math.sqrt(664 - Math.sqrt(438976)) + Math.sqrt(304) - 19, Math.sqrt(664 + Math.sqrt(438976)) - Math.sqrt(304) - 19];
    default:
      return [Math.sqrt(67.5 - Math.sqrt(4436.25)) + Math.sqrt(26.25) - 6.5, Math.sqrt(67.5 + Math.sqrt(4436.25)) - Math.sqrt(26.25) - 6.5];
  }
}

/** In-place B-spline prefilter of one line (scipy's apply_filter): the gain of all poles, then each pole's two passes. */
function filterLine(c: Float64Array, len: number, mode: NdMode, poles: readonly number[]): void {
  let gain = 1.0;
  for (const z of poles) gain *= (1 - z) * (1 - 1 / z);
  for (let i = 0; i < len; i++) c[i] *= gain;
  for (const z of poles) filterPole(c, len, mode, z);
}

/** One pole's causal and anti-causal passes. */
function filterPole(c: Float64Array, len: number, mode: NdMode, z: number): void {
  const kind = mode === "grid-wrap" ? "wrap" : mode === "nearest" || mode === "reflect" ? "reflect" : "mirror";
  // causal initialisation
  if (kind === "mirror") {
    let zi = z;
    const zn1 = Math.pow(z, len - 1);
    let c0 = c[0] + zn1 * c[len - 1];
    for (let i = 1; i < len - 1; i++) {
      c0 += zi * (c[i] + zn1 * c[len - 1 - i]);
      zi *= z;
    }
    c[0] = c0 / (1 - zn1 * zn1);
  } else if (kind === "reflect") {
    let zi = z;
    const zn = Math.pow(z, len);
    const first = c[0];
    let c0 = c[0] + zn * c[len - 1];
    for (let i = 1; i < len; i++) {
      // scipy 1.10 accumulates in c[0] itself, so the last term reads the running sum, not c[0]
      const mirrored = i === len - 1 ? c0 : c[len - 1 - i];
      c0 += zi * (c[i] + zn * mirrored);
      zi *= z;
    }
    c[0] = c0 * (z / (1 - zn * zn)) + first;
  } else {
    let zi = z;
    let c0 = c[0];
    for (let i = 1; i < len; i++) {
      c0 += zi * c[len - i];
      zi *= z;
    }
    c[0] = c0 / (1 - zi);
  }
  for (let i = 1; i < len; i++) c[i] += z * c[i - 1];
  // anticausal initialisation
  if (kind === "mirror") {
    c[len - 1] = (z / (z * z - 1)) * (z * c[len - 2] + c[len - 1]);
  } else if (kind === "reflect") {
    c[len - 1] *= z / (z - 1);
  } else {
    let zi = z;
    let cl = c[len - 1];
    for (let i = 0; i < len - 1; i++) {
      cl += zi * c[i];
      zi *= z;
    }
    c[len - 1] = cl * (z / (zi - 1));
  }
  for (let i = len - 2; i >= 0; i--) c[i] = z * (c[i + 1] - c[i]);
}

/**
 * filterLine on `inner` lines at once: element k of line j is data[base + k * inner + j]. Every
 * line goes through the same operations in the same order as filterLine's, row by row, so the
 * results are identical while the memory is read in order.
 */
function filterBlock(data: Float64Array, base: number, n: number, inner: number, mode: NdMode, poles: readonly number[]): void {
  let gain = 1.0;
  for (const z of poles) gain *= (1 - z) * (1 - 1 / z);
  const end = base + n * inner;
  for (let p = base; p < end; p++) data[p] *= gain;
  const kind = mode === "grid-wrap" ? "wrap" : mode === "nearest" || mode === "reflect" ? "reflect" : "mirror";
  const acc = new Float64Array(inner);
  const row = (k: number) => base + k * inner;
  for (const z of poles) {
    const r0 = row(0);
    const rl = row(n - 1);
    if (kind === "mirror") {
      const zn1 = Math.pow(z, n - 1);
      for (let j = 0; j < inner; j++) acc[j] = data[r0 + j] + zn1 * data[rl + j];
      let zi = z;
      for (let i = 1; i < n - 1; i++) {
        const ri = row(i);
        const rm = row(n - 1 - i);
        for (let j = 0; j < inner; j++) acc[j] += zi * (data[ri + j] + zn1 * data[rm + j]);
        zi *= z;
      }
      for (let j = 0; j < inner; j++) data[r0 + j] = acc[j] / (1 - zn1 * zn1);
    } else if (kind === "reflect") {
      const zn = Math.pow(z, n);
      const first = data.slice(r0, r0 + inner);
      for (let j = 0; j < inner; j++) acc[j] = data[r0 + j] + zn * data[rl + j];
      let zi = z;
      for (let i = 1; i < n; i++) {
        const ri = row(i);
        const rm = row(n - 1 - i);
        // the last term reads the running sum (scipy 1.10 accumulates in c[0] itself)
        if (i === n - 1) for (let j = 0; j < inner; j++) acc[j] += zi * (data[ri + j] + zn * acc[j]);
        else for (let j = 0; j < inner; j++) acc[j] += zi * (data[ri + j] + zn * data[rm + j]);
        zi *= z;
      }
      for (let j = 0; j < inner; j++) data[r0 + j] = acc[j] * (z / (1 - zn * zn)) + first[j];
    } else {
      for (let j = 0; j < inner; j++) acc[j] = data[r0 + j];
      let zi = z;
      for (let i = 1; i < n; i++) {
        const rm = row(n - i);
        for (let j = 0; j < inner; j++) acc[j] += zi * data[rm + j];
        zi *= z;
      }
      for (let j = 0; j < inner; j++) data[r0 + j] = acc[j] / (1 - zi);
    }
    for (let i = 1; i < n; i++) {
      const ri = row(i);
      const rp = row(i - 1);
      for (let j = 0; j < inner; j++) data[ri + j] += z * data[rp + j];
    }
    if (kind === "mirror") {
      const rp = row(n - 2);
      for (let j = 0; j < inner; j++) data[rl + j] = (z / (z * z - 1)) * (z * data[rp + j] + data[rl + j]);
    } else if (kind === "reflect") {
      for (let j = 0; j < inner; j++) data[rl + j] *= z / (z - 1);
    } else {
      for (let j = 0; j < inner; j++) acc[j] = data[rl + j];
      let zi = z;
      for (let i = 0; i < n - 1; i++) {
        const ri = row(i);
        for (let j = 0; j < inner; j++) acc[j] += zi * data[ri + j];
        zi *= z;
      }
      for (let j = 0; j < inner; j++) data[rl + j] = acc[j] * (z / (zi - 1));
    }
    for (let i = n - 2; i >= 0; i--) {
      const ri = row(i);
      const rn = row(i + 1);
      for (let j = 0; j < inner; j++) data[ri + j] = z * (data[rn + j] - data[ri + j]);
    }
  }
}

/** scipy.ndimage.spline_filter(order, mode) for order 2 to 5: in place on every axis. */
export function splineFilter(data: Float64Array, shape: readonly number[], order: number, mode: NdMode): void {
  const z = splinePoles(order);
  const line = new Float64Array(Math.max(...shape, 1));
  for (let axis = 0; axis < shape.length; axis++) {
    const { outer, n, inner } = axisLayout(shape, axis);
    if (n <= 1) continue;
    for (let o = 0; o < outer; o++) {
      if (inner > 1) {
        // the lines of this block side by side, swept row by row
        filterBlock(data, o * n * inner, n, inner, mode, z);
        continue;
      }
      const base = o * n;
      for (let k = 0; k < n; k++) line[k] = data[base + k];
      filterLine(line, n, mode, z);
      for (let k = 0; k < n; k++) data[base + k] = line[k];
    }
  }
}

/** Pads every axis by `pad` with edge values (nearest) or cval (grid-constant). */
export function prepad(src: Float64Array, shape: readonly number[], pad: number, mode: NdMode, cval: number): { data: Float64Array; shape: number[] } {
  let cur = src;
  let curShape = shape.slice();
  for (let axis = 0; axis < shape.length; axis++) {
    const { outer, n, inner } = axisLayout(curShape, axis);
    const m = n + 2 * pad;
    const out = new Float64Array(outer * m * inner);
    const block = n * inner;
    for (let o = 0; o < outer; o++) {
      const sb = o * block;
      const ob = o * m * inner;
      // the line itself in one copy, then the pads
      out.set(cur.subarray(sb, sb + block), ob + pad * inner);
      for (let k = 0; k < pad; k++) {
        const head = ob + k * inner;
        const tail = ob + (pad + n + k) * inner;
        if (mode === "nearest") {
          for (let i = 0; i < inner; i++) {
            out[head + i] = cur[sb + i];
            out[tail + i] = cur[sb + block - inner + i];
          }
        } else {
          out.fill(cval, head, head + inner);
          out.fill(cval, tail, tail + inner);
        }
      }
    }
    cur = out;
    curShape = curShape.slice();
    curShape[axis] = m;
  }
  return { data: cur, shape: curShape };
}

/** Per-axis resampling table: taps (source index or -1 for cval) and weights per output index. */
export interface AxisTable {
  taps: Int32Array;
  weights: Float64Array;
  /** Output positions that take cval outright (plain 'constant' mode outside the input). */
  outside: Uint8Array;
}

/**
 * The taps (source index, -1 for cval) and weights of the order-`order` spline at coordinate
 * cc (prepad included) along an axis of n samples, as scipy's interpolation reads them, into
 * taps/weights[at..at + order]. False where the output is cval outright (plain 'constant'
 * outside the input).
 */
export function splineTaps(cc: number, n: number, order: number, mode: NdMode, taps: Int32Array, weights: Float64Array, at: number): boolean {
  if (mode !== "grid-constant" && mode !== "nearest") cc = mapCoordinate(cc, n, mode);
  if (!(cc > -1 || mode === "grid-constant" || mode === "nearest")) return false;
  const start = splineStart(cc, order);
  splineWeights(cc, order, weights, at);
  const fold = splineBoundary(mode);
  for (let h = 0; h <= order; h++) {
    const idx = start + h;
    taps[at + h] = idx >= 0 && idx < n ? idx : mode === "grid-constant" ? -1 : Math.trunc(mapCoordinate(idx, n, fold));
  }
  return true;
}

/** The grid-mode zoom taps and weights along one axis (npad: samples of prepad at each end). */
export function zoomTable(nIn: number, nOut: number, order: number, mode: NdMode, npad: number): AxisTable {
  const k1 = order + 1;
  const taps = new Int32Array(nOut * k1);
  const weights = new Float64Array(nOut * k1);
  const outside = new Uint8Array(nOut);
  const zoom = nOut !== 0 ? (nIn - 2 * npad) / nOut : 1;
  for (let k = 0; k < nOut; k++) {
    const cc = ((k + 0.5) * zoom - 0.5) + npad;
    if (!splineTaps(cc, nIn, order, mode, taps, weights, k * k1)) outside[k] = 1;
  }
  return { taps, weights, outside };
}

function resampleAxis(src: Float64Array, shape: readonly number[], axis: number, nOut: number, table: AxisTable, order: number, cval: number): Float64Array {
  const { outer, n, inner } = axisLayout(shape, axis);
  const k1 = order + 1;
  const out = new Float64Array(outer * nOut * inner);
  const { taps, weights, outside } = table;
  if (inner === 1 && order === 1) {
    // bilinear along contiguous lines: two taps per output, boundary taps already folded
    for (let o = 0; o < outer; o++) {
      const sBase = o * n;
      const oBase = o * nOut;
      for (let k = 0; k < nOut; k++) {
        if (outside[k]) {
          out[oBase + k] = cval;
          continue;
        }
        const s0 = taps[2 * k];
        const s1 = taps[2 * k + 1];
        const a = weights[2 * k] * (s0 < 0 ? cval : src[sBase + s0]);
        out[oBase + k] = a + weights[2 * k + 1] * (s1 < 0 ? cval : src[sBase + s1]);
      }
    }
    return out;
  }
  for (let o = 0; o < outer; o++) {
    const sBase = o * n * inner;
    const oBase = o * nOut * inner;
    for (let k = 0; k < nOut; k++) {
      const ob = oBase + k * inner;
      if (outside[k]) {
        out.fill(cval, ob, ob + inner);
        continue;
      }
      for (let h = 0; h < k1; h++) {
        const w = weights[k * k1 + h];
        const s = taps[k * k1 + h];
        if (s < 0) {
          const add = w * cval;
          for (let i = 0; i < inner; i++) out[ob + i] += add;
        } else if (inner === 1) {
          out[ob] += w * src[sBase + s];
        } else {
          const sb = sBase + s * inner;
          for (let i = 0; i < inner; i++) out[ob + i] += w * src[sb + i];
        }
      }
    }
  }
  return out;
}

/**
 * The input positions zoomGrid reads along each axis (undefined: all of them, as after the
 * spline prefilter of order > 1, or along an axis that is not resampled).
 */
export function zoomReads(shape: readonly number[], outShape: readonly number[], order: number, mode: NdMode): (Uint8Array | undefined)[] {
  return shape.map((n, axis) => {
    if (order > 1 || n === outShape[axis]) return undefined;
    const { taps, outside } = zoomTable(n, outShape[axis], order, mode, 0);
    const k1 = order + 1;
    const used = new Uint8Array(n);
    for (let k = 0; k < outShape[axis]; k++) {
      if (outside[k]) continue;
      for (let h = 0; h < k1; h++) if (taps[k * k1 + h] >= 0) used[taps[k * k1 + h]] = 1;
    }
    return used;
  });
}

/**
 * scipy.ndimage.zoom(input, output_shape / input_shape, order, mode, cval, grid_mode=True):
 * spline prefilter for order > 1 (with scipy's 12-sample prepad for 'nearest' and
 * 'grid-constant'), then separable resampling with per-axis weight tables.
 */
export function zoomGrid(
  src: Float64Array, shape: readonly number[], outShape: readonly number[], order: number, mode: NdMode, cval: number,
): Float64Array {
  let data = src;
  let inShape = shape.slice();
  let npad = 0;
  if (order > 1) {
    if (mode === "nearest" || mode === "grid-constant") {
      npad = 12;
      const p = prepad(src, shape, npad, mode, cval);
      data = p.data;
      inShape = p.shape;
    } else {
      data = src.slice();
    }
    splineFilter(data, inShape, order, mode);
  }
  let curShape = inShape.slice();
  for (let axis = 0; axis < shape.length; axis++) {
    if (order <= 1 && curShape[axis] === outShape[axis]) {
      // identity along this axis: zoom 1 lands exactly on the samples
      continue;
    }
    const table = zoomTable(curShape[axis], outShape[axis], order, mode, npad);
    data = resampleAxis(data, curShape, axis, outShape[axis], table, order, cval);
    curShape = curShape.slice();
    curShape[axis] = outShape[axis];
  }
  return data === src ? src.slice() : data;
}

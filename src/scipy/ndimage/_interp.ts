/**
 * scipy.ndimage's geometric transforms at their core: spline coefficients (prefiltered, with
 * scipy's 12-sample prepad for 'nearest' and 'grid-constant'), then for each output point the
 * input coordinate on every axis, its taps and weights, and the tensor-product sum in scipy's
 * order. Integer outputs are rounded as scipy rounds them (half away from zero; unsigned
 * clipped at 0 and the type's maximum).
 */
import type { NdMode } from "../../skimage/_internal/boundary";
import { prepad, splineFilter, splineStart, splineTaps, splineWeights } from "../../skimage/_internal/spline";
import { DType } from "../../np/dtype";
import { RuntimeError } from "../../errors";

/** The coefficients to interpolate: the prefiltered (and maybe padded) input, or the input itself. */
export interface Coefficients {
  data: Float64Array;
  shape: number[];
  npad: number;
}

/** scipy's _prepad_for_spline_filter and spline_filter (order > 1, prefilter=True). */
export function coefficients(src: Float64Array, shape: readonly number[], order: number, mode: NdMode, cval: number, prefilter: boolean): Coefficients {
  if (order < 0 || order > 5) throw new RuntimeError("spline order not supported");
  if (!prefilter || order <= 1) return { data: src, shape: shape.slice(), npad: 0 };
  const npad = mode === "nearest" || mode === "grid-constant" ? 12 : 0;
  const p = npad > 0 ? prepad(src, shape, npad, mode, cval) : { data: src.slice(), shape: shape.slice() };
  splineFilter(p.data, p.shape, order, mode);
  return { data: p.data, shape: p.shape, npad };
}

/**
 * Interpolates at `count` points: coordinate(point, axis) gives the input coordinate (without
 * the prepad) of each output point along each axis.
 */
export function interpolate(c: Coefficients, order: number, mode: NdMode, cval: number, count: number, coordinate: (point: number, axis: number) => number): Float64Array {
  const rank = c.shape.length;
  if (rank === 2) return interpolate2d(c, order, mode, cval, count, (p, out) => {
    out[0] = coordinate(p, 0);
    out[1] = coordinate(p, 1);
  });
  const k1 = order + 1;
  const taps = new Int32Array(rank * k1);
  const weights = new Float64Array(rank * k1);
  const strides = new Array<number>(rank);
  let step = 1;
  for (let a = rank - 1; a >= 0; a--) {
    strides[a] = step;
    step *= c.shape[a];
  }
  const combos = k1 ** rank;
  const f = new Int32Array(rank);
  const out = new Float64Array(count);
  const coef = c.data;
  for (let p = 0; p < count; p++) {
    let inside = true;
    for (let a = 0; a < rank && inside; a++) {
      if (!splineTaps(coordinate(p, a) + c.npad, c.shape[a], order, mode, taps, weights, a * k1)) inside = false;
    }
    if (!inside) {
      out[p] = cval;
      continue;
    }
    let t = 0;
    f.fill(0);
    for (let h = 0; h < combos; h++) {
      let idx = 0;
      let outside = false;
      for (let a = 0; a < rank; a++) {
        const s = taps[a * k1 + f[a]];
        if (s < 0) outside = true;
        idx += s * strides[a];
      }
      let v = outside ? cval : coef[idx];
      for (let a = 0; a < rank; a++) v *= weights[a * k1 + f[a]];
      t += v;
      for (let a = rank - 1; a >= 0; a--) {
        if (++f[a] < k1) break;
        f[a] = 0;
      }
    }
    out[p] = t;
  }
  return out;
}

/**
 * The 2-D case: where(point, rc) writes the point's (row, col) input coordinates. The taps
 * combine row-major, each value times its row then its column weight, as scipy sums them.
 */
export function interpolate2d(c: Coefficients, order: number, mode: NdMode, cval: number, count: number, where: (point: number, rc: Float64Array) => void): Float64Array {
  const k1 = order + 1;
  const rt = new Int32Array(k1);
  const ct = new Int32Array(k1);
  const rw = new Float64Array(k1);
  const cw = new Float64Array(k1);
  const rc = new Float64Array(2);
  const [rows, cols] = c.shape;
  const coef = c.data;
  const out = new Float64Array(count);
  // coordinates whose taps all fall inside need no boundary handling
  const half = order >> 1;
  const rLo = half + 1;
  const rHi = rows - order - 2 + half;
  const cLo = half + 1;
  const cHi = cols - order - 2 + half;
  for (let p = 0; p < count; p++) {
    where(p, rc);
    const y = rc[0] + c.npad;
    const x = rc[1] + c.npad;
    if (y >= rLo && y <= rHi && x >= cLo && x <= cHi) {
      const r0 = splineStart(y, order);
      const c0 = splineStart(x, order);
      splineWeights(y, order, rw, 0);
      splineWeights(x, order, cw, 0);
      let t = 0;
      for (let i = 0; i < k1; i++) {
        const wr = rw[i];
        const base = (r0 + i) * cols + c0;
        for (let j = 0; j < k1; j++) t += coef[base + j] * wr * cw[j];
      }
      out[p] = t;
      continue;
    }
    if (!splineTaps(y, rows, order, mode, rt, rw, 0) || !splineTaps(x, cols, order, mode, ct, cw, 0)) {
      out[p] = cval;
      continue;
    }
    let t = 0;
    for (let i = 0; i < k1; i++) {
      const ri = rt[i];
      const wr = rw[i];
      const base = ri * cols;
      for (let j = 0; j < k1; j++) {
        const cj = ct[j];
        const v = ri < 0 || cj < 0 ? cval : coef[base + cj];
        t += v * wr * cw[j];
      }
    }
    out[p] = t;
  }
  return out;
}

const UINT_MAX: Record<string, number> = { uint8: 255, uint16: 65535, uint32: 4294967295, uint64: 18446744073709551615 };
const INT_RANGE: Record<string, [number, number]> = { int8: [-128, 127], int16: [-32768, 32767], int32: [-2147483648, 2147483647] };

/** scipy's CASE_INTERP_OUT: integer outputs rounded (unsigned: clipped to [0, max]). */
export function roundForOutput(values: Float64Array, dt: DType): void {
  if (dt.kind === "f") return;
  if (dt.kind === "b") {
    for (let i = 0; i < values.length; i++) values[i] = values[i] !== 0 ? 1 : 0;
    return;
  }
  if (dt.kind === "u") {
    const max = UINT_MAX[dt.name];
    for (let i = 0; i < values.length; i++) {
      let t = values[i];
      t = t > 0 ? t + 0.5 : 0;
      t = t > max ? max : t;
      values[i] = Math.trunc(t);
    }
    return;
  }
  const range = INT_RANGE[dt.name];
  for (let i = 0; i < values.length; i++) {
    const t = values[i];
    let r = Math.trunc(t > 0 ? t + 0.5 : t - 0.5);
    // C's out-of-range conversion: wrap as the x86 conversion through a wider integer does
    if (range && (r < range[0] || r > range[1])) {
      const span = range[1] - range[0] + 1;
      r = ((((r - range[0]) % span) + span) % span) + range[0];
    }
    values[i] = r;
  }
}

/**
 * A separable 2-D transform (zoom, shift): each output row and column maps to one input
 * coordinate, so the taps and weights are computed once per row and per column.
 */
export function interpolateGrid2d(c: Coefficients, order: number, mode: NdMode, cval: number, outRows: number, outCols: number, rowAt: (k: number) => number, colAt: (k: number) => number): Float64Array {
  const k1 = order + 1;
  const [rows, cols] = c.shape;
  const table = (n: number, len: number, at: (k: number) => number) => {
    const taps = new Int32Array(n * k1);
    const weights = new Float64Array(n * k1);
    const ok = new Uint8Array(n);
    for (let k = 0; k < n; k++) ok[k] = splineTaps(at(k) + c.npad, len, order, mode, taps, weights, k * k1) ? 1 : 0;
    return { taps, weights, ok };
  };
  const R = table(outRows, rows, rowAt);
  const C = table(outCols, cols, colAt);
  const coef = c.data;
  const out = new Float64Array(outRows * outCols);
  const rTaps = R.taps;
  const rWeights = R.weights;
  const cTaps = C.taps;
  const cWeights = C.weights;
  const cOk = C.ok;
  // rows and columns whose taps all fall inside need no cval test
  const inside = (t: { taps: Int32Array; ok: Uint8Array }, k: number) => {
    if (!t.ok[k]) return 0;
    for (let i = 0; i < k1; i++) if (t.taps[k * k1 + i] < 0) return 0;
    return 1;
  };
  const colInside = Uint8Array.from({ length: outCols }, (_, x) => inside(C, x));
  for (let y = 0; y < outRows; y++) {
    const rowStart = y * outCols;
    if (!R.ok[y]) {
      out.fill(cval, rowStart, rowStart + outCols);
      continue;
    }
    const cubicRow = k1 === 4 && inside(R, y) === 1;
    const q = cubicRow ? 4 * y : 0;
    const b0 = cubicRow ? rTaps[q] * cols : 0;
    const b1 = cubicRow ? rTaps[q + 1] * cols : 0;
    const b2 = cubicRow ? rTaps[q + 2] * cols : 0;
    const b3 = cubicRow ? rTaps[q + 3] * cols : 0;
    const w0 = cubicRow ? rWeights[q] : 0;
    const w1 = cubicRow ? rWeights[q + 1] : 0;
    const w2 = cubicRow ? rWeights[q + 2] : 0;
    const w3 = cubicRow ? rWeights[q + 3] : 0;
    for (let x = 0; x < outCols; x++) {
      const p = rowStart + x;
      if (!cOk[x]) {
        out[p] = cval;
        continue;
      }
      if (cubicRow && colInside[x] === 1) {
        // the generic sum below, unrolled for order 3 with every tap inside
        const o = 4 * x;
        const c0 = cTaps[o];
        const c1 = cTaps[o + 1];
        const c2 = cTaps[o + 2];
        const c3 = cTaps[o + 3];
        const v0 = cWeights[o];
        const v1 = cWeights[o + 1];
        const v2 = cWeights[o + 2];
        const v3 = cWeights[o + 3];
        let t = 0;
        t += coef[b0 + c0] * w0 * v0;
        t += coef[b0 + c1] * w0 * v1;
        t += coef[b0 + c2] * w0 * v2;
        t += coef[b0 + c3] * w0 * v3;
        t += coef[b1 + c0] * w1 * v0;
        t += coef[b1 + c1] * w1 * v1;
        t += coef[b1 + c2] * w1 * v2;
        t += coef[b1 + c3] * w1 * v3;
        t += coef[b2 + c0] * w2 * v0;
        t += coef[b2 + c1] * w2 * v1;
        t += coef[b2 + c2] * w2 * v2;
        t += coef[b2 + c3] * w2 * v3;
        t += coef[b3 + c0] * w3 * v0;
        t += coef[b3 + c1] * w3 * v1;
        t += coef[b3 + c2] * w3 * v2;
        t += coef[b3 + c3] * w3 * v3;
        out[p] = t;
        continue;
      }
      let t = 0;
      for (let i = 0; i < k1; i++) {
        const ri = rTaps[y * k1 + i];
        const wr = rWeights[y * k1 + i];
        for (let j = 0; j < k1; j++) {
          const cj = cTaps[x * k1 + j];
          const v = ri < 0 || cj < 0 ? cval : coef[ri * cols + cj];
          t += v * wr * cWeights[x * k1 + j];
        }
      }
      out[p] = t;
    }
  }
  return out;
}

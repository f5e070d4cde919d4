/**
 * find_boundaries' neighbourhood tests on 2-D integer label images in plain loops, instead of
 * a grey dilation and erosion of the whole image: a pixel whose window (the edge repeated
 * outside, as scipy's 'reflect' mode gives a window of 3) holds two labels has max != min.
 */
import { uninitStorage } from "../../np/alloc";
import { releaseHeapArray } from "../../np/heap/heap";

/** out[i] = 1 where a neighbour (4-connected, or 8 with `full`) holds another label. */
export function thickBoundaries2d(v: Float64Array, h: number, w: number, full: boolean, out: Uint8Array): void {
  for (let r = 0; r < h; r++) {
    const up = r > 0 ? -w : 0;
    const down = r < h - 1 ? w : 0;
    const row = r * w;
    for (let c = 0; c < w; c++) {
      const i = row + c;
      const left = c > 0 ? -1 : 0;
      const right = c < w - 1 ? 1 : 0;
      const x = v[i];
      let edge = v[i + up] !== x || v[i + down] !== x || v[i + left] !== x || v[i + right] !== x;
      if (full && !edge) {
        edge = v[i + up + left] !== x || v[i + up + right] !== x || v[i + down + left] !== x || v[i + down + right] !== x;
      }
      out[i] = edge ? 1 : 0;
    }
  }
}

/**
 * A 3x3 minimum (or maximum) as scipy runs it: one pass down the columns, then one along the
 * rows, each pass's result stored in the label dtype; `wrapAt` (int64: 2^63) is where a stored
 * value wraps to -wrapAt, as int64's maximum does as a double.
 */
export function extreme3x3(v: Float64Array, h: number, w: number, max: boolean, wrapAt: number): Float64Array {
  const tmp = uninitStorage(Float64Array, v.length) as Float64Array;
  const out = uninitStorage(Float64Array, v.length) as Float64Array;
  const sign = max ? -1 : 1; // a maximum is the minimum of the negated values
  for (let r = 0; r < h; r++) {
    const up = r > 0 ? -w : 0;
    const down = r < h - 1 ? w : 0;
    for (let i = r * w; i < (r + 1) * w; i++) {
      const m = sign * min3(sign * v[i + up], sign * v[i], sign * v[i + down]);
      tmp[i] = m >= wrapAt ? -wrapAt : m;
    }
  }
  for (let r = 0; r < h; r++) {
    const row = r * w;
    for (let c = 0; c < w; c++) {
      const i = row + c;
      const m = sign * min3(sign * tmp[c > 0 ? i - 1 : i], sign * tmp[i], sign * tmp[c < w - 1 ? i + 1 : i]);
      out[i] = m >= wrapAt ? -wrapAt : m;
    }
  }
  releaseHeapArray(tmp);
  return out;
}

function min3(a: number, b: number, c: number): number {
  const m = a < b ? a : b;
  return c < m ? c : m;
}

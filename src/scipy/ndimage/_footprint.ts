/**
 * Footprint filters on a padded copy: the input is extended once by its boundary mode on every
 * axis, so each footprint element becomes one fixed offset into the padded array and the inner
 * loops read without bounds checks.
 */
import type { NdMode } from "../../skimage/_internal/boundary";
import { axisLayout, extendIndex } from "../../skimage/_internal/boundary";
import { RuntimeError } from "../../errors";
import { checkOrigin, inputArray, perAxis, stridesOf, valuesOf } from "./_support";
import type { NarrowStorage } from "./_native_extreme";
import { uninitStorage } from "../../np/alloc";
import type { StorageConstructor } from "../../np/dtype";

/** Values a footprint filter pads and reads: float64, or an integer image's own storage. */
export type FilterStorage = Float64Array | NarrowStorage;

/** The input extended by before[k] / after[k] samples on axis k (cval outside for 'constant'), in src's storage type. */
export function padded<S extends FilterStorage = Float64Array>(
  src: S, shape: readonly number[], before: readonly number[], after: readonly number[], mode: NdMode, cval: number,
): { data: S; shape: number[] } {
  let cur = src;
  let curShape = shape.slice();
  for (let axis = 0; axis < shape.length; axis++) {
    const lo = before[axis];
    const hi = after[axis];
    if (lo === 0 && hi === 0) continue;
    const { outer, n, inner } = axisLayout(curShape, axis);
    const m = n + lo + hi;
    // every element is written below; large ones land in the heap, where SIMD kernels read them
    const out = uninitStorage(src.constructor as StorageConstructor, outer * m * inner) as S;
    const from = new Int32Array(m);
    for (let k = 0; k < m; k++) from[k] = n === 0 ? -1 : extendIndex(k - lo, n, mode);
    for (let o = 0; o < outer; o++) {
      const sb = o * n * inner;
      const ob = o * m * inner;
      out.set(cur.subarray(sb, sb + n * inner) as ArrayLike<number>, ob + lo * inner);
      for (let k = 0; k < m; k++) {
        if (k >= lo && k < lo + n) continue;
        const s = from[k];
        const d = ob + k * inner;
        if (s < 0) out.fill(cval, d, d + inner);
        else for (let i = 0; i < inner; i++) out[d + i] = cur[sb + s * inner + i];
      }
    }
    cur = out;
    curShape = curShape.slice();
    curShape[axis] = m;
  }
  return { data: cur === src ? src : cur, shape: curShape };
}

/** A footprint as offsets into a padded array, in C order of the footprint. */
export interface FootprintPlan<S extends FilterStorage = Float64Array> {
  /** Offsets (into the padded array) of the footprint's set elements, relative to the output's corner. */
  offsets: Int32Array;
  /** The footprint positions of those elements (C-order flat index), to pick weights. */
  positions: Int32Array;
  padded: S;
  paddedShape: number[];
}

/** The footprint's shape and flags (nonzero) from an array-like; checked against the rank. */
export function footprintOf(fp: unknown, rank: number, what = "footprint"): { shape: number[]; on: Uint8Array } {
  const a = inputArray(fp, what);
  const shape = a.shape.filter((d) => d > 0);
  if (shape.length !== rank) throw new RuntimeError(`${what} array has incorrect shape.`);
  const v = valuesOf(a);
  const on = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) on[i] = v[i] !== 0 ? 1 : 0;
  return { shape: a.shape.slice(), on };
}

/** Pads `src` for a footprint of `fshape` centred at fshape//2 + origin and lists its offsets. */
export function planFootprint<S extends FilterStorage = Float64Array>(
  src: S, shape: readonly number[], fshape: readonly number[], on: Uint8Array, origins: readonly number[],
  mode: NdMode, cval: number, what = "footprint",
): FootprintPlan<S> {
  const rank = shape.length;
  const before = new Array<number>(rank);
  const after = new Array<number>(rank);
  for (let k = 0; k < rank; k++) {
    checkOrigin(origins[k], fshape[k], what);
    before[k] = (fshape[k] >> 1) + origins[k];
    after[k] = fshape[k] - 1 - before[k];
  }
  const p = padded(src, shape, before, after, mode, cval);
  const pStrides = stridesOf(p.shape);
  const count = on.reduce((s, x) => s + x, 0);
  const offsets = new Int32Array(count);
  const positions = new Int32Array(count);
  const idx = new Array<number>(rank).fill(0);
  let j = 0;
  for (let f = 0; f < on.length; f++) {
    if (on[f]) {
      let off = 0;
      for (let k = 0; k < rank; k++) off += idx[k] * pStrides[k];
      offsets[j] = off;
      positions[j++] = f;
    }
    for (let k = rank - 1; k >= 0; k--) {
      if (++idx[k] < fshape[k]) break;
      idx[k] = 0;
    }
  }
  return { offsets, positions, padded: p.data, paddedShape: p.shape };
}

/**
 * Calls visit(outIndex, base) for every output position in C order, `base` being the padded
 * array's offset of the footprint's corner for it.
 */
export function forEachWindow(shape: readonly number[], paddedShape: readonly number[], visit: (out: number, base: number) => void): void {
  const rank = shape.length;
  if (rank === 0) {
    visit(0, 0);
    return;
  }
  const pStrides = stridesOf(paddedShape);
  const last = shape[rank - 1];
  const rows = last === 0 ? 0 : shape.reduce((a, b) => a * b, 1) / last;
  const idx = new Array<number>(Math.max(rank - 1, 0)).fill(0);
  let out = 0;
  for (let r = 0; r < rows; r++) {
    let base = 0;
    for (let k = 0; k < rank - 1; k++) base += idx[k] * pStrides[k];
    for (let c = 0; c < last; c++) visit(out++, base + c);
    for (let k = rank - 2; k >= 0; k--) {
      if (++idx[k] < shape[k]) break;
      idx[k] = 0;
    }
  }
}

/** Origins for every axis (an int or a sequence). */
export function originsOf(origin: number | readonly number[], rank: number): number[] {
  return perAxis(origin, rank);
}

/** A bool NDArray of ones with this shape (the default footprint of `size`). */
export function onesFootprint(shape: readonly number[]): { shape: number[]; on: Uint8Array } {
  const n = shape.reduce((a, b) => a * b, 1);
  return { shape: shape.slice(), on: new Uint8Array(n).fill(1) };
}

/** The padded array's offset of the footprint corner for the first pixel of each output row (C order, last axis the row). */
export function rowBases(shape: readonly number[], paddedShape: readonly number[]): Int32Array {
  const rank = shape.length;
  const pStrides = stridesOf(paddedShape);
  const last = rank === 0 ? 1 : shape[rank - 1];
  const rows = last === 0 ? 0 : shape.reduce((a, b) => a * b, 1) / last;
  const bases = new Int32Array(rows);
  const idx = new Array<number>(Math.max(rank - 1, 0)).fill(0);
  for (let r = 0; r < rows; r++) {
    let base = 0;
    for (let k = 0; k < rank - 1; k++) base += idx[k] * pStrides[k];
    bases[r] = base;
    for (let k = rank - 2; k >= 0; k--) {
      if (++idx[k] < shape[k]) break;
      idx[k] = 0;
    }
  }
  return bases;
}

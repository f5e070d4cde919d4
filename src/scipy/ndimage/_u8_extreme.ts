/**
 * uint8 minimum / maximum filters on the byte kernels of _u8_simd.ts. A sliding extreme of
 * window s along an axis is log2(s) + 1 passes over the whole padded array, each the extreme
 * of the array and itself shifted (windows 1, 2, 4, ... then one last overlapping pair), so
 * every pass is one long contiguous SIMD loop whatever the axis.
 */
import type { NdMode } from "../../skimage/_internal/boundary";
import { axisLayout, extendIndex } from "../../skimage/_internal/boundary";
import { releaseHeapArray } from "../../np/heap/heap";
import { ByteOp, addressOf, byteKernels, heapBytes } from "./_u8_simd";
import { FootprintPlan, rowBases } from "./_footprint";
import { runsOf } from "./_runs";

/**
 * In place over p (n bytes from address at): p[k] = extreme of p[k + t * step] for t < size,
 * for every k whose window lies inside.
 */
function slide(op: ByteOp, at: number, n: number, size: number, step: number): void {
  let w = 1;
  for (; 2 * w <= size; w *= 2) op(at, at, at + w * step, n - w * step);
  if (w < size) op(at, at, at + (size - w) * step, n - (size - w) * step);
}

/** Separable box extreme of a uint8 image; null where the SIMD kernels or the heap are missing. */
export function boxExtremeBytes(
  src: Uint8Array, shape: readonly number[], sizes: readonly number[], origins: readonly number[], modes: readonly NdMode[], cval: number, max: boolean,
): Uint8Array | null {
  const k = byteKernels();
  if (k === null) return null;
  const op = max ? k.max : k.min;
  let cur = src;
  for (let axis = 0; axis < shape.length; axis++) {
    const size = sizes[axis];
    if (size <= 1) continue;
    const { outer, n, inner } = axisLayout(shape, axis);
    const m = n + size - 1;
    const p = heapBytes(outer * m * inner);
    if (p === null) return null;
    const before = (size >> 1) + origins[axis];
    const from = new Int32Array(m);
    for (let q = 0; q < m; q++) from[q] = extendIndex(q - before, n, modes[axis]);
    for (let o = 0; o < outer; o++) {
      const sb = o * n * inner;
      const pb = o * m * inner;
      p.set(cur.subarray(sb, sb + n * inner), pb + before * inner);
      for (let q = 0; q < m; q++) {
        if (q >= before && q < before + n) continue;
        const d = pb + q * inner;
        if (from[q] < 0) p.fill(cval, d, d + inner);
        else p.copyWithin(d, pb + (before + from[q]) * inner, pb + (before + from[q] + 1) * inner);
      }
    }
    slide(op, addressOf(p), p.length, size, inner);
    const out = heapBytes(outer * n * inner) ?? new Uint8Array(outer * n * inner);
    for (let o = 0; o < outer; o++) out.set(p.subarray(o * m * inner, o * m * inner + n * inner), o * n * inner);
    releaseHeapArray(p);
    cur = out;
  }
  return cur === src ? src.slice() : cur;
}

/**
 * The footprint extreme of a padded uint8 image by the footprint's runs along the last axis
 * (as _runs.ts): one sliding pass per distinct run length, then each output row is the
 * extreme of its runs' rows. Null where the SIMD kernels or the heap are missing.
 */
export function footprintExtremeBytes(plan: FootprintPlan<Uint8Array>, fshape: readonly number[], shape: readonly number[], max: boolean): Uint8Array | null {
  const k = byteKernels();
  if (k === null) return null;
  const op = max ? k.max : k.min;
  const { padded, paddedShape } = plan;
  const rank = shape.length;
  const runs = runsOf(plan, fshape[rank - 1]);
  const slides = new Map<number, Uint8Array>();
  for (const len of runs.length) {
    if (slides.has(len)) continue;
    const s = heapBytes(padded.length);
    if (s === null) {
      for (const t of slides.values()) releaseHeapArray(t);
      return null;
    }
    s.set(padded);
    slide(op, addressOf(s), s.length, len, 1);
    slides.set(len, s);
  }
  const cols = shape[rank - 1];
  const bases = rowBases(shape, paddedShape);
  const out = heapBytes(bases.length * cols);
  if (out === null) return null;
  const outAt = addressOf(out);
  const at = Array.from(runs.length, (len) => addressOf(slides.get(len)!));
  for (let r = 0; r < bases.length; r++) {
    const o = outAt + r * cols;
    if (at.length === 1) out.set(slides.get(runs.length[0])!.subarray(bases[r] + runs.start[0], bases[r] + runs.start[0] + cols), r * cols);
    else op(o, at[0] + bases[r] + runs.start[0], at[1] + bases[r] + runs.start[1], cols);
    for (let j = 2; j < at.length; j++) op(o, o, at[j] + bases[r] + runs.start[j], cols);
  }
  for (const s of slides.values()) releaseHeapArray(s);
  return out;
}

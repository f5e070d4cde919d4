/**
 * In-place Fisher-Yates shuffles driven by NumPy's `random_interval`, in RandomState's order:
 * for i from n-1 down to 1, swap item i with item j drawn from [0, i] (no swap when j == i).
 * NDArrays are shuffled along their first axis, rows swapped as blocks.
 */
import { PyTypeError } from "../../errors";
import { NDArray } from "../ndarray";
import { MT19937 } from "./mt19937";
import { randomInterval } from "./bounded";
import type { PCG64 } from "./generator/pcg64";
import { pcgInterval } from "./generator/bounded";

/** RandomState's MT19937 or Generator's PCG64: both shuffle by `random_interval`. */
export type ShuffleSource = MT19937 | PCG64;

/** A uniform integer in [0, max] from either stream. */
export function interval(src: ShuffleSource, max: number): number {
  return src instanceof MT19937 ? randomInterval(src, max) : pcgInterval(src, max);
}

/** Buffer offsets, relative to a row's start, of every element of one row (x[i, ...]). */
function rowOffsets(a: NDArray): Int32Array | Float64Array {
  const shape = a.shape.slice(1);
  const strides = a.strides.slice(1);
  let n = 1;
  for (const d of shape) n *= d;
  const out = n < 2 ** 31 ? new Int32Array(n) : new Float64Array(n);
  const ndim = shape.length;
  const index = new Array<number>(ndim).fill(0);
  let pos = 0;
  for (let k = 0; k < n; k++) {
    out[k] = pos;
    for (let axis = ndim - 1; axis >= 0; axis--) {
      index[axis]++;
      pos += strides[axis];
      if (index[axis] < shape[axis]) break;
      pos -= strides[axis] * shape[axis];
      index[axis] = 0;
    }
  }
  return out;
}

/** Shuffles an NDArray along axis 0, in place. */
export function shuffleArray(mt: ShuffleSource, a: NDArray): void {
  if (a.ndim === 0) throw new PyTypeError("len() of unsized object");
  const n = a.shape[0];
  if (a.size === 0) {
    // NumPy's generic path still draws the swap positions for empty rows
    for (let i = n - 1; i > 0; i--) interval(mt, i);
    return;
  }
  const data = a.data;
  const step = a.strides[0];
  const base = a.offset;
  if (a.ndim === 1) {
    for (let i = n - 1; i > 0; i--) {
      const j = interval(mt, i);
      const pi = base + i * step;
      const pj = base + j * step;
      const tmp = data[pi];
      data[pi] = data[pj];
      data[pj] = tmp;
    }
    return;
  }
  const rel = rowOffsets(a);
  const m = rel.length;
  for (let i = n - 1; i > 0; i--) {
    const j = interval(mt, i);
    if (i === j) continue;
    const bi = base + i * step;
    const bj = base + j * step;
    for (let k = 0; k < m; k++) {
      const pi = bi + rel[k];
      const pj = bj + rel[k];
      const tmp = data[pi];
      data[pi] = data[pj];
      data[pj] = tmp;
    }
  }
}

/** Shuffles a JavaScript array in place (Python's list path). */
export function shuffleList<T>(mt: ShuffleSource, x: T[]): void {
  for (let i = x.length - 1; i > 0; i--) {
    const j = interval(mt, i);
    const tmp = x[i];
    x[i] = x[j];
    x[j] = tmp;
  }
}

/** Shuffles an index buffer (int64 storage or Int32Array), in place. */
export function shuffleIndices(mt: ShuffleSource, idx: Float64Array | Int32Array): void {
  for (let i = idx.length - 1; i > 0; i--) {
    const j = interval(mt, i);
    const tmp = idx[i];
    idx[i] = idx[j];
    idx[j] = tmp;
  }
}

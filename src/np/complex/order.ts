/**
 * Ordering complex values as NumPy does: lexicographically, real part first, then imaginary;
 * NaN in either part sorts last and propagates through max/min/argmax/argmin (the first NaN
 * wins), while the nan* versions skip it. Also the distinct values of np.unique.
 */
import { DType, bool, int64 } from "../dtype";
import type { ArrayLike as Input } from "../create";
import { broadcast_to } from "../manipulate";
import { maskFor, toOut } from "../reduce/masked";
import { NDArray } from "../ndarray";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";
import { normalizeAxes } from "../shape";
import { ValueError } from "../../errors";
import { warn } from "../warnings";
import { Complex } from "./scalar";
import { compareComplex } from "./reduce";

/** NaN in either part. */
const isNanPair = (re: number, im: number) => re !== re || im !== im;

/** a < b lexicographically (no NaN involved). */
const lessPair = (ar: number, ai: number, br: number, bi: number) => ar < br || (ar === br && ai < bi);

/** The reduced axes moved last: rows of `k` complex values, C order, plus the kept shape. */
function rowsOf(a: NDArray, axis: number | readonly number[] | null, memoryOrder = false): { data: ArrayLike<number>; k: number; kept: number[]; keptDims: number[] } {
  let axes = axis === null ? a.shape.map((_, i) => i) : normalizeAxes(typeof axis === "number" ? [axis] : axis, a.ndim);
  if (memoryOrder) {
    // NumPy's reductions walk several reduced axes largest stride first (memory order)
    axes = [...axes].sort((x, y) => Math.abs(a.strides[y]) - Math.abs(a.strides[x]) || x - y);
  }
  const rest = a.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const moved = astype(a.transpose([...rest, ...axes]), a.dtype);
  const k = axes.reduce((p, ax) => p * a.shape[ax], 1);
  const kept = rest.map((i) => a.shape[i]);
  const keptDims = a.shape.map((d, i) => (axes.includes(i) ? 1 : d));
  return { data: contiguousStorage(moved), k, kept, keptDims };
}

/** Index of the first extreme of row `r` (the first NaN when `skipNan` is false; -1 for an all-NaN row skipped). */
function argInRow(data: ArrayLike<number>, r: number, k: number, wantMax: boolean, skipNan: boolean): number {
  let best = -1;
  let br = 0;
  let bi = 0;
  for (let j = 0; j < k; j++) {
    const re = data[2 * (r * k + j)];
    const im = data[2 * (r * k + j) + 1];
    if (isNanPair(re, im)) {
      if (skipNan) continue;
      return j;
    }
    if (best < 0 || (wantMax ? lessPair(br, bi, re, im) : lessPair(re, im, br, bi))) {
      best = j;
      br = re;
      bi = im;
    }
  }
  return best;
}

/** argmax / argmin (and the nan* versions) of a complex array over one axis or all. */
export function complexArg(a: NDArray, axis: number | null, keepdims: boolean, wantMax: boolean, skipNan: boolean): NDArray | number {
  const name = (skipNan ? "nan" : "") + (wantMax ? "argmax" : "argmin");
  const { data, k, kept, keptDims } = rowsOf(a, axis);
  if (k === 0) throw new ValueError(`attempt to get ${name} of an empty sequence`);
  const rows = kept.reduce((p, d) => p * d, 1);
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    out[r] = argInRow(data, r, k, wantMax, skipNan);
    if (out[r] < 0) throw new ValueError("All-NaN slice encountered");
  }
  if (axis === null && !keepdims) return out[0];
  return NDArray.fromStorage(out, keepdims ? keptDims : kept, int64);
}

/** Keyword arguments complex max/min take; the others are refused. */
export interface ComplexExtremumOptions {
  axis?: number | readonly number[] | null;
  keepdims?: boolean;
  out?: NDArray | null;
  initial?: unknown;
  where?: unknown;
}

/** max / min (nanmax / nanmin with `skipNan`) of a complex array: the element argmax / argmin picks; out, initial and where as NumPy's reductions take them. */
export function complexExtremum(a: NDArray, opts: ComplexExtremumOptions | undefined, wantMax: boolean, skipNan: boolean): NDArray | Complex {
  const name = (skipNan ? "nan" : "") + (wantMax ? "max" : "min");
  const given = (v: unknown) => v !== undefined && v !== null && typeof v !== "symbol";
  const hasWhere = given(opts?.where) && opts?.where !== true;
  const start = given(opts?.initial) ? complexValue(opts?.initial) : null;
  if (hasWhere && start === null) {
    throw new ValueError(`reduction operation '${wantMax ? "maximum" : "minimum"}' does not have an identity, so to use a where mask one has to specify 'initial'`);
  }
  // masked-out elements take the initial value, which joins every slice anyway
  const src = hasWhere ? masked(a, opts?.where as Input, start) : a;
  const axis = opts?.axis ?? null;
  const { data, k, kept, keptDims } = rowsOf(src, axis, true);
  if (k === 0 && start === null) throw new ValueError(`zero-size array to reduction operation ${wantMax ? "maximum" : "minimum"} which has no identity`);
  const rows = kept.reduce((p, d) => p * d, 1);
  const out = new a.dtype.storage(rows);
  let allNan = false;
  for (let r = 0; r < rows; r++) {
    const j = k === 0 ? -2 : argInRow(data, r, k, wantMax, skipNan);
    if (j === -1) {
      // an all-NaN slice gives its first element, as fmax.reduce does
      allNan = true;
      out[2 * r] = data[2 * r * k];
      out[2 * r + 1] = data[2 * r * k + 1];
    } else if (j >= 0) {
      out[2 * r] = data[2 * (r * k + j)];
      out[2 * r + 1] = data[2 * (r * k + j) + 1];
    }
    if (start !== null) {
      const [re, im] = [out[2 * r], out[2 * r + 1]];
      // maximum(initial, slice): NaN in either wins, the initial first
      const takeStart = j === -2 || isNanPair(start[0], start[1]) || (!isNanPair(re, im) && (wantMax ? lessPair(re, im, start[0], start[1]) : lessPair(start[0], start[1], re, im)));
      if (takeStart) [out[2 * r], out[2 * r + 1]] = start;
    }
  }
  if (allNan) warn("All-NaN slice encountered");
  const keepdims = opts?.keepdims === true;
  const result = NDArray.fromStorage(out, keepdims ? keptDims : kept, a.dtype);
  if (given(opts?.out)) return toOut(result, opts?.out) as NDArray;
  if (axis === null && !keepdims) return new Complex(out[0], out[1], a.dtype);
  return result;
}

/** A number, boolean or complex scalar as a (re, im) pair. */
function complexValue(v: unknown): [number, number] {
  if (v instanceof Complex) return [v.re, v.im];
  return [Number(v), 0];
}

/** `a` with the elements `where` masks out set to `fill`. */
function masked(a: NDArray, where: Input, fill: [number, number] | null): NDArray {
  const mask = broadcast_to(maskFor(where, a), a.shape);
  const copy = astype(a, a.dtype);
  const keep = contiguousStorage(astype(mask, bool));
  const [re, im] = fill ?? [0, 0];
  for (let i = 0; i < keep.length; i++) {
    if (!keep[i]) {
      copy.data[2 * i] = re;
      copy.data[2 * i + 1] = im;
    }
  }
  return copy;
}

/** np.unique of a complex array (flattened): sorted distinct values and where they came from. */
export function complexUnique(a: NDArray, equalNan: boolean): { values: NDArray; first: number[]; inverse: Float64Array; counts: number[] } {
  const data = contiguousStorage(astype(a.ravel(), a.dtype));
  const n = data.length / 2;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((i, j) => compareComplex(data[2 * i], data[2 * i + 1], data[2 * j], data[2 * j + 1]) || i - j);
  const first: number[] = [];
  const counts: number[] = [];
  const inverse = new Float64Array(n);
  for (const i of order) {
    const last = first.length - 1;
    const f = first[last];
    const same = last >= 0 && ((data[2 * f] === data[2 * i] && data[2 * f + 1] === data[2 * i + 1]) ||
      (equalNan && isNanPair(data[2 * f], data[2 * f + 1]) && isNanPair(data[2 * i], data[2 * i + 1])));
    if (same) counts[last]++;
    else {
      first.push(i);
      counts.push(1);
    }
    inverse[i] = first.length - 1;
  }
  const values = new (a.dtype as DType).storage(first.length);
  first.forEach((i, g) => {
    values[2 * g] = data[2 * i];
    values[2 * g + 1] = data[2 * i + 1];
  });
  return { values: NDArray.fromStorage(values, [first.length], a.dtype), first, inverse, counts };
}

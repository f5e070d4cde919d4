/**
 * Generator's sampling without a distribution: `choice` (integers or a weighted CDF with
 * replacement; Floyd's algorithm, a tail shuffle or weighted rounds without), and the
 * shuffles `shuffle`, `permutation`, `permuted`, drawing as NumPy 1.24's `_generator.pyx`.
 */
import { AxisError, IndexError, ValueError } from "../../../errors";
import { NDArray } from "../../ndarray";
import { asarray } from "../../create";
import { contiguousStorage } from "../../contiguous";
import { int64 } from "../../dtype";
import { ParamLike, Size, readParam, shapeSize, toShape } from "../args";
import { kahanSum, normalisedCdf, searchRight } from "../choice";
import { shuffleArray } from "../shuffle";
import type { PCG64 } from "./pcg64";
import { boundedUint64, pcgInterval } from "./bounded";
import { integers } from "./integers";

const ATOL = 1.4901161193847656e-8; // sqrt(float64 eps)

/** Keyword arguments of choice after binding. */
export interface ChoiceArgs {
  a: unknown;
  size: unknown;
  replace: boolean;
  p: unknown;
  axis: number;
  shuffle: boolean;
}

function normalizeAxis(axis: number, ndim: number): number {
  if (axis < -ndim || axis >= ndim) throw new AxisError(`axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}

/** The Fisher-Yates steps NumPy's `_shuffle_int` takes over idx[first..n). */
function shuffleInt(bg: PCG64, idx: Float64Array, n: number, first: number): void {
  for (let i = n - 1; i >= first; i--) {
    const j = boundedUint64(bg, 0, i);
    const t = idx[j];
    idx[j] = idx[i];
    idx[i] = t;
  }
}

/** Indices drawn without replacement and without weights (Floyd's algorithm or a tail shuffle). */
function uniformWithoutReplacement(bg: PCG64, pop: number, size: number, shuffle: boolean): Float64Array {
  const cutoff = shuffle ? 50 : 20;
  if (pop > 10000 && size > Math.floor(pop / cutoff)) {
    const idx = new Float64Array(pop);
    for (let i = 0; i < pop; i++) idx[i] = i;
    shuffleInt(bg, idx, pop, Math.max(pop - size, 1));
    return idx.slice(pop - size);
  }
  const idx = new Float64Array(size);
  const seen = new Set<number>();
  for (let j = pop - size; j < pop; j++) {
    const val = boundedUint64(bg, 0, j);
    const pick = seen.has(val) ? j : val;
    seen.add(pick);
    idx[j - pop + size] = pick;
  }
  if (shuffle) shuffleInt(bg, idx, size, 1);
  return idx;
}

/** Weighted indices without replacement: rounds of CDF draws, keeping each new index once. */
function weightedWithoutReplacement(bg: PCG64, p: Float64Array, size: number): Float64Array {
  const found = new Float64Array(size);
  const w = p.slice();
  let n = 0;
  while (n < size) {
    const draws = new Float64Array(size - n);
    bg.fillDoubles(draws);
    for (let i = 0; i < n; i++) w[found[i]] = 0;
    const cdf = normalisedCdf(w);
    const fresh = new Set<number>();
    const ordered: number[] = [];
    for (let i = 0; i < draws.length; i++) {
      const k = searchRight(cdf, draws[i]);
      if (!fresh.has(k)) {
        fresh.add(k);
        ordered.push(k);
      }
    }
    // np.unique(return_index) then sorted first positions: distinct values in order of first draw
    for (const k of ordered) found[n++] = k;
  }
  return found;
}

/** `Generator.choice`: see the method's doc comment. */
export function choice(bg: PCG64, kw: ChoiceArgs): number | NDArray {
  const isInt = typeof kw.a === "number";
  let arr: NDArray | null = null;
  let pop: number;
  const shape = kw.size === null || kw.size === undefined ? null : toShape(kw.size as Size);
  const n = shape === null ? 1 : shapeSize(shape);
  if (isInt) {
    pop = kw.a as number;
    if (!Number.isInteger(pop)) throw new ValueError(`a must be a sequence or an integer, not <class 'float'>`);
    if (pop <= 0 && n !== 0) throw new ValueError("a must be a positive integer unless no samples are taken");
  } else {
    arr = asarray(kw.a as ParamLike);
    if (arr.ndim === 0) throw new ValueError("a must be a sequence or an integer, not <class 'numpy.ndarray'>");
    // NumPy reads a.shape[axis] directly: an axis past the shape is Python's IndexError
    if (kw.axis < -arr.ndim || kw.axis >= arr.ndim) throw new IndexError("tuple index out of range");
    kw.axis = kw.axis < 0 ? kw.axis + arr.ndim : kw.axis;
    pop = arr.shape[kw.axis];
    if (pop === 0 && n !== 0) throw new ValueError("a cannot be empty unless no samples are taken");
  }
  let p: Float64Array | null = null;
  if (kw.p !== null && kw.p !== undefined) {
    const pp = readParam(kw.p as ParamLike, "p");
    if (pp.shape.length !== 1) throw new ValueError("p must be 1-dimensional");
    p = Float64Array.from(pp.data);
    if (p.length !== pop) throw new ValueError("a and p must have same size");
    const sum = kahanSum(p, p.length);
    if (Number.isNaN(sum)) throw new ValueError("probabilities contain NaN");
    if (p.some((v) => v < 0)) throw new ValueError("probabilities are not non-negative");
    if (Math.abs(sum - 1) > ATOL) throw new ValueError("probabilities do not sum to 1");
  }
  let idx: Float64Array;
  if (kw.replace) {
    if (p !== null) {
      const cdf = normalisedCdf(p);
      idx = new Float64Array(n);
      bg.fillDoubles(idx);
      for (let i = 0; i < n; i++) idx[i] = searchRight(cdf, idx[i]);
    } else {
      const drawn = integers(bg, { low: 0, high: pop, size: [n], dtype: "int64", endpoint: false }) as NDArray;
      idx = contiguousStorage(drawn) as Float64Array;
    }
  } else {
    if (n > pop) throw new ValueError("Cannot take a larger sample than population when replace is False");
    if (p !== null) {
      if (p.filter((v) => v > 0).length < n) throw new ValueError("Fewer non-zero entries in p than size");
      idx = weightedWithoutReplacement(bg, p, n);
    } else {
      idx = uniformWithoutReplacement(bg, pop, n, kw.shuffle);
    }
  }
  if (isInt) return shape === null ? idx[0] : NDArray.fromStorage(idx, shape, int64);
  const taken = arr!.take(NDArray.fromStorage(idx, shape ?? [], int64), { axis: kw.axis });
  if (shape === null && taken.ndim === 0) return contiguousStorage(taken)[0];
  return taken;
}

/** `Generator.shuffle(x, axis=0)`: in place along `axis`; no draws for an empty array. */
export function shuffle(bg: PCG64, x: NDArray, axis: number): void {
  if (!(x instanceof NDArray)) throw new ValueError("x must be an NDArray (lists are immutable here: shuffle an array)");
  if (x.ndim === 0) throw new IndexError("x must be an integer or at least 1-dimensional");
  const ax = normalizeAxis(axis, x.ndim);
  if (x.size === 0) return;
  shuffleArray(bg, ax === 0 ? x : x.swapaxes(0, ax));
}

/** `Generator.permutation(x, axis=0)`: a shuffled arange(x), or a shuffled copy of x along axis. */
export function permutation(bg: PCG64, x: unknown, axis: number): NDArray {
  if (typeof x === "number") {
    const n = x;
    const idx = new Float64Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    shuffleArray(bg, NDArray.fromStorage(idx, [n], int64));
    return NDArray.fromStorage(idx, [n], int64);
  }
  const arr = asarray(x as ParamLike);
  if (arr.ndim < 1) throw new IndexError("x must be an integer or at least 1-dimensional");
  const ax = normalizeAxis(axis, arr.ndim);
  if (arr.ndim === 1) {
    const copy = arr.copy();
    shuffleArray(bg, copy);
    return copy;
  }
  const idx = new Float64Array(arr.shape[ax]);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  shuffleArray(bg, NDArray.fromStorage(idx, [idx.length], int64));
  return arr.take(NDArray.fromStorage(idx, [idx.length], int64), { axis: ax });
}

/**
 * `Generator.permuted(x, *, axis=None, out=None)`: a copy of x (or `out`) with every 1-d
 * slice along `axis` shuffled independently, or all elements shuffled when axis is None.
 */
export function permuted(bg: PCG64, x: unknown, axis: number | null, out: NDArray | null): NDArray {
  const arr = asarray(x as ParamLike);
  let target: NDArray;
  if (out === null) target = arr.copy();
  else {
    if (out.shape.length !== arr.shape.length || out.shape.some((d, i) => d !== arr.shape[i])) throw new ValueError("out must have the same shape as x");
    out.set("...", arr);
    target = out;
  }
  if (axis === null) {
    const flat = target.copy().reshape(-1);
    shuffleArray(bg, flat);
    target.set("...", flat.reshape(target.shape));
    return target;
  }
  const ax = normalizeAxis(axis, target.ndim);
  // every 1-d slice along ax, in C order over the other axes, shuffled from its last element down to 0
  const others = target.shape.map((_, k) => k).filter((k) => k !== ax);
  const lead = others.map((k) => target.shape[k]);
  const leadStrides = others.map((k) => target.strides[k]);
  const len = target.shape[ax];
  const step = target.strides[ax];
  const data = target.data;
  const index = new Array<number>(lead.length).fill(0);
  const count = shapeSize(lead);
  for (let s = 0; s < count; s++) {
    let base = target.offset;
    for (let k = 0; k < lead.length; k++) base += index[k] * leadStrides[k];
    for (let i = len - 1; i >= 0; i--) {
      const j = pcgInterval(bg, i);
      const pi = base + i * step;
      const pj = base + j * step;
      const t = data[pi];
      data[pi] = data[pj];
      data[pj] = t;
    }
    for (let k = lead.length - 1; k >= 0; k--) {
      if (++index[k] < lead[k]) break;
      index[k] = 0;
    }
  }
  return target;
}

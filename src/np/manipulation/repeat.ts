/** Repetition: repeat, tile, resize (copies). */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { PyArgs, check, isPlainObject, pyfunction, signature } from "../../signature";
import { SHAPE, isNDArray } from "../params";
import { ShapeLike, compactShape, normalizeAxis, shapeSize } from "../shape";
import { astype } from "../cast";
import { zeros } from "../create-filled";
import { ravel, reshape } from "../manipulate";
import { gatherAxis } from "./_views";

/** Keyword arguments of np.repeat. */
export interface RepeatOptions {
  a?: ArrayLike;
  repeats?: number | readonly number[] | NDArray;
  axis?: number | null;
}

const REPEATS = check("int or array of ints", (v) => Number.isInteger(v) || typeof v === "boolean" || Array.isArray(v) || isNDArray(v));
const REPEAT = signature("numpy.repeat(a, repeats, axis=None)", { types: { repeats: REPEATS, axis: "int|None" } });

/** np.repeat's work: each element along the axis `repeats[i]` times (a scalar applies to all). */
export function repeatAlong(a: ArrayLike, repeats: number | readonly number[] | NDArray, axis: number | null): NDArray {
  let arr = asarray(a);
  if (axis === null) {
    arr = ravel(arr);
    axis = 0;
  }
  const ax = normalizeAxis(axis, arr.ndim);
  const n = arr.shape[ax];
  const counts = asarray(repeats as ArrayLike);
  const list = counts.ndim === 0 ? [Number(counts.item())] : (counts.ravel().tolist() as number[]).map(Number);
  if (counts.dtype.kind === "f") throw new ValueError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
  if (list.length !== 1 && list.length !== n) {
    throw new ValueError(`operands could not be broadcast together with shape ${compactShape([n])} ${compactShape(counts.shape)}`);
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const c = list[list.length === 1 ? 0 : i];
    if (c < 0) throw new ValueError("negative dimensions are not allowed");
    total += c;
  }
  const idx = new Float64Array(total);
  for (let i = 0, w = 0; i < n; i++) idx.fill(i, w, (w += list[list.length === 1 ? 0 : i]));
  return gatherAxis(arr, ax, idx);
}

/**
 * `numpy.repeat(a, repeats, axis=None)`: each element repeated (`repeats` an int, or one count
 * per element along the axis); the flattened array for axis None.
 */
export function repeat(a: ArrayLike, repeats: number | readonly number[] | NDArray, ...rest: PyArgs<[axis: number | null, options: RepeatOptions], RepeatOptions>): NDArray;
export function repeat(...args: unknown[]): NDArray {
  const b = args.length === 2 && !isPlainObject(args[1]) ? { a: args[0], repeats: args[1], axis: null } : REPEAT.bind(args);
  return repeatAlong(b.a, b.repeats, b.axis);
}

const TILE = signature("numpy.tile(A, reps)", { types: { reps: SHAPE } });

/**
 * `numpy.tile(A, reps)`: A repeated reps times along each axis (reps an int or a tuple; the
 * shorter of A's shape and reps is padded with leading ones). A copy.
 */
export function tile(A: ArrayLike, reps: ShapeLike): NDArray;
export function tile(...args: unknown[]): NDArray {
  const { A, reps } = args.length === 2 && !isPlainObject(args[1]) ? { A: args[0], reps: args[1] } : TILE.bind(args);
  const tup = typeof reps === "number" ? [reps] : Array.from(reps as number[]);
  let c = asarray(A as ArrayLike);
  if (c.ndim < tup.length) c = reshape(c, [...new Array<number>(tup.length - c.ndim).fill(1), ...c.shape]);
  while (tup.length < c.ndim) tup.unshift(1);
  for (const r of tup) if (r < 0) throw new ValueError("negative dimensions are not allowed");
  // a broadcast view of shape (r0, n0, r1, n1, ...) copied, then merged pairwise
  const shape: number[] = [];
  const strides: number[] = [];
  c.shape.forEach((n, i) => {
    shape.push(tup[i], n);
    strides.push(0, c.strides[i]);
  });
  const spread = new NDArray(c.data, shape, strides, c.offset, c.dtype);
  return reshape(astype(spread, c.dtype), c.shape.map((n, i) => n * tup[i]));
}

const RESIZE = signature("numpy.resize(a, new_shape)", { types: { new_shape: SHAPE } });

/**
 * `numpy.resize(a, new_shape)`: a new array of the given shape filled with a's elements in C
 * order, repeated as often as needed (zeros when a is empty). Unlike `ndarray.resize`, a copy.
 */
export function resize(a: ArrayLike, new_shape: ShapeLike): NDArray;
export function resize(...args: unknown[]): NDArray {
  const { a, new_shape } = args.length === 2 && !isPlainObject(args[1]) ? { a: args[0], new_shape: args[1] } : RESIZE.bind(args);
  const flat = ravel(a as ArrayLike);
  const dims = typeof new_shape === "number" ? [new_shape] : Array.from(new_shape as number[]);
  if (dims.some((d) => d < 0)) throw new ValueError("all elements of `new_shape` must be non-negative");
  const size = shapeSize(dims);
  if (flat.size === 0 || size === 0) return zeros(dims, flat.dtype);
  const idx = new Float64Array(size);
  for (let i = 0; i < size; i++) idx[i] = i % flat.size;
  return reshape(gatherAxis(flat, 0, idx), dims);
}

pyfunction(REPEAT, repeat);
pyfunction(TILE, tile);
pyfunction(RESIZE, resize);

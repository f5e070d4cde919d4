/**
 * Editing along an axis: append, insert, delete (copies). An index `obj` may be an int, a list
 * or array of ints (or booleans, as NumPy 1.24 reads them), a Slice, or a slice string such as
 * "1:3" or "::2" standing for Python's `1:3` / `np.s_[::2]`.
 */
import { IndexError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray, fromValue } from "../create";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { normalizeAxis } from "../shape";
import { Slice, sliceIndices } from "../indexing/parse";
import { isNDArray } from "../params";
import { setItem } from "../indexing/access";
import { empty } from "../create-filled";
import { bool as boolType, int64 } from "../dtype";
import { concatenate, ravel, reshape } from "../manipulate";
import { gatherAxis } from "./_views";

/** Where to insert or delete: an int, ints, booleans, a Slice or a slice string ("1:3"). */
export type EditIndex = number | boolean | string | Slice | readonly (number | boolean)[] | NDArray;

/** A Slice, tested by shape (this runs while the modules are still loading). */
const isSliceLike = (v: unknown) => typeof v === "object" && v !== null && "start" in v && "stop" in v && "step" in v;

const EDIT_INDEX = check("int, slice or array of ints", (v) => typeof v === "number" || typeof v === "boolean" || typeof v === "string" || isSliceLike(v) || Array.isArray(v) || isNDArray(v));

/** Python's slice from a Slice or "start:stop:step" text; null when `obj` is not a slice. */
function asSlice(obj: unknown): Slice | null {
  if (obj instanceof Slice) return obj;
  if (typeof obj !== "string") return null;
  const parts = obj.split(":");
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p.trim() !== "" && !/^[+-]?\d+$/.test(p.trim()))) {
    throw new IndexError(`invalid slice '${obj}'`);
  }
  const nums = parts.map((p) => (p.trim() === "" ? null : Number(p)));
  return new Slice(nums[0], nums[1], nums.length === 3 ? nums[2] : null);
}

/** The array and axis NumPy edits: axis None flattens a non-1-D array and takes its last axis. */
function target(arr: ArrayLike, axis: number | null): [NDArray, number] {
  let a = asarray(arr);
  if (axis === null) {
    if (a.ndim !== 1) a = ravel(a);
    return [a, a.ndim - 1];
  }
  return [a, normalizeAxis(axis, a.ndim)];
}

/** Keyword arguments of np.append. */
export interface AppendOptions {
  arr?: ArrayLike;
  values?: ArrayLike;
  axis?: number | null;
}

const APPEND = signature("numpy.append(arr, values, axis=None)", { types: { axis: "int|None" } });

/**
 * `numpy.append(arr, values, axis=None)`: a copy with values added at the end (both flattened
 * for axis None; otherwise values must have arr's shape but along the axis).
 */
export function append(arr: ArrayLike, values: ArrayLike, ...rest: PyArgs<[axis: number | null, options: AppendOptions], AppendOptions>): NDArray;
export function append(...args: unknown[]): NDArray {
  const b = args.length === 2 ? { arr: args[0], values: args[1], axis: null } : APPEND.bind(args);
  let a = asarray(b.arr as ArrayLike);
  if (b.axis === null) {
    if (a.ndim !== 1) a = ravel(a);
    return concatenate([a, ravel(b.values as ArrayLike)], a.ndim - 1);
  }
  return concatenate([a, b.values as ArrayLike], b.axis);
}

/** Keyword arguments of np.delete. */
export interface DeleteOptions {
  arr?: ArrayLike;
  obj?: EditIndex;
  axis?: number | null;
}

const DELETE = signature("numpy.delete(arr, obj, axis=None)", { types: { obj: EDIT_INDEX, axis: "int|None" } });

/**
 * `numpy.delete(arr, obj, axis=None)`: a copy without the sub-arrays at `obj` along `axis`
 * (the flattened array for None). A boolean array marks what to delete and must match the axis.
 */
export function delete_(arr: ArrayLike, obj: EditIndex, ...rest: PyArgs<[axis: number | null, options: DeleteOptions], DeleteOptions>): NDArray;
export function delete_(...args: unknown[]): NDArray {
  const b = args.length === 2 ? { arr: args[0], obj: args[1], axis: null } : DELETE.bind(args);
  const [a, axis] = target(b.arr as ArrayLike, b.axis);
  const n = a.shape[axis];
  const keep = new Uint8Array(n).fill(1);
  const sl = asSlice(b.obj);
  if (sl !== null) {
    const { start, step, length } = sliceIndices(sl, n);
    for (let k = 0; k < length; k++) keep[start + k * step] = 0;
  } else {
    const given = b.obj;
    const idx = given instanceof NDArray ? given : fromValue(given as ArrayLike, null);
    if (typeof given === "number" || (idx.size === 1 && (idx.dtype.kind === "i" || idx.dtype.kind === "u"))) {
      const i = Number(idx.ravel().tolist()[0]);
      if (i < -n || i >= n) throw new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${n}`);
      keep[i < 0 ? i + n : i] = 0;
    } else if (idx.dtype === boolType) {
      if (idx.ndim !== 1 || idx.shape[0] !== n) {
        throw new ValueError(`boolean array argument obj to delete must be one dimensional and match the axis length of ${n}`);
      }
      const flags = idx.tolist() as boolean[];
      flags.forEach((f, i) => (keep[i] = f ? 0 : 1));
    } else {
      if (idx.size > 0 && idx.dtype.kind === "f") throw new IndexError("arrays used as indices must be of integer (or boolean) type");
      for (const v of ravel(idx).tolist() as number[]) {
        if (v < -n || v >= n) throw new IndexError(`index ${v} is out of bounds for axis ${axis} with size ${n}`);
        keep[v < 0 ? v + n : v] = 0;
      }
    }
  }
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) kept.push(i);
  return gatherAxis(a, axis, kept);
}

/** Keyword arguments of np.insert. */
export interface InsertOptions {
  arr?: ArrayLike;
  obj?: EditIndex;
  values?: ArrayLike;
  axis?: number | null;
}

const INSERT = signature("numpy.insert(arr, obj, values, axis=None)", { types: { obj: EDIT_INDEX, axis: "int|None" } });

/**
 * `numpy.insert(arr, obj, values, axis=None)`: a copy with values inserted before the given
 * indices along `axis` (the flattened array for None). One index inserts all of `values`
 * there; several insert one value each (broadcast). Booleans are read as 0 and 1, with
 * NumPy 1.24's FutureWarning.
 */
export function insert(arr: ArrayLike, obj: EditIndex, values: ArrayLike, ...rest: PyArgs<[axis: number | null, options: InsertOptions], InsertOptions>): NDArray;
export function insert(...args: unknown[]): NDArray {
  const b = args.length === 3 ? { arr: args[0], obj: args[1], values: args[2], axis: null } : INSERT.bind(args);
  const [a, axis] = target(b.arr as ArrayLike, b.axis);
  const n = a.shape[axis];
  const sl = asSlice(b.obj);
  let indices: NDArray;
  if (sl !== null) {
    const { start, step, length } = sliceIndices(sl, n);
    indices = NDArray.fromStorage(Float64Array.from({ length }, (_, k) => start + k * step), [length], int64);
  } else {
    indices = b.obj instanceof NDArray ? b.obj : fromValue(b.obj as ArrayLike, null);
    if (indices.dtype === boolType) {
      process.emitWarning("in the future insert will treat boolean arrays and array-likes as a boolean index instead of casting it to integer", { type: "FutureWarning" });
      indices = indices.astype(int64);
    } else if (indices.ndim > 1) {
      throw new ValueError("index array argument obj to insert must be one dimensional or scalar");
    }
    if (indices.size > 0 && indices.dtype.kind === "f") throw new IndexError("arrays used as indices must be of integer (or boolean) type");
  }
  if (indices.size === 1) {
    let index = Number(indices.ravel().tolist()[0]);
    if (index < -n || index > n) throw new IndexError(`index ${index} is out of bounds for axis ${axis} with size ${n}`);
    if (index < 0) index += n;
    let vals = asarray(b.values as ArrayLike, a.dtype);
    if (vals.ndim < a.ndim) vals = reshape(vals, [...new Array<number>(a.ndim - vals.ndim).fill(1), ...vals.shape]);
    // a scalar index inserts the values' own first axis along `axis`
    if (indices.ndim === 0 && axis !== 0) vals = vals.transpose(moveFirstTo(vals.ndim, axis));
    const shape = a.shape.slice();
    shape[axis] = vals.shape[axis];
    const middle = empty(shape, a.dtype);
    setItem(middle, ["..."], vals);
    return concatenate([gatherAxis(a, axis, range(0, index)), middle, gatherAxis(a, axis, range(index, n))], axis);
  }
  const pos = (ravel(indices).tolist() as number[]).map((i) => (i < 0 ? i + n : i));
  const order = pos.map((_, k) => k).sort((p, q) => pos[p] - pos[q] || p - q);
  order.forEach((k, rank) => (pos[k] += rank));
  const total = n + pos.length;
  const shape = a.shape.slice();
  shape[axis] = total;
  const out = empty(shape, a.dtype);
  const isNew = new Uint8Array(total);
  for (const p of pos) {
    if (p < 0 || p >= total) throw new IndexError(`index ${p} is out of bounds for axis ${axis} with size ${total}`);
    isNew[p] = 1;
  }
  const lead: (string | NDArray)[] = new Array<string>(axis).fill(":");
  setItem(out, [...lead, NDArray.fromStorage(Float64Array.from(pos), [pos.length], int64)], asarray(b.values as ArrayLike, a.dtype));
  const old: number[] = [];
  for (let i = 0; i < total; i++) if (!isNew[i]) old.push(i);
  setItem(out, [...lead, NDArray.fromStorage(Float64Array.from(old), [old.length], int64)], a);
  return out;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** The permutation moving axis 0 to position `to` (np.moveaxis(v, 0, to)). */
function moveFirstTo(ndim: number, to: number): number[] {
  const order = range(1, ndim);
  order.splice(to, 0, 0);
  return order;
}

pyfunction(APPEND, append);
pyfunction(DELETE, delete_);
pyfunction(INSERT, insert);

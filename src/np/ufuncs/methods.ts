/**
 * The methods every two-input ufunc carries, as NumPy's ufunc objects do: `np.add.reduce`,
 * `np.maximum.accumulate`, `np.multiply.outer` and `np.add.at`. Reductions run the ufunc's
 * own compiled loop one row at a time over the reduced axis moved to the front.
 */
import { PyArgs, pyfunction, signature } from "../../signature";
import { IndexError, NotImplementedError, PyTypeError, ValueError } from "../../errors";
import { DType, DTypeLike, dtype as toDType, int64, uint64 } from "../dtype";
import { NDArray, cContiguousStrides } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { UfuncSpec, runBinary } from "../ufunc";
import { binaryKernel } from "../kernels";
import { astype, copyInto } from "../cast";
import { ascontiguousarray, contiguousStorage } from "../contiguous";
import { AXIS, DTYPE, OUT, isNDArray } from "../params";
import { normalizeAxes, normalizeAxis, shapeSize } from "../shape";

/** `initial=<no value>`: no starting value given. */
const NO_VALUE: unique symbol = Symbol("<no value>");

const REDUCE = signature("numpy.ufunc.reduce(array, axis=0, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)", {
  types: { axis: AXIS, dtype: DTYPE, out: OUT, keepdims: "bool", initial: ["float", "bool"] },
  defaults: { initial: NO_VALUE },
  unsupported: ["where"],
});
const ACCUMULATE = signature("numpy.ufunc.accumulate(array, axis=0, dtype=None, out=None)", {
  types: { axis: "int", dtype: DTYPE, out: OUT },
});
const OUTER = signature("numpy.ufunc.outer(A, B, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True)", {
  types: { out: OUT, dtype: DTYPE, subok: "bool" },
  choices: { order: ["K", "A", "C"] },
  unsupported: ["where", "casting", "dtype"],
});
const AT = signature("numpy.ufunc.at(a, indices, b=None, /)");

/** Keywords of `ufunc.reduce`. */
export interface ReduceMethodOptions {
  array?: ArrayLike;
  axis?: number | readonly number[] | null;
  dtype?: DTypeLike | null;
  out?: NDArray | null;
  keepdims?: boolean;
  initial?: number | boolean;
  where?: true;
}
/** Keywords of `ufunc.accumulate`. */
export interface AccumulateMethodOptions {
  array?: ArrayLike;
  axis?: number;
  dtype?: DTypeLike | null;
  out?: NDArray | null;
}
/** Keywords of `ufunc.outer` (the ufunc's own). */
export interface OuterMethodOptions {
  out?: NDArray | null;
  where?: true;
  casting?: "same_kind";
  order?: "K" | "A" | "C";
  dtype?: null;
  subok?: boolean;
}

/** The methods of a two-input ufunc. */
export interface UfuncMethods {
  /** `numpy.ufunc.reduce(array, axis=0, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)`: folds the ufunc over axis (all axes for null). */
  reduce(array: ArrayLike, ...rest: PyArgs<[axis: number | readonly number[] | null, dtype: DTypeLike | null, out: NDArray | null, keepdims: boolean, initial: number | boolean, options: ReduceMethodOptions], ReduceMethodOptions>): NDArray;
  /** `numpy.ufunc.accumulate(array, axis=0, dtype=None, out=None)`: running results along axis. */
  accumulate(array: ArrayLike, ...rest: PyArgs<[axis: number, dtype: DTypeLike | null, out: NDArray | null, options: AccumulateMethodOptions], AccumulateMethodOptions>): NDArray;
  /** `numpy.ufunc.outer(A, B, /, **kwargs)`: the ufunc over every pair, shape A.shape + B.shape. */
  outer(A: ArrayLike, B: ArrayLike, options?: OuterMethodOptions): NDArray;
  /** `numpy.ufunc.at(a, indices, b=None, /)`: a[indices] = ufunc(a[indices], b) in place, repeated indices applied each time. */
  at(a: NDArray, indices: number | readonly number[] | NDArray | readonly (readonly number[] | NDArray)[], b: ArrayLike): void;
  /** `ufunc.identity`: the value a reduction over no elements starts from (null when there is none). */
  readonly identity: number | boolean | null;
}

/** `ufunc.identity` as NumPy gives it (lcm reduces from 1 but has none, as NumPy says). */
function identityOf(name: string): number | boolean | null {
  if (name === "logical_and") return true;
  if (name === "logical_or" || name === "logical_xor") return false;
  return name in IDENTITY && name !== "lcm" ? IDENTITY[name] : null;
}

/** What the ufunc returns for an empty reduction (NumPy's identities). */
const IDENTITY: Record<string, number> = {
  add: 0, multiply: 1, logical_and: 1, logical_or: 0, logical_xor: 0, bitwise_and: -1, bitwise_or: 0, bitwise_xor: 0,
  gcd: 0, lcm: 1,
};

/** The dtype a reduction accumulates in: add and multiply widen small integers and bool as NumPy does. */
function reductionType(spec: UfuncSpec, given: DType, requested: DTypeLike | null): DType {
  if (requested !== null) return toDType(requested);
  if ((spec.name === "add" || spec.name === "multiply") && given.itemsize < 8 && given.kind !== "f") {
    return given.kind === "u" ? uint64 : int64;
  }
  return given;
}

/** The loop dtype for an accumulator of dtype d: comparisons and logical ufuncs fold in bool. */
function foldLoop(spec: UfuncSpec, d: DType): DType {
  const loop = spec.loop(d);
  const out = spec.output(loop);
  if (out === loop) return loop;
  const again = spec.loop(out);
  if (spec.output(again) !== again) throw new NotImplementedError(`${spec.name}.reduce over ${d.name} is not supported yet`);
  return again;
}

/** The input with `axes` moved to the front and flattened: a contiguous [n, m] array of the loop dtype. */
function rowsOf(a: NDArray, axes: readonly number[], loop: DType): { rows: NDArray; n: number; rest: number[] } {
  const others = Array.from({ length: a.ndim }, (_, i) => i).filter((i) => !axes.includes(i));
  const moved = a.transpose([...axes, ...others]);
  const rest = others.map((i) => a.shape[i]);
  const n = shapeSize(axes.map((i) => a.shape[i]));
  const c = ascontiguousarray(astype(moved, loop));
  return { rows: c, n, rest };
}

function newArray(shape: readonly number[], dt: DType): NDArray {
  return new NDArray(new dt.storage(shapeSize(shape)), shape, cContiguousStrides(shape), 0, dt);
}

type Stats = typeof import("../reduce/stats");

/**
 * np.add.reduce is np.sum and np.multiply.reduce np.prod (pairwise sums, as NumPy's). Loaded
 * on first use: the reductions import the ufuncs this module decorates.
 */
function namedReduction(name: string): Stats["sum"] | undefined {
  if (name !== "add" && name !== "multiply") return undefined;
  const stats = require("../reduce/stats") as Stats;
  return name === "add" ? stats.sum : stats.prod;
}

function reduceWith(spec: UfuncSpec, b: Record<string, any>): NDArray {
  const named = namedReduction(spec.name);
  if (named !== undefined) {
    const a = asarray(b.array);
    if (a.ndim === 1 && b.axis === 0 && b.dtype === null && b.out === null && !b.keepdims && b.initial === NO_VALUE) {
      // the common np.add.reduce(vector): the binder-free full reduction, as a 0-d array
      const dt = reductionType(spec, a.dtype, null);
      const one = new dt.storage(1);
      one[0] = named(a) as number;
      return new NDArray(one, [], [], 0, dt);
    }
    // keepdims keeps the result an array (a full sum is otherwise a number); the axes go after
    const keywords: Record<string, unknown> = { axis: b.axis, keepdims: b.out !== null ? b.keepdims : true };
    if (b.dtype !== null) keywords.dtype = b.dtype;
    if (b.out !== null) keywords.out = b.out;
    if (b.initial !== NO_VALUE) keywords.initial = b.initial;
    const r = named(a, keywords) as unknown as NDArray;
    if (b.out !== null || b.keepdims) return r;
    const axes = normalizeAxes(b.axis, a.ndim);
    return r.reshape(a.shape.filter((_, i) => !axes.includes(i)));
  }
  return reduceWithLoop(spec, b);
}

function reduceWithLoop(spec: UfuncSpec, b: Record<string, any>): NDArray {
  const a = asarray(b.array);
  if (b.axis !== null && !Array.isArray(b.axis) && a.ndim === 0) throw new ValueError(`axis ${b.axis} is out of bounds for array of dimension 0`);
  const axes = normalizeAxes(b.axis, a.ndim);
  const commutative = spec.name in IDENTITY || spec.name === "maximum" || spec.name === "minimum" || spec.name === "fmax" || spec.name === "fmin";
  if (axes.length > 1 && !commutative) throw new ValueError(`reduction operation '${spec.name}' is not reorderable, so at most one axis may be specified`);
  const loop = foldLoop(spec, reductionType(spec, a.dtype, b.dtype));
  const { rows, n, rest } = rowsOf(a, axes, loop);
  const m = shapeSize(rest);
  const acc = newArray(rest, loop);
  const kernel = binaryKernel(spec.expr(loop), acc.data, rows.data, rows.data);
  const d = rows.data;
  let start = 0;
  if (b.initial !== NO_VALUE) {
    acc.data.fill(Number(b.initial) as never);
  } else if (n === 0) {
    if (!(spec.name in IDENTITY)) throw new ValueError(`zero-size array to reduction operation ${spec.name} which has no identity`);
    acc.data.fill(IDENTITY[spec.name] as never);
  } else {
    (acc.data as Float64Array).set((d as Float64Array).subarray(rows.offset, rows.offset + m));
    start = 1;
  }
  for (let i = start; i < n; i++) kernel(acc.data, 0, 1, acc.data, 0, 1, d, rows.offset + i * m, 1, m);
  const shape = b.keepdims ? a.shape.map((s, i) => (axes.includes(i) ? 1 : s)) : rest;
  const result = acc.reshape(shape);
  if (b.out !== null) {
    copyInto(b.out, result, spec.name);
    return b.out;
  }
  return result;
}

function accumulateWith(spec: UfuncSpec, b: Record<string, any>): NDArray {
  const a = asarray(b.array);
  if (a.ndim === 0) throw new TypeError("cannot accumulate on a scalar");
  const axis = normalizeAxis(b.axis, a.ndim);
  const loop = foldLoop(spec, reductionType(spec, a.dtype, b.dtype));
  const { rows, n, rest } = rowsOf(a, [axis], loop);
  const m = shapeSize(rest);
  const acc = newArray([n, ...rest], loop);
  const kernel = binaryKernel(spec.expr(loop), acc.data, acc.data, rows.data);
  if (n > 0) (acc.data as Float64Array).set((rows.data as Float64Array).subarray(rows.offset, rows.offset + m));
  for (let i = 1; i < n; i++) kernel(acc.data, i * m, 1, acc.data, (i - 1) * m, 1, rows.data, rows.offset + i * m, 1, m);
  // back to the input's axis order
  const perm = Array.from({ length: a.ndim }, (_, i) => (i < axis ? i + 1 : i === axis ? 0 : i));
  const result = acc.transpose(perm);
  if (b.out !== null) {
    copyInto(b.out, result, spec.name);
    return b.out;
  }
  return ascontiguousarray(result);
}

/** The list of index tuples `indices` names (each an int per leading axis). */
function indexTuples(indices: unknown, a: NDArray): number[][] {
  const isTuple = Array.isArray(indices) && indices.some((v) => Array.isArray(v) || isNDArray(v));
  const parts = (isTuple ? (indices as unknown[]) : [indices]).map((v) => asarray(v as ArrayLike));
  if (parts.length > a.ndim) throw new IndexError(`too many indices for array: array is ${a.ndim}-dimensional, but ${parts.length} were indexed`);
  for (const p of parts) if (p.dtype.kind !== "i" && p.dtype.kind !== "u") throw new IndexError("arrays used as indices must be of integer (or boolean) type");
  const count = Math.max(...parts.map((p) => p.size));
  const flat = parts.map((p) => Array.from(contiguousStorage(p) as Iterable<number>, Number));
  const out: number[][] = [];
  for (let k = 0; k < count; k++) {
    out.push(flat.map((f, axis) => {
      const v = f.length === 1 ? f[0] : f[k];
      const size = a.shape[axis];
      if (v < -size || v >= size) throw new IndexError(`index ${v} is out of bounds for axis ${axis} with size ${size}`);
      return v < 0 ? v + size : v;
    }));
  }
  return out;
}

function atWith(ufunc: Function, a: unknown, indices: unknown, b: unknown): void {
  if (!isNDArray(a)) throw new PyTypeError("first operand must be array");
  if (b === null || b === undefined) throw new ValueError("second operand needed for ufunc");
  const tuples = indexTuples(indices, a);
  // a Python number stays a number (value-based casting: uint8 + 3 stays uint8)
  const values = typeof b === "number" ? b : asarray(b as ArrayLike);
  const sub = a.shape.slice(tuples[0]?.length ?? 0);
  const each = typeof values === "number" || values.ndim === 0 ? null : values.reshape([-1, ...sub]);
  tuples.forEach((t, k) => {
    // a view of a[t] on a's own memory (integer indexing would copy a single element)
    let offset = a.offset;
    t.forEach((v, axis) => (offset += v * a.strides[axis]));
    // (one element as shape [1], not 0-d: a 0-d operand would take part in value-based casting)
    const view = sub.length === 0 ? new NDArray(a.data, [1], [1], offset, a.dtype) : new NDArray(a.data, sub, a.strides.slice(t.length), offset, a.dtype);
    const v = each === null ? values : each.shape[0] === 1 ? each.get(0) : each.get(k);
    ufunc(view, v, view);
  });
}

/** Gives a two-input ufunc its reduce, accumulate, outer and at methods. */
export function attachMethods(ufunc: Function, spec: UfuncSpec): void {
  const reduce = function reduce(this: unknown, array: ArrayLike): NDArray {
    if (arguments.length === 1) return reduceWith(spec, { array, axis: 0, dtype: null, out: null, keepdims: false, initial: NO_VALUE });
    return reduceWith(spec, REDUCE.bind(arguments));
  };
  const accumulate = function accumulate(array: ArrayLike): NDArray {
    return accumulateWith(spec, arguments.length === 1 ? { array, axis: 0, dtype: null, out: null } : ACCUMULATE.bind(arguments));
  };
  const outer = function outer(A: ArrayLike, B: ArrayLike): NDArray {
    const bound = arguments.length === 2 ? null : OUTER.bind(arguments);
    const x = asarray(A);
    const y = asarray(B);
    const wide = x.reshape([...x.shape, ...y.shape.map(() => 1)]);
    return runBinary(spec, wide, y, bound?.out ? { out: bound.out } : undefined);
  };
  const at = function at(a: NDArray, indices: unknown, b?: ArrayLike): void {
    const bound = AT.bind(arguments);
    atWith(ufunc, bound.a, bound.indices, bound.b);
  };
  for (const [name, fn, sig] of [["reduce", reduce, REDUCE], ["accumulate", accumulate, ACCUMULATE], ["outer", outer, OUTER], ["at", at, AT]] as const) {
    pyfunction(sig, fn);
    Object.defineProperty(ufunc, name, { value: fn, enumerable: false });
  }
  Object.defineProperty(ufunc, "identity", { value: identityOf(spec.name), enumerable: false });
}

/**
 * Shape manipulation: reshape, ravel, flatten, transpose, squeeze, expand_dims, swapaxes,
 * broadcast_to, concatenate, stack, vstack, hstack. Views where NumPy gives views.
 */
import { zeroedStorage } from "./alloc";
import { AxisError, PyTypeError, ValueError } from "../errors";
import { resultTypeOf } from "./dtype";
import { NDArray, cContiguousStrides } from "./ndarray";
import { viewOf } from "./flags";
import { ArrayLike, asarray } from "./create";
import { PyArgs, check, isPlainObject, pyfunction, signature } from "../signature";
import { AXIS, DTYPE, OUT, SHAPE, bindOrdered } from "./params";
import { JoinKeywords, hasJoinKeywords, joinWith } from "./join-options";
import { bindReshapeOrder, inLayout, ravelInOrder, reshapeInOrder } from "./layout";
import type { DTypeLike } from "./dtype";
import type { Casting } from "./ndarray";
import { isCContiguous } from "./contiguous";
import { astype, copyInto } from "./cast";
import { operand } from "./ufunc";
import { ShapeLike, broadcastShapes, broadcastStrides, normShape, normalizeAxis, shapeSize, shapeStr } from "./shape";

/** NumPy's shape text in reshape errors: no spaces, -1 as "newaxis", leading -1s dropped. */
function reshapeShapeStr(dims: readonly number[]): string {
  let i = 0;
  while (i < dims.length && dims[i] < 0) i++;
  if (i === dims.length) return "()";
  let text = `(${dims[i++]}`;
  for (; i < dims.length; i++) text += dims[i] < 0 ? ",newaxis" : `,${dims[i]}`;
  return text + (dims.length === 1 ? ",)" : ")");
}

/** Resolves a -1 in a new shape; NumPy's errors for bad shapes. */
function resolveShape(size: number, dims: readonly number[]): number[] {
  const out = dims.slice();
  let unknown = -1;
  for (let i = 0; i < out.length; i++) {
    const d = out[i];
    if (!Number.isInteger(d)) throw new PyTypeError("'float' object cannot be interpreted as an integer");
    if (d === -1) {
      if (unknown >= 0) throw new ValueError("can only specify one unknown dimension");
      unknown = i;
    } else if (d < 0) {
      throw new ValueError("negative dimensions not allowed");
    }
  }
  const known = out.reduce((p, d) => (d === -1 ? p : p * d), 1);
  if (unknown >= 0) {
    if (known === 0 || size % known !== 0) {
      throw new ValueError(`cannot reshape array of size ${size} into shape ${reshapeShapeStr(dims)}`);
    }
    out[unknown] = size / known;
  } else if (known !== size) {
    throw new ValueError(`cannot reshape array of size ${size} into shape ${reshapeShapeStr(dims)}`);
  }
  return out;
}

/** Keyword arguments of np.reshape. */
export interface ReshapeOptions {
  a?: ArrayLike;
  newshape?: ShapeLike;
  /** The index order: "C" (last index fastest), "F" (first index fastest) or "A" (F for a Fortran-contiguous array). */
  order?: "C" | "F" | "A";
}

const RESHAPE = signature("numpy.reshape(a, newshape, order='C')", { types: { newshape: SHAPE, order: "str" } });

/**
 * `numpy.reshape(a, newshape, order='C')`: same data, new shape (one -1 is inferred); a view
 * when a is contiguous.
 */
export function reshape(a: ArrayLike, newshape: ShapeLike, ...rest: PyArgs<[order: "C" | "F" | "A", options: ReshapeOptions], ReshapeOptions>): NDArray;
export function reshape(...args: unknown[]): NDArray {
  let a = args[0] as ArrayLike, newshape = args[1] as ShapeLike, order = "C";
  if (args.length !== 2 || isPlainObject(newshape)) ({ a, newshape, order } = bindReshapeOrder(RESHAPE, args));
  if (order !== "C") return reshapeInOrder(asarray(a), newshape, order);
  const arr = asarray(a);
  const dims = resolveShape(arr.size, typeof newshape === "number" ? [newshape] : newshape);
  if (shapeSize(dims) === 0) return viewOf(arr, new NDArray(arr.data, dims, cContiguousStrides(dims), arr.offset, arr.dtype));
  const strides = isCContiguous(arr) ? cContiguousStrides(dims) : stridesWithoutCopy(arr.shape, arr.strides, dims);
  if (strides === null) return NDArray.fromStorage(astype(arr, arr.dtype).data, dims, arr.dtype);
  return viewOf(arr, new NDArray(arr.data, dims, strides, arr.offset, arr.dtype));
}

/**
 * Strides giving the elements of a strided array in C order under a new shape, or null when
 * the new shape needs a copy (NumPy's attempt at a reshape without copying): every group of
 * old axes merged into new ones must be contiguous with itself.
 */
function stridesWithoutCopy(shape: readonly number[], strides: readonly number[], dims: readonly number[]): number[] | null {
  const oldDims: number[] = [];
  const oldStrides: number[] = [];
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] !== 1) {
      oldDims.push(shape[i]);
      oldStrides.push(strides[i]);
    }
  }
  const out = new Array<number>(dims.length).fill(0);
  let oi = 0;
  let oj = 1;
  let ni = 0;
  let nj = 1;
  while (ni < dims.length && oi < oldDims.length) {
    let newProduct = dims[ni];
    let oldProduct = oldDims[oi];
    while (newProduct !== oldProduct) {
      if (newProduct < oldProduct) newProduct *= dims[nj++];
      else oldProduct *= oldDims[oj++];
    }
    for (let k = oi; k < oj - 1; k++) if (oldStrides[k] !== oldDims[k + 1] * oldStrides[k + 1]) return null;
    out[nj - 1] = oldStrides[oj - 1];
    for (let k = nj - 1; k > ni; k--) out[k - 1] = out[k] * dims[k];
    ni = nj++;
    oi = oj++;
  }
  const last = ni >= 1 ? out[ni - 1] : 1;
  for (let k = ni; k < dims.length; k++) out[k] = last;
  return out;
}

const RAVEL = signature("numpy.ravel(a, order='C')", { types: { order: "str" } });

/** `numpy.ravel(a, order='C')`: the elements as a 1-D array (a view when contiguous). */
export function ravel(a: ArrayLike, ...rest: PyArgs<[order: "C" | "F" | "A" | "K", options: { a?: ArrayLike; order?: "C" | "F" | "A" | "K" }], { a?: ArrayLike; order?: "C" | "F" | "A" | "K" }>): NDArray;
export function ravel(...args: unknown[]): NDArray {
  let a = args[0] as ArrayLike, order = "C";
  if (args.length !== 1) ({ a, order } = bindOrdered(RAVEL, args, ["C", "F", "A", "K"]));
  const arr = asarray(a);
  if (order !== "C") return ravelInOrder(arr, order);
  // NumPy's ravel gives a view only of a C-contiguous array
  return reshape(isCContiguous(arr) ? arr : astype(arr, arr.dtype), [arr.size]);
}

/** `ndarray.flatten(order='C')`: a 1-D copy of the elements in the index order asked for. */
export function flatten(a: ArrayLike, order = "C"): NDArray {
  const arr = asarray(a);
  if (order !== "C") return astype(ravelInOrder(arr, order), arr.dtype);
  const copy = reshape(astype(arr, arr.dtype), [arr.size]);
  copy._base = null; // a copy: it owns its memory
  return copy;
}

const TRANSPOSE = signature("numpy.transpose(a, axes=None)", { types: { axes: AXIS } });

/** `numpy.transpose(a, axes=None)`: axes reversed or permuted (a view). */
export function transpose(a: ArrayLike, ...rest: PyArgs<[axes: readonly number[] | null, options: { a?: ArrayLike; axes?: readonly number[] | null }], { a?: ArrayLike; axes?: readonly number[] | null }>): NDArray;
export function transpose(...args: unknown[]): NDArray {
  let a = args[0] as ArrayLike, axes = args[1] as readonly number[] | null | undefined;
  if (args.length > 2 || isPlainObject(axes)) ({ a, axes } = TRANSPOSE.bind(args));
  const arr = asarray(a);
  const n = arr.ndim;
  let perm: number[];
  if (axes === undefined || axes === null) {
    perm = Array.from({ length: n }, (_, i) => n - 1 - i);
  } else {
    if (axes.length !== n) throw new ValueError("axes don't match array");
    perm = axes.map((ax) => normalizeAxis(ax, n));
    if (new Set(perm).size !== n) throw new ValueError("repeated axis in transpose");
  }
  return viewOf(arr, new NDArray(arr.data, perm.map((p) => arr.shape[p]), perm.map((p) => arr.strides[p]), arr.offset, arr.dtype));
}

const SWAPAXES = signature("numpy.swapaxes(a, axis1, axis2)", { types: { axis1: "int", axis2: "int" } });

/** `numpy.swapaxes(a, axis1, axis2)`: a view with two axes exchanged. */
export function swapaxes(a: ArrayLike, ...rest: PyArgs<[axis1: number, axis2: number, options: { a?: ArrayLike; axis1?: number; axis2?: number }], { a?: ArrayLike; axis1?: number; axis2?: number }>): NDArray;
export function swapaxes(...args: unknown[]): NDArray {
  let a = args[0] as ArrayLike, axis1 = args[1] as number, axis2 = args[2] as number;
  if (args.length !== 3 || isPlainObject(axis2)) ({ a, axis1, axis2 } = SWAPAXES.bind(args));
  const arr = asarray(a);
  const i = normalizeAxis(axis1, arr.ndim);
  const j = normalizeAxis(axis2, arr.ndim);
  const perm = arr.shape.map((_, k) => (k === i ? j : k === j ? i : k));
  return transpose(arr, perm);
}

const SQUEEZE = signature("numpy.squeeze(a, axis=None)", { types: { axis: AXIS } });

/** `numpy.squeeze(a, axis=None)`: drops length-1 axes (all, or the given ones). */
export function squeeze(a: ArrayLike, ...rest: PyArgs<[axis: number | readonly number[] | null, options: { a?: ArrayLike; axis?: number | readonly number[] | null }], { a?: ArrayLike; axis?: number | readonly number[] | null }>): NDArray;
export function squeeze(...args: unknown[]): NDArray {
  let a = args[0] as ArrayLike, axis = args[1] as number | readonly number[] | null | undefined;
  if (args.length > 2 || isPlainObject(axis)) ({ a, axis } = SQUEEZE.bind(args));
  const arr = asarray(a);
  let drop: number[];
  if (axis === undefined || axis === null) {
    drop = arr.shape.map((d, i) => (d === 1 ? i : -1)).filter((i) => i >= 0);
  } else {
    drop = (typeof axis === "number" ? [axis] : Array.from(axis)).map((ax) => normalizeAxis(ax, arr.ndim));
    for (const ax of drop) {
      if (arr.shape[ax] !== 1) throw new ValueError("cannot select an axis to squeeze out which has size not equal to one");
    }
  }
  const keep = arr.shape.map((_, i) => !drop.includes(i));
  return viewOf(arr, new NDArray(arr.data, arr.shape.filter((_, i) => keep[i]), arr.strides.filter((_, i) => keep[i]), arr.offset, arr.dtype));
}

const EXPAND_DIMS = signature("numpy.expand_dims(a, axis)", { types: { axis: check("int or tuple of ints", (v) => v !== null && AXIS.test(v)) } });

/**
 * `numpy.expand_dims(a, axis)`: a view with length-1 axes inserted at the given positions
 * (an int or a tuple of ints, counted in the result's dimensions).
 */
export function expand_dims(a: ArrayLike, ...rest: PyArgs<[axis: number | readonly number[], options: { a?: ArrayLike; axis?: number | readonly number[] }], { a?: ArrayLike; axis?: number | readonly number[] }>): NDArray;
export function expand_dims(...args: unknown[]): NDArray {
  let a = args[0] as ArrayLike, axis = args[1] as number | readonly number[];
  if (args.length !== 2 || isPlainObject(axis)) ({ a, axis } = EXPAND_DIMS.bind(args));
  const arr = asarray(a);
  const list = typeof axis === "number" ? [axis] : Array.from(axis);
  const ndim = arr.ndim + list.length;
  const at = list.map((ax) => normalizeAxis(ax, ndim));
  if (new Set(at).size !== at.length) throw new ValueError("repeated axis");
  const shape: number[] = [];
  const strides: number[] = [];
  let src = 0;
  for (let i = 0; i < ndim; i++) {
    if (at.includes(i)) {
      shape.push(1);
      strides.push(0);
    } else {
      shape.push(arr.shape[src]);
      strides.push(arr.strides[src++]);
    }
  }
  return viewOf(arr, new NDArray(arr.data, shape, strides, arr.offset, arr.dtype));
}

const BROADCAST_TO = signature("numpy.broadcast_to(array, shape, subok=False)", { types: { shape: SHAPE, subok: "bool" } });

/**
 * `numpy.broadcast_to(array, shape, subok=False)`: a view repeating along stretched axes
 * (`subok` changes nothing: there are no ndarray subclasses here).
 */
export function broadcast_to(array: ArrayLike, ...rest: PyArgs<[shape: ShapeLike, subok: boolean, options: { array?: ArrayLike; shape?: ShapeLike; subok?: boolean }], { array?: ArrayLike; shape?: ShapeLike; subok?: boolean }>): NDArray;
export function broadcast_to(...args: unknown[]): NDArray {
  let array = args[0] as ArrayLike, shape = args[1] as ShapeLike;
  if (args.length !== 2 || isPlainObject(shape)) ({ array, shape } = BROADCAST_TO.bind(args));
  const arr = asarray(array);
  const dims = normShape(shape);
  const b = broadcastShapes([arr.shape, dims]);
  if (b.length !== dims.length || b.some((d, i) => d !== dims[i])) {
    throw new ValueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeStr(arr.shape)} and requested shape ${shapeStr(dims)}`);
  }
  const view = new NDArray(arr.data, dims, broadcastStrides(arr.shape, arr.strides, dims), arr.offset, arr.dtype);
  view._readonly = true;
  return view;
}

/** Keyword arguments of concatenate/stack (concatenate takes axis null: flatten all first). */
export interface JoinOptions {
  axis?: number | null;
}

/** Keyword arguments of concatenate: `out` or `dtype` (not both), and the casting rule for the inputs. */
export interface ConcatenateOptions extends JoinOptions {
  out?: NDArray | null;
  dtype?: DTypeLike | null;
  casting?: Casting;
}

const CONCATENATE = signature("numpy.concatenate(seq, /, axis=0, out=None, *, dtype=None, casting='same_kind')", {
  types: { seq: "sequence", axis: "int|None", out: OUT, dtype: DTYPE, casting: "str" },
});

/**
 * `numpy.concatenate((a1, a2, ...), axis=0, out=None, dtype=None, casting="same_kind")`: joins
 * arrays along an existing axis (dtype by promotion; `axis: null` flattens them first).
 */
export function concatenate(seq: readonly ArrayLike[], ...rest: PyArgs<[axis: number | null, out: NDArray | null, options: ConcatenateOptions], ConcatenateOptions>): NDArray;
export function concatenate(...args: unknown[]): NDArray {
  const bound = args.length === 1 ? { seq: args[0], axis: 0 } : CONCATENATE.bind(args);
  if (args.length > 1 && hasJoinKeywords(bound as JoinKeywords)) {
    return joinWith("concatenate", bound.seq, bound as JoinKeywords, () => concatenate(bound.seq, bound.axis));
  }
  const arrays = bound.seq as readonly ArrayLike[];
  const opts: JoinOptions = { axis: bound.axis };
  if (arrays.length === 0) throw new ValueError("need at least one array to concatenate");
  if (opts?.axis === null) return concatenate(arrays.map((x) => ravel(x)), { axis: 0 });
  const ops = arrays.map(operand);
  const arrs = ops.map((o) => o.arr);
  const dt = resultTypeOf(ops.map((o) => ({ ...o.op, scalar: false })));
  const first = arrs[0];
  if (first.ndim === 0) throw new ValueError("zero-dimensional arrays cannot be concatenated");
  const axis = normalizeAxis(opts?.axis ?? 0, first.ndim);
  let total = 0;
  arrs.forEach((arr, k) => {
    if (arr.ndim !== first.ndim) {
      throw new ValueError(
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${first.ndim} dimension(s) and the array at index ${k} has ${arr.ndim} dimension(s)`,
      );
    }
    for (let i = 0; i < first.ndim; i++) {
      if (i !== axis && arr.shape[i] !== first.shape[i]) {
        throw new ValueError(
          `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${i}, the array at index 0 has size ${first.shape[i]} and the array at index ${k} has size ${arr.shape[i]}`,
        );
      }
    }
    total += arr.shape[axis];
  });
  const shape = first.shape.slice();
  shape[axis] = total;
  const strides = cContiguousStrides(shape);
  const out = new NDArray(zeroedStorage(dt.storage, shapeSize(shape)), shape, strides, 0, dt);
  let start = 0;
  for (const arr of arrs) {
    const part = new NDArray(out.data, arr.shape.slice(), strides, start * strides[axis], dt);
    copyInto(part, arr);
    start += arr.shape[axis];
  }
  return out;
}

/** Keyword arguments of stack: `out` or `dtype` (not both), and the casting rule for the inputs. */
export interface StackOptions {
  arrays?: readonly ArrayLike[];
  axis?: number;
  out?: NDArray | null;
  dtype?: DTypeLike | null;
  casting?: Casting;
}

const STACK = signature("numpy.stack(arrays, axis=0, out=None, *, dtype=None, casting='same_kind')", {
  types: { arrays: "sequence", axis: "int", out: OUT, dtype: DTYPE, casting: "str" },
});

/** `numpy.stack(arrays, axis=0, out=None, *, dtype=None, casting='same_kind')`: joins same-shaped arrays along a new axis. */
export function stack(arrays: readonly ArrayLike[], ...rest: PyArgs<[axis: number, out: NDArray | null, options: StackOptions], StackOptions>): NDArray;
export function stack(...args: unknown[]): NDArray {
  const bound = args.length === 1 ? { arrays: args[0], axis: 0 } : STACK.bind(args);
  if (args.length > 1 && hasJoinKeywords(bound as JoinKeywords)) {
    return joinWith("stack", bound.arrays, bound as JoinKeywords, () => stack(bound.arrays, bound.axis));
  }
  const arrays = bound.arrays as readonly ArrayLike[];
  const opts: JoinOptions = { axis: bound.axis };
  if (arrays.length === 0) throw new ValueError("need at least one array to stack");
  const arrs = arrays.map((x) => asarray(x));
  const shape0 = arrs[0].shape;
  for (const arr of arrs) {
    if (arr.ndim !== shape0.length || arr.shape.some((d, i) => d !== shape0[i])) {
      throw new ValueError("all input arrays must have the same shape");
    }
  }
  const axis = opts?.axis ?? 0;
  const ndim = shape0.length + 1;
  if (axis === null) throw new PyTypeError("'NoneType' object cannot be interpreted as an integer");
  if (axis < -ndim || axis >= ndim) throw new AxisError(`axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return concatenate(arrs.map((arr) => expand_dims(arr, axis)), { axis });
}

function atLeast(arr: NDArray, n: 2 | 1): NDArray {
  if (arr.ndim >= n) return arr;
  if (arr.ndim === 0) return reshape(arr, n === 2 ? [1, 1] : [1]);
  return reshape(arr, [1, arr.shape[0]]);
}

/** Keyword arguments of vstack/hstack: the result dtype and the casting rule for the inputs. */
export interface StackTupOptions {
  tup?: readonly ArrayLike[];
  dtype?: DTypeLike | null;
  casting?: Casting;
}

const STACK_TUP = { types: { tup: "sequence", dtype: DTYPE, casting: "str" } };
const VSTACK = signature("numpy.vstack(tup, *, dtype=None, casting='same_kind')", { ...STACK_TUP, aliases: ["row_stack"] });
const HSTACK = signature("numpy.hstack(tup, *, dtype=None, casting='same_kind')", STACK_TUP);

/** `numpy.vstack(tup, *, dtype=None, casting='same_kind')` (np.row_stack is the same function): stacks rows (1-D arrays become rows). */
export function vstack(tup: readonly ArrayLike[], options?: StackTupOptions): NDArray;
export function vstack(...args: unknown[]): NDArray {
  if (args.length > 1) {
    const b = VSTACK.bind(args);
    return joinWith("vstack", b.tup, b as JoinKeywords, () => vstack(b.tup));
  }
  const tup = args[0] as readonly ArrayLike[];
  return concatenate(tup.map((x) => atLeast(asarray(x), 2)), { axis: 0 });
}

/** `numpy.hstack(tup, *, dtype=None, casting='same_kind')`: stacks columns (joins 1-D arrays end to end). */
export function hstack(tup: readonly ArrayLike[], options?: StackTupOptions): NDArray;
export function hstack(...args: unknown[]): NDArray {
  if (args.length > 1) {
    const b = HSTACK.bind(args);
    return joinWith("hstack", b.tup, b as JoinKeywords, () => hstack(b.tup));
  }
  const tup = args[0] as readonly ArrayLike[];
  const arrs = tup.map((x) => atLeast(asarray(x), 1));
  return concatenate(arrs, { axis: arrs.length > 0 && arrs[0].ndim === 1 ? 0 : 1 });
}

const COPY = signature("numpy.copy(a, order='K', subok=False)", { types: { order: "str", subok: "bool" } });

/** `numpy.copy(a, order='K', subok=False)`: a copy in the memory order asked for ("K" and "A" keep a Fortran-ordered array's layout). */
export function copy(a: ArrayLike, ...rest: PyArgs<[order: "K" | "A" | "C" | "F", subok: boolean, options: { a?: ArrayLike; order?: "K" | "A" | "C" | "F"; subok?: boolean }], { a?: ArrayLike; order?: "K" | "A" | "C" | "F"; subok?: boolean }>): NDArray;
export function copy(...args: unknown[]): NDArray {
  let a = args[0] as ArrayLike, order = "K";
  if (args.length !== 1) ({ a, order } = bindOrdered(COPY, args, ["K", "A", "C", "F"]));
  const arr = asarray(a);
  return inLayout(astype(arr, arr.dtype), order, arr);
}

/** A view with `axis` moved to the end (the others keep their order). */
export function moveAxisLast(a: NDArray, axis: number): NDArray {
  const perm = a.shape.map((_, i) => i).filter((i) => i !== axis);
  perm.push(axis);
  return transpose(a, perm);
}

const COLUMN_STACK = signature("numpy.column_stack(tup)", { types: { tup: "sequence" } });

/** `numpy.column_stack(tup)`: 1-D arrays become columns of a 2-D array; 2-D arrays join along axis 1. */
export function column_stack(tup: readonly ArrayLike[]): NDArray;
export function column_stack(...args: unknown[]): NDArray {
  const tup = (args.length === 1 && Array.isArray(args[0]) ? args[0] : COLUMN_STACK.bind(args).tup) as readonly ArrayLike[];
  const arrs = tup.map((x) => {
    const arr = asarray(x);
    return arr.ndim < 2 ? reshape(arr, [arr.size, 1]) : arr;
  });
  return concatenate(arrs, { axis: 1 });
}

/** Keyword arguments of np.meshgrid. */
export interface MeshgridOptions {
  /** False: read-only broadcast views instead of copies. */
  copy?: boolean;
  /** True: each output keeps length 1 along the other axes (no broadcasting). */
  sparse?: boolean;
  /** "xy" (default, Cartesian: outputs have shape (len(y), len(x))) or "ij" (matrix). */
  indexing?: "xy" | "ij";
}

const MESHGRID = signature("numpy.meshgrid(*xi, copy=True, sparse=False, indexing='xy')", {
  types: { copy: "bool", sparse: "bool" },
  choices: { indexing: ["xy", "ij"] },
});

/**
 * `numpy.meshgrid(*xi, copy=True, sparse=False, indexing='xy')`: coordinate matrices from
 * coordinate vectors, `np.meshgrid(x, y)` or `np.meshgrid(x, y, { indexing: "ij" })`.
 */
export function meshgrid(...xi: (ArrayLike | MeshgridOptions)[]): NDArray[];
export function meshgrid(...args: unknown[]): NDArray[] {
  const { xi, copy: copied, sparse, indexing } = MESHGRID.bind(args);
  const vecs = (xi as ArrayLike[]).map((x) => ravel(x));
  const n = vecs.length;
  const shape = vecs.map((v) => v.size);
  if (indexing === "xy" && n > 1) [shape[0], shape[1]] = [shape[1], shape[0]];
  return vecs.map((v, i) => {
    let axis = i;
    if (indexing === "xy" && n > 1 && i < 2) axis = 1 - i;
    const dims = shape.map((d, k) => (k === axis ? v.size : 1));
    const view = sparse ? reshape(v, dims) : broadcast_to(reshape(v, dims), shape);
    return copied ? copy(view) : view;
  });
}

pyfunction(RESHAPE, reshape);
pyfunction(RAVEL, ravel);
pyfunction(TRANSPOSE, transpose);
pyfunction(SWAPAXES, swapaxes);
pyfunction(SQUEEZE, squeeze);
pyfunction(EXPAND_DIMS, expand_dims);
pyfunction(BROADCAST_TO, broadcast_to);
pyfunction(COPY, copy);
pyfunction(CONCATENATE, concatenate);
pyfunction(STACK, stack);
pyfunction(VSTACK, vstack);
pyfunction(HSTACK, hstack);
pyfunction(COLUMN_STACK, column_stack);
pyfunction(MESHGRID, meshgrid);

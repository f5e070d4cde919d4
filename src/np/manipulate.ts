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

/** `np.reshape(a, newshape)`: same data, new shape (one -1 is inferred); a view when a is contiguous. */
export function reshape(a: ArrayLike, newshape: ShapeLike): NDArray {
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

/** `np.ravel(a)`: the elements as a 1-D array (a view when contiguous). */
export function ravel(a: ArrayLike): NDArray {
  const arr = asarray(a);
  // NumPy's ravel gives a view only of a C-contiguous array
  return reshape(isCContiguous(arr) ? arr : astype(arr, arr.dtype), [arr.size]);
}

/** `ndarray.flatten()`: a 1-D copy of the elements in C order. */
export function flatten(a: ArrayLike): NDArray {
  const arr = asarray(a);
  return reshape(astype(arr, arr.dtype), [arr.size]);
}

/** `np.transpose(a, axes=None)`: axes reversed or permuted (a view). */
export function transpose(a: ArrayLike, axes?: readonly number[] | null): NDArray {
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

/** `np.swapaxes(a, axis1, axis2)`: a view with two axes exchanged. */
export function swapaxes(a: ArrayLike, axis1: number, axis2: number): NDArray {
  const arr = asarray(a);
  const i = normalizeAxis(axis1, arr.ndim);
  const j = normalizeAxis(axis2, arr.ndim);
  const perm = arr.shape.map((_, k) => (k === i ? j : k === j ? i : k));
  return transpose(arr, perm);
}

/** `np.squeeze(a, axis=None)`: drops length-1 axes (all, or the given ones). */
export function squeeze(a: ArrayLike, axis?: number | readonly number[] | null): NDArray {
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

/** `np.expand_dims(a, axis)`: a view with length-1 axes inserted at the given positions. */
export function expand_dims(a: ArrayLike, axis: number | readonly number[]): NDArray {
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

/** `np.broadcast_to(array, shape)`: a read-only view repeating along stretched axes. */
export function broadcast_to(array: ArrayLike, shape: ShapeLike): NDArray {
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

/** `np.concatenate(arrays, axis=0)`: joins arrays along an existing axis (dtype by promotion). */
export function concatenate(arrays: readonly ArrayLike[], opts?: JoinOptions): NDArray {
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

/** `np.stack(arrays, axis=0)`: joins same-shaped arrays along a new axis. */
export function stack(arrays: readonly ArrayLike[], opts?: JoinOptions): NDArray {
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

/** `np.vstack(tup)`: stacks rows (1-D arrays become rows). */
export function vstack(tup: readonly ArrayLike[]): NDArray {
  return concatenate(tup.map((x) => atLeast(asarray(x), 2)), { axis: 0 });
}

/** `np.hstack(tup)`: stacks columns (joins 1-D arrays end to end). */
export function hstack(tup: readonly ArrayLike[]): NDArray {
  const arrs = tup.map((x) => atLeast(asarray(x), 1));
  return concatenate(arrs, { axis: arrs.length > 0 && arrs[0].ndim === 1 ? 0 : 1 });
}

/** `np.copy(a)`: a C-ordered copy. */
export function copy(a: ArrayLike): NDArray {
  const arr = asarray(a);
  return astype(arr, arr.dtype);
}

/** A view with `axis` moved to the end (the others keep their order). */
export function moveAxisLast(a: NDArray, axis: number): NDArray {
  const perm = a.shape.map((_, i) => i).filter((i) => i !== axis);
  perm.push(axis);
  return transpose(a, perm);
}

/** `np.column_stack(tup)`: 1-D arrays become columns of a 2-D array; 2-D arrays join along axis 1. */
export function column_stack(tup: readonly ArrayLike[]): NDArray {
  const arrs = tup.map((x) => {
    const arr = asarray(x);
    return arr.ndim < 2 ? reshape(arr, [arr.size, 1]) : arr;
  });
  return concatenate(arrs, { axis: 1 });
}

/** Keyword arguments of np.meshgrid. */
export interface MeshgridOptions {
  /** "xy" (default, Cartesian: outputs have shape (len(y), len(x))) or "ij" (matrix). */
  indexing?: "xy" | "ij";
}

/**
 * `np.meshgrid(*xi, indexing="xy")`: coordinate matrices from coordinate vectors
 * (pass the vectors as a list: `np.meshgrid([x, y])`).
 */
export function meshgrid(xi: readonly ArrayLike[], opts?: MeshgridOptions): NDArray[] {
  const indexing = opts?.indexing ?? "xy";
  if (indexing !== "xy" && indexing !== "ij") throw new ValueError("Valid values for `indexing` are 'xy' and 'ij'.");
  const vecs = xi.map((x) => ravel(x));
  const n = vecs.length;
  const shape = vecs.map((v) => v.size);
  if (indexing === "xy" && n > 1) [shape[0], shape[1]] = [shape[1], shape[0]];
  return vecs.map((v, i) => {
    let axis = i;
    if (indexing === "xy" && n > 1 && i < 2) axis = 1 - i;
    const dims = shape.map((_, k) => (k === axis ? v.size : 1));
    return copy(broadcast_to(reshape(v, dims), shape));
  });
}

/**
 * Reading and writing through an index: basic indices give views; integer and boolean
 * arrays gather copies (NumPy's advanced indexing) and scatter on assignment.
 */
import { uninitStorage, zeroedStorage } from "../alloc";
import { IndexError, PyTypeError, ValueError } from "../../errors";
import { NDArray, cContiguousStrides } from "../ndarray";
import { assertWriteable } from "../flags";
import { ArrayLike, NestedList, asarray } from "../create";
import { contiguousStorage } from "../contiguous";
import { astype, copyInto, pythonNumberInto } from "../cast";
import { partView } from "../complex/parts";
import { joinParts } from "../complex/reduce";
import { broadcastShapes, broadcastStrides, compactShape, sameShape, shapeSize } from "../shape";
import { forEachRun } from "../iterate";
import { IndexElement, ParsedIndex, parseIndex } from "./parse";
import { basicView, elementPosition } from "./basic";
import { warn } from "../warnings";

const EMPTY: readonly number[] = Object.freeze([]);

/** The advanced part of an index, resolved: buffer offsets per broadcast index position. */
interface Advanced {
  /** Broadcast shape of the index arrays. */
  bshape: number[];
  /** Buffer offset (relative to the view's offset) for each index position, C order. */
  offsets: Float64Array;
  /** The view's remaining (non-indexed) axes. */
  restShape: number[];
  restStrides: number[];
  /** Where the broadcast dims go in the result (0 when the indexed axes are not adjacent). */
  insertAt: number;
}

const OUT_OF_BOUNDS_IN_EMPTY =
  "Out of bound index found. This was previously ignored when the indexing result contained no elements. " +
  "In the future the index error will be raised. This error occurs either due to an empty slice, or if an array has zero elements even before indexing.\n" +
  "(Use `warnings.simplefilter('error')` to turn this DeprecationWarning into an error and get more details on the invalid index.)";

function resolve(p: ParsedIndex): Advanced {
  const { view, arrays, axes } = p;
  let bshape: number[];
  try {
    bshape = broadcastShapes(arrays.map((x) => x.shape));
  } catch {
    throw new IndexError(`shape mismatch: indexing arrays could not be broadcast together with shapes ${p.named.map(compactShape).join(" ")} `);
  }
  const count = shapeSize(bshape);
  const offsets = new Float64Array(count);
  // an out-of-bounds index into an empty result is only deprecated in NumPy 1.24
  const emptyResult = view.shape.some((d, i) => d === 0 && !axes.includes(i));
  let ignoredOutOfBounds = false;
  for (let k = 0; k < arrays.length; k++) {
    const axis = axes[k];
    const size = view.shape[axis];
    const stride = view.strides[axis];
    const arr = arrays[k];
    const flat = contiguousStorage(new NDArray(arr.data, bshape, broadcastStrides(arr.shape, arr.strides, bshape), arr.offset, arr.dtype));
    for (let i = 0; i < count; i++) {
      let v = flat[i];
      if (v < -size || v >= size) {
        if (emptyResult) {
          ignoredOutOfBounds = true;
          continue;
        }
        throw new IndexError(`index ${v} is out of bounds for axis ${p.sourceAxes[k]} with size ${size}`);
      }
      if (v < 0) v += size;
      offsets[i] += v * stride;
    }
  }
  if (ignoredOutOfBounds) warn(OUT_OF_BOUNDS_IN_EMPTY, "DeprecationWarning");
  const rest = view.shape.map((_, i) => !axes.includes(i));
  const sorted = axes.slice().sort((x, y) => x - y);
  const adjacent = p.adjacent && sorted.every((ax, i) => i === 0 || ax === sorted[i - 1] + 1);
  return {
    bshape,
    offsets,
    restShape: view.shape.filter((_, i) => rest[i]),
    restStrides: view.strides.filter((_, i) => rest[i]),
    insertAt: adjacent ? sorted[0] : 0,
  };
}

/** Result shape of an advanced index: broadcast dims at insertAt among the remaining dims. */
function resultShape(adv: Advanced): number[] {
  return [...adv.restShape.slice(0, adv.insertAt), ...adv.bshape, ...adv.restShape.slice(adv.insertAt)];
}

/** Permutation taking the result's axes to (broadcast dims, remaining dims). */
function frontPerm(adv: Advanced): number[] {
  const nb = adv.bshape.length;
  const pre = adv.insertAt;
  const total = adv.restShape.length + nb;
  const perm: number[] = [];
  for (let i = 0; i < nb; i++) perm.push(pre + i);
  for (let i = 0; i < total; i++) if (i < pre || i >= pre + nb) perm.push(i);
  return perm;
}

/** The mask when the index is one boolean array of a's own shape (the common `a[a > t]`), else null. */
function wholeMask(a: NDArray, index: readonly IndexElement[]): NDArray | null {
  if (index.length !== 1) return null;
  const el = index[0];
  if (!(el instanceof NDArray) && !Array.isArray(el)) return null;
  const mask = el instanceof NDArray ? el : asarray(el as NestedList);
  if (mask.dtype.kind !== "b" || mask.ndim === 0 || !sameShape(mask.shape, a.shape)) return null;
  return mask;
}

/** `a[mask]` for a full-shape boolean mask: the selected elements in C order. */
function getMasked(a: NDArray, mask: NDArray): NDArray {
  const m = contiguousStorage(mask);
  const v = contiguousStorage(a);
  let count = 0;
  for (let i = 0; i < m.length; i++) if (m[i] !== 0) count++;
  const out = uninitStorage(a.dtype.storage, count);
  let k = 0;
  for (let i = 0; i < m.length; i++) if (m[i] !== 0) out[k++] = v[i];
  return NDArray.fromStorage(out, [count], a.dtype);
}

/** `a[mask] = value` for a full-shape boolean mask (value: one per selected element, or broadcast). */
function setMasked(a: NDArray, mask: NDArray, value: ArrayLike): void {
  const m = contiguousStorage(mask);
  let count = 0;
  for (let i = 0; i < m.length; i++) if (m[i] !== 0) count++;
  const val = asarray(value);
  if (val.ndim > 1) {
    throw new PyTypeError(`NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has ${val.ndim} dimensions`);
  }
  if (!broadcastsTo(val.shape, [count])) {
    throw new ValueError(
      `NumPy boolean array indexing assignment cannot assign ${val.size} input values to the ${count} output values where the mask is true`,
    );
  }
  const values = contiguousStorage(astype(new NDArray(val.data, [count], broadcastStrides(val.shape, val.strides, [count]), val.offset, val.dtype), a.dtype));
  const d = a.data;
  const md = mask.data;
  let k = 0;
  forEachRun(a.shape, [a, mask], (pos, steps, n) => {
    let ap = pos[0];
    let mp = pos[1];
    for (let i = 0; i < n; i++) {
      if (md[mp] !== 0) d[ap] = values[k++];
      ap += steps[0];
      mp += steps[1];
    }
  });
}

/** `a[index]`: a view for basic indices, a copy for advanced ones; a full int index gives a 0-d array. */
export function getItem(a: NDArray, index: readonly IndexElement[]): NDArray {
  if (a.dtype.kind !== "c") {
    const at = elementPosition(a, index);
    if (at >= 0) return scalarOf(a.data[at], a.dtype);
    const view = basicView(a, index);
    if (view !== null) return view.ndim === 0 ? scalarOf(a.data[view.offset], a.dtype) : view;
  }
  const mask = wholeMask(a, index);
  if (mask !== null) return a.dtype.kind === "c" ? byParts(a, index) : getMasked(a, mask);
  const p = parseIndex(a, index);
  // advanced indexing of complex values: each part is gathered as a float array
  if (p.arrays.length > 0 && a.dtype.kind === "c") return byParts(a, index);
  if (p.arrays.length === 0) {
    // a full integer index is NumPy's scalar: a copy, not a view
    if (p.view.ndim === 0 && !index.includes("...")) return astype(p.view, a.dtype);
    // a 0-d integer array indexes like an integer, but NumPy's result is then a copy
    if (index.some((el) => el instanceof NDArray && el.ndim === 0)) return astype(p.view, a.dtype);
    return p.view;
  }
  const adv = resolve(p);
  const restSize = shapeSize(adv.restShape);
  const count = adv.offsets.length;
  const frontShape = [...adv.bshape, ...adv.restShape];
  const out = new NDArray(zeroedStorage(a.dtype.storage, count * restSize), frontShape, cContiguousStrides(frontShape), 0, a.dtype);
  const src = p.view.data;
  const base = p.view.offset;
  if (restSize === 1 && adv.restShape.length === 0) {
    const o = out.data;
    for (let i = 0; i < count; i++) o[i] = src[base + adv.offsets[i]];
  } else {
    const slotStrides = cContiguousStrides(adv.restShape);
    for (let i = 0; i < count; i++) {
      const dst = new NDArray(out.data, adv.restShape, slotStrides, i * restSize, a.dtype);
      copyInto(dst, new NDArray(src, adv.restShape, adv.restStrides, base + adv.offsets[i], a.dtype));
    }
  }
  if (adv.insertAt === 0) return out;
  // move the broadcast dims back to where the indexed axes were
  const perm = frontPerm(adv);
  const inverse = new Array<number>(perm.length);
  perm.forEach((p2, i) => (inverse[p2] = i));
  return astype(out.transpose(inverse), a.dtype);
}

/** `a[index]` of a complex array gathered part by part (boolean and integer array indices). */
function byParts(a: NDArray, index: readonly IndexElement[]): NDArray {
  return joinParts(getItem(partView(a, 0), index), getItem(partView(a, 1), index), a.dtype) as NDArray;
}

/** `a[index] = value`: assignment through any index form, broadcasting and casting the value. */
export function setItem(a: NDArray, index: readonly IndexElement[], value: ArrayLike): void {
  assertWriteable(a);
  if (a.dtype.kind === "c") {
    // complex targets take the value's real and imaginary parts through their float views
    let v = asarray(value);
    if (v.data === a.data) v = v.copy();
    const c = v.dtype === a.dtype ? v : astype(v, a.dtype);
    setItem(partView(a, 0), index, partView(c, 0));
    setItem(partView(a, 1), index, partView(c, 1));
    return;
  }
  // a value that shares memory with the target is copied first (a[:] = a[::-1] works as in NumPy)
  if (value instanceof NDArray && value.data === a.data) value = value.copy();
  // a Python number is converted once (NumPy's errors and warnings) after the index is parsed
  const pyNumber = typeof value === "number" || typeof value === "boolean" ? Number(value) : null;
  if (pyNumber !== null) {
    const at = elementPosition(a, index);
    if (at >= 0) {
      a.data[at] = pythonNumberInto(pyNumber, a.dtype);
      return;
    }
  }
  const mask = wholeMask(a, index);
  if (mask !== null) {
    setMasked(a, mask, pyNumber === null ? value : scalarOf(pythonNumberInto(pyNumber, a.dtype), a.dtype));
    return;
  }
  const p = parseIndex(a, index);
  if (pyNumber !== null) value = scalarOf(pythonNumberInto(pyNumber, a.dtype), a.dtype);
  if (p.arrays.length === 0) {
    copyInto(p.view, withoutLeadingOnes(asarray(value), p.view.ndim));
    return;
  }
  const adv = resolve(p);
  const val = withoutLeadingOnes(asarray(value), resultShape(adv).length);
  const shape = resultShape(adv);
  if (!broadcastsTo(val.shape, shape)) {
    throw new ValueError(
      `shape mismatch: value array of shape ${fmt(val.shape)} could not be broadcast to indexing result of shape ${fmt(shape)}`,
    );
  }
  const full = new NDArray(val.data, shape, broadcastStrides(val.shape, val.strides, shape), val.offset, val.dtype);
  if (adv.restShape.length === 0) {
    // every axis indexed by arrays: one element per index position
    const values = contiguousStorage(astype(full, a.dtype));
    const d = p.view.data;
    const base = p.view.offset;
    for (let i = 0; i < adv.offsets.length; i++) d[base + adv.offsets[i]] = values[i];
    return;
  }
  const front = full.transpose(frontPerm(adv));
  const nb = adv.bshape.length;
  const bStrides = front.strides.slice(0, nb);
  const restValStrides = front.strides.slice(nb);
  const count = adv.offsets.length;
  const position = new Array<number>(nb).fill(0);
  let valPos = front.offset;
  for (let i = 0; i < count; i++) {
    const dst = new NDArray(p.view.data, adv.restShape, adv.restStrides, p.view.offset + adv.offsets[i], a.dtype);
    copyInto(dst, new NDArray(val.data, adv.restShape, restValStrides, valPos, val.dtype));
    for (let d = nb - 1; d >= 0; d--) {
      valPos += bStrides[d];
      if (++position[d] < adv.bshape[d]) break;
      valPos -= bStrides[d] * adv.bshape[d];
      position[d] = 0;
    }
  }
}

/** A value with more dimensions than its target drops leading length-1 ones, as NumPy allows. */
function withoutLeadingOnes(val: NDArray, ndim: number): NDArray {
  let k = 0;
  while (val.ndim - k > ndim && val.shape[k] === 1) k++;
  return k === 0 ? val : new NDArray(val.data, val.shape.slice(k), val.strides.slice(k), val.offset, val.dtype);
}

function broadcastsTo(from: readonly number[], to: readonly number[]): boolean {
  if (from.length > to.length) return false;
  const lead = to.length - from.length;
  return from.every((d, i) => d === 1 || d === to[lead + i]);
}

function fmt(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
}

/** A 0-d array of `dt` holding `v` (wrapped on store as NumPy's C cast wraps). */
function scalarOf(v: number, dt: NDArray["dtype"]): NDArray {
  const data = new dt.storage(1);
  data[0] = v;
  return new NDArray(data, EMPTY, EMPTY, 0, dt);
}

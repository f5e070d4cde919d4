/**
 * Index parsing: turns `get`/`set` index elements (ints, slice strings, newaxis, "...",
 * boolean and integer arrays) into a basic view plus, when arrays are present, the advanced
 * index arrays and the view axes they apply to.
 */
import { IndexError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { viewOf } from "../flags";
import { asarray, NestedList } from "../create";
import { int64 } from "../dtype";
import { nonzero } from "./nonzero";
import { pyfunction, signature } from "../../signature";

/** `np.newaxis`: inserts a length-1 axis when used as an index. */
export const newaxis = null;

/** A Python slice `start:stop:step` (null means the default). */
export class Slice {
  constructor(readonly start: number | null, readonly stop: number | null, readonly step: number | null) {}
}

const SLICE = signature("builtins.slice(start, stop=None, step=None, /)", { types: { start: "int|None", stop: "int|None", step: "int|None" } });

/** Python's `slice(stop)` / `slice(start, stop[, step])`: a slice object usable as an index element. */
export function slice(start: number | null = null, stop?: number | null, step: number | null = null): Slice {
  if (arguments.length > 1) SLICE.bind(arguments); // checks the bounds' types and the arity
  if (stop === undefined) return new Slice(null, start, null);
  return new Slice(start, stop, step);
}

pyfunction(SLICE, slice);

/** One index element as accepted by `get` and `set`. */
export type IndexElement = number | string | null | Slice | NDArray | NestedList;

const INVALID =
  "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices";

function parseSlice(text: string): Slice {
  const parts = text.split(":");
  if (parts.length < 2 || parts.length > 3) throw new IndexError(INVALID);
  const nums = parts.map((p) => {
    const t = p.trim();
    if (t === "") return null;
    if (!/^[+-]?\d+$/.test(t)) throw new IndexError(INVALID);
    return Number(t);
  });
  return new Slice(nums[0], nums[1], nums.length === 3 ? nums[2] : null);
}

/** Slice strings already parsed, by text: a program indexes with the same few over and over. */
const PARSED_SLICES = new Map<string, Slice>();

/** The Slice a slice string ("1:5", "::-1") stands for (IndexError for anything else). */
export function sliceOf(text: string): Slice {
  let s = PARSED_SLICES.get(text);
  if (s === undefined) {
    s = parseSlice(text);
    if (PARSED_SLICES.size >= 1024) PARSED_SLICES.clear();
    PARSED_SLICES.set(text, s);
  }
  return s;
}

/** Python's slice.indices(): start, step and length over an axis of `size`. */
export function sliceIndices(s: Slice, size: number): { start: number; step: number; length: number } {
  const step = s.step ?? 1;
  if (step === 0) throw new ValueError("slice step cannot be zero");
  let start: number;
  let stop: number;
  if (step > 0) {
    start = s.start === null ? 0 : s.start < 0 ? Math.max(s.start + size, 0) : Math.min(s.start, size);
    stop = s.stop === null ? size : s.stop < 0 ? Math.max(s.stop + size, 0) : Math.min(s.stop, size);
  } else {
    start = s.start === null ? size - 1 : s.start < 0 ? Math.max(s.start + size, -1) : Math.min(s.start, size - 1);
    stop = s.stop === null ? -1 : s.stop < 0 ? Math.max(s.stop + size, -1) : Math.min(s.stop, size - 1);
  }
  const length = Math.max(0, Math.ceil((stop - start) / step));
  return { start, step, length };
}

/** An integer index checked against an axis (negative counts from the end). */
export function checkIndex(i: number, axis: number, size: number): number {
  if (i < -size || i >= size) throw new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${size}`);
  return i < 0 ? i + size : i;
}

/** The parsed index: a basic view, and advanced index arrays with the view axes they index. */
export interface ParsedIndex {
  view: NDArray;
  /** Integer index arrays (bools turned into their nonzero indices), one per indexed view axis. */
  arrays: NDArray[];
  /** The view axis each array indexes. */
  axes: number[];
  /** The axis of the indexed array each index array refers to (for bounds errors). */
  sourceAxes: number[];
  /** True when the advanced indices sit next to each other in the index (their dims stay in place). */
  adjacent: boolean;
  /** Shapes of the index arrays as NumPy names them in a broadcast error (integers left out). */
  named: (readonly number[])[];
}

type Normal = { kind: "int"; value: number } | { kind: "slice"; slice: Slice } | { kind: "new" } | { kind: "array"; arr: NDArray } | { kind: "ellipsis" };

function normalise(el: IndexElement): Normal {
  if (el === null) return { kind: "new" };
  if (typeof el === "number") {
    if (!Number.isInteger(el)) throw new IndexError(INVALID);
    return { kind: "int", value: el };
  }
  if (typeof el === "string") {
    if (el === "...") return { kind: "ellipsis" };
    return { kind: "slice", slice: sliceOf(el) };
  }
  if (el instanceof Slice) return { kind: "slice", slice: el };
  if (el instanceof NDArray || Array.isArray(el)) {
    let arr = asarray(el as NDArray);
    // an empty list indexes nothing (NumPy treats it as an integer array)
    if (arr.size === 0 && arr.dtype.kind === "f") arr = arr.astype("int64");
    if (arr.dtype.kind === "f") throw new IndexError("arrays used as indices must be of integer (or boolean) type");
    // a 0-d integer array indexes as the integer it holds
    if (arr.ndim === 0 && arr.dtype.kind !== "b") return { kind: "int", value: arr.data[arr.offset] };
    return { kind: "array", arr };
  }
  throw new IndexError(INVALID);
}

/** Parses index elements against an array. */
export function parseIndex(a: NDArray, elements: readonly IndexElement[]): ParsedIndex {
  const norm = elements.map(normalise);
  const ellipses = norm.filter((n) => n.kind === "ellipsis").length;
  if (ellipses > 1) throw new IndexError("an index can only have a single ellipsis ('...')");
  let consumed = 0;
  for (const n of norm) {
    if (n.kind === "int" || n.kind === "slice") consumed++;
    else if (n.kind === "array") consumed += n.arr.dtype.kind === "b" ? n.arr.ndim : 1;
  }
  if (consumed > a.ndim) {
    throw new IndexError(`too many indices for array: array is ${a.ndim}-dimensional, but ${consumed} were indexed`);
  }
  const hasArrays = norm.some((n) => n.kind === "array");
  const shape: number[] = [];
  const strides: number[] = [];
  let offset = a.offset;
  const arrays: NDArray[] = [];
  const axes: number[] = [];
  const named: (readonly number[])[] = [];
  const sourceAxes: number[] = [];
  // integer bounds are checked after the whole index (NumPy reports a boolean mismatch first)
  const intChecks: number[] = [];
  // positions in the index of the first and last advanced element, and their count
  let firstAdvanced = -1;
  let lastAdvanced = -1;
  let advancedCount = 0;
  const advancedAt = (position: number): void => {
    if (firstAdvanced < 0) firstAdvanced = position;
    lastAdvanced = position;
    advancedCount++;
  };
  let axis = 0;
  const fullSlice = (): void => {
    shape.push(a.shape[axis]);
    strides.push(a.strides[axis]);
    axis++;
  };
  for (let position = 0; position < norm.length; position++) {
    const n = norm[position];
    switch (n.kind) {
      case "ellipsis":
        for (let k = 0; k < a.ndim - consumed; k++) fullSlice();
        break;
      case "new":
        shape.push(1);
        strides.push(0);
        break;
      case "int":
        if (hasArrays) {
          intChecks.push(n.value, axis, a.shape[axis]);
          advancedAt(position);
          sourceAxes.push(axis);
          arrays.push(asarray(n.value));
          axes.push(shape.length);
          fullSlice();
        } else {
          intChecks.push(n.value, axis, a.shape[axis]);
          offset += (n.value < 0 ? n.value + a.shape[axis] : n.value) * a.strides[axis];
          axis++;
        }
        break;
      case "slice": {
        const { start, step, length } = sliceIndices(n.slice, a.shape[axis]);
        if (length > 0) offset += start * a.strides[axis];
        shape.push(length);
        strides.push(a.strides[axis] * step);
        axis++;
        break;
      }
      case "array": {
        advancedAt(position);
        if (n.arr.dtype.kind === "b" && n.arr.ndim === 0) {
          // a 0-d boolean adds an axis of length 1 and selects all of it (true) or none (false)
          const picked = n.arr.data[n.arr.offset] !== 0 ? [0] : [];
          const idx = NDArray.fromStorage(Float64Array.from(picked), [picked.length], int64);
          arrays.push(idx);
          sourceAxes.push(axis);
          named.push(idx.shape);
          axes.push(shape.length);
          shape.push(1);
          strides.push(0);
        } else if (n.arr.dtype.kind === "b") {
          const dims = Math.max(n.arr.ndim, 1);
          for (let k = 0; k < n.arr.ndim; k++) {
            if (n.arr.shape[k] !== a.shape[axis + k]) {
              throw new IndexError(
                `boolean index did not match indexed array along dimension ${axis + k}; dimension is ${a.shape[axis + k]} but corresponding boolean dimension is ${n.arr.shape[k]}`,
              );
            }
          }
          const idx = nonzero(n.arr);
          for (let k = 0; k < dims && k < idx.length; k++) {
            arrays.push(idx[k]);
            sourceAxes.push(axis);
            named.push(idx[k].shape);
            axes.push(shape.length);
            fullSlice();
          }
        } else {
          arrays.push(n.arr);
          sourceAxes.push(axis);
          if (n.arr.ndim > 0) named.push(n.arr.shape);
          axes.push(shape.length);
          fullSlice();
        }
        break;
      }
    }
  }
  while (axis < a.ndim) fullSlice();
  for (let k = 0; k < intChecks.length; k += 3) checkIndex(intChecks[k], intChecks[k + 1], intChecks[k + 2]);
  const adjacent = advancedCount === 0 || lastAdvanced - firstAdvanced + 1 === advancedCount;
  return { view: viewOf(a, new NDArray(a.data, shape, strides, offset, a.dtype)), arrays, axes, sourceAxes, adjacent, named };
}

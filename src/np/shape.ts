/**
 * Shape arithmetic shared by the np modules: shape arguments, Python tuple text,
 * broadcasting and axis normalisation.
 */
import { inspect } from "node:util";
import { AxisError, PyTypeError, ValueError } from "../errors";

/** A shape argument: one length or a list of lengths (`np.zeros(3)`, `np.zeros([2, 3])`). */
export type ShapeLike = number | readonly number[];

/** Python's repr of a shape tuple: `(3,)`, `(512, 512)`, `()`. */
export function shapeStr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** A shape as NumPy writes it in some messages: `(3,)`, `(2,3)` (no spaces). */
export function compactShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
}

function inspectShape(this: readonly number[]): string {
  return shapeStr(this);
}

/** The prototype of shape tuples: Array's, plus the Python-tuple printing. */
const TUPLE_PROTO: object = Object.create(Array.prototype, {
  [inspect.custom]: { value: inspectShape, enumerable: false, writable: false, configurable: false },
});

/**
 * Recently made tuples of up to three lengths, by a hash of their lengths: giving a tuple its
 * prototype and freezing it costs ten times what making the array does, and a program makes
 * the same few shapes over and over (every result and view of a loop's arrays).
 */
const RECENT_SLOTS = 4096;
const RECENT = new Array<readonly number[] | undefined>(RECENT_SLOTS).fill(undefined);

function recentSlot(dims: readonly number[]): number {
  let h = 0x811c9dc5 ^ dims.length;
  for (let i = 0; i < dims.length; i++) h = Math.imul(h ^ dims[i], 0x01000193);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) & (RECENT_SLOTS - 1);
}

/**
 * A frozen number[] that prints like a Python tuple under util.inspect (`(512, 512)`),
 * as the `shape` of an array does in NumPy. Takes ownership of `dims` (the tuple returned
 * may be an equal one made before: tuples are immutable, so arrays share them).
 */
export function tupleShape(dims: number[]): readonly number[] {
  if (dims.length > 3) return makeTuple(dims);
  const slot = recentSlot(dims);
  const seen = RECENT[slot];
  if (seen !== undefined && sameShape(seen, dims)) return seen;
  return (RECENT[slot] = makeTuple(dims));
}

/** tupleShape of a copy of `dims` (which stays the caller's), or an equal tuple made before. */
export function tupleOf(dims: readonly number[]): readonly number[] {
  if (dims.length <= 3) {
    const seen = RECENT[recentSlot(dims)];
    if (seen !== undefined && sameShape(seen, dims)) return seen;
  }
  return tupleShape(dims.slice());
}

function makeTuple(dims: number[]): readonly number[] {
  Object.setPrototypeOf(dims, TUPLE_PROTO);
  return Object.freeze(dims);
}

/** True for a shape made by tupleShape (immutable, so arrays may share it). */
export function isTupleShape(shape: readonly number[]): boolean {
  return Object.getPrototypeOf(shape) === TUPLE_PROTO;
}

/** Validates a shape argument and returns it as a fresh number[]. */
export function normShape(shape: ShapeLike, what = "shape"): number[] {
  const dims = typeof shape === "number" ? [shape] : Array.from(shape);
  for (const d of dims) {
    if (typeof d !== "number" || !Number.isInteger(d)) {
      throw new PyTypeError(`'${typeof d === "number" ? "float" : typeof d}' object cannot be interpreted as an integer`);
    }
    if (d < 0) throw new ValueError(what === "shape" ? "negative dimensions are not allowed" : `negative ${what}`);
  }
  return dims;
}

/** Product of the lengths. */
export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (let i = 0; i < shape.length; i++) n *= shape[i];
  return n;
}

/** True when both shapes have the same lengths. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The broadcast shape of several shapes, or NumPy's ValueError naming them all. */
export function broadcastShapes(shapes: readonly (readonly number[])[]): number[] {
  let ndim = 0;
  for (const s of shapes) ndim = Math.max(ndim, s.length);
  const out = new Array<number>(ndim).fill(1);
  for (const s of shapes) {
    const lead = ndim - s.length;
    for (let i = 0; i < s.length; i++) {
      const d = s[i];
      const o = out[lead + i];
      if (d === o || d === 1) continue;
      if (o === 1) {
        out[lead + i] = d;
        continue;
      }
      throw new ValueError(`operands could not be broadcast together with shapes ${shapes.map(compactShape).join(" ")} `);
    }
  }
  return out;
}

/** Element strides of `shape`/`strides` broadcast to `target` (0 along stretched axes). */
export function broadcastStrides(shape: readonly number[], strides: readonly number[], target: readonly number[]): number[] {
  const lead = target.length - shape.length;
  const out = new Array<number>(target.length).fill(0);
  for (let i = 0; i < shape.length; i++) {
    out[lead + i] = shape[i] === 1 && target[lead + i] !== 1 ? 0 : strides[i];
  }
  return out;
}

/** An axis argument resolved against ndim (negative counts from the end), or AxisError. */
export function normalizeAxis(axis: number, ndim: number): number {
  if (!Number.isInteger(axis)) throw new PyTypeError(`'float' object cannot be interpreted as an integer`);
  if (axis < -ndim || axis >= ndim) throw new AxisError(`axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}

/** An axis or list of axes resolved and checked for repeats (null/undefined: all axes). */
export function normalizeAxes(axis: number | readonly number[] | null | undefined, ndim: number): number[] {
  if (axis === null || axis === undefined) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === "number" ? [axis] : Array.from(axis);
  const out = list.map((a) => normalizeAxis(a, ndim));
  if (new Set(out).size !== out.length) throw new ValueError("duplicate value in 'axis'");
  return out;
}

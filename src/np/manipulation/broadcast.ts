/** broadcast_arrays and broadcast_shapes. */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { pyfunction, signature } from "../../signature";
import { viewOf } from "../flags";
import { broadcastStrides, normShape, sameShape, shapeStr, tupleShape } from "../shape";

/** NumPy's message when shapes do not broadcast, naming the first pair that clashes. */
function broadcastTogether(shapes: readonly (readonly number[])[]): number[] {
  let ndim = 0;
  for (const s of shapes) ndim = Math.max(ndim, s.length);
  const out = new Array<number>(ndim).fill(1);
  const from = new Array<number>(ndim).fill(-1);
  shapes.forEach((s, k) => {
    const lead = ndim - s.length;
    for (let i = 0; i < s.length; i++) {
      const d = s[i];
      const o = out[lead + i];
      if (d === o || d === 1) continue;
      if (o === 1) {
        out[lead + i] = d;
        from[lead + i] = k;
        continue;
      }
      const j = from[lead + i];
      throw new ValueError(
        `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${j} with shape ${shapeStr(shapes[j])} and arg ${k} with shape ${shapeStr(s)}.`,
      );
    }
  });
  return out;
}

const BROADCAST_SHAPES = signature("numpy.broadcast_shapes(*args)");

/** `numpy.broadcast_shapes(*args)`: the shape the given shapes (ints or tuples) broadcast to. */
export function broadcast_shapes(...args: (number | readonly number[])[]): readonly number[];
export function broadcast_shapes(...args: unknown[]): readonly number[] {
  const shapes = (BROADCAST_SHAPES.bind(args).args as (number | number[])[]).map((s) => normShape(s));
  return tupleShape(broadcastTogether(shapes));
}

/** Keyword arguments of np.broadcast_arrays. */
export interface BroadcastArraysOptions {
  /** No effect: there are no ndarray subclasses here. */
  subok?: boolean;
}

const BROADCAST_ARRAYS = signature("numpy.broadcast_arrays(*args, subok=False)", { types: { subok: "bool" } });

/**
 * `numpy.broadcast_arrays(*args, subok=False)`: views of the arrays broadcast to one shape (the
 * arrays themselves when their shapes already agree). As in NumPy 1.24 the views are writeable.
 */
export function broadcast_arrays(...args: (ArrayLike | BroadcastArraysOptions)[]): NDArray[];
export function broadcast_arrays(...args: unknown[]): NDArray[] {
  const arrs = (BROADCAST_ARRAYS.bind(args).args as ArrayLike[]).map((x) => asarray(x));
  const shape = broadcastTogether(arrs.map((a) => a.shape));
  if (arrs.every((a) => sameShape(a.shape, shape))) return arrs;
  return arrs.map((a) => viewOf(a, new NDArray(a.data, shape, broadcastStrides(a.shape, a.strides, shape), a.offset, a.dtype)));
}

pyfunction(BROADCAST_SHAPES, broadcast_shapes);
pyfunction(BROADCAST_ARRAYS, broadcast_arrays);

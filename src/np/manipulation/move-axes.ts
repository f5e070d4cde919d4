/** Moving axes: moveaxis, rollaxis (views). */
import { AxisError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { PyArgs, check, pyfunction, signature } from "../../signature";
import { normalizeAxis } from "../shape";
import { transpose } from "../manipulate";
import { sameView } from "./_views";

const INTS = check("int or sequence of ints", (v) => Number.isInteger(v) || (Array.isArray(v) && v.every(Number.isInteger)));
const MOVEAXIS = signature("numpy.moveaxis(a, source, destination)", { types: { source: INTS, destination: INTS } });

/** NumPy's normalize_axis_tuple with an argument name in its messages. */
function axisTuple(axis: number | readonly number[], ndim: number, argname: string): number[] {
  const list = typeof axis === "number" ? [axis] : Array.from(axis);
  const out = list.map((ax) => {
    if (ax < -ndim || ax >= ndim) throw new AxisError(`${argname}: axis ${ax} is out of bounds for array of dimension ${ndim}`);
    return ax < 0 ? ax + ndim : ax;
  });
  if (new Set(out).size !== out.length) throw new ValueError(`repeated axis in \`${argname}\` argument`);
  return out;
}

/**
 * `numpy.moveaxis(a, source, destination)`: axes moved to new positions, the others keeping
 * their order; a view.
 */
export function moveaxis(a: ArrayLike, source: number | readonly number[], destination: number | readonly number[]): NDArray;
export function moveaxis(...args: unknown[]): NDArray {
  const { a, source, destination } = args.length === 3 && typeof args[2] === "number" ? { a: args[0], source: args[1], destination: args[2] } : MOVEAXIS.bind(args);
  const arr = asarray(a as ArrayLike);
  const src = axisTuple(source as number | number[], arr.ndim, "source");
  const dst = axisTuple(destination as number | number[], arr.ndim, "destination");
  if (src.length !== dst.length) throw new ValueError("`source` and `destination` arguments must have the same number of elements");
  const order = arr.shape.map((_, i) => i).filter((i) => !src.includes(i));
  const pairs = dst.map((d, i) => [d, src[i]]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  for (const [d, s] of pairs) order.splice(d, 0, s);
  return transpose(arr, order);
}

/** Keyword arguments of np.rollaxis. */
export interface RollaxisOptions {
  a?: ArrayLike;
  axis?: number;
  start?: number;
}

const ROLLAXIS = signature("numpy.rollaxis(a, axis, start=0)", { types: { axis: "int", start: "int" } });

/**
 * `numpy.rollaxis(a, axis, start=0)`: `axis` rolled back until it lies before position
 * `start` (NumPy recommends moveaxis); a view.
 */
export function rollaxis(a: ArrayLike, axis: number, ...rest: PyArgs<[start: number, options: RollaxisOptions], RollaxisOptions>): NDArray;
export function rollaxis(...args: unknown[]): NDArray {
  let a = args[0] as ArrayLike, axis = args[1] as number, start = 0;
  if (args.length !== 2 || typeof axis !== "number") ({ a, axis, start } = ROLLAXIS.bind(args));
  const arr = asarray(a);
  const n = arr.ndim;
  const ax = normalizeAxis(axis, n);
  let at = start < 0 ? start + n : start;
  if (!(at >= 0 && at < n + 1)) throw new AxisError(`'start' arg requires ${-n} <= start < ${n + 1}, but ${at} was passed in`);
  if (ax < at) at -= 1;
  if (ax === at) return sameView(arr);
  const order = arr.shape.map((_, i) => i).filter((i) => i !== ax);
  order.splice(at, 0, ax);
  return transpose(arr, order);
}

pyfunction(MOVEAXIS, moveaxis);
pyfunction(ROLLAXIS, rollaxis);

/** Reversing and rotating: flip, fliplr, flipud, rot90 (all views, as in NumPy). */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { PyArgs, check, isPlainObject, pyfunction, signature } from "../../signature";
import { AXIS } from "../params";
import { normalizeAxes } from "../shape";
import { transpose } from "../manipulate";
import { reversedAxes, sameView } from "./_views";

/** Keyword arguments of np.flip. */
export interface FlipOptions {
  m?: ArrayLike;
  axis?: number | readonly number[] | null;
}

const FLIP = signature("numpy.flip(m, axis=None)", { types: { axis: AXIS } });

/**
 * `numpy.flip(m, axis=None)`: the elements in reverse order along the given axis or axes (all
 * axes for None); a view.
 */
export function flip(m: ArrayLike, ...rest: PyArgs<[axis: number | readonly number[] | null, options: FlipOptions], FlipOptions>): NDArray;
export function flip(...args: unknown[]): NDArray {
  let m = args[0] as ArrayLike, axis = args[1] as number | readonly number[] | null | undefined;
  // flip(m) and flip(m, axis) with an int axis skip the binder
  if (args.length > 2 || (args.length === 2 && typeof axis !== "number")) ({ m, axis } = FLIP.bind(args));
  const arr = asarray(m);
  if (axis === null || axis === undefined) return arr.ndim === 0 ? sameView(arr) : reversedAxes(arr, normalizeAxes(null, arr.ndim));
  return reversedAxes(arr, normalizeAxes(axis, arr.ndim));
}

const FLIPLR = signature("numpy.fliplr(m)");
const FLIPUD = signature("numpy.flipud(m)");

/** `numpy.fliplr(m)`: columns reversed (axis 1); m must be at least 2-D. A view. */
export function fliplr(m: ArrayLike): NDArray {
  if (arguments.length !== 1 || isPlainObject(m)) ({ m } = FLIPLR.bind(arguments));
  const arr = asarray(m);
  if (arr.ndim < 2) throw new ValueError("Input must be >= 2-d.");
  return reversedAxes(arr, [1]);
}

/** `numpy.flipud(m)`: rows reversed (axis 0); m must be at least 1-D. A view. */
export function flipud(m: ArrayLike): NDArray {
  if (arguments.length !== 1 || isPlainObject(m)) ({ m } = FLIPUD.bind(arguments));
  const arr = asarray(m);
  if (arr.ndim < 1) throw new ValueError("Input must be >= 1-d.");
  return reversedAxes(arr, [0]);
}

/** Keyword arguments of np.rot90. */
export interface Rot90Options {
  m?: ArrayLike;
  k?: number;
  axes?: readonly number[];
}

const ROT90 = signature("numpy.rot90(m, k=1, axes=(0, 1))", {
  types: { k: "int", axes: check("a sequence of 2 ints", (v) => Array.isArray(v) && v.every(Number.isInteger)) },
});

/**
 * `numpy.rot90(m, k=1, axes=(0, 1))`: rotated by 90 degrees k times, from the first axis
 * towards the second; a view.
 */
export function rot90(m: ArrayLike, ...rest: PyArgs<[k: number, axes: readonly number[], options: Rot90Options], Rot90Options>): NDArray;
export function rot90(...args: unknown[]): NDArray {
  let m = args[0] as ArrayLike, k = 1, axes: readonly number[] = [0, 1];
  if (args.length !== 1) ({ m, k, axes } = ROT90.bind(args));
  const arr = asarray(m);
  const n = arr.ndim;
  if (axes.length !== 2) throw new ValueError("len(axes) must be 2.");
  const [a0, a1] = axes;
  if (a0 === a1 || Math.abs(a0 - a1) === n) throw new ValueError("Axes must be different.");
  if (a0 >= n || a0 < -n || a1 >= n || a1 < -n) throw new ValueError(`Axes=(${a0}, ${a1}) out of range for array of ndim=${n}.`);
  const turns = ((k % 4) + 4) % 4;
  const first = a0 < 0 ? a0 + n : a0;
  const second = a1 < 0 ? a1 + n : a1;
  if (turns === 0) return sameView(arr);
  if (turns === 2) return reversedAxes(arr, first === second ? [] : [first, second]);
  const perm = arr.shape.map((_, i) => (i === first ? second : i === second ? first : i));
  if (turns === 1) return transpose(reversedAxes(arr, [second]), perm);
  return reversedAxes(transpose(arr, perm), [second]);
}

pyfunction(FLIP, flip);
pyfunction(FLIPLR, fliplr);
pyfunction(FLIPUD, flipud);
pyfunction(ROT90, rot90);

/** np.vdot: the dot product of two arrays flattened (real arrays: no conjugation to do). */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { dot } from "../linalg";
import { pyfunction, signature } from "../../signature";

const VDOT = signature("numpy.vdot(a, b, /)");

/**
 * `numpy.vdot(a, b, /)`: the sum of the elementwise products of `a` and `b` read in C order
 * (both flattened; they must have the same size). Complex conjugation of `a` does not arise
 * for the real dtypes this covers.
 */
export function vdot(a: ArrayLike, b: ArrayLike): number;
export function vdot(...args: unknown[]): number {
  const bound = args.length === 2 ? { a: args[0], b: args[1] } : VDOT.bind(args);
  const x = asarray(bound.a as ArrayLike).ravel();
  const y = asarray(bound.b as ArrayLike).ravel();
  if (x.size !== y.size) throw new ValueError(`cannot reshape array of size ${y.size} into shape (${x.size},)`);
  const r = dot(x, y) as NDArray | number;
  return r instanceof NDArray ? (r.item() as number) : r;
}

pyfunction(VDOT, vdot);

/**
 * NumPy's fast_scalar_power (ndarray.__pow__ and __ipow__): a float array raised to a scalar
 * exponent of 1, -1, 0.5 or 2 runs positive, reciprocal, sqrt or square instead of power (0
 * gives ones), with those ufuncs' bits and warning names.
 */
import { NDArray } from "../ndarray";
import { UnaryUfunc } from "./declare";
import { sqrt, square } from "./unary";
import { positive, reciprocal } from "./float-more";
import { ones_like } from "../create-filled";

const FAST_POWERS = new Map<number, UnaryUfunc>([
  [1, positive], [-1, reciprocal], [0.5, sqrt], [2, square],
]);

/** `a ** e` (in place into `a` with `inPlace`) for a float array and one of the fast exponents; null otherwise. */
export function floatScalarPower(a: NDArray, e: number, inPlace: boolean): NDArray | null {
  if (a.dtype.kind !== "f") return null;
  if (e === 0) return inPlace ? (a.fill(1), a) : ones_like(a);
  const fast = FAST_POWERS.get(e);
  if (fast === undefined) return null;
  return inPlace ? fast(a, { out: a }) : fast(a);
}

/** np.fix: rounding toward zero, as NumPy's ufunc-like function over ceil and floor. */
import { PyArgs, pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import type { ArrayLike } from "../create";
import { OUT } from "../params";
import { trunc } from "../ufuncs/unary";

const FIX = signature("numpy.fix(x, out=None)", { types: { out: OUT } });

/**
 * `numpy.fix(x, out=None)`: each value rounded toward zero (floats; integers become float64 as
 * np.ceil makes them). A number for a scalar input, as NumPy's; into `out` when given.
 */
export function fix(x: number, ...rest: PyArgs<[out: NDArray | null, options: { x?: ArrayLike; out?: NDArray | null }], { x?: ArrayLike; out?: NDArray | null }>): number;
export function fix(x: ArrayLike, ...rest: PyArgs<[out: NDArray | null, options: { x?: ArrayLike; out?: NDArray | null }], { x?: ArrayLike; out?: NDArray | null }>): NDArray | number;
export function fix(...args: unknown[]): NDArray | number {
  const b = args.length === 1 ? { x: args[0], out: null } : FIX.bind(args);
  if (b.out !== null) return trunc(b.x as ArrayLike, { out: b.out });
  const res = trunc(b.x as ArrayLike);
  return res.ndim === 0 ? (res.item() as number) : res;
}

pyfunction(FIX, fix);

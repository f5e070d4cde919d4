/**
 * np.exp and np.log over whole Float64Arrays through NumPy's own ufuncs (their vector
 * kernels), for loops that would otherwise call the scalar emulation per element; and the
 * same kernels over blocks a caller holds, for passes that stay in the cache.
 */
import { NDArray } from "../../np/ndarray";
import { float64 } from "../../np/dtype";
import { exp, log } from "../../np/ufuncs/unary";
import { expRun, logRun } from "../../np/simd-math";
import { npExp } from "../../np/ufuncs/exact/exp";
import { npLog } from "../../np/ufuncs/exact/log";

/** np.exp of every value (float64, NumPy's results). */
export function expArray(values: Float64Array): Float64Array {
  return exp(NDArray.fromStorage(values, [values.length], float64)).data as Float64Array;
}

/** np.log of every value (float64, NumPy's results). */
export function logArray(values: Float64Array): Float64Array {
  return log(NDArray.fromStorage(values, [values.length], float64)).data as Float64Array;
}

/**
 * o[i] = np.exp(x[i]) for i < n (o and x distinct arrays): the vector kernel on this thread for
 * a block of a few thousand values, the scalar emulation where the kernel is not built.
 */
export function expInto(o: Float64Array, x: Float64Array, n: number): void {
  if (!expRun(o, 0, x, 0, n)) for (let i = 0; i < n; i++) o[i] = npExp(x[i]);
}

/** o[i] = np.log(x[i]) for i < n, as expInto. */
export function logInto(o: Float64Array, x: Float64Array, n: number): void {
  if (!logRun(o, 0, x, 0, n)) for (let i = 0; i < n; i++) o[i] = npLog(x[i]);
}

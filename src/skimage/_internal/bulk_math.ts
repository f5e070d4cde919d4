/**
 * np.exp and np.log over whole Float64Arrays through NumPy's own ufuncs (their vector
 * kernels), for loops that would otherwise call the scalar emulation per element.
 */
import { NDArray } from "../../np/ndarray";
import { float64 } from "../../np/dtype";
import { exp, log } from "../../np/ufuncs/unary";

/** np.exp of every value (float64, NumPy's results). */
export function expArray(values: Float64Array): Float64Array {
  return exp(NDArray.fromStorage(values, [values.length], float64)).data as Float64Array;
}

/** np.log of every value (float64, NumPy's results). */
export function logArray(values: Float64Array): Float64Array {
  return log(NDArray.fromStorage(values, [values.length], float64)).data as Float64Array;
}

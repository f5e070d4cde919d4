/** np.roots: the zeros of a polynomial, as the eigenvalues of its companion matrix (NumPy's method). */
import { NotImplementedError, ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { float64 } from "../dtype";
import { eigvals } from "../linalg/eig";
import { concatenate } from "../manipulate";

const ROOTS = signature("numpy.roots(p)");

/**
 * `numpy.roots(p)`: the roots of the polynomial p[0] x^n + ... + p[n], as the eigenvalues of
 * its companion matrix (complex128 when some are complex, float64 otherwise); leading zeros
 * are dropped and trailing zeros give zero roots, as in NumPy.
 */
export function roots(p: ArrayLike): NDArray;
export function roots(...args: unknown[]): NDArray {
  let a = asarray((args.length === 1 ? args[0] : ROOTS.bind(args).p) as ArrayLike);
  if (a.ndim === 0) a = a.reshape([1]);
  if (a.ndim !== 1) throw new ValueError("Input must be a rank-1 array.");
  if (a.dtype.kind === "c") throw new NotImplementedError("roots() of a polynomial with complex coefficients is not supported yet");
  if (a.dtype.kind !== "f") a = astype(a, float64);
  const values = a.tolist() as number[];
  const nonZero = values.flatMap((v, i) => (v !== 0 ? [i] : []));
  if (nonZero.length === 0) return NDArray.fromStorage(new Float64Array(0), [0], float64);
  const first = nonZero[0];
  const last = nonZero[nonZero.length - 1];
  const trailing = values.length - last - 1;
  const coeffs = values.slice(first, last + 1);
  const n = coeffs.length;
  let found: NDArray;
  if (n > 1) {
    const companion = new Float64Array((n - 1) * (n - 1));
    for (let j = 0; j < n - 1; j++) companion[j] = -coeffs[j + 1] / coeffs[0];
    for (let i = 1; i < n - 1; i++) companion[i * (n - 1) + i - 1] = 1;
    found = eigvals(astype(NDArray.fromStorage(companion, [n - 1, n - 1], float64), a.dtype));
  } else {
    found = NDArray.fromStorage(new Float64Array(0), [0], float64);
  }
  if (trailing === 0) return found;
  const zeros = NDArray.fromStorage(new found.dtype.storage(trailing), [trailing], found.dtype);
  return concatenate([found, zeros]);
}
pyfunction(ROOTS, roots);

/** np.roots: the zeros of a polynomial, as the eigenvalues of its companion matrix (NumPy's method). */
import { ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { complex128, float64 } from "../dtype";
import { contiguousStorage } from "../contiguous";
import { eigvals } from "../linalg/eig";
import { concatenate } from "../manipulate";

const ROOTS = signature("numpy.roots(p)");

/**
 * `numpy.roots(p)`: the roots of the polynomial p[0] x^n + ... + p[n], as the eigenvalues of
 * its companion matrix (complex128 when some are complex, float64 otherwise; complex
 * coefficients give complex roots); leading zeros are dropped and trailing zeros give zero
 * roots, as in NumPy.
 */
export function roots(p: ArrayLike): NDArray;
export function roots(...args: unknown[]): NDArray {
  let a = asarray((args.length === 1 ? args[0] : ROOTS.bind(args).p) as ArrayLike);
  if (a.ndim === 0) a = a.reshape([1]);
  if (a.ndim !== 1) throw new ValueError("Input must be a rank-1 array.");
  if (a.dtype.kind === "c") return complexRoots(a);
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

/** roots() of complex coefficients: the eigenvalues of the complex companion matrix, NumPy's steps. */
function complexRoots(a: NDArray): NDArray {
  const z = contiguousStorage(astype(a, complex128)) as Float64Array;
  const count = a.size;
  const nonZero: number[] = [];
  for (let i = 0; i < count; i++) if (z[2 * i] !== 0 || z[2 * i + 1] !== 0) nonZero.push(i);
  if (nonZero.length === 0) return NDArray.fromStorage(new Float64Array(0), [0], float64);
  const first = nonZero[0];
  const last = nonZero[nonZero.length - 1];
  const trailing = count - last - 1;
  const n = last - first + 1;
  let found: NDArray;
  if (n > 1) {
    // A[0, :] = -p[1:] / p[0], ones below the diagonal
    const companion = new Float64Array(2 * (n - 1) * (n - 1));
    const [p0r, p0i] = [z[2 * first], z[2 * first + 1]];
    const d = p0r * p0r + p0i * p0i;
    for (let j = 0; j < n - 1; j++) {
      const [pr, pi] = [z[2 * (first + j + 1)], z[2 * (first + j + 1) + 1]];
      companion[2 * j] = -(pr * p0r + pi * p0i) / d;
      companion[2 * j + 1] = -(pi * p0r - pr * p0i) / d;
    }
    for (let i = 1; i < n - 1; i++) companion[2 * (i * (n - 1) + i - 1)] = 1;
    found = eigvals(astype(NDArray.fromStorage(companion, [n - 1, n - 1], complex128), a.dtype));
  } else {
    found = NDArray.fromStorage(new Float64Array(0), [0], float64);
  }
  if (trailing === 0) return found;
  const zeros = NDArray.fromStorage(new found.dtype.storage(trailing), [trailing], found.dtype);
  return concatenate([found, zeros]);
}

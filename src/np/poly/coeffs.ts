/**
 * What the polynomial functions share with np.poly1d without importing it: recognising a
 * poly1d argument, its coefficients, and wrapping a result as a poly1d (poly1d.ts registers
 * the class when it loads).
 */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { float64 } from "../dtype";

/** The part of np.poly1d the functions use. */
export interface PolyLike {
  readonly coeffs: NDArray;
}

let polyClass: (new (c: ArrayLike) => PolyLike) | null = null;

/** Called once by poly1d.ts. */
export function registerPoly1d(cls: new (c: ArrayLike) => PolyLike): void {
  polyClass = cls;
}

/** True for an np.poly1d. */
export function isPoly1d(v: unknown): v is PolyLike {
  return polyClass !== null && v instanceof polyClass;
}

/** A poly1d's coefficients; anything else unchanged. */
export function asCoeffs(v: unknown): ArrayLike {
  return isPoly1d(v) ? v.coeffs : (v as ArrayLike);
}

/** The result as a poly1d when an argument was one (NumPy's `truepoly`). */
export function wrapPoly<T extends NDArray>(value: T, truepoly: boolean): T {
  return truepoly && polyClass !== null ? (new polyClass(value) as unknown as T) : value;
}

/** Coefficients as poly1d keeps them: 1-D, leading zeros dropped, [0] when nothing is left. */
export function trimmedCoeffs(v: unknown): NDArray {
  if (isPoly1d(v)) return v.coeffs;
  let c = asarray(v as ArrayLike);
  if (c.ndim === 0) c = c.reshape([1]);
  if (c.ndim > 1) throw new ValueError("Polynomial must be 1d only.");
  const values = c.tolist() as number[];
  let first = 0;
  while (first < values.length && Number(values[first]) === 0) first++;
  if (first === values.length) return NDArray.fromStorage(new c.dtype.storage(1), [1], c.dtype);
  return c.get(`${first}:`);
}

/** `a + 0.0`: integers and booleans as float64, floats unchanged (JavaScript's 0.0 is an integer). */
export function asFloat(a: NDArray): NDArray {
  return a.dtype.kind === "f" ? a : astype(a, float64);
}

/** np.trim_zeros: a 1-D sequence without its leading and/or trailing zeros. */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { PyArgs, pyfunction, signature } from "../../signature";

const TRIM_ZEROS = signature("numpy.trim_zeros(filt, trim='fb')", { types: { trim: "str" } });

/**
 * `numpy.trim_zeros(filt, trim='fb')`: `filt` without its leading ('f' in `trim`) and trailing
 * ('b') zeros; a view of an array (a list for a list, as NumPy slices what it was given).
 */
export function trim_zeros(filt: NDArray, ...rest: PyArgs<[trim: string, options: { filt?: NDArray; trim?: string }], { filt?: NDArray; trim?: string }>): NDArray;
export function trim_zeros<T>(filt: readonly T[], ...rest: PyArgs<[trim: string, options: { filt?: readonly T[]; trim?: string }], { filt?: readonly T[]; trim?: string }>): T[];
export function trim_zeros(...args: unknown[]): NDArray | unknown[] {
  const b = args.length === 1 ? { filt: args[0], trim: "fb" } : TRIM_ZEROS.bind(args);
  const trim = (b.trim as string).toUpperCase();
  const filt = b.filt as ArrayLike;
  const arr = asarray(filt);
  if (arr.ndim === 0) throw new ValueError("iteration over a 0-d array");
  const rowSize = arr.size / (arr.shape[0] || 1);
  const isZero = (i: number): boolean => {
    const row = arr.ndim === 1 ? arr.item(i) : arr.get(i);
    if (typeof row !== "number" && typeof row !== "boolean") {
      if (rowSize !== 1) throw new ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
      return Number((row as NDArray).item()) === 0;
    }
    return Number(row) === 0;
  };
  const n = arr.shape[0];
  let first = 0;
  if (trim.includes("F")) while (first < n && isZero(first)) first++;
  let last = n;
  if (trim.includes("B")) while (last > 0 && isZero(last - 1)) last--;
  if (Array.isArray(filt)) return filt.slice(first, Math.max(first, last));
  return arr.get(`${first}:${Math.max(first, last)}`);
}

pyfunction(TRIM_ZEROS, trim_zeros);

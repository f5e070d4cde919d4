/** np.searchsorted (and ndarray.searchsorted): NumPy's binary search, sorter included. */
import { PyTypeError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { int64 } from "../dtype";
import { contiguousStorage } from "../contiguous";
import { PyArgs, pyfunction, signature } from "../../signature";

/** Keyword arguments of np.searchsorted. */
export interface SearchsortedOptions {
  a?: ArrayLike;
  v?: ArrayLike;
  side?: "left" | "right";
  sorter?: ArrayLike | null;
}

const SEARCHSORTED = signature("numpy.searchsorted(a, v, side='left', sorter=None)");

/** NumPy's order: NaN after every number. */
function less(x: number, y: number): boolean {
  return x < y || (y !== y && x === x);
}

/**
 * Insertion points of `keys` in `sorted` (read through `sorter` when given), keys in C order.
 * As NumPy, each search starts from the previous key's bounds when the keys ascend.
 */
function searchAll(sorted: globalThis.ArrayLike<number>, sorter: globalThis.ArrayLike<number> | null, keys: globalThis.ArrayLike<number>, right: boolean): Float64Array {
  const n = sorted.length;
  const out = new Float64Array(keys.length);
  let lo = 0, hi = n;
  let last = keys.length > 0 ? keys[0] : 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (right ? !less(key, last) : less(last, key)) hi = n;
    else {
      lo = 0;
      hi = hi < n ? hi + 1 : n;
    }
    last = key;
    if (sorter === null && key === key) {
      // no NaN key: NaNs in `sorted` compare as larger through `!(x <= key)` / `!(x < key)`
      if (right) {
        while (lo < hi) {
          const mid = lo + ((hi - lo) >> 1);
          if (sorted[mid] <= key) lo = mid + 1;
          else hi = mid;
        }
      } else {
        while (lo < hi) {
          const mid = lo + ((hi - lo) >> 1);
          if (sorted[mid] < key) lo = mid + 1;
          else hi = mid;
        }
      }
    } else {
      while (lo < hi) {
        const mid = lo + ((hi - lo) >> 1);
        let at = mid;
        if (sorter !== null) {
          at = sorter[mid];
          if (at < 0 || at >= n) throw new ValueError("Sorter index out of range.");
        }
        const x = sorted[at];
        if (right ? !less(key, x) : less(x, key)) lo = mid + 1;
        else hi = mid;
      }
    }
    out[i] = lo;
  }
  return out;
}

/** The search behind np.searchsorted and a.searchsorted, arguments already bound. */
export function searchsortedIn(a: ArrayLike, v: ArrayLike, side: unknown, sorter: ArrayLike | null): NDArray | number {
  if (side !== "left" && side !== "right") {
    throw new ValueError(`search side must be 'left' or 'right' (got ${typeof side === "string" ? `'${side}'` : String(side)})`);
  }
  const arr = asarray(a);
  if (arr.ndim > 1) throw new ValueError("object too deep for desired array");
  if (arr.ndim === 0) throw new ValueError("object of too small depth for desired array");
  const keys = asarray(v);
  let order: globalThis.ArrayLike<number> | null = null;
  if (sorter !== null) {
    const s = asarray(sorter);
    if (s.dtype.kind !== "i" && s.dtype.kind !== "u") throw new PyTypeError("sorter must only contain integers");
    if (s.ndim !== 1) throw new ValueError(s.ndim > 1 ? "object too deep for desired array" : "object of too small depth for desired array");
    if (s.size !== arr.size) throw new ValueError("sorter.size must equal a.size");
    order = contiguousStorage(s);
  }
  const found = searchAll(contiguousStorage(arr), order, contiguousStorage(keys), side === "right");
  if (keys.ndim === 0) return found[0];
  return NDArray.fromStorage(found, keys.shape, int64);
}

/**
 * `numpy.searchsorted(a, v, side='left', sorter=None)`: the indices where the values `v`
 * would be inserted into the 1-D sorted `a` to keep it sorted (int64; a number for a scalar
 * `v`). `side: "right"` puts equal values after; `sorter` is the argsort of an unsorted `a`.
 */
export function searchsorted(a: ArrayLike, v: number, ...rest: PyArgs<[side: "left" | "right", sorter: ArrayLike | null, options: SearchsortedOptions], SearchsortedOptions>): number;
export function searchsorted(a: ArrayLike, v: ArrayLike, ...rest: PyArgs<[side: "left" | "right", sorter: ArrayLike | null, options: SearchsortedOptions], SearchsortedOptions>): NDArray | number;
export function searchsorted(...args: unknown[]): NDArray | number {
  if (args.length === 2) return searchsortedIn(args[0] as ArrayLike, args[1] as ArrayLike, "left", null);
  const b = SEARCHSORTED.bind(args);
  return searchsortedIn(b.a, b.v, b.side, b.sorter);
}

pyfunction(SEARCHSORTED, searchsorted);

/** np.bincount and np.digitize: counting integers and locating values among bin edges. */
import { PyTypeError, ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { float64, int64, uint64 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { contiguousStorage } from "../contiguous";
import { float64Copy } from "../linalg/stack";
import { searchSorted } from "./search";

/** Keyword arguments of np.bincount. */
export interface BincountOptions {
  weights?: ArrayLike | null;
  minlength?: number;
}

/** Keyword arguments of np.digitize. */
export interface DigitizeOptions {
  x?: ArrayLike;
  bins?: ArrayLike;
  right?: boolean;
}

const BINCOUNT = signature("numpy.bincount(x, /, weights=None, minlength=0)", {
  types: { x: "array_like", weights: "array_like|None", minlength: "int" },
});
const DIGITIZE = signature("numpy.digitize(x, bins, right=False)", { types: { x: "array_like", bins: "array_like", right: "bool" } });

/**
 * `numpy.bincount(x, /, weights=None, minlength=0)`: how often each non-negative integer
 * occurs in the 1-d x (int64), or the sum of the weights at each value (float64); at least
 * `minlength` bins. Float NDArrays are refused as in NumPy (lists of floats are truncated).
 */
export function bincount(x: ArrayLike, weights?: ArrayLike | null | BincountOptions, minlength?: number | BincountOptions, options?: BincountOptions): NDArray;
export function bincount(...args: unknown[]): NDArray {
  const bound = BINCOUNT.bind(args);
  if (bound.x instanceof NDArray && (bound.x.dtype.kind === "f" || bound.x.dtype === uint64)) {
    throw new PyTypeError(`Cannot cast array data from dtype('${bound.x.dtype.name}') to dtype('int64') according to the rule 'safe'`);
  }
  const arr = asarray(bound.x);
  if (arr.ndim > 1) throw new ValueError("object too deep for desired array");
  if (arr.ndim === 0) throw new ValueError("object of too small depth for desired array");
  const minlength: number = bound.minlength;
  if (minlength < 0) throw new ValueError("'minlength' must not be negative");
  const values = contiguousStorage(arr);
  let top = -1;
  for (let i = 0; i < values.length; i++) {
    const v = Math.trunc(values[i]);
    if (v < 0) throw new ValueError("'list' argument must have no negative elements");
    if (v > top) top = v;
  }
  const n = Math.max(top + 1, minlength);
  const out = new Float64Array(n);
  if (bound.weights === null) {
    for (let i = 0; i < values.length; i++) out[Math.trunc(values[i])]++;
    return NDArray.fromStorage(out, [n], int64);
  }
  const w = float64Copy(asarray(bound.weights));
  if (w.length !== values.length) throw new ValueError("The weights and list don't have the same length.");
  for (let i = 0; i < values.length; i++) out[Math.trunc(values[i])] += w[i];
  return NDArray.fromStorage(out, [n], float64);
}
pyfunction(BINCOUNT, bincount);

/**
 * `numpy.digitize(x, bins, right=False)`: for each value the index i of its bin, bins[i-1] <=
 * x < bins[i] (bins[i-1] < x <= bins[i] with `right: true`); decreasing bins work too. An int64
 * array of x's shape, or a number for a scalar x.
 */
export function digitize(x: ArrayLike, bins: ArrayLike, right?: boolean | DigitizeOptions, options?: DigitizeOptions): NDArray | number;
export function digitize(...args: unknown[]): NDArray | number {
  const bound = DIGITIZE.bind(args);
  const xs = asarray(bound.x);
  const b = asarray(bound.bins);
  if (b.ndim > 1) throw new ValueError("object too deep for desired array");
  if (b.ndim === 0) throw new ValueError("object of too small depth for desired array");
  const edges = float64Copy(b);
  let increasing = true;
  let decreasing = true;
  for (let i = 0; i + 1 < edges.length; i++) {
    if (edges[i] > edges[i + 1] || edges[i + 1] !== edges[i + 1]) increasing = false;
    if (edges[i] < edges[i + 1] || edges[i] !== edges[i]) decreasing = false;
  }
  if (!increasing && !decreasing) throw new ValueError("bins must be monotonically increasing or decreasing");
  const n = edges.length;
  const values = contiguousStorage(xs);
  const out = new Float64Array(values.length);
  if (increasing) {
    for (let i = 0; i < values.length; i++) out[i] = searchSorted(edges, n, values[i], !bound.right);
  } else {
    edges.reverse();
    for (let i = 0; i < values.length; i++) out[i] = n - searchSorted(edges, n, values[i], !bound.right);
  }
  return xs.ndim === 0 ? out[0] : NDArray.fromStorage(out, xs.shape.slice(), int64);
}
pyfunction(DIGITIZE, digitize);

/** np.lexsort: indirect stable sort on several keys, the last key primary. */
import { NotImplementedError, ValueError } from "../errors";
import { pyfunction, signature } from "../signature";
import { int64 } from "./dtype";
import { NDArray } from "./ndarray";
import { ArrayLike, asarray } from "./create";
import { contiguousStorage } from "./contiguous";

const LEXSORT = signature("numpy.lexsort(keys, axis=-1)", { types: { keys: "array_like", axis: "int" } });

/** NumPy's order: NaN after every number. */
function compare(x: number, y: number): number {
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) return 0;
  return x !== x ? (y !== y ? 0 : 1) : -1;
}

/**
 * `numpy.lexsort(keys, axis=-1)`: the int64 indices that sort by the last key, ties broken by
 * the one before it, and so on (keys: a sequence of 1-d arrays of one length, or the rows of
 * a 2-d array). Only 1-d keys are supported.
 */
export function lexsort(keys: ArrayLike | readonly ArrayLike[], axis?: number | { keys?: ArrayLike; axis?: number }): NDArray;
export function lexsort(...args: unknown[]): NDArray {
  const b = LEXSORT.bind(args);
  const arr = Array.isArray(b.keys) ? b.keys.map((k: ArrayLike) => asarray(k)) : [asarray(b.keys)];
  const rows: NDArray["data"][] = [];
  for (const k of arr) {
    if (k.ndim === 2) for (let r = 0; r < k.shape[0]; r++) rows.push(contiguousStorage(k.get(r)));
    else if (k.ndim === 1 || k.ndim === 0) rows.push(contiguousStorage(k.ndim === 0 ? k.reshape([1]) : k));
    else throw new NotImplementedError("lexsort() keys of more than one dimension each are not supported yet");
  }
  if (rows.length === 0) throw new ValueError("need sequence of keys with len > 0 in lexsort");
  const n = rows[0].length;
  if (rows.some((r) => r.length !== n)) throw new ValueError("all keys need to be the same shape");
  if (b.axis !== -1 && b.axis !== 0) throw new ValueError(`axis ${b.axis} is out of bounds for array of dimension 1`);
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((x, y) => {
    for (let k = rows.length - 1; k >= 0; k--) {
      const c = compare(rows[k][x], rows[k][y]);
      if (c !== 0) return c;
    }
    return x - y;
  });
  return NDArray.fromStorage(Float64Array.from(order), [n], int64);
}
pyfunction(LEXSORT, lexsort);

/** np.lexsort: indirect stable sort on several keys, the last key primary. */
import { AxisError, PyTypeError, ValueError } from "../errors";
import { pyfunction, signature } from "../signature";
import { int64 } from "./dtype";
import { NDArray } from "./ndarray";
import { ArrayLike, asarray } from "./create";
import { contiguousStorage } from "./contiguous";
import { moveAxisLast } from "./manipulate";
import { compareComplex } from "./complex/reduce";

const LEXSORT = signature("numpy.lexsort(keys, axis=-1)", { types: { keys: "array_like", axis: "int" } });

/** NumPy's order: NaN after every number. */
function compare(x: number, y: number): number {
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) return 0;
  return x !== x ? (y !== y ? 0 : 1) : -1;
}

/** One key, its slices along the sort axis laid out as rows of n values (pairs when complex). */
interface KeyRows {
  data: NDArray["data"];
  complex: boolean;
}

/** The keys as NumPy takes them: a sequence's items, or an array's slices along its first axis. */
function keysOf(keys: unknown): NDArray[] {
  if (Array.isArray(keys)) return keys.map((k) => asarray(k as ArrayLike));
  const arr = asarray(keys as ArrayLike);
  if (arr.ndim === 0) throw new PyTypeError("need sequence of keys with len > 0 in lexsort");
  return Array.from({ length: arr.shape[0] }, (_, i) => arr.get(i));
}

/**
 * `numpy.lexsort(keys, axis=-1)`: the int64 indices that sort along `axis` by the last key,
 * ties broken by the one before it, and so on. keys: a sequence of arrays of one shape, or
 * the slices of an array along its first axis (a 2-d array's rows); the result has the keys'
 * shape. NaN sorts last; complex keys in NumPy's complex order.
 */
export function lexsort(keys: ArrayLike | readonly ArrayLike[], axis?: number | { keys?: ArrayLike; axis?: number }): NDArray;
export function lexsort(...args: unknown[]): NDArray {
  const b = LEXSORT.bind(args);
  const arr = keysOf(b.keys);
  if (arr.length === 0) throw new ValueError("need sequence of keys with len > 0 in lexsort");
  const shape = arr[0].shape;
  if (arr.some((k) => k.ndim !== shape.length || k.shape.some((d, i) => d !== shape[i]))) throw new ValueError("all keys need to be the same shape");
  // 0-d keys: one element, index 0
  if (shape.length === 0) return NDArray.fromStorage(new Float64Array(1), [], int64);
  const ndim = shape.length;
  if (b.axis < -ndim || b.axis >= ndim) throw new AxisError(`axis ${b.axis} is out of bounds for array of dimension ${ndim}`);
  const axis = b.axis < 0 ? b.axis + ndim : b.axis;
  const n = shape[axis];
  const rows: KeyRows[] = arr.map((k) => ({ data: contiguousStorage(moveAxisLast(k, axis)), complex: k.dtype.kind === "c" }));
  const count = n === 0 ? 0 : arr[0].size / n;
  const out = new Float64Array(count * n);
  const order = new Array<number>(n);
  for (let r = 0; r < count; r++) {
    const base = r * n;
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((x, y) => {
      for (let k = rows.length - 1; k >= 0; k--) {
        const { data, complex } = rows[k];
        const c = complex
          ? compareComplex(data[2 * (base + x)], data[2 * (base + x) + 1], data[2 * (base + y)], data[2 * (base + y) + 1])
          : compare(data[base + x], data[base + y]);
        if (c !== 0) return c;
      }
      return x - y;
    });
    for (let i = 0; i < n; i++) out[base + i] = order[i];
  }
  // back from the sort axis last to its place
  const movedShape = [...shape.slice(0, axis), ...shape.slice(axis + 1), n];
  const result = NDArray.fromStorage(out, movedShape, int64);
  if (axis === ndim - 1) return result;
  const back = movedShape.map((_, i) => i);
  back.splice(axis, 0, back.pop() as number);
  return result.transpose(back).copy();
}
pyfunction(LEXSORT, lexsort);

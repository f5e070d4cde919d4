/** `skimage.util.unique_rows` (0.19). */
import { NDArray } from "../../np/ndarray";
import { contiguousStorage } from "../../np/contiguous";
import { ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArrayLike, asNDArray } from "../_internal/arrays";

const UNIQUE_ROWS = signature("skimage.util.unique_rows(ar)", { types: { ar: "array_like" } });

/** Each row's bytes as NumPy stores them (little-endian, int64 as 8 bytes). */
function rowBytes(a: NDArray): Uint8Array[] {
  const [n, m] = a.shape;
  const src = contiguousStorage(a);
  const size = a.dtype.itemsize;
  const typed = new a.dtype.storage(m);
  const rows: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) typed[j] = src[i * m + j];
    let bytes: Uint8Array;
    if ((a.dtype.name === "int64" || a.dtype.name === "uint64") && size === 8) {
      const big = a.dtype.name === "int64" ? BigInt64Array.from(Array.from(typed, (v) => BigInt(v))) : BigUint64Array.from(Array.from(typed, (v) => BigInt(v)));
      bytes = new Uint8Array(big.buffer.slice(0));
    } else bytes = new Uint8Array(typed.buffer.slice(0));
    rows.push(bytes);
  }
  return rows;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] - b[k];
  return 0;
}

/**
 * `skimage.util.unique_rows(ar)`: the distinct rows of a 2-D array, ordered as scikit-image
 * orders them (by each row's raw bytes, as np.unique of a bytes view).
 */
export function unique_rows(ar: NDArrayLike): NDArray;
export function unique_rows(...args: unknown[]): NDArray {
  const { ar } = UNIQUE_ROWS.bind(args);
  const a = asNDArray(ar as NDArrayLike, "ar");
  if (a.ndim !== 2) throw new ValueError(`unique_rows() only makes sense for 2D arrays, got ${a.ndim}d`);
  const bytes = rowBytes(a);
  const order = [...bytes.keys()].sort((x, y) => compareBytes(bytes[x], bytes[y]) || x - y);
  const keep = order.filter((idx, k) => k === 0 || compareBytes(bytes[idx], bytes[order[k - 1]]) !== 0);
  const m = a.shape[1];
  const src = contiguousStorage(a);
  const out = new a.dtype.storage(keep.length * m);
  keep.forEach((row, k) => {
    for (let j = 0; j < m; j++) out[k * m + j] = src[row * m + j];
  });
  return NDArray.fromStorage(out, [keep.length, m], a.dtype);
}
pyfunction(UNIQUE_ROWS, unique_rows);

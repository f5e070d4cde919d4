/**
 * Index tuples of triangles and diagonals: tril_indices, triu_indices (and _from),
 * diag_indices (and _from), mask_indices, and fill_diagonal which writes through them.
 */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { int64 } from "../dtype";
import { PyArgs, pyfunction, signature } from "../../signature";
import { putInto } from "../manipulation/take";
import { not_equal } from "../ufuncs/binary";
import { nonzero } from "../indexing/nonzero";
import { ones } from "../create-filled";

/** Row and column indices of the cells with j - i <= k (lower) or >= k (upper) in an n x m grid. */
function triangle(n: number, k: number, m: number | null, lower: boolean): NDArray[] {
  const cols = m ?? n;
  const rows: number[] = [];
  const colIdx: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < cols; j++) {
      if (lower ? j - i <= k : j - i >= k) {
        rows.push(i);
        colIdx.push(j);
      }
    }
  }
  return [NDArray.fromStorage(Float64Array.from(rows), [rows.length], int64), NDArray.fromStorage(Float64Array.from(colIdx), [colIdx.length], int64)];
}

/** Keyword arguments of np.tril_indices / np.triu_indices. */
export interface TriIndicesOptions {
  n?: number;
  k?: number;
  m?: number | null;
}

const TRI_SPEC = { types: { n: "int", k: "int", m: "int|None" } };
const TRIL_INDICES = signature("numpy.tril_indices(n, k=0, m=None)", TRI_SPEC);
const TRIU_INDICES = signature("numpy.triu_indices(n, k=0, m=None)", TRI_SPEC);

/** `numpy.tril_indices(n, k=0, m=None)`: (rows, cols) of the lower triangle (j <= i + k) of an n x m array. */
export function tril_indices(n: number, ...rest: PyArgs<[k: number, m: number | null, options: TriIndicesOptions], TriIndicesOptions>): NDArray[];
export function tril_indices(...args: unknown[]): NDArray[] {
  const b = args.length === 1 ? { n: args[0] as number, k: 0, m: null } : TRIL_INDICES.bind(args);
  return triangle(b.n, b.k, b.m, true);
}

/** `numpy.triu_indices(n, k=0, m=None)`: (rows, cols) of the upper triangle (j >= i + k) of an n x m array. */
export function triu_indices(n: number, ...rest: PyArgs<[k: number, m: number | null, options: TriIndicesOptions], TriIndicesOptions>): NDArray[];
export function triu_indices(...args: unknown[]): NDArray[] {
  const b = args.length === 1 ? { n: args[0] as number, k: 0, m: null } : TRIU_INDICES.bind(args);
  return triangle(b.n, b.k, b.m, false);
}

const TRIL_FROM = signature("numpy.tril_indices_from(arr, k=0)", { types: { k: "int" } });
const TRIU_FROM = signature("numpy.triu_indices_from(arr, k=0)", { types: { k: "int" } });

function from2d(arr: ArrayLike): NDArray {
  const a = asarray(arr);
  if (a.ndim !== 2) throw new ValueError("input array must be 2-d");
  return a;
}

/** `numpy.tril_indices_from(arr, k=0)`: tril_indices for the shape of the 2-D `arr`. */
export function tril_indices_from(arr: ArrayLike, ...rest: PyArgs<[k: number, options: { arr?: ArrayLike; k?: number }], { arr?: ArrayLike; k?: number }>): NDArray[];
export function tril_indices_from(...args: unknown[]): NDArray[] {
  const b = TRIL_FROM.bind(args);
  const a = from2d(b.arr);
  return triangle(a.shape[0], b.k, a.shape[1], true);
}

/** `numpy.triu_indices_from(arr, k=0)`: triu_indices for the shape of the 2-D `arr`. */
export function triu_indices_from(arr: ArrayLike, ...rest: PyArgs<[k: number, options: { arr?: ArrayLike; k?: number }], { arr?: ArrayLike; k?: number }>): NDArray[];
export function triu_indices_from(...args: unknown[]): NDArray[] {
  const b = TRIU_FROM.bind(args);
  const a = from2d(b.arr);
  return triangle(a.shape[0], b.k, a.shape[1], false);
}

const DIAG_INDICES = signature("numpy.diag_indices(n, ndim=2)", { types: { n: "int", ndim: "int" } });
const DIAG_FROM = signature("numpy.diag_indices_from(arr)");

/** `numpy.diag_indices(n, ndim=2)`: `ndim` copies of arange(n), indexing the main diagonal of an (n, ..., n) array. */
export function diag_indices(n: number, ...rest: PyArgs<[ndim: number, options: { n?: number; ndim?: number }], { n?: number; ndim?: number }>): NDArray[];
export function diag_indices(...args: unknown[]): NDArray[] {
  const b = args.length === 1 ? { n: args[0] as number, ndim: 2 } : DIAG_INDICES.bind(args);
  const idx = Float64Array.from({ length: Math.max(0, b.n) }, (_, i) => i);
  return Array.from({ length: b.ndim }, () => NDArray.fromStorage(idx.slice(), [idx.length], int64));
}

/** Checks an array fill_diagonal / diag_indices_from accept: 2-d at least, equal sides beyond 2-d. */
function equalSides(a: NDArray, tooFew: string): void {
  if (a.ndim < 2) throw new ValueError(tooFew);
  if (a.shape.some((d) => d !== a.shape[0])) throw new ValueError("All dimensions of input must be of equal length");
}

/** `numpy.diag_indices_from(arr)`: diag_indices for the (n, n, ..., n) array `arr`. */
export function diag_indices_from(arr: ArrayLike): NDArray[];
export function diag_indices_from(...args: unknown[]): NDArray[] {
  const a = asarray(DIAG_FROM.bind(args).arr);
  equalSides(a, "input array must be at least 2-d");
  return diag_indices(a.shape[0], a.ndim);
}

const MASK_INDICES = signature("numpy.mask_indices(n, mask_func, k=0)", { types: { n: "int", mask_func: "callable", k: "int" } });

/**
 * `numpy.mask_indices(n, mask_func, k=0)`: the indices of the non-zero cells of
 * `mask_func(ones((n, n)), k)` (np.triu, np.tril, or any function of that form).
 */
export function mask_indices(n: number, mask_func: (m: NDArray, k: number) => ArrayLike, ...rest: PyArgs<[k: number, options: { n?: number; mask_func?: (m: NDArray, k: number) => ArrayLike; k?: number }], { n?: number; mask_func?: (m: NDArray, k: number) => ArrayLike; k?: number }>): NDArray[];
export function mask_indices(...args: unknown[]): NDArray[] {
  const b = MASK_INDICES.bind(args);
  const m = ones([b.n, b.n], { dtype: int64 });
  return nonzero(not_equal(asarray(b.mask_func(m, b.k)), 0) as NDArray);
}

const FILL_DIAGONAL = signature("numpy.fill_diagonal(a, val, wrap=False)", { types: { wrap: "bool" } });

/**
 * `numpy.fill_diagonal(a, val, wrap=False)`: writes `val` (its values in turn, repeated) on
 * the main diagonal of `a` in place. A tall 2-D array's diagonal restarts every N+1 rows
 * when `wrap` is true, as NumPy's flat stepping does.
 */
export function fill_diagonal(a: NDArray, val: ArrayLike, ...rest: PyArgs<[wrap: boolean, options: { a?: NDArray; val?: ArrayLike; wrap?: boolean }], { a?: NDArray; val?: ArrayLike; wrap?: boolean }>): void;
export function fill_diagonal(...args: unknown[]): void {
  const b = args.length === 2 ? { a: args[0] as NDArray, val: args[1] as ArrayLike, wrap: false } : FILL_DIAGONAL.bind(args);
  const a = b.a as NDArray;
  if (!(a instanceof NDArray)) throw new ValueError("array must be at least 2-d");
  if (a.ndim < 2) throw new ValueError("array must be at least 2-d");
  let step: number;
  let end: number;
  if (a.ndim === 2) {
    step = a.shape[1] + 1;
    end = b.wrap ? a.size : Math.min(a.size, a.shape[1] * a.shape[1]);
  } else {
    equalSides(a, "array must be at least 2-d");
    // 1 + the cumulative sums of the leading sides, added up: the flat step between (i,...,i) and (i+1,...,i+1)
    let sum = 0;
    let acc = 1;
    for (let d = 0; d < a.ndim - 1; d++) {
      acc *= a.shape[d];
      sum += acc;
    }
    step = 1 + sum;
    end = a.size;
  }
  const idx: number[] = [];
  for (let i = 0; i < end; i += step) idx.push(i);
  if (idx.length > 0) putInto(a, idx, b.val, "raise");
}

pyfunction(TRIL_INDICES, tril_indices);
pyfunction(TRIU_INDICES, triu_indices);
pyfunction(TRIL_FROM, tril_indices_from);
pyfunction(TRIU_FROM, triu_indices_from);
pyfunction(DIAG_INDICES, diag_indices);
pyfunction(DIAG_FROM, diag_indices_from);
pyfunction(MASK_INDICES, mask_indices);
pyfunction(FILL_DIAGONAL, fill_diagonal);

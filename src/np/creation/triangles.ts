/** Triangles and powers: tri, tril, triu, vander. */
import { ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { PyArgs, pyfunction, signature } from "../../signature";
import { DTYPE } from "../params";
import { DTypeLike, bool, dtype as toDType, float64, promote_types, int64 } from "../dtype";
import { astype } from "../cast";
import { where } from "../ufuncs/select";
import { ravel } from "../manipulate";

/** Keyword arguments of np.tri. */
export interface TriOptions {
  N?: number;
  M?: number | null;
  k?: number;
  dtype?: DTypeLike;
  like?: null;
}

const TRI = signature("numpy.tri(N, M=None, k=0, dtype=float, *, like=None)", {
  types: { N: "int", M: "int|None", k: "int", dtype: DTYPE },
  unsupported: ["like"],
  defaults: { dtype: float64 },
});

function triMask(N: number, M: number, k: number): NDArray {
  const out = NDArray.fromStorage(new Uint8Array(Math.max(0, N) * Math.max(0, M)), [N, M], bool);
  for (let i = 0; i < N; i++) for (let j = 0; j < M && j <= i + k; j++) out.data[i * M + j] = 1;
  return out;
}

/** `numpy.tri(N, M=None, k=0, dtype=float, *, like=None)`: ones at and below the k-th diagonal of an N x M array. */
export function tri(N: number, ...rest: PyArgs<[M: number | null, k: number, dtype: DTypeLike, options: TriOptions], TriOptions>): NDArray;
export function tri(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { N: args[0], M: null, k: 0, dtype: float64 } : TRI.bind(args);
  if (b.N < 0 || (b.M !== null && b.M < 0)) throw new ValueError("negative dimensions are not allowed");
  return astype(triMask(b.N, b.M ?? b.N, b.k), toDType(b.dtype));
}

const TRIL = signature("numpy.tril(m, k=0)", { types: { k: "int" } });
const TRIU = signature("numpy.triu(m, k=0)", { types: { k: "int" } });

/** The mask np.tril uses for m's last two axes (a 1-D m counts as a square of its length). */
function lastTwoMask(m: NDArray, k: number): NDArray {
  const s = m.shape;
  if (s.length === 0) throw new ValueError("tril/triu requires an array of at least one dimension");
  const [r, c] = s.length === 1 ? [s[0], s[0]] : [s[s.length - 2], s[s.length - 1]];
  return triMask(r, c, k);
}

/** `numpy.tril(m, k=0)`: a copy with the elements above the k-th diagonal zeroed (of the last two axes). */
export function tril(m: ArrayLike, ...rest: PyArgs<[k: number, options: { m?: ArrayLike; k?: number }], { m?: ArrayLike; k?: number }>): NDArray;
export function tril(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { m: args[0], k: 0 } : TRIL.bind(args);
  const arr = asarray(b.m as ArrayLike);
  return astype(where(lastTwoMask(arr, b.k), arr, 0), arr.dtype);
}

/** `numpy.triu(m, k=0)`: a copy with the elements below the k-th diagonal zeroed (of the last two axes). */
export function triu(m: ArrayLike, ...rest: PyArgs<[k: number, options: { m?: ArrayLike; k?: number }], { m?: ArrayLike; k?: number }>): NDArray;
export function triu(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { m: args[0], k: 0 } : TRIU.bind(args);
  const arr = asarray(b.m as ArrayLike);
  return astype(where(lastTwoMask(arr, b.k - 1), 0, arr), arr.dtype);
}

/** Keyword arguments of np.vander. */
export interface VanderOptions {
  x?: ArrayLike;
  N?: number | null;
  increasing?: boolean;
}

const VANDER = signature("numpy.vander(x, N=None, increasing=False)", { types: { N: "int|None", increasing: "bool" } });

/**
 * `numpy.vander(x, N=None, increasing=False)`: the Vandermonde matrix, columns x**(N-1), ...,
 * x**0 (reversed with `increasing`), by repeated multiplication as NumPy computes it.
 */
export function vander(x: ArrayLike, ...rest: PyArgs<[N: number | null, increasing: boolean, options: VanderOptions], VanderOptions>): NDArray;
export function vander(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { x: args[0], N: null, increasing: false } : VANDER.bind(args);
  const arr = asarray(b.x as ArrayLike);
  if (arr.ndim !== 1) throw new ValueError("x must be a one-dimensional array or sequence.");
  const n = b.N ?? arr.size;
  if (n < 0) throw new ValueError("negative dimensions are not allowed");
  const dt = promote_types(arr.dtype, int64);
  const xs = astype(ravel(arr), dt).data;
  const out = NDArray.fromStorage(new dt.storage(arr.size * n), [arr.size, n], dt);
  const o = out.data;
  for (let i = 0; i < arr.size; i++) {
    let p = 1;
    for (let c = 0; c < n; c++) {
      o[i * n + (b.increasing ? c : n - 1 - c)] = p;
      p *= xs[i];
    }
  }
  return out;
}

pyfunction(TRI, tri);
pyfunction(TRIL, tril);
pyfunction(TRIU, triu);
pyfunction(VANDER, vander);

/** Array conversions with a condition: asarray_chkfinite, asfarray, asfortranarray, require. */
import { KeyError, ValueError } from "../../errors";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { DTypeLike, dtype as toDType, float64 } from "../dtype";
import { contiguousStorage, isCContiguous } from "../contiguous";
import { isFContiguous } from "../layout";
import { DTYPE, Order, checkLike } from "../params";
import { PyArgs, pyfunction, signature } from "../../signature";

const CHKFINITE = signature("numpy.asarray_chkfinite(a, dtype=None, order=None)", { types: { dtype: DTYPE, order: "str|None" } });
const ASFARRAY = signature("numpy.asfarray(a, dtype=float)", { types: { dtype: DTYPE }, defaults: { dtype: float64 } });
const ASFORTRANARRAY = signature("numpy.asfortranarray(a, dtype=None, *, like=None)", { types: { dtype: DTYPE } });
const REQUIRE = signature("numpy.require(a, dtype=None, requirements=None, *, like=None)", { types: { dtype: DTYPE } });

/**
 * `numpy.asarray_chkfinite(a, dtype=None, order=None)`: np.asarray, refusing float input that
 * holds NaN or an infinity (ValueError).
 */
export function asarray_chkfinite(a: ArrayLike, ...rest: PyArgs<[dtype: DTypeLike | null, order: Order | null, options: { a?: ArrayLike; dtype?: DTypeLike | null; order?: Order | null }], { a?: ArrayLike; dtype?: DTypeLike | null; order?: Order | null }>): NDArray;
export function asarray_chkfinite(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { a: args[0], dtype: null, order: null } : CHKFINITE.bind(args);
  const arr = asarray(b.a as ArrayLike, b.dtype, b.order);
  if (arr.dtype.kind === "f") {
    const data = contiguousStorage(arr);
    for (let i = 0; i < data.length; i++) if (!Number.isFinite(data[i])) throw new ValueError("array must not contain infs or NaNs");
  }
  return arr;
}

/** `numpy.asfarray(a, dtype=float)`: `a` as a float array (float64 unless `dtype` is a float type). */
export function asfarray(a: ArrayLike, ...rest: PyArgs<[dtype: DTypeLike, options: { a?: ArrayLike; dtype?: DTypeLike }], { a?: ArrayLike; dtype?: DTypeLike }>): NDArray;
export function asfarray(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { a: args[0], dtype: float64 } : ASFARRAY.bind(args);
  const dt = toDType(b.dtype);
  return asarray(b.a as ArrayLike, dt.kind === "f" ? dt : float64);
}

/** `numpy.asfortranarray(a, dtype=None, *, like=None)`: `a` laid out in Fortran (column-major) order, copied only when it is not already. */
export function asfortranarray(a: ArrayLike, ...rest: PyArgs<[dtype: DTypeLike | null, options: { a?: ArrayLike; dtype?: DTypeLike | null; like?: NDArray | null }], { a?: ArrayLike; dtype?: DTypeLike | null; like?: NDArray | null }>): NDArray;
export function asfortranarray(...args: unknown[]): NDArray {
  const b = args.length === 1 ? { a: args[0], dtype: null, like: null } : ASFORTRANARRAY.bind(args);
  checkLike(b.like);
  const arr = asarray(b.a as ArrayLike, b.dtype, "F");
  return arr.ndim === 0 ? arr.reshape([1]).reshape([]) : arr;
}

const FLAG_NAMES: Record<string, string> = {
  C: "C", C_CONTIGUOUS: "C", CONTIGUOUS: "C", F: "F", F_CONTIGUOUS: "F", FORTRAN: "F", A: "A", ALIGNED: "A",
  W: "W", WRITEABLE: "W", O: "O", OWNDATA: "O", E: "E", ENSUREARRAY: "E",
};

/** Keyword arguments of np.require. */
export interface RequireOptions {
  a?: ArrayLike;
  dtype?: DTypeLike | null;
  requirements?: string | readonly string[] | null;
  like?: NDArray | null;
}

/**
 * `numpy.require(a, dtype=None, requirements=None, *, like=None)`: `a` as an array of `dtype`
 * meeting the flags in `requirements` ('C'/'C_CONTIGUOUS', 'F'/'F_CONTIGUOUS', 'A'/'ALIGNED',
 * 'W'/'WRITEABLE', 'O'/'OWNDATA', 'E'/'ENSUREARRAY'), copying when it does not.
 */
export function require_(a: ArrayLike, ...rest: PyArgs<[dtype: DTypeLike | null, requirements: string | readonly string[] | null, options: RequireOptions], RequireOptions>): NDArray;
export function require_(...args: unknown[]): NDArray {
  const b = REQUIRE.bind(args);
  checkLike(b.like);
  const given = b.requirements === null ? [] : typeof b.requirements === "string" ? [...b.requirements] : (b.requirements as string[]);
  if (given.length === 0) return asarray(b.a as ArrayLike, b.dtype);
  const req = new Set(given.map((x) => {
    const flag = FLAG_NAMES[x.toUpperCase()];
    if (flag === undefined) throw new KeyError(`'${x.toUpperCase()}'`);
    return flag;
  }));
  req.delete("E");
  let order = "A";
  if (req.has("C") && req.has("F")) throw new ValueError('Cannot specify both "C" and "F" order');
  if (req.has("C")) {
    order = "C";
    req.delete("C");
  } else if (req.has("F")) {
    order = "F";
    req.delete("F");
  }
  let arr = asarray(b.a as ArrayLike, b.dtype, order as Order);
  const has: Record<string, (x: NDArray) => boolean> = {
    A: () => true,
    W: (x) => !x._readonly,
    // a view reaches only part of its storage; a whole-storage view counts as owning it here
    O: (x) => x.offset === 0 && x.size === x.data.length && (isCContiguous(x) || isFContiguous(x)),
  };
  for (const flag of req) {
    if (!has[flag](arr)) {
      arr = arr.copy(order === "F" || (order === "A" && isFContiguous(arr) && !isCContiguous(arr)) ? "F" : "C");
      break;
    }
  }
  return arr;
}

pyfunction(CHKFINITE, asarray_chkfinite);
pyfunction(ASFARRAY, asfarray);
pyfunction(ASFORTRANARRAY, asfortranarray);
pyfunction(REQUIRE, require_);

/** np.linalg.norm (every vector and matrix order, axis, keepdims) and np.linalg.cond. */
import { LinAlgError, ValueError } from "../../errors";
import { check, pyfunction, signature } from "../../signature";
import { float64 } from "../dtype";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { astype } from "../cast";
import { contiguousStorage } from "../contiguous";
import { normalizeAxis } from "../shape";
import { max, min, sum } from "../reduce/stats";
import { abs, isnan, sqrt } from "../ufuncs/unary";
import { multiply, not_equal, power } from "../ufuncs/binary";
import { transpose } from "../manipulate";
import { inv } from "./solve";
import { svdStack } from "./svd";
import { atLeast2d, assertSquare, matrixStack } from "./stack";
import { complexCond, complexNorm } from "./complex-norms";
import type { Complex } from "../complex/scalar";


/** A norm order: a number (inf too) or "fro" / "nuc" (or NumPy's "f"). */
export type NormOrder = number | "fro" | "f" | "nuc" | null;

/** Keyword arguments of np.linalg.norm. */
export interface NormOptions {
  x?: ArrayLike;
  ord?: NormOrder;
  axis?: number | readonly number[] | null;
  keepdims?: boolean;
}

const ORD = check("int, float, 'fro', 'nuc' or None", (v) => v === null || typeof v === "number" || typeof v === "string");
const NORM_AXIS = check("None, an integer or a tuple of integers", (v) => v === null || Number.isInteger(v) || (Array.isArray(v) && v.every(Number.isInteger)));
const NORM = signature("numpy.linalg.norm(x, ord=None, axis=None, keepdims=False)", {
  types: { x: "array_like", ord: ORD, axis: NORM_AXIS, keepdims: "bool" },
});
const COND = signature("numpy.linalg.cond(x, p=None)", { types: { x: "array_like", p: ORD } });

type Reduction = typeof sum;

function reduceAxes(fn: Reduction, x: NDArray, axes: number | number[], keepdims = false): NDArray | number {
  return fn(x, { axis: axes, keepdims }) as NDArray | number;
}

/** Singular values of the matrices spanned by (row, col), reduced over the last axis by fn. */
function svdNorm(x: NDArray, row: number, col: number, fn: Reduction): NDArray | number {
  const rest = x.shape.map((_, i) => i).filter((i) => i !== row && i !== col);
  const moved = transpose(x, [...rest, row, col]);
  const s = svdStack(matrixStack(moved), false, false, false) as NDArray;
  return reduceAxes(fn, s, -1);
}

/** Vector norm of order `ord` over one axis. */
function vectorNorm(x: NDArray, ord: NormOrder, axis: number, keepdims: boolean): NDArray | number {
  if (ord === Infinity) return reduceAxes(max, abs(x), axis, keepdims);
  if (ord === -Infinity) return reduceAxes(min, abs(x), axis, keepdims);
  if (ord === 0) return reduceAxes(sum, astype(not_equal(x, 0), x.dtype), axis, keepdims);
  if (ord === 1) return reduceAxes(sum, abs(x), axis, keepdims);
  if (ord === null || ord === 2) return sqrtOf(reduceAxes(sum, multiply(x, x), axis, keepdims));
  if (typeof ord === "string") throw new ValueError(`Invalid norm order '${ord}' for vectors`);
  const total = reduceAxes(sum, power(abs(x), ord), axis, keepdims);
  return typeof total === "number" ? total ** (1 / ord) : power(total, 1 / ord);
}

/** One value as an array of x's dtype with the given (all-ones) shape. */
function scalarArray(v: number, shape: number[], x: NDArray): NDArray {
  const data = new x.dtype.storage(1);
  data[0] = v;
  return NDArray.fromStorage(data, shape, x.dtype);
}

/** NumPy returns a scalar, not a 0-d array, when every axis is reduced. */
function scalarIfZeroDim(v: NDArray | number): NDArray | number {
  return typeof v !== "number" && v.ndim === 0 ? v.item() : v;
}

function sqrtOf(v: NDArray | number): NDArray | number {
  return typeof v === "number" ? Math.sqrt(v) : sqrt(v);
}

/** Matrix norm of order `ord` over the (row, col) axes. */
function matrixNorm(x: NDArray, ord: NormOrder, row: number, col: number): NDArray | number {
  if (row === col) throw new ValueError("Duplicate axes given.");
  const sumThen = (first: number, second: number, fn: Reduction) => {
    const s = reduceAxes(sum, abs(x), first) as NDArray;
    return reduceAxes(fn, s, second > first ? second - 1 : second);
  };
  if (ord === 2) return svdNorm(x, row, col, max);
  if (ord === -2) return svdNorm(x, row, col, min);
  if (ord === 1) return sumThen(row, col, max);
  if (ord === Infinity) return sumThen(col, row, max);
  if (ord === -1) return sumThen(row, col, min);
  if (ord === -Infinity) return sumThen(col, row, min);
  if (ord === null || ord === "fro" || ord === "f") return sqrtOf(reduceAxes(sum, multiply(x, x), [row, col]));
  if (ord === "nuc") return svdNorm(x, row, col, sum);
  throw new ValueError("Invalid norm order for matrices.");
}

/**
 * `numpy.linalg.norm(x, ord=None, axis=None, keepdims=False)`: vector norms over one axis
 * (ord inf, -inf, 0, 1, 2, any power; default 2) or matrix norms over two axes (ord "fro",
 * "nuc", inf, -inf, 1, -1, 2, -2; default "fro"). With no axis, a 1-d input is a vector, a 2-d
 * one a matrix, and with no ord either any input is flattened. A number when every axis is
 * reduced, an array otherwise.
 */
export function norm(x: ArrayLike, ord?: NormOrder | NormOptions, axis?: number | readonly number[] | null | NormOptions, keepdims?: boolean | NormOptions, options?: NormOptions): NDArray | number;
export function norm(...args: unknown[]): NDArray | number {
  const bound = NORM.bind(args);
  const ord: NormOrder = bound.ord;
  const keepdims: boolean = bound.keepdims;
  let x = asarray(bound.x);
  if (x.dtype.kind === "c") return complexNorm(x, ord, bound.axis, keepdims);
  if (x.dtype.kind !== "f") x = astype(x, float64);
  const nd = x.ndim;
  if (bound.axis === null && (ord === null || ((ord === "fro" || ord === "f") && nd === 2) || (ord === 2 && nd === 1))) {
    const flat = contiguousStorage(x);
    let ss = 0;
    for (let i = 0; i < flat.length; i++) ss += flat[i] * flat[i];
    const r = x.dtype === float64 ? Math.sqrt(ss) : Math.fround(Math.sqrt(Math.fround(ss)));
    return keepdims ? scalarArray(r, new Array(nd).fill(1), x) : r;
  }
  const axes: number[] = bound.axis === null ? x.shape.map((_, i) => i) : typeof bound.axis === "number" ? [bound.axis] : [...bound.axis];
  if (axes.length === 1) return scalarIfZeroDim(vectorNorm(x, ord, normalizeAxis(axes[0], nd), keepdims));
  if (axes.length !== 2) throw new ValueError("Improper number of dimensions to norm.");
  const row = normalizeAxis(axes[0], nd);
  const col = normalizeAxis(axes[1], nd);
  const r = scalarIfZeroDim(matrixNorm(x, ord, row, col));
  if (!keepdims) return r;
  const shape = x.shape.slice();
  shape[row] = 1;
  shape[col] = 1;
  return typeof r === "number" ? scalarArray(r, shape, x) : r.reshape(shape);
}
pyfunction(NORM, norm);

/**
 * `numpy.linalg.cond(x, p=None)`: the condition number, by singular values for p None, 2 and
 * -2, otherwise norm(x, p) * norm(inv(x), p); inf where a matrix is singular (NaN where it
 * holds NaNs). A number for one matrix, an array for a stack.
 */
export function cond(x: ArrayLike, p?: NormOrder | { x?: ArrayLike; p?: NormOrder }): NDArray | number;
/** `numpy.linalg.cond(x, p=None)` of complex matrices: NumPy gives a complex number for p other than None, 2 and -2. */
export function cond(x: ArrayLike, p?: NormOrder | { x?: ArrayLike; p?: NormOrder }): NDArray | number | Complex;
export function cond(...args: unknown[]): NDArray | number | Complex {
  const bound = COND.bind(args);
  const p: NormOrder = bound.p;
  const X = atLeast2d(bound.x);
  if (X.shape[X.ndim - 1] === 0 && X.shape[X.ndim - 2] === 0) throw new LinAlgError("cond is not defined on empty arrays");
  if (X.dtype.kind === "c") return complexCond(X, p);
  let r: NDArray | number;
  const st = matrixStack(X);
  if (p === null || p === 2 || p === -2) {
    const s = svdStack(st, false, false, false) as NDArray;
    const sv = contiguousStorage(s);
    const k = Math.min(st.rows, st.cols);
    const out = new Float64Array(st.count);
    for (let t = 0; t < st.count; t++) {
      const big = sv[t * k];
      const small = sv[t * k + k - 1];
      out[t] = p === -2 ? small / big : big / small;
    }
    r = NDArray.fromStorage(out, st.batch, float64);
  } else {
    assertSquare(X);
    const n = st.rows;
    const invs = new Float64Array(st.count * n * n);
    for (let t = 0; t < st.count; t++) {
      const one = NDArray.fromStorage(st.data.slice(t * n * n, (t + 1) * n * n), [n, n], float64);
      try {
        invs.set(contiguousStorage(inv(one)) as Float64Array, t * n * n);
      } catch (e) {
        if (!(e instanceof LinAlgError)) throw e;
        invs.fill(NaN, t * n * n, (t + 1) * n * n);
      }
    }
    const invX = NDArray.fromStorage(invs, X.shape.slice(), float64);
    const a = norm(X, p, [-2, -1]);
    const b = norm(invX, p, [-2, -1]);
    r = typeof a === "number" ? NDArray.fromStorage(new Float64Array([a * (b as number)]), [], float64) : multiply(a, b);
  }
  // NaN from a singular matrix means inf, unless the input itself holds NaNs
  const values = contiguousStorage(r).slice() as Float64Array;
  const hadNaN = contiguousStorage(isnan(X));
  const per = (X.shape[X.ndim - 1] * X.shape[X.ndim - 2]) || 1;
  for (let t = 0; t < values.length; t++) {
    if (!Number.isNaN(values[t])) continue;
    let nanInside = false;
    for (let i = t * per; i < (t + 1) * per; i++) if (hadNaN[i]) nanInside = true;
    if (!nanInside) values[t] = Infinity;
  }
  const out = st.dtype === float64 ? values : Float32Array.from(values);
  if (st.batch.length === 0) return out[0];
  return NDArray.fromStorage(out, st.batch, st.dtype);
}
pyfunction(COND, cond);

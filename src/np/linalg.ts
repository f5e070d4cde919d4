/** Matrix products: np.dot, np.matmul (2-D and batched), np.outer, np.inner, each with NumPy's signature. */
import { complexProduct } from "./complex/products";
import { ValueError } from "../errors";
import { DType, Storage, float64, resultTypeOf } from "./dtype";
import { NDArray } from "./ndarray";
import { ArrayLike } from "./create";
import { ascontiguousarray } from "./contiguous";
import { gemm } from "./gemm";
import { uninitStorage, zeroedStorage } from "./alloc";
import { astype, copyInto } from "./cast";
import { operand } from "./ufunc";
import { multiply } from "./ufuncs/binary";
import { broadcastShapes, broadcastStrides, compactShape, sameShape, shapeSize } from "./shape";
import { PyArgs, pyfunction, signature } from "../signature";
import { DTYPE, OUT, checkOrder } from "./params";
import { PyTypeError } from "../errors";
import { DTypeLike, can_cast, dtype as toDType } from "./dtype";
import { castInputs } from "./ufuncs/ufunc-options";
import { inLayout } from "./layout";
import type { Casting } from "./ndarray";
import { isCContiguous } from "./contiguous";

const DOT = signature("numpy.dot(a, b, out=None)", { types: { out: OUT } });
const MATMUL = signature("numpy.matmul(x1, x2, /, out=None, *, casting='same_kind', order='K', dtype=None, subok=True, axes=None, axis=None)", {
  types: { out: OUT, casting: "str", order: "str", dtype: DTYPE, subok: "bool" },
  choices: { casting: ["no", "equiv", "safe", "same_kind", "unsafe"] },
  unsupported: ["axes", "axis"],
});

/** np.matmul's loop for the casting rules: it computes in the promoted dtype of its inputs. */
const MATMUL_LOOP = { name: "matmul", loop: (d: DType) => d, output: (d: DType) => d };
const OUTER = signature("numpy.outer(a, b, out=None)", { types: { out: OUT } });
const INNER = signature("numpy.inner(a, b, /)");

/** Keyword arguments of np.matmul: NumPy's ufunc keywords (axes and axis are not supported yet). */
export interface MatmulOptions {
  out?: NDArray | null;
  /** The rule for casting the inputs to `dtype` and the result to `out`. */
  casting?: Casting;
  order?: "K" | "A" | "C";
  /** The dtype the product is computed in (inputs cast to it under `casting`). */
  dtype?: DTypeLike | null;
  subok?: boolean;
  axes?: null;
  axis?: null;
}

/** The array as float64 (itself when it already is; a C-ordered copy otherwise). */
function asF64(a: NDArray): NDArray {
  return a.data instanceof Float64Array ? a : astype(a, float64);
}

function finish(result: Float64Array, shape: number[], dt: DType): NDArray {
  const out = NDArray.fromStorage(result, shape, float64);
  if (dt === float64) return out;
  if (dt.kind === "b") {
    const b = zeroedStorage(dt.storage, result.length);
    for (let i = 0; i < result.length; i++) b[i] = result[i] !== 0 ? 1 : 0;
    return NDArray.fromStorage(b as Storage, shape, dt);
  }
  return astype(out, dt);
}

/**
 * `numpy.matmul(x1, x2, /, out=None, *, casting='same_kind', order='K', dtype=None, subok=True[, axes, axis])`
 * (the `@` operator): matrix product, broadcasting over leading batch
 * dimensions; 1-D operands act as row/column vectors and their axis is dropped.
 */
export function matmul(x1: ArrayLike, x2: ArrayLike, ...rest: PyArgs<[out: NDArray | null, options: MatmulOptions], MatmulOptions>): NDArray;
export function matmul(x1: ArrayLike, x2: ArrayLike): NDArray {
  if (arguments.length === 2) return matmulOf(x1, x2);
  const b = MATMUL.bind(arguments);
  checkOrder(MATMUL, b.order, ["K", "A", "C", "F"]);
  const [x, y] = castInputs(MATMUL_LOOP, [b.x1, b.x2], b.dtype, b.casting);
  let r = matmulOf(x, y);
  if (b.dtype !== null && r.dtype !== toDType(b.dtype)) r = astype(r, toDType(b.dtype));
  if (b.out === null) return inLayout(r, b.order);
  const out = b.out as NDArray;
  if (!sameShape(out.shape, r.shape)) {
    throw new ValueError(`matmul: Output operand 0 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size ${out.shape[0]} is different from ${r.shape[0]})`);
  }
  if (!can_cast(r.dtype, out.dtype, b.casting)) {
    const e = new PyTypeError(`Cannot cast ufunc 'matmul' output from dtype('${r.dtype.name}') to dtype('${out.dtype.name}') with casting rule '${b.casting}'`);
    e.name = "UFuncTypeError";
    throw e;
  }
  copyInto(out, r);
  return out;
}
pyfunction(MATMUL, matmul);

function matmulOf(x1: ArrayLike, x2: ArrayLike): NDArray {
  const p = operand(x1);
  const q = operand(x2);
  if ((p.arr.dtype.kind === "c" || q.arr.dtype.kind === "c") && p.arr.ndim > 0 && q.arr.ndim > 0) return complexProduct(matmulOf, p.arr, q.arr);
  const dt = resultTypeOf([{ ...p.op, scalar: false }, { ...q.op, scalar: false }]);
  let a = p.arr;
  let b = q.arr;
  for (const [k, arr] of [[0, a], [1, b]] as const) {
    if (arr.ndim === 0) {
      throw new ValueError(
        `matmul: Input operand ${k} does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)`,
      );
    }
  }
  const aVec = a.ndim === 1;
  const bVec = b.ndim === 1;
  if (aVec) a = a.reshape([1, a.shape[0]]);
  if (bVec) b = b.reshape([b.shape[0], 1]);
  const n = a.shape[a.ndim - 2];
  const k = a.shape[a.ndim - 1];
  const m = b.shape[b.ndim - 1];
  if (b.shape[b.ndim - 2] !== k) {
    throw new ValueError(
      `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size ${b.shape[b.ndim - 2]} is different from ${k})`,
    );
  }
  const batch = broadcastShapes([a.shape.slice(0, -2), b.shape.slice(0, -2)]);
  const nb = shapeSize(batch);
  const A = asF64(a);
  const B = asF64(b);
  const aStrides = broadcastStrides(A.shape, A.strides, [...batch, n, k]);
  const bStrides = broadcastStrides(B.shape, B.strides, [...batch, k, m]);
  const C = uninitStorage(Float64Array, nb * n * m) as Float64Array;
  const nd = batch.length;
  const index = new Array<number>(nd).fill(0);
  for (let t = 0; t < nb; t++) {
    let ao = A.offset;
    let bo = B.offset;
    for (let d = 0; d < nd; d++) {
      ao += index[d] * aStrides[d];
      bo += index[d] * bStrides[d];
    }
    gemm(A.data as Float64Array, ao, aStrides[nd], aStrides[nd + 1], B.data as Float64Array, bo, bStrides[nd], bStrides[nd + 1], C, t * n * m, n, k, m);
    for (let d = nd - 1; d >= 0; d--) {
      if (++index[d] < batch[d]) break;
      index[d] = 0;
    }
  }
  const shape = [...batch, ...(aVec ? [] : [n]), ...(bVec ? [] : [m])];
  return finish(C, shape, dt);
}

/**
 * `numpy.dot(a, b, out=None)`: inner product of vectors, matrix product of 2-D arrays, and for N-D a sum
 * product over the last axis of a and the second-to-last of b. Scalars multiply.
 */
export function dot(a: ArrayLike, b: ArrayLike, ...rest: PyArgs<[out: NDArray | null, options: { out?: NDArray | null }], { out?: NDArray | null }>): NDArray;
export function dot(a: ArrayLike, b: ArrayLike): NDArray {
  if (arguments.length === 2) return dotOf(a, b);
  const bound = DOT.bind(arguments);
  const r = dotOf(bound.a, bound.b);
  const out = bound.out as NDArray | null;
  if (out === null) return r;
  if (out.ndim !== r.ndim || out.dtype !== r.dtype || !isCContiguous(out)) {
    throw new ValueError("output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)");
  }
  if (!sameShape(out.shape, r.shape)) throw new ValueError("output array has wrong dimensions");
  copyInto(out, r);
  return out;
}
pyfunction(DOT, dot);

/** The product of float64 vectors or matrices X (.., k) and Y (k, ..), C-ordered; no copies: rows of X and columns of Y read through their strides. */
function matrixDot(X: NDArray, Y: NDArray, k: number): Float64Array {
  const rows = X.ndim === 2 ? X.shape[0] : 1;
  const cols = Y.ndim === 2 ? Y.shape[1] : 1;
  const C = uninitStorage(Float64Array, rows * cols) as Float64Array;
  const xs0 = X.ndim === 2 ? X.strides[0] : 0;
  const ys1 = Y.ndim === 2 ? Y.strides[1] : 0;
  gemm(X.data as Float64Array, X.offset, xs0, X.strides[X.ndim - 1], Y.data as Float64Array, Y.offset, Y.strides[0], ys1, C, 0, rows, k, cols);
  return C;
}

function dotOf(a: ArrayLike, b: ArrayLike): NDArray {
  // float64 vectors and matrices (the common call): no operand or dtype set-up
  if (a instanceof NDArray && b instanceof NDArray && a.dtype === float64 && b.dtype === float64 && a.ndim >= 1 && a.ndim <= 2 && b.ndim >= 1 && b.ndim <= 2) {
    const k = a.shape[a.ndim - 1];
    if (b.shape[0] === k) {
      const shape = a.ndim === 2 ? (b.ndim === 2 ? [a.shape[0], b.shape[1]] : [a.shape[0]]) : b.ndim === 2 ? [b.shape[1]] : [];
      return NDArray.fromStorage(matrixDot(a, b, k), shape, float64);
    }
  }
  const p = operand(a);
  const q = operand(b);
  const x = p.arr;
  const y = q.arr;
  if (x.dtype.kind === "c" || y.dtype.kind === "c") return complexProduct(dotOf, x, y);
  const dt = resultTypeOf([{ ...p.op, scalar: false }, { ...q.op, scalar: false }]);
  // no value-based casting here: float32 array . 2.5 is float64, as in NumPy
  if (x.ndim === 0 || y.ndim === 0) return multiply(x.dtype === dt ? x : astype(x, dt), y.dtype === dt ? y : astype(y, dt));
  const k = x.shape[x.ndim - 1];
  const yAxis = y.ndim >= 2 ? y.ndim - 2 : 0;
  if (y.shape[yAxis] !== k) {
    throw new ValueError(`shapes ${compactShape(x.shape)} and ${compactShape(y.shape)} not aligned: ${k} (dim ${x.ndim - 1}) != ${y.shape[yAxis]} (dim ${yAxis})`);
  }
  const xs = x.shape.slice(0, -1);
  const ys = y.ndim >= 2 ? [...y.shape.slice(0, -2), y.shape[y.ndim - 1]] : [];
  const X = asF64(x);
  const Y = asF64(y);
  if (X.ndim <= 2 && Y.ndim <= 2) return finish(matrixDot(X, Y, k), [...xs, ...ys], dt);
  const rows = X.size / (k || 1);
  // move b's contracted axis first: (k, rest...) -> (k, Q)
  const perm = [yAxis, ...Y.shape.map((_, i) => i).filter((i) => i !== yAxis)];
  const yT = ascontiguousarray(Y.transpose(perm));
  const cols = shapeSize(yT.shape.slice(1));
  const xC = ascontiguousarray(X);
  const C = uninitStorage(Float64Array, rows * cols) as Float64Array;
  gemm(xC.data as Float64Array, xC.offset, k, 1, yT.data as Float64Array, yT.offset, cols, 1, C, 0, rows, k, cols);
  return finish(C, [...xs, ...ys], dt);
}

/** `numpy.outer(a, b, out=None)`: out[i, j] = a[i] * b[j] over the flattened inputs. */
export function outer(a: ArrayLike, b: ArrayLike, ...rest: PyArgs<[out: NDArray | null, options: { out?: NDArray | null }], { out?: NDArray | null }>): NDArray;
export function outer(...args: unknown[]): NDArray {
  const { a, b, out } = args.length === 2 ? { a: args[0] as ArrayLike, b: args[1] as ArrayLike, out: null } : OUTER.bind(args);
  const x = operand(a).arr.ravel();
  const y = operand(b).arr.ravel();
  return out === null ? multiply(x.reshape([x.size, 1]), y.reshape([1, y.size])) : multiply(x.reshape([x.size, 1]), y.reshape([1, y.size]), out);
}
pyfunction(OUTER, outer);

/** `numpy.inner(a, b, /)`: sum product over the last axes of a and b. */
export function inner(a: ArrayLike, b: ArrayLike): NDArray {
  if (arguments.length !== 2) INNER.bind(arguments);
  const x = operand(a).arr;
  const y = operand(b).arr;
  if (x.ndim === 0 || y.ndim === 0) return multiply(x, y);
  const k = x.shape[x.ndim - 1];
  if (y.shape[y.ndim - 1] !== k) {
    throw new ValueError(`shapes ${compactShape(x.shape)} and ${compactShape(y.shape)} not aligned: ${k} (dim ${x.ndim - 1}) != ${y.shape[y.ndim - 1]} (dim ${y.ndim - 1})`);
  }
  const r = matmul(x.reshape([x.size / (k || 1), k]), y.reshape([y.size / (k || 1), k]).T);
  return r.reshape([...x.shape.slice(0, -1), ...y.shape.slice(0, -1)]);
}

pyfunction(INNER, inner);

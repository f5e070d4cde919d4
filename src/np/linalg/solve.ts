/** np.linalg.inv, solve, det and slogdet: LU with partial pivoting over stacks of matrices. */
import { complexDet, complexInv, complexSolve } from "./complex-lu";
import { LinAlgError, ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray } from "../create";
import { broadcast_to } from "../manipulate";
import { promote_types } from "../dtype";
import { broadcastShapes } from "../shape";
import { luFactor, luInverse, luSlogdet, luSolve } from "./lu";
import { complexSlogdet } from "./complex-lu";
import { roundedExp } from "./rounded-math";
import { zeroedStorage } from "../alloc";
import { releaseHeapArray } from "../heap/heap";
import { MatrixStack, assertSquare, atLeast2d, linalgDType, matrixStack, resultArray, resultScalar, squareStack } from "./stack";

const INV = signature("numpy.linalg.inv(a)", { types: { a: "array_like" } });
const SOLVE = signature("numpy.linalg.solve(a, b)", { types: { a: "array_like", b: "array_like" } });
const DET = signature("numpy.linalg.det(a)", { types: { a: "array_like" } });
const SLOGDET = signature("numpy.linalg.slogdet(a)", { types: { a: "array_like" } });

/** Solves in place each matrix of `a` against the n x m right-hand sides of `rhs`. */
function solveStack(a: MatrixStack, rhs: Float64Array, m: number): void {
  const n = a.rows;
  const pivots = new Int32Array(n);
  for (let t = 0; t < a.count; t++) {
    if (luFactor(a.data, t * n * n, n, pivots)) throw new LinAlgError("Singular matrix");
    luSolve(a.data, t * n * n, n, pivots, rhs, t * n * m, m);
  }
}

/**
 * `numpy.linalg.inv(a)`: the inverse of a square matrix, or of each matrix of a stack
 * (..., M, M). Throws LinAlgError("Singular matrix") when a pivot is exactly zero.
 */
export function inv(a: ArrayLike): NDArray;
export function inv(...args: unknown[]): NDArray {
  const input = INV.bind(args).a;
  const arr = asarray(input);
  if (arr.dtype.kind === "c") {
    assertSquare(atLeast2d(arr));
    return complexInv(arr);
  }
  // factors and inverse in the shared heap when large, so the updates run in place on its threads
  const st = squareStack(arr, true);
  const n = st.rows;
  const x = zeroedStorage(Float64Array, st.count * n * n) as Float64Array;
  const pivots = new Int32Array(n);
  for (let t = 0; t < st.count; t++) {
    if (luFactor(st.data, t * n * n, n, pivots)) throw new LinAlgError("Singular matrix");
    luInverse(st.data, t * n * n, n, pivots, x, t * n * n);
  }
  releaseHeapArray(st.data);
  return resultArray(x, [...st.batch, n, n], st.dtype);
}
pyfunction(INV, inv);

/**
 * `numpy.linalg.solve(a, b)`: x with a @ x = b. `b` is a vector per matrix when it has one
 * dimension fewer than `a` (shape (..., M)), otherwise a matrix (..., M, K); batch dimensions
 * broadcast.
 */
export function solve(a: ArrayLike, b: ArrayLike): NDArray;
export function solve(...args: unknown[]): NDArray {
  const bound = SOLVE.bind(args);
  const A = atLeast2d(bound.a);
  assertSquare(A);
  const B = asarray(bound.b);
  const n = A.shape[A.ndim - 1];
  const vector = B.ndim === A.ndim - 1;
  const complexInput = A.dtype.kind === "c" || B.dtype.kind === "c";
  if (B.ndim < 1 || (!vector && B.ndim < 2)) {
    throw new ValueError(`solve: Input operand 1 does not have enough dimensions (has ${B.ndim}, gufunc core with signature (m,m),(m,n)->(m,n) requires 2)`);
  }
  const bRows = B.shape[B.ndim - (vector ? 1 : 2)];
  if (bRows !== n) {
    const sig = vector ? "solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m)" : "solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n)";
    throw new ValueError(`${sig} (size ${bRows} is different from ${n})`);
  }
  if (complexInput) return complexSolve(A, B, vector, promote_types(A.dtype, B.dtype));
  const m = vector ? 1 : B.shape[B.ndim - 1];
  const batch = broadcastShapes([A.shape.slice(0, -2), B.shape.slice(0, vector ? -1 : -2)]);
  const st = matrixStack(broadcast_to(A, [...batch, n, n]), true);
  const rhs = matrixStack(broadcast_to(vector ? B.reshape([...B.shape, 1]) : B, [...batch, n, m]), true);
  solveStack(st, rhs.data, m);
  releaseHeapArray(st.data);
  const dt = linalgDType(promote_types(A.dtype, B.dtype));
  return resultArray(rhs.data, vector ? [...batch, n] : [...batch, n, m], dt);
}
pyfunction(SOLVE, solve);

/** sign and log|det| of each matrix of a stack (in the heap when large: see squareStack); its data is given back. */
function slogdets(st: MatrixStack): [Float64Array, Float64Array] {
  const n = st.rows;
  const signs = new Float64Array(st.count);
  const logs = new Float64Array(st.count);
  const pivots = new Int32Array(n);
  for (let t = 0; t < st.count; t++) {
    luFactor(st.data, t * n * n, n, pivots);
    [signs[t], logs[t]] = luSlogdet(st.data, t * n * n, n, pivots);
  }
  releaseHeapArray(st.data);
  return [signs, logs];
}

/**
 * `numpy.linalg.det(a)`: the determinant (a number for one matrix, an array for a stack),
 * computed as NumPy does, sign * exp(log|det|) from the LU factors.
 */
export function det(a: ArrayLike): number | NDArray;
export function det(...args: unknown[]): number | NDArray {
  const arr = asarray(DET.bind(args).a);
  if (arr.dtype.kind === "c") {
    assertSquare(atLeast2d(arr));
    return complexDet(arr) as NDArray;
  }
  const st = squareStack(arr, true);
  const [signs, logs] = slogdets(st);
  const out = new Float64Array(st.count);
  for (let t = 0; t < st.count; t++) out[t] = signs[t] * roundedExp(logs[t]);
  return st.batch.length === 0 ? resultScalar(out[0], st.dtype) : resultArray(out, st.batch, st.dtype);
}
pyfunction(DET, det);

/**
 * `numpy.linalg.slogdet(a)`: `[sign, logabsdet]` of the determinant, without overflow; sign
 * is 0 and logabsdet -inf for a singular matrix. Numbers for one matrix, arrays for a stack.
 */
export function slogdet(a: ArrayLike): [number, number] | [NDArray, NDArray];
export function slogdet(...args: unknown[]): [number, number] | [NDArray, NDArray] {
  const input = asarray(SLOGDET.bind(args).a);
  if (input.dtype.kind === "c") {
    assertSquare(atLeast2d(input));
    return complexSlogdet(input) as never; // [complex sign, log|det|]
  }
  const st = squareStack(input, true);
  const [signs, logs] = slogdets(st);
  if (st.batch.length === 0) return [resultScalar(signs[0], st.dtype), resultScalar(logs[0], st.dtype)];
  return [resultArray(signs, st.batch, st.dtype), resultArray(logs, st.batch, st.dtype)];
}
pyfunction(SLOGDET, slogdet);

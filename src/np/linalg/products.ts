/** np.linalg.matrix_power and multi_dot: repeated and chained matrix products in NumPy's order. */
import { PyTypeError, ValueError } from "../../errors";
import { pyfunction, signature } from "../../signature";
import { NDArray } from "../ndarray";
import { ArrayLike, asarray, eye } from "../create";
import { broadcast_to } from "../manipulate";
import { dot, matmul } from "../linalg";
import { inv } from "./solve";
import { assertSquare, atLeast2d } from "./stack";
import { LinAlgError } from "../../errors";

const MATRIX_POWER = signature("numpy.linalg.matrix_power(a, n)", { types: { a: "array_like", n: "any" } });
const MULTI_DOT = signature("numpy.linalg.multi_dot(arrays, *, out=None)", { types: { arrays: "sequence" }, unsupported: ["out"] });

/**
 * `numpy.linalg.matrix_power(a, n)`: a raised to the integer power n by repeated squaring (as
 * NumPy multiplies, so integer matrices stay integer); n = 0 gives the identity, n < 0 powers
 * of the inverse. Stacks (..., M, M) too.
 */
export function matrix_power(a: ArrayLike, n: number): NDArray;
export function matrix_power(...args: unknown[]): NDArray {
  const bound = MATRIX_POWER.bind(args);
  let A = atLeast2d(bound.a);
  assertSquare(A);
  let n = bound.n;
  if (typeof n === "boolean") n = Number(n);
  if (typeof n !== "number" || !Number.isInteger(n)) throw new PyTypeError("exponent must be an integer");
  if (n === 0) {
    const I = eye(A.shape[A.ndim - 1], { dtype: A.dtype });
    return broadcast_to(I, A.shape).copy();
  }
  if (n < 0) {
    A = inv(A);
    n = -n;
  }
  if (n === 1) return A;
  if (n === 2) return matmul(A, A);
  if (n === 3) return matmul(matmul(A, A), A);
  let z: NDArray | null = null;
  let result: NDArray | null = null;
  while (n > 0) {
    z = z === null ? A : matmul(z, z);
    const bit = n % 2;
    n = Math.floor(n / 2);
    if (bit) result = result === null ? z : matmul(result, z);
  }
  return result as NDArray;
}
pyfunction(MATRIX_POWER, matrix_power);

function assert2d(arrays: readonly NDArray[]): void {
  for (const a of arrays) {
    if (a.ndim !== 2) throw new LinAlgError(`${a.ndim}-dimensional array given. Array must be two-dimensional`);
  }
}

/** The cheapest parenthesisation (NumPy's dynamic programme, first minimum kept). */
function chainOrder(arrays: readonly NDArray[]): number[][] {
  const n = arrays.length;
  const p = [...arrays.map((a) => a.shape[0]), arrays[n - 1].shape[1]];
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const s = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let l = 1; l < n; l++) {
    for (let i = 0; i < n - l; i++) {
      const j = i + l;
      m[i][j] = Infinity;
      for (let k = i; k < j; k++) {
        const cost = m[i][k] + m[k + 1][j] + p[i] * p[k + 1] * p[j + 1];
        if (cost < m[i][j]) {
          m[i][j] = cost;
          s[i][j] = k;
        }
      }
    }
  }
  return s;
}

function chained(arrays: readonly NDArray[], order: number[][], i: number, j: number): NDArray {
  if (i === j) return arrays[i];
  return dot(chained(arrays, order, i, order[i][j]), chained(arrays, order, order[i][j] + 1, j));
}

/**
 * `numpy.linalg.multi_dot(arrays, *, out=None)`: the product of two or more arrays in the
 * cheapest order; the first may be a 1-d row vector and the last a 1-d column vector (a number
 * when both are). `out` is not supported.
 */
export function multi_dot(arrays: readonly ArrayLike[], options?: { arrays?: readonly ArrayLike[]; out?: null }): NDArray | number;
export function multi_dot(...args: unknown[]): NDArray | number {
  const bound = MULTI_DOT.bind(args);
  const list = bound.arrays as readonly ArrayLike[];
  const n = list.length;
  if (n < 2) throw new ValueError("Expecting at least two arrays.");
  if (n === 2) {
    const r = dot(list[0], list[1]);
    return r.ndim === 0 ? r.item() : r;
  }
  const arrays = list.map((a) => asarray(a));
  const firstVector = arrays[0].ndim === 1;
  const lastVector = arrays[n - 1].ndim === 1;
  if (firstVector) arrays[0] = arrays[0].reshape([1, arrays[0].shape[0]]);
  if (lastVector) arrays[n - 1] = arrays[n - 1].reshape([arrays[n - 1].shape[0], 1]);
  assert2d(arrays);
  let result: NDArray;
  if (n === 3) {
    const [A, B, C] = arrays;
    const cost1 = A.shape[0] * B.shape[1] * (A.shape[1] + C.shape[1]);
    const cost2 = A.shape[1] * C.shape[1] * (A.shape[0] + B.shape[1]);
    result = cost1 < cost2 ? dot(dot(A, B), C) : dot(A, dot(B, C));
  } else {
    result = chained(arrays, chainOrder(arrays), 0, n - 1);
  }
  if (firstVector && lastVector) return result.item(0, 0);
  if (firstVector || lastVector) return result.ravel();
  return result;
}
pyfunction(MULTI_DOT, multi_dot);

/**
 * The recursive blocked LU behind inv, solve and det: against Debian's NumPy 1.24 on a 203 x 203
 * matrix (1e-10 relative to the largest entry), and its in-place update C -= A B against the
 * plain sums, in and out of the shared heap, with fringes that are not whole SIMD tiles.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { gemmSubtract } from "../../../src/np/gemm";
import { heapArray, heapAddress } from "../../../src/np/heap/heap";
import { GoldenArray, loadGolden } from "../../helpers/golden";
import { LinAlgError } from "../../../src/errors";
import { luFactor, luInverse, luSolve } from "../../../src/np/linalg/lu";

const G = loadGolden("np_linalg/lu");
const L = np.linalg;
const rs = new np.random.RandomState(11);
const a = rs.randn(203, 203) as np.NDArray;
const b = rs.randn(203, 6) as np.NDArray;
const v = rs.randn(203) as np.NDArray;

/** Max |x - y| over max |y| stays below tol. */
function near(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string, tol = 1e-10): void {
  assert.is(actual.length, expected.length, `${what}: length`);
  let scale = 0;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) {
    scale = Math.max(scale, Math.abs(expected[i]));
    diff = Math.max(diff, Math.abs(actual[i] - expected[i]));
  }
  assert.ok(diff <= tol * scale, `${what}: max difference ${diff} (scale ${scale})`);
}

const flat = (x: np.NDArray) => x.ravel().tolist() as number[];
const golden = (name: string) => (G[name] as GoldenArray).data;

test("inv of a 203 x 203 matrix and of its transpose (a strided view) as NumPy's", () => {
  near(flat(L.inv(a)), golden("inv"), "inv");
  near(flat(L.inv(a.T)), golden("inv_transposed"), "inv(a.T)");
});

test("solve with 6 right-hand sides and with a vector, and det, as NumPy's", () => {
  near(flat(L.solve(a, b)), golden("solve"), "solve");
  near(flat(L.solve(a, v)), golden("solve_vector"), "solve vector");
  near([L.det(a) as number], [G.det as number], "det");
});

test("the factors, solves and inverse outside the shared heap (plain loops and scratch products) as NumPy's", () => {
  const n = 203;
  const lu = Float64Array.from(flat(a));
  const pivots = new Int32Array(n);
  assert.is(luFactor(lu, 0, n, pivots), false);
  const x = new Float64Array(n * n);
  luInverse(lu, 0, n, pivots, x, 0);
  near(x, golden("inv"), "inv");
  const rhs = Float64Array.from(flat(b));
  luSolve(lu, 0, n, pivots, rhs, 0, 6);
  near(rhs, golden("solve"), "solve");
  const vec = Float64Array.from(flat(v));
  luSolve(lu, 0, n, pivots, vec, 0, 1);
  near(vec, golden("solve_vector"), "solve vector");
});

test("a large matrix with a zero column: inv and solve throw NumPy's LinAlgError, det is 0", () => {
  const z = (rs.randn(150, 150) as np.NDArray).copy();
  for (let i = 0; i < 150; i++) z.set([i, 37], 0);
  assert.throws(() => L.inv(z), (e: Error) => e instanceof LinAlgError && e.message === "Singular matrix");
  assert.throws(() => L.solve(z, b.get("0:150")), (e: Error) => e instanceof LinAlgError && e.message === "Singular matrix");
  assert.is(L.det(z), 0);
});

/** C[i*ldc + j] - sum_k A[i*k + kk] B[kk*m + j], the plain sequential sums. */
function reference(A: Float64Array, B: Float64Array, C: Float64Array, ldc: number, n: number, k: number, m: number): Float64Array {
  const out = C.slice();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let kk = 0; kk < k; kk++) s += A[i * k + kk] * B[kk * m + j];
      out[i * ldc + j] -= s;
    }
  }
  return out;
}

const filled = (x: Float64Array, seed: number) => {
  for (let i = 0; i < x.length; i++) x[i] = Math.sin(seed + i * 0.37) * 2;
  return x;
};

test("C -= A B in place, C's rows ldc apart: in the heap (threads, fringe rows and columns) and outside", () => {
  for (const [n, k, m, ldc] of [[150, 120, 130, 137], [37, 50, 23, 29], [203, 8, 6, 203], [5, 3, 1, 1]]) {
    const A = filled(new Float64Array(n * k), 1);
    const B = filled(new Float64Array(k * m), 2);
    const size = n * ldc;
    const inHeap = heapArray(Float64Array, Math.max(size, 8192));
    for (const C of [inHeap === null ? null : filled(inHeap.subarray(0, size), 3), filled(new Float64Array(size), 3)]) {
      if (C === null) continue;
      const want = reference(A, B, C, ldc, n, k, m);
      gemmSubtract(A, 0, k, 1, B, 0, m, 1, C, 0, ldc, n, k, m);
      near(C, want, `${n}x${k}x${m} ldc ${ldc}${heapAddress(C) >= 0 ? " in the heap" : ""}`, 1e-13);
    }
  }
});

test.run();

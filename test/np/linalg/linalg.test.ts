import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { Case } from "../_cases";
import { runLinalgCases } from "./_tolerance";
import { signatureOf } from "../../../src/signature";
import { roundedExp, roundedLog } from "../../../src/np/linalg/rounded-math";

const golden = loadGolden<{ cases: Case[] }>("np_linalg/linalg");
const L = np.linalg;

/** Signs as the fixtures normalise them where NumPy divides and conquers: each column's largest entry positive. */
function largestPositiveColumns(v: np.NDArray, rows?: np.NDArray): np.NDArray[] {
  const [m, k] = v.shape;
  const out = v.copy();
  const other = rows?.copy();
  for (let j = 0; j < k; j++) {
    let best = 0;
    for (let i = 0; i < m; i++) if (Math.abs(out.item(i, j)) > Math.abs(out.item(best, j)) * (1 + 1e-8)) best = i;
    if (out.item(best, j) >= 0) continue;
    out.set([":", j], np.negative(out.get(":", j)));
    other?.set([j, ":"], np.negative(other.get(j, ":")));
  }
  return other ? [out, other] : [out];
}

/** Max |X^T X - I| over a stack of matrices with orthonormal columns. */
function orthonormalError(x: np.NDArray): number {
  const gram = np.matmul(np.swapaxes(x, -1, -2), x);
  const n = x.shape[x.ndim - 1];
  return np.max(np.abs(np.subtract(gram, np.eye(n)))) as number;
}

const OPS: Record<string, (...args: any[]) => unknown> = {
  inv: L.inv, det: L.det, slogdet: L.slogdet, solve: L.solve, cholesky: L.cholesky, qr: L.qr,
  eigh: L.eigh, eigvalsh: L.eigvalsh, eig: L.eig, eigvals: L.eigvals, svd: L.svd, norm: L.norm,
  lstsq: L.lstsq, pinv: L.pinv, matrix_rank: L.matrix_rank, matrix_power: L.matrix_power, cond: L.cond,
  multi_dot: (...arrays: np.NDArray[]) => L.multi_dot(arrays),
  svd_signfree: (a: np.NDArray, kw?: object) => {
    const [u, s, vh] = L.svd(a, kw ?? {}) as np.NDArray[];
    const [u2, vh2] = largestPositiveColumns(u, vh);
    return [u2, s, vh2];
  },
  eigh_signfree: (a: np.NDArray) => {
    const [w, v] = L.eigh(a);
    return [w, largestPositiveColumns(v)[0]];
  },
};

test(`np.linalg matches NumPy within 1e-10 over contiguous, strided and broadcast stacks (${golden.cases.length} cases)`, () => {
  const cases = golden.cases;
  const failures = runLinalgCases(cases, OPS);
  assert.equal(failures.slice(0, 12), [], `${failures.length} failures`);
});

test("eig of a rotation gives NumPy's complex eigenvalues and vectors", () => {
  const [w, v] = L.eig([[0, 1], [-1, 0]]);
  assert.is(w.dtype.name, "complex128");
  assert.equal(w.tolist().map((z: { re: number; im: number }) => [z.re, z.im]), [[0, 1], [0, -1]]);
  const h = 0.7071067811865475;
  assert.equal(v.tolist().map((row: { re: number; im: number }[]) => row.map((z) => [z.re, z.im])), [[[h, 0], [h, -0]], [[0, h], [0, -h]]]);
  assert.is(L.eigvals([[0, 1], [-1, 0]]).dtype.name, "complex128");
});

test("det and slogdet round their log and exp as the C library does (NumPy's -2.0000000000000004)", () => {
  assert.is(L.det([[1, 2], [3, 4]]), -2.0000000000000004);
  assert.equal(L.slogdet([[1, 2], [3, 4]]), [-1, 0.6931471805599455]);
  assert.is(roundedLog(3), 1.0986122886681098);
  assert.is(roundedExp(0.6931471805599455), 2.0000000000000004);
});

test("LinAlgError derives from Error, not ValueError, as in NumPy", () => {
  try {
    L.inv([[1, 2], [2, 4]]);
    assert.unreachable();
  } catch (e) {
    assert.ok(e instanceof L.LinAlgError);
    assert.is((e as Error).name, "LinAlgError");
    assert.is((e as Error).message, "Singular matrix");
  }
});

test("the decompositions reconstruct their input (a 30 x 30 matrix)", () => {
  const a = new np.random.RandomState(3).randn(30, 30) as np.NDArray;
  const [q, r] = L.qr(a);
  assert.ok((np.max(np.abs(np.subtract(np.matmul(q, r), a))) as number) < 1e-12);
  const [u, s, vh] = L.svd(a);
  assert.ok((np.max(np.abs(np.subtract(np.matmul(np.multiply(u, s), vh), a))) as number) < 1e-12);
  const sym = np.add(a, a.T);
  const [w, v] = L.eigh(sym);
  assert.ok((np.max(np.abs(np.subtract(np.matmul(np.multiply(v, w), v.T), sym))) as number) < 1e-12);
  assert.ok(orthonormalError(v) < 1e-13);
  assert.ok((np.max(np.abs(np.subtract(np.matmul(a, L.inv(a)), np.eye(30)))) as number) < 1e-12);
});

test("svd factors hard matrices: zero, rank one, rank two, graded, a zero column", () => {
  const rs = new np.random.RandomState(7);
  const n = 40;
  const cases: [string, np.NDArray][] = [
    ["zeros", np.zeros([n, 30])],
    ["rank one", np.outer(rs.randn(n) as np.NDArray, rs.randn(30) as np.NDArray)],
    ["rank two", np.mod(np.arange(n * n).reshape(n, n), 3).astype("float64")],
    ["graded", np.multiply(rs.randn(30, n) as np.NDArray, np.power(10, np.multiply(rs.randn(1, n) as np.NDArray, 5)))],
    ["zero column", np.multiply(rs.randn(n, 20) as np.NDArray, np.not_equal(np.arange(20), 3))],
  ];
  for (const [name, a] of cases) {
    const [u, s, vh] = L.svd(a, { full_matrices: false });
    const scale = Math.max(1, np.max(np.abs(a)) as number);
    const err = np.max(np.abs(np.subtract(np.matmul(np.multiply(u, s), vh), a))) as number;
    assert.ok(err < 1e-12 * scale * 10, `${name}: reconstruction ${err}`);
    assert.ok(orthonormalError(u) < 1e-12 && orthonormalError(vh.T) < 1e-12, `${name}: orthonormal`);
    const sv = Array.from(s.data);
    assert.ok(sv.every((x, i) => x >= 0 && (i === 0 || sv[i - 1] >= x)), `${name}: descending`);
  }
});

test("inputs are never modified", () => {
  const a = np.array([[4, 1], [1, 3]], { dtype: "float64" });
  const before = a.tolist();
  L.inv(a); L.cholesky(a); L.qr(a); L.svd(a); L.eigh(a); L.eig(a); L.det(a); L.pinv(a); L.norm(a, 2);
  assert.equal(a.tolist(), before);
});

test("empty matrices and NaNs behave as in NumPy", () => {
  const [w, v] = L.eigh([[1, NaN], [NaN, 1]]);
  assert.equal([w.tolist(), v.tolist()], [[NaN, NaN], [[NaN, NaN], [NaN, NaN]]]);
  assert.throws(() => L.svd([[1, NaN], [NaN, 1]]), (e: Error) => e.name === "LinAlgError" && e.message === "SVD did not converge");
  assert.throws(() => L.eig([[1, NaN], [NaN, 1]]), (e: Error) => e.name === "LinAlgError" && e.message === "Array must not contain infs or NaNs");
  assert.throws(() => L.matrix_rank(np.zeros([0, 3])), (e: Error) => e.name === "ValueError");
  const [u, s, vh] = L.svd(np.zeros([0, 3]));
  assert.equal([u.shape, s.shape, vh.tolist()], [[0, 0], [0], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]]);
  assert.equal(L.pinv(np.zeros([0, 3])).shape, [3, 0]);
  assert.equal(L.qr(np.zeros([0, 3]))[1].shape, [0, 3]);
  assert.equal(L.det(np.zeros([0, 2, 2])).toString(), "[]");
  assert.is(L.norm(np.zeros([0])), 0);
});

test("every np.linalg function carries its NumPy signature", () => {
  const names = Object.keys(L).filter((k) => typeof (L as Record<string, unknown>)[k] === "function" && k !== "LinAlgError");
  assert.equal(names.filter((k) => signatureOf((L as Record<string, unknown>)[k]) === undefined), []);
  assert.is(signatureOf(L.svd)?.qualname, "numpy.linalg.svd");
  assert.is(names.length, 18);
  assert.throws(() => L.svd([[1]], { bogus: 1 } as object), (e: Error) => e.name === "TypeError" && e.message === "svd() got an unexpected keyword argument 'bogus'");
  assert.throws(() => L.multi_dot([[1]], { out: np.zeros([1]) } as object), (e: Error) => e.name === "NotImplementedError");
});

test.run();

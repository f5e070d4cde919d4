/**
 * np.linalg on complex matrices beyond eig/inv/solve/det against Debian's NumPy
 * (test/golden/np_complex/linalg_more.json from scripts/golden/np_complex_linalg.py), within
 * 1e-10. Where vectors are unique only up to a phase (svd, eigh), the invariants: U diag(s) Vh
 * rebuilds the matrix, the columns are orthonormal, and eigh's A v = w v.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { loadGolden } from "../../helpers/golden";
import { Encoded, assertMatches, decodeArray } from "./_complex_cases";

type Lstsq = { b: Encoded; x: Encoded; res: Encoded; rank: number; s: Encoded };
const G = loadGolden<{
  mats: Record<string, Encoded>; herm: Record<string, Encoded>; svals: Record<string, Encoded>; svals_T: Record<string, Encoded>;
  norm: Record<string, Record<string, Encoded>>; norm_default: Record<string, number>; vnorm: Record<string, Encoded>; norm_keepdims: Encoded;
  cond: Record<string, Record<string, Encoded>>; rank: Record<string, Encoded>; rank_tol: number;
  eigvalsh: Record<string, Record<string, Encoded>>; eigh_w: Record<string, Encoded>; eigh_lower_only: Encoded;
  cholesky: Record<string, Encoded>; slogdet: Record<string, [Encoded, Encoded]>; pinv: Record<string, Encoded>;
  lstsq: Lstsq; lstsq_rank2: Lstsq; qr: Record<string, Record<string, Encoded[]>>; qr_T: Encoded[]; matrix_power: Record<string, Encoded>; multi_dot: Encoded;
}>("np_complex/linalg_more");

const mats = Object.fromEntries(Object.entries(G.mats).map(([k, v]) => [k, decodeArray(v)]));
const herm = Object.fromEntries(Object.entries(G.herm).map(([k, v]) => [k, decodeArray(v)]));
const tol = (a: NDArray) => (a.dtype.name === "complex64" ? 1e-5 : 1e-10);
const ORD: Record<string, np.linalg.NormOrder> = { None: null, fro: "fro", nuc: "nuc", "1": 1, "-1": -1, "2": 2, "-2": -2, inf: Infinity, "-inf": -Infinity, "3": 3, "0": 0, "0.5": 0.5 };
/** Numbers, complex scalars and arrays as arrays, to compare with a fixture. */
const arr = (v: unknown, dtype?: string): NDArray => (v instanceof np.NDArray ? v : np.array(v as never).astype((dtype ?? "float64") as never));
const conjT = (x: NDArray) => x.conj().swapaxes(-1, -2);

test("singular values (compute_uv=False) of complex matrices: square, tall, wide, stacked, rank-deficient, complex64, transposed", () => {
  for (const [k, a] of Object.entries(mats)) {
    assertMatches(np.linalg.svd(a, { compute_uv: false }), G.svals[k], `svd ${k}`, tol(a));
    assertMatches(np.linalg.svd(a.swapaxes(-1, -2), { compute_uv: false }), G.svals_T[k], `svd ${k}.T`, tol(a));
  }
});

test("svd vectors: U diag(s) Vh rebuilds the matrix, U and Vh orthonormal, s as NumPy's", () => {
  for (const [k, a] of Object.entries(mats)) {
    const [U, s, Vh] = np.linalg.svd(a, { full_matrices: false });
    assertMatches(s, G.svals[k], `s ${k}`, tol(a));
    const rebuilt = np.matmul(U.mul(s.get("...", null, ":")), Vh);
    assert.ok(np.allclose(rebuilt, a, { rtol: 0, atol: 100 * tol(a) }), `U s Vh = a for ${k}`);
    const kk = s.shape[s.ndim - 1];
    const eye = np.broadcast_to(np.eye(kk), [...s.shape.slice(0, -1), kk, kk]);
    assert.ok(np.allclose(np.matmul(conjT(U), U), eye, { rtol: 0, atol: 100 * tol(a) }), `U orthonormal for ${k}`);
    if (k !== "rank2") assert.ok(np.allclose(np.matmul(Vh, conjT(Vh)), eye, { rtol: 0, atol: 100 * tol(a) }), `Vh orthonormal for ${k}`);
  }
  const square = mats.square;
  const [U, s, Vh] = np.linalg.svd(square);
  assert.ok(np.allclose(np.matmul(U.mul(s), Vh), square, { rtol: 0, atol: 1e-10 }), "full_matrices of a square matrix");
  const [Ut, st, Vht] = np.linalg.svd(mats.tall);
  assert.equal([Ut.shape, st.shape, Vht.shape], [[5, 5], [3], [3, 3]]);
});

test("norm of complex matrices and vectors, every ord, keepdims", () => {
  for (const [k, a] of Object.entries(mats)) {
    // rank2's smallest singular values are rounding noise in both: -2 compares nothing
    for (const [o, want] of Object.entries(G.norm[k])) if (!(k === "rank2" && o === "-2")) assertMatches(arr(np.linalg.norm(a, ORD[o], [-2, -1]), want.dtype), want, `norm ${k} ord=${o}`, tol(a));
    assert.ok(Math.abs((np.linalg.norm(a) as number) - G.norm_default[k]) <= 1e-12 * G.norm_default[k] * (a.dtype.name === "complex64" ? 1e6 : 1), `norm ${k}`);
  }
  const v = mats.square.get(0);
  for (const [o, want] of Object.entries(G.vnorm)) assertMatches(arr(np.linalg.norm(v, ORD[o])), want, `vector norm ord=${o}`, 1e-12);
  assertMatches(np.linalg.norm(mats.stack, 2, [1, 2], true) as NDArray, G.norm_keepdims, "norm keepdims", 1e-10);
});

test("cond and matrix_rank of complex matrices", () => {
  for (const [k, byOrd] of Object.entries(G.cond)) {
    if (k === "rank2") continue; // singular: its condition numbers are 1 / rounding noise
    for (const [o, want] of Object.entries(byOrd)) {
      const got = np.linalg.cond(mats[k], ORD[o]);
      assertMatches(got instanceof np.NDArray ? got : arr(got, want.dtype), want, `cond ${k} p=${o}`, 1e3 * tol(mats[k]));
    }
  }
  for (const [k, want] of Object.entries(G.rank)) assertMatches(arr(np.linalg.matrix_rank(mats[k]), "int64"), want, `rank ${k}`, 0);
  assert.is(np.linalg.matrix_rank(mats.square, 2.0), G.rank_tol);
});

test("eigvalsh and eigh of Hermitian matrices (UPLO, stacks, a repeated eigenvalue)", () => {
  for (const [k, a] of Object.entries(herm)) {
    for (const uplo of ["L", "U"] as const) assertMatches(np.linalg.eigvalsh(a, uplo), G.eigvalsh[k][uplo], `eigvalsh ${k} ${uplo}`, 1e-10);
    const [w, v] = np.linalg.eigh(a);
    assertMatches(w, G.eigh_w[k], `eigh w ${k}`, 1e-10);
    const n = a.shape[a.ndim - 1];
    assert.ok(np.allclose(np.matmul(a, v), v.mul(w.get("...", null, ":")), { rtol: 0, atol: 1e-10 * 10 * n }), `A v = w v for ${k}`);
    assert.ok(np.allclose(np.matmul(conjT(v), v), np.broadcast_to(np.eye(n), [...a.shape]), { rtol: 0, atol: 1e-10 }), `v unitary for ${k}`);
    // LAPACK leaves each eigenvector's first component real
    assert.ok((np.abs(v.get("...", 0, ":").imag).max() as number) < 1e-12, `first row real for ${k}`);
  }
  const h = herm.h3;
  const lowerOnly = np.add(np.tril(h), np.triu(np.ones([3, 3], { dtype: "complex128" }).mul(np.complex128(5, 7)), 1));
  assertMatches(np.linalg.eigvalsh(lowerOnly), G.eigh_lower_only, "eigvalsh reads the lower triangle only", 1e-10);
});

test("cholesky and slogdet of complex matrices", () => {
  for (const [k, a] of Object.entries(herm)) assertMatches(np.linalg.cholesky(a), G.cholesky[k], `cholesky ${k}`, 1e-10);
  assert.throws(() => np.linalg.cholesky(np.array([[np.complex128(1, 0), 2], [2, 1]])), (e: Error) => e.name === "LinAlgError" && e.message === "Matrix is not positive definite");
  for (const [k, [sign, logdet]] of Object.entries(G.slogdet)) {
    if (k === "rank2") continue; // singular: the determinant is rounding noise
    const [s, l] = np.linalg.slogdet(mats[k]) as unknown as [unknown, unknown];
    assertMatches(s instanceof np.NDArray ? s : np.array([s as never]).reshape([]).astype(sign.dtype as never), sign, `slogdet sign ${k}`, tol(mats[k]));
    assertMatches(arr(l, logdet.dtype), logdet, `slogdet logdet ${k}`, tol(mats[k]));
  }
});

test("pinv and lstsq of complex matrices (full rank and rank-deficient)", () => {
  for (const [k, a] of Object.entries(mats)) assertMatches(np.linalg.pinv(a), G.pinv[k], `pinv ${k}`, 1e3 * tol(a));
  for (const [a, c] of [[mats.tall, G.lstsq], [mats.rank2, G.lstsq_rank2]] as const) {
    const [x, res, rank, s] = np.linalg.lstsq(a, decodeArray(c.b), { rcond: null });
    assertMatches(x, c.x, "lstsq x", 1e-9);
    assertMatches(res, c.res, "lstsq residuals", 1e-9);
    assert.is(rank, c.rank);
    assertMatches(s, c.s, "lstsq s", 1e-10);
  }
});

test("qr of complex matrices as LAPACK's reflectors give them (reduced, complete, r; stacks, transposed)", () => {
  for (const [k, byMode] of Object.entries(G.qr)) {
    if (k === "rank2") {
      // rank-deficient: the reflectors past the rank act on rounding noise; Q R still rebuilds it
      const [Q, R] = np.linalg.qr(mats[k]);
      assert.ok(np.allclose(np.matmul(Q, R), mats[k], { rtol: 0, atol: 1e-10 }), "Q R = a for a rank-deficient matrix");
      continue;
    }
    for (const [mode, want] of Object.entries(byMode)) {
      const got = np.linalg.qr(mats[k], mode as "reduced");
      const parts = Array.isArray(got) ? got : [got];
      want.forEach((w, i) => assertMatches(parts[i], w, `qr ${k} ${mode} #${i}`, 100 * tol(mats[k])));
    }
  }
  const [Q, R] = np.linalg.qr(mats.tall.T);
  assertMatches(Q, G.qr_T[0], "qr of a transposed matrix: Q", 1e-10);
  assertMatches(R, G.qr_T[1], "qr of a transposed matrix: R", 1e-10);
});

test("matrix_power and multi_dot of complex matrices", () => {
  for (const [p, want] of Object.entries(G.matrix_power)) assertMatches(np.linalg.matrix_power(mats.square, Number(p)), want, `matrix_power ${p}`, 1e-10);
  assertMatches(np.linalg.multi_dot([mats.tall, mats.wide.get(":", ":3").T, mats.square.get(":2", ":2")]), G.multi_dot, "multi_dot", 1e-10);
});

test.run();

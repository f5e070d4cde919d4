/**
 * np.linalg.svd (full_matrices true and false) and qr(mode='raw') of complex matrices against
 * Debian's NumPy (test/golden/np_complex/svd_full.json from scripts/golden/np_complex_svd_full.py):
 * tall and wide along each of zgesdd's paths, square, one row or column, stacks, complex64, and
 * transposed, reversed and broadcast inputs. The factors follow zgesdd's steps, so U and Vh are
 * compared with NumPy's directly, and U diag(s) Vh = a and unitarity are checked as well.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { loadGolden } from "../../helpers/golden";
import { Encoded, assertMatches, decodeArray, withLayout } from "./_complex_cases";

interface Case {
  stored: Encoded;
  layout: string;
  full: [Encoded, Encoded, Encoded];
  reduced: [Encoded, Encoded, Encoded];
  raw: [Encoded, Encoded];
}
interface HermitianCase {
  a: Encoded;
  u: Encoded;
  s: Encoded;
  vh: Encoded;
  s_only: Encoded;
}
const G = loadGolden<{ cases: Record<string, Case>; hermitian: Record<string, HermitianCase> }>("np_complex/svd_full");
const input = (c: Case) => withLayout(decodeArray(c.stored), c.layout);
const tol = (a: NDArray) => (a.dtype.name === "complex64" ? 1e-5 : 1e-10);
const conjT = (x: NDArray) => x.conj().swapaxes(-1, -2);

function assertUnitary(x: NDArray, what: string, atol: number): void {
  const n = x.shape[x.ndim - 1];
  const eye = np.broadcast_to(np.eye(n), [...x.shape.slice(0, -2), n, n]);
  assert.ok(np.allclose(np.matmul(conjT(x), x), eye, { rtol: 0, atol }), `${what} unitary`);
}

test("svd(full_matrices=True) of complex matrices: NumPy's U, s and Vh; U diag(s) Vh = a; U and Vh unitary", () => {
  for (const [name, c] of Object.entries(G.cases)) {
    const a = input(c);
    const [U, s, Vh] = np.linalg.svd(a);
    const [wu, ws, wvh] = c.full;
    assertMatches(s, ws, `${name}: s`, tol(a));
    const m = a.shape[a.ndim - 2];
    const n = a.shape[a.ndim - 1];
    const k = Math.min(m, n);
    const S = np.zeros([...s.shape.slice(0, -1), m, n], { dtype: a.dtype.name === "complex64" ? "complex64" : "complex128" });
    for (let i = 0; i < k; i++) S.set(["...", i, i], s.get("...", i));
    assert.ok(np.allclose(np.matmul(np.matmul(U, S), Vh), a, { rtol: 0, atol: 100 * tol(a) }), `${name}: U S Vh = a`);
    assertUnitary(U, `${name}: U`, tol(a));
    assertUnitary(conjT(Vh), `${name}: Vh`, tol(a));
    if (name === "rank1") continue; // vectors of zero singular values are rounding noise in both
    assertMatches(U, wu, `${name}: U`, tol(a));
    assertMatches(Vh, wvh, `${name}: Vh`, tol(a));
  }
});

test("svd(full_matrices=False) of complex matrices: NumPy's U, s and Vh", () => {
  for (const [name, c] of Object.entries(G.cases)) {
    const a = input(c);
    const [U, s, Vh] = np.linalg.svd(a, false);
    const [wu, ws, wvh] = c.reduced;
    assertMatches(s, ws, `${name}: s`, tol(a));
    assert.ok(np.allclose(np.matmul(U.mul(s.get("...", null, ":")), Vh), a, { rtol: 0, atol: 100 * tol(a) }), `${name}: U s Vh = a`);
    if (name === "rank1") {
      assertMatches(U.get("...", ":1"), { ...wu, re: slice1(wu.re, wu.shape), im: wu.im && slice1(wu.im, wu.shape), shape: [...wu.shape.slice(0, -1), 1] }, `${name}: U's first column`, tol(a));
      continue;
    }
    assertMatches(U, wu, `${name}: U`, tol(a));
    assertMatches(Vh, wvh, `${name}: Vh`, tol(a));
  }
});

/** The first column of a fixture's matrix. */
function slice1(g: Encoded["re"], shape: number[]): Encoded["re"] {
  const cols = shape[shape.length - 1];
  return { ...g, data: g.data.filter((_, i) => i % cols === 0) };
}

test("svd of empty complex matrices gives NumPy's identities", () => {
  const [U, s, Vh] = np.linalg.svd(np.zeros([0, 3], { dtype: "complex128" }));
  assert.equal([U.shape, s.shape, Vh.shape], [[0, 0], [0], [3, 3]]);
  assert.ok(np.array_equal(Vh, np.eye(3)));
  const [U2, , Vh2] = np.linalg.svd(np.zeros([3, 0], { dtype: "complex128" }), false);
  assert.equal([U2.shape, Vh2.shape], [[3, 0], [0, 0]]);
});

test("qr(mode='raw') of complex matrices: NumPy's h (transposed) and tau", () => {
  for (const [name, c] of Object.entries(G.cases)) {
    const a = input(c);
    const [h, tau] = np.linalg.qr(a, "raw");
    if (name === "rank1") {
      // past the rank the reflectors act on rounding noise: the first column's reflector only
      assertMatches(tau.get(":1"), { ...c.raw[1], re: { ...c.raw[1].re, data: c.raw[1].re.data.slice(0, 1) }, im: c.raw[1].im && { ...c.raw[1].im, data: c.raw[1].im.data.slice(0, 1) }, shape: [1] }, `${name}: tau[0]`, 1e-10);
      continue;
    }
    assertMatches(h, c.raw[0], `${name}: h`, tol(a));
    assertMatches(tau, c.raw[1], `${name}: tau`, tol(a));
  }
});

test("svd(hermitian=True) of complex matrices: NumPy's s; u and vh NumPy's up to each column's sign (eigh's); the lower triangle read", () => {
  for (const [name, c] of Object.entries(G.hermitian)) {
    const a = decodeArray(c.a);
    const t = tol(a);
    const [U, s, Vh] = np.linalg.svd(a, { hermitian: true });
    assertMatches(s, c.s, `${name}: s`, t);
    assertMatches(np.linalg.svd(a, { compute_uv: false, hermitian: true }), c.s_only, `${name}: s alone`, t);
    // eigh's vectors may differ from LAPACK's by a sign: flip each column to NumPy's
    const wantU = decodeArray(c.u);
    const ratio = np.sum(U.conj().mul(wantU), { axis: -2, keepdims: true }) as NDArray;
    const sign = np.sign(ratio.real);
    assertMatches(U.mul(sign), c.u, `${name}: u`, t);
    assertMatches(Vh.mul(sign.swapaxes(-1, -2)), c.vh, `${name}: vh`, t);
    // the Hermitian matrix the lower triangle stands for
    const lower = np.tril(a);
    const herm = lower.add(conjT(np.tril(a, -1)));
    assert.ok(np.allclose(np.matmul(U.mul(s.get("...", null, ":")), Vh), herm, { rtol: 0, atol: 100 * t }), `${name}: u s vh = a`);
  }
});

test.run();

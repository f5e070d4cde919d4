/**
 * Complex results of np.linalg.eig / eigvals and np.roots, and indexing and creation of
 * complex arrays, against Debian's NumPy (test/golden/np_complex/linalg.json from
 * scripts/golden/np_complex.py). eig within 1e-10; eigenvectors compared with each column's
 * sign fixed (see signFixed).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { inspect } from "node:util";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { GoldenArray, loadGolden } from "../../helpers/golden";
import { Encoded, assertMatches, decodeArray } from "./_complex_cases";

interface EigCase {
  input: GoldenArray;
  input_T?: GoldenArray;
  w: Encoded;
  v: Encoded;
  eigvals: Encoded;
  repr_w: string;
}
const G = loadGolden<{ eig: Record<string, EigCase>; roots: { p: number[]; result: Encoded; repr: string }[]; indexing: Record<string, Encoded>; lin: Record<string, Encoded> }>("np_complex/linalg");

const arrayOf = (g: GoldenArray) => np.array(g.data).reshape(g.shape).astype(g.dtype as never);

/**
 * Eigenvector columns with the sign fixed: each column negated when its component of largest
 * modulus (real, after LAPACK's normalisation) is negative. A complex pair's vectors can come
 * out with the opposite sign to NumPy's (the sign LAPACK leaves is not reproduced for them).
 */
function signFixed(v: NDArray): NDArray {
  const n = v.shape[v.ndim - 1];
  const re = v.real.ravel().tolist() as number[];
  const im = v.imag.ravel().tolist() as number[];
  for (let base = 0; base < re.length; base += n * n) {
    for (let c = 0; c < n; c++) {
      let best = base + c;
      for (let r = 0; r < n; r++) {
        const i = base + r * n + c;
        if (re[i] ** 2 + im[i] ** 2 > re[best] ** 2 + im[best] ** 2 + 1e-9) best = i;
      }
      if (re[best] < 0) for (let r = 0; r < n; r++) {
        re[base + r * n + c] = -re[base + r * n + c];
        im[base + r * n + c] = -im[base + r * n + c];
      }
    }
  }
  const out = np.zeros(v.shape, { dtype: v.dtype });
  out.real.set("...", np.array(re).reshape(v.shape));
  out.imag.set("...", np.array(im).reshape(v.shape));
  return out;
}

test("eig and eigvals give NumPy's complex eigenvalues and eigenvectors (stacks, float32, strided input)", () => {
  for (const [key, c] of Object.entries(G.eig)) {
    const m = arrayOf(c.input);
    const rel = c.input.dtype === "float32" ? 1e-5 : 1e-10;
    const [w, v] = np.linalg.eig(m);
    assertMatches(w, c.w, `${key} w`, rel);
    const want = signFixed(decodeArray(c.v));
    const wantEnc = { re: { ...c.v.re, data: want.real.ravel().tolist() as number[] }, im: { ...c.v.im!, data: want.imag.ravel().tolist() as number[] }, dtype: c.v.dtype, shape: c.v.shape };
    assertMatches(signFixed(v), wantEnc, `${key} v`, rel);
    assertMatches(np.linalg.eigvals(m), c.eigvals, `${key} eigvals`, rel);
    if (c.input.dtype !== "float32") assert.is(inspect(w), c.repr_w, `${key} repr`);
    if (c.input_T !== undefined) assertMatches(signFixed(np.linalg.eig(arrayOf(c.input_T).T)[1]), wantEnc, `${key} transposed input`, rel);
  }
});

test("roots gives NumPy's roots: companion eigenvalues, leading and trailing zeros", () => {
  for (const r of G.roots) {
    const got = np.roots(r.p);
    assertMatches(got, r.result, `roots(${r.p})`, 1e-10);
    assert.is(inspect(got), r.repr, `roots(${r.p})`);
  }
});

test("complex arrays index, assign and fill as NumPy's: masks, integer arrays, slices, ones/full/arange", () => {
  const I = G.indexing;
  const V = decodeArray(I.value);
  assertMatches(V.get(V.real.gt(1)), I.mask, "mask", 0);
  assertMatches(V.get(np.array([4, 0, 0, 2])), I.fancy, "fancy", 0);
  let t = V.copy();
  t.set([np.array([1, 3])], np.complex128(7, -1));
  assertMatches(t, I.set_fancy, "set fancy", 0);
  t = V.copy();
  t.set(V.imag.lt(0), 0);
  assertMatches(t, I.set_mask, "set mask", 0);
  t = V.copy();
  t.set(0, 5);
  t.set("1:3", [np.complex128(0, 1), 2.5]);
  assertMatches(t, I.set_basic, "set basic", 0);
  assertMatches(np.ones(3, { dtype: np.complex64 }), I.ones, "ones", 0);
  assertMatches(np.full([2, 2], 3.5, { dtype: "complex" }), I.full, "full", 0);
  assertMatches(np.arange(4, { dtype: "D" }), I.arange, "arange", 0);
  assertMatches(np.concatenate([V, V.get("::-2").real]), I.concatenate, "concatenate", 0);
});

test("inv, solve and det take complex matrices: stacks, transposed input, broadcast right-hand sides", () => {
  const L = G.lin;
  const A = decodeArray(L.A);
  assertMatches(np.linalg.inv(A), L.inv, "inv", 1e-10);
  assertMatches(np.linalg.inv(np.swapaxes(A, -1, -2)), L.inv_T, "inv of a transposed stack", 1e-10);
  assertMatches(np.linalg.det(A) as NDArray, L.det, "det", 1e-10);
  assertMatches(np.asarray(np.linalg.det(A.get(0)) as never), L.det0, "det of one matrix", 1e-10);
  assertMatches(np.linalg.solve(A, decodeArray(L.Bv)), L.solve_v, "solve vectors", 1e-10);
  assertMatches(np.linalg.solve(A, decodeArray(L.Bm)), L.solve_m, "solve a broadcast real matrix", 1e-10);
  assertMatches(np.linalg.solve(A.get(0).real, decodeArray(L.Bv).get(0)), L.solve_real_a, "solve with a real matrix", 1e-10);
  assertMatches(np.linalg.inv(A.get(0).astype("complex64")), L.inv_c64, "inv complex64", 1e-5);
});

test.run();

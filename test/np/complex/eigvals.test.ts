/**
 * np.linalg.eigvals and eig of complex matrices and np.roots with complex coefficients against Debian's
 * NumPy (test/golden/np_complex/eigvals.json from scripts/golden/np_complex_eigvals.py): the
 * values in zgeev's order, within 1e-10 (1e-5 for complex64), over contiguous, transposed,
 * reversed and broadcast inputs.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import { loadGolden } from "../../helpers/golden";
import { Encoded, assertMatches, decodeArray, withLayout } from "./_complex_cases";

const G = loadGolden<{
  mats: Record<string, { stored: Encoded; layout: string; w: Encoded; eig_w: Encoded; eig_v: Encoded }>;
  roots: Record<string, { p: Encoded; r: Encoded }>;
}>("np_complex/eigvals");

test("eigvals of complex matrices: NumPy's values in NumPy's order", () => {
  for (const [name, c] of Object.entries(G.mats)) {
    const a = withLayout(decodeArray(c.stored), c.layout);
    const before = a.copy();
    assertMatches(np.linalg.eigvals(a), c.w, name, a.dtype.name === "complex64" ? 1e-5 : 1e-10);
    assert.ok(np.array_equal(a, before), `${name}: input untouched`);
  }
  assert.throws(() => np.linalg.eigvals(np.ones([2, 3], { dtype: "complex128" })), (e: Error) => e.name === "LinAlgError" && e.message === "Last 2 dimensions of the array must be square");
  assert.throws(() => np.linalg.eigvals(np.array([[np.complex128(NaN, 0), 1], [0, 1]])), (e: Error) => e.name === "LinAlgError" && e.message === "Array must not contain infs or NaNs");
});

test("eig of complex matrices: NumPy's eigenvalues and unit eigenvectors (largest component real and positive); A v = v w", () => {
  for (const [name, c] of Object.entries(G.mats)) {
    const a = withLayout(decodeArray(c.stored), c.layout);
    const tol = a.dtype.name === "complex64" ? 1e-5 : 1e-10;
    const [w, v] = np.linalg.eig(a);
    assertMatches(w, c.eig_w, `${name}: w`, tol);
    assert.ok(np.allclose(np.matmul(a, v), v.mul(w.get("...", null, ":")), { rtol: 0, atol: 1e3 * tol }), `${name}: A v = v w`);
    // a defective eigenvalue's vectors are rounding noise in both
    if (name !== "repeated") assertMatches(v, c.eig_v, `${name}: v`, tol);
  }
});

test("roots of polynomials with complex coefficients: NumPy's roots in NumPy's order", () => {
  for (const [name, c] of Object.entries(G.roots)) {
    const p = decodeArray(c.p);
    assertMatches(np.roots(p), c.r, name, p.dtype.name === "complex64" ? 1e-5 : 1e-10);
  }
});

test.run();

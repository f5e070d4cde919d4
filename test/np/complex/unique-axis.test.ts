/**
 * np.unique(..., axis=) of complex arrays against Debian's NumPy (test/golden/np_complex/
 * unique_axis.json from scripts/golden/np_complex_unique_axis.py): values, first indices,
 * inverse and counts, exactly, over contiguous, transposed, reversed and broadcast inputs.
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
  axis: number;
  values: Encoded;
  all: [Encoded, Encoded, Encoded, Encoded];
  inverse: [Encoded, Encoded];
}
const G = loadGolden<{ cases: Record<string, Case> }>("np_complex/unique_axis");

/** NaN where NumPy has NaN, and -0 where it has -0: the values exactly. */
function assertSame(got: NDArray, want: Encoded, what: string): void {
  assertMatches(got, want, what, 0);
  const signs = (x: NDArray) => (x.ravel().tolist() as number[]).map((v) => Object.is(v, -0));
  const expected = decodeArray(want);
  assert.equal(signs(got.real), signs(expected.real), `${what}: signs of zero (real)`);
  if (want.im !== undefined) assert.equal(signs(got.imag), signs(expected.imag), `${what}: signs of zero (imag)`);
}

test("unique(axis=) of complex arrays: the distinct sub-arrays in NumPy's order, with index, inverse and counts", () => {
  for (const [name, c] of Object.entries(G.cases)) {
    const a = withLayout(decodeArray(c.stored), c.layout);
    const before = a.copy();
    assertSame(np.unique(a, { axis: c.axis }), c.values, `${name}: values`);
    const all = np.unique(a, true, true, true, c.axis) as NDArray[];
    assert.is(all.length, 4);
    assertSame(all[0], c.all[0], `${name}: values (all)`);
    ["index", "inverse", "counts"].forEach((what, i) => assertMatches(all[i + 1], c.all[i + 1], `${name}: ${what}`, 0));
    const [u, inv] = np.unique(a, { return_inverse: true, axis: c.axis }) as NDArray[];
    assertSame(u, c.inverse[0], `${name}: values (inverse)`);
    assertMatches(inv, c.inverse[1], `${name}: inverse alone`, 0);
    assert.ok(np.array_equal(a, before, true), `${name}: input untouched`);
  }
});

test("unique(axis=) of a complex array: a bad axis is NumPy's AxisError", () => {
  assert.throws(() => np.unique(np.zeros([2, 2], { dtype: "complex128" }), { axis: 2 }), (e: Error) => e.name === "AxisError" && e.message === "axis 2 is out of bounds for array of dimension 2");
});

test.run();

/**
 * Ordering complex arrays as NumPy does (lexicographic, NaN rules) against Debian's NumPy
 * (test/golden/np_complex/order.json from scripts/golden/np_complex_order.py): max, min, argmax,
 * argmin, ptp, the nan* versions, sort, argsort, unique, maximum/minimum/fmax/fmin and the
 * closeness tests, over contiguous, transposed, reversed and broadcast inputs.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { inspect } from "node:util";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { loadGolden } from "../../helpers/golden";
import { Encoded, assertMatches, decodeArray, withLayout } from "./_complex_cases";

interface Outcome { value?: Encoded | Encoded[]; error?: string; message?: string; warning?: string }
const G = loadGolden<{
  inputs: Record<string, Encoded>;
  cases: Record<string, Outcome & { nan?: boolean }>;
  extra: Record<string, Outcome> & { isclose_tol: Outcome; allclose: boolean; equal_mixed: boolean[]; max_empty: Outcome; argmax_empty: Outcome; nanargmax_allnan: Outcome; max_scalar_repr: string };
}>("np_complex/order");

/** A result as an array (numbers and complex scalars as 0-d arrays). */
const asArray = (v: unknown, like: NDArray): NDArray => (v instanceof np.NDArray ? v : typeof v === "number" ? np.array(v) : np.array([v as never]).reshape([]).astype(like.dtype));

function check(key: string, want: Outcome, run: () => unknown, like: NDArray): void {
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  process.on("warning", onWarning);
  let got: unknown;
  try {
    got = run();
  } catch (e) {
    const err = e as Error;
    assert.ok(want.error, `${key}: threw ${err.name}: ${err.message}`);
    assert.is(`${err.name}: ${err.message}`, `${want.error}: ${want.message}`, key);
    return;
  } finally {
    process.off("warning", onWarning);
  }
  assert.not.ok(want.error, `${key}: NumPy raises ${want.error}`);
  const values = Array.isArray(want.value) ? want.value : [want.value!];
  const results = Array.isArray(want.value) ? (got as unknown[]) : [got];
  values.forEach((w, i) => {
    const r = asArray(results[i], like);
    // argmax of the whole array is a number in both; int64 indices read back as int64
    assertMatches(w.dtype === "int64" && r.dtype.name !== "int64" ? r.astype("int64") : r, w, `${key} #${i}`, 0);
  });
}

/** An array as a fixture encodes it (to compare two arrays with assertMatches). */
function encodedOf(a: NDArray): Encoded {
  const part = (p: NDArray) => ({ dtype: p.dtype.name, shape: [...p.shape], data: (p.ravel().tolist() as number[]).map(Number) });
  return { re: part(a.real), im: a.dtype.kind === "c" ? part(a.imag) : undefined, dtype: a.dtype.name, shape: [...a.shape] };
}

const REDUCERS: Record<string, (a: NDArray, axis: number | null) => unknown> = {
  max: (a, axis) => np.max(a, { axis }), min: (a, axis) => np.min(a, { axis }), argmax: (a, axis) => np.argmax(a, { axis }),
  argmin: (a, axis) => np.argmin(a, { axis }), ptp: (a, axis) => np.ptp(a, { axis }), nanmax: (a, axis) => np.nanmax(a, { axis }),
  nanmin: (a, axis) => np.nanmin(a, { axis }), nanargmax: (a, axis) => np.nanargmax(a, { axis }), nanargmin: (a, axis) => np.nanargmin(a, { axis }),
  sort: (a, axis) => np.sort(a, { axis }), argsort: (a, axis) => np.argsort(a, { axis }),
};
const BINARY: Record<string, (a: NDArray, b: NDArray) => NDArray> = { maximum: np.maximum, minimum: np.minimum, fmax: np.fmax, fmin: np.fmin };

test("max, min, argmax, argmin, ptp, nan* versions, sort and argsort of complex arrays", () => {
  for (const [key, want] of Object.entries(G.cases)) {
    const [name, how, fname, axisText] = key.split("|");
    const x = decodeArray(G.inputs[name]);
    const a = withLayout(x, how);
    if (fname === "argsort") {
      // ties come out in NumPy's unstable quicksort order, here in the stable order: compare the values they pick
      const axis = axisText === "None" ? null : Number(axisText);
      const src = axis === null ? a.ravel() : a;
      const picked = (idx: NDArray) => np.take_along_axis(src, idx, { axis: axis ?? 0 });
      const wantIdx = decodeArray(want.value as Encoded).astype("int64");
      const got = np.argsort(a, { axis }) as NDArray;
      assertMatches(picked(got), { ...(encodedOf(picked(wantIdx))) }, key, 0);
    } else if (fname in REDUCERS && axisText !== "keepdims" && axisText !== "(0,1)") {
      const axis = axisText === "None" ? null : Number(axisText);
      check(key, want, () => REDUCERS[fname](a, axis), a);
    } else if (axisText === "keepdims") {
      check(key, want, () => (fname === "max" ? np.max(a, { axis: 0, keepdims: true }) : np.argmax(a, { axis: -1, keepdims: true })), a);
    } else if (axisText === "(0,1)") {
      check(key, want, () => np.max(a, { axis: [0, 1] }), a);
    }
  }
});

test("unique of complex arrays (return_index, return_inverse, return_counts, equal_nan)", () => {
  for (const [key, want] of Object.entries(G.cases)) {
    const [name, how, fname] = key.split("|");
    const a = withLayout(decodeArray(G.inputs[name]), how);
    if (fname === "unique") check(key, want, () => np.unique(a, { return_index: true, return_inverse: true, return_counts: true }), a);
    if (fname === "unique_nan_distinct") check(key, want, () => np.unique(a, { equal_nan: false }), a);
  }
});

test("maximum, minimum, fmax, fmin, array_equal and isclose of complex arrays", () => {
  for (const [key, want] of Object.entries(G.cases)) {
    const [name, how, fname] = key.split("|");
    const x = decodeArray(G.inputs[name]);
    const a = withLayout(x, how);
    const other = withLayout(x.shape[0] > 1 ? x.get("::-1") : x, how);
    if (fname in BINARY) check(key, want, () => BINARY[fname](a, other), a);
    if (fname === "isclose") check(key, want, () => np.isclose(a, other, { equal_nan: true }), a);
    if (fname === "array_equal") {
      assert.is(np.array_equal(a, a), want.value as unknown as boolean, key);
      assert.is(np.array_equal(a, a, { equal_nan: true }), want.nan, key);
    }
  }
});

test("complex closeness tolerances, mixed real and complex, empty arrays, the scalar max's repr", () => {
  const e = G.extra;
  const tol = () => np.isclose(np.array([np.complex128(1, 1), np.complex128(1, 1), np.complex128(0, 1e10)]), np.array([np.complex128(1, 1.000001), np.complex128(1, 1.001), np.complex128(0, 1.00001e10)]));
  check("isclose_tol", e.isclose_tol, tol, np.array([true]));
  const base = decodeArray(G.inputs.base);
  assert.is(np.allclose(base, base.add(np.complex128(0, 1e-9))), e.allclose);
  assert.equal([np.array_equal([np.complex128(1, 0), 2], [1, 2]), np.array_equal([np.complex128(1, 1)], [1]), np.array_equiv([np.complex128(1, 0)], [[1], [1]])], e.equal_mixed);
  const empty = np.zeros([0], { dtype: "complex128" });
  check("max_empty", e.max_empty, () => np.max(empty), empty);
  check("argmax_empty", e.argmax_empty, () => np.argmax(empty), empty);
  check("nanargmax_allnan", e.nanargmax_allnan, () => np.nanargmax(np.array([np.complex128(NaN, 1)])), empty);
  assert.is(inspect(np.max(base)), e.max_scalar_repr);
});

test("median, quantile, percentile and weighted average of complex arrays", () => {
  const e = G.extra;
  const base = decodeArray(G.inputs.base);
  const close = (key: string, run: () => unknown) => {
    const want = e[key].value as Encoded;
    const got = run();
    const a = got instanceof np.NDArray ? got : np.array([got as never]).reshape([]).astype(want.dtype as never);
    assertMatches(a, want, key, 1e-12);
  };
  close("median", () => np.median(base));
  close("median_axis0", () => np.median(base, { axis: 0 }));
  close("median_T_keepdims", () => np.median(base.T, { axis: 1, keepdims: true }));
  close("quantile", () => np.quantile(base, [0.1, 0.5, 0.9], { axis: 1 }));
  close("percentile", () => np.percentile(base.get(":", "::-1"), 30));
  close("median_c64", () => np.median(base.astype("complex64"), { axis: -1 }));
  close("average_weights", () => np.average(base, { weights: [1, 2, 3, 4], axis: 1 }));
  close("average_all", () => np.average(base, { weights: np.arange(12, { dtype: "float64" }).reshape(3, 4) }));
});

test.run();

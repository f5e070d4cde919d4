/**
 * np.nanmedian, np.nanpercentile and np.nanquantile of complex arrays against Debian's NumPy
 * (test/golden/np_complex/nan_order.json from scripts/golden/np_complex_nan_order.py): every
 * method, q scalar and list, axis None / int / tuple, keepdims, an all-NaN slice and NumPy's
 * warning for it, complex64, over contiguous, transposed, reversed and broadcast inputs; and the
 * methods on real input. Within 1e-12 (1e-6 for complex64).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { loadGolden } from "../../helpers/golden";
import { Encoded, assertMatches, decodeArray, withLayout } from "./_complex_cases";

type Result = { value: Encoded; warned: boolean };
const G = loadGolden<{ z: Encoded; big: Encoded; cases: Record<string, Result> }>("np_complex/nan_order");
const z = decodeArray(G.z);
const big = decodeArray(G.big);
const METHODS = ["linear", "lower", "higher", "midpoint", "nearest", "inverted_cdf", "averaged_inverted_cdf", "closest_observation",
  "interpolated_inverted_cdf", "hazen", "weibull", "median_unbiased", "normal_unbiased"] as const;

/** The call's result as an array, and whether it warned "All-NaN slice encountered". */
function capture(f: () => unknown): { got: unknown; warned: boolean } {
  const original = process.emitWarning;
  let warned = false;
  process.emitWarning = ((message: string | Error) => {
    if (String(message).includes("All-NaN slice")) warned = true;
  }) as typeof process.emitWarning;
  try {
    return { got: f(), warned };
  } finally {
    process.emitWarning = original;
  }
}

function check(key: string, f: () => unknown): void {
  const want = G.cases[key];
  assert.ok(want !== undefined, `fixture ${key}`);
  const { got, warned } = capture(f);
  const arr = got instanceof np.NDArray ? got : np.array([got as never]).reshape([]).astype(want.value.dtype as never);
  assertMatches(arr as NDArray, want.value, key, want.value.dtype === "complex64" || want.value.dtype === "float32" ? 1e-6 : 1e-12);
  assert.is(warned, want.warned, `${key}: All-NaN slice warning`);
}

test("nanmedian and nanquantile of complex arrays over every layout and axis, keepdims, an all-NaN row", () => {
  for (const how of ["C", "T", "rev", "bcast:2"]) {
    const a = withLayout(z, how);
    const before = a.copy();
    check(`median_${how}_None`, () => np.nanmedian(a));
    for (const ax of [0, 1, -1]) check(`median_${how}_${ax}`, () => np.nanmedian(a, ax));
    check(`median_${how}_keepdims`, () => np.nanmedian(a, { axis: 0, keepdims: true }));
    check(`quantile_${how}_list_axis0`, () => np.nanquantile(a, [0.1, 0.5, 0.9], 0));
    assert.ok(np.array_equal(a, before, true), `${how}: input untouched`);
  }
  check("median_axes_tuple", () => np.nanmedian(np.stack([z, z.get("::-1")]), [0, 2]));
  check("median_c64", () => np.nanmedian(z.astype("complex64"), 1));
  check("quantile_c64", () => np.nanquantile(z.astype("complex64"), 0.3, { axis: 1, method: "weibull" }));
  check("plain_quantile_c64", () => np.quantile(big.get("1:7").astype("complex64"), [0.3, 0.8], { method: "hazen" }));
  check("median_big", () => np.nanmedian(big));
  check("quantile_big", () => np.nanquantile(big, 0.37));
});

test("nanpercentile and nanquantile take every method NumPy 1.24 has, complex and real", () => {
  for (const m of METHODS) {
    check(`percentile_${m}`, () => np.nanpercentile(z, 30, { axis: 1, method: m }));
    check(`quantile_${m}_list`, () => np.nanquantile(z, [0.0, 0.25, 0.5, 1.0], 0, null, false, m));
    check(`quantile_${m}_flat`, () => np.nanquantile(z, 0.6, { method: m }));
    check(`real_percentile_${m}`, () => np.nanpercentile(z.real, [20, 70], { axis: 1, method: m }));
    check(`real_quantile_${m}_keepdims`, () => np.nanquantile(z.real.T, 0.45, { axis: 0, method: m, keepdims: true }));
  }
  const warnings: string[] = [];
  const original = process.emitWarning;
  process.emitWarning = ((message: string, o?: { type?: string } | string) => {
    warnings.push(`${typeof o === "string" ? o : o?.type}: ${message}`);
  }) as typeof process.emitWarning;
  try {
    const got = np.nanquantile(z, 0.3, { axis: 1, interpolation: "nearest" }) as NDArray;
    assertMatches(got, G.cases.interpolation_nearest.value, "interpolation=", 1e-12);
    assertMatches(np.nanpercentile(z.real, 30, { axis: 1, interpolation: "higher" }) as NDArray, G.cases.interpolation_percentile.value, "nanpercentile interpolation=", 1e-12);
  } finally {
    process.emitWarning = original;
  }
  assert.ok(warnings.some((w) => w.startsWith("DeprecationWarning: the `interpolation=` argument to nanquantile was renamed to `method=`")), warnings.join("\n"));
  assert.ok(warnings.some((w) => w.startsWith("DeprecationWarning: the `interpolation=` argument to nanpercentile was renamed to `method=`")), warnings.join("\n"));
  assert.throws(() => np.nanquantile(z, 0.3, { method: "cubic" as never }), (e: Error) => e.name === "ValueError");
  assert.throws(() => np.nanquantile(z, 0.3, { method: "lower", interpolation: "lower" }), (e: Error) => e.name === "TypeError");
});

test("nanmedian, nanpercentile and nanquantile write into out (broadcast, cast unsafely) and return it", () => {
  const r = np.array([[1.0, NaN, 3.5], [4.0, 5.0, 6.0]]);
  const outs: Record<string, NDArray> = {
    out_median_int: np.zeros([2], { dtype: "int64" }), out_quantile: np.zeros([2, 2]), out_broadcast: np.zeros([3]),
    out_keepdims: np.zeros([2, 1]), out_complex: np.zeros([5], { dtype: "complex128" }), out_complex_into_float: np.zeros([4]),
  };
  const calls: Record<string, (out: NDArray) => unknown> = {
    out_median_int: (out) => np.nanmedian(r, { axis: 1, out }),
    out_quantile: (out) => np.nanquantile(r, [0.1, 0.9], { axis: 1, out }),
    out_broadcast: (out) => np.nanmedian(r, { out }),
    out_keepdims: (out) => np.nanpercentile(r, 40, { axis: 1, keepdims: true, out }),
    out_complex: (out) => np.nanquantile(z, 0.5, { axis: 0, out }),
    out_complex_into_float: (out) => np.nanmedian(z, { axis: 1, out }),
  };
  for (const [key, call] of Object.entries(calls)) {
    check(key, () => {
      const got = call(outs[key]);
      assert.is(got, outs[key], `${key}: out returned`);
      return got;
    });
  }
  assert.throws(() => np.nanmedian(r, { axis: 1, out: np.zeros([3]) }), (e: Error) => e.name === "ValueError" && e.message === "could not broadcast input array from shape (2,) into shape (3,)");
});

test.run();

/**
 * Reductions of complex arrays with every keyword against Debian's NumPy (test/golden/np_complex/
 * reduce_options.json from scripts/golden/np_complex_reduce_options.py): prod over several axes,
 * axis=(), dtype, out, initial and where; max / min with out, initial and where; sum / mean /
 * var / std with dtype; over contiguous, transposed, reversed and broadcast inputs. Within 1e-12
 * (1e-6 where the dtype is single precision).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../../src";
import type { NDArray } from "../../../src/np";
import { GoldenArray, loadGolden } from "../../helpers/golden";
import { Encoded, assertMatches, decodeArray, withLayout } from "./_complex_cases";

const G = loadGolden<{ z: Encoded; mask: GoldenArray; cases: Record<string, Encoded> }>("np_complex/reduce_options");
const z = decodeArray(G.z);
const mask = np.array(G.mask.data.map(Boolean));
const c = (re: number, im: number) => np.complex128(re, im);

/** Numbers, complex scalars and arrays as arrays of the fixture's dtype. */
function asArray(v: unknown, dtype: string): NDArray {
  return v instanceof np.NDArray ? v : np.array([v as never]).reshape([]).astype(dtype as never);
}

function check(key: string, f: () => unknown): void {
  const want = G.cases[key];
  assert.ok(want !== undefined, `fixture ${key}`);
  const single = want.dtype === "complex64" || want.dtype === "float32";
  assertMatches(asArray(f(), want.dtype), want, key, single ? 1e-6 : 1e-12);
}

const quiet = <T>(f: () => T): T => {
  const original = process.emitWarning;
  process.emitWarning = (() => undefined) as typeof process.emitWarning;
  try {
    return f();
  } finally {
    process.emitWarning = original;
  }
};

test("prod, max and min of complex arrays with several axes, keepdims, where and initial, every layout", () => {
  for (const how of ["C", "T", "rev", "bcast:2"]) {
    const a = withLayout(z, how);
    const before = a.copy();
    const m = a.shape[a.ndim - 1] === 4 ? np.broadcast_to(mask, a.shape) : np.ones(a.shape, { dtype: "bool" });
    check(`prod_axes_${how}`, () => np.prod(a, { axis: [0, 1] }));
    check(`prod_axis_last_${how}`, () => np.prod(a, { axis: -1, keepdims: true }));
    check(`prod_where_${how}`, () => np.prod(a, { axis: 0, where: m }));
    check(`prod_initial_${how}`, () => np.prod(a, { axis: -1, initial: c(1, -1) }));
    check(`max_initial_${how}`, () => np.max(a, { axis: 0, initial: c(2, 0) }));
    check(`min_where_${how}`, () => np.min(a, { axis: -1, where: m, initial: c(0, 5) }));
    assert.ok(np.array_equal(a, before), `${how}: input untouched`);
  }
  check("prod_empty_axes", () => np.prod(z, { axis: [] as number[] }));
  check("prod_all", () => np.prod(z));
  check("prod_dtype_c64", () => np.prod(z, { axis: 1, dtype: "complex64" }));
  check("prod_dtype_float", () => quiet(() => np.prod(z, { axis: 1, dtype: "float64" })));
  check("prod_initial_real", () => np.prod(z, { axis: 0, initial: 2 }));
  check("prod_keepdims_all", () => np.prod(z, { axis: [0, 1], keepdims: true }));
  const rows = np.array([[false, false, false, false], [true, true, true, true], [false, true, false, false]]);
  check("max_where_empty_slice", () => np.max(z, { axis: 1, where: rows, initial: c(0, -1) }));
  check("max_all_initial", () => np.max(z, { initial: 10 }));
  check("min_empty_initial", () => np.min(np.zeros([0, 3], { dtype: "complex128" }), { axis: 0, initial: c(1, 1) }));
});

test("out= of complex prod, max, min, sum and var is written and returned", () => {
  const m = np.broadcast_to(mask, [3, 4]);
  const outs = [np.zeros([4], { dtype: "complex128" }), np.zeros([4], { dtype: "complex128" }), np.zeros([3], { dtype: "complex128" }), np.zeros([4], { dtype: "complex64" }), np.zeros([4])];
  assert.is(np.prod(z, { axis: 0, where: m, out: outs[0] }), outs[0]);
  assertMatches(outs[0], G.cases.prod_where_C, "prod out", 1e-12);
  assert.is(np.max(z, { axis: 0, initial: c(2, 0), out: outs[1] }), outs[1]);
  assertMatches(outs[1], G.cases.max_initial_C, "max out", 1e-12);
  assert.is(np.min(z, { axis: -1, where: m, initial: c(0, 5), out: outs[2] }), outs[2]);
  assertMatches(outs[2], G.cases.min_where_C, "min out", 1e-12);
  assert.is(np.sum(z, { axis: 0, dtype: "complex64", out: outs[3] }), outs[3]);
  assertMatches(outs[3], G.cases.sum_complex64_C, "sum out", 1e-6);
  assert.is(quiet(() => np.var(z, { axis: 0, dtype: "float64", out: outs[4] })), outs[4]);
  assertMatches(outs[4], G.cases.var_float64_C, "var out", 1e-12);
});

test("sum, mean, var and std of complex arrays with dtype (complex, float, int, bool) and initial, every layout", () => {
  quiet(() => {
    for (const how of ["C", "T", "rev", "bcast:2"]) {
      const a = withLayout(z, how);
      for (const dt of ["complex64", "float64", "float32", "int64"] as const) {
        check(`sum_${dt}_${how}`, () => np.sum(a, { axis: 0, dtype: dt }));
        check(`mean_${dt}_${how}`, () => np.mean(a, { axis: -1, dtype: dt }));
        check(`var_${dt}_${how}`, () => np.var(a, { axis: 0, dtype: dt }));
        if (dt !== "int64") check(`std_${dt}_${how}`, () => np.std(a, { axis: -1, dtype: dt, ddof: 1 }));
      }
    }
    check("sum_initial_complex", () => np.sum(z, { axis: 0, initial: c(0, 1) }));
    check("sum_initial_real", () => np.sum(z, { axis: 1, initial: 5 }));
    check("sum_bool", () => np.sum(z, { axis: 0, dtype: "bool" }));
    check("sum_all_c64", () => np.sum(z, { dtype: "complex64" }));
    check("mean_all_float", () => np.mean(z, { dtype: "float64" }));
    check("var_all_complex", () => np.var(z, { dtype: "complex128" }));
    check("var_where_float", () => np.var(z, { axis: 1, dtype: "float64", where: mask }));
    check("std_keepdims_c64", () => np.std(z, { axis: 0, dtype: "complex64", keepdims: true }));
    check("var_int32", () => np.var(z, { axis: 1, dtype: "int32" }));
  });
});

test("NumPy's errors: where without initial for max, a complex initial for a real array, std into an integer dtype", () => {
  assert.throws(() => np.max(z, { where: mask }), (e: Error) => e.name === "ValueError" && e.message === "reduction operation 'maximum' does not have an identity, so to use a where mask one has to specify 'initial'");
  assert.throws(() => np.sum([1, 2], { initial: c(0, 1) as never }), (e: Error) => e.name === "TypeError" && e.message === "float() argument must be a string or a real number, not 'complex'");
  assert.throws(() => quiet(() => np.std(z, { dtype: "int64" })), (e: Error) => e.name === "UFuncTypeError" && e.message === "Cannot cast ufunc 'sqrt' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'");
});

test.run();

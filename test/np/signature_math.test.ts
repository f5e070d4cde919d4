/**
 * Ufuncs, reductions and rounding with their Python parameters given by position and by name,
 * against Debian's NumPy (test/golden/np_sig/math.json, scripts/golden/np_sig_math.py).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { np } from "../../src";
import { loadGolden } from "../helpers/golden";
import { checkCases } from "./_sig_cases";

const G = loadGolden("np_sig/math");
const a23 = np.array([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]]);
const b3 = np.array([2, 0.5, -4], "f8");
const a234 = np.arange(24, { dtype: "f8" }).reshape(2, 3, 4).div(7);
const i4 = np.arange(4);
const i23 = np.arange(6).reshape(2, 3);
const q25 = np.array([[3, 1, 4, 1, 5], [9, 2, 6, 5, 3]]);
const METHODS: np.QuantileMethod[] = [
  "inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen", "weibull",
  "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest",
];
const f4 = np.array([1.5, 2.5, -1, 0], "f8");
const x = np.array([0.123456, 2.675, -1.23455, 1e-5, 12345.6789, 0.5, 1.5, 2.5, -2.5]);
const any = np as any;

function withOut(fn: (o: np.NDArray) => unknown, shape: number[], dtype: np.DTypeLike = "f8"): np.NDArray[] {
  const out = np.zeros(shape, dtype);
  const r = fn(out);
  return [out, np.array([r === out])];
}

const CALLS: Record<string, () => unknown> = {
  round_4: () => np.round(x, 4),
  round_kw: () => np.round(x, { decimals: 2 }),
  around_pos: () => np.around(x, 3),
  round_neg: () => np.round(np.array([1234.5, -1250, 1350, 49.9], "f8"), -2),
  round_half_even: () => np.round(np.array([0.5, 1.5, 2.5, -0.5, -2.5, 3.5])),
  round_int_neg: () => np.round(np.array([1234, -1250, 1350, 15, 25]), -1),
  round_int_pos: () => np.round(np.array([1, 2, -3]), 2),
  round_f32: () => np.round(np.array([1.5, 2.5, -0.5, 0.125, 1.005, 3.14159], "f4"), 2),
  round_many_decimals: () => np.round(np.array([1.23456789e-20, 0.1, 2.5e-12]), 25),
  round_out: () => withOut((o) => np.round(x, 1, o), [9]),
  round_strided: () => np.round(a234.get(":", "::-1", "::2").transpose(2, 0, 1), 2),
  add_out_pos: () => withOut((o) => np.add(a23, b3, o), [2, 3]),
  add_out_kw: () => withOut((o) => np.add(a23, 1, { out: o }), [2, 3]),
  multiply_out_tuple: () => withOut((o) => any.multiply(a23, 2, { out: [o] }), [2, 3]),
  exp_out_kw: () => withOut((o) => np.exp(b3, { out: o }), [3]),
  sqrt_order_C: () => np.sqrt(np.abs(a23), { order: "C" }),
  subtract_subok: () => np.subtract(a23, b3, { subok: false }),
  sum_axis_pos: () => np.sum(a23, 0),
  sum_axis_dtype_pos: () => np.sum(a23, 1, "f4"),
  sum_keepdims_kw: () => np.sum(a234, { axis: [0, 2], keepdims: true }),
  prod_axis_kw: () => np.prod(a23, { axis: 1 }),
  mean_axis_tuple: () => np.mean(a234, [0, 2]),
  mean_keepdims_pos: () => np.mean(a23, 1, null, null, true),
  var_ddof_pos: () => np.var(a23, null, null, null, 1),
  std_ddof_kw: () => np.std(a234, { axis: 1, ddof: 1 }),
  max_axis_pos: () => np.max(a23, 1),
  amin_keepdims: () => np.amin(a23, { axis: 0, keepdims: true }),
  any_axis_pos: () => np.any(a23.gt(3), 0),
  all_axis_kw: () => np.all(a23.gt(-3), { axis: 1 }),
  count_nonzero_axis: () => np.count_nonzero(a23.gt(0), { axis: 0 }),
  count_nonzero_keepdims: () => np.count_nonzero(a23.gt(0), 1, { keepdims: true }),
  argmax_axis_pos: () => np.argmax(a23, 1),
  argmin_keepdims: () => np.argmin(a23, { axis: 0, keepdims: true }),
  percentile_axis_pos: () => np.percentile(a23, 50, 1),
  percentile_overwrite: () => np.percentile(a23, [25, 75], { axis: 0, overwrite_input: true }),
  quantile_keepdims_kw: () => np.quantile(a23, 0.3, { axis: 1, keepdims: true }),
  median_axis_pos: () => np.median(a234, 2),
  add_dtype_int_error: () => np.add(i4, 1.5, { dtype: "int" }),
  add_dtype_u1_scalar: () => np.add(np.arange(3, { dtype: "u1" }), 1, { dtype: "u1" }),
  add_dtype_f4: () => np.add(i4, i4, { dtype: "f4" }),
  sqrt_dtype_int: () => np.sqrt(i4, { dtype: "int" }),
  less_dtype_bool: () => np.less(i4, 2, { dtype: "bool" }),
  divide_dtype_int: () => np.divide(i4, 2, { dtype: "int" }),
  add_dtype_float_input: () => np.add(f4, 1, { dtype: "i8" }),
  add_dtype_unsafe: () => np.add(f4, 1, { dtype: "i8", casting: "unsafe" }),
  add_out_unsafe: () => withOut((o) => np.add(i4, 0.5, { out: o, casting: "unsafe" }), [4], "int"),
  add_out_same_kind_error: () => withOut((o) => np.add(i4, 0.5, { out: o }), [4], "int"),
  add_out_safe_error: () => withOut((o) => np.add(i4, 1, { out: o, casting: "safe" }), [4], "u1"),
  add_casting_no: () => np.add(i4, 1, { casting: "no" }),
  add_casting_no_error: () => np.add(i4.astype("i4"), i4, { casting: "no" }),
  add_casting_equiv: () => np.add(i4, i4, { casting: "equiv" }),
  divide_where_out: () => withOut((o) => np.divide(f4, i4, { out: o, where: i4.ne(0) }), [4]),
  add_where_broadcast_out: () => withOut((o) => np.add(i4, 1, { out: o, where: [true, false, true, false] }), [2, 4]),
  add_where_shape: () => np.add(1, 2, { where: [true, false] }).shape,
  add_where_int_mask: () => withOut((o) => np.add(i4, 1, { out: o, where: [1, 0, 1, 0] }), [4], "int"),
  add_out_not_broadcast_shape: () => withOut((o) => np.add(a23, 1, { out: o, casting: "unsafe" }), [3]),
  sqrt_dtype_f4: () => np.sqrt(np.abs(f4), { dtype: "f4" }),
  negative_dtype_f8: () => np.negative(i4, { dtype: "f8" }),
  multiply_dtype_i1_wrap: () => np.multiply(np.array([1, 2], "i1"), 300, { dtype: "i1" }),
  sqrt_where_out_kw: () => withOut((o) => np.sqrt(f4, { out: o, where: f4.ge(0) }), [4]),
  add_out_wrong_shape: () => withOut((o) => np.add(i4, 1, { out: o, casting: "unsafe" }), [3]),
  sum_out_int_0d: () => withOut((o) => np.sum(a23, { out: o }), [], "int"),
  sum_out_axis_f4: () => withOut((o) => np.sum(a23, { axis: 1, out: o }), [2], "f4"),
  mean_out_int: () => withOut((o) => np.mean(a23, { axis: 0, out: o }), [3], "int"),
  max_out_int: () => withOut((o) => np.max(a23, { axis: 0, out: o }), [3], "int"),
  sum_initial: () => np.sum(a23, { initial: 0.5 }),
  sum_initial_int: () => np.sum(i4, { initial: 0.5 }),
  prod_initial_axis: () => np.prod(a23, { axis: 1, initial: 2 }),
  max_where_no_initial: () => np.max(a23, { where: a23.gt(1) }),
  max_where_initial_axis: () => np.max(a23, { where: a23.gt(1), initial: -10, axis: 1 }),
  max_empty_initial: () => np.max(np.zeros([0, 3]), { axis: 0, initial: 2 }),
  min_initial: () => np.min(a23, { initial: 0 }),
  min_initial_nan: () => np.min(np.array([1, NaN]), { initial: 0 }),
  sum_where_axis: () => np.sum(a23, { where: [true, false, true], axis: 1 }),
  sum_where_keepdims: () => np.sum(a23, { axis: 0, where: a23.gt(0), keepdims: true }),
  prod_where: () => np.prod(a23, { where: a23.gt(0) }),
  mean_where_axis: () => np.mean(a23, { where: a23.gt(0), axis: 0 }),
  mean_where: () => np.mean(a23, { where: a23.gt(0) }),
  mean_where_int: () => np.mean(i4, { where: i4.gt(1) }),
  any_where: () => np.any(a23.gt(3), { where: [false, true, true] }),
  all_where_axis: () => np.all(a23.gt(0), { where: [true, true, false], axis: 1 }),
  var_where: () => np.var(a23, { where: a23.gt(0) }),
  std_where_axis_ddof: () => np.std(a23, { where: a23.gt(0), axis: 1, ddof: 1 }),
  sum_where_int_mask: () => np.sum(a23, { where: np.array([1, 0, 1]) }),
  sum_all_positional: () => (np.sum as any)(a23, 0, null, null, false, 1.0, [true, false, true]),
  any_out: () => withOut((o) => np.any(a23, { out: o }), [], "bool"),
  argmax_out: () => withOut((o) => np.argmax(a23, { axis: 1, out: o }), [2], "int"),
  cumsum_out_int: () => withOut((o) => np.cumsum(a23, { axis: 1, out: o }), [2, 3], "int"),
  median_out: () => withOut((o) => np.median(a23, { axis: 0, out: o }), [3]),
  percentile_out_int: () => withOut((o) => np.percentile(a23, 50, { axis: 0, out: o }), [3], "int"),
  method_sum_where: () => a23.sum({ axis: 1, where: a23.gt(0) }),
  method_max_initial: () => a23.max({ initial: 10 }),
  method_mean_out: () => withOut((o) => a23.mean(0, null, o), [3]),
  ...Object.fromEntries(METHODS.map((m) => [`percentile_method_${m}`, () => np.percentile(q25, [0, 10, 50, 62.5, 90, 100], { axis: 1, method: m })])),
  quantile_method_float_nan: () => np.quantile(np.array([[1, NaN, 3], [4, 2, 0.5]]), 0.4, { axis: 1, method: "nearest" }),
  quantile_method_pos: () => np.quantile(q25.astype("f8"), 0.5, null, null, false, "higher"),
  percentile_method_bad: () => np.percentile(q25, 50, { method: "bogus" as never }),
  percentile_both_methods: () => np.percentile(q25, 50, { method: "lower", interpolation: "lower" }),
  clip_where_out: () => withOut((o) => np.clip(a23, 0, 1, { out: o, where: a23.gt(1) }), [2, 3]),
  clip_dtype_f4: () => np.clip(i23, 1, 3, { dtype: "f4" }),
  clip_float_bound: () => np.clip(i23, 0.5, 3),
  clip_dtype_int_error: () => np.clip(i23, 0.5, 3, { dtype: "int" }),
  clip_out_unsafe: () => withOut((o) => np.clip(a23, 0, 2, { out: o, casting: "unsafe" }), [2, 3], "int"),
  clip_out_same_kind_explicit: () => withOut((o) => np.clip(a23, 0, 2, { out: o, casting: "same_kind" }), [2, 3], "int"),
  clip_method_dtype: () => a23.clip(0, 1, { dtype: "f4" }),
  matmul_dtype_f4: () => np.matmul(i23, i23.T, { dtype: "f4" }),
  matmul_dtype_int_error: () => np.matmul(a23, a23.T, { dtype: "int" }),
  matmul_dtype_int_unsafe: () => np.matmul(a23, a23.T, { dtype: "int", casting: "unsafe" }),
  matmul_out_u1_unsafe: () => withOut((o) => np.matmul(i23, i23.T, { out: o, casting: "unsafe" }), [2, 2], "u1"),
  vectorize_excluded: () => (np.vectorize((x: number, coeffs: unknown) => (coeffs as number[]).reduce((acc, c, k) => acc + c * x ** k, 0), { excluded: [1] }) as any)(i4, [1, 2, 3]),
  vectorize_otypes_code: () => np.vectorize((x: number) => x / 2, { otypes: "f" })(i4),
  vectorize_otypes_list: () => np.vectorize((x: number) => x * 2, { otypes: [np.int32] })(i4),
  vectorize_otypes_bad: () => np.vectorize((x: number) => x, { otypes: "z" as never }),
  clip_pos: () => np.clip(a23, -1, 2),
  clip_out: () => withOut((o) => np.clip(a23, 0, 1, o), [2, 3]),
};

test(`ufuncs, reductions and rounding by position and by name (${Object.keys(CALLS).length} cases)`, () => {
  checkCases(G.cases, CALLS);
});

test("ufunc and reduction parameters not supported yet are refused, not ignored", () => {
  const refused = (fn: () => unknown, what: string) =>
    assert.throws(fn, (e: Error) => e.name === "NotImplementedError" && e.message.includes(what));
  assert.equal(np.sqrt(a23.abs(), { order: "F" }).strides, [1, 2]);
  assert.throws(() => np.sum(a23, { axis: 1, out: np.zeros(3) }), (e: Error) => e.name === "ValueError");
  assert.throws(() => any.sum(a23, { axes: 0 }), (e: Error) => e.name === "TypeError" && e.message === "sum() got an unexpected keyword argument 'axes'");
  assert.throws(() => any.add(a23, 1, { x1: 2 }), (e: Error) => e.name === "TypeError");
  assert.throws(() => any.add(a23, 1, { casting: "bogus" }), (e: Error) => e.name === "ValueError");
});

test("interpolation= is NumPy's deprecated name of method=, with its warning", () => {
  const warnings: string[] = [];
  const listener = (w: Error) => {
    // other tests' warnings may still be in flight: keep this call's
    if (w.name === "DeprecationWarning" && w.message.includes("interpolation=")) warnings.push(`${w.name}: ${w.message}`);
  };
  process.on("warning", listener);
  try {
    assert.is(np.percentile(q25, 50, { interpolation: "lower" }), 3);
  } finally {
    setImmediate(() => process.off("warning", listener));
  }
  return new Promise<void>((resolve) => setImmediate(() => {
    assert.equal(warnings, [
      "DeprecationWarning: the `interpolation=` argument to percentile was renamed to `method=`, which has additional options.\n" +
        "Users of the modes 'nearest', 'lower', 'higher', or 'midpoint' are encouraged to review the method they used. (Deprecated NumPy 1.22)",
    ]);
    resolve();
  }));
});

test("np.clip into an int out without casting warns as NumPy and writes unsafely", () => {
  const warnings: string[] = [];
  const listener = (w: Error) => {
    if (w.name === "DeprecationWarning") warnings.push(w.message);
  };
  process.on("warning", listener);
  const out = np.zeros([2, 3], "int");
  np.clip(a23, 0, 2, { out });
  assert.equal(out.tolist(), [[1, 0, 2], [0, 2, 0]]);
  return new Promise<void>((resolve) => setImmediate(() => {
    process.off("warning", listener);
    assert.equal(warnings, [
      "Converting the output of clip from dtype('float64') to dtype('int64') is deprecated. Pass `casting=\"unsafe\"` explicitly to silence this warning, or correct the type of the variables.",
    ]);
    resolve();
  }));
});

test("a ufunc called with its inputs only runs without binding (same result)", () => {
  assert.equal(np.add(a23, b3).tolist(), np.add(a23, b3, null).tolist());
  assert.is(np.round(0.125, 2).item(), 0.12);
  assert.is(np.round(2.675, 2).item(), 2.68); // 2.675 * 100 is 267.5 in binary64, as in NumPy
});

test.run();

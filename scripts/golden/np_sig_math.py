"""Golden fixtures for ufuncs, reductions and rounding called with their Python parameters by
position and by name: test/golden/np_sig/math.json. Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_sig_create import run  # noqa: E402

a23 = np.array([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]])
b3 = np.array([2.0, 0.5, -4.0])
a234 = np.arange(24, dtype=float).reshape(2, 3, 4) / 7
i4 = np.arange(4)
i23 = np.arange(6).reshape(2, 3)
q25 = np.array([[3, 1, 4, 1, 5], [9, 2, 6, 5, 3]])
f4 = np.array([1.5, 2.5, -1.0, 0.0])
x = np.array([0.123456, 2.675, -1.23455, 1e-5, 12345.6789, 0.5, 1.5, 2.5, -2.5])


def with_out(fn, shape, dtype=float):
    out = np.zeros(shape, dtype)
    r = fn(out)
    return [out, np.asarray(r is out)]


CASES = {
    "round_4": lambda: np.round(x, 4),
    "round_kw": lambda: np.round(x, decimals=2),
    "around_pos": lambda: np.around(x, 3),
    "round_neg": lambda: np.round(np.array([1234.5, -1250.0, 1350.0, 49.9]), -2),
    "round_half_even": lambda: np.round(np.array([0.5, 1.5, 2.5, -0.5, -2.5, 3.5])),
    "round_int_neg": lambda: np.round(np.array([1234, -1250, 1350, 15, 25]), -1),
    "round_int_pos": lambda: np.round(np.array([1, 2, -3]), 2),
    "round_f32": lambda: np.round(np.array([1.5, 2.5, -0.5, 0.125, 1.005, 3.14159], "f4"), 2),
    "round_many_decimals": lambda: np.round(np.array([1.23456789e-20, 0.1, 2.5e-12]), 25),
    "round_out": lambda: with_out(lambda o: np.round(x, 1, o), x.shape),
    "round_strided": lambda: np.round(a234[:, ::-1, ::2].transpose(2, 0, 1), 2),
    "add_out_pos": lambda: with_out(lambda o: np.add(a23, b3, o), (2, 3)),
    "add_out_kw": lambda: with_out(lambda o: np.add(a23, 1, out=o), (2, 3)),
    "multiply_out_tuple": lambda: with_out(lambda o: np.multiply(a23, 2, out=(o,)), (2, 3)),
    "exp_out_kw": lambda: with_out(lambda o: np.exp(b3, out=o), (3,)),
    "sqrt_order_C": lambda: np.sqrt(np.abs(a23), order="C"),
    "subtract_subok": lambda: np.subtract(a23, b3, subok=False),
    "sum_axis_pos": lambda: np.sum(a23, 0),
    "sum_axis_dtype_pos": lambda: np.sum(a23, 1, "f4"),
    "sum_keepdims_kw": lambda: np.sum(a234, axis=(0, 2), keepdims=True),
    "prod_axis_kw": lambda: np.prod(a23, axis=1),
    "mean_axis_tuple": lambda: np.mean(a234, (0, 2)),
    "mean_keepdims_pos": lambda: np.mean(a23, 1, None, None, True),
    "var_ddof_pos": lambda: np.var(a23, None, None, None, 1),
    "std_ddof_kw": lambda: np.std(a234, axis=1, ddof=1),
    "max_axis_pos": lambda: np.max(a23, 1),
    "amin_keepdims": lambda: np.amin(a23, axis=0, keepdims=True),
    "any_axis_pos": lambda: np.any(a23 > 3, 0),
    "all_axis_kw": lambda: np.all(a23 > -3, axis=1),
    "count_nonzero_axis": lambda: np.count_nonzero(a23 > 0, axis=0),
    "count_nonzero_keepdims": lambda: np.count_nonzero(a23 > 0, 1, keepdims=True),
    "argmax_axis_pos": lambda: np.argmax(a23, 1),
    "argmin_keepdims": lambda: np.argmin(a23, axis=0, keepdims=True),
    "percentile_axis_pos": lambda: np.percentile(a23, 50, 1),
    "percentile_overwrite": lambda: np.percentile(a23.copy(), [25, 75], axis=0, overwrite_input=True),
    "quantile_keepdims_kw": lambda: np.quantile(a23, 0.3, axis=1, keepdims=True),
    "median_axis_pos": lambda: np.median(a234, 2),
    "add_dtype_int_error": lambda: np.add(i4, 1.5, dtype=int),
    "add_dtype_u1_scalar": lambda: np.add(np.arange(3, dtype="u1"), 1, dtype="u1"),
    "add_dtype_f4": lambda: np.add(i4, i4, dtype="f4"),
    "sqrt_dtype_int": lambda: np.sqrt(i4, dtype=int),
    "less_dtype_bool": lambda: np.less(i4, 2, dtype=bool),
    "divide_dtype_int": lambda: np.divide(i4, 2, dtype=int),
    "add_dtype_float_input": lambda: np.add(f4, 1, dtype="i8"),
    "add_dtype_unsafe": lambda: np.add(f4, 1, dtype="i8", casting="unsafe"),
    "add_out_unsafe": lambda: with_out(lambda o: np.add(i4, 0.5, out=o, casting="unsafe"), (4,), int),
    "add_out_same_kind_error": lambda: with_out(lambda o: np.add(i4, 0.5, out=o), (4,), int),
    "add_out_safe_error": lambda: with_out(lambda o: np.add(i4, 1, out=o, casting="safe"), (4,), "u1"),
    "add_casting_no": lambda: np.add(i4, 1, casting="no"),
    "add_casting_no_error": lambda: np.add(i4.astype("i4"), i4, casting="no"),
    "add_casting_equiv": lambda: np.add(i4, i4, casting="equiv"),
    "divide_where_out": lambda: with_out(lambda o: np.divide(f4, i4, out=o, where=i4 != 0), (4,)),
    "add_where_broadcast_out": lambda: with_out(lambda o: np.add(i4, 1, out=o, where=[True, False, True, False]), (2, 4)),
    "add_where_shape": lambda: np.add(1, 2, where=[True, False]).shape,
    "add_where_int_mask": lambda: with_out(lambda o: np.add(i4, 1, out=o, where=[1, 0, 1, 0]), (4,), int),
    "add_out_not_broadcast_shape": lambda: with_out(lambda o: np.add(a23, 1, out=o, casting="unsafe"), (3,)),
    "sqrt_dtype_f4": lambda: np.sqrt(np.abs(f4), dtype="f4"),
    "negative_dtype_f8": lambda: np.negative(i4, dtype="f8"),
    "multiply_dtype_i1_wrap": lambda: np.multiply(np.array([1, 2], "i1"), 300, dtype="i1"),
    "sqrt_where_out_kw": lambda: with_out(lambda o: np.sqrt(f4, out=o, where=f4 >= 0), (4,)),
    "add_out_wrong_shape": lambda: with_out(lambda o: np.add(i4, 1, out=o, casting="unsafe"), (3,)),
    "sum_out_int_0d": lambda: with_out(lambda o: np.sum(a23, out=o), (), int),
    "sum_out_axis_f4": lambda: with_out(lambda o: np.sum(a23, axis=1, out=o), (2,), "f4"),
    "mean_out_int": lambda: with_out(lambda o: np.mean(a23, axis=0, out=o), (3,), int),
    "max_out_int": lambda: with_out(lambda o: np.max(a23, axis=0, out=o), (3,), int),
    "sum_initial": lambda: np.sum(a23, initial=0.5),
    "sum_initial_int": lambda: np.sum(i4, initial=0.5),
    "prod_initial_axis": lambda: np.prod(a23, axis=1, initial=2),
    "max_where_no_initial": lambda: np.max(a23, where=a23 > 1),
    "max_where_initial_axis": lambda: np.max(a23, where=a23 > 1, initial=-10, axis=1),
    "max_empty_initial": lambda: np.max(np.zeros((0, 3)), axis=0, initial=2),
    "min_initial": lambda: np.min(a23, initial=0),
    "min_initial_nan": lambda: np.min(np.array([1.0, np.nan]), initial=0),
    "sum_where_axis": lambda: np.sum(a23, where=[True, False, True], axis=1),
    "sum_where_keepdims": lambda: np.sum(a23, axis=0, where=a23 > 0, keepdims=True),
    "prod_where": lambda: np.prod(a23, where=a23 > 0),
    "mean_where_axis": lambda: np.mean(a23, where=a23 > 0, axis=0),
    "mean_where": lambda: np.mean(a23, where=a23 > 0),
    "mean_where_int": lambda: np.mean(i4, where=i4 > 1),
    "any_where": lambda: np.any(a23 > 3, where=[False, True, True]),
    "all_where_axis": lambda: np.all(a23 > 0, where=[True, True, False], axis=1),
    "var_where": lambda: np.var(a23, where=a23 > 0),
    "std_where_axis_ddof": lambda: np.std(a23, where=a23 > 0, axis=1, ddof=1),
    "sum_where_int_mask": lambda: np.sum(a23, where=np.array([1, 0, 1])),
    "sum_all_positional": lambda: np.sum(a23, 0, None, None, False, 1.0, [True, False, True]),
    "any_out": lambda: with_out(lambda o: np.any(a23, out=o), (), bool),
    "argmax_out": lambda: with_out(lambda o: np.argmax(a23, axis=1, out=o), (2,), int),
    "cumsum_out_int": lambda: with_out(lambda o: np.cumsum(a23, axis=1, out=o), (2, 3), int),
    "median_out": lambda: with_out(lambda o: np.median(a23, axis=0, out=o), (3,)),
    "percentile_out_int": lambda: with_out(lambda o: np.percentile(a23, 50, axis=0, out=o), (3,), int),
    "method_sum_where": lambda: a23.sum(axis=1, where=a23 > 0),
    "method_max_initial": lambda: a23.max(initial=10),
    "method_mean_out": lambda: with_out(lambda o: a23.mean(0, None, o), (3,)),
    **{f"percentile_method_{m}": (lambda m=m: np.percentile(q25, [0, 10, 50, 62.5, 90, 100], axis=1, method=m)) for m in [
        "inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen", "weibull",
        "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest"]},
    "quantile_method_float_nan": lambda: np.quantile(np.array([[1.0, np.nan, 3.0], [4.0, 2.0, 0.5]]), 0.4, axis=1, method="nearest"),
    "quantile_method_pos": lambda: np.quantile(q25.astype(float), 0.5, None, None, False, "higher"),
    "percentile_method_bad": lambda: np.percentile(q25, 50, method="bogus"),
    "percentile_both_methods": lambda: np.percentile(q25, 50, method="lower", interpolation="lower"),
    "clip_where_out": lambda: with_out(lambda o: np.clip(a23, 0, 1, out=o, where=a23 > 1), (2, 3)),
    "clip_dtype_f4": lambda: np.clip(i23, 1, 3, dtype="f4"),
    "clip_float_bound": lambda: np.clip(i23, 0.5, 3),
    "clip_dtype_int_error": lambda: np.clip(i23, 0.5, 3, dtype=int),
    "clip_out_unsafe": lambda: with_out(lambda o: np.clip(a23, 0, 2, out=o, casting="unsafe"), (2, 3), int),
    "clip_out_same_kind_explicit": lambda: with_out(lambda o: np.clip(a23, 0, 2, out=o, casting="same_kind"), (2, 3), int),
    "clip_method_dtype": lambda: a23.clip(0, 1, dtype="f4"),
    "matmul_dtype_f4": lambda: np.matmul(i23, i23.T, dtype="f4"),
    "matmul_dtype_int_error": lambda: np.matmul(a23, a23.T, dtype=int),
    "matmul_dtype_int_unsafe": lambda: np.matmul(a23, a23.T, dtype=int, casting="unsafe"),
    "matmul_out_u1_unsafe": lambda: with_out(lambda o: np.matmul(i23, i23.T, out=o, casting="unsafe"), (2, 2), "u1"),
    "vectorize_excluded": lambda: np.vectorize(lambda x, coeffs: sum(c * x ** k for k, c in enumerate(coeffs)), excluded=[1])(i4, [1, 2, 3]),
    "vectorize_otypes_code": lambda: np.vectorize(lambda x: x / 2, otypes="f")(i4),
    "vectorize_otypes_list": lambda: np.vectorize(lambda x: x * 2, otypes=[np.int32])(i4),
    "vectorize_otypes_bad": lambda: np.vectorize(lambda x: x, otypes="z"),
    "clip_pos": lambda: np.clip(a23, -1, 2),
    "clip_out": lambda: with_out(lambda o: np.clip(a23, 0, 1, o), (2, 3)),
}
if __name__ == "__main__":
    dump("np_sig/math", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})

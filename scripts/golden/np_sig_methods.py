"""Golden fixtures for ndarray methods, sorting, np.unique and the matrix products called with
their Python parameters by position and by name: test/golden/np_sig/methods.json.
Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_sig_create import run  # noqa: E402

a23 = np.array([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]])
i34 = np.array([[3, 1, 2, 1], [0, 5, 5, 0], [3, 1, 2, 1]])
u = np.array([2.0, np.nan, 1.0, 2.0, np.nan, -1.0, 1.0])
b3 = np.array([2.0, 0.5, -4.0])


def with_out(fn, shape, dtype=float):
    out = np.zeros(shape, dtype)
    r = fn(out)
    return [out, np.asarray(r is out)]


def sorted_in_place(a, *args, **kwargs):
    a = a.copy()
    a.sort(*args, **kwargs)
    return a


CASES = {
    "astype_pos": lambda: a23.astype("i4"),
    "astype_casting_safe": lambda: a23.astype("i8", casting="safe"),
    "astype_casting_same_kind": lambda: a23.astype("f4", casting="same_kind"),
    "astype_copy_false": lambda: a23.astype(float, copy=False) is a23,
    "copy_order": lambda: a23.T.copy("C"),
    "item_flat": lambda: i34.item(5),
    "item_index": lambda: i34.item(1, 2),
    "reshape_varargs": lambda: a23.reshape(3, 2),
    "reshape_tuple_order": lambda: a23.reshape((3, 2), order="C"),
    "ravel_order": lambda: a23.T.ravel("C"),
    "flatten_kw": lambda: a23.T.flatten(order="C"),
    "transpose_varargs": lambda: np.zeros((2, 3, 4)).transpose(2, 0, 1).shape,
    "swapaxes_kw": lambda: a23.swapaxes(1, 0),
    "squeeze_kw": lambda: np.zeros((1, 3, 1)).squeeze(axis=0).shape,
    "sum_axis_pos": lambda: a23.sum(1),
    "sum_dtype_kw": lambda: i34.sum(axis=0, dtype="f4"),
    "sum_initial_default": lambda: a23.sum(initial=0),
    "prod_keepdims": lambda: a23.prod(0, None, None, True),
    "mean_pos": lambda: a23.mean(0),
    "var_ddof_kw": lambda: a23.var(ddof=1),
    "std_axis_ddof": lambda: a23.std(1, ddof=1),
    "min_axis_kw": lambda: a23.min(axis=1),
    "max_keepdims": lambda: a23.max(0, keepdims=True),
    "any_pos": lambda: (a23 > 3).any(0),
    "all_kw": lambda: (a23 > -3).all(axis=1, keepdims=True),
    "argmax_pos": lambda: a23.argmax(1),
    "argmin_keepdims": lambda: a23.argmin(axis=1, keepdims=True),
    "cumsum_pos": lambda: i34.cumsum(1),
    "cumsum_dtype_kw": lambda: i34.cumsum(axis=0, dtype="f8"),
    "argsort_kind": lambda: i34.argsort(kind="stable"),
    "argsort_axis_pos": lambda: i34.argsort(0),
    "sort_method_axis": lambda: sorted_in_place(i34, 0),
    "sort_method_kind": lambda: sorted_in_place(a23, kind="mergesort"),
    "round_method_pos": lambda: a23.round(1),
    "round_method_kw": lambda: (a23 * 123.4567).round(decimals=-1),
    "round_method_out": lambda: with_out(lambda o: a23.round(0, o), (2, 3)),
    "clip_method_one_side": lambda: a23.clip(max=1),
    "clip_method_kw": lambda: a23.clip(min=0),
    "dot_out": lambda: with_out(lambda o: a23.dot(b3, o), (2,)),
    "np_sort_axis_none": lambda: np.sort(i34, axis=None),
    "np_sort_kind_pos": lambda: np.sort(a23, 0, "heapsort"),
    "np_argsort_axis_kw": lambda: np.argsort(i34, axis=1, kind="stable"),
    "np_cumprod_pos": lambda: np.cumprod(i34, 0),
    "np_cumsum_axis_none": lambda: np.cumsum(a23, None, "f4"),
    "unique_plain": lambda: np.unique(u),
    "unique_all_returns": lambda: np.unique(u, True, True, True),
    "unique_equal_nan_false": lambda: np.unique(u, return_counts=True, equal_nan=False),
    "unique_2d_flat_inverse": lambda: np.unique(i34, return_inverse=True),
    "unique_axis0": lambda: np.unique(i34, axis=0),
    "unique_axis1_all": lambda: np.unique(i34, return_index=True, return_inverse=True, return_counts=True, axis=1),
    "unique_axis0_nan_rows": lambda: np.unique(np.array([[1.0, np.nan], [1.0, np.nan], [0.0, 2.0]]), axis=0, return_counts=True),
    "unique_axis_out_of_range": lambda: np.unique(i34, axis=2),
    "dot_out_np": lambda: with_out(lambda o: np.dot(a23, b3, o), (2,)),
    "dot_out_wrong_dtype": lambda: with_out(lambda o: np.dot(a23, b3, o), (2,), int),
    "dot_out_wrong_shape": lambda: with_out(lambda o: np.dot(a23, b3, out=o), (3,)),
    "matmul_out": lambda: with_out(lambda o: np.matmul(a23, a23.T, o), (2, 2)),
    "matmul_out_f4": lambda: with_out(lambda o: np.matmul(a23, a23.T, out=o), (2, 2), "f4"),
    "matmul_out_int": lambda: with_out(lambda o: np.matmul(a23, a23.T, out=o), (2, 2), int),
    "outer_out": lambda: with_out(lambda o: np.outer(b3, [1, 2], o), (3, 2)),
    "inner": lambda: np.inner(a23, b3),
}
if __name__ == "__main__":
    dump("np_sig/methods", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})

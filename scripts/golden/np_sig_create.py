"""Golden fixtures for the creation and manipulation functions called with their Python
parameters by position and by name: test/golden/np_sig/create.json. Run with /usr/bin/python3.
Each case is the result of one call (arrays, tuples of arrays, or the exception raised)."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402

a23 = np.arange(6).reshape(2, 3)
x = np.array([1.0, 2.0, 3.0])
y = np.array([10, 20])


def with_out(fn, shape, dtype=float):
    out = np.zeros(shape, dtype)
    r = fn(out)
    return [out, np.asarray(r is out)]


def run(fn):
    try:
        out = fn()
    except Exception as e:  # noqa: BLE001
        return {"error": type(e).__name__, "message": str(e)}
    if isinstance(out, (bool, np.bool_)):
        return bool(out)
    if isinstance(out, tuple) and all(isinstance(v, int) for v in out):
        return list(out)
    if isinstance(out, tuple):
        return [np.asarray(o) for o in out]
    if isinstance(out, list):
        return out
    return np.asarray(out)


def layout(x):
    """Values and memory order: [array, F-contiguous, C-contiguous]."""
    return [x, np.asarray(x.flags["F_CONTIGUOUS"]), np.asarray(x.flags["C_CONTIGUOUS"])]


a234 = np.arange(24).reshape(2, 3, 4)

CASES = {
    "zeros_order_F": lambda: layout(np.zeros((2, 3), order="F")),
    "ones_order_F_pos": lambda: layout(np.ones((2, 3), int, "F")),
    "full_order_F": lambda: layout(np.full((2, 3), 7, order="F")),
    "eye_order_F": lambda: layout(np.eye(2, 3, order="F")),
    "zeros_order_K": lambda: np.zeros(3, order="K"),
    "empty_order_A": lambda: np.empty(3, order="A"),
    "array_order_F": lambda: layout(np.array(a23, order="F")),
    "array_order_K_keeps_F": lambda: layout(np.array(a23.T)),
    "array_order_C_of_F": lambda: layout(np.array(a23.T, order="C")),
    "asarray_order_F": lambda: layout(np.asarray(a23, order="F")),
    "asarray_order_C_strided": lambda: layout(np.asarray(a23[:, ::2], order="C")),
    "copy_order_K_keeps_F": lambda: layout(np.copy(a23.T)),
    "copy_order_F": lambda: layout(np.copy(a23, order="F")),
    "zeros_like_K_of_F": lambda: layout(np.zeros_like(a23.T)),
    "ones_like_F": lambda: layout(np.ones_like(a23, order="F")),
    "full_like_C_of_F": lambda: layout(np.full_like(a23.T, 3, order="C")),
    "reshape_order_F": lambda: np.reshape(a23, (3, 2), order="F"),
    "reshape_order_F_3d": lambda: np.reshape(a234, (4, -1), order="F"),
    "reshape_order_A_of_F": lambda: np.reshape(a23.T, 6, order="A"),
    "reshape_order_K": lambda: np.reshape(a23, 6, order="K"),
    "ravel_order_F": lambda: np.ravel(a234, order="F"),
    "ravel_order_A_of_F": lambda: np.ravel(a23.T, "A"),
    "ravel_order_K_transposed": lambda: np.ravel(a234.transpose(2, 0, 1), order="K"),
    "ravel_order_K_reversed": lambda: np.ravel(a23[:, ::-1], order="K"),
    "array_like_ndarray": lambda: np.array([1, 2], like=a23),
    "zeros_like_kw_ndarray": lambda: np.zeros(2, like=a23),
    "arange_like": lambda: np.arange(3, like=a23),
    "array_like_list": lambda: np.array([1, 2], like=[1]),
    "array_ndmin": lambda: np.array([1, 2], ndmin=3),
    "array_dtype_pos": lambda: np.array([1.7, -2.5], "i4"),
    "array_copy_false": lambda: np.shares_memory(np.array(a23, copy=False), a23),
    "array_copy_true": lambda: np.shares_memory(np.array(a23), a23),
    "asarray_dtype_pos": lambda: np.asarray([1, 2], "f4"),
    "zeros_pos_dtype": lambda: np.zeros((2, 2), "u1"),
    "ones_kw": lambda: np.ones(shape=3, dtype="int"),
    "empty_order_C": lambda: np.empty(2, float, "C").shape,
    "full_array": lambda: np.full((2, 3), [1, 2, 3]),
    "full_array_dtype": lambda: np.full((2, 3), [1.5, 2.5, 3.5], "i8"),
    "full_kw": lambda: np.full(shape=2, fill_value=7, dtype="f4"),
    "zeros_like_shape": lambda: np.zeros_like(a23, shape=(3,)),
    "ones_like_dtype_pos": lambda: np.ones_like(a23, float),
    "full_like_value": lambda: np.full_like(a23, 2.7),
    "full_like_kw": lambda: np.full_like(a23, fill_value=0.5, dtype="f8", shape=(2, 2)),
    "empty_like_shape": lambda: np.empty_like(a23, shape=(1, 2)).shape,
    "arange_stop": lambda: np.arange(5),
    "arange_kw": lambda: np.arange(start=1, stop=7, step=2),
    "arange_stop_kw": lambda: np.arange(stop=4),
    "arange_pos_step_kw": lambda: np.arange(5, step=2),
    "arange_start_only_kw": lambda: np.arange(start=3),
    "arange_dtype_pos": lambda: np.arange(0, 5, 2, "f4"),
    "arange_nan": lambda: np.arange(np.nan),
    "arange_inf": lambda: np.arange(np.inf),
    "linspace_num_kw": lambda: np.linspace(0, 10, num=5),
    "eye_all_pos": lambda: np.eye(3, 4, 1, int),
    "eye_kw": lambda: np.eye(N=2, k=-1),
    "identity_dtype": lambda: np.identity(3, "u1"),
    "reshape_kw": lambda: np.reshape(a23, newshape=(3, 2)),
    "reshape_order_C": lambda: np.reshape(a23, 6, "C"),
    "ravel_order": lambda: np.ravel(a23.T, order="C"),
    "transpose_axes_kw": lambda: np.transpose(np.zeros((2, 3, 4)), axes=(1, 0, 2)).shape,
    "swapaxes_kw": lambda: np.swapaxes(a23, axis1=0, axis2=1),
    "squeeze_axis_kw": lambda: np.squeeze(np.zeros((1, 3, 1)), axis=2).shape,
    "expand_dims_int": lambda: np.expand_dims(a23, 1).shape,
    "expand_dims_kw": lambda: np.expand_dims(a23, axis=1).shape,
    "expand_dims_tuple": lambda: np.expand_dims(a23, (0, 3)).shape,
    "expand_dims_negative": lambda: np.expand_dims(a23, (-1, 0)).shape,
    "expand_dims_repeated": lambda: np.expand_dims(a23, (1, 1)),
    "expand_dims_out_of_range": lambda: np.expand_dims(a23, 4),
    "broadcast_to_kw": lambda: np.broadcast_to(x, shape=(2, 3)),
    "copy_order": lambda: np.copy(a23.T, order="C"),
    "concatenate_axis_none": lambda: np.concatenate([a23, a23], None),
    "concatenate_axis_kw": lambda: np.concatenate([a23, a23], axis=1),
    "stack_axis_pos": lambda: np.stack([x, x], 1),
    "stack_axis_neg": lambda: np.stack([a23, a23], axis=-1).shape,
    "vstack": lambda: np.vstack([x, x]),
    "concatenate_dtype_error": lambda: np.concatenate([a23, x.reshape(1, 3)], dtype=int),
    "concatenate_dtype_unsafe": lambda: np.concatenate([a23, (x + 0.5).reshape(1, 3)], dtype=int, casting="unsafe"),
    "concatenate_dtype_f4": lambda: np.concatenate([a23, x.reshape(1, 3)], dtype="f4"),
    "concatenate_out_f4": lambda: with_out(lambda o: np.concatenate([a23, a23], out=o), (4, 3), "f4"),
    "concatenate_out_int_error": lambda: with_out(lambda o: np.concatenate([a23, x.reshape(1, 3)], out=o), (3, 3), int),
    "concatenate_out_wrong_shape": lambda: with_out(lambda o: np.concatenate([a23, a23], out=o), (3, 3)),
    "concatenate_out_and_dtype": lambda: with_out(lambda o: np.concatenate([a23, a23], out=o, dtype=float), (4, 3)),
    "concatenate_axis_none_u1": lambda: np.concatenate([a23, a23], axis=None, dtype="u1"),
    "concatenate_casting_bad": lambda: np.concatenate([a23, a23], casting="nope"),
    "concatenate_casting_no": lambda: np.concatenate([a23, x.reshape(1, 3)], casting="no"),
    "stack_dtype": lambda: np.stack([a23, a23], 1, dtype="f4"),
    "stack_out_unsafe": lambda: with_out(lambda o: np.stack([x + 0.5, x], out=o, casting="unsafe"), (2, 3), int),
    "vstack_dtype": lambda: np.vstack([a23, x], dtype="f4"),
    "hstack_dtype_error": lambda: np.hstack([a23[0], x + 0.5], dtype=int),
    "hstack_dtype_unsafe": lambda: np.hstack([a23[0], x + 0.5], dtype=int, casting="unsafe"),
    "column_stack": lambda: np.column_stack([x, x]),
    "meshgrid_xy": lambda: np.meshgrid(x, y),
    "meshgrid_ij": lambda: np.meshgrid(x, y, indexing="ij"),
    "meshgrid_sparse": lambda: np.meshgrid(x, y, sparse=True),
    "meshgrid_nocopy": lambda: np.meshgrid(x, y, copy=False),
    "meshgrid_three": lambda: [m.shape for m in np.meshgrid(x, y, [5, 6, 7, 8])],
}
if __name__ == "__main__":
    dump("np_sig/create", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})

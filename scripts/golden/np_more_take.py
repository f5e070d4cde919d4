"""Golden fixtures for take, take_along_axis, put, put_along_axis, choose and compress:
test/golden/np_more/take.json. In-place functions are written as the array after the call."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import A, BC, M, MT, NEG, V, run, shares, after, after_T  # noqa: E402


CASES = {
    "take_flat": lambda: np.take(A, [0, 5, 23]),
    "take_axis": lambda: np.take(A, [2, 0], 1),
    "take_axis_kw": lambda: np.take(M, [[0, 1], [3, 3]], axis=1),
    "take_scalar": lambda: np.take(M, 2, axis=0),
    "take_negative": lambda: np.take(V, [-1, -5]),
    "take_T": lambda: np.take(MT, [1, 2], 1),
    "take_neg": lambda: np.take(NEG, [0, 3], 1),
    "take_bc": lambda: np.take(BC, [5, 6, 7]),
    "take_oob": lambda: np.take(V, [5]),
    "take_oob_axis": lambda: np.take(M, [3], axis=0),
    "take_wrap": lambda: np.take(V, [5, -7, 12], mode="wrap"),
    "take_clip": lambda: np.take(V, [5, -7, 12], mode="clip"),
    "take_clip_pos": lambda: np.take(M, [9], 1, None, "clip"),
    "take_bad_mode": lambda: np.take(V, [1], mode="nope"),
    "take_copy": lambda: shares(np.take(M, [0, 1, 2], 0), M),
    "take_along_axis": lambda: np.take_along_axis(M, np.argsort(NEG, axis=1), 1),
    "take_along_axis_0": lambda: np.take_along_axis(A, np.array([[[1, 0, 1, 0]]]), 0),
    "take_along_axis_none": lambda: np.take_along_axis(M, np.array([11, 0, 3]), None),
    "take_along_axis_neg": lambda: np.take_along_axis(MT, np.array([[-1], [0], [1], [2]]), axis=1),
    "take_along_axis_ndim": lambda: np.take_along_axis(M, np.array([1, 2]), 1),
    "take_along_axis_float": lambda: np.take_along_axis(M, np.array([[1.0]]), 1),
    "put": lambda: after(lambda a: np.put(a, [0, 2], [-1, -2]), V),
    "put_cycle": lambda: after(lambda a: np.put(a, [0, 1, 2, 3], [7, 8]), M),
    "put_wrap": lambda: after(lambda a: np.put(a, [7, -8], 0, mode="wrap"), V),
    "put_clip": lambda: after(lambda a: np.put(a, [9, -9], [10, 20], "clip"), V),
    "put_oob": lambda: after(lambda a: np.put(a, [5], 1), V),
    "put_T": lambda: after_T(lambda t: np.put(t, [1, 2, 5], [-1.5, -2.5, -3.5])),
    "put_float_into_int": lambda: after(lambda a: np.put(a, 1, 2.7), V),
    "put_along_axis": lambda: after(lambda a: np.put_along_axis(a, np.array([[0], [1], [2]]), 99, 1), M),
    "put_along_axis_values": lambda: after(lambda a: np.put_along_axis(a, np.array([[2, 0, 1, 0]]), np.array([[-1, -2, -3, -4]]), axis=0), M),
    "put_along_axis_none": lambda: after(lambda a: np.put_along_axis(a, np.array([1, 13]), 0, None), A),
    "put_along_axis_T": lambda: after_T(lambda t: np.put_along_axis(t, np.array([[0], [1], [2], [0]]), -7.0, 1)),
    "choose": lambda: np.choose([2, 0, 1, 0], [[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23]]),
    "choose_broadcast": lambda: np.choose(np.array([[1, 0, 1], [0, 1, 0]]), [-10, 10]),
    "choose_2d": lambda: np.choose(np.array([0, 1, 1, 0]), [M, NEG]),
    "choose_T": lambda: np.choose(np.array([[0], [1], [1], [0]]), (MT, 0.5)),
    "choose_promote": lambda: np.choose([0, 1], [np.array([1, 2], np.int32), np.array([0.5, 1.5])]),
    "choose_raise": lambda: np.choose([0, 3], [[1, 2], [3, 4]]),
    "choose_wrap": lambda: np.choose([0, 3, -1], [[1, 2, 3], [4, 5, 6]], mode="wrap"),
    "choose_clip": lambda: np.choose([0, 3, -1], [[1, 2, 3], [4, 5, 6]], None, "clip"),
    "choose_bad_shape": lambda: np.choose([0, 1, 0], [[1, 2], [3, 4]]),
    "compress": lambda: np.compress([0, 1, 1], M, axis=0),
    "compress_axis1": lambda: np.compress([True, False, True], A, 1),
    "compress_flat": lambda: np.compress([False, True, True, False, True], M),
    "compress_T": lambda: np.compress([1, 0, 0, 1], MT, axis=0),
    "compress_bc": lambda: np.compress([1, 0, 1, 1], BC, axis=1),
    "compress_long_false": lambda: np.compress([1, 0, 1, 0], np.arange(3)),
    "compress_long_true": lambda: np.compress([1, 0, 1, 1], np.arange(3)),
    "compress_2d_cond": lambda: np.compress([[1, 0]], V),
}

if __name__ == "__main__":
    dump("np_more/take", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})

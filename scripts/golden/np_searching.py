"""Golden fixtures for searchsorted, partition and argpartition (functions and ndarray methods):
test/golden/np_searching/cases.json. Run with /usr/bin/python3."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from golden_io import dump, versions  # noqa: E402
from np_more_common import A, BC, M, MT, NEG, V, run, after, after_T as shared_after_T  # noqa: E402

# inputs whose partition order shows introselect's steps (duplicates, NaN, long rows)
R = np.array([9, 3, 7, 1, 8, 2, 6, 4, 5, 0, 3, 7, 1, 9, 2, 8])
F = np.array([2.5, np.nan, -1.0, 7.0, 0.5, np.nan, 3.0, -4.0, 1.0, 6.0])
LONG = (np.arange(200) * 37) % 101 - 50.0
ROLLED = np.roll(np.arange(64), 32)
S = np.array([1, 2, 2, 3, 5, 8])


def after_T(fn):
    return shared_after_T(fn, np.array([[5, 1, 4], [2, 8, 0], [7, 3, 6], [9, 2, 5]]))


CASES = {
    "ss_left": lambda: np.searchsorted(S, [0, 2, 4, 8, 9]),
    "ss_right": lambda: np.searchsorted(S, [0, 2, 4, 8, 9], side="right"),
    "ss_scalar": lambda: np.searchsorted(S, 3),
    "ss_scalar_right": lambda: np.searchsorted(S, 3, "right"),
    "ss_float_keys": lambda: np.searchsorted(S, np.array([[2.5, -1.0], [8.0, 2.0]])),
    "ss_keys_T": lambda: np.searchsorted(S, M.T),
    "ss_keys_neg": lambda: np.searchsorted(S, NEG, side="right"),
    "ss_keys_bc": lambda: np.searchsorted(np.arange(4), BC),
    "ss_a_neg": lambda: np.searchsorted(np.arange(10.0)[::-2][::-1], [0.5, 5, 9]),
    "ss_nan": lambda: np.searchsorted([1.0, 2.0, np.nan], [np.nan, 2.0, 3.0]),
    "ss_nan_right": lambda: np.searchsorted([1.0, 2.0, np.nan], [np.nan, 2.0, 3.0], side="right"),
    "ss_descending_keys": lambda: np.searchsorted(S, [9, 5, 2, 0, 8, 1]),
    "ss_unsorted": lambda: np.searchsorted(R, [4, 0, 7, 3]),
    "ss_sorter": lambda: np.searchsorted(V, [1, 3, 6], sorter=np.argsort(V, kind="stable")),
    "ss_sorter_right": lambda: np.searchsorted(V, [1, 3, 6], "right", np.argsort(V, kind="stable")),
    "ss_sorter_kw": lambda: np.searchsorted(R, 5, sorter=np.argsort(R, kind="stable")),
    "ss_bad_side": lambda: np.searchsorted(S, 2, side="middle"),
    "ss_2d": lambda: np.searchsorted(M, 2),
    "ss_0d": lambda: np.searchsorted(3, 2),
    "ss_sorter_size": lambda: np.searchsorted(S, 2, sorter=[0, 1]),
    "ss_sorter_float": lambda: np.searchsorted(S, 2, sorter=[0.0, 1, 2, 3, 4, 5]),
    "ss_empty": lambda: np.searchsorted(np.array([]), [1, 2]),
    "m_ss": lambda: S.searchsorted([2, 3]),
    "m_ss_right": lambda: S.searchsorted([2, 3], side="right"),
    "m_ss_sorter": lambda: V.searchsorted(4, "left", np.argsort(V, kind="stable")),
    "part_small_k": lambda: np.partition(R, 2),
    "part_mid": lambda: np.partition(R, 8),
    "part_last": lambda: np.partition(R, -1),
    "part_multi": lambda: np.partition(R, [3, 12, 7]),
    "part_multi_neg": lambda: np.partition(R, (-2, 5)),
    "part_float_nan": lambda: np.partition(F, 4),
    "part_float_last": lambda: np.partition(F, -1),
    "part_float_multi": lambda: np.partition(F, [1, 5, 8]),
    "part_long": lambda: np.partition(LONG, 100),
    "part_long_multi": lambda: np.partition(LONG, [10, 50, 150, 190]),
    "part_rolled": lambda: np.partition(ROLLED, 40),
    "part_axis0": lambda: np.partition(A, 1, axis=0),
    "part_axis1": lambda: np.partition(A, 1, 1),
    "part_T": lambda: np.partition(MT, 2),
    "part_neg": lambda: np.partition(NEG, 1, axis=1),
    "part_bc": lambda: np.partition(BC, 1, axis=0),
    "part_none": lambda: np.partition(M, 5, axis=None),
    "part_bool": lambda: np.partition(np.array([True, False, True, False, False]), 2),
    "part_oob": lambda: np.partition(V, 5),
    "part_oob_neg": lambda: np.partition(V, -6),
    "part_float_kth": lambda: np.partition(V, 1.5),
    "part_kind": lambda: np.partition(V, 1, kind="quick"),
    "part_order": lambda: np.partition(V, 1, order="x"),
    "part_0d": lambda: np.partition(np.array(5), 0),
    "part_0d_none": lambda: np.partition(np.array(5), 0, axis=None),
    "part_kth_2d": lambda: np.partition(V, [[1]]),
    "part_axis_oob": lambda: np.partition(V, 1, axis=1),
    "part_empty": lambda: np.partition(np.zeros((0, 2)), 5),
    "apart_mid": lambda: np.argpartition(R, 8),
    "apart_multi": lambda: np.argpartition(R, [3, 12, 7]),
    "apart_float": lambda: np.argpartition(F, [1, 5, 8]),
    "apart_long": lambda: np.argpartition(LONG, [10, 50, 150]),
    "apart_rolled": lambda: np.argpartition(ROLLED, 40),
    "apart_axis0": lambda: np.argpartition(A, 1, axis=0),
    "apart_T": lambda: np.argpartition(MT, 2, -1, "introselect"),
    "apart_neg": lambda: np.argpartition(NEG, [0, 2]),
    "apart_bc": lambda: np.argpartition(BC, 2),
    "apart_none": lambda: np.argpartition(A, 13, axis=None),
    "apart_0d": lambda: np.argpartition(np.array(5), 0),
    "apart_kind": lambda: np.argpartition(V, 1, kind="heap"),
    "apart_order": lambda: np.argpartition(V, 1, order="f"),
    "m_part": lambda: after(lambda a: a.partition(8), R),
    "m_part_axis": lambda: after(lambda a: a.partition([0, 2], axis=0), A),
    "m_part_T": lambda: after_T(lambda t: t.partition(1)),
    "m_part_kind": lambda: after(lambda a: a.partition(1, kind="x"), V),
    "m_part_order": lambda: after(lambda a: a.partition(1, order="x"), V),
    "m_apart": lambda: R.argpartition(5),
    "m_apart_kind": lambda: V.argpartition(1, kind="x"),
    "m_apart_order": lambda: V.argpartition(1, order="x"),
    "m_apart_axis": lambda: A.argpartition(2, axis=1),
    "m_apart_none": lambda: M.argpartition(3, None, "introselect", None),
}

if __name__ == "__main__":
    dump("np_searching/cases", {"versions": versions(), "cases": {k: run(f) for k, f in CASES.items()}})
